#![no_main]
//! normalize_with_offsets: the same text as normalize, and every token of
//! it maps to an original range on char boundaries, in order.
use libfuzzer_sys::fuzz_target;
use parsi::{digits::Script, Normalizer};

fuzz_target!(|text: &str| {
    let all = Normalizer::new()
        .digits(Some(Script::Persian))
        .persian_punctuation(true)
        .compounds(true)
        .repeated_letters(true);
    for n in [Normalizer::new(), all, Normalizer::none().spaces(true)] {
        let out = n.normalize_with_offsets(text);
        assert_eq!(out.as_str(), n.normalize(text));
        let mut last = 0..0;
        for t in parsi::tokens(out.as_str()) {
            let r = out.original_range(t.range());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert!(r.start <= r.end && r.start >= last.start && r.end >= last.end);
            last = r;
        }
    }
});
