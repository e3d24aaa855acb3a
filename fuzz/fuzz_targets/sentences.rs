#![no_main]
//! sentences: in order, non-empty, trimmed, slicing back to themselves.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut pos = 0;
    for (r, s) in parsi::sentences(text).with_ranges() {
        assert!(r.start >= pos && !s.is_empty());
        assert_eq!(&text[r.clone()], s);
        assert_eq!(s.trim(), s.trim_matches(|c: char| c.is_whitespace()));
        pos = r.end;
    }
});
