//! normalize_with_offsets beside normalize, and Searcher beside the floors:
//! normalize alone, and `str::find` / `regex` on text already normalized.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use parsi::{normalize, normalize_with_offsets, Searcher};
use regex::Regex;

fn offsets(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let plain = normalize(&text);
        let mut g = c.benchmark_group(format!("normalize_with_offsets/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("normalize", |b| {
            b.iter(|| assert_eq!(normalize(&text).len(), plain.len()))
        });
        g.bench_function("with_offsets", |b| {
            b.iter(|| assert_eq!(normalize_with_offsets(&text).as_str().len(), plain.len()))
        });
        g.finish();
    }
}

/// The first `n` distinct word pairs of `text`: a gazetteer that matches.
fn gazetteer(text: &str, n: usize) -> Vec<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for w in words.windows(2) {
        let p = format!("{} {}", w[0], w[1]);
        if !out.contains(&p) {
            out.push(p);
            if out.len() == n {
                break;
            }
        }
    }
    out
}

fn search(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let normalized = normalize(&text);
        let mut g = c.benchmark_group(format!("search/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("floor_normalize", |b| {
            b.iter(|| assert!(!normalize(&text).is_empty()))
        });
        for (label, word) in [("common", "کودکان"), ("rare", "بهزیستی")] {
            let searcher = Searcher::new(word);
            let found = searcher.find_iter(&text).count();
            g.bench_function(format!("{label}/parsi"), |b| {
                b.iter(|| assert_eq!(searcher.find_iter(&text).count(), found))
            });
            let plain = normalized.matches(word).count();
            g.bench_function(format!("{label}/str_find_normalized"), |b| {
                b.iter(|| assert_eq!(normalized.matches(word).count(), plain))
            });
            let re = Regex::new(&format!(r"\b{word}\b")).unwrap();
            let n = re.find_iter(&normalized).count();
            g.bench_function(format!("{label}/regex_normalized"), |b| {
                b.iter(|| assert_eq!(re.find_iter(&normalized).count(), n))
            });
        }
        let phrases = gazetteer(&normalized, 500);
        let searcher = Searcher::phrases(&phrases);
        let found = searcher.find_iter(&text).count();
        g.bench_function(format!("gazetteer{}/parsi", phrases.len()), |b| {
            b.iter(|| assert_eq!(searcher.find_iter(&text).count(), found))
        });
        let alternation: Vec<String> = phrases.iter().map(|p| regex::escape(p)).collect();
        let re = Regex::new(&format!(r"\b(?:{})\b", alternation.join("|"))).unwrap();
        let n = re.find_iter(&normalized).count();
        g.bench_function(
            format!("gazetteer{}/regex_normalized", phrases.len()),
            |b| b.iter(|| assert_eq!(re.find_iter(&normalized).count(), n)),
        );
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = offsets, search
}
criterion_main!(benches);
