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
#[cfg(test)]
mod random_text;
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

/// How many documents [`extract_many`] takes through each stage before the next stage.
pub const BATCH: usize = 64;

/// [`extract`] for many documents, with the same result for each, stage by stage over
/// batches of [`BATCH`]: a stage's code, lexicons and tables then stay in the CPU's caches
/// across a batch instead of being evicted by the other stages after every document (about
/// +15 % throughput on the generated corpus; BENCHMARKS.md). For bulk work: the CLI and the
/// import worker.
pub fn extract_many(docs: &[Document]) -> Vec<Extraction> {
    let mut out = Vec::with_capacity(docs.len());
    for batch in docs.chunks(BATCH) {
        let analyses: Vec<text::Analysis> =
            batch.iter().map(|d| text::Analysis::new(&d.text)).collect();
        let dated: Vec<_> = batch
            .iter()
            .zip(&analyses)
            .map(|(d, a)| timex::extract(a, d.date.as_deref()))
            .collect();
        let entities: Vec<_> = analyses
            .iter()
            .zip(&dated)
            .map(|(a, (_, t))| entities::extract(a, t))
            .collect();
        let quantities: Vec<_> = analyses
            .iter()
            .zip(&dated)
            .map(|(a, (_, t))| quantities::extract(a, t))
            .collect();
        let quotes: Vec<_> = analyses
            .iter()
            .zip(&entities)
            .map(|(a, e)| quotes::extract(a, e))
            .collect();
        let parts = dated.into_iter().zip(entities).zip(quantities).zip(quotes);
        for ((d, a), ((((doc_date, timex), entities), quantities), quotes)) in
            batch.iter().zip(&analyses).zip(parts)
        {
            out.push(Extraction {
                id: d.id.clone(),
                doc_date,
                entities,
                timex,
                quantities,
                quotes,
                sentences: a.sentences.iter().map(|s| s.span).collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_documents_extract_as_each_alone() {
        let docs: Vec<Document> = (0..BATCH + 3)
            .map(|i| Document {
                id: format!("d{i}"),
                text: format!(
                    "MEXICO CITY - Gunmen killed {i} police officers on Tuesday, Gov. Ana \
                     Ruiz said. \"We will not retreat,\" she said of the attack in 2010."
                ),
                date: (i % 2 == 0).then(|| "2010-06-16".to_owned()),
                ..Default::default()
            })
            .collect();
        let one_by_one: Vec<Extraction> = docs.iter().map(extract).collect();
        assert_eq!(extract_many(&docs), one_by_one);
    }

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
