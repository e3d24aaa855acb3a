#![no_main]
//! parse_date: an error or a match over the whole trimmed text; a complete
//! Jalali date of a four-digit year formats and parses back to itself.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match parsi::parse_date(text) {
        Ok(m) => {
            assert_eq!(
                m.as_str(),
                text.trim_matches(|c: char| c.is_whitespace()
                    || c == '\u{200C}'
                    || c == '\u{00AD}'
                    || c == '\u{200E}'
                    || c == '\u{200F}'
                    || c == '\u{FEFF}')
            );
            if let Some(d) = m.jalali().filter(|d| (1000..=9999).contains(&d.year())) {
                let long = d.format(parsi::DateStyle::Long);
                assert_eq!(
                    parsi::parse_date(&long).ok().and_then(|p| p.jalali()),
                    Some(d),
                    "{long}"
                );
            }
        }
        Err(e) => assert!(text.get(e.range()).is_some()),
    }
});
