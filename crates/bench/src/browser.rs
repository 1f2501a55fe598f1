//! The wasm build timed in headless Chromium: `bench-report` serves `dist/` (built by
//! `trunk build --release --offline`) with generated corpora beside it, opens it through
//! chromedriver and calls the app's `fronteraBench` hook (`src/app/bench.rs`), which
//! times extraction and the explorer's interactions with `performance.now()` inside the
//! page. Reuses the end-to-end tests' std-only WebDriver client.

use std::path::Path;

use frontera_core::Document;
use serde_json::Value;

#[allow(dead_code)] // the tests' client; the benchmark uses part of it
#[path = "../../../tests/support/webdriver.rs"]
mod webdriver;

/// One call of the hook, in milliseconds of `performance.now()`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrowserRun {
    pub docs: usize,
    pub bytes: usize,
    /// Extraction of every article, one total per run.
    pub extract_ms: Vec<f64>,
    pub build_ms: f64,
    pub index_ms: f64,
    pub facet_ms: Vec<f64>,
    pub search_ms: Vec<f64>,
    pub wasm_memory_bytes: u64,
}

/// The browser's version line, and one run per corpus (in the order given).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrowserBench {
    pub browser: String,
    pub runs: Vec<BrowserRun>,
}

/// Time each corpus in Chromium, with its number of runs. `Err` says why it could not run (no `dist/`, no
/// chromedriver, a failing page); the report then says so instead of giving figures.
pub fn run(root: &Path, corpora: &[(&[Document], usize)]) -> Result<BrowserBench, String> {
    let dist = root.join("dist");
    if !dist.join("index.html").is_file() {
        return Err("no dist/: build the app first (`trunk build --release --offline`)".into());
    }
    let version = std::process::Command::new("chromium")
        .arg("--version")
        .output()
        .map_err(|e| format!("chromium not found ({e}): scripts/install-tools --browser"))?;
    let browser = String::from_utf8_lossy(&version.stdout).trim().to_owned();
    // A copy of dist/ with the corpora beside it, served under a sub-path as in production.
    let www = std::env::temp_dir().join(format!("frontera-bench-www-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&www);
    copy_dir(&dist, &www).map_err(|e| format!("copying dist/: {e}"))?;
    for (i, (docs, _)) in corpora.iter().enumerate() {
        let mut jsonl = String::new();
        for d in docs.iter() {
            jsonl.push_str(&serde_json::to_string(d).map_err(|e| e.to_string())?);
            jsonl.push('\n');
        }
        std::fs::write(www.join(format!("bench-{i}.json")), jsonl).map_err(|e| e.to_string())?;
    }
    let result = std::panic::catch_unwind(|| {
        let base = webdriver::serve_dir(www.clone(), "frontera");
        let driver = webdriver::Driver::start();
        let session = webdriver::Session::new(&driver, 1280, 800);
        session.set_script_timeout(1800);
        session.goto(&base);
        session.wait_for(
            "the app's benchmark hook",
            "return !!(window.wasmBindings && window.wasmBindings.fronteraBench)",
            60,
        );
        corpora
            .iter()
            .enumerate()
            .map(|(i, &(_, runs))| {
                let script = format!(
                    "const done = arguments[arguments.length - 1];
                     fetch('bench-{i}.json').then(r => r.text())
                       .then(t => done(window.wasmBindings.fronteraBench(t, {runs})))
                       .catch(e => done('error: ' + e));"
                );
                session.js_async(&script)
            })
            .collect::<Vec<Value>>()
    });
    let _ = std::fs::remove_dir_all(&www);
    let answers =
        result.map_err(|_| "the browser run failed (see the message above)".to_owned())?;
    let runs = answers
        .iter()
        .map(|a| parse(a.as_str().unwrap_or("")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(BrowserBench { browser, runs })
}

fn parse(answer: &str) -> Result<BrowserRun, String> {
    let v: Value = serde_json::from_str(answer).map_err(|_| format!("the page said: {answer}"))?;
    let list = |k: &str| -> Vec<f64> {
        v[k].as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default()
    };
    Ok(BrowserRun {
        docs: v["docs"].as_u64().unwrap_or(0) as usize,
        bytes: v["bytes"].as_u64().unwrap_or(0) as usize,
        extract_ms: list("extract_ms"),
        build_ms: v["build_ms"].as_f64().unwrap_or(0.0),
        index_ms: v["index_ms"].as_f64().unwrap_or(0.0),
        facet_ms: list("facet_ms"),
        search_ms: list("search_ms"),
        wasm_memory_bytes: v["wasm_memory_bytes"].as_u64().unwrap_or(0),
    })
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
