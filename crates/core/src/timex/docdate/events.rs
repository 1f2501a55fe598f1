//! Named events as clocks: "the Villas de Salvárcar massacre", "Operation Fast and
//! Furious", "the Mérida Initiative". A text that names an event was written after it; one
//! that names an incident and no later year was most likely written within months of it,
//! as news names incidents while they are news. Events come from `data/events.tsv`.
//!
//! Only the lower bound is certain: an incident recalled years later in a text that gives
//! its own later years is dated by those years, and the event only bars earlier ones.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};

use super::offices::{folded_words, iso_date, rows, word_keys, words_at};
use super::relations::{HintKind, YearHint};
use super::{sentence, year_of};
use crate::model::Span;
use crate::timex::scan::{Expr, Found, Scanner};
use crate::wordkey::{key, Key};

/// The table as `build.rs` leaves it: rows only, documentation columns dropped.
static SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/events.tsv"));

/// How much a year before a named event loses: the text cannot precede it.
const BEFORE_EVENT: f32 = 3.0;
/// The vote for an incident's own year, and for the year after, when the text names no
/// year as late as the incident.
const INCIDENT_YEAR: f32 = 1.0;
const YEAR_AFTER_INCIDENT: f32 = 0.4;
/// News on an incident: the weeks right after it.
const NEWS_DAYS: u64 = 21;

#[derive(Debug)]
struct Event {
    /// Folded names, each a list of words.
    names: Vec<Vec<String>>,
    start: NaiveDate,
    incident: bool,
}

struct Table {
    events: Vec<Event>,
    /// The key ([`crate::wordkey`]) of every name's first word, folded and as written
    /// lowercased, with its event and name.
    by_first_word: Vec<(Key, usize, usize)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(SOURCE))
}

fn parse(source: &str) -> Table {
    let mut events = Vec::new();
    let mut by_first_word = Vec::new();
    for cols in rows(source) {
        let (Some(names), Some(start), Some(kind)) = (
            cols.first(),
            cols.get(1).and_then(|d| iso_date(d)),
            cols.get(2),
        ) else {
            continue;
        };
        let id = events.len();
        for (n, written) in names.split('|').enumerate() {
            if let Some(first) = written.split_whitespace().next() {
                by_first_word.extend(word_keys(first).map(|k| (k, id, n)));
            }
        }
        events.push(Event {
            names: names.split('|').map(folded_words).collect(),
            start,
            incident: kind.trim() == "incident",
        });
    }
    // (The crate's own sort: std's would add an instantiation to the wasm.)
    crate::order::sort(&mut by_first_word);
    by_first_word.dedup();
    Table {
        events,
        by_first_word,
    }
}

/// The year hints that named events give, for [`super::year`] and [`super::placement`].
pub(super) fn event_hints(sc: &Scanner, found: &[Found]) -> Vec<YearHint> {
    let table = table();
    let latest_year = found.iter().filter_map(|f| year_of(&f.expr)).max();
    let mut hints = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut buf = String::new();
    let toks = &sc.analysis.tokens;
    // Every name begins with a capital, written so in the text too.
    for (i, t) in toks.iter().enumerate() {
        if !t.capitalised {
            continue;
        }
        let Some(k) = key(sc.word(i)) else {
            continue;
        };
        let from = table.by_first_word.partition_point(|&(x, _, _)| x < k);
        let matches = table.by_first_word[from..]
            .iter()
            .take_while(|&&(x, _, _)| x == k);
        for &(_, id, n) in matches {
            let (Some(event), false) = (table.events.get(id), seen.contains(&id)) else {
                continue;
            };
            let Some(name) = event.names.get(n) else {
                continue;
            };
            if name.is_empty() || !words_at(sc, i, name, &mut buf) {
                continue;
            }
            let last = i + name.len() - 1;
            seen.push(id);
            let span = Span::new(t.start, toks.get(last).map_or(t.end, |t| t.end));
            // "the massacre at Villas de Salvárcar on Jan. 31": the text dates the event
            // itself, and that date places the story better than a guess at its news days.
            let s = sc.analysis.sentence_of_token(i);
            let dated_here = found.iter().any(|f| {
                Some(sentence(sc, f)) == s
                    && (year_of(&f.expr).is_some()
                        || matches!(
                            f.expr,
                            Expr::Month { .. } | Expr::MonthShift { .. } | Expr::MonthOfYear { .. }
                        ))
            });
            hints.extend(hints_for(event, span, latest_year, dated_here));
        }
    }
    hints
}

fn hints_for(
    event: &Event,
    span: Span,
    latest_year: Option<i32>,
    dated_here: bool,
) -> Vec<YearHint> {
    let year = event.start.year();
    let mut hints = vec![YearHint {
        kind: HintKind::After { from: event.start },
        year,
        weight: BEFORE_EVENT,
        span,
        days: None,
    }];
    // A text that gives a year as late as the incident dates itself by its years.
    if event.incident && !dated_here && latest_year.is_none_or(|l| l < year) {
        let news = event
            .start
            .checked_add_days(Days::new(NEWS_DAYS))
            .map(|to| (event.start, to, 1.0));
        hints.push(YearHint {
            kind: HintKind::Is,
            year,
            weight: INCIDENT_YEAR,
            span,
            days: news,
        });
        hints.push(YearHint {
            kind: HintKind::Is,
            year: year + 1,
            weight: YEAR_AFTER_INCIDENT,
            span,
            days: None,
        });
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_table_parses() {
        let rows = SOURCE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        let t = table();
        assert_eq!(t.events.len(), rows);
        assert!(t.events.iter().all(|e| !e.names.is_empty()));
        let capitalised = |n: &str| n.starts_with(|c: char| c.is_uppercase());
        assert!(SOURCE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .all(|l| l
                .split('\t')
                .next()
                .is_some_and(|ns| ns.split('|').all(capitalised))));
    }

    fn hints(text: &str) -> Vec<YearHint> {
        let a = crate::text::Analysis::new(text);
        let sc = Scanner::new(&a);
        event_hints(&sc, &sc.scan())
    }

    #[test]
    fn a_proper_name_must_be_written_as_one() {
        let named = hints("Critics of Operation Fast and Furious met on Tuesday.");
        assert!(matches!(
            named.first().map(|h| h.kind),
            Some(HintKind::After { from }) if from.year() == 2011
        ));
        assert!(hints("Arrests came at a fast and furious pace on Tuesday.").is_empty());
    }

    #[test]
    fn an_incident_votes_for_its_year_only_when_the_text_names_none_as_late() {
        let recent = hints("Families of the Casino Royale victims marched on Sunday.");
        assert!(recent
            .iter()
            .any(|h| h.kind == HintKind::Is && h.year == 2011));
        let later = hints("In 2013, families of the Casino Royale victims still marched.");
        assert!(later.iter().all(|h| h.kind != HintKind::Is));
    }
}
