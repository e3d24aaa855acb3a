//! Digits, normalization, tokens and sentences, each beside its Rust peer on
//! the same input in the same run.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn digits(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let ascii = parsi::digits::to_ascii(&text).into_owned();
        let persian = parsi::digits::to_persian(&text).into_owned();
        let mut g = c.benchmark_group(format!("digits/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("to_persian/parsi", |b| {
            b.iter(|| {
                let out = parsi::digits::to_persian(&ascii);
                assert_eq!(out.len(), persian.len());
            })
        });
        g.bench_function("to_persian/rpt", |b| {
            b.iter(|| {
                let out = rust_persian_tools::digits::en_to_fa(&ascii);
                assert_eq!(out.len(), persian.len());
            })
        });
        g.bench_function("to_ascii/parsi", |b| {
            b.iter(|| {
                let out = parsi::digits::to_ascii(&persian);
                assert_eq!(out.len(), ascii.len());
            })
        });
        g.bench_function("to_ascii/rpt", |b| {
            b.iter(|| {
                let out = rust_persian_tools::digits::fa_to_en(&persian);
                assert_eq!(out.len(), ascii.len());
            })
        });
        // Nothing to convert: a borrowed result, next to a plain byte scan.
        g.bench_function("to_ascii_unchanged/parsi", |b| {
            b.iter(|| {
                assert!(matches!(
                    parsi::digits::to_ascii(&ascii),
                    std::borrow::Cow::Borrowed(_)
                ))
            })
        });
        g.bench_function("to_ascii_unchanged/byte_scan", |b| {
            b.iter(|| assert!(!std::hint::black_box(ascii.as_bytes()).contains(&0)))
        });
        g.finish();
    }
}

fn normalize(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let mut g = c.benchmark_group(format!("normalize/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("parsi", |b| {
            b.iter(|| assert!(!parsi::normalize(&text).is_empty()))
        });
        // The floor in the same run: the pipeline without the orthography
        // rules (glued verb prefixes and suffixes, digit and bracket
        // spacing), and with the optional compound rule on top.
        let without = parsi::Normalizer::new()
            .verb_prefixes(false)
            .glued_suffixes(false)
            .digit_spacing(false)
            .bracket_spacing(false);
        g.bench_function("without orthography rules", |b| {
            b.iter(|| assert!(!without.normalize(&text).is_empty()))
        });
        let compounds = parsi::Normalizer::new().compounds(true);
        g.bench_function("with compounds", |b| {
            b.iter(|| assert!(!compounds.normalize(&text).is_empty()))
        });
        g.finish();
    }
}

fn tokens(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let mut g = c.benchmark_group(format!("tokens/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("parsi", |b| {
            b.iter(|| assert!(parsi::tokens(&text).count() > 0))
        });
        g.bench_function("split_word_bounds", |b| {
            b.iter(|| assert!(text.split_word_bounds().count() > 0))
        });
        g.finish();
        let mut g = c.benchmark_group(format!("sentences/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("parsi", |b| {
            b.iter(|| assert!(parsi::sentences(&text).count() > 0))
        });
        g.bench_function("unicode_sentences", |b| {
            b.iter(|| assert!(text.unicode_sentences().count() > 0))
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = digits, normalize, tokens
}
criterion_main!(benches);
