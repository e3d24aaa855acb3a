//! Money parsed and formatted; the digits style beside the peer's add_commas
//! plus digit conversion.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use parsi::{Currency, Money, MoneyFormat, MoneyStyle};

fn money(c: &mut Criterion) {
    let mut g = c.benchmark_group("money");
    let cases = [
        (
            "2میلیارد و 521میلیون ریال",
            Money::new(2_521_000_000u64, Currency::Rial),
        ),
        ("۵۰ هزار تومان", Money::new(50_000, Currency::Toman)),
        (
            "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال",
            Money::new(2_521_000_000u64, Currency::Rial),
        ),
    ];
    for (text, expected) in cases {
        g.bench_function(format!("parse/{text}"), |b| {
            b.iter(|| assert_eq!(Money::parse(std::hint::black_box(text)).unwrap(), expected))
        });
    }
    let m = Money::new(2_521_000_000u64, Currency::Rial);
    for style in [
        MoneyStyle::Digits,
        MoneyStyle::Words,
        MoneyStyle::Mixed,
        MoneyStyle::Compact,
    ] {
        let expected = m.format(style);
        g.bench_function(format!("format/{style:?}/parsi"), |b| {
            b.iter(|| assert_eq!(std::hint::black_box(m).format(style), expected))
        });
        // The same into a reused buffer: the formatting without the allocation.
        let f = MoneyFormat::new(style);
        let mut buf = String::with_capacity(128);
        g.bench_function(format!("format/{style:?}/parsi_write_money"), |b| {
            b.iter(|| {
                buf.clear();
                f.write_money(&std::hint::black_box(m), &mut buf).unwrap();
                assert_eq!(buf, expected);
            })
        });
    }
    g.bench_function("format/Digits/rpt", |b| {
        b.iter(|| {
            let s = rust_persian_tools::commas::add_commas(std::hint::black_box("2521000000"));
            let s = rust_persian_tools::digits::en_to_fa(s);
            assert_eq!(s, "۲,۵۲۱,۰۰۰,۰۰۰");
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = money
}
criterion_main!(benches);
