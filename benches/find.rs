//! find_numbers and find_money throughput, linear in size.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn find(c: &mut Criterion) {
    let mut inputs = common::inputs();
    for size in [1024, 1024 * 1024, 10 * 1024 * 1024] {
        inputs.push((
            format!("article_{}k", size / 1024),
            common::article_repeated(size),
        ));
    }
    for (name, text) in inputs {
        let mut g = c.benchmark_group(format!("find_numbers/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        let expected = parsi::find_numbers(&text).count();
        g.bench_function("parsi", |b| {
            b.iter(|| assert_eq!(parsi::find_numbers(&text).count(), expected))
        });
        g.finish();
    }
}

fn find_money(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        let mut g = c.benchmark_group(format!("find_money/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        let expected = parsi::find_money(&text).count();
        g.bench_function("parsi", |b| {
            b.iter(|| assert_eq!(parsi::find_money(&text).count(), expected))
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = find, find_money
}
criterion_main!(benches);
