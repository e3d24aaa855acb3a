//! `find_numbers`, `spell_numbers` and `digitize_numbers`.

use parsi::{
    digitize_numbers, digits::Script, find_numbers, parse_number, spell_numbers, Currency, Number,
    Unit,
};

pub fn describe(text: &str) -> String {
    let items: Vec<String> = find_numbers(text)
        .map(|m| {
            let mut s = m.value().to_string();
            if m.is_ordinal() {
                s.push('#');
            }
            match m.unit() {
                Some(Unit::Percent) => s.push('%'),
                Some(Unit::Currency(c)) => {
                    s.push('$');
                    s.push_str(c.code());
                }
                _ => {}
            }
            s
        })
        .collect();
    if items.is_empty() {
        "-".to_string()
    } else {
        items.join(" ")
    }
}

#[test]
fn table() {
    crate::check_table("find.tsv", include_str!("data/find.tsv"), 60, |f| {
        for m in find_numbers(f[0]) {
            assert_eq!(&f[0][m.range()], m.as_str());
        }
        let got = describe(f[0]);
        (got == f[1]).then_some(()).ok_or(got)
    });
}

#[test]
fn spans_and_units() {
    let text = "قیمت ۵۰ هزار تومان و ۳/۵ درصد";
    let v: Vec<_> = find_numbers(text).collect();
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].as_str(), "۵۰ هزار");
    assert_eq!(v[0].unit(), Some(Unit::Currency(Currency::Toman)));
    assert_eq!(v[1].as_str(), "۳/۵");
    assert_eq!(v[1].unit(), Some(Unit::Percent));
    assert_eq!(v[1].value().to_string(), "3.5");
    let r: std::ops::Range<usize> = v[0].into();
    assert_eq!(&text[r], "۵۰ هزار");
    let s: &str = v[1].into();
    assert_eq!(s, "۳/۵");
}

#[test]
fn rewriting() {
    assert_eq!(
        spell_numbers("2میلیارد و 521میلیون ریال"),
        "دو میلیارد و پانصد و بیست و یک میلیون ریال"
    );
    assert_eq!(spell_numbers("بیست و یکمین سالگرد"), "بیست و یکمین سالگرد");
    assert_eq!(spell_numbers("نیمه اول"), "نیمه اول");
    assert_eq!(spell_numbers("۲۱ام"), "بیست و یکم");
    // A scale adjective keeps its ی; digits carry the whole value.
    assert_eq!(spell_numbers("جمعیت 70 میلیونی"), "جمعیت هفتاد میلیونی");
    // A word joined to the digits by ZWNJ is set apart, as a glued one is:
    // joined to the number words it would make a compound ("هزار" in
    // "گذشت‌هزار" is no number), and the number would be lost to a reader.
    for (text, spelled, value) in [
        (
            "پس از گذشت\u{200C}۱۴۰۰ سال",
            "پس از گذشت هزار و چهارصد سال",
            1400,
        ),
        ("(۱۳\u{200C}آبان\u{200C}ماه)", "(سیزده آبان\u{200C}ماه)", 13),
        ("خطبه\u{200C}131: متن", "خطبه صد و سی و یک: متن", 131),
        (
            "اورژانس 115\u{200C}، فرمانداری",
            "اورژانس صد و پانزده\u{200C}، فرمانداری",
            115,
        ),
    ] {
        assert_eq!(spell_numbers(text), spelled);
        let found: Vec<Number> = find_numbers(spelled).map(|m| m.value()).collect();
        assert_eq!(found, [Number::from(value)], "{spelled}");
    }
    assert_eq!(
        digitize_numbers("جمعیت هفتاد میلیونی", Script::Ascii),
        "جمعیت 70000000"
    );
    assert_eq!(
        digitize_numbers("سه هزار و 713 خدمت", Script::Persian),
        "۳۷۱۳ خدمت"
    );
    assert_eq!(digitize_numbers("نیمه اول", Script::Ascii), "نیمه 1م");
    assert_eq!(digitize_numbers("۳/۵ درصد", Script::Ascii), "3.5 درصد");
    assert_eq!(digitize_numbers("سه ممیز پنج", Script::Persian), "۳٫۵");
    assert_eq!(
        digitize_numbers("روز چهارشنبه", Script::Persian),
        "روز چهارشنبه"
    );
}

