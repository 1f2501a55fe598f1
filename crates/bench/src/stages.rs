//! The extraction stages as separately timed units, shared by the criterion benches and
//! `bench-report` so both measure exactly the same work.
//!
//! Each stage is timed alone over a whole corpus, with its inputs (the tokenisation, the
//! dates, the entities) computed beforehand, exactly as [`frontera_core::extract`] passes
//! them along. The whole pipeline is timed as one call per document, and as
//! `extract_many` over the corpus (stage by stage over batches).

use std::hint::black_box;

use frontera_core::text::Analysis;
use frontera_core::{entities, quantities, quotes, timex, DocDate, Document, Entity, Timex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// `frontera_core::extract`: every stage plus assembling the output.
    Extract,
    /// `frontera_core::extract_many`: the same, stage by stage over batches of documents
    /// (what the CLI and the import worker run).
    ExtractMany,
    /// `text::Analysis::new`: tokens and sentences.
    Text,
    Timex,
    Entities,
    Quantities,
    Quotes,
}

impl Stage {
    /// The pipeline's parts in the order `extract` runs them.
    pub const PARTS: [Stage; 5] = [
        Stage::Text,
        Stage::Timex,
        Stage::Entities,
        Stage::Quantities,
        Stage::Quotes,
    ];

    pub const ALL: [Stage; 7] = [
        Stage::Extract,
        Stage::ExtractMany,
        Stage::Text,
        Stage::Timex,
        Stage::Entities,
        Stage::Quantities,
        Stage::Quotes,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Extract => "extract (whole pipeline)",
            Stage::ExtractMany => "extract_many (64 per batch)",
            Stage::Text => "text::Analysis::new",
            Stage::Timex => "timex::extract",
            Stage::Entities => "entities::extract",
            Stage::Quantities => "quantities::extract",
            Stage::Quotes => "quotes::extract",
        }
    }

    /// A short identifier for criterion's benchmark ids.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Extract => "extract",
            Stage::ExtractMany => "extract_many",
            Stage::Text => "text",
            Stage::Timex => "timex",
            Stage::Entities => "entities",
            Stage::Quantities => "quantities",
            Stage::Quotes => "quotes",
        }
    }

    pub fn what(self) -> &'static str {
        match self {
            Stage::Extract => "all stages + output assembly",
            Stage::ExtractMany => "the same, stage by stage over 64 documents (CLI, import)",
            Stage::Text => "tokenise, split sentences",
            Stage::Timex => "dates, doc date, resolution",
            Stage::Entities => "people, orgs, places",
            Stage::Quantities => "deaths, money, %, counts",
            Stage::Quotes => "quotes and speakers",
        }
    }
}

/// A corpus with every stage's inputs computed once.
pub struct Prepared<'a> {
    pub docs: &'a [Document],
    pub analyses: Vec<Analysis<'a>>,
    pub timex: Vec<(DocDate, Vec<Timex>)>,
    pub entities: Vec<Vec<Entity>>,
}

impl<'a> Prepared<'a> {
    pub fn new(docs: &'a [Document]) -> Self {
        let analyses: Vec<Analysis<'a>> = docs.iter().map(|d| Analysis::new(&d.text)).collect();
        let timex: Vec<_> = analyses
            .iter()
            .zip(docs)
            .map(|(a, d)| timex::extract(a, d.date.as_deref()))
            .collect();
        let entities = analyses
            .iter()
            .zip(&timex)
            .map(|(a, t)| entities::extract(a, &t.1))
            .collect();
        Prepared {
            docs,
            analyses,
            timex,
            entities,
        }
    }

    /// Run `stage` over every document once; returns how many items it produced (so the
    /// work cannot be optimised away, and so reports can show the extractor did something).
    pub fn run(&self, stage: Stage) -> usize {
        let mut items = 0;
        match stage {
            Stage::Extract => {
                for d in self.docs {
                    items += count(&black_box(frontera_core::extract(black_box(d))));
                }
            }
            Stage::ExtractMany => {
                for x in black_box(frontera_core::extract_many(black_box(self.docs))) {
                    items += count(&x);
                }
            }
            Stage::Text => {
                for d in self.docs {
                    items += black_box(Analysis::new(black_box(&d.text))).tokens.len();
                }
            }
            Stage::Timex => {
                for (a, d) in self.analyses.iter().zip(self.docs) {
                    items += black_box(timex::extract(a, d.date.as_deref())).1.len();
                }
            }
            Stage::Entities => {
                for (a, t) in self.analyses.iter().zip(&self.timex) {
                    items += black_box(entities::extract(a, &t.1)).len();
                }
            }
            Stage::Quantities => {
                for (a, t) in self.analyses.iter().zip(&self.timex) {
                    items += black_box(quantities::extract(a, &t.1)).len();
                }
            }
            Stage::Quotes => {
                for (a, e) in self.analyses.iter().zip(&self.entities) {
                    items += black_box(quotes::extract(a, e)).len();
                }
            }
        }
        items
    }
}

/// Items in one extraction: entities, dates, figures, quotes.
pub fn count(x: &frontera_core::Extraction) -> usize {
    x.entities.len() + x.timex.len() + x.quantities.len() + x.quotes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_runs_on_a_small_corpus() {
        let docs = crate::generate(5, 1);
        let p = Prepared::new(&docs);
        for stage in Stage::ALL {
            // Tokens are always there; other stages may still be stubs that find nothing.
            let n = p.run(stage);
            if stage == Stage::Text {
                assert!(n > 100);
            }
            assert!(!stage.name().is_empty() && !stage.id().is_empty());
        }
    }
}
