#![no_main]
//! find_money: matches in order, on char boundaries, each reading on its
//! own (Money::parse) as the amount the finder gave.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for m in parsi::find_money(text) {
        assert!(m.start() >= last);
        assert_eq!(&text[m.range()], m.as_str());
        assert_eq!(
            parsi::Money::parse(m.as_str()).ok(),
            Some(m.money()),
            "{:?}",
            m.as_str()
        );
        last = m.end();
    }
});
