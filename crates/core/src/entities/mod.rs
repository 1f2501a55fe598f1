//! Named people, organisations and places, each with all its mentions grouped.
//!
//! 1. [`candidates`]: runs of capitalised words, initialisms and datelines, one token pass;
//! 2. [`classify`]: split runs at titles and type each part by rules and lexicons;
//! 3. [`roles`]: "the X administration", appositive roles ("Mullen, chairman of ...");
//!    [`context`]: what the surrounding words say ("the Tijuana and Gulf cartels",
//!    "Interstate 10", "the neighborhood of Bellavista");
//! 4. [`grouping`]: one entity per referent (surnames, acronyms, accents, short forms).

mod candidates;
mod classify;
mod context;
mod grouping;
mod keys;
pub mod lexicon;
mod roles;

use crate::model::{Entity, EntityType, Span, Timex};
use crate::text::{Analysis, TokenKind};
use classify::{Candidate, DocWords};

/// Find the named entities of a document. `timex` spans are never entities ("Wednesday").
pub fn extract(analysis: &Analysis, timex: &[Timex]) -> Vec<Entity> {
    let keys = keys::TokenKeys::new(analysis);
    let runs = candidates::runs(analysis, &keys);
    let doc = DocWords::new(analysis, &runs);
    // (Most runs give one mention; roles and heads add a few: sized once, not regrown.)
    let mut cands: Vec<Candidate> = Vec::with_capacity(runs.len() + runs.len() / 2 + 4);
    let mut scratch = classify::RunWords::default();
    for run in &runs {
        classify::classify_run(analysis, run, &doc, &keys, &mut scratch, &mut cands);
    }
    roles::add_lowercase_heads(analysis, &mut cands);
    roles::add_capitalised_administrations(analysis, &mut cands);
    roles::demote_quoted_nicknames(analysis, &mut cands);
    context::apply(analysis, &keys, &mut cands);
    let dates = SpanSet::new(timex.iter().map(|t| Span::new(t.start, t.end)));
    cands.retain(|c| !c.span.is_empty() && !dates.overlaps(c.span));
    crate::order::sort_by_key(&mut cands, |c| {
        (c.span.start, std::cmp::Reverse(c.span.end))
    });
    cands.dedup_by(|b, a| a.span == b.span);
    roles::add_appositive_roles(analysis, &keys, &mut cands);
    roles::link_nicknames(analysis, &mut cands);
    let mut entities = grouping::group(analysis, &keys, cands);
    entities.retain(|e| !only_adjectival_country(analysis, e));
    entities
}

/// Spans asked whether any of them overlaps a given span, by a binary search rather than
/// a scan of all (a document has many dates and many candidate names).
struct SpanSet {
    /// Sorted by start.
    spans: Vec<Span>,
    /// `max_end[i]`: the greatest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl SpanSet {
    fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        crate::order::sort(&mut spans);
        let mut end = 0;
        let max_end = spans
            .iter()
            .map(|s| {
                end = end.max(s.end);
                end
            })
            .collect();
        SpanSet { spans, max_end }
    }

    /// `Span::overlaps` for some span of the set: one that starts before `span` ends and
    /// ends after it starts.
    fn overlaps(&self, span: Span) -> bool {
        let starts_before = self.spans.partition_point(|s| s.start < span.end);
        starts_before > 0
            && self
                .max_end
                .get(starts_before - 1)
                .is_some_and(|&end| end > span.start)
    }
}

/// "U.S. officials", "U.S. interests", "U.S.-Mexican cooperation": a country named only as
/// an adjective is no mention of the place (a text that says "the United States" or "the
/// U.S. has" once keeps it, adjectival mentions and all).
fn only_adjectival_country(a: &Analysis, e: &Entity) -> bool {
    e.kind == EntityType::Place
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let abbreviation = matches!(m.text.as_str(), "U.S." | "US" | "U.S.A." | "USA");
            let tok = a.token_at(m.end);
            let after = a.tokens.get(tok).filter(|t| t.start >= m.end);
            // A lowercase word after it, unless a verb or a function word ("the US has").
            let adjective = after.is_some_and(|t| {
                let w = t.text(a.text);
                let verb_or_function = matches!(
                    w,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "must"
                        | "may"
                        | "might"
                        | "did"
                        | "does"
                        | "said"
                        | "says"
                        | "and"
                        | "or"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "from"
                        | "with"
                        | "by"
                        | "of"
                        | "as"
                        | "also"
                        | "still"
                        | "now"
                        | "than"
                        | "that"
                );
                (t.kind == TokenKind::Word && !t.capitalised && t.space_before && !verb_or_function)
                    || (w == "-" && !t.space_before)
            });
            abbreviation && adjective
        })
}

#[cfg(test)]
mod tests;
