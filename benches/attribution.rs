//! Throughput of the whole pipeline: the seed article, the realistic corpus one document at a
//! time and as one batch, and pathological inputs of 1 MiB each.
//!
//! ```text
//! cargo bench --bench attribution
//! cargo bench --bench attribution -- pathological/nested   # one benchmark
//! ```
//!
//! The realistic corpus is the PolNeAR train split when `../shared/corpus/polnear/train.jsonl`
//! exists beside the crate, else documents made from `tests/fixtures/hanoi.txt`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use quote_attribution::Attributor;

#[path = "support/inputs.rs"]
mod inputs;

/// The size of each pathological input.
const PATHOLOGICAL_LEN: usize = 1 << 20;

/// Attributes a text and returns something that depends on the whole result.
fn run(attributor: &Attributor, text: &str) -> usize {
    match attributor.attribute(text) {
        Ok(article) => article.quotes().len() + article.speakers().len(),
        Err(_) => usize::MAX,
    }
}

fn seed(c: &mut Criterion) {
    let attributor = Attributor::new();
    let mut group = c.benchmark_group("seed");
    group.throughput(Throughput::Bytes(inputs::SEED.len() as u64));
    group.bench_function("hanoi", |b| {
        b.iter(|| run(&attributor, black_box(inputs::SEED)))
    });
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let attributor = Attributor::new();
    let corpus = inputs::corpus();
    let mut group = c.benchmark_group("corpus");
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    group.bench_function(BenchmarkId::new("single", &corpus.name), |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| run(&attributor, black_box(d)))
                .sum::<usize>()
        })
    });
    group.bench_function(BenchmarkId::new("batch", &corpus.name), |b| {
        b.iter(|| {
            attributor
                .attribute_batch(black_box(&corpus.docs))
                .iter()
                .map(|r| r.as_ref().map_or(usize::MAX, |a| a.quotes().len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn pathological(c: &mut Criterion) {
    let attributor = Attributor::new();
    let mut group = c.benchmark_group("pathological");
    group.sampling_mode(SamplingMode::Flat);
    for p in inputs::PATHOLOGICAL {
        let text = p.text(PATHOLOGICAL_LEN);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(p.name), &text, |b, text| {
            b.iter(|| run(&attributor, black_box(text)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Modest defaults for a 2-core machine; the command line overrides them.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = seed, corpus, pathological
}
criterion_main!(benches);
