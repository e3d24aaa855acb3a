//! The article, end to end.

use parsi::{digits, find_money, find_numbers, Currency, Money, MoneyStyle, Number};

pub const ARTICLE: &str = include_str!("data/article.txt");

#[test]
fn numbers_of_the_article() {
    let found: Vec<_> = find_numbers(ARTICLE).collect();
    let got: Vec<(&str, String, &str)> = found
        .iter()
        .map(|m| {
            let kind = if m.is_ordinal() {
                "ordinal"
            } else {
                "cardinal"
            };
            (m.as_str(), m.value().to_string(), kind)
        })
        .collect();
    let want: Vec<(&str, String, &str)> = crate::cases(include_str!("data/article.numbers.tsv"))
        .map(|(_, f)| (f[0], f[1].to_string(), f[2]))
        .collect();
    assert_eq!(want.len(), 16);
    assert_eq!(got, want);
    let mut last_end = 0;
    for m in &found {
        assert_eq!(&ARTICLE[m.range()], m.as_str());
        assert!(m.start() >= last_end);
        last_end = m.end();
    }
    // The three ordinals are "نیمه اول": the value 1.
    let ordinals: Vec<_> = found.iter().filter(|m| m.is_ordinal()).collect();
    assert_eq!(ordinals.len(), 3);
    assert!(ordinals.iter().all(|m| m.value() == Number::from(1)));
}

#[test]
fn money_of_the_article() {
    let found: Vec<_> = find_money(ARTICLE).collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].as_str(), "2میلیارد و 521میلیون ریال");
    assert_eq!(found[1].as_str(), "2میلیارد و 335 میلیون ریال");
    let a = found[0].money();
    let b = found[1].money();
    assert_eq!(a, Money::new(2_521_000_000u64, Currency::Rial));
    assert_eq!(b, Money::new(2_335_000_000u64, Currency::Rial));
    assert_eq!(a.to_toman().unwrap().amount(), Number::from(252_100_000));
    assert_eq!(b.to_toman().unwrap().amount(), Number::from(233_500_000));
    assert_eq!(a.format(MoneyStyle::Digits), "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال");
    assert_eq!(
        a.format(MoneyStyle::Words),
        "دو میلیارد و پانصد و بیست و یک میلیون ریال"
    );
    assert_eq!(a.format(MoneyStyle::Mixed), "۲ میلیارد و ۵۲۱ میلیون ریال");
    assert_eq!(a.format(MoneyStyle::Compact), "۲٫۵ میلیارد ریال");
    assert_eq!(b.format(MoneyStyle::Digits), "۲٬۳۳۵٬۰۰۰٬۰۰۰ ریال");
    assert_eq!(
        b.format(MoneyStyle::Words),
        "دو میلیارد و سیصد و سی و پنج میلیون ریال"
    );
    assert_eq!(b.format(MoneyStyle::Mixed), "۲ میلیارد و ۳۳۵ میلیون ریال");
    assert_eq!(b.format(MoneyStyle::Compact), "۲٫۳ میلیارد ریال");
    let bt = b.to_toman().unwrap();
    assert_eq!(bt.format(MoneyStyle::Digits), "۲۳۳٬۵۰۰٬۰۰۰ تومان");
    assert_eq!(bt.format(MoneyStyle::Mixed), "۲۳۳ میلیون و ۵۰۰ هزار تومان");
    assert_eq!(bt.format(MoneyStyle::Compact), "۲۳۳٫۵ میلیون تومان");
}

#[test]
fn digits_round_trip() {
    let persian = digits::to_persian(ARTICLE);
    assert!(!persian.contains(|c: char| c.is_ascii_digit()));
    assert_eq!(digits::to_ascii(&persian), ARTICLE);
}

#[test]
fn spelled_and_digitized() {
    assert_eq!(
        parsi::spell_numbers(ARTICLE),
        include_str!("data/article.spelled.txt")
    );
    assert_eq!(
        parsi::digitize_numbers(ARTICLE, digits::Script::Persian),
        include_str!("data/article.digitized.txt")
    );
}

#[test]
fn sentences_of_the_article() {
    let s: Vec<&str> = parsi::sentences(ARTICLE).collect();
    assert_eq!(
        s,
        include_str!("data/article.sentences.txt")
            .lines()
            .collect::<Vec<_>>()
    );
}

#[test]
fn tokens_of_the_article() {
    let t: Vec<String> = parsi::tokens(ARTICLE)
        .map(|t| format!("{:?}\t{}", t.kind(), t.as_str()))
        .collect();
    let expected: Vec<&str> = include_str!("data/article.tokens.tsv").lines().collect();
    assert_eq!(t, expected);
}

#[test]
fn normalized_article() {
    assert_eq!(
        parsi::normalize(ARTICLE),
        include_str!("data/article.normalized.txt")
    );
}
