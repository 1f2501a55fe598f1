//! What the explorer recomputes when a person acts, timed natively on a generated corpus:
//! building the corpus and its search index once, then a facet update (a filter toggled:
//! matching articles, timeline events and every facet's rows) and a text search (matching
//! sentences, then every facet's rows within them). These are the computations the app runs
//! in wasm before it renders; the page as a whole is timed in headless Chromium.

use std::hint::black_box;
use std::time::{Duration, Instant};

use frontera_core::{Document, Extraction};
use frontera_corpus::search::WordIndex;
use frontera_corpus::workload::{facet_update, sample_filters, search_update, QUERIES};
use frontera_corpus::Corpus;

/// Times in milliseconds of CPU time of this thread (wall-clock where the platform has no
/// thread clock), so other processes on a busy machine do not inflate them.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplorerTimes {
    pub articles: usize,
    pub build_ms: f64,
    pub index_ms: f64,
    /// One sample per filter toggled.
    pub facet_update_ms: Vec<f64>,
    /// One sample per query and run.
    pub search_ms: Vec<f64>,
}

/// Build the corpus from extractions, then time `runs` rounds of facet updates and searches.
pub fn measure(items: Vec<(Document, Extraction)>, runs: usize) -> ExplorerTimes {
    let articles = items.len();
    let t = now();
    let corpus = black_box(Corpus::new(items));
    let build_ms = ms(t);
    let t = now();
    let index = black_box(WordIndex::new(&corpus));
    let index_ms = ms(t);

    let filters = sample_filters(&corpus);
    let mut facet_update_ms = Vec::new();
    let mut search_ms = Vec::new();
    for _ in 0..runs.max(1) {
        for &f in &filters {
            let t = now();
            black_box(facet_update(&corpus, &[f]));
            facet_update_ms.push(ms(t));
        }
        for q in QUERIES {
            let t = now();
            black_box(search_update(&corpus, &index, q));
            search_ms.push(ms(t));
        }
    }
    ExplorerTimes {
        articles,
        build_ms,
        index_ms,
        facet_update_ms,
        search_ms,
    }
}

/// A start time: this thread's CPU time, else the wall clock.
#[derive(Clone, Copy)]
enum Clock {
    Cpu(Duration),
    Wall(Instant),
}

fn now() -> Clock {
    match crate::measure::thread_cpu_time() {
        Some(t) => Clock::Cpu(t),
        None => Clock::Wall(Instant::now()),
    }
}

/// Milliseconds since `start`, on the same clock.
fn ms(start: Clock) -> f64 {
    let elapsed = match start {
        Clock::Cpu(t) => crate::measure::thread_cpu_time().map_or(Duration::ZERO, |n| n - t),
        Clock::Wall(t) => t.elapsed(),
    };
    elapsed.as_secs_f64() * 1e3
}
