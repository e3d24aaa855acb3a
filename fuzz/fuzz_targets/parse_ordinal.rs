#![no_main]
//! parse_ordinal: no panic; an ordinal is also a number of the same value,
//! and its ordinal words parse back.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(n) = parsi::parse_ordinal(text) {
        assert_eq!(parsi::parse_number(text).unwrap(), n);
        if let Ok(words) = parsi::to_ordinal_words(n) {
            assert_eq!(parsi::parse_ordinal(&words).unwrap(), n, "{words}");
        }
    }
});
