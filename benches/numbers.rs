//! parse_number and to_words beside rust-persian-tools on the same values.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use parsi::{parse_number, Number};

const EXPRESSIONS: &[(&str, i64)] = &[
    ("سه هزار و هفتصد و سیزده", 3713),
    ("دو میلیارد و پانصد و بیست و یک میلیون", 2_521_000_000),
    ("صد و بیست و سه هزار و چهارصد و پنجاه و شش", 123_456),
    ("هزار و 214", 1214),
    ("2میلیارد و 521میلیون", 2_521_000_000),
];

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_number");
    for &(text, value) in EXPRESSIONS {
        let n = Number::from(value);
        g.bench_function(format!("{text}/parsi"), |b| {
            b.iter(|| assert_eq!(parse_number(std::hint::black_box(text)).unwrap(), n))
        });
        // The peer reads "2میلیارد و 521میلیون" wrong or not at all; it is
        // timed on every expression, and its answer checked where it has one.
        let peer_ok =
            rust_persian_tools::words_to_number::words_to_number(text).ok() == Some(value);
        g.bench_function(format!("{text}/rpt"), |b| {
            b.iter(|| {
                let r = rust_persian_tools::words_to_number::words_to_number(std::hint::black_box(
                    text,
                ));
                if peer_ok {
                    assert_eq!(r.ok(), Some(value));
                }
            })
        });
    }
    g.finish();
}

const VALUES: &[i64] = &[
    3713,
    1214,
    2_521_000_000,
    123_456,
    1_000_001,
    999_999_999_999,
];

fn words(c: &mut Criterion) {
    let mut g = c.benchmark_group("to_words");
    for &v in VALUES {
        let expected = parsi::to_words(v);
        g.bench_function(format!("{v}/parsi"), |b| {
            b.iter(|| {
                assert_eq!(
                    parsi::to_words(std::hint::black_box(v)).len(),
                    expected.len()
                )
            })
        });
        let mut buf = String::with_capacity(256);
        g.bench_function(format!("{v}/parsi_write_words"), |b| {
            b.iter(|| {
                buf.clear();
                parsi::Spelling::new()
                    .write_words(std::hint::black_box(v), &mut buf)
                    .unwrap();
                assert_eq!(buf.len(), expected.len());
            })
        });
        g.bench_function(format!("{v}/rpt"), |b| {
            b.iter(|| {
                assert!(
                    rust_persian_tools::number_to_words::number_to_words(std::hint::black_box(v))
                        .is_ok()
                )
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = parse, words
}
criterion_main!(benches);
