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

/// One load of the page, in milliseconds since navigation start (`performance` marks set
/// by the app, see `src/app/mod.rs`, and the resource timing of its files).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FirstRender {
    /// Storage and HTTP cache cleared before the load (a first visit); else a repeat visit.
    pub cold: bool,
    /// index.html received.
    pub html_ms: f64,
    /// The app's wasm downloaded (response end).
    pub wasm_fetched_ms: f64,
    /// The wasm compiled and instantiated: the app's `main` starts.
    pub start_ms: f64,
    pub extract_start_ms: f64,
    pub extract_end_ms: f64,
    /// The full render committed to the DOM (the app's effect after it).
    pub ready_ms: f64,
    /// The frame after it painted: what a person sees.
    pub painted_ms: f64,
    /// Long animation frames (over 50 ms) until then: the longest, and the forced style and
    /// layout from script in all of them.
    pub longest_frame_ms: f64,
    pub forced_layout_ms: f64,
    /// Each seed's extraction (ms, comma-separated, from the page's footer).
    pub doc_ms: String,
    /// Each long frame's scripts, for reading: "invoker 12 ms (forced 3 ms)".
    pub frames: Vec<String>,
}

/// The mounted app holding a large corpus: loading it, its memory, and interactions timed
/// up to the painted frame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageRun {
    pub docs: usize,
    /// From adding the articles to the app until their render is painted, extraction apart.
    pub add_ms: f64,
    pub wasm_memory_bytes: u64,
    /// The page's JS heap after a garbage collection.
    pub js_heap_bytes: u64,
    /// Per interaction: dispatch until the DOM is updated (Yew's render included), until
    /// style and layout are done too, and until the next frame is painted.
    pub facet: Vec<Interaction>,
    pub search: Vec<Interaction>,
    /// The first search, which builds the search index.
    pub first_search_ms: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Interaction {
    pub dom_ms: f64,
    pub layout_ms: f64,
    pub painted_ms: f64,
}

/// The browser's version line, and one run per corpus (in the order given).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrowserBench {
    pub browser: String,
    pub runs: Vec<BrowserRun>,
    pub first_render: Vec<FirstRender>,
    pub page: Option<PageRun>,
}

/// What to measure besides the hook's computation-only runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct PageOptions<'a> {
    /// Loads of the page for the first-render breakdown: first visits, then repeat visits.
    pub cold_loads: usize,
    pub warm_loads: usize,
    /// Articles to add to the mounted app, and rounds of each interaction on them.
    pub corpus: Option<(&'a [Document], usize)>,
}

/// Time each corpus in Chromium, with its number of runs. `Err` says why it could not run (no `dist/`, no
/// chromedriver, a failing page); the report then says so instead of giving figures.
pub fn run(
    root: &Path,
    corpora: &[(&[Document], usize)],
    page: PageOptions,
) -> Result<BrowserBench, String> {
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
    let write_jsonl = |name: String, docs: &[Document]| -> Result<(), String> {
        let mut jsonl = String::new();
        for d in docs {
            jsonl.push_str(&serde_json::to_string(d).map_err(|e| e.to_string())?);
            jsonl.push('\n');
        }
        std::fs::write(www.join(name), jsonl).map_err(|e| e.to_string())
    };
    for (i, (docs, _)) in corpora.iter().enumerate() {
        write_jsonl(format!("bench-{i}.json"), docs)?;
    }
    if let Some((docs, _)) = page.corpus {
        write_jsonl("bench-page.json".into(), docs)?;
    }
    let result = std::panic::catch_unwind(|| {
        let base = webdriver::serve_dir(www.clone(), "frontera");
        let driver = webdriver::Driver::start();
        let session = webdriver::Session::new(&driver, 1280, 800);
        session.set_script_timeout(1800);
        let origin = base
            .trim_end_matches('/')
            .trim_end_matches("/frontera")
            .to_owned();
        let mut renders = Vec::new();
        for i in 0..page.cold_loads + page.warm_loads {
            let cold = i < page.cold_loads;
            renders.push(load_page(&session, &base, &origin, cold));
        }
        let page_run = page.corpus.map(|(_, rounds)| {
            session.goto(&base);
            wait_ready(&session);
            page_at_scale(&session, rounds)
        });
        session.goto(&base);
        wait_ready(&session);
        let runs = corpora
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
            .collect::<Vec<Value>>();
        (runs, renders, page_run)
    });
    let _ = std::fs::remove_dir_all(&www);
    let (answers, renders, page_run) =
        result.map_err(|_| "the browser run failed (see the message above)".to_owned())?;
    let runs = answers
        .iter()
        .map(|a| parse(a.as_str().unwrap_or("")))
        .collect::<Result<Vec<_>, _>>()?;
    let first_render = renders
        .iter()
        .map(|(cold, v)| parse_render(*cold, v.as_str().unwrap_or("")))
        .collect::<Result<Vec<_>, _>>()?;
    let page = page_run
        .map(|v| parse_page(v.as_str().unwrap_or("")))
        .transpose()?;
    Ok(BrowserBench {
        browser,
        runs,
        first_render,
        page,
    })
}

