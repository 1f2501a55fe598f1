//! The benchmark hook: `window.wasmBindings.fronteraBench(jsonl, runs)`, called by
//! `bench-report` through WebDriver (never by the UI). It times this very wasm build with
//! `performance.now()`: extraction throughput over the given JSON Lines articles, then
//! the explorer's interactions on them (`frontera_corpus::workload`, the same ones the
//! native benchmark times). Rendering is not included there; the page-level hooks below
//! (`fronteraBenchLoad`, `fronteraBenchAct`, `fronteraBenchRenders`, `fronteraBenchMemory`)
//! drive the mounted app itself, so the caller can time an interaction up to the painted
//! frame and read the memory of an app holding a large corpus.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use frontera_core::input::parse_line;
use frontera_corpus::search::WordIndex;
use frontera_corpus::workload::{facet_update, sample_filters, search_update, QUERIES};
use frontera_corpus::{Corpus, Filter};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use yew::UseReducerDispatcher;

use super::now_ms;
use super::state::{Action, State};

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
    to_json(&BenchReport {
        docs: corpus.articles.len(),
        bytes,
        extract_ms,
        build_ms,
        index_ms,
        facet_ms,
        search_ms,
        results: sink,
        // The wasm linear memory now (it only grows): corpus, index and extractions.
        wasm_memory_bytes: core::arch::wasm32::memory_size(0) * 65536,
    })
}

/// [`bench`]'s answer.
#[derive(Serialize)]
struct BenchReport {
    docs: usize,
    bytes: usize,
    extract_ms: Vec<f64>,
    build_ms: f64,
    index_ms: f64,
    facet_ms: Vec<f64>,
    search_ms: Vec<f64>,
    results: usize,
    wasm_memory_bytes: usize,
}

/// The hooks' answers as JSON, through derived `Serialize` rather than `json!` (whose
/// `Value` machinery the app's wasm then need not carry).
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

// ---- Page-level hooks: the real app, with its rendering ----

thread_local! {
    /// The mounted app's dispatcher and its current corpus (weak: the bench must not keep
    /// an old corpus alive), refreshed by every render of `App`.
    static APP: RefCell<Option<(UseReducerDispatcher<State>, Weak<Corpus>)>> =
        const { RefCell::new(None) };
    /// [`sample_filters`] of the app's corpus, computed before any timing.
    static FILTERS: RefCell<Vec<Filter>> = const { RefCell::new(Vec::new()) };
    /// Renders of `App` so far: the page script checks that an action was rendered.
    static RENDERS: Cell<u32> = const { Cell::new(0) };
    /// When the latest render of `App` began.
    static RENDER_START: Cell<f64> = const { Cell::new(0.0) };
}

/// Called by `App` on every render.
pub fn attach(dispatch: UseReducerDispatcher<State>, corpus: Option<&Rc<Corpus>>) {
    let weak = corpus.map(Rc::downgrade).unwrap_or_default();
    APP.with(|a| *a.borrow_mut() = Some((dispatch, weak)));
    RENDER_START.with(|t| t.set(now_ms()));
}

/// Called by `App`'s effect after every render is committed to the DOM. When tracing,
/// records "render" from `App`'s body to here: every component's body plus Yew's diffing
/// and the DOM changes (what the bodies' scopes leave out).
pub fn rendered() {
    RENDERS.with(|r| r.set(r.get().wrapping_add(1)));
    let ms = now_ms() - RENDER_START.with(Cell::get);
    TRACE.with(|t| {
        if let Some(v) = t.borrow_mut().as_mut() {
            v.push(("render", ms));
        }
    });
}

/// How many renders of `App` reached the DOM.
#[wasm_bindgen(js_name = fronteraBenchRenders)]
pub fn renders() -> u32 {
    RENDERS.with(Cell::get)
}

