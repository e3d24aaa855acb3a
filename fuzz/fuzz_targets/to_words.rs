#![no_main]
//! to_words of arbitrary Numbers: every style's words parse back.
use libfuzzer_sys::fuzz_target;
use parsi::{DecimalStyle, Number, OrdinalStyle, ScaleNames, Spelling};

fuzz_target!(|input: (i128, u8, u8)| {
    let (mantissa, scale, style) = input;
    let Some(n) = Number::new(mantissa, scale % 19) else {
        return;
    };
    let s = Spelling::new()
        .explicit_one(style & 1 != 0)
        .decimal_style(if style & 2 != 0 {
            DecimalStyle::Fraction
        } else {
            DecimalStyle::Point
        })
        .scale_names(if style & 4 != 0 {
            ScaleNames::Milliard
        } else {
            ScaleNames::Short
        })
        .ordinal_style(if style & 8 != 0 {
            OrdinalStyle::Attributive
        } else {
            OrdinalStyle::Suffix
        })
        .first_as_aval(style & 16 != 0);
    let words = s.words(n);
    assert_eq!(parsi::parse_number(&words).unwrap(), n, "{words}");
    if let Ok(words) = s.ordinal_words(n) {
        assert_eq!(parsi::parse_ordinal(&words).unwrap(), n, "{words}");
    }
});
