#![no_main]
//! find_money: matches in order, on char boundaries.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for m in parsi::find_money(text) {
        assert!(m.start() >= last);
        assert_eq!(&text[m.range()], m.as_str());
        last = m.end();
    }
});
