//! A quick per-stage timing loop for optimising (faster to iterate with than criterion or
//! `bench-report`): MB/s of CPU time per stage, best of a few runs over a 2 MB corpus.
//!
//! `cargo run --release -p frontera-bench --example stage_times -- [STAGE_ID|all] [RUNS] [BYTES]`
//! With a stage id (`extract`, `text`, `timex`, `entities`, `quantities`, `quotes`) only
//! that stage runs, which makes a clean target for `perf record`. On a busy machine, count
//! instructions instead of time: `valgrind --tool=callgrind` with `all 1 300000`, then
//! `callgrind_annotate --inclusive=yes` gives each stage's instructions, independent of load.

use frontera_bench::measure::thread_cpu_time;
use frontera_bench::stages::{Prepared, Stage};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let only = args.next().filter(|a| a != "all");
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let min_bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000_000);
    let docs = frontera_bench::generate_at_least(min_bytes, frontera_bench::DEFAULT_SEED);
    let bytes = frontera_bench::text_bytes(&docs) as f64;
    let prepared = Prepared::new(&docs);
    for stage in Stage::ALL {
        if only.as_deref().is_some_and(|o| o != stage.id()) {
            continue;
        }
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let wall = Instant::now();
            let cpu0 = thread_cpu_time();
            std::hint::black_box(prepared.run(stage));
            let secs = match (cpu0, thread_cpu_time()) {
                (Some(a), Some(b)) => (b - a).as_secs_f64(),
                _ => wall.elapsed().as_secs_f64(),
            };
            best = best.min(secs);
        }
        println!("{:<12} {:>8.1} MB/s", stage.id(), bytes / best / 1e6);
    }
}
