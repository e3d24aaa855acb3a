#![no_main]
//! Searcher: the first line is the phrase (or expression), the rest the
//! text; every match is a slice of the text, in order.
use libfuzzer_sys::fuzz_target;
use parsi::Searcher;

fuzz_target!(|input: &str| {
    let (phrase, text) = input.split_once('\n').unwrap_or((input, input));
    let mut searchers = vec![Searcher::new(phrase), Searcher::phrases(&[phrase, text])];
    if let Ok(s) = Searcher::regex(phrase) {
        searchers.push(s);
    }
    for s in &searchers {
        let mut last = 0;
        for m in s.find_iter(text) {
            assert_eq!(&text[m.range()], m.as_str());
            assert!(m.start() >= last && m.start() < m.end());
            last = m.end();
        }
    }
});
