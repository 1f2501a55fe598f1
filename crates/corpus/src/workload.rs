//! Representative explorer interactions, the same ones timed natively (`frontera-bench`)
//! and in the browser (the app's `fronteraBench` hook): toggling a filter and typing a
//! search, each followed by everything the views recompute before rendering (facets,
//! timeline events, the co-occurrence matrix). No clocks here; callers time these
//! functions with their own.

use crate::cooccur::Basis;
use crate::search::{Query, WordIndex};
use crate::{Corpus, Facet, Filter};

/// Searches a person might type: single words (the last word matches as a prefix, so "mil"
/// finds "military" and "million"), two words in one sentence, a quoted phrase and a name
/// typed without its accent.
pub const QUERIES: [&str; 6] = [
    "cartel",
    "juarez",
    "border agents",
    "\"sinaloa cartel\"",
    "hernandez",
    "mil",
];

/// Filters a person would click: the most and a middling mentioned person, organisation
/// and place, and the busiest year.
pub fn sample_filters(corpus: &Corpus) -> Vec<Filter> {
    let mut out = Vec::new();
    for facet in [Facet::People, Facet::Orgs, Facet::Places] {
        let rows = corpus.facet_rows(facet, &[]);
        out.extend(rows.first().map(|r| r.filter));
        out.extend(rows.get(rows.len() / 2).map(|r| r.filter));
    }
    let years = corpus.facet_rows(Facet::Years, &[]);
    out.extend(years.iter().max_by_key(|r| r.count).map(|r| r.filter));
    out
}

/// Rows a facet list shows before "Show all" (the app's `SHORT_LIST`).
const SHOWN_ROWS: usize = 8;

/// Every facet's counts among `matching`, and the rows shown of each, as the app's lists
/// compute them.
fn facet_lists(corpus: &Corpus, filters: &[Filter], matching: &[usize]) -> usize {
    Facet::ALL
        .iter()
        .map(|&f| {
            let counts = corpus.facet_counts(f, filters, matching);
            let shown = counts
                .iter()
                .take(SHOWN_ROWS)
                .map(|&(g, n)| corpus.facet_row(g, n, filters).label.len())
                .sum::<usize>();
            counts.len() + shown
        })
        .sum()
}

/// Matching sentences the app keeps with their hits for its list (its `MAX_RESULTS`).
const RESULTS_KEPT: usize = 200;

/// Entities on the co-occurrence matrix's axes at a desktop width (the app fits 6 to 20).
const MATRIX_ENTITIES: usize = 20;

/// The co-occurrence matrix of the most-named entities among `matching`, by shared
/// sentences (the app's default view).
fn cooccurrence(corpus: &Corpus, matching: &[usize]) -> usize {
    let axes = corpus.top_entities(matching, MATRIX_ENTITIES);
    let m = corpus.cooccurrence_matrix(matching, Basis::Sentences, &axes);
    m.entities.len() + m.max_shared()
}

/// What the views compute after the filters change: matching articles, timeline events,
/// every facet's counts and shown rows, and the co-occurrence matrix. Returns a count, so
/// the work cannot be optimised away.
pub fn facet_update(corpus: &Corpus, filters: &[Filter]) -> usize {
    let matching = corpus.matching_articles(filters);
    let events = corpus.visible_events_among(filters, &matching);
    matching.len()
        + events.len()
        + facet_lists(corpus, filters, &matching)
        + cooccurrence(corpus, &matching)
}

/// What the views compute after the search box changes (no filter): matching sentences
/// (the first ones with their hits), then the timeline's events, every facet's counts and shown rows and
/// the co-occurrence matrix within the articles found.
pub fn search_update(corpus: &Corpus, index: &WordIndex, query: &str) -> usize {
    let query = Query::parse(query);
    let all = corpus.matching_articles(&[]);
    let found = index.find(corpus, &query, &all, RESULTS_KEPT);
    let matching = found.docs;
    let events = corpus.visible_events_among(&[], &matching);
    found.sentences
        + found.first.len()
        + events.len()
        + facet_lists(corpus, &[], &matching)
        + cooccurrence(corpus, &matching)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use frontera_core::EntityType::{Person, Place};

    #[test]
    fn interactions_touch_every_view() {
        let c = Corpus::new(vec![
            article(
                "a",
                "Felipe Calderón sent troops to Juárez. The cartels fought back.",
                &[
                    (Person, "Felipe Calderón", "Felipe Calderón"),
                    (Place, "Juárez", "Juárez"),
                ],
                &[],
            ),
            article(
                "b",
                "Juárez police said nothing.",
                &[(Place, "Juárez", "Juárez")],
                &[],
            ),
        ]);
        let filters = sample_filters(&c);
        assert!(!filters.is_empty());
        assert!(facet_update(&c, &filters[..1]) > 0);
        let index = WordIndex::new(&c);
        assert!(search_update(&c, &index, "juarez") >= 2);
        assert_eq!(search_update(&c, &index, "zzz"), 0);
    }
}
