#![no_main]
//! normalize: idempotent, for the standard pipeline and with every optional
//! rule on.
use libfuzzer_sys::fuzz_target;
use parsi::{digits::Script, Normalizer};

fuzz_target!(|text: &str| {
    let all = Normalizer::new()
        .digits(Some(Script::Persian))
        .persian_punctuation(true)
        .compounds(true)
        .repeated_letters(true);
    for n in [Normalizer::new(), all] {
        let once = n.normalize(text);
        assert_eq!(n.normalize(&once), once);
    }
});
