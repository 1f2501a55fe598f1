//! Corpus rebuilds that never hold the page: after an import, a restore or a correction,
//! the new corpus is built a slice of articles at a time (`CorpusBuilder::push`), yielding
//! to the browser between slices so input is answered; the corpus-wide steps (grouping
//! names, naming entities with the corrections, laying out articles, ordering events)
//! each get a task of their own after a frame. The result replaces the
//! corpus through `Action::Replace`, which checks that nothing changed meanwhile.

use frontera_core::{Document, Extraction};
use frontera_corpus::corrections::Corrections;
use frontera_corpus::{Corpus, CorpusBuilder};

use super::now_ms;

/// Work between two yields, in milliseconds: well inside a frame.
const SLICE_MS: f64 = 8.0;

/// Articles laid out between two looks at the clock.
const LAYOUT_STEP: usize = 20;

/// The corpus of `base`'s articles followed by `new`, with `corrections`.
pub async fn build(
    base: &Corpus,
    new: Vec<(Document, Extraction)>,
    corrections: Corrections,
) -> Corpus {
    let mut builder = CorpusBuilder::new();
    let mut slice_start = now_ms();
    let old = base
        .articles
        .iter()
        .map(|a| (a.doc.clone(), a.extraction.clone()));
    for (doc, x) in old.chain(new) {
        builder.push(doc, x);
        if now_ms() - slice_start > SLICE_MS {
            next_frame().await;
            slice_start = now_ms();
        }
    }
    next_frame().await;
    let grouped = builder.group();
    next_frame().await;
    let mut resolved = grouped.resolve(corrections);
    next_frame().await;
    let mut slice_start = now_ms();
    while resolved.step(LAYOUT_STEP) {
        if now_ms() - slice_start > SLICE_MS {
            next_frame().await;
            slice_start = now_ms();
        }
    }
    next_frame().await;
    let corpus = resolved.finish();
    next_frame().await;
    corpus
}

/// Resolves in a task of its own after the browser has drawn a frame.
pub async fn next_frame() {
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    super::after_next_frame(move || {
        let _ = tx.send(());
    });
    let _ = rx.await;
}
