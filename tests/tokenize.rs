//! Tokens and sentences.

use parsi::{sentences, tokens, TokenKind};
use proptest::prelude::*;

use TokenKind::*;

fn kind(name: &str) -> TokenKind {
    match name {
        "word" => Word,
        "number" => Number,
        "punct" => Punctuation,
        "symbol" => Symbol,
        "url" => Url,
        "email" => Email,
        "hashtag" => Hashtag,
        "mention" => Mention,
        other => panic!("kind {other}"),
    }
}

#[test]
fn token_table() {
    crate::check_table("tokens.tsv", include_str!("data/tokens.tsv"), 50, |f| {
        let text = crate::unescape(f[0]);
        let expected: Vec<(TokenKind, String)> = match f[1] {
            "-" => Vec::new(),
            list => list
                .split(' ')
                .map(|t| {
                    let (k, s) = t.split_once(':').expect("kind:text");
                    (kind(k), crate::unescape(s))
                })
                .collect(),
        };
        let got: Vec<(TokenKind, String)> = tokens(&text)
            .map(|t| (t.kind(), t.as_str().to_string()))
            .collect();
        (got == expected).then_some(()).ok_or(format!("{got:?}"))
    });
}

#[test]
fn sentence_table() {
    crate::check_table(
        "sentences.tsv",
        include_str!("data/sentences.tsv"),
        35,
        |f| {
            let text = crate::unescape(f[0]);
            let expected: Vec<String> = match f[1..] {
                ["-"] => Vec::new(),
                ref parts => parts.iter().map(|p| crate::unescape(p)).collect(),
            };
            for (r, s) in sentences(&text).with_ranges() {
                assert_eq!(&text[r], s);
            }
            let got: Vec<&str> = sentences(&text).collect();
            (got == expected).then_some(()).ok_or(format!("{got:?}"))
        },
    );
}

fn is_skipped(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn tokens_cover_the_input(s in any::<String>()) {
        let mut pos = 0;
        for t in tokens(&s) {
            prop_assert!(t.start() >= pos);
            prop_assert!(t.end() > t.start());
            prop_assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
            prop_assert!(s[pos..t.start()].chars().all(is_skipped), "{:?}", &s[pos..t.start()]);
            prop_assert_eq!(&s[t.range()], t.as_str());
            pos = t.end();
        }
        prop_assert!(s[pos..].chars().all(is_skipped));
    }

    #[test]
    fn persian_tokens_cover_the_input(s in "[ا-ی۰-۹0-9a-z ،.؟«»\u{200C}:/,٬٫!#@_-]{0,60}") {
        let mut pos = 0;
        for t in tokens(&s) {
            prop_assert!(s[pos..t.start()].chars().all(is_skipped));
            pos = t.end();
        }
        prop_assert!(s[pos..].chars().all(is_skipped));
    }

    #[test]
    fn sentences_are_in_order(s in any::<String>()) {
        let mut pos = 0;
        for (r, sent) in sentences(&s).with_ranges() {
            prop_assert!(r.start >= pos);
            prop_assert!(!sent.is_empty());
            prop_assert_eq!(&s[r.clone()], sent);
            pos = r.end;
        }
    }
}
