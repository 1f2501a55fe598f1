//! The Frontera web app: built for wasm32 by trunk. On a native target this binary only
//! explains how to run the app (and runs the seed tests).

#[cfg(target_arch = "wasm32")]
mod app;
/// The import worker's messages (the worker itself is `src/worker/main.rs`).
#[cfg(target_arch = "wasm32")]
#[path = "worker/job.rs"]
mod job;
#[cfg(any(target_arch = "wasm32", test))]
mod seeds;

#[cfg(target_arch = "wasm32")]
fn main() {
    app::mark("frontera:start");
    app::trace_if_asked();
    yew::Renderer::<app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("frontera-app is the browser app: run `trunk serve` (see README.md). The CLI is `frontera`.");
}
