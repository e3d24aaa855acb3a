#![no_main]
//! find_dates and find_entities: matches in order, on char boundaries; a
//! complete date converts and its range is its text; entities never
//! overlap and every date among them is one find_dates found.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    let dates: Vec<_> = parsi::find_dates(text).collect();
    for m in &dates {
        assert!(m.start() >= last);
        assert_eq!(&text[m.range()], m.as_str());
        if let (Some(d), parsi::Calendar::Jalali) = (m.jalali(), m.calendar()) {
            assert_eq!(
                (Some(d.year()), Some(d.month()), Some(d.day())),
                (m.year(), m.month(), m.day())
            );
        }
        last = m.end();
    }
    let mut last = 0;
    for e in parsi::find_entities(text) {
        assert!(e.start() >= last, "{e:?}");
        if let parsi::Entity::Date(d) = e {
            assert!(dates.contains(&d));
        }
        last = e.end();
    }
});
