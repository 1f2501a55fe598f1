//! The page-level browser measurements alone, for quick before/after comparisons while
//! working on the app: the first-render breakdown (with every long frame) and the page
//! holding 10,000 articles. `bench-report` prints the same tables in BENCHMARKS.md.
//!
//!     trunk build --release --offline
//!     cargo run --release -p frontera-bench --bin page-bench [-- LOADS ARTICLES ROUNDS]
//!
//! With `FRONTERA_SHOTS=DIR` it also saves pictures of the timeline and the co-occurrence
//! holding the articles (desktop and phone widths); with `FRONTERA_TRACE=1` it prints where
//! each interaction's render time went.

use std::path::PathBuf;

use frontera_bench::browser::{self, PageOptions};

fn main() {
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let (loads, articles, rounds) = (arg(1, 5), arg(2, 10_000), arg(3, 2));
    let docs = frontera_bench::generate(articles, frontera_bench::DEFAULT_SEED);
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let options = PageOptions {
        cold_loads: loads,
        warm_loads: loads,
        corpus: (articles > 0).then_some((&docs[..], rounds)),
    };
    match browser::run(&root, &[], options) {
        Ok(b) => {
            for r in &b.first_render {
                eprintln!(
                    "{} painted {:.0} ms (main {:.0}, ready {:.0}, per article {}); long frames: {}",
                    if r.cold { "first " } else { "repeat" },
                    r.painted_ms,
                    r.start_ms,
                    r.ready_ms,
                    r.doc_ms,
                    r.frames.join(" | ")
                );
            }
            print!("{}", browser::page_markdown(&b));
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
