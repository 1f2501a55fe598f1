//! Inferring the publication date when none is given.
//!
//! First a dateline or page header ("Tuesday, January 25, 2011", "Posted: March 25, 2009",
//! "MEXICO CITY, March 25 (Reuters) -", a report cover's "June 2009", a title line ending
//! "GAO-09-709 June 18, 2009"). Failing that,
//! internal evidence ([`year`], [`relations`], [`placement`]): the years a reader can tie to
//! the story's own time come first ([`relations`]: "last year, in 2010", "two years ago, in
//! 2008", "in the six years since December 2006", "up from 79 in 2009", "next year's
//! election" / "the 2012 election"), with copyright lines, "the first eight weeks of 2009",
//! fiscal years and weekdays named with their dates; the terms of titled office holders
//! ([`offices`]: "Attorney General Eric Holder" was written while he held the office) and
//! the events it names ([`events`]: "the Villas de Salvárcar massacre" was written after it);
//! then bounds (the story is after what
//! it tells in the past, before what it announces) and a weak prior (the year after the
//! latest year told in the past, however often older years are named; in a text that dates
//! everything in full, as reports do, a past month more likely lies in the report's own
//! year and months before it). Each candidate year
//! is checked for how the dated mentions fit inside it, and the day is placed where past
//! events lie shortly before it and announced ones after it. With no year named, no titled
//! office holder and no known event, the date stays unknown.

mod elections;
mod events;
mod offices;
mod placement;
mod relations;
mod year;

use chrono::{Datelike, NaiveDate};

use super::lexicon::Lex;
use super::resolve::Anchor;
use super::scan::{Dir, Expr, Found, Scanner};
use crate::model::{DocDate, Span};

pub(crate) use offices::is_known_office_holder;
use placement::place_in_year;
pub use placement::refine_day;
use relations::{year_hints, HintKind, YearHint};
use year::choose_year;

/// A header date must sit this close to the top of the text.
const HEADER_BYTES: usize = 600;

/// The inferred publication date and the anchor to resolve relative dates against (which
/// may carry a best-guess day finer than the reported precision).
pub fn infer(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>]) -> (DocDate, Option<Anchor>) {
    if let Some((anchor, span)) = header_date(sc, found) {
        let doc = DocDate {
            value: Some(anchor.value()),
            inferred: true,
            confidence: 0.9,
            evidence: vec![span],
        };
        return (doc, Some(refine_day(sc, found, dirs, anchor)));
    }
    // The ties between relative and numbered times, read once for every candidate year.
    let ties = ties(sc, found, dirs);
    let Some((year, mut evidence, year_confidence)) = choose_year(sc, found, dirs, &ties) else {
        return (DocDate::default(), None);
    };
    // A dateline without a year ("MEXICO CITY, March 25 (Reuters)") gives the day.
    if let Some((month, day, span)) = dateline_month_day(sc, found) {
        if let Some(d) = NaiveDate::from_ymd_opt(year, month, day) {
            evidence.push(span);
            let anchor = Anchor::from_date(d);
            let doc = DocDate {
                value: Some(anchor.value()),
                inferred: true,
                confidence: 0.8,
                evidence,
            };
            return (doc, Some(anchor));
        }
    }
    let (doc, anchor) = match place_in_year(sc, found, dirs, &ties, year) {
        Some((day, spans, _)) => {
            evidence.extend(spans);
            let anchor = Anchor::from_date(day);
            let shown = Anchor {
                day: None,
                ..anchor
            };
            let doc = DocDate {
                value: Some(shown.value()),
                inferred: true,
                confidence: (year_confidence + 0.2).min(0.8),
                evidence,
            };
            (doc, anchor)
        }
        None => {
            let anchor = Anchor {
                year,
                month: None,
                day: None,
            };
            let doc = DocDate {
                value: Some(anchor.value()),
                inferred: true,
                confidence: year_confidence,
                evidence,
            };
            (doc, anchor)
        }
    };
    let mut doc = doc;
    crate::order::sort(&mut doc.evidence);
    doc.evidence.dedup();
    (doc, Some(anchor))
}

/// Everything that ties the story's year to what it names: relative and numbered times
/// ([`relations`]), titled office holders ([`offices`]) and presidential elections
/// ([`elections`]).
fn ties(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>]) -> Vec<YearHint> {
    let mut ties = year_hints(sc, found, dirs);
    ties.extend(offices::office_hints(sc, found, dirs));
    ties.extend(events::event_hints(sc, found));
    // Elections recur: only the years near those the text names or its titles allow.
    let named = found.iter().filter_map(|f| year_of(&f.expr));
    let terms = ties.iter().filter_map(|h| match h.kind {
        HintKind::Term { from, .. } | HintKind::After { from } => Some(from.year()),
        _ => None,
    });
    let years = named.chain(terms).fold(None, |r: Option<(i32, i32)>, y| {
        Some(r.map_or((y, y), |(lo, hi)| (lo.min(y), hi.max(y))))
    });
    if let Some((lo, hi)) = years {
        ties.extend(elections::election_hints(sc, found, lo - 1..=hi + 4));
    }
    ties
}

pub(super) fn span_of(f: &Found) -> Span {
    Span::new(f.start_byte, f.end_byte)
}

/// A full date near the top on a short line of its own, or after "Posted"/"Updated"
/// anywhere.
fn header_date(sc: &Scanner, found: &[Found]) -> Option<(Anchor, Span)> {
    full_header_date(sc, found).or_else(|| month_header(sc, found))
}

