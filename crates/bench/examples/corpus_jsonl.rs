//! Write the generated corpus as JSON Lines (the CLI's input format), so that the CLI's
//! output on it can be saved and compared byte for byte before and after an optimisation.
//!
//! `cargo run --release -p frontera-bench --example corpus_jsonl -- [MIN_BYTES] [SEED] > docs.jsonl`

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let min_bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(4_000_000);
    let seed = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(frontera_bench::DEFAULT_SEED);
    let docs = frontera_bench::generate_at_least(min_bytes, seed);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for doc in &docs {
        let line = serde_json::to_string(doc).expect("a Document always serialises");
        writeln!(out, "{line}").expect("write to stdout");
    }
}
