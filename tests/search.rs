//! `Searcher`: a hand-worked table over every equivalence, and properties.

use parsi::{Normalizer, Script, SearchOptions, Searcher};
use proptest::prelude::*;

use crate::normalize::persianish;

#[test]
fn table() {
    crate::check_table("search.tsv", include_str!("data/search.tsv"), 60, |f| {
        let text = crate::unescape(f[1]);
        let (searcher, list) = match f[0].strip_prefix("[list] ") {
            Some(list) => {
                let phrases: Vec<String> = list.split('/').map(crate::unescape).collect();
                (Searcher::phrases(&phrases), true)
            }
            None => (Searcher::new(&crate::unescape(f[0])), false),
        };
        let mut got = Vec::new();
        for m in searcher.find_iter(&text) {
            assert_eq!(&text[m.range()], m.as_str());
            got.push(if list {
                format!("{}#{}", m.as_str(), m.phrase().unwrap())
            } else {
                m.as_str().to_string()
            });
        }
        let want: Vec<String> = match f[2] {
            "-" => Vec::new(),
            w => w.split('|').map(crate::unescape).collect(),
        };
        (got == want).then_some(()).ok_or(format!("{got:?}"))
    });
}

#[test]
fn regex_searches_fold_letters_and_digits() {
    let s = Searcher::regex(r"سال [۰-۹]+").unwrap();
    let text = "در سال 1403 و سال ۱۴۰۴ و سال ١٤٠٥";
    let found: Vec<&str> = s.find_iter(text).map(|m| m.as_str()).collect();
    assert_eq!(found, ["سال 1403", "سال ۱۴۰۴", "سال ١٤٠٥"]);
    assert!(s.find_iter(text).all(|m| m.phrase().is_none()));
    let s = Searcher::regex("علي").unwrap();
    assert_eq!(s.find_iter("علی").count(), 1);
    assert!(Searcher::regex("(").is_err());
    // An expression that can match nothing moves on.
    assert_eq!(Searcher::regex("x*").unwrap().find_iter("abc").count(), 0);
}

// See: fuzz target search, crash-c22c9dd2: "." matched the space the fold
// puts between a letter and a digit, an empty range of the text.
#[test]
fn nothing_but_the_fold_is_no_match() {
    let found: Vec<&str> = Searcher::regex(".")
        .unwrap()
        .find_iter("Zn1")
        .map(|m| m.as_str())
        .collect();
    assert_eq!(found, ["Z", "n", "1"]);
}

#[test]
fn empty_phrases_find_nothing() {
    assert_eq!(Searcher::new("").find_iter("کتاب").count(), 0);
    assert_eq!(Searcher::new("  ").find_iter("کتاب").count(), 0);
    assert_eq!(Searcher::phrases::<&str>(&[]).find_iter("کتاب").count(), 0);
    assert_eq!(Searcher::new("کتاب").find_iter("").count(), 0);
}

#[test]
fn a_large_gazetteer() {
    // 500 phrases: the article's distinct word pairs and triples.
    let article = include_str!("data/article.txt");
    let words: Vec<&str> = article.split_whitespace().collect();
    let mut phrases: Vec<String> = Vec::new();
    for n in [2, 3] {
        for w in words.windows(n) {
            let p = w.join(" ");
            if !phrases.contains(&p) && phrases.len() < 500 {
                phrases.push(p);
            }
        }
    }
    assert_eq!(phrases.len(), 500);
    let s = Searcher::phrases(&phrases);
    let found: Vec<_> = s.find_iter(article).collect();
    // Triples first (longer wins), so about a third of the words.
    assert!(found.len() > 150, "{}", found.len());
    for m in &found {
        let p = &phrases[m.phrase().unwrap()];
        assert_eq!(key(m.as_str()), key(p), "{} for {}", m.as_str(), p);
    }
}

/// What search compares: the normalized text with digits in ASCII and
/// without its spaces and joiners.
fn key(s: &str) -> String {
    Normalizer::new()
        .digits(Some(Script::Ascii))
        .normalize(s)
        .chars()
        .filter(|&c| !c.is_whitespace() && c != '\u{200C}')
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Every match is a slice of the text on char boundaries, and its
    /// normal form contains the phrase's.
    #[test]
    fn matches_are_slices_that_contain_the_phrase(
        text in persianish(),
        phrase in prop_oneof![Just("ک"), Just("کتاب"), Just("می"), Just("ها"), Just("ی"), Just("لا"), Just("۲"), Just("که")],
    ) {
        for options in [SearchOptions::new(), SearchOptions::new().whole_words(false)] {
            let s = options.phrase(phrase);
            let mut last = 0;
            for m in s.find_iter(&text) {
                prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
                prop_assert!(m.start() >= last && m.start() < m.end());
                last = m.end();
                prop_assert!(key(m.as_str()).contains(&key(phrase)), "{:?} in {:?}", m.as_str(), text);
            }
        }
    }

    #[test]
    fn never_panics(text in any::<String>(), phrase in any::<String>()) {
        for m in Searcher::new(&phrase).find_iter(&text) {
            prop_assert_eq!(&text[m.range()], m.as_str());
        }
        if let Ok(s) = Searcher::regex(&phrase) {
            for m in s.find_iter(&text) {
                prop_assert_eq!(&text[m.range()], m.as_str());
            }
        }
    }
}
