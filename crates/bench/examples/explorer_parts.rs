//! Where an explorer update's computation goes, natively, on N generated articles: each
//! query's search alone and with the facets (`workload::search_update`), the co-occurrence
//! matrix of the whole corpus (its ranking and its counting apart) and the timeline's mark
//! layout at the app's default width. Medians of 9 runs, in milliseconds of this thread's CPU time.
//!
//! `cargo run --release -p frontera-bench --example explorer_parts -- [ARTICLES]`

use std::time::Instant;

use frontera_corpus::cooccur::Basis;
use frontera_corpus::search::{Query, WordIndex};
use frontera_corpus::timeline::layout_marks;
use frontera_corpus::workload::{search_update, QUERIES};
use frontera_corpus::Corpus;

/// Median milliseconds of this thread's CPU time (wall clock where there is no thread
/// clock), so other work on a busy machine does not count.
fn time(runs: usize, mut f: impl FnMut() -> usize) -> f64 {
    let clock = || frontera_bench::measure::thread_cpu_time();
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let (t, w) = (clock(), Instant::now());
            std::hint::black_box(f());
            match (t, clock()) {
                (Some(a), Some(b)) => (b - a).as_secs_f64() * 1e3,
                _ => w.elapsed().as_secs_f64() * 1e3,
            }
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let docs = frontera_bench::generate(n, frontera_bench::DEFAULT_SEED);
    let items = docs
        .into_iter()
        .map(|d| {
            let x = frontera_core::extract(&d);
            (d, x)
        })
        .collect();
    let corpus = Corpus::new(items);
    let index = WordIndex::new(&corpus);
    let all = corpus.matching_articles(&[]);
    println!(
        "{} articles, {} entities, {} events",
        corpus.articles.len(),
        corpus.entities.len(),
        corpus.events.len()
    );
    if std::env::args().nth(2).as_deref() == Some("search") {
        // Searches alone, long enough for a profiler.
        for _ in 0..40 {
            for q in QUERIES {
                let query = Query::parse(q);
                std::hint::black_box(index.search(&corpus, &query, &all));
            }
        }
        return;
    }
    for q in QUERIES {
        let query = Query::parse(q);
        let alone = time(9, || index.search(&corpus, &query, &all).len());
        let update = time(9, || search_update(&corpus, &index, q));
        println!("search {q:<18} {alone:6.2} ms alone, {update:6.2} ms with the facets");
    }
    for basis in [Basis::Sentences, Basis::Articles] {
        let top = time(9, || corpus.top_entities(&all, 20).len());
        let axes = corpus.top_entities(&all, 20);
        let matrix = time(9, || {
            corpus
                .cooccurrence_matrix(&all, basis, &axes)
                .entities
                .len()
        });
        println!("co-occurrence {basis:?}: top 20 {top:.2} ms, matrix {matrix:.2} ms");
    }
    // The timeline at 1,000 px showing everything: one interval per event, 10 px wide.
    let (lo, hi) = corpus
        .events
        .iter()
        .fold((i64::MAX, i64::MIN), |(lo, hi), e| {
            (lo.min(e.date.start), hi.max(e.date.end))
        });
    let scale = 1000.0 / (hi - lo).max(1) as f64;
    let intervals: Vec<(f64, f64)> = corpus
        .events
        .iter()
        .map(|e| {
            let x = (e.date.start - lo) as f64 * scale;
            (x - 5.0, x + 5.0)
        })
        .collect();
    let layout = time(9, || layout_marks(&intervals, 3.0, 12, 34.0).clusters.len());
    let mut sorted = intervals.clone();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let layout_sorted = time(9, || layout_marks(&sorted, 3.0, 12, 34.0).clusters.len());
    println!(
        "timeline layout of {} marks: {layout:.2} ms (corpus order), {layout_sorted:.2} ms (date order)",
        intervals.len()
    );
}
