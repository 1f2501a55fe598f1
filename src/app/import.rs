//! "Your articles": import by paste, file picker or drag-and-drop (anywhere on the page),
//! progress with cancel, what became of each file, the imported articles with editable
//! title, source and date, delete, export, and their keeping in IndexedDB.
//!
//! Everything from a file is shown as Yew text nodes or input values, never as markup.

use frontera_corpus::decimal::fixed;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use frontera_core::{Document, Extraction};
use frontera_corpus::corrections::Corrections;
use frontera_corpus::Corpus;
use frontera_import::{publication_date, text_hash};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::export::Export;
use super::importer::{self, Engine, FileReport, Handle, ImportEvent, Meta, Progress, Source};
use super::store::{self, Change, Db};

/// Imported articles listed at a time.
const PAGE: usize = 25;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub corpus: Rc<Corpus>,
    /// New articles, and whether to open the first in the reader (not when restoring).
    pub on_add: Callback<(Vec<(Document, Extraction)>, bool)>,
    pub on_remove: Callback<Vec<String>>,
    /// (article, title, source)
    pub on_set_meta: Callback<(usize, Option<String>, Option<String>)>,
    /// (article, date): re-extracts the article.
    pub on_set_date: Callback<(usize, Option<String>)>,
    pub on_open_doc: Callback<usize>,
    /// A person's corrections of entities changed (undo from the list, or restored).
    pub on_correct: Callback<Corrections>,
    pub on_open_entity: Callback<usize>,
}

#[derive(Default, PartialEq)]
struct Panel {
    open: bool,
    progress: Option<Progress>,
    reports: Vec<FileReport>,
    summary: Option<String>,
    /// Why articles are not (all) kept in this browser, when they are not.
    storage_error: Option<String>,
    shown: usize,
    /// A date typed into the list that is not a date.
    date_error: Option<String>,
}

enum Msg {
    Toggle,
    Started(Progress),
    Event(ImportEvent),
    /// The import ended: how many articles it added, whether cancelled, how long it took.
    Finished {
        n: usize,
        cancelled: bool,
        ms: f64,
    },
    Storage(Option<String>),
    ShowMore,
    DateError(Option<String>),
}

