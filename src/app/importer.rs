//! Runs an import: reads the user's files one at a time, hands each to the worker
//! (`src/worker/job.rs`) to be decoded, parsed, deduplicated and extracted in small batches,
//! and reports progress after every step. The page thread only moves bytes and messages, so
//! it stays responsive; cancelling takes effect at once (the answer in flight is dropped).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use frontera_core::{Document, Extraction};
use frontera_import::{check_size, publication_date, MAX_BYTES};
use futures::channel::oneshot;
use gloo::worker::{Spawnable, WorkerBridge};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::job::{ExtractWorker, Note, Request, Response};

/// The worker script trunk writes beside index.html (workers are not content-hashed).
const WORKER_JS: &str = "./frontera-worker.js";

/// A batch of documents sent for extraction is cut after this much text or this many
/// documents, so progress moves and a cancel lands within a fraction of a second.
const BATCH_BYTES: usize = 128 * 1024;
const BATCH_DOCS: usize = 40;

/// The worker, spawned once when the app starts (so its script and wasm load with the
/// page, not on the first import), with the answers it still owes.
pub struct Engine {
    bridge: WorkerBridge<ExtractWorker>,
    waiting: Rc<RefCell<VecDeque<oneshot::Sender<Response>>>>,
}

impl Engine {
    pub fn spawn() -> Engine {
        let waiting: Rc<RefCell<VecDeque<oneshot::Sender<Response>>>> = Rc::default();
        let bridge = {
            let waiting = waiting.clone();
            ExtractWorker::spawner()
                .callback(move |r: Response| {
                    if let Some(tx) = waiting.borrow_mut().pop_front() {
                        // The receiver is gone when the import was cancelled: drop it.
                        let _ = tx.send(r);
                    }
                })
                .spawn(WORKER_JS)
        };
        Engine { bridge, waiting }
    }

    /// Send a request; the worker answers in order.
    async fn call(&self, request: Request) -> Option<Response> {
        let (tx, rx) = oneshot::channel();
        self.waiting.borrow_mut().push_back(tx);
        self.bridge.send(request);
        rx.await.ok()
    }
}

/// Title, source and date a person typed for pasted text (empty: from the text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: String,
    pub source: String,
    pub date: String,
}

/// What to import.
pub enum Source {
    File(web_sys::File),
    Pasted {
        text: String,
        meta: Meta,
    },
    /// Documents saved in this browser, to extract again.
    Saved(Vec<Document>),
}

/// How far the import is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    /// "Importing" or "Restoring saved articles".
    pub what: String,
    pub sources_done: usize,
    pub sources_total: usize,
    pub docs_done: usize,
    pub docs_total: usize,
    /// The file being read or extracted.
    pub current: String,
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    pub name: String,
    pub imported: usize,
    pub notes: Vec<Note>,
}

pub enum ImportEvent {
    Progress(Progress),
    Report(FileReport),
    /// The import ended (or was cancelled): the articles extracted, and how long it took.
    Done {
        items: Vec<(Document, Extraction)>,
        cancelled: bool,
        ms: f64,
    },
}

/// One running import: the cancel switch and what is extracted so far.
#[derive(Default)]
pub struct Handle {
    finished: Cell<bool>,
    cancelled: Cell<bool>,
    items: RefCell<Vec<(Document, Extraction)>>,
    started: Cell<f64>,
}

impl Handle {
    /// Stop now: keep what is already extracted, drop the rest.
    pub fn cancel(&self, on: &Callback<ImportEvent>) {
        if self.finished.replace(true) {
            return;
        }
        self.cancelled.set(true);
        on.emit(ImportEvent::Done {
            items: self.items.take(),
            cancelled: true,
            ms: now_ms() - self.started.get(),
        });
    }

