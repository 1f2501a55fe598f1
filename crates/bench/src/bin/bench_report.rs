//! `cargo run --release -p frontera-bench --bin bench-report` regenerates BENCHMARKS.md at the
//! repository root: extraction throughput overall and per stage on a generated corpus of at
//! least 10 MB, per-article latency, the per-article cost at 1,000 / 10,000 / 50,000
//! articles, peak memory, and the machine and conditions the figures were taken under.
//!
//! Options: `--runs N` (default 5), `--seed S`, `--min-mb M` (default 10), `--curve
//! 1000,10000,50000`, `--out PATH` (default BENCHMARKS.md at the workspace root), `--stdout`
//! (print instead of writing), `--quick` (a 1 MB corpus, a small curve, 2 runs: a smoke test).

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use frontera_bench::browser::{self, BrowserBench};
use frontera_bench::calendar::Date;
use frontera_bench::explorer::{self, ExplorerTimes};
use frontera_bench::measure::{self, median, percentile, SchedStat};
use frontera_bench::stages::{count, Prepared, Stage};
use frontera_core::Document;

/// Issue 9's target for the whole extraction on one core.
const TARGET_MB_S: f64 = 50.0;
/// Below this a stage is "far too slow" and worth a look on its own.
const SLOW_STAGE_MB_S: f64 = 20.0;
/// A curve size stops repeating once one run takes this long.
const CURVE_RUN_BUDGET: Duration = Duration::from_secs(20);

struct Args {
    runs: usize,
    seed: u64,
    min_mb: f64,
    curve: Vec<usize>,
    out: Option<PathBuf>,
    browser: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        runs: 5,
        seed: frontera_bench::DEFAULT_SEED,
        min_mb: 10.0,
        curve: vec![1_000, 10_000, 50_000],
        out: Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../BENCHMARKS.md"
        ))),
        browser: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match flag.as_str() {
            "--runs" => {
                args.runs = value("--runs")?
                    .parse()
                    .map_err(|e| format!("--runs: {e}"))?
            }
            "--seed" => {
                args.seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--min-mb" => {
                args.min_mb = value("--min-mb")?
                    .parse()
                    .map_err(|e| format!("--min-mb: {e}"))?
            }
            "--curve" => {
                args.curve = value("--curve")?
                    .split(',')
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| s.trim().parse::<usize>())
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("--curve: {e}"))?
            }
            "--out" => args.out = Some(PathBuf::from(value("--out")?)),
            "--stdout" => args.out = None,
            "--no-browser" => args.browser = false,
            "--quick" => {
                args.runs = 2;
                args.min_mb = 1.0;
                args.curve = vec![100, 1_000];
            }
            "-h" | "--help" => {
                println!("{}", HELP);
                std::process::exit(0);
            }
            other => return Err(format!("unknown option {other:?}\n{HELP}")),
        }
    }
    args.runs = args.runs.max(1);
    Ok(args)
}

const HELP: &str = "bench-report [--runs N] [--seed S] [--min-mb M] [--curve 1000,10000,50000] \
[--out PATH | --stdout] [--quick] [--no-browser]";

/// One stage's timings over the main corpus, one entry per run.
struct StageTimes {
    stage: Stage,
    /// Wall-clock seconds per run.
    runs: Vec<f64>,
    /// Seconds this thread actually ran on a CPU per run (empty where the kernel does not
    /// say): unlike wall time, not inflated by waiting while other processes run.
    cpu: Vec<f64>,
    items: usize,
}

impl StageTimes {
    /// CPU-time median when every run has one, else the wall-clock median.
    fn cpu_or_wall(&self) -> f64 {
        if !self.cpu.is_empty() && self.cpu.len() == self.runs.len() {
            median(&self.cpu)
        } else {
            median(&self.runs)
        }
    }
}

/// Run `f`, returning its result, wall-clock seconds and on-CPU seconds (if known).
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64, Option<f64>) {
    let c0 = measure::thread_cpu_time();
    let t = Instant::now();
    let out = f();
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (c0, measure::thread_cpu_time()) {
        (Some(a), Some(b)) => Some(b.saturating_sub(a).as_secs_f64()),
        _ => None,
    };
    (out, wall, cpu)
}

struct CurvePoint {
    articles: usize,
    bytes: usize,
    runs: Vec<f64>,
    cpu: Vec<f64>,
}

struct Conditions {
    load_start: Option<f64>,
    load_end: Option<f64>,
    sched: Option<SchedStat>,
}