/// Extract the given articles (one JSON Lines line per array element, so the whole input
/// never sits in wasm memory at once) and add them to the app's corpus as an import would.
/// Returns `{docs, extract_ms}`; the app renders them on its next turn.
#[wasm_bindgen(js_name = fronteraBenchLoad)]
pub fn load(lines: js_sys::Array) -> String {
    let t = now_ms();
    let mut items = Vec::with_capacity(lines.length() as usize);
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line.as_string() else {
            continue;
        };
        if let Ok(Some(mut doc)) = parse_line(i + 1, line.as_bytes()) {
            let mut x = frontera_core::extract(&doc);
            // As the corpus would on arrival: articles from the import worker come
            // deserialised at their exact size, not with the extractor's spare capacity
            // (which would otherwise set the wasm memory's high-water mark here).
            frontera_corpus::compact::shrink(&mut doc, &mut x);
            items.push((doc, x));
        }
    }
    let extract_ms = now_ms() - t;
    let docs = items.len();
    APP.with(|a| {
        if let Some((dispatch, _)) = a.borrow().as_ref() {
            dispatch.dispatch(Action::AddArticles(items, false));
        }
    });
    #[derive(Serialize)]
    struct Loaded {
        docs: usize,
        extract_ms: f64,
    }
    to_json(&Loaded { docs, extract_ms })
}

/// Work out the filters `fronteraBenchAct("facet", i)` toggles for the app's current corpus
/// (outside the timed interactions); returns how many there are.
#[wasm_bindgen(js_name = fronteraBenchFilters)]
pub fn filters() -> usize {
    let corpus = APP.with(|a| a.borrow().as_ref().and_then(|(_, c)| c.upgrade()));
    let filters = corpus.map(|c| sample_filters(&c)).unwrap_or_default();
    let n = filters.len();
    FILTERS.with(|f| *f.borrow_mut() = filters);
    n
}

/// One interaction dispatched to the app, as a click or a keystroke would: `facet` toggles
/// the `arg`-th filter of [`filters`], `clear` clears the filters, `search` types the
/// `arg`-th of [`QUERIES`] into the search box, `unsearch` empties it. Returns false when
/// there is no app or no such filter. The app renders on its next microtask.
#[wasm_bindgen(js_name = fronteraBenchAct)]
pub fn act(kind: &str, arg: usize) -> bool {
    APP.with(|a| {
        let a = a.borrow();
        let Some((dispatch, _)) = a.as_ref() else {
            return false;
        };
        let action = match kind {
            "facet" => match FILTERS.with(|f| f.borrow().get(arg).copied()) {
                Some(f) => Action::ToggleFilter(f),
                None => return false,
            },
            "clear" => Action::ClearFilters,
            "search" => match QUERIES.get(arg) {
                Some(q) => Action::Search((*q).to_owned()),
                None => return false,
            },
            "unsearch" => Action::Search(String::new()),
            _ => return false,
        };
        let _trace = scope("dispatch");
        dispatch.dispatch(action);
        true
    })
}

/// The page's memory now: `{wasm_bytes, articles}` (the JS heap is read by the caller).
#[wasm_bindgen(js_name = fronteraBenchMemory)]
pub fn memory() -> String {
    let articles = APP.with(|a| {
        a.borrow()
            .as_ref()
            .and_then(|(_, c)| c.upgrade())
            .map_or(0, |c| c.articles.len())
    });
    #[derive(Serialize)]
    struct Memory {
        wasm_bytes: usize,
        articles: usize,
    }
    to_json(&Memory {
        wasm_bytes: core::arch::wasm32::memory_size(0) * 65536,
        articles,
    })
}

// ---- Where a render's time goes (diagnostics, off unless `fronteraBenchTrace(true)`) ----

thread_local! {
    static TRACE: RefCell<Option<Vec<(&'static str, f64)>>> = const { RefCell::new(None) };
}

/// Times the rest of a component's body when tracing is on (dropped at the body's end).
pub struct Scope(&'static str, f64);

pub fn scope(name: &'static str) -> Option<Scope> {
    TRACE
        .with(|t| t.borrow().is_some())
        .then(|| Scope(name, now_ms()))
}

impl Drop for Scope {
    fn drop(&mut self) {
        let ms = now_ms() - self.1;
        TRACE.with(|t| {
            if let Some(v) = t.borrow_mut().as_mut() {
                v.push((self.0, ms));
            }
        });
    }
}

/// Turn tracing on or off; returns the time per scope name recorded since the last call,
/// as `{name: [calls, ms]}`.
#[wasm_bindgen(js_name = fronteraBenchTrace)]
pub fn trace(on: bool) -> String {
    let taken = TRACE.with(|t| std::mem::replace(&mut *t.borrow_mut(), on.then(Vec::new)));
    let mut totals = std::collections::BTreeMap::<&str, (u32, f64)>::new();
    for (name, ms) in taken.unwrap_or_default() {
        let e = totals.entry(name).or_default();
        e.0 += 1;
        e.1 += ms;
    }
    to_json(&totals)
}
