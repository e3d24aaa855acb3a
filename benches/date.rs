//! The calendar: Jalali to Gregorian and back, over a thousand dates spread
//! across 1300–1500, each answer checked in the timed loop.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
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

criterion_group!(benches, conversion);
criterion_main!(benches);
