//! The calendar: Jalali to Gregorian and back, over a thousand dates spread
//! across 1300–1500, each answer checked in the timed loop. Dates in text:
//! `find_dates` and `find_entities` over the article, the generated text and
//! the corpus (`PARSI_BENCH_CORPUS`), beside `find_numbers` and `find_money`
//! on the same input (the entity scanner runs the number finder and the
//! date finder; the number finder is its floor). Counts checked in the loop.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parsi::JalaliDate;

fn conversion(c: &mut Criterion) {
    let dates: Vec<JalaliDate> = (0..1000)
        .map(|k| {
            JalaliDate::new(1300 + (k * 7) % 200, 1 + (k % 12) as u8, 1 + (k % 29) as u8).unwrap()
        })
        .collect();
    let gregorian: Vec<(i32, u8, u8)> = dates.iter().map(JalaliDate::to_gregorian).collect();
    let mut g = c.benchmark_group("date");
    g.throughput(Throughput::Elements(dates.len() as u64));
    g.bench_function("to_gregorian", |b| {
        b.iter(|| {
            for (d, want) in dates.iter().zip(&gregorian) {
                assert_eq!(std::hint::black_box(d).to_gregorian(), *want);
            }
        })
    });
    g.bench_function("from_gregorian", |b| {
        b.iter(|| {
            for (d, &(y, m, day)) in dates.iter().zip(&gregorian) {
                let got = JalaliDate::from_gregorian(std::hint::black_box(y), m, day).unwrap();
                assert_eq!(got, *d);
            }
        })
    });
    g.finish();
}

fn finding(c: &mut Criterion) {
    let mut g = c.benchmark_group("find_dates");
    for (name, text) in common::inputs() {
        let text = text.as_str();
        g.throughput(Throughput::Bytes(text.len() as u64));
        let dates = parsi::find_dates(text).count();
        let entities = parsi::find_entities(text).count();
        let numbers = parsi::find_numbers(text).count();
        let money = parsi::find_money(text).count();
        g.bench_with_input(BenchmarkId::new("find_dates", &name), text, |b, t| {
            b.iter(|| assert_eq!(parsi::find_dates(t).count(), dates))
        });
        g.bench_with_input(BenchmarkId::new("find_entities", &name), text, |b, t| {
            b.iter(|| assert_eq!(parsi::find_entities(t).count(), entities))
        });
        g.bench_with_input(BenchmarkId::new("find_numbers", &name), text, |b, t| {
            b.iter(|| assert_eq!(parsi::find_numbers(t).count(), numbers))
        });
        g.bench_with_input(BenchmarkId::new("find_money", &name), text, |b, t| {
            b.iter(|| assert_eq!(parsi::find_money(t).count(), money))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = conversion, finding
}
criterion_main!(benches);
