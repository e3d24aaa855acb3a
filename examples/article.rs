//! Everything parsi does, on the crate's test article (or on a file given as
//! the first argument).
//!
//! ```text
//! cargo run --example article
//! cargo run --example article -- some-news.txt
//! ```

use parsi::{
    digits, find_money, find_numbers, normalize, sentences, to_words, tokens, Money, MoneyStyle,
};

const ARTICLE: &str = include_str!("../tests/data/article.txt");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let owned;
    let text = match std::env::args().nth(1) {
        Some(path) => {
            owned = std::fs::read_to_string(&path)?;
            owned.as_str()
        }
        None => ARTICLE,
    };

    section("Digits");
    let persian = digits::to_persian(text);
    let first_line = persian.lines().find(|l| l.contains('۱')).unwrap_or("");
    println!("{first_line}");

    section("Normalization");
    let normalized = normalize(text);
    let changed = text
        .split_whitespace()
        .count()
        .saturating_sub(normalized.split_whitespace().count());
    println!("{changed} spaces became ZWNJ or were removed; first sentence:");
    println!("{}", sentences(&normalized).next().unwrap_or(""));

    section("Sentences");
    for (i, s) in sentences(text).enumerate() {
        let short: String = s.chars().take(60).collect();
        println!(
            "{:>3}  {short}{}",
            i + 1,
            if s.chars().count() > 60 { "…" } else { "" }
        );
    }

    section("Tokens");
    let all: Vec<_> = tokens(text).collect();
    println!("{} tokens; the first twelve:", all.len());
    for t in all.iter().take(12) {
        println!(
            "  {:>5}..{:<5} {:<12} {}",
            t.start(),
            t.end(),
            format!("{:?}", t.kind()),
            t.as_str()
        );
    }

    section("Numbers (start, end, text, value, ordinal, unit)");
    for m in find_numbers(text) {
        let unit = m.unit().map(|u| u.to_string()).unwrap_or_default();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            m.start(),
            m.end(),
            m.as_str(),
            m.value(),
            if m.is_ordinal() {
                "ordinal"
            } else {
                "cardinal"
            },
            unit
        );
    }

    section("Numbers in words");
    for m in find_numbers(text).filter(|m| !m.is_ordinal()) {
        println!("{}  →  {}", m.as_str(), to_words(m.value()));
    }

    section("Money");
    for m in find_money(text) {
        let money: Money = m.money();
        println!("{}", m.as_str());
        for style in [
            MoneyStyle::Digits,
            MoneyStyle::Words,
            MoneyStyle::Mixed,
            MoneyStyle::Compact,
        ] {
            println!("  {style:?}: {}", money.format(style));
        }
        if let Ok(toman) = money.to_toman() {
            println!("  in toman: {}", toman.format(MoneyStyle::Digits));
        }
    }

    section("Spelled for text-to-speech (first money sentence)");
    let spelled = parsi::spell_numbers(text);
    if let Some(s) = sentences(&spelled).find(|s| s.contains("ریال")) {
        println!("{s}");
    }
    Ok(())
}

fn section(title: &str) {
    println!("\n== {title} ==");
}