impl Reducible for Panel {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut p = Panel {
            open: self.open,
            progress: self.progress.clone(),
            reports: self.reports.clone(),
            summary: self.summary.clone(),
            storage_error: self.storage_error.clone(),
            shown: self.shown.max(PAGE),
            date_error: self.date_error.clone(),
        };
        match msg {
            Msg::Toggle => p.open = !p.open,
            Msg::Started(progress) => {
                p.reports.clear();
                p.summary = None;
                p.progress = Some(progress);
            }
            Msg::Event(ImportEvent::Progress(progress)) => p.progress = Some(progress),
            Msg::Event(ImportEvent::Report(r)) => p.reports.push(r),
            Msg::Event(ImportEvent::Done { .. }) => {}
            Msg::Finished { n, cancelled, ms } => {
                let what = p.progress.take().map(|g| g.what).unwrap_or_default();
                let refused = p
                    .reports
                    .iter()
                    .filter(|r| r.imported == 0 && r.notes.iter().any(|n| n.rejected))
                    .count();
                let refused = match refused {
                    0 => String::new(),
                    1 => " 1 file was not imported (see below).".to_owned(),
                    k => format!(" {k} files were not imported (see below)."),
                };
                p.summary = Some(if cancelled {
                    format!(
                        "{what} cancelled: {n} {} extracted before the cancel {} kept.",
                        plural(n, "article"),
                        if n == 1 { "is" } else { "are" }
                    )
                } else if n == 0 {
                    format!("{what}: nothing added.{refused}")
                } else {
                    format!(
                        "{what}: {n} {} added in {} s.{refused}",
                        plural(n, "article"),
                        fixed(ms / 1000.0, 1)
                    )
                });
            }
            Msg::Storage(e) => p.storage_error = e,
            Msg::ShowMore => p.shown += PAGE,
            Msg::DateError(e) => p.date_error = e,
        }
        Rc::new(p)
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// What is stored, keyed by (store, id): a fingerprint of the stored metadata. `None` until
/// the stored articles are read back, so nothing is written over them before.
type Snapshot = BTreeMap<(&'static str, String), String>;

fn fingerprint(d: &Document) -> String {
    format!("{:?}|{:?}|{:?}", d.date, d.title, d.source)
}

/// Long-lived parts of the panel: the worker, the running import, the database.
#[derive(Default)]
struct Shared {
    engine: Option<Rc<Engine>>,
    job: Option<Rc<Handle>>,
    db: Option<Db>,
    snapshot: Option<Snapshot>,
    /// Seed dates read back from storage, until the corpus shows them.
    pending_edits: Vec<(String, Option<String>)>,
    /// Corrections read back from storage, until the corpus has them (nothing of them is
    /// deleted from storage before).
    pending_corrections: Option<Corrections>,
    /// The running import restores stored articles (the reader stays where it is).
    restoring: bool,
    /// The corpus of the last render, for the window's drop handler.
    corpus: Option<Rc<Corpus>>,
    /// How imports end: set each render (it dispatches to the panel and the app).
    on_event: Option<Callback<ImportEvent>>,
}

type SharedRef = Rc<RefCell<Shared>>;

/// Start importing `sources` unless an import is running.
fn start(
    shared: &SharedRef,
    sources: Vec<Source>,
    what: &str,
    panel: &UseReducerDispatcher<Panel>,
    restoring: bool,
) {
    let mut sh = shared.borrow_mut();
    if sources.is_empty() || sh.job.is_some() {
        return;
    }
    let (Some(engine), Some(corpus), Some(on_event)) =
        (sh.engine.clone(), sh.corpus.clone(), sh.on_event.clone())
    else {
        return;
    };
    sh.restoring = restoring;
    let known = corpus
        .articles
        .iter()
        .map(|a| (a.doc.id.clone(), text_hash(&a.doc.text)))
        .collect();
    let handle = Rc::new(Handle::default());
    sh.job = Some(handle.clone());
    panel.dispatch(Msg::Started(Progress {
        what: what.to_owned(),
        sources_total: sources.len(),
        ..Progress::default()
    }));
    wasm_bindgen_futures::spawn_local(importer::run(
        engine,
        sources,
        known,
        what.to_owned(),
        handle,
        on_event,
    ));
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<Source> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(Source::File)
        .collect()
}

/// The changes that make storage match the corpus: imported articles new or edited, seed
/// dates corrected or reset. Articles are deleted from storage only by the delete buttons,
/// so an import cancelled or a restore still running never loses what is stored.
/// At most about `budget` bytes of articles at a time: `true` when more remain.
fn changes(
    corpus: &Corpus,
    snapshot: &mut Snapshot,
    seeds: usize,
    budget: usize,
) -> (Vec<Change>, bool) {
    let mut out = Vec::new();
    let mut bytes = 0;
    for (i, a) in corpus.articles.iter().enumerate() {
        let fp = fingerprint(&a.doc);
        if i < seeds {
            let key = (store::EDITS, a.doc.id.clone());
            match (&a.doc.date, snapshot.contains_key(&key)) {
                (Some(_), _) if snapshot.get(&key) != Some(&fp) => {
                    let json = serde_json::to_string(&Document {
                        id: a.doc.id.clone(),
                        date: a.doc.date.clone(),
                        ..Document::default()
                    })
                    .unwrap_or_default();
                    out.push(Change::Put(store::EDITS, a.doc.id.clone(), json));
                    snapshot.insert(key, fp);
                }
                (None, true) => {
                    out.push(Change::Delete(store::EDITS, a.doc.id.clone()));
                    snapshot.remove(&key);
                }
                _ => {}
            }
        } else {
            let key = (store::ARTICLES, a.doc.id.clone());
            if snapshot.get(&key) != Some(&fp) {
                if bytes >= budget {
                    return (out, true);
                }
                let json = serde_json::to_string(&a.doc).unwrap_or_default();
                bytes += json.len();
                out.push(Change::Put(store::ARTICLES, a.doc.id.clone(), json));
                snapshot.insert(key, fp);
            }
        }
    }
    (out, false)
}

/// Store what changed in `corpus`, a slice at a time: a thousand new articles are written
/// in transactions of a few hundred kilobytes, one task each, so the page stays answering.
fn sync(shared: &SharedRef, corpus: &Corpus, seeds: usize, panel: UseReducerDispatcher<Panel>) {
    let pending_done = {
        let sh = shared.borrow();
        sh.pending_edits.iter().all(|(id, date)| {
            corpus
                .articles
                .iter()
                .take(seeds)
                .any(|a| &a.doc.id == id && &a.doc.date == date)
        })
    };
    let (changes, more) = {
        let mut sh = shared.borrow_mut();
        if pending_done {
            sh.pending_edits.clear();
        }
        if sh.pending_corrections.as_ref() == Some(&corpus.corrections) {
            sh.pending_corrections = None;
        }
        let fixes_done = sh.pending_corrections.is_none();
        match (pending_done, sh.snapshot.as_mut()) {
            (true, Some(snap)) => {
                let (mut out, more) = changes(corpus, snap, seeds, WRITE_SLICE_BYTES);
                if fixes_done {
                    out.extend(correction_changes(corpus, snap));
                }
                (out, more)
            }
            _ => (Vec::new(), false),
        }
    };
    write(shared, changes, panel.clone());
    if more {
        let shared = shared.clone();
        super::after_next_frame(move || {
            let corpus = shared.borrow().corpus.clone();
            if let Some(corpus) = corpus {
                sync(&shared, &corpus, seeds, panel);
            }
        });
    }
}

/// Article JSON written per transaction, at most (one article may exceed it alone).
const WRITE_SLICE_BYTES: usize = 128 * 1024;

/// Puts and deletes that make the stored corrections those of `corpus`.
fn correction_changes(corpus: &Corpus, snapshot: &mut Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let mut current = std::collections::BTreeSet::new();
    for c in corpus.corrections.list() {
        let key = c.storage_key();
        let json = serde_json::to_string(&c).unwrap_or_default();
        let at = (store::CORRECTIONS, key.clone());
        if snapshot.get(&at) != Some(&json) {
            out.push(Change::Put(store::CORRECTIONS, key.clone(), json.clone()));
            snapshot.insert(at, json);
        }
        current.insert(key);
    }
    let gone: Vec<String> = snapshot
        .keys()
        .filter(|(s, k)| *s == store::CORRECTIONS && !current.contains(k))
        .map(|(_, k)| k.clone())
        .collect();
    for key in gone {
        snapshot.remove(&(store::CORRECTIONS, key.clone()));
        out.push(Change::Delete(store::CORRECTIONS, key));
    }
    out
}

/// Write `changes`; on refusal, say so and forget the unwritten entries so that a later
/// change tries again. What was stored before stays stored.
fn write(shared: &SharedRef, changes: Vec<Change>, panel: UseReducerDispatcher<Panel>) {
    let Some(db) = shared.borrow().db.clone() else {
        return;
    };
    if changes.is_empty() {
        return;
    }
    let keys: Vec<(&'static str, String)> = changes
        .iter()
        .map(|c| match c {
            Change::Put(s, k, _) | Change::Delete(s, k) => (*s, k.clone()),
        })
        .collect();
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match db.write(changes).await {
            Ok(()) => panel.dispatch(Msg::Storage(None)),
            Err(why) => {
                if let Some(snap) = shared.borrow_mut().snapshot.as_mut() {
                    for k in &keys {
                        snap.remove(k);
                    }
                }
                let n = keys.len();
                panel.dispatch(Msg::Storage(Some(format!(
                    "Could not save {n} {} in this browser: {why}. {} still open here until you close the tab; everything saved earlier is kept.",
                    plural(n, "change"),
                    if n == 1 { "It is" } else { "They are" },
                ))));
            }
        }
    });
}

#[function_component(ImportPanel)]
pub fn import_panel(props: &ImportProps) -> Html {
    let panel = use_reducer(Panel::default);
    let shared: SharedRef = use_mut_ref(Shared::default).clone();
    let seeds = crate::seeds::count();

    // Every render: the latest corpus, and how an import's events reach the panel and app.
    {
        let mut sh = shared.borrow_mut();
        sh.corpus = Some(props.corpus.clone());
        let dispatch = panel.dispatcher();
        let on_add = props.on_add.clone();
        let shared2 = shared.clone();
        sh.on_event = Some(Callback::from(move |e: ImportEvent| match e {
            ImportEvent::Done {
                items,
                cancelled,
                ms,
            } => {
                let restored = {
                    let mut sh = shared2.borrow_mut();
                    sh.job = None;
                    std::mem::take(&mut sh.restoring)
                };
                let n = items.len();
                if n > 0 {
                    on_add.emit((items, !restored));
                }
                dispatch.dispatch(Msg::Finished { n, cancelled, ms });
            }
            e => dispatch.dispatch(Msg::Event(e)),
        }));
    }

    // Once: spawn the worker, open storage, restore what it holds, catch drops anywhere.
    {
        let shared = shared.clone();
        let dispatch = panel.dispatcher();
        let on_set_date = props.on_set_date.clone();
        let on_correct = props.on_correct.clone();
        use_effect_with((), move |_| {
            shared.borrow_mut().engine = Some(Rc::new(Engine::spawn()));
            super::offline::register();
            let listeners = window_drop_listeners(&shared, &dispatch);
            let restore = {
                let shared = shared.clone();
                let dispatch = dispatch.clone();
                async move {
                    let saved = match store::open().await {
                        Ok(db) => {
                            let loaded = db.load().await;
                            shared.borrow_mut().db = Some(db);
                            loaded
                        }
                        Err(e) => Err(e),
                    };
                    let saved = match saved {
                        Ok(saved) => saved,
                        Err(why) => {
                            dispatch.dispatch(Msg::Storage(Some(format!(
                                "Imported articles cannot be kept in this browser ({why}); they last until you close the tab."
                            ))));
                            return;
                        }
                    };
                    let mut snapshot = Snapshot::new();
                    for d in &saved.articles {
                        snapshot.insert((store::ARTICLES, d.id.clone()), fingerprint(d));
                    }
                    let corpus = shared.borrow().corpus.clone();
                    for e in &saved.edits {
                        snapshot.insert((store::EDITS, e.id.clone()), fingerprint(e));
                        let at = corpus.as_ref().and_then(|c| {
                            c.articles.iter().take(seeds).position(|a| a.doc.id == e.id)
                        });
                        if let Some(i) = at {
                            shared
                                .borrow_mut()
                                .pending_edits
                                .push((e.id.clone(), e.date.clone()));
                            on_set_date.emit((i, e.date.clone()));
                        }
                    }
                    if !saved.corrections.is_empty() {
                        for c in &saved.corrections {
                            snapshot.insert(
                                (store::CORRECTIONS, c.storage_key()),
                                serde_json::to_string(c).unwrap_or_default(),
                            );
                        }
                        let fixes = Corrections::from_list(saved.corrections);
                        shared.borrow_mut().pending_corrections = Some(fixes.clone());
                        on_correct.emit(fixes);
                    }
                    shared.borrow_mut().snapshot = Some(snapshot);
                    if !saved.articles.is_empty() {
                        start(
                            &shared,
                            vec![Source::Saved(saved.articles)],
                            "Restoring saved articles",
                            &dispatch,
                            true,
                        );
                    }
                }
            };
            wasm_bindgen_futures::spawn_local(restore);
            move || drop(listeners)
        });
    }

    // After every change of the corpus: store what is new or edited.
    {
        let shared = shared.clone();
        let dispatch = panel.dispatcher();
        use_effect_with(props.corpus.clone(), move |_| {
            // After the frame that shows the new corpus, in a task of its own.
            super::after_next_frame(move || {
                let corpus = shared.borrow().corpus.clone();
                if let Some(corpus) = corpus {
                    sync(&shared, &corpus, seeds, dispatch);
                }
            });
        });
    }

    let busy = panel.progress.is_some();
    let imported: Vec<usize> = (seeds..props.corpus.articles.len()).collect();

    let on_toggle = {
        let d = panel.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::Toggle))
    };
    let on_pick = {
        let shared = shared.clone();
        let d = panel.dispatcher();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            start(&shared, files_of(input.files()), "Importing", &d, false);
            // The same files can be picked again.
            input.set_value("");
        })
    };
    let on_cancel = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let (job, on) = {
                let sh = shared.borrow();
                (sh.job.clone(), sh.on_event.clone())
            };
            if let (Some(job), Some(on)) = (job, on) {
                job.cancel(&on);
            }
        })
    };
    let text_ref = use_node_ref();
    let title_ref = use_node_ref();
    let source_ref = use_node_ref();
    let date_ref = use_node_ref();
    let on_paste_submit = {
        let shared = shared.clone();
        let d = panel.dispatcher();
        let refs = (
            text_ref.clone(),
            title_ref.clone(),
            source_ref.clone(),
            date_ref.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let Some(area) = refs.0.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let meta = Meta {
                title: value(&refs.1),
                source: value(&refs.2),
                date: value(&refs.3),
            };
            start(
                &shared,
                vec![Source::Pasted {
                    text: area.value(),
                    meta,
                }],
                "Importing",
                &d,
                false,
            );
            area.set_value("");
            for r in [&refs.1, &refs.2, &refs.3] {
                if let Some(i) = r.cast::<HtmlInputElement>() {
                    i.set_value("");
                }
            }
        })
    };
    let on_remove_all = {
        let ids: Vec<String> = imported
            .iter()
            .filter_map(|&i| props.corpus.articles.get(i))
            .map(|a| a.doc.id.clone())
            .collect();
        let remove = remover(&shared, &props.on_remove, &panel.dispatcher());
        Callback::from(move |_: MouseEvent| {
            let confirmed = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message(&format!(
                        "Delete all {} imported articles from this browser?",
                        ids.len()
                    ))
                    .ok()
                })
                .unwrap_or(false);
            if confirmed {
                remove.emit(ids.clone());
            }
        })
    };

    html! {
        <section id="import" class={classes!("import", panel.open.then_some("open"))} aria-label="Your articles">
            <div class="import-bar">
                <h2>{ "Your articles" }</h2>
                <p class="import-count">
                    { format!("{} imported", imported.len()) }
                    if !props.corpus.corrections.is_empty() {
                        { format!(" · {} {}", props.corpus.corrections.len(), plural(props.corpus.corrections.len(), "correction")) }
                    }
                    if let Some(p) = &panel.progress { { format!(" · {}…", p.what.to_lowercase()) } }
                </p>
                <button id="import-toggle" class="btn btn-primary" aria-expanded={panel.open.to_string()}
                    aria-controls="import-body" onclick={on_toggle}>
                    { if panel.open { "Close" } else { "Import or export articles" } }
                </button>
            </div>
            if let Some(p) = &panel.progress {
                { progress_view(p, on_cancel) }
            }
            if let Some(s) = &panel.summary {
                <p id="import-summary" class="import-summary" role="status">{ s.clone() }</p>
            }
            if let Some(e) = &panel.storage_error {
                <p id="storage-error" class="import-warning" role="alert">{ e.clone() }</p>
            }
            if !panel.reports.is_empty() {
                { reports_view(&panel.reports) }
            }
            <div id="import-body" class="import-body" hidden={!panel.open}>
                <div class="import-sources">
                    <div class="dropzone" id="dropzone">
                        <p class="dropzone-title">{ "Drop files anywhere on the page, or" }</p>
                        <label class="btn btn-primary file-pick">
                            { "Choose files…" }
                            <input id="import-files" type="file" multiple=true disabled={busy}
                                accept=".txt,.text,.md,.html,.htm,.jsonl,.ndjson,.json,.csv,.tsv"
                                onchange={on_pick} />
                        </label>
                        <p class="hint">{ ".txt, .html (article text only), .jsonl / .json ({\"id\", \"text\", \"date\"?}), .csv with a text column. Up to 50 MB a file. Nothing leaves your browser." }</p>
                    </div>
                    <form class="paste" id="paste-form" onsubmit={on_paste_submit}>
                        <label for="paste-text">{ "Or paste an article" }</label>
                        <textarea id="paste-text" ref={text_ref} rows="6" placeholder="Article text…"></textarea>
                        <div class="paste-meta">
                            <label>{ "Title" }<input id="paste-title" ref={title_ref} type="text" placeholder="from the text" /></label>
                            <label>{ "Source" }<input id="paste-source" ref={source_ref} type="text" placeholder="optional" /></label>
                            <label>{ "Date" }<input id="paste-date" ref={date_ref} type="text" placeholder="2010-08-14, or inferred" /></label>
                        </div>
                        <button class="btn btn-primary" type="submit" disabled={busy}>{ "Add article" }</button>
                    </form>
                </div>
                if !imported.is_empty() {
                    { list_view(props, &panel, &imported, remover(&shared, &props.on_remove, &panel.dispatcher()), on_remove_all) }
                }
                { corrections_view(props) }
                <Export corpus={props.corpus.clone()} />
            </div>
        </section>
    }
}