// See: fuzz target find_numbers, crash-d625a561: in "هفدهریالِ" the kasra
// after the glued unit was dropped by folding, and the number's end was
// computed from the folded length, two bytes short ("هفدهر").
#[test]
fn glued_unit_with_marks() {
    let cases = [
        ("و ن هفدهریالِ", "هفده", 17, Unit::Currency(Currency::Rial)),
        ("هزارِتومان", "هزارِ", 1000, Unit::Currency(Currency::Toman)),
        ("هزارـتومان", "هزارـ", 1000, Unit::Currency(Currency::Toman)),
        ("هزارتوماـن", "هزار", 1000, Unit::Currency(Currency::Toman)),
        ("صددرصدِ", "صد", 100, Unit::Percent),
    ];
    for (text, found, value, unit) in cases {
        let m = find_numbers(text).next().unwrap();
        assert_eq!(m.as_str(), found, "{text}");
        assert_eq!(m.value(), Number::from(value), "{text}");
        assert_eq!(m.unit(), Some(unit), "{text}");
        assert_eq!(parse_number(m.as_str()).unwrap(), m.value(), "{text}");
    }
}

// See: fuzz target find_numbers, crash-1b8690e9: find_numbers read a scale
// adjective with marks before its ی ("20میلیون\u{610}\u{610}ي") while
// parse_number rejected every scale adjective.
#[test]
fn scale_adjective_parses_whole() {
    for text in [
        "20میلیون\u{610}\u{610}ي",
        "جمعیت ۷۰ میلیونی",
        "بدهی ۱۵۰ میلیاردی دولت",
    ] {
        let m = find_numbers(text).next().unwrap();
        assert!(m.as_str().ends_with(['ی', 'ي']), "{text}: {}", m.as_str());
        assert_eq!(parse_number(m.as_str()).unwrap(), m.value(), "{text}");
    }
    assert_eq!(
        find_numbers("20میلیون\u{610}\u{610}ي")
            .next()
            .unwrap()
            .value(),
        Number::from(20_000_000)
    );
}

/// A soft hyphen written where ZWNJ belongs reads as one: weekdays and
/// "چند‌صد" stay out, joined number words read on.
#[test]
fn soft_hyphen_reads_as_zwnj() {
    let text = "روز پنج\u{AD}شنبه و چند\u{AD}صد نفر و سه\u{AD}هزار تومان";
    let found: Vec<(&str, Number)> = find_numbers(text)
        .map(|m| (m.as_str(), m.value()))
        .collect();
    assert_eq!(found, [("سه\u{AD}هزار", Number::from(3000))]);
    assert_eq!(
        parse_number("\u{AD}بیست\u{AD}و\u{AD}یک\u{AD}").unwrap(),
        Number::from(21)
    );
    assert_eq!(parse_number("سی\u{AD}ام").unwrap(), Number::from(30));
}

/// So do the left-to-right and right-to-left marks some editors write for
/// ZWNJ (as normalize and tokens read them): "پنج\u{200E}شنبه" is Thursday
/// and "یک\u{200F}دست" (uniform) no number, while "یک\u{200E}هزار" reads.
#[test]
fn direction_marks_read_as_zwnj() {
    let text =
        "در پنج\u{200E}شنبه (5 مي) متنی یک\u{200F}دست و چند\u{200E}صد نفر و یک\u{200E}هزار تومان";
    let found: Vec<(&str, Number)> = find_numbers(text)
        .map(|m| (m.as_str(), m.value()))
        .collect();
    assert_eq!(
        found,
        [
            ("5", Number::from(5)),
            ("یک\u{200E}هزار", Number::from(1000))
        ]
    );
    assert_eq!(
        parse_number("سه\u{200F}هزار و دویست").unwrap(),
        Number::from(3200)
    );
    assert_eq!(
        parse_number("پنج\u{200E}شنبه").unwrap_err().kind(),
        parsi::ErrorKind::UnknownWord
    );
}
