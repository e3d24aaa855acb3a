//! `parse_number` and `parse_ordinal` against the hand-worked table.

use parsi::{parse_number, parse_ordinal, ErrorKind, Number};

use crate::error_kind as kind;

#[test]
fn table() {
    crate::check_table("numbers.tsv", include_str!("data/numbers.tsv"), 150, |f| {
        let (input, expected) = (f[0], f[1]);
        let got = parse_number(input);
        let ok = if let Some(k) = expected.strip_prefix("error ") {
            matches!(&got, Err(e) if e.kind() == kind(k))
        } else if let Some(v) = expected.strip_prefix("ord ") {
            let v: Number = v.parse().unwrap();
            got.as_ref().ok() == Some(&v) && parse_ordinal(input).ok() == Some(v)
        } else {
            let v: Number = expected.parse().unwrap();
            // A cardinal is not an ordinal.
            got.as_ref().ok() == Some(&v)
                && parse_ordinal(input).unwrap_err().kind() == ErrorKind::NotOrdinal
        };
        ok.then_some(()).ok_or(format!("{got:?}"))
    });
}

#[test]
fn error_ranges_point_into_the_callers_text() {
    let e = parse_number("  بیست سلام").unwrap_err();
    assert_eq!(e.range(), 11..19);
    assert_eq!(e.found(), "سلام");
    assert_eq!(e.to_string(), "unknown word at bytes 11..19: \"سلام\"");

    let e = parse_number("سه دو").unwrap_err();
    assert_eq!(
        (e.kind(), e.range(), e.found()),
        (ErrorKind::UnexpectedWord, 5..9, "دو")
    );

    let e = parse_number("2,52,1").unwrap_err();
    assert_eq!(e.to_string(), "malformed digits at bytes 0..6: \"2,52,1\"");

    let e = parse_number("").unwrap_err();
    assert_eq!(e.to_string(), "empty input at bytes 0..0: \"\"");
}

#[test]
fn overflow_at_the_boundary() {
    let max = i128::MAX.to_string();
    assert_eq!(parse_number(&max).unwrap(), Number::from(i128::MAX));
    let past = "170141183460469231731687303715884105728";
    assert_eq!(parse_number(past).unwrap_err().kind(), ErrorKind::Overflow);
    // 10^38 fits (i128::MAX is about 1.7 × 10^38); a thousand times more does not.
    assert_eq!(
        parse_number("صد کوادریلیون کوادریلیون").unwrap(),
        "100000000000000000000000000000000".parse().unwrap()
    );
    assert_eq!(
        parse_number("هزار کوادریلیون کوادریلیون کوادریلیون")
            .unwrap_err()
            .kind(),
        ErrorKind::Overflow
    );
    // Eighteen fractional digits fit, nineteen do not.
    assert!(parse_number("0.000000000000000001").is_ok());
    assert_eq!(
        parse_number("0.0000000000000000001").unwrap_err().kind(),
        ErrorKind::Overflow
    );
}

#[test]
fn parser_options() {
    use parsi::NumberParser;
    assert_eq!(
        NumberParser::new()
            .long_scale(true)
            .parse("سه بیلیون")
            .unwrap(),
        Number::from(3_000_000_000_000u64)
    );
    assert_eq!(
        NumberParser::new().parse("سه بیلیون").unwrap(),
        Number::from(3_000_000_000u64)
    );
    assert_eq!(
        NumberParser::new()
            .slash_decimal(false)
            .parse("۳/۵")
            .unwrap_err()
            .kind(),
        ErrorKind::MalformedDigits
    );
}

// See: issue 24, family 5: with the long scale, بیلیارد and the -illion
// names read as that scale defines them, 10^(6n) and 10^(6n+3).
#[test]
fn long_scale_names() {
    use parsi::NumberParser;
    let long = NumberParser::new().long_scale(true);
    let p = |t: &str| long.parse(t).map(|n| n.to_string());
    assert_eq!(p("تریلیون").unwrap(), format!("1{}", "0".repeat(18)));
    assert_eq!(p("دو کوادریلیون").unwrap(), format!("2{}", "0".repeat(24)));
    assert_eq!(p("بیلیارد").unwrap(), format!("1{}", "0".repeat(15)));
    assert_eq!(p("تریلیارد").unwrap(), format!("1{}", "0".repeat(21)));
    assert_eq!(p("کوینتیلیون").unwrap(), format!("1{}", "0".repeat(30)));
    assert_eq!(p("سکستیلیون").unwrap(), format!("1{}", "0".repeat(36)));
    // 10^42 does not fit.
    assert_eq!(
        long.parse("سپتیلیون").unwrap_err().kind(),
        ErrorKind::Overflow
    );
    // In running text too, and the one-pass reader gives way to it.
    let found: Vec<String> = long
        .find_numbers("حدود سه تریلیون دلار")
        .map(|m| m.value().to_string())
        .collect();
    assert_eq!(found, [format!("3{}", "0".repeat(18))]);
    assert_eq!(
        long.parse("سه هزار و دویست تریلیون").unwrap().to_string(),
        format!("3200{}", "0".repeat(18))
    );
}

#[test]
fn peer_mistakes_are_right_here() {
    // rust-persian-tools reads these as 3000200000 and 50.
    assert_eq!(
        parse_number("سه میلیون و دویست هزار").unwrap(),
        Number::from(3_200_000)
    );
    assert_eq!(
        parse_number("بیست سی").unwrap_err().kind(),
        ErrorKind::UnexpectedWord
    );
    // and "چهار صد" as 104.
    assert_eq!(parse_number("چهار صد").unwrap(), Number::from(400));
}

// See: fuzz target to_words, crash-e33fa061 (i128::MIN with ten decimals did
// not parse back: the whole part was rescaled before the sign was applied).
#[test]
fn smallest_mantissa_with_decimals_round_trips() {
    let n = Number::new(i128::MIN, 10).unwrap();
    assert_eq!(parse_number(&parsi::to_words(n)).unwrap(), n);
    let n = Number::new(i128::MIN, 18).unwrap();
    assert_eq!(parse_number(&parsi::to_words(n)).unwrap(), n);
}
