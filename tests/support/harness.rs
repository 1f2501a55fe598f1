//! What every browser test starts from: the built `dist/` served under a sub-path, as a
//! static host would, and a chromedriver to drive it, held by one test at a time. Each test
//! binary adds its own ways to open a window (`impl Harness` beside its tests).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use crate::webdriver::{serve_dir, Driver};

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