/// Delete articles from the corpus and from storage (the only way they leave storage).
fn remover(
    shared: &SharedRef,
    on_remove: &Callback<Vec<String>>,
    panel: &UseReducerDispatcher<Panel>,
) -> Callback<Vec<String>> {
    let shared = shared.clone();
    let on_remove = on_remove.clone();
    let panel = panel.clone();
    Callback::from(move |ids: Vec<String>| {
        let changes = {
            let mut sh = shared.borrow_mut();
            let mut changes = Vec::new();
            for id in &ids {
                if let Some(snap) = sh.snapshot.as_mut() {
                    snap.remove(&(store::ARTICLES, id.clone()));
                }
                changes.push(Change::Delete(store::ARTICLES, id.clone()));
            }
            changes
        };
        write(&shared, changes, panel.clone());
        on_remove.emit(ids);
    })
}

/// Window listeners: a file dropped anywhere is imported instead of opened by the browser.
fn window_drop_listeners(
    shared: &SharedRef,
    panel: &UseReducerDispatcher<Panel>,
) -> Vec<EventListener> {
    let window = gloo::utils::window();
    let opts = EventListenerOptions::enable_prevent_default();
    let over = EventListener::new_with_options(&window, "dragover", opts, |e| {
        e.prevent_default();
        if let Some(dt) = e
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|d| d.data_transfer())
        {
            dt.set_drop_effect("copy");
        }
    });
    let drop = {
        let shared = shared.clone();
        let panel = panel.clone();
        EventListener::new_with_options(&window, "drop", opts, move |e| {
            e.prevent_default();
            let files = e
                .dyn_ref::<web_sys::DragEvent>()
                .and_then(|d| d.data_transfer())
                .and_then(|dt| dt.files());
            start(&shared, files_of(files), "Importing", &panel, false);
        })
    };
    vec![over, drop]
}