impl Conditions {
    fn under_load(&self, cores: usize) -> bool {
        let wait = self.sched.map_or(0.0, SchedStat::wait_share);
        // The 1-minute load average before we started counts other people's work only.
        let busy = self.load_start.is_some_and(|l| l >= 0.5 * cores as f64);
        wait > 0.02 || busy
    }
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run with --release for meaningful figures");
    }
    let load_start = measure::loadavg();

    eprintln!("generating a corpus of at least {} MB ...", args.min_mb);
    let t = Instant::now();
    let mut docs = frontera_bench::generate_at_least((args.min_mb * 1e6) as usize, args.seed);
    let gen_secs = t.elapsed().as_secs_f64();
    let rss_corpus = measure::status_kb("VmRSS");

    // Warm-up pass, which also gives the peak memory of extraction over the corpus.
    let peak_reset = measure::reset_peak_rss();
    let rss_before = measure::status_kb("VmRSS");
    let mut totals = Totals::default();
    // Extraction must never panic; an article that makes it panic is reported and left out
    // of the timings (every stage would otherwise abort the report).
    install_quiet_panic_hook();
    let mut panicked = Vec::new();
    docs.retain(|d| match extract_guarded(d) {
        Some(x) => {
            totals.add(&x);
            true
        }
        None => {
            panicked.push(d.id.clone());
            false
        }
    });
    let peak_extract = measure::status_kb("VmHWM");
    let bytes = frontera_bench::text_bytes(&docs);

    eprintln!("preparing stage inputs ...");
    let prepared = Prepared::new(&docs);
    let tokens: usize = prepared.analyses.iter().map(|a| a.tokens.len()).sum();

    eprintln!("timing {} runs of each stage ...", args.runs);
    let sched_start = measure::schedstat();
    let mut stage_times: Vec<StageTimes> = Stage::ALL
        .iter()
        .map(|&stage| StageTimes {
            stage,
            runs: Vec::new(),
            cpu: Vec::new(),
            items: 0,
        })
        .collect();
    let mut latencies = Latencies::default();
    for _ in 0..args.runs {
        // Round robin, so every stage sees the same mix of quiet and busy moments.
        for st in &mut stage_times {
            let (items, wall, cpu) = timed(|| {
                if st.stage == Stage::Extract {
                    timed_extract(&docs, &mut latencies)
                } else {
                    prepared.run(st.stage)
                }
            });
            st.items = items;
            st.runs.push(wall);
            st.cpu.extend(cpu);
        }
    }
    drop(prepared);

    eprintln!("calibrating on the seed articles ...");
    let seeds = seed_calibration(args.runs);

    eprintln!("per-article cost curve ...");
    let mut curve = Vec::new();
    let mut curve_panics: Vec<String> = Vec::new();
    let mut explorer_times = Vec::new();
    for &n in &args.curve {
        let docs = frontera_bench::generate(n, args.seed);
        let bytes = frontera_bench::text_bytes(&docs);
        let mut runs = Vec::new();
        let mut cpu = Vec::new();
        for _ in 0..args.runs {
            let (failed, wall, on_cpu) = timed(|| {
                let mut failed = Vec::new();
                for d in &docs {
                    if black_box(extract_guarded(black_box(d))).is_none() {
                        failed.push(d.id.as_str());
                    }
                }
                failed
            });
            for id in failed {
                if !curve_panics.iter().any(|p| p == id) {
                    curve_panics.push(id.to_string());
                }
            }
            runs.push(wall);
            cpu.extend(on_cpu);
            if wall > CURVE_RUN_BUDGET.as_secs_f64() {
                break;
            }
        }
        eprintln!("  {n} articles: {:.3} s", median(&runs));
        eprintln!("  {n} articles: corpus, index, facet updates and searches ...");
        let items: Vec<(Document, frontera_core::Extraction)> = docs
            .into_iter()
            .filter_map(|d| extract_guarded(&d).map(|x| (d, x)))
            .collect();
        explorer_times.push(explorer::measure(items, args.runs));
        curve.push(CurvePoint {
            articles: n,
            bytes,
            runs,
            cpu,
        });
    }
    let browser = if args.browser {
        eprintln!("the wasm build in headless Chromium ...");
        let at_10k = frontera_bench::generate(10_000, args.seed);
        let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let page = browser::PageOptions {
            cold_loads: args.runs,
            warm_loads: args.runs,
            corpus: Some((&at_10k[..], 2)),
        };
        Some(browser::run(
            &root,
            &[(&docs, args.runs), (&at_10k, 1)],
            page,
        ))
    } else {
        None
    };
    let sched = match (sched_start, measure::schedstat()) {
        (Some(a), Some(b)) => Some(b.since(a)),
        _ => None,
    };
    let conditions = Conditions {
        load_start,
        load_end: measure::loadavg(),
        sched,
    };

    let report = Report {
        args: &args,
        docs: &docs,
        bytes,
        tokens,
        gen_secs,
        totals,
        stage_times,
        latencies,
        seeds,
        curve,
        explorer: explorer_times,
        browser,
        panicked,
        curve_panics,
        memory: Memory {
            rss_corpus,
            rss_before,
            peak_extract: peak_reset.then_some(peak_extract).flatten(),
            peak_process: measure::status_kb("VmHWM").filter(|_| !peak_reset),
        },
        conditions,
    };
    let md = report.markdown();
    match &args.out {
        Some(path) => match std::fs::write(path, &md) {
            Ok(()) => eprintln!(
                "wrote {}",
                std::fs::canonicalize(path)
                    .unwrap_or(path.clone())
                    .display()
            ),
            Err(e) => {
                eprintln!("cannot write {}: {e}", path.display());
                print!("{md}");
                std::process::exit(1);
            }
        },
        None => print!("{md}"),
    }
}

/// The real seed articles, timed like the generated corpus, so a reader can see how far
/// the synthetic text's cost per byte is from real news.
struct SeedCalibration {
    articles: usize,
    bytes: usize,
    repeats: usize,
    /// CPU-time (or wall-clock) median seconds per stage for all repeats.
    stages: Vec<(Stage, f64)>,
}

