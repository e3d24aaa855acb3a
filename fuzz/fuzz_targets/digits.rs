#![no_main]
//! Digit conversions: any script to Persian and back gives the ASCII form;
//! nothing to convert borrows.
use libfuzzer_sys::fuzz_target;
use parsi::digits;
use std::borrow::Cow;

fuzz_target!(|text: &str| {
    let ascii = digits::to_ascii(text);
    assert_eq!(digits::to_ascii(&digits::to_persian(text)), ascii);
    assert_eq!(digits::to_ascii(&digits::to_arabic(text)), ascii);
    assert!(matches!(digits::to_ascii(&ascii), Cow::Borrowed(_)));
    let _ = digits::to_persian_separators(text);
    let _ = digits::to_ascii_separators(text, true);
});