/// "June 2009" alone on a line near the top (report covers, magazine issues).
fn month_header(sc: &Scanner, found: &[Found]) -> Option<(Anchor, Span)> {
    found.iter().find_map(|f| {
        let Expr::YearMonth { year, month } = f.expr else {
            return None;
        };
        let alone = f.start_byte < HEADER_BYTES && line_len_besides(sc, f) <= 2;
        alone.then_some((
            Anchor {
                year,
                month: Some(month),
                day: None,
            },
            span_of(f),
        ))
    })
}

fn full_header_date(sc: &Scanner, found: &[Found]) -> Option<(Anchor, Span)> {
    found.iter().find_map(|f| {
        let Expr::Date { year, month, day } = f.expr else {
            return None;
        };
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let stamped = after_stamp_word(sc, f.first);
        // A date that opens the text is its date even when the text has no line breaks.
        let opens = f.first <= 1;
        let top = f.start_byte < HEADER_BYTES
            && (opens || line_is_short(sc, f) || is_dateline(sc, f) || closes_title_line(sc, f));
        (stamped || top).then(|| (Anchor::from_date(date), span_of(f)))
    })
}

fn after_stamp_word(sc: &Scanner, first: usize) -> bool {
    const STAMPS: &[&str] = &["posted", "published", "updated", "dated", "released"];
    (first.saturating_sub(4)..first).any(|j| is_word_at(sc, j, STAMPS))
}

/// The line holding `f` has few tokens besides the date (a header, a byline with a date).
fn line_is_short(sc: &Scanner, f: &Found) -> bool {
    line_len_besides(sc, f) <= 12
}

/// "U.S. Efforts to Combat Arms Trafficking … GAO-09-709 June 18, 2009": a long title
/// line among the first three that ends with the date, as report covers and catalogue
/// entries print it (a sentence would go on or end with a stop).
fn closes_title_line(sc: &Scanner, f: &Found) -> bool {
    let toks = &sc.analysis.tokens;
    let ends_line = toks.get(f.end).is_none_or(|t| t.line_start);
    let breaks_before = toks
        .iter()
        .take(f.first + 1)
        .skip(1)
        .filter(|t| t.line_start)
        .count();
    ends_line && breaks_before <= 2
}

/// How many tokens the line holding `f` has besides `f`'s own.
fn line_len_besides(sc: &Scanner, f: &Found) -> usize {
    let toks = &sc.analysis.tokens;
    let mut start = f.first;
    while start > 0 && !toks.get(start).is_some_and(|t| t.line_start) {
        start -= 1;
    }
    let mut end = f.end;
    while end < toks.len() && !toks.get(end).is_some_and(|t| t.line_start) {
        end += 1;
    }
    (end - start) - (f.end - f.first)
}

/// "CITY, March 25 (Agency) -": a month and day that open the body.
pub(super) fn dateline_month_day(sc: &Scanner, found: &[Found]) -> Option<(u32, u32, Span)> {
    found.iter().find_map(|f| {
        let Expr::Month {
            month,
            day: Some(day),
        } = f.expr
        else {
            return None;
        };
        (f.start_byte < HEADER_BYTES && is_dateline(sc, f)).then_some((month, day, span_of(f)))
    })
}

/// "PLACE, <date> (Agency) -" or "PLACE, <date> -": the date opening a news story.
fn is_dateline(sc: &Scanner, f: &Found) -> bool {
    if f.first < 2 {
        return false;
    }
    let toks = &sc.analysis.tokens;
    let word = |j: usize| toks.get(j).map(|t| t.text(sc.analysis.text)).unwrap_or("");
    let after_place =
        sc.lx(f.first - 1) == Lex::Comma && word(f.first - 2).starts_with(char::is_uppercase);
    let before_agency = matches!(word(f.end), "(" | "-" | "\u{2013}" | "\u{2014}" | "/" | ":");
    after_place && before_agency
}

pub(super) fn is_word_at(sc: &Scanner, j: usize, words: &[&str]) -> bool {
    let w = sc
        .analysis
        .tokens
        .get(j)
        .map(|t| t.text(sc.analysis.text))
        .unwrap_or("");
    words.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// No time is named relative to the story's own: the writer dates everything in full,
/// the current year too, as reports do.
pub(super) fn full_dates_only(found: &[Found]) -> bool {
    !found.iter().any(|f| is_yearless(&f.expr))
}

/// A time named relative to the story's own ("in March", "on Monday", "last year", "this
/// week"): a writer who uses these leaves the year out for the current year.
fn is_yearless(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Month { .. }
            | Expr::MonthOfYear { .. }
            | Expr::MonthShift { .. }
            | Expr::Weekday { .. }
            | Expr::Weekend { .. }
            | Expr::Relative { .. }
            | Expr::Ago { .. }
            | Expr::Season { year: None, .. }
            | Expr::Quarter { year: None, .. }
    )
}

pub(super) fn year_of(expr: &Expr) -> Option<i32> {
    match *expr {
        Expr::Date { year, .. } | Expr::YearMonth { year, .. } | Expr::Year(year) => Some(year),
        Expr::Season { year: Some(y), .. } | Expr::Quarter { year: Some(y), .. } => Some(y),
        _ => None,
    }
}

pub(super) fn sentence(sc: &Scanner, f: &Found) -> usize {
    sc.analysis.sentence_of_token(f.first).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests;
