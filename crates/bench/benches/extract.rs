//! Extraction throughput per stage and overall, in MB/s of document text.
//!
//! `cargo bench -p frontera-bench` (or `-- timex` for one stage). Each iteration runs a stage
//! over a generated ~1 MB corpus, with the stage's inputs computed beforehand (see
//! `frontera_bench::stages`). `bench-report` measures the same stages on ≥ 10 MB and writes
//! BENCHMARKS.md; these benches are for quick before/after comparisons while optimising.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use frontera_bench::stages::{Prepared, Stage};

fn stages(c: &mut Criterion) {
    let docs = frontera_bench::generate_at_least(1_000_000, frontera_bench::DEFAULT_SEED);
    let bytes = frontera_bench::text_bytes(&docs) as u64;
    let prepared = Prepared::new(&docs);

    let mut group = c.benchmark_group("corpus_1MB");
    group.throughput(Throughput::BytesDecimal(bytes));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for stage in Stage::ALL {
        group.bench_with_input(BenchmarkId::from_parameter(stage.id()), &stage, |b, &s| {
            b.iter(|| prepared.run(s))
        });
    }
    group.finish();
}

/// One typical article end to end: the latency a user pasting an article sees.
fn one_article(c: &mut Criterion) {
    let docs = frontera_bench::generate(1, frontera_bench::DEFAULT_SEED);
    let Some(doc) = docs.first() else {
        return;
    };
    let mut group = c.benchmark_group("one_article");
    group.throughput(Throughput::BytesDecimal(doc.text.len() as u64));
    group.bench_function("extract", |b| {
        b.iter(|| frontera_core::extract(std::hint::black_box(doc)))
    });
    group.finish();
}

criterion_group!(benches, stages, one_article);
criterion_main!(benches);
