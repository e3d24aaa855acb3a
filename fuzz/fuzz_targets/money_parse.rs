#![no_main]
//! Money::parse: no panic; an amount formatted in an exact style parses back.
use libfuzzer_sys::fuzz_target;
use parsi::{Money, MoneyStyle};

fuzz_target!(|text: &str| {
    if let Ok(m) = Money::parse(text) {
        for style in [MoneyStyle::Digits, MoneyStyle::Words, MoneyStyle::Mixed] {
            let s = m.format(style);
            assert_eq!(Money::parse(&s).unwrap(), m, "{s}");
        }
        let _ = m.format(MoneyStyle::Compact);
        let _ = m.to_rial();
        let _ = m.to_toman();
    }
});
