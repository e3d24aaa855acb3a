#![no_main]
//! tokens: in order, non-empty, on char boundaries; what lies between them
//! is only whitespace and invisible marks.
use libfuzzer_sys::fuzz_target;

fn skipped(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fuzz_target!(|text: &str| {
    let mut pos = 0;
    for t in parsi::tokens(text) {
        assert!(t.start() >= pos && t.end() > t.start());
        assert!(text[pos..t.start()].chars().all(skipped));
        assert_eq!(&text[t.range()], t.as_str());
        pos = t.end();
    }
    assert!(text[pos..].chars().all(skipped));
});
