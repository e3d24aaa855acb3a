//! parse_number and to_words beside rust-persian-tools on the same values:
//! the README's expressions, and the negative, ordinal and decimal forms.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use parsi::{parse_number, Number};

/// Each expression with its value, ten-thousandths (the peer reads no
/// decimal: it is timed on them all the same).
const EXPRESSIONS: &[(&str, i64)] = &[
    ("سه هزار و هفتصد و سیزده", 37_130_000),
    ("دو میلیارد و پانصد و بیست و یک میلیون", 25_210_000_000_000),
    ("صد و بیست و سه هزار و چهارصد و پنجاه و شش", 1_234_560_000),
    ("هزار و 214", 12_140_000),
    ("2میلیارد و 521میلیون", 25_210_000_000_000),
    ("منفی سه هزار و هفتصد و سیزده", -37_130_000),
    ("منفی پنجاه", -500_000),
    ("بیست و یکم", 210_000),
    ("صد و بیست و یکمین", 1_210_000),
    ("دو ممیز پنج", 25_000),
    ("۲٫۵ میلیون", 25_000_000_000),
    ("سه و نیم", 35_000),
];

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse_number");
    for &(text, tenthousandths) in EXPRESSIONS {
        let n = Number::new(tenthousandths as i128, 4).unwrap();
        let value = (tenthousandths % 10_000 == 0).then_some(tenthousandths / 10_000);
        g.bench_function(format!("{text}/parsi"), |b| {
            b.iter(|| assert_eq!(parse_number(std::hint::black_box(text)).unwrap(), n))
        });
        // The peer reads "2میلیارد و 521میلیون" wrong or not at all; it is
        // timed on every expression, and its answer checked where it has one.
        let peer_ok = value.is_some()
            && rust_persian_tools::words_to_number::words_to_number(text).ok() == value;
        g.bench_function(format!("{text}/rpt"), |b| {
            b.iter(|| {
                let r = rust_persian_tools::words_to_number::words_to_number(std::hint::black_box(
                    text,
                ));
                if peer_ok {
                    assert_eq!(r.ok(), value);
                }
            })
        });
    }
    g.finish();
}

/// Values and their words, worked out by hand.
const VALUES: &[(i64, &str)] = &[
    (3713, "سه هزار و هفتصد و سیزده"),
    (1214, "هزار و دویست و چهارده"),
    (2_521_000_000, "دو میلیارد و پانصد و بیست و یک میلیون"),
    (123_456, "صد و بیست و سه هزار و چهارصد و پنجاه و شش"),
    (1_000_001, "یک میلیون و یک"),
    (
        999_999_999_999,
        "نهصد و نود و نه میلیارد و نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه",
    ),
];

fn words(c: &mut Criterion) {
    let mut g = c.benchmark_group("to_words");
    for &(v, expected) in VALUES {
        g.bench_function(format!("{v}/parsi"), |b| {
            b.iter(|| assert_eq!(parsi::to_words(std::hint::black_box(v)), expected))
        });
        let mut buf = String::with_capacity(256);
        g.bench_function(format!("{v}/parsi_write_words"), |b| {
            b.iter(|| {
                buf.clear();
                parsi::Spelling::new()
                    .write_words(std::hint::black_box(v), &mut buf)
                    .unwrap();
                assert_eq!(buf, expected);
            })
        });
        let peer = rust_persian_tools::number_to_words::number_to_words(v).unwrap();
        g.bench_function(format!("{v}/rpt"), |b| {
            b.iter(|| {
                assert_eq!(
                    rust_persian_tools::number_to_words::number_to_words(std::hint::black_box(v))
                        .unwrap(),
                    peer
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