fn progress_view(p: &Progress, on_cancel: Callback<MouseEvent>) -> Html {
    let (done, total) = if p.docs_total > 0 {
        (p.docs_done, p.docs_total)
    } else {
        (p.sources_done, p.sources_total)
    };
    let files = if p.sources_total > 1 {
        format!(
            "file {} of {} · ",
            (p.sources_done + 1).min(p.sources_total),
            p.sources_total
        )
    } else {
        String::new()
    };
    html! {
        <div class="import-progress" id="import-progress" role="status">
            <progress max={total.max(1).to_string()} value={done.to_string()} aria-label={p.what.clone()}></progress>
            <p>
                <strong>{ format!("{}: ", p.what) }</strong>
                { format!("{files}{} of {} articles extracted", p.docs_done, p.docs_total) }
                if !p.current.is_empty() { <span class="current">{ format!(" · {}", p.current) }</span> }
            </p>
            <button id="import-cancel" class="btn" onclick={on_cancel}>{ "Cancel" }</button>
        </div>
    }
}

fn reports_view(reports: &[FileReport]) -> Html {
    html! {
        <ul class="import-reports" id="import-reports">
            { for reports.iter().map(|r| {
                let failed = r.imported == 0 && r.notes.iter().any(|n| n.rejected);
                html! {
                    <li class={classes!("report", failed.then_some("report-failed"))} data-file={r.name.clone()}>
                        <span class="report-file">{ r.name.clone() }</span>
                        <span class="report-count">{
                            if failed { "not imported".to_owned() }
                            else { format!("{} {} found", r.imported, plural(r.imported, "article")) }
                        }</span>
                        if !r.notes.is_empty() {
                            <ul class="report-notes">
                                { for r.notes.iter().map(|n| html! {
                                    <li class={if n.rejected { "note-rejected" } else { "note" }}>
                                        if let Some(l) = n.line { <span class="note-line">{ format!("line {l}: ") }</span> }
                                        { n.message.clone() }
                                    </li>
                                }) }
                            </ul>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

fn list_view(
    props: &ImportProps,
    panel: &UseReducerHandle<Panel>,
    imported: &[usize],
    remove: Callback<Vec<String>>,
    on_remove_all: Callback<MouseEvent>,
) -> Html {
    let shown = panel.shown.max(PAGE);
    let on_more = {
        let d = panel.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::ShowMore))
    };
    html! {
        <div class="imported" id="imported">
            <div class="imported-head">
                <h3>{ format!("Imported articles ({})", imported.len()) }</h3>
                <button id="delete-all" class="btn btn-danger" onclick={on_remove_all}>{ "Delete all imported" }</button>
            </div>
            if let Some(e) = &panel.date_error {
                <p class="import-warning" role="alert">{ e.clone() }</p>
            }
            <ul class="imported-list">
                { for imported.iter().take(shown).filter_map(|&i| props.corpus.articles.get(i).map(|a| (i, a))).map(|(i, a)| {
                    let title = a.doc.title.clone().unwrap_or_default();
                    let source = a.doc.source.clone().unwrap_or_default();
                    let inferred = a.extraction.doc_date.value.clone().unwrap_or_default();
                    let on_meta = |field: u8| {
                        let on_set_meta = props.on_set_meta.clone();
                        let (title, source) = (a.doc.title.clone(), a.doc.source.clone());
                        Callback::from(move |e: Event| {
                            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                            let v = Some(input.value().trim().to_owned()).filter(|s| !s.is_empty());
                            let (t, s) = if field == 0 { (v, source.clone()) } else { (title.clone(), v) };
                            on_set_meta.emit((i, t, s));
                        })
                    };
                    let on_date = {
                        let on_set_date = props.on_set_date.clone();
                        let d = panel.dispatcher();
                        Callback::from(move |e: Event| {
                            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                            let v = input.value();
                            let v = v.trim();
                            if v.is_empty() {
                                d.dispatch(Msg::DateError(None));
                                on_set_date.emit((i, None));
                            } else if let Some(iso) = publication_date(v) {
                                d.dispatch(Msg::DateError(None));
                                on_set_date.emit((i, Some(iso)));
                            } else {
                                d.dispatch(Msg::DateError(Some(format!("{v:?} is not a date: write it as 2010-08-14, 2010-08 or 2010."))));
                            }
                        })
                    };
                    let on_open = {
                        let on_open_doc = props.on_open_doc.clone();
                        Callback::from(move |_: MouseEvent| on_open_doc.emit(i))
                    };
                    let on_delete = {
                        let remove = remove.clone();
                        let id = a.doc.id.clone();
                        Callback::from(move |_: MouseEvent| remove.emit(vec![id.clone()]))
                    };
                    html! {
                        <li class="imported-row" key={a.doc.id.clone()} data-id={a.doc.id.clone()}>
                            <label class="f-title">{ "Title" }<input type="text" value={title} placeholder={a.doc.id.clone()} onchange={on_meta(0)} /></label>
                            <label class="f-source">{ "Source" }<input type="text" value={source} placeholder="unknown" onchange={on_meta(1)} /></label>
                            <label class="f-date">{ "Date" }<input type="text" value={a.doc.date.clone().unwrap_or_default()}
                                placeholder={if inferred.is_empty() { "unknown".to_owned() } else { format!("{inferred} (inferred)") }} onchange={on_date} /></label>
                            <div class="row-actions">
                                <button class="btn" onclick={on_open}>{ "Read" }</button>
                                <button class="btn btn-danger" onclick={on_delete} aria-label={format!("Delete {}", a.label())}>{ "Delete" }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            if imported.len() > shown {
                <button class="btn" onclick={on_more}>{ format!("Show {} more of {}", PAGE.min(imported.len() - shown), imported.len() - shown) }</button>
            }
        </div>
    }
}

/// Every rename and merge a person made, with what it did and its undo.
fn corrections_view(props: &ImportProps) -> Html {
    let rows = props.corpus.correction_rows();
    html! {
        <div class="corrections" id="corrections">
            <h3>{ format!("Corrections ({})", rows.len()) }</h3>
            if rows.is_empty() {
                <p class="hint">{ "Rename a person, organisation or place, or merge two that are one, from its page (“Correct this…”). Corrections are kept in this browser and listed here." }</p>
            } else {
                <ul class="corrections-list">
                    { for rows.into_iter().map(|row| {
                        let on_undo = {
                            let (corpus, on_correct, c) = (props.corpus.clone(), props.on_correct.clone(), row.correction.clone());
                            Callback::from(move |_: MouseEvent| on_correct.emit(corpus.without(&c)))
                        };
                        let on_open = row.entity.map(|e| {
                            let on_open_entity = props.on_open_entity.clone();
                            Callback::from(move |_: MouseEvent| on_open_entity.emit(e))
                        });
                        html! {
                            <li class="correction" data-key={row.correction.storage_key()}>
                                <span class="correction-text">{ row.text.clone() }</span>
                                <span class="row-actions">
                                    if let Some(on_open) = on_open {
                                        <button type="button" class="btn" onclick={on_open}>{ "Open" }</button>
                                    }
                                    <button type="button" class="btn correction-undo" onclick={on_undo}
                                        aria-label={format!("Undo: {}", row.text)}>{ "Undo" }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
