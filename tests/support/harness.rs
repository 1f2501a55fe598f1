//! What every browser test starts from: the built `dist/` served under a sub-path, as a
//! static host would, and a chromedriver to drive it, held by one test at a time. Each test
//! binary adds its own ways to open a window (`impl Harness` beside its tests).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use crate::webdriver::{serve_dir, Driver, Session};

/// The browser tests share screen-size presets and screenshots: one at a time.
static BROWSER: Mutex<()> = Mutex::new(());

/// The page's signal that the extraction has rendered.
pub const READY: &str = "return document.querySelector('main#app[data-ready=\"true\"]') !== null";

/// Fields drop in order: the driver stops before the lock is released.
pub struct Harness {
    pub url: String,
    pub driver: Driver,
    _one_at_a_time: MutexGuard<'static, ()>,
}

impl Harness {
    /// `None`, with a note, when FRONTERA_E2E is not set, so a plain `cargo test` passes
    /// on machines without a browser.
    pub fn start() -> Option<Harness> {
        let guard = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
        if std::env::var_os("FRONTERA_E2E").is_none() {
            eprintln!("browser test skipped: set FRONTERA_E2E=1 (scripts/test does)");
            return None;
        }
        Some(Harness {
            url: serve_dir(dist_dir(), "frontera"),
            driver: Driver::start(),
            _one_at_a_time: guard,
        })
    }
}

/// `dist/` (or `FRONTERA_DIST`), which must hold a release build.
fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("FRONTERA_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run `trunk build --release --offline` first",
        dist.display()
    );
    dist
}

/// axe-core's violations on the page as (impact, id, help, nodes, example targets).
pub fn axe_violations(s: &Session) -> Vec<serde_json::Value> {
    let axe = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tools/axe/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: run scripts/install-tools --browser",
            axe.display()
        )
    });
    if s.js("return typeof window.axe") != "object" {
        s.js(&source);
    }
    let v = s.js_async(
        "const done = arguments[arguments.length - 1];\
         axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({\
             impact: v.impact, id: v.id, help: v.help, nodes: v.nodes.length,\
             targets: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))\
         })))).catch(e => done([{impact: 'critical', id: 'axe-error', help: String(e)}]));",
    );
    v.as_array().cloned().unwrap_or_default()
}
