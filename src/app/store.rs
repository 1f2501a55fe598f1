//! Imported articles and corrections kept in this browser's IndexedDB, written through
//! `web-sys` directly (a wrapper crate would add size for the four calls we make).
//!
//! Database `frontera`, version 2, object stores with JSON text values: `articles` (each
//! imported `Document`, with its edited title, source and date) and `edits` (a seed
//! article's corrected date), keyed by article id, and `corrections` (a person's renames
//! and merges of entities, `frontera_corpus::corrections::Correction`, keyed by
//! `Correction::storage_key`; added in version 2). Every write is one transaction: when the
//! browser refuses it (storage full, private mode) nothing of it is written and nothing
//! stored before is touched.

use frontera_core::Document;
use frontera_corpus::corrections::Correction;
use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "frontera";
const DB_VERSION: u32 = 2;
pub const ARTICLES: &str = "articles";
pub const EDITS: &str = "edits";
pub const CORRECTIONS: &str = "corrections";
const STORES: [&str; 3] = [ARTICLES, EDITS, CORRECTIONS];

/// An open database.
#[derive(Clone)]
pub struct Db(IdbDatabase);

/// What was stored: imported documents, seed ids with their corrected dates, and the
/// corrections of entities.
#[derive(Default)]
pub struct Saved {
    pub articles: Vec<Document>,
    pub edits: Vec<Document>,
    pub corrections: Vec<Correction>,
}

/// One change: put JSON under a key, or delete the key.
pub enum Change {
    Put(&'static str, String, String),
    Delete(&'static str, String),
}

pub async fn open() -> Result<Db, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser offers no storage to this page (private browsing?)")?;
    let request = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(describe)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if let Some(db) = request
                .result()
                .ok()
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            {
                let names = db.object_store_names();
                for store in STORES {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = settle(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    let db = result?.dyn_into::<IdbDatabase>().map_err(describe)?;
    Ok(Db(db))
}

impl Db {
    pub async fn load(&self) -> Result<Saved, String> {
        let tx = self
            .0
            .transaction_with_str_sequence(&stores())
            .map_err(describe)?;
        let mut saved = Saved::default();
        for (name, into) in [(ARTICLES, &mut saved.articles), (EDITS, &mut saved.edits)] {
            let store = tx.object_store(name).map_err(describe)?;
            let values = settle(&store.get_all().map_err(describe)?).await?;
            for v in Array::from(&values).iter() {
                // A record we cannot read (another version's shape) is skipped, not fatal.
                if let Some(doc) = v
                    .as_string()
                    .and_then(|s| serde_json::from_str::<Document>(&s).ok())
                {
                    into.push(doc);
                }
            }
        }
        let store = tx.object_store(CORRECTIONS).map_err(describe)?;
        let values = settle(&store.get_all().map_err(describe)?).await?;
        saved.corrections = Array::from(&values)
            .iter()
            .filter_map(|v| serde_json::from_str::<Correction>(&v.as_string()?).ok())
            .collect();
        Ok(saved)
    }

    /// Apply all changes in one transaction; `Err` when the browser refused it.
    pub async fn write(&self, changes: Vec<Change>) -> Result<(), String> {
        if changes.is_empty() {
            return Ok(());
        }
        let tx = self
            .0
            .transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)
            .map_err(describe)?;
        for change in changes {
            let queued = match change {
                Change::Put(store, key, json) => tx.object_store(store).and_then(|s| {
                    s.put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&key))
                }),
                Change::Delete(store, key) => tx
                    .object_store(store)
                    .and_then(|s| s.delete(&JsValue::from_str(&key))),
            };
            if let Err(e) = queued {
                let _ = tx.abort();
                return Err(describe(e));
            }
        }
        committed(&tx).await
    }
}

fn stores() -> JsValue {
    STORES
        .iter()
        .map(|&s| JsValue::from_str(s))
        .collect::<Array>()
        .into()
}

/// The request's result once it succeeds, or why it failed.
async fn settle(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok = {
            let request = request.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let _ = resolve.call1(&JsValue::NULL, &request.result().unwrap_or_default());
            })
        };
        let failed = {
            let request = request.clone();
            let reject = reject.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let why = request.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &why.unwrap_or_default());
            })
        };
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
        if let Some(open) = request.dyn_ref::<IdbOpenDbRequest>() {
            // Another tab holds an older version open: say so rather than wait forever.
            let blocked = Closure::once_into_js(move |_: web_sys::Event| {
                let _ = reject.call1(
                    &JsValue::NULL,
                    &JsValue::from_str(
                        "storage is held by another Frontera tab; close it and reload",
                    ),
                );
            });
            open.set_onblocked(Some(blocked.unchecked_ref()));
        }
    });
    JsFuture::from(promise).await.map_err(describe)
}

/// Wait for the transaction to commit, or say why it was aborted.
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let done = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = {
            let tx = tx.clone();
            Closure::once_into_js(move |_: web_sys::Event| {
                let why = tx.error().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &why.unwrap_or_default());
            })
        };
        tx.set_oncomplete(Some(done.unchecked_ref()));
        tx.set_onerror(Some(failed.unchecked_ref()));
        tx.set_onabort(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(describe)
}

/// A browser error in words: quota and private mode get a sentence of their own.
fn describe(e: JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return match ex.name().as_str() {
            "QuotaExceededError" => "the browser's storage for this page is full".to_owned(),
            "InvalidStateError" | "SecurityError" => {
                "this browser does not allow storage here (private browsing?)".to_owned()
            }
            name => format!("{name}: {}", ex.message()),
        };
    }
    if let Some(s) = e.as_string() {
        return s;
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return err.message().into();
    }
    "the browser refused without saying why".to_owned()
}
