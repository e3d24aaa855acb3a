#![no_main]
//! parse_number: the same answer as the general scanner alone (the quick
//! path agrees); no panic; an error's range lies on char boundaries of the
//! input; a value spelled again parses back to itself.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // The quick path answers as the general scanner would.
    assert_eq!(
        parsi::parse_number(text),
        parsi::__parse_number_general(text),
        "{text:?}"
    );
    match parsi::parse_number(text) {
        Ok(n) => {
            let words = parsi::to_words(n);
            assert_eq!(parsi::parse_number(&words).unwrap(), n, "{words}");
        }
        Err(e) => {
            let r = e.range();
            assert!(r.start <= r.end && r.end <= text.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert_eq!(&text[r], e.found());
        }
    }
});