    fn finish(&self, on: &Callback<ImportEvent>) {
        if self.finished.replace(true) {
            return;
        }
        on.emit(ImportEvent::Done {
            items: self.items.take(),
            cancelled: false,
            ms: now_ms() - self.started.get(),
        });
    }
}

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Import `sources` into a corpus that already holds `known` `(id, text hash)`.
pub async fn run(
    engine: Rc<Engine>,
    sources: Vec<Source>,
    known: Vec<(String, u64)>,
    what: String,
    handle: Rc<Handle>,
    on: Callback<ImportEvent>,
) {
    handle.started.set(now_ms());
    let mut progress = Progress {
        what,
        sources_total: sources.len(),
        docs_total: sources
            .iter()
            .map(|s| match s {
                Source::Saved(docs) => docs.len(),
                _ => 0,
            })
            .sum(),
        ..Progress::default()
    };
    on.emit(ImportEvent::Progress(progress.clone()));
    if engine.call(Request::Begin { known }).await.is_none() {
        return handle.finish(&on);
    }
    for source in sources {
        if handle.cancelled.get() {
            return;
        }
        let (name, docs) = match source {
            Source::Saved(docs) => ("saved articles".to_owned(), docs),
            Source::File(file) => {
                let name = file.name();
                progress.current = name.clone();
                on.emit(ImportEvent::Progress(progress.clone()));
                let Some(docs) = read_file(&engine, &file, &on).await else {
                    progress.sources_done += 1;
                    continue;
                };
                (name, docs)
            }
            Source::Pasted { text, meta } => {
                let name = "pasted text".to_owned();
                let Some(mut docs) = read_pasted(&engine, &name, text, &meta, &on).await else {
                    progress.sources_done += 1;
                    continue;
                };
                for d in &mut docs {
                    apply_meta(d, &meta);
                }
                (name, docs)
            }
        };
        if handle.cancelled.get() {
            return;
        }
        if !matches!(name.as_str(), "saved articles") {
            progress.docs_total += docs.len();
        }
        progress.current = name;
        on.emit(ImportEvent::Progress(progress.clone()));
        for batch in batches(docs) {
            let Some(Response::Extracted { items }) =
                engine.call(Request::Extract { docs: batch }).await
            else {
                return handle.finish(&on);
            };
            if handle.cancelled.get() {
                return;
            }
            progress.docs_done += items.len();
            handle.items.borrow_mut().extend(items);
            on.emit(ImportEvent::Progress(progress.clone()));
        }
        progress.sources_done += 1;
    }
    handle.finish(&on);
}

/// Size check before reading (a huge file is never loaded), then the worker's reading.
async fn read_file(
    engine: &Engine,
    file: &web_sys::File,
    on: &Callback<ImportEvent>,
) -> Option<Vec<Document>> {
    let name = file.name();
    let refuse = |message: String| {
        on.emit(ImportEvent::Report(FileReport {
            name: name.clone(),
            imported: 0,
            notes: vec![Note {
                rejected: true,
                line: None,
                message,
            }],
        }));
        None
    };
    if let Err(p) = check_size(file.size() as u64, MAX_BYTES) {
        return refuse(p.message);
    }
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
        Err(e) => {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "the browser refused".into());
            return refuse(format!("could not be read: {why}"));
        }
    };
    read_bytes(engine, name.clone(), bytes, on).await
}

async fn read_pasted(
    engine: &Engine,
    name: &str,
    text: String,
    meta: &Meta,
    on: &Callback<ImportEvent>,
) -> Option<Vec<Document>> {
    // Read as a .txt named after the title, so its id says what it is.
    let stem: String = meta
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    let stem = stem.trim_matches('-');
    let file = format!("{}.txt", if stem.is_empty() { "pasted" } else { stem });
    let docs = read_bytes(engine, file, text.into_bytes(), on).await?;
    if !meta.date.trim().is_empty() && publication_date(meta.date.trim()).is_none() {
        on.emit(ImportEvent::Report(FileReport {
            name: name.to_owned(),
            imported: 0,
            notes: vec![Note {
                rejected: false,
                line: None,
                message: format!(
                    "the date {:?} is not understood (use 2010-08-14); it will be inferred from the text",
                    meta.date.trim()
                ),
            }],
        }));
    }
    Some(docs)
}

async fn read_bytes(
    engine: &Engine,
    name: String,
    bytes: Vec<u8>,
    on: &Callback<ImportEvent>,
) -> Option<Vec<Document>> {
    let request = Request::Read {
        name: name.clone(),
        bytes,
    };
    let Some(Response::Read {
        documents,
        problems,
    }) = engine.call(request).await
    else {
        return None;
    };
    on.emit(ImportEvent::Report(FileReport {
        name,
        imported: documents.len(),
        notes: problems,
    }));
    Some(documents)
}

/// Typed title / source / date over what the text gave.
fn apply_meta(doc: &mut Document, meta: &Meta) {
    let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    if let Some(t) = given(&meta.title) {
        doc.title = Some(t);
    }
    if let Some(s) = given(&meta.source) {
        doc.source = Some(s);
    }
    if let Some(d) = given(&meta.date).and_then(|d| publication_date(&d)) {
        doc.date = Some(d);
    }
}

/// Consecutive batches of at most `BATCH_DOCS` documents and about `BATCH_BYTES` of text.
fn batches(docs: Vec<Document>) -> Vec<Vec<Document>> {
    let mut out: Vec<Vec<Document>> = Vec::new();
    let mut bytes = 0;
    for d in docs {
        let full = match out.last() {
            Some(b) => b.len() >= BATCH_DOCS || bytes >= BATCH_BYTES,
            None => true,
        };
        if full {
            out.push(Vec::new());
            bytes = 0;
        }
        bytes += d.text.len();
        if let Some(b) = out.last_mut() {
            b.push(d);
        }
    }
    out
}
