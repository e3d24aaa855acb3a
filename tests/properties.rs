//! Properties over random inputs (proptest).

use parsi::{digits, find_numbers, parse_number, parse_ordinal, Number};
use proptest::prelude::*;

use crate::{cardinal_styles, ordinal_styles};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// The strongest test of parse and spell together: every i64 spelled in
    /// every style parses back to itself.
    #[test]
    fn words_round_trip_i64(v in any::<i64>()) {
        let n = Number::from(v);
        for s in cardinal_styles() {
            let w = s.words(n);
            prop_assert_eq!(parse_number(&w).unwrap(), n, "{}", w);
        }
        if v > 0 {
            for s in ordinal_styles() {
                let w = s.ordinal_words(n).unwrap();
                prop_assert_eq!(parse_ordinal(&w).unwrap(), n, "{}", w);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn words_round_trip_i128(v in any::<i128>()) {
        let n = Number::from(v);
        for s in cardinal_styles() {
            let w = s.words(n);
            prop_assert_eq!(parse_number(&w).unwrap(), n, "{}", w);
        }
    }

    #[test]
    fn words_round_trip_decimals(m in any::<i64>(), scale in 0u8..=18) {
        let n = Number::new(m as i128, scale).unwrap();
        for s in cardinal_styles() {
            let w = s.words(n);
            prop_assert_eq!(parse_number(&w).unwrap(), n, "{}", w);
        }
    }

    #[test]
    fn digits_in_every_script_parse_back(v in any::<i64>()) {
        let ascii = v.to_string();
        for script in [digits::Script::Persian, digits::Script::ArabicIndic, digits::Script::Ascii] {
            let s = digits::convert(&ascii, script);
            prop_assert_eq!(parse_number(&s).unwrap(), Number::from(v));
        }
    }

    #[test]
    fn to_persian_then_ascii_restores(s in any::<String>()) {
        let ascii_form = digits::to_ascii(&s).into_owned();
        let persian = digits::to_persian(&s);
        let arabic = digits::to_arabic(&s);
        prop_assert_eq!(digits::to_ascii(&persian), ascii_form.clone());
        prop_assert_eq!(digits::to_ascii(&arabic), ascii_form);
    }

    /// Digit-dense text of every script, longer than the scanner's blocks,
    /// with the separators a run of digits goes on across and the marks whose bytes look like digits to the block test
    /// (U+0670..=U+0679, U+06E0..=U+06E9): the conversion equals mapping each
    /// char on its own.
    #[test]
    fn convert_maps_each_digit(s in "[0-9۰-۹٠-٩a س،٬٫.,/:\u{0670}-\u{0679}\u{06E0}-\u{06E9}]{0,120}") {
        for script in [digits::Script::Persian, digits::Script::ArabicIndic, digits::Script::Ascii] {
            let expected: String = s
                .chars()
                .map(|c| digits::digit_value(c).map_or(c, |d| script.digit(d)))
                .collect();
            prop_assert_eq!(digits::convert(&s, script), expected);
        }
    }

    #[test]
    fn no_change_borrows(s in "[a-zآ-غف-يپچژکگی ،.]{0,40}") {
        prop_assert!(matches!(digits::to_persian(&s), std::borrow::Cow::Borrowed(_)));
        prop_assert!(matches!(digits::to_ascii(&s), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn find_on_anything(s in any::<String>()) {
        check_matches(&s)?;
    }

    #[test]
    fn find_on_persianish(s in number_soup()) {
        check_matches(&s)?;
    }

    #[test]
    fn parse_never_panics(s in number_soup()) {
        let _ = parse_number(&s);
        let _ = parse_ordinal(&s);
        let _ = parsi::Money::parse(&s);
    }
}

fn check_matches(s: &str) -> Result<(), TestCaseError> {
    let mut last = 0;
    for m in find_numbers(s) {
        prop_assert!(m.start() >= last, "overlap in {:?}", s);
        prop_assert!(m.end() > m.start());
        prop_assert!(s.is_char_boundary(m.start()) && s.is_char_boundary(m.end()));
        prop_assert_eq!(&s[m.range()], m.as_str());
        let parsed = parse_number(m.as_str());
        prop_assert_eq!(
            parsed.as_ref().ok(),
            Some(&m.value()),
            "{:?} in {:?}",
            m.as_str(),
            s
        );
        last = m.end();
    }
    for m in parsi::find_money(s) {
        prop_assert_eq!(&s[m.range()], m.as_str());
        // What the finder took reads as the same amount on its own.
        let parsed = parsi::Money::parse(m.as_str());
        prop_assert_eq!(
            parsed.as_ref().ok(),
            Some(&m.money()),
            "{:?} in {:?}",
            m.as_str(),
            s
        );
    }
    Ok(())
}

fn number_soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("یک"),
            Just("دو"),
            Just("سه"),
            Just("ده"),
            Just("بیست"),
            Just("سی"),
            Just("صد"),
            Just("سیصد"),
            Just("هزار"),
            Just("میلیون"),
            Just("میلیارد"),
            Just("و"),
            Just(" "),
            Just("\u{200C}"),
            Just("1"),
            Just("۲"),
            Just("٣"),
            Just(","),
            Just("٬"),
            Just("."),
            Just("٫"),
            Just("/"),
            Just(":"),
            Just("ام"),
            Just("م"),
            Just("مین"),
            Just("نیم"),
            Just("ممیز"),
            Just("منفی"),
            Just("-"),
            Just("دهم"),
            Just("صدم"),
            Just("اول"),
            Just("تومان"),
            Just("ریال"),
            Just("درصد"),
            Just("شنبه"),
            Just("ها"),
            Just("می"),
            Just("نه"),
            Just("کودک"),
            Just("\n"),
            Just("ربع"),
            Just("صفر"),
            Just("IRR"),
            Just("%"),
            Just("سوم"),
            Just("کوادریلیون"),
        ],
        0..30,
    )
    .prop_map(|v| v.concat())
}
