//! The import worker: a dedicated Web Worker that reads the user's files and extracts their
//! articles, so the page stays responsive (see `job.rs`). Built for wasm32 by trunk
//! (`data-type="worker"`); natively this binary only explains itself.

#[cfg(any(target_arch = "wasm32", test))]
mod job;

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo::worker::Registrable;
    job::ExtractWorker::registrar().register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "frontera-worker is the browser app's import worker, built by trunk (see README.md)."
    );
}
