//! Allocation of the find and normalize passes over the largest input: the
//! file in `PARSI_BENCH_CORPUS` when set, else the article repeated to 10 MB.
//! Counted with a counting global allocator (stats_alloc).
//!
//! A measurement, not a criterion bench: `cargo bench --bench memory` runs
//! it (on the article when no corpus is named).
//!
//! ```text
//! PARSI_BENCH_CORPUS=news.txt cargo bench --bench memory
//! ```

use std::alloc::System;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn main() {
    let text = match std::env::var("PARSI_BENCH_CORPUS") {
        Ok(path) => std::fs::read_to_string(path).expect("readable corpus"),
        Err(_) => include_str!("../tests/data/article.txt").repeat(2700),
    };
    println!("input: {} bytes", text.len());

    let region = Region::new(GLOBAL);
    let count = parsi::find_numbers(&text).count();
    let s = region.change();
    println!(
        "find_numbers: {count} numbers, {} allocations, {} bytes allocated",
        s.allocations, s.bytes_allocated
    );

    let region = Region::new(GLOBAL);
    let out = parsi::normalize(&text);
    let s = region.change();
    println!(
        "normalize: {} bytes out, {} allocations, {} bytes allocated in all ({:.2}× the input; the peak is at most this)",
        out.len(),
        s.allocations,
        s.bytes_allocated,
        s.bytes_allocated as f64 / text.len() as f64
    );

    let region = Region::new(GLOBAL);
    let tokens = parsi::tokens(&text).count();
    let s = region.change();
    println!("tokens: {tokens} tokens, {} allocations", s.allocations);
}
