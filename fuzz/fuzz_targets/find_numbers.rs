#![no_main]
//! find_numbers: matches in order, without overlap, on char boundaries, and
//! each parses whole to its value.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for m in parsi::find_numbers(text) {
        assert!(m.start() >= last && m.end() > m.start());
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        assert_eq!(&text[m.range()], m.as_str());
        assert_eq!(
            parsi::parse_number(m.as_str()).ok(),
            Some(m.value()),
            "{:?}",
            m.as_str()
        );
        last = m.end();
    }
    let _ = parsi::spell_numbers(text);
    let _ = parsi::digitize_numbers(text, parsi::digits::Script::Persian);
});
