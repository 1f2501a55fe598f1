//! Frontera's extraction core: people, organisations and places; dates on the calendar;
//! figures with what they measure; quotes with their speakers; and the publication date
//! when none is given.
//!
//! Pure, deterministic Rust with no web dependencies: the same code runs in the CLI and,
//! compiled to wasm, in the browser. One call, [`extract`], runs every stage in order over a
//! shared tokenisation ([`text::Analysis`]):
//!
//! 1. [`timex`] finds date expressions, infers the publication date if it is missing and
//!    resolves every date against it;
//! 2. [`entities`] finds named people, organisations and places and groups their mentions;
//! 3. [`quantities`] finds figures and ties them to what they measure and to a date;
//! 4. [`quotes`] finds direct quotations and resolves their speakers to entities.

pub mod entities;
pub mod input;
pub mod model;
pub mod order;
pub mod quantities;
pub mod quotes;
pub mod text;
pub mod timex;
mod wordkey;

pub use model::*;

/// Run every extraction stage over one document.
pub fn extract(doc: &Document) -> Extraction {
    let analysis = text::Analysis::new(&doc.text);
    let (doc_date, timex) = timex::extract(&analysis, doc.date.as_deref());
    let entities = entities::extract(&analysis, &timex);
    let quantities = quantities::extract(&analysis, &timex);
    let quotes = quotes::extract(&analysis, &entities);
    Extraction {
        id: doc.id.clone(),
        doc_date,
        entities,
        timex,
        quantities,
        quotes,
        sentences: analysis.sentences.iter().map(|s| s.span).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_document_extracts_nothing() {
        let doc = Document {
            id: "empty".into(),
            ..Default::default()
        };
        let x = extract(&doc);
        assert_eq!(x.id, "empty");
        assert!(x.entities.is_empty() && x.sentences.is_empty());
    }
}
