#![no_main]
//! Digit conversions: each script's conversion equals mapping every char on
//! its own; any script to Persian and back gives the ASCII form; nothing to
//! convert borrows.
use libfuzzer_sys::fuzz_target;
use parsi::digits::{self, Script};
use std::borrow::Cow;

fuzz_target!(|text: &str| {
    for script in [Script::Persian, Script::ArabicIndic, Script::Ascii] {
        let expected: String = text
            .chars()
            .map(|c| digits::digit_value(c).map_or(c, |d| script.digit(d)))
            .collect();
        assert_eq!(digits::convert(text, script), expected);
    }
    let ascii = digits::to_ascii(text);
    assert_eq!(digits::to_ascii(&digits::to_persian(text)), ascii);
    assert_eq!(digits::to_ascii(&digits::to_arabic(text)), ascii);
    assert!(matches!(digits::to_ascii(&ascii), Cow::Borrowed(_)));
    let _ = digits::to_persian_separators(text);
    let _ = digits::to_ascii_separators(text, true);
});