fn wait_ready(session: &webdriver::Session) {
    session.wait_for(
        "the app's first full render",
        "return performance.getEntriesByName('frontera:painted').length > 0 \
         && !!(window.wasmBindings && window.wasmBindings.fronteraBench)",
        60,
    );
}

/// Open the page afresh and read its first-render breakdown.
fn load_page(session: &webdriver::Session, base: &str, origin: &str, cold: bool) -> (bool, Value) {
    session.goto("about:blank");
    if cold {
        session.cdp("Network.enable", serde_json::json!({}));
        session.cdp("Network.clearBrowserCache", serde_json::json!({}));
        session.cdp(
            "Storage.clearDataForOrigin",
            serde_json::json!({ "origin": origin, "storageTypes": "all" }),
        );
    }
    let traced = std::env::var_os("FRONTERA_TRACE").is_some();
    session.goto(&if traced {
        format!("{base}?trace")
    } else {
        base.to_owned()
    });
    wait_ready(session);
    if traced {
        eprintln!(
            "first render: {}",
            session.js("return window.wasmBindings.fronteraBenchTrace(false)")
        );
    }
    (cold, session.js_async(FIRST_RENDER_JS))
}

/// Reads the marks, the app's files' resource timing and the long animation frames.
const FIRST_RENDER_JS: &str = r#"
const done = arguments[arguments.length - 1];
const buffered = (type) => new Promise((resolve) => {
  const out = [];
  try {
    const o = new PerformanceObserver((l) => out.push(...l.getEntries()));
    o.observe({ type, buffered: true });
    setTimeout(() => { o.disconnect(); resolve(out); }, 100);
  } catch (e) { resolve(out); }
});
buffered('long-animation-frame').then((loafs) => {
  const mark = (n) => (performance.getEntriesByName(n)[0] || {}).startTime || 0;
  const nav = performance.getEntriesByType('navigation')[0] || {};
  const wasm = performance.getEntriesByType('resource')
    .filter((r) => /frontera-app-.*\.wasm$/.test(r.name));
  const painted = mark('frontera:painted');
  const frames = loafs.filter((f) => f.startTime < painted);
  done(JSON.stringify({
    html_ms: nav.responseEnd || 0,
    wasm_fetched_ms: wasm.length ? wasm[0].responseEnd : 0,
    wasm_fetches: wasm.length,
    start_ms: mark('frontera:start'),
    extract_start_ms: mark('frontera:extract-start'),
    extract_end_ms: mark('frontera:extract-end'),
    ready_ms: mark('frontera:ready'),
    painted_ms: painted,
    doc_ms: ((document.querySelector('#timing') || {}).dataset || {}).docMs || '',
    frames: frames.map((f) => ({
      start: f.startTime, duration: f.duration,
      forced: f.scripts.reduce((a, s) => a + (s.forcedStyleAndLayoutDuration || 0), 0),
      style_layout: f.duration - ((f.styleAndLayoutStart || f.startTime + f.duration) - f.startTime),
      scripts: f.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)} ms (forced ${Math.round(s.forcedStyleAndLayoutDuration)} ms)`),
    })),
  }));
});
"#;

/// Add the articles of `bench-page.json` to the mounted app, then time each interaction
/// `rounds` times: dispatch, the DOM updated (Yew renders on the next microtask), style and
/// layout forced, and the next frame painted (a task posted from its frame callback). One
/// script call per step, each well within the driver's read timeout.
fn page_at_scale(session: &webdriver::Session, rounds: usize) -> Value {
    session.js(PAGE_JS);
    let call = |what: &str| -> Value {
        let v = session.js_async(&format!(
            "const done = arguments[arguments.length - 1];
             {what}.then((v) => done(JSON.stringify(v))).catch((e) => done('error: ' + e));"
        ));
        let text = v.as_str().unwrap_or("null").to_owned();
        if std::env::var_os("FRONTERA_TRACE").is_some() {
            eprintln!("{what}: {text}");
        }
        serde_json::from_str(&text).unwrap_or_else(|_| {
            eprintln!("page-bench: {what} said {text}");
            Value::Null
        })
    };
    let info = call("window.__fbLoad()");
    let want = info["want"].as_u64().unwrap_or(0);
    session.wait_for(
        "the added articles in the app",
        &format!("return JSON.parse(window.wasmBindings.fronteraBenchMemory()).articles >= {want}"),
        1200,
    );
    let added = call("window.__fbPainted()");
    let add_ms = added["now"].as_f64().unwrap_or(0.0) - info["t0"].as_f64().unwrap_or(0.0);
    std::thread::sleep(std::time::Duration::from_millis(500));
    if let Some(dir) = std::env::var_os("FRONTERA_SHOTS") {
        shots(session, std::path::Path::new(&dir));
    }
    if std::env::var_os("FRONTERA_TRACE").is_some() {
        let nodes = session.js(ELEMENTS_JS);
        eprintln!("elements: {nodes}");
        let t = session.js("const t = performance.now(); document.body.style.width = '1000px'; void document.body.offsetHeight; document.body.style.width = ''; void document.body.offsetHeight; return performance.now() - t;");
        eprintln!("two forced relayouts: {t} ms");
    }
    let first_search = call("window.__fbTime('search', 0)");
    call("window.__fbTime('unsearch', 0)");
    let filters = session.js("return window.wasmBindings.fronteraBenchFilters()");
    let filters = filters.as_u64().unwrap_or(0);
    let (mut facet, mut search) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for i in 0..filters {
            facet.push(call(&format!("window.__fbTime('facet', {i})"))); // on
            facet.push(call(&format!("window.__fbTime('facet', {i})"))); // and off again
        }
        for q in 0..6 {
            search.push(call(&format!("window.__fbTime('search', {q})")));
        }
        call("window.__fbTime('unsearch', 0)");
    }
    // A garbage collection, then the heap: what the page keeps, not what it once held.
    session.cdp("HeapProfiler.enable", serde_json::json!({}));
    session.cdp("HeapProfiler.collectGarbage", serde_json::json!({}));
    let heap = session.cdp("Runtime.getHeapUsage", serde_json::json!({}));
    let mem: Value = serde_json::from_str(
        session
            .js("return window.wasmBindings.fronteraBenchMemory()")
            .as_str()
            .unwrap_or("null"),
    )
    .unwrap_or(Value::Null);
    let v = serde_json::json!({
        "docs": info["docs"], "extract_ms": info["extract_ms"], "add_ms": add_ms,
        "first_search_ms": first_search["painted_ms"],
        "wasm_memory_bytes": mem["wasm_bytes"], "js_heap_bytes": heap["usedSize"],
        "facet": facet, "search": search,
    });
    Value::String(v.to_string())
}

/// With `FRONTERA_SHOTS=DIR`: pictures of the timeline and the co-occurrence holding the
/// whole corpus, at the desktop width and at a phone's (390 px, emulated through the
/// DevTools protocol), as `DIR/page-{desktop,phone}-{timeline,cooccur}.png`.
fn shots(session: &webdriver::Session, dir: &std::path::Path) {
    let _ = std::fs::create_dir_all(dir);
    let pause = || std::thread::sleep(std::time::Duration::from_millis(800));
    for name in ["desktop", "phone"] {
        if name == "phone" {
            session.cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}),
            );
            pause();
        }
        for (css, part) in [(".timeline-pane", "timeline"), ("#cooccur", "cooccur")] {
            session.js(&format!(
                "const el = document.querySelector('{css}'); if (el) el.scrollIntoView({{block: 'start'}}); return true;"
            ));
            pause();
            session.screenshot(&dir.join(format!("page-{name}-{part}.png")));
        }
    }
    session.cdp(
        "Emulation.clearDeviceMetricsOverride",
        serde_json::json!({}),
    );
    session.js("window.scrollTo(0, 0); return true;");
    pause();
}

/// Elements per part of the page (diagnostics with `FRONTERA_TRACE`).
const ELEMENTS_JS: &str = "const c = (s) => [...document.querySelectorAll(s)].reduce((n, e) => n + e.getElementsByTagName('*').length, 0);
    return { all: document.getElementsByTagName('*').length, facets: c('#facets'), timeline: c('.timeline-pane'),
      reader: c('.reader-pane'), import: c('#import'), figures: c('#figures'), cooccur: c('#cooccur'), content: c('.content') };";

const PAGE_JS: &str = r#"
const B = window.wasmBindings;
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
window.__fbLoad = async () => {
  let lines = (await (await fetch('bench-page.json')).text()).split('\n').filter((l) => l);
  const n0 = JSON.parse(B.fronteraBenchMemory()).articles;
  const info = JSON.parse(B.fronteraBenchLoad(lines));
  return { docs: info.docs, extract_ms: info.extract_ms, want: n0 + info.docs, t0: performance.now() };
};
window.__fbPainted = async () => { await painted(); return { now: performance.now() }; };
window.__fbTime = async (kind, arg) => {
  const before = B.fronteraBenchRenders();
  B.fronteraBenchTrace(true);
  const t0 = performance.now();
  if (!B.fronteraBenchAct(kind, arg)) throw new Error(`no ${kind} ${arg}`);
  const ta = performance.now();
  await new Promise((r) => queueMicrotask(r));
  let t1 = performance.now();
  while (B.fronteraBenchRenders() === before) { await sleep(0); t1 = performance.now(); }
  void document.body.offsetHeight;
  const t2 = performance.now();
  await painted();
  const t3 = performance.now();
  const trace = JSON.parse(B.fronteraBenchTrace(false));
  return { dom_ms: t1 - t0, layout_ms: t2 - t0, painted_ms: t3 - t0, act_ms: ta - t0, trace };
};
return true;
"#;

fn parse_render(cold: bool, answer: &str) -> Result<FirstRender, String> {
    let v: Value = serde_json::from_str(answer).map_err(|_| format!("the page said: {answer}"))?;
    let f = |k: &str| v[k].as_f64().unwrap_or(0.0);
    let frames = v["frames"].as_array().cloned().unwrap_or_default();
    let fr = |x: &Value, k: &str| x[k].as_f64().unwrap_or(0.0);
    Ok(FirstRender {
        cold,
        html_ms: f("html_ms"),
        wasm_fetched_ms: f("wasm_fetched_ms"),
        start_ms: f("start_ms"),
        extract_start_ms: f("extract_start_ms"),
        extract_end_ms: f("extract_end_ms"),
        ready_ms: f("ready_ms"),
        painted_ms: f("painted_ms"),
        longest_frame_ms: frames.iter().map(|x| fr(x, "duration")).fold(0.0, f64::max),
        forced_layout_ms: frames.iter().map(|x| fr(x, "forced")).sum(),
        doc_ms: v["doc_ms"].as_str().unwrap_or("").to_owned(),
        frames: frames
            .iter()
            .map(|x| {
                format!(
                    "{:.0} ms at {:.0}: {}",
                    fr(x, "duration"),
                    fr(x, "start"),
                    x["scripts"]
                        .as_array()
                        .map(|s| s
                            .iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("; "))
                        .unwrap_or_default()
                )
            })
            .collect(),
    })
}

fn parse_page(answer: &str) -> Result<PageRun, String> {
    let v: Value = serde_json::from_str(answer).map_err(|_| format!("the page said: {answer}"))?;
    let list = |k: &str| -> Vec<Interaction> {
        v[k].as_array()
            .map(|a| {
                a.iter()
                    .map(|x| Interaction {
                        dom_ms: x["dom_ms"].as_f64().unwrap_or(0.0),
                        layout_ms: x["layout_ms"].as_f64().unwrap_or(0.0),
                        painted_ms: x["painted_ms"].as_f64().unwrap_or(0.0),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(PageRun {
        docs: v["docs"].as_u64().unwrap_or(0) as usize,
        add_ms: v["add_ms"].as_f64().unwrap_or(0.0),
        wasm_memory_bytes: v["wasm_memory_bytes"].as_u64().unwrap_or(0),
        js_heap_bytes: v["js_heap_bytes"].as_u64().unwrap_or(0),
        facet: list("facet"),
        search: list("search"),
        first_search_ms: v["first_search_ms"].as_f64().unwrap_or(0.0),
    })
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

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The first-render breakdown and the page at scale as Markdown (for `bench-report`).
pub fn page_markdown(b: &BrowserBench) -> String {
    use std::fmt::Write;
    let mut md = String::new();
    if !b.first_render.is_empty() {
        let _ = writeln!(
            md,
            "### First render of the seed articles\n\n\
             Each load opens the page afresh; first visits have the HTTP cache, the service \
             worker and storage cleared (through the DevTools protocol), repeat visits do not. \
             Milliseconds since navigation start, from the app's `performance` marks \
             (`frontera:*`, `src/app/mod.rs`) and the wasm's resource timing; medians. \
             *Painted* is the frame after the full render (what a person sees); long frames \
             are the `long-animation-frame` entries (over 50 ms) until then, and their forced \
             style and layout from script.\n"
        );
        let _ = writeln!(
            md,
            "| Visit | Loads | HTML | Wasm downloaded | `main` starts | Extraction | Full render in the DOM | **Painted** | Longest frame | Forced layout |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for cold in [true, false] {
            let runs: Vec<&FirstRender> =
                b.first_render.iter().filter(|r| r.cold == cold).collect();
            if runs.is_empty() {
                continue;
            }
            let m = |f: &dyn Fn(&FirstRender) -> f64| {
                median(&mut runs.iter().map(|r| f(r)).collect::<Vec<_>>())
            };
            let _ = writeln!(
                md,
                "| {} | {} | {:.0} | {:.0} | {:.0} | {:.0}–{:.0} | {:.0} | **{:.0}** | {:.0} | {:.0} |",
                if cold { "first" } else { "repeat" },
                runs.len(),
                m(&|r| r.html_ms),
                m(&|r| r.wasm_fetched_ms),
                m(&|r| r.start_ms),
                m(&|r| r.extract_start_ms),
                m(&|r| r.extract_end_ms),
                m(&|r| r.ready_ms),
                m(&|r| r.painted_ms),
                m(&|r| r.longest_frame_ms),
                m(&|r| r.forced_layout_ms),
            );
        }
        let _ = writeln!(
            md,
            "\nTarget (issue 9): the first full render of the seed articles within 300 ms of \
             navigation start.\n"
        );
    }
    if let Some(p) = &b.page {
        let ms = |v: &[Interaction], f: fn(&Interaction) -> f64| {
            median(&mut v.iter().map(f).collect::<Vec<_>>())
        };
        let _ = writeln!(
            md,
            "### The page at {} articles\n\n\
             The articles are extracted in the page and added to the mounted app as an import \
             adds them (`fronteraBenchLoad`); then each interaction is dispatched to the app \
             as a click or keystroke would (`fronteraBenchAct`: every sample filter toggled on \
             and off, each query typed and cleared) and timed from the dispatch until Yew's \
             render is in the DOM, until style and layout are done (forced by reading \
             `offsetHeight`), and until the next frame is painted (a task posted from its \
             `requestAnimationFrame`, so it includes waiting for that frame, up to 16.7 ms \
             at 60 Hz). Medians over {} facet toggles and {} searches.\n",
            thousands(p.docs),
            p.facet.len(),
            p.search.len()
        );
        let _ = writeln!(
            md,
            "| Interaction | Render in the DOM | + style and layout | Next frame painted |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|");
        for (what, v) in [("Facet toggle", &p.facet), ("Search", &p.search)] {
            let _ = writeln!(
                md,
                "| {what} | {:.1} ms | **{:.1} ms** | {:.1} ms |",
                ms(v, |i| i.dom_ms),
                ms(v, |i| i.layout_ms),
                ms(v, |i| i.painted_ms),
            );
        }
        let _ = writeln!(
            md,
            "\nAdding the articles to the app until painted: {:.0} ms (extraction apart); the \
             first search, which builds the search index: {:.0} ms. Memory of the page holding \
             them: wasm {:.0} MB + JS heap {:.0} MB (after a garbage collection) = **{:.0} MB** \
             (target: under 300 MB).\n",
            p.add_ms,
            p.first_search_ms,
            p.wasm_memory_bytes as f64 / 1e6,
            p.js_heap_bytes as f64 / 1e6,
            (p.wasm_memory_bytes + p.js_heap_bytes) as f64 / 1e6,
        );
    }
    md
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
