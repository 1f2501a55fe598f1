//! The benchmark hook: `window.wasmBindings.fronteraBench(jsonl, runs)`, called by
//! `bench-report` through WebDriver (never by the UI). It times this very wasm build with
//! `performance.now()`: extraction throughput over the given JSON Lines articles, then
//! the explorer's interactions on them (`frontera_corpus::workload`, the same ones the
//! native benchmark times). Rendering is not included.

use frontera_core::input::parse_line;
use frontera_corpus::search::WordIndex;
use frontera_corpus::workload::{facet_update, sample_filters, search_update, QUERIES};
use frontera_corpus::Corpus;
use serde_json::json;
use wasm_bindgen::prelude::*;

use super::now_ms;

/// Returns a JSON object: `docs`, `bytes`, `extract_ms` (one total per run), `build_ms`,
/// `index_ms`, `facet_ms` and `search_ms` (one sample per filter or query and run), and
/// `wasm_memory_bytes`.
#[wasm_bindgen(js_name = fronteraBench)]
pub fn bench(jsonl: &str, runs: u32) -> String {
    let docs: Vec<_> = jsonl
        .lines()
        .enumerate()
        .filter_map(|(i, line)| parse_line(i + 1, line.as_bytes()).ok().flatten())
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let runs = runs.max(1);
    let mut extract_ms = Vec::new();
    let mut extractions = Vec::new();
    for _ in 0..runs {
        let t = now_ms();
        extractions = docs.iter().map(frontera_core::extract).collect();
        extract_ms.push(now_ms() - t);
    }
    let t = now_ms();
    let corpus = Corpus::new(docs.into_iter().zip(extractions).collect());
    let build_ms = now_ms() - t;
    let t = now_ms();
    let index = WordIndex::new(&corpus);
    let index_ms = now_ms() - t;
    let filters = sample_filters(&corpus);
    let (mut facet_ms, mut search_ms) = (Vec::new(), Vec::new());
    let mut sink = 0;
    for _ in 0..runs {
        for &f in &filters {
            let t = now_ms();
            sink += facet_update(&corpus, &[f]);
            facet_ms.push(now_ms() - t);
        }
        for q in QUERIES {
            let t = now_ms();
            sink += search_update(&corpus, &index, q);
            search_ms.push(now_ms() - t);
        }
    }
    json!({
        "docs": corpus.articles.len(), "bytes": bytes, "extract_ms": extract_ms,
        "build_ms": build_ms, "index_ms": index_ms, "facet_ms": facet_ms,
        "search_ms": search_ms, "results": sink,
        // The wasm linear memory now (it only grows): corpus, index and extractions.
        "wasm_memory_bytes": core::arch::wasm32::memory_size(0) * 65536,
    })
    .to_string()
}
