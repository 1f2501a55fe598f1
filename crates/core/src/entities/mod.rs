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

use crate::model::{Entity, Span, Timex};
use crate::text::Analysis;
use classify::{Candidate, DocWords};

/// Find the named entities of a document. `timex` spans are never entities ("Wednesday").
pub fn extract(analysis: &Analysis, timex: &[Timex]) -> Vec<Entity> {
    let keys = keys::TokenKeys::new(analysis);
    let runs = candidates::runs(analysis, &keys);
    let doc = DocWords::new(analysis, &runs);
    let mut cands: Vec<Candidate> = Vec::new();
    let mut scratch = classify::RunWords::default();
    for run in &runs {
        classify::classify_run(analysis, run, &doc, &keys, &mut scratch, &mut cands);
    }
    roles::add_lowercase_heads(analysis, &mut cands);
    roles::add_capitalised_administrations(analysis, &mut cands);
    roles::demote_quoted_nicknames(analysis, &mut cands);
    context::apply(analysis, &mut cands);
    cands.retain(|c| {
        !c.span.is_empty()
            && !timex
                .iter()
                .any(|t| Span::new(t.start, t.end).overlaps(c.span))
    });
    crate::order::sort_by_key(&mut cands, |c| {
        (c.span.start, std::cmp::Reverse(c.span.end))
    });
    cands.dedup_by(|b, a| a.span == b.span);
    roles::add_appositive_roles(analysis, &mut cands);
    roles::link_nicknames(analysis, &mut cands);
    grouping::group(analysis, cands)
}

#[cfg(test)]
mod tests;