fn seed_calibration(runs: usize) -> Option<SeedCalibration> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let id = p.file_stem()?.to_string_lossy().into_owned();
            Some(Document {
                id,
                text,
                ..Default::default()
            })
        })
        .collect();
    let bytes = frontera_bench::text_bytes(&docs);
    if bytes == 0 {
        return None;
    }
    // Repeat the few seed articles until a run covers about 2 MB, so it is timeable.
    let repeats = (2_000_000 / bytes).max(1);
    let prepared = Prepared::new(&docs);
    let mut stages = Vec::new();
    for stage in Stage::ALL {
        let mut times = Vec::new();
        for _ in 0..runs {
            let ((), wall, cpu) = timed(|| {
                for _ in 0..repeats {
                    black_box(prepared.run(stage));
                }
            });
            times.push(cpu.unwrap_or(wall));
        }
        stages.push((stage, median(&times)));
    }
    Some(SeedCalibration {
        articles: docs.len(),
        bytes,
        repeats,
        stages,
    })
}

/// `frontera_core::extract`, with a panic turned into `None` (catching costs nothing on
/// the normal path).
fn extract_guarded(d: &Document) -> Option<frontera_core::Extraction> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| frontera_core::extract(d))).ok()
}

static FIRST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Record the first panic message for the report instead of printing every one.
fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut first) = FIRST_PANIC.lock() {
            if first.is_none() {
                let place = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                eprintln!("panic in extraction at {place}: {msg}");
                *first = Some(format!("{place}: {msg}"));
            }
        }
    }));
}

/// Per-article latencies in µs: wall-clock, and CPU time where the OS gives it.
#[derive(Default)]
struct Latencies {
    wall: Vec<f64>,
    cpu: Vec<f64>,
}

/// The whole pipeline over the corpus, recording each article's latency.
fn timed_extract(docs: &[Document], lat: &mut Latencies) -> usize {
    let mut items = 0;
    for d in docs {
        let c = measure::thread_cpu_time();
        let t = Instant::now();
        let x = black_box(extract_guarded(black_box(d)));
        items += x.as_ref().map_or(0, count);
        drop(x);
        lat.wall.push(t.elapsed().as_secs_f64() * 1e6);
        if let (Some(a), Some(b)) = (c, measure::thread_cpu_time()) {
            lat.cpu.push(b.saturating_sub(a).as_secs_f64() * 1e6);
        }
    }
    items
}

#[derive(Default)]
struct Totals {
    articles: usize,
    dated: usize,
    sentences: usize,
    entities: usize,
    mentions: usize,
    timex: usize,
    quantities: usize,
    quotes: usize,
}

impl Totals {
    fn add(&mut self, x: &frontera_core::Extraction) {
        self.articles += 1;
        self.dated += usize::from(x.doc_date.value.is_some());
        self.sentences += x.sentences.len();
        self.entities += x.entities.len();
        self.mentions += x.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
        self.timex += x.timex.len();
        self.quantities += x.quantities.len();
        self.quotes += x.quotes.len();
    }
}

struct Memory {
    rss_corpus: Option<u64>,
    rss_before: Option<u64>,
    peak_extract: Option<u64>,
    /// The process's lifetime peak, when the peak could not be reset.
    peak_process: Option<u64>,
}

struct Report<'a> {
    args: &'a Args,
    docs: &'a [Document],
    bytes: usize,
    tokens: usize,
    gen_secs: f64,
    totals: Totals,
    stage_times: Vec<StageTimes>,
    latencies: Latencies,
    seeds: Option<SeedCalibration>,
    curve: Vec<CurvePoint>,
    /// The explorer's computations at each curve size.
    explorer: Vec<ExplorerTimes>,
    /// The wasm build in Chromium: the main corpus, then 10,000 articles (`None`: skipped).
    browser: Option<Result<BrowserBench, String>>,
    /// Ids of main-corpus articles whose extraction panicked (left out of the timings).
    panicked: Vec<String>,
    /// Ids of cost-curve articles whose extraction panicked (still in those timings).
    curve_panics: Vec<String>,
    memory: Memory,
    conditions: Conditions,
}

fn min(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

/// MB/s for display; stages that found nothing and took no time would print absurd rates.
fn rate(bytes: usize, secs: f64) -> String {
    if secs < 1e-4 {
        return "n/a (no time)".into();
    }
    format!("{:.1}", measure::mb_per_s(bytes, secs))
}

fn mb(kb: Option<u64>) -> String {
    kb.map_or("n/a".into(), |k| format!("{:.1} MB", k as f64 / 1024.0))
}

fn or_na(s: Option<String>) -> String {
    s.unwrap_or_else(|| "n/a".into())
}

/// "2026-11-23 14:05 UTC" from the system clock, for the report's date line only.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let d = Date::from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        d.year,
        d.month,
        d.day,
        rem / 3600,
        rem % 3600 / 60
    )
}

impl Report<'_> {
    fn stage(&self, s: Stage) -> Option<&StageTimes> {
        self.stage_times.iter().find(|t| t.stage == s)
    }

    fn markdown(&self) -> String {
        let mut md = String::new();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let under_load = self.conditions.under_load(cores);
        let overall = self.stage(Stage::Extract);
        let overall_med = overall.map_or(0.0, |t| median(&t.runs));
        let overall_best = overall.map_or(0.0, |t| min(&t.runs));
        let overall_cpu = overall.map_or(0.0, StageTimes::cpu_or_wall);
        let rate = measure::mb_per_s(self.bytes, overall_med);
        let rate_best = measure::mb_per_s(self.bytes, overall_best);
        let rate_cpu = measure::mb_per_s(self.bytes, overall_cpu);

        let _ = writeln!(md, "# Benchmarks\n");
        let _ = writeln!(
            md,
            "_Generated by `cargo run --release -p frontera-bench --bin bench-report` on {}. \
             Do not edit by hand: re-run the command (see [Re-running](#re-running))._\n",
            utc_now()
        );
        if cfg!(debug_assertions) {
            let _ = writeln!(
                md,
                "> **DEBUG BUILD: these figures are meaningless. Re-run with `--release`.**\n"
            );
        }
        if under_load {
            let _ = writeln!(
                md,
                "> **Taken under load.** Other processes competed for the CPUs while this ran \
                 (see [Conditions](#conditions)), so wall-clock figures understate what the \
                 code can do; the CPU-time column is the closer estimate. Re-run on a quiet \
                 machine for numbers to quote.\n"
            );
        }

        // ---- summary
        let _ = writeln!(md, "## Summary\n");
        let verdict = if rate_cpu >= TARGET_MB_S {
            "meets"
        } else {
            "is below"
        };
        let _ = writeln!(
            md,
            "Whole extraction (`frontera_core::extract`), one thread, {:.1} MB of generated news \
             text: **{rate_cpu:.1} MB/s counting the time on a CPU**; {rate:.1} MB/s median \
             wall-clock ({rate_best:.1} MB/s best run). This {verdict} the target of \
             {TARGET_MB_S:.0} MB/s on one core (issue 9). Median per-article latency {:.0} µs \
             of CPU time ({:.0} µs wall-clock) for a {:.1} kB article.\n",
            self.bytes as f64 / 1e6,
            median(&self.latencies.cpu),
            median(&self.latencies.wall),
            self.median_article_kb(),
        );
        if let Some(many) = self.stage(Stage::ExtractMany) {
            let many_cpu = measure::mb_per_s(self.bytes, many.cpu_or_wall());
            let _ = writeln!(
                md,
                "The same documents through `frontera_core::extract_many`, stage by stage over \
                 batches of {} (as the CLI and the import worker run them, same output): \
                 **{many_cpu:.1} MB/s** of CPU time.\n",
                frontera_core::BATCH
            );
        }
        self.robustness_note(&mut md);
        if let Some((stage, share)) = self.largest_share() {
            let _ = writeln!(
                md,
                "The largest share of the time goes to `{}` ({share:.0} %, see \
                 [Where the time goes](#where-the-time-goes)).\n",
                stage.name()
            );
        }

        self.throughput_table(&mut md, overall_med);
        self.where_time_goes(&mut md);
        self.latency_section(&mut md);
        self.seed_section(&mut md);
        self.curve_section(&mut md);
        self.explorer_section(&mut md);
        self.browser_section(&mut md);
        self.memory_section(&mut md);
        self.corpus_section(&mut md);
        self.machine_section(&mut md, cores, under_load);
        self.method_section(&mut md);
        md
    }

    fn robustness_note(&self, md: &mut String) {
        let mut ids: Vec<&str> = self.panicked.iter().map(String::as_str).collect();
        for id in &self.curve_panics {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        if ids.is_empty() {
            return;
        }
        let first = FIRST_PANIC
            .lock()
            .ok()
            .and_then(|f| f.clone())
            .unwrap_or_default()
            .replace('`', "'");
        let _ = writeln!(
            md,
            "> **Extraction panicked** on {} generated article(s): {}. Extraction must never \
             panic (ARCHITECTURE.md). Articles of the main corpus that panic are left out of \
             its timings; in the cost curve they are counted as they are. First panic: `{}`. \
             Reproduce with `frontera_bench::document(index, seed)` (ids are \
             `gen-<seed>-<index>`).\n",
            ids.len(),
            ids.iter().take(10).copied().collect::<Vec<_>>().join(", "),
            first
        );
    }

    /// The stage with the largest share of the summed stage times, and that share in %.
    fn largest_share(&self) -> Option<(Stage, f64)> {
        let parts: Vec<(Stage, f64)> = Stage::PARTS
            .iter()
            .filter_map(|&s| self.stage(s).map(|t| (s, t.cpu_or_wall())))
            .collect();
        let sum: f64 = parts.iter().map(|p| p.1).sum();
        let (stage, t) = parts.into_iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
        (sum > 0.0).then(|| (stage, t / sum * 100.0))
    }

    fn median_article_kb(&self) -> f64 {
        let sizes: Vec<f64> = self.docs.iter().map(|d| d.text.len() as f64).collect();
        median(&sizes) / 1000.0
    }

    fn throughput_table(&self, md: &mut String, overall_med: f64) {
        let _ = writeln!(md, "## Throughput\n");
        let _ = writeln!(
            md,
            "Each stage alone over the whole corpus ({:.1} MB, {} articles), its inputs \
             computed beforehand; {} runs. MB = 10^6 bytes of document text. Wall-clock \
             columns include time spent waiting while other processes ran; the CPU-time \
             column counts only the time this thread was on a CPU \
             (`CLOCK_THREAD_CPUTIME_ID`).\n",
            self.bytes as f64 / 1e6,
            self.docs.len(),
            self.args.runs
        );
        let _ = writeln!(
            md,
            "| Stage | Does | Median wall time | MB/s wall (median) | MB/s wall (best) | MB/s CPU time (median) | Items |"
        );
        let _ = writeln!(md, "|---|---|---:|---:|---:|---:|---:|");
        for t in &self.stage_times {
            let med = median(&t.runs);
            let cpu_rate = measure::mb_per_s(self.bytes, t.cpu_or_wall());
            let whole = matches!(t.stage, Stage::Extract | Stage::ExtractMany);
            let flag = if !whole && cpu_rate < SLOW_STAGE_MB_S {
                " ⚠"
            } else {
                ""
            };
            let name = if t.stage == Stage::Extract {
                format!("**{}**", t.stage.name())
            } else {
                format!("`{}`", t.stage.name())
            };
            let _ = writeln!(
                md,
                "| {name}{flag} | {} | {:.1} ms | {} | {} | {} | {} |",
                t.stage.what(),
                med * 1e3,
                rate(self.bytes, med),
                rate(self.bytes, min(&t.runs)),
                rate(self.bytes, t.cpu_or_wall()),
                thousands(t.items),
            );
        }
        let _ = writeln!(
            md,
            "\nItems: tokens for `text`, dates / entities / figures / quotes for the others, \
             all four for the whole pipeline. ⚠ marks a stage below {SLOW_STAGE_MB_S:.0} MB/s \
             (CPU time), which alone keeps the pipeline far under the target. Target for the \
             whole pipeline: {TARGET_MB_S:.0} MB/s; measured {:.1} MB/s wall-clock median.\n",
            measure::mb_per_s(self.bytes, overall_med)
        );
    }

    fn where_time_goes(&self, md: &mut String) {
        let _ = writeln!(md, "## Where the time goes\n");
        let parts: Vec<(Stage, f64)> = Stage::PARTS
            .iter()
            .filter_map(|&s| self.stage(s).map(|t| (s, t.cpu_or_wall())))
            .collect();
        let sum: f64 = parts.iter().map(|p| p.1).sum();
        if sum <= 0.0 {
            let _ = writeln!(md, "No stage took measurable time.\n");
            return;
        }
        let _ = writeln!(
            md,
            "Each stage's share of the summed stage medians (CPU time, {:.1} ms for the corpus). \
             No profiler: every stage is timed alone over the corpus, so this splits time by \
             stage, not by function.\n",
            sum * 1e3
        );
        let _ = writeln!(md, "| Stage | Share | µs per kB | |");
        let _ = writeln!(md, "|---|---:|---:|---|");
        for (s, t) in &parts {
            let share = t / sum * 100.0;
            let bar = "█".repeat((share / 2.5).round() as usize);
            let per_kb = t / (self.bytes as f64 / 1e3) * 1e6;
            let _ = writeln!(
                md,
                "| `{}` | {share:.1} % | {per_kb:.1} | {bar} |",
                s.name()
            );
        }
        let whole = self
            .stage(Stage::Extract)
            .map_or(0.0, StageTimes::cpu_or_wall);
        let other = whole - sum;
        let _ = writeln!(
            md,
            "\nThe whole pipeline took {:.1} ms against {:.1} ms for its stages timed apart: \
             a difference of {:+.1} ms ({:+.1} %), which is assembling the output (the id \
             copy, the sentence spans) plus cache effects and noise.\n",
            whole * 1e3,
            sum * 1e3,
            other * 1e3,
            other / sum * 100.0
        );
    }

    fn latency_section(&self, md: &mut String) {
        let _ = writeln!(md, "## Per-article latency\n");
        let _ = writeln!(
            md,
            "`frontera_core::extract` on one article, timed article by article in every run of \
             the whole pipeline ({} samples). Median article: {:.1} kB. Wall-clock tails on a \
             busy machine are mostly time spent descheduled; the CPU-time row is the code's.\n",
            self.latencies.wall.len(),
            self.median_article_kb()
        );
        let _ = writeln!(md, "| Clock | Median | p90 | p99 | Max |");
        let _ = writeln!(md, "|---|---:|---:|---:|---:|");
        for (name, l) in [
            ("CPU time", &self.latencies.cpu),
            ("wall-clock", &self.latencies.wall),
        ] {
            if l.is_empty() {
                continue;
            }
            let max = l.iter().copied().fold(0.0, f64::max);
            let _ = writeln!(
                md,
                "| {name} | {:.0} µs | {:.0} µs | {:.0} µs | {:.0} µs |",
                median(l),
                percentile(l, 90.0),
                percentile(l, 99.0),
                max
            );
        }
        let _ = writeln!(md);
    }

    fn seed_section(&self, md: &mut String) {
        let Some(sc) = &self.seeds else {
            return;
        };
        let _ = writeln!(md, "## Calibration: the real seed articles\n");
        let _ = writeln!(
            md,
            "The {} seed articles (real news, {:.1} kB together) timed the same way, repeated \
             {}× per run; CPU time, medians of {} runs. If real text costs much more per kB \
             than the generated corpus, the generator under-represents some costly pattern; \
             the synthetic figures above should then be read as optimistic.\n",
            sc.articles,
            sc.bytes as f64 / 1e3,
            sc.repeats,
            self.args.runs
        );
        let _ = writeln!(
            md,
            "| Stage | Seeds: MB/s | Seeds: µs per kB | Generated: µs per kB |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|");
        let total = (sc.bytes * sc.repeats) as f64;
        for &(stage, secs) in &sc.stages {
            let generated = self
                .stage(stage)
                .map_or(0.0, |t| t.cpu_or_wall() / (self.bytes as f64 / 1e3) * 1e6);
            let _ = writeln!(
                md,
                "| `{}` | {} | {:.1} | {:.1} |",
                stage.name(),
                rate(sc.bytes * sc.repeats, secs),
                secs / (total / 1e3) * 1e6,
                generated
            );
        }
        let whole_seed = sc
            .stages
            .iter()
            .find(|(s, _)| *s == Stage::Extract)
            .map_or(0.0, |&(_, secs)| secs / total);
        let whole_gen = self
            .stage(Stage::Extract)
            .map_or(0.0, |t| t.cpu_or_wall() / self.bytes as f64);
        if whole_seed > 0.0 && whole_gen > 0.0 {
            let ratio = whole_seed / whole_gen;
            let reading = if ratio <= 1.1 {
                "the generated corpus is at least as costly per byte, so its figures are not \
                 flattering"
            } else {
                "real text is costlier per byte, so the generated corpus flatters the extractor"
            };
            let _ = writeln!(
                md,
                "\nWhole pipeline: real text costs {ratio:.2}× the generated text per byte; \
                 {reading}."
            );
        }
        let _ = writeln!(md);
    }

    fn curve_section(&self, md: &mut String) {
        let _ = writeln!(md, "## Per-article cost by corpus size\n");
        let _ = writeln!(
            md,
            "Extraction only (the whole pipeline, one thread) over corpora of growing size from \
             the same seed (each a prefix of the next). A flat cost per article means no \
             stage grows with the corpus. Median of up to {} runs (fewer when one run passes \
             {} s).\n",
            self.args.runs,
            CURVE_RUN_BUDGET.as_secs()
        );
        let _ = writeln!(
            md,
            "| Articles | Text | Runs | Median wall time | Per article (CPU) | Per kB (CPU) | MB/s wall | MB/s CPU |"
        );
        let _ = writeln!(md, "|---:|---:|---:|---:|---:|---:|---:|---:|");
        for p in &self.curve {
            let t = median(&p.runs);
            let c = if !p.cpu.is_empty() && p.cpu.len() == p.runs.len() {
                median(&p.cpu)
            } else {
                t
            };
            let per_article = c / p.articles.max(1) as f64 * 1e6;
            let per_kb = c / (p.bytes.max(1) as f64 / 1e3) * 1e6;
            let _ = writeln!(
                md,
                "| {} | {:.1} MB | {} | {:.2} s | {:.0} µs | {:.1} µs | {} | {} |",
                thousands(p.articles),
                p.bytes as f64 / 1e6,
                p.runs.len(),
                t,
                per_article,
                per_kb,
                rate(p.bytes, t),
                rate(p.bytes, c),
            );
        }
        let _ = writeln!(md);
    }

    fn explorer_section(&self, md: &mut String) {
        let _ = writeln!(md, "## The explorer at scale\n");
        let _ = writeln!(
            md,
            "What the app computes when a person acts, natively, on the extractions of the \
             corpora above (`frontera_bench::explorer`). A **facet update** is a filter \
             toggled (the most and a middling mentioned person, organisation and place, and \
             the busiest year): matching articles, timeline events and the rows of all {} facets. A \
             **search** is one of {:?} typed with no filter: matching sentences with their \
             hits, then every facet's rows within them. CPU time of the thread; medians over \
             {} runs of every filter and query. The wasm build in Chromium runs the same code; \
             rendering comes on top.\n",
            frontera_corpus::Facet::ALL.len(),
            frontera_corpus::workload::QUERIES,
            self.args.runs
        );
        let _ = writeln!(
            md,
            "| Articles | Build corpus | Build search index | Facet update (median) | Facet update (p90) | Search (median) | Search (p90) |"
        );
        let _ = writeln!(md, "|---:|---:|---:|---:|---:|---:|---:|");
        for e in &self.explorer {
            let _ = writeln!(
                md,
                "| {} | {:.0} ms | {:.0} ms | {:.2} ms | {:.2} ms | {:.2} ms | {:.2} ms |",
                thousands(e.articles),
                e.build_ms,
                e.index_ms,
                median(&e.facet_update_ms),
                percentile(&e.facet_update_ms, 90.0),
                median(&e.search_ms),
                percentile(&e.search_ms, 90.0),
            );
        }
        let _ = writeln!(
            md,
            "\nTarget (issue 7 and 9): a search or facet update at 10,000 articles within 16 ms \
             median.\n"
        );
    }

    fn browser_section(&self, md: &mut String) {
        let _ = writeln!(md, "## In the browser (wasm, headless Chromium)\n");
        let bench = match &self.browser {
            None => {
                let _ = writeln!(md, "Skipped (`--no-browser`).\n");
                return;
            }
            Some(Err(why)) => {
                let _ = writeln!(md, "Not measured: {why}.\n");
                return;
            }
            Some(Ok(b)) => b,
        };
        let _ = writeln!(
            md,
            "The release build in `dist/` (size-optimised, `wasm-opt -Oz`) served under a \
             sub-path and opened in {} through chromedriver; the app's `fronteraBench` hook \
             (`src/app/bench.rs`) times, with `performance.now()` inside the page, the \
             extraction of every article and then the same facet updates and searches as \
             above (no rendering). Wall-clock on the page's thread; medians. Wasm memory is \
             the linear memory after the run (it never shrinks): its high-water mark here is \
             this run's, with the input copied into wasm and every extraction held at the \
             extractor's size until the corpus shrinks them; what the app keeps for 10,000 \
             articles is measured under *The page at 10,000 articles* below.\n",
            bench.browser
        );
        let _ = writeln!(
            md,
            "| Articles | Text | Extraction MB/s (median) | Build corpus | Build search index | Facet update (median) | Search (median) | Wasm memory |"
        );
        let _ = writeln!(md, "|---:|---:|---:|---:|---:|---:|---:|---:|");
        for r in &bench.runs {
            let _ = writeln!(
                md,
                "| {} | {:.1} MB | {} | {:.0} ms | {:.0} ms | {:.2} ms | {:.2} ms | {:.0} MB |",
                thousands(r.docs),
                r.bytes as f64 / 1e6,
                rate(r.bytes, median(&r.extract_ms) / 1e3),
                r.build_ms,
                r.index_ms,
                median(&r.facet_ms),
                median(&r.search_ms),
                r.wasm_memory_bytes as f64 / 1e6,
            );
        }
        let _ = writeln!(
            md,
            "\nTargets (issue 9): extraction in wasm at least 20 MB/s; a search or facet update \
             at 10,000 articles within 16 ms median; 10,000 articles in under 300 MB.\n"
        );
        md.push_str(&browser::page_markdown(bench));
    }

    fn memory_section(&self, md: &mut String) {
        let m = &self.memory;
        let _ = writeln!(md, "## Memory\n");
        let _ = writeln!(md, "| What | Resident |");
        let _ = writeln!(md, "|---|---:|");
        let _ = writeln!(
            md,
            "| Process after generating the corpus ({:.1} MB of text) | {} |",
            self.bytes as f64 / 1e6,
            mb(m.rss_corpus)
        );
        match (m.peak_extract, m.rss_before) {
            (Some(peak), Some(before)) => {
                let _ = writeln!(
                    md,
                    "| Peak (VmHWM) while extracting every article once, results dropped | {} |",
                    mb(Some(peak))
                );
                let _ = writeln!(
                    md,
                    "| Extraction working memory (that peak minus the resident set before it) | {} |",
                    mb(Some(peak.saturating_sub(before)))
                );
            }
            _ => {
                let _ = writeln!(
                    md,
                    "| Peak of the whole process (VmHWM; the peak could not be reset) | {} |",
                    mb(m.peak_process)
                );
            }
        }
        let _ = writeln!(
            md,
            "\nPeak resident set from `/proc/self/status` (VmHWM), reset before the pass \
             through `/proc/self/clear_refs`. Extraction holds one article's analysis at a \
             time, so its working memory should stay near the size of the largest article's \
             tokens and results, independent of the corpus size.\n"
        );
    }

    fn corpus_section(&self, md: &mut String) {
        let t = &self.totals;
        let per_mb = |n: usize| n as f64 / (self.bytes as f64 / 1e6);
        let _ = writeln!(md, "## Corpus\n");
        let _ = writeln!(
            md,
            "Generated by `frontera_bench::generate_at_least({}, {})` in {:.2} s: {} articles, \
             {:.1} MB, {} tokens; {} of the articles carry a publication date, the others \
             leave it to inference. Synthetic news about the Mexican drug war and U.S.–Mexico \
             security (2006–2012) built from templates and vocabularies (no seed text), so \
             absolute figures depend on how much the generator's sentences resemble real \
             news; compare runs of this report with each other, not with other corpora.\n",
            (self.args.min_mb * 1e6) as usize,
            self.args.seed,
            self.gen_secs,
            thousands(t.articles),
            self.bytes as f64 / 1e6,
            thousands(self.tokens),
            thousands(self.docs.iter().filter(|d| d.date.is_some()).count()),
        );
        let _ = writeln!(md, "| Extracted | Total | Per MB |");
        let _ = writeln!(md, "|---|---:|---:|");
        for (name, n) in [
            ("sentences", t.sentences),
            ("entities", t.entities),
            ("entity mentions", t.mentions),
            ("dates (timex)", t.timex),
            ("figures (quantities)", t.quantities),
            ("quotes", t.quotes),
            ("documents with a date (given or inferred)", t.dated),
        ] {
            let _ = writeln!(md, "| {name} | {} | {:.0} |", thousands(n), per_mb(n));
        }
        let _ = writeln!(md);
    }

    fn machine_section(&self, md: &mut String, cores: usize, under_load: bool) {
        let c = &self.conditions;
        let _ = writeln!(md, "## Machine\n");
        let _ = writeln!(md, "| | |");
        let _ = writeln!(md, "|---|---|");
        let _ = writeln!(md, "| CPU | {} |", or_na(measure::cpu_model()));
        let _ = writeln!(md, "| Cores (available to this process) | {cores} |");
        let _ = writeln!(
            md,
            "| Memory | {} |",
            measure::total_memory_kb().map_or("n/a".into(), |k| format!(
                "{:.1} GiB",
                k as f64 / 1024.0 / 1024.0
            ))
        );
        let _ = writeln!(md, "| Kernel | {} |", or_na(measure::kernel_release()));
        let _ = writeln!(
            md,
            "| Compiler (built with) | {} |",
            env!("FRONTERA_BENCH_RUSTC")
        );
        let _ = writeln!(
            md,
            "| Profile | {} |",
            if cfg!(debug_assertions) {
                "debug (meaningless)"
            } else {
                "release (workspace profile: opt-level 3, LTO, 1 codegen unit)"
            }
        );
        // Uncommitted changes to the code make the commit alone an incomplete description;
        // BENCHMARKS.md itself does not count.
        let dirty = std::process::Command::new("git")
            .args([
                "status",
                "--porcelain",
                "--",
                ":/",
                ":(top,exclude)BENCHMARKS.md",
            ])
            .output()
            .ok()
            .is_some_and(|o| o.status.success() && !o.stdout.is_empty());
        let commit = or_na(measure::command_line(
            "git",
            &["rev-parse", "--short", "HEAD"],
        ));
        let note = if dirty {
            " with uncommitted changes"
        } else {
            ""
        };
        let _ = writeln!(md, "| Commit | {commit}{note} |");
        let _ = writeln!(md, "| Threads used | 1 |");
        let _ = writeln!(md);

        let _ = writeln!(md, "## Conditions\n");
        let fmt_load = |l: Option<f64>| l.map_or("n/a".into(), |l| format!("{l:.2}"));
        let _ = writeln!(
            md,
            "- 1-minute load average: {} before, {} after (on {cores} cores).",
            fmt_load(c.load_start),
            fmt_load(c.load_end)
        );
        match c.sched {
            Some(s) => {
                let _ = writeln!(
                    md,
                    "- While timing, this thread ran {:.1} s on a CPU and waited {:.1} s for one \
                     ({:.1} % of its runnable time lost to other processes; from \
                     `/proc/thread-self/schedstat`).",
                    s.run_ns as f64 / 1e9,
                    s.wait_ns as f64 / 1e9,
                    s.wait_share() * 100.0
                );
            }
            None => {
                let _ = writeln!(md, "- Run-queue wait: not available on this system.");
            }
        }
        let _ = writeln!(
            md,
            "- Verdict: {}.\n",
            if under_load {
                "**under load** (wait above 2 % or load average at least half the cores before \
                 the run): treat the figures as lower bounds"
            } else {
                "quiet enough (wait below 2 %, low load average)"
            }
        );
    }

    fn method_section(&self, md: &mut String) {
        let _ = writeln!(md, "## Method\n");
        let _ = writeln!(
            md,
            "- Corpus: generated in memory from a fixed seed ({}); no file or network I/O is \
               timed. Throughput is bytes of document text (UTF-8) per second, MB = 10^6 bytes.\n\
             - One warm-up pass of the whole pipeline over the corpus (it also gives the \
               memory peak and the counts above), then {} runs. In each run, the whole \
               pipeline and then each stage alone are timed over the whole corpus in turn \
               (round robin, so that load changes hit all of them alike). Stage inputs \
               (tokenisation, dates, entities) are computed once beforehand, as `extract` \
               would pass them. Results are dropped inside the timed loop, as in real use.\n\
             - Reported: the median and the best run by wall-clock time, and the median by \
               CPU time (this thread's on-CPU time, `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`). On a \
               busy machine the CPU-time figure is the better estimate of the code's speed, \
               though still pessimistic: a process on the other hyperthread of the same core \
               or thrashing the shared caches slows the code without taking its CPU, and on a \
               virtual machine time stolen by the hypervisor may count as CPU time. On a \
               quiet machine all three agree.\n\
             - Per-article latency: each article's `extract` call timed on its own (wall clock \
               and thread CPU time) inside the whole-pipeline runs.\n\
             - Single thread throughout; `std::hint::black_box` keeps results from being \
               optimised away.\n\
             - For quick before/after comparisons of one stage while optimising, use the \
               criterion benches: `cargo bench -p frontera-bench` (a 1 MB corpus, MB/s per \
               stage; `-- entities` for one stage).\n\
             - To find where a stage spends its time: build the benches with symbols \
               (`CARGO_PROFILE_BENCH_DEBUG=true cargo bench -p frontera-bench --no-run`), then \
               `perf record -g <the printed bench executable> --bench --profile-time 8 \
               'corpus_1MB/entities$'` and `perf report`.\n",
            self.args.seed, self.args.runs
        );
        let _ = writeln!(md, "## Re-running\n");
        let _ = writeln!(
            md,
            "```sh\n\
             cargo run --release -p frontera-bench --bin bench-report            # writes BENCHMARKS.md\n\
             cargo run --release -p frontera-bench --bin bench-report -- --runs 9 # more runs\n\
             cargo run --release -p frontera-bench --bin bench-report -- --quick --stdout  # smoke test\n\
             ```\n\n\
             Takes a few minutes (the 50,000-article point generates ~200 MB of text). For \
             figures to quote, run it when nothing else is compiling: the Conditions section \
             says whether it was quiet."
        );
    }
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let head = match s.len() % 3 {
        0 => 3.min(s.len()),
        r => r,
    };
    let mut out = s[..head].to_string();
    for group in s.as_bytes()[head..].chunks(3) {
        out.push(',');
        out.extend(group.iter().map(|&b| char::from(b)));
    }
    out
}
