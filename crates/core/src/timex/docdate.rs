//! Inferring the publication date when none is given.
//!
//! First a dateline or page header ("Tuesday, January 25, 2011", "Posted: March 25, 2009",
//! "MEXICO CITY, March 25 (Reuters) -"). Failing that, internal evidence: the year comes
//! from copyright lines, "the first eight weeks of 2009", fiscal years, the latest year
//! reported in the past, and relative expressions that must agree with absolute ones
//! ("last year ... in 2008"); the day within that year is where the most dated mentions
//! fit their tense (past events shortly before, announced ones shortly after).

use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

use super::lexicon::{Cue, Lex, Unit};
use super::resolve::Anchor;
use super::scan::{Dir, Expr, Found, Scanner};
use crate::model::{DocDate, Span};

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
    let Some((year, mut evidence, year_confidence)) = choose_year(sc, found, dirs) else {
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
    let (doc, anchor) = match place_in_year(sc, found, dirs, year) {
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
    doc.evidence.sort();
    doc.evidence.dedup();
    (doc, Some(anchor))
}

fn span_of(f: &Found) -> Span {
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
        let top =
            f.start_byte < HEADER_BYTES && (opens || line_is_short(sc, f) || is_dateline(sc, f));
        (stamped || top).then(|| (Anchor::from_date(date), span_of(f)))
    })
}

fn after_stamp_word(sc: &Scanner, first: usize) -> bool {
    (first.saturating_sub(4)..first).any(|j| {
        let w = sc
            .analysis
            .tokens
            .get(j)
            .map(|t| t.text(sc.analysis.text))
            .unwrap_or("");
        ["posted", "published", "updated", "dated", "released"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// The line holding `f` has few tokens besides the date (a header, a byline with a date).
fn line_is_short(sc: &Scanner, f: &Found) -> bool {
    line_len_besides(sc, f) <= 12
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
fn dateline_month_day(sc: &Scanner, found: &[Found]) -> Option<(u32, u32, Span)> {
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

fn is_word_at(sc: &Scanner, j: usize, words: &[&str]) -> bool {
    let w = sc
        .analysis
        .tokens
        .get(j)
        .map(|t| t.text(sc.analysis.text))
        .unwrap_or("");
    words.iter().any(|s| w.eq_ignore_ascii_case(s))
}

fn year_of(expr: &Expr) -> Option<i32> {
    match *expr {
        Expr::Date { year, .. } | Expr::YearMonth { year, .. } | Expr::Year(year) => Some(year),
        Expr::Season { year: Some(y), .. } | Expr::Quarter { year: Some(y), .. } => Some(y),
        _ => None,
    }
}

fn sentence(sc: &Scanner, f: &Found) -> usize {
    sc.analysis.sentence_of_token(f.first).unwrap_or(usize::MAX)
}

/// "the first eight weeks of 2009": the end of that stretch, already past.
fn first_stretch_of_year(
    sc: &Scanner,
    found: &[Found],
    k: usize,
    doc_year: Option<i32>,
) -> Option<NaiveDate> {
    let f = found.get(k)?;
    let Expr::Duration {
        unit,
        halves: Some(h),
    } = f.expr
    else {
        return None;
    };
    if f.first == 0 || !is_word_at(sc, f.first - 1, &["first"]) {
        return None;
    }
    let next = found.get(k + 1)?;
    // "of 2009", or "of this year" when the publication year is being tried.
    let year = match (next.expr, doc_year) {
        (Expr::Year(y), _) => y,
        (
            Expr::Relative {
                unit: Unit::Year,
                shift,
            },
            Some(y),
        ) => y + shift,
        _ => return None,
    };
    if next.first != f.end + 1 || sc.lx(f.end) != Lex::Word(Cue::Of) {
        return None;
    }
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let days = match unit {
        Unit::Week => 7 * h / 2,
        Unit::Month => 30 * h / 2,
        Unit::Day => h / 2,
        _ => return None,
    };
    jan1.checked_add_days(Days::new(u64::from(days)))
}

/// The publication year: the candidates the year evidence favours, each also tried for
/// how well the dated mentions fit inside it ("in February", "this spring", "fiscal 2010"
/// in the past tense), since a wrong year leaves them out of order.
fn choose_year(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
) -> Option<(i32, Vec<Span>, f32)> {
    let (mut candidates, mut spans) = year_candidates(sc, found, dirs)?;
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
    let top = candidates.first().map(|c| c.1)?;
    let mut best: Option<(i32, f32, f32)> = None;
    for &(y, score) in candidates.iter().filter(|c| c.1 >= top - 2.0).take(4) {
        // Only contradictions count here: a past event far from the publication date is
        // normal, one after it is not.
        let total = score + consistency(&clues(sc, found, dirs, y), y);
        let better = match best {
            None => true,
            Some((by, bt, _)) => total > bt + 1e-4 || ((total - bt).abs() <= 1e-4 && y > by),
        };
        if better {
            best = Some((y, total, score));
        }
    }
    let (year, _, score) = best?;
    let confidence = (0.2 + 0.05 * score).clamp(0.2, 0.6);
    Some((year, spans.remove(&year).unwrap_or_default(), confidence))
}

type YearEvidence = (Vec<(i32, f32)>, BTreeMap<i32, Vec<Span>>);

/// Candidate years with their scores from year-level evidence, and the spans behind each.
fn year_candidates(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>]) -> Option<YearEvidence> {
    let mut votes: BTreeMap<i32, f32> = BTreeMap::new();
    let mut spans: BTreeMap<i32, Vec<Span>> = BTreeMap::new();
    let mut vote = |y: i32, w: f32, s: Span, votes: &mut BTreeMap<i32, f32>| {
        *votes.entry(y).or_insert(0.0) += w;
        spans.entry(y).or_default().push(s);
    };
    let mut latest_past: Option<i32> = None;
    let mut earliest_future: Option<i32> = None;
    for (k, f) in found.iter().enumerate() {
        if let Some(end) = first_stretch_of_year(sc, found, k, None) {
            vote(end.year(), 4.0, span_of(f), &mut votes);
        }
        let Some(y) = year_of(&f.expr) else {
            continue;
        };
        let first = f.first;
        let copyright = (first.saturating_sub(3)..first)
            .any(|j| is_word_at(sc, j, &["copyright", "\u{a9}", "(c)"]));
        if copyright {
            vote(y, 10.0, span_of(f), &mut votes);
            continue;
        }
        let fiscal = matches!(sc.lx(first), Lex::Word(Cue::Fiscal | Cue::Fy))
            || sc.analysis.tokens.get(first).is_some_and(|t| {
                let w = t.text(sc.analysis.text);
                w.len() == 6 && w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"))
            });
        let dir = dirs.get(k).copied().flatten();
        if fiscal {
            if dir == Some(Dir::Past) {
                // A fiscal year reported in the past tense is over.
                vote(y, 0.7, span_of(f), &mut votes);
                vote(y + 1, 0.8, span_of(f), &mut votes);
            } else {
                // Budgets are debated in the calendar year before their fiscal year.
                vote(y - 1, 1.5, span_of(f), &mut votes);
                vote(y, 1.0, span_of(f), &mut votes);
            }
            continue;
        }
        let upper_bound =
            first > 0 && is_word_at(sc, first - 1, &["by", "until", "till", "through", "before"]);
        if dir == Some(Dir::Future) || upper_bound {
            earliest_future = Some(earliest_future.map_or(y, |e: i32| e.min(y)));
            vote(y, 0.3, span_of(f), &mut votes);
            vote(y - 1, 0.3, span_of(f), &mut votes);
        } else if first > 0 && is_word_at(sc, first - 1, &["since"]) {
            // "since 2006" counts up to now: the article is usually some years later.
            latest_past = Some(latest_past.map_or(y, |l: i32| l.max(y)));
            vote(y, 0.2, span_of(f), &mut votes);
            vote(y + 1, 0.5, span_of(f), &mut votes);
            vote(y + 2, 0.5, span_of(f), &mut votes);
        } else {
            latest_past = Some(latest_past.map_or(y, |l: i32| l.max(y)));
            // News names earlier years by number and the current one as "this year", so a
            // year told in the past tense is as often the year before publication.
            vote(y, 0.7, span_of(f), &mut votes);
            vote(y + 1, 0.8, span_of(f), &mut votes);
            // A sentence that names a year beside "this year" / "last year" means another
            // year: "12 this year, up from 79 in 2009" is not written in 2009.
            let s = sentence(sc, f);
            let lo = k.saturating_sub(6);
            let hi = (k + 7).min(found.len());
            for g in found.get(lo..hi).unwrap_or_default() {
                if sentence(sc, g) != s {
                    continue;
                }
                if let Expr::Relative {
                    unit: Unit::Year,
                    shift,
                } = g.expr
                {
                    match shift {
                        0 => {
                            vote(y, -1.0, span_of(g), &mut votes);
                            vote(y + 1, 0.6, span_of(g), &mut votes);
                        }
                        -1 => vote(y + 1, -1.0, span_of(g), &mut votes),
                        _ => {}
                    }
                }
            }
        }
    }
    weekday_votes(sc, found, &mut votes, &mut spans);
    if votes.is_empty() {
        return None;
    }
    let scored = votes
        .iter()
        .map(|(&y, &v)| {
            let mut score = v;
            if latest_past.is_some_and(|l| y < l) {
                score -= 5.0;
            }
            if earliest_future.is_some_and(|e| y > e) {
                score -= 3.0;
            }
            (y, score)
        })
        .collect();
    Some((scored, spans))
}

/// A weekday named with a month and day ("Monday, March 2"), or beside a dateline's day,
/// holds only in some years: those get the vote.
fn weekday_votes(
    sc: &Scanner,
    found: &[Found],
    votes: &mut BTreeMap<i32, f32>,
    spans: &mut BTreeMap<i32, Vec<Span>>,
) {
    let (Some(&lo), Some(&hi)) = (votes.keys().next(), votes.keys().next_back()) else {
        return;
    };
    let mut pairs: Vec<(u32, u32, u32, Span, f32)> = Vec::new();
    for f in found {
        if let (
            Lex::Weekday(w),
            Expr::Month {
                month,
                day: Some(d),
            },
        ) = (sc.lx(f.first), f.expr)
        {
            pairs.push((w, month, d, span_of(f), 3.0));
        }
    }
    // The dateline's day is the day of the news the lead reports "on Wednesday".
    if let Some((month, d, span)) = dateline_month_day(sc, found) {
        let lead_weekday = found.iter().find_map(|f| match f.expr {
            Expr::Weekday { day, shift: 0 } if f.start_byte > span.end => Some(day),
            _ => None,
        });
        if let Some(w) = lead_weekday {
            pairs.push((w, month, d, span, 2.0));
        }
    }
    for (w, month, d, span, weight) in pairs {
        for y in (lo - 1)..=(hi + 1) {
            let matches = NaiveDate::from_ymd_opt(y, month, d)
                .is_some_and(|x| x.weekday().num_days_from_monday() == w);
            if matches {
                *votes.entry(y).or_insert(0.0) += weight;
                spans.entry(y).or_default().push(span);
            }
        }
    }
}

/// How well a candidate day fits one piece of evidence.
#[derive(Debug, Clone, Copy)]
enum Fit {
    /// Something that already happened over [from, to].
    Past { from: NaiveDate, to: NaiveDate },
    /// Something still ahead over [from, to].
    Ahead { from: NaiveDate, to: NaiveDate },
    /// The day lies in [from, to].
    Within { from: NaiveDate, to: NaiveDate },
}

impl Fit {
    fn score(&self, d: NaiveDate) -> f32 {
        match *self {
            Fit::Past { from, to } => {
                if d < from {
                    -1.0
                } else {
                    let gap = (d - to).num_days();
                    if gap <= 30 {
                        1.0
                    } else if gap <= 90 {
                        0.5
                    } else {
                        0.0
                    }
                }
            }
            Fit::Ahead { from, to } => {
                if d > to {
                    -1.0
                } else if d >= from {
                    // Already under way: possible, but news announces things ahead.
                    0.5
                } else {
                    let gap = (from - d).num_days();
                    if gap <= 30 {
                        1.0
                    } else if gap <= 120 {
                        0.5
                    } else {
                        0.0
                    }
                }
            }
            Fit::Within { from, to } => {
                if d >= from && d <= to {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

/// One piece of evidence: alternative readings (the best one counts), a weight, a span.
struct Clue {
    readings: Vec<Fit>,
    weight: f32,
    span: Span,
}

/// "fiscal 2010", "fiscal year 2010", "FY2010".
fn is_fiscal(sc: &Scanner, f: &Found) -> bool {
    matches!(sc.lx(f.first), Lex::Word(Cue::Fiscal | Cue::Fy))
        || sc.analysis.tokens.get(f.first).is_some_and(|t| {
            let w = t.text(sc.analysis.text);
            w.len() == 6 && w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"))
        })
}

fn day_of(e: &Expr) -> Option<u32> {
    match *e {
        Expr::Month { day, .. } => day,
        _ => None,
    }
}

fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

fn fit(dir: Option<Dir>, from: NaiveDate, to: NaiveDate) -> Fit {
    match dir {
        Some(Dir::Future) => Fit::Ahead { from, to },
        _ => Fit::Past { from, to },
    }
}

/// The best-supported day of `year`, with the spans that support it; None when nothing
/// in the text places the article within the year.
fn place_in_year(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
    year: i32,
) -> Option<(NaiveDate, Vec<Span>, f32)> {
    let clues = clues(sc, found, dirs, year);
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31)?;
    best_day(&clues, jan1, dec31)
}

/// A given publication month made a day, for weekdays and weeks, when the text supports one.
pub fn refine_day(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>], a: Anchor) -> Anchor {
    let (Some(month), None) = (a.month, a.day) else {
        return a;
    };
    let clues = clues(sc, found, dirs, a.year);
    match month_bounds(a.year, month).and_then(|(from, to)| best_day(&clues, from, to)) {
        Some((d, _, _)) => Anchor::from_date(d),
        None => a,
    }
}

fn clues(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>], year: i32) -> Vec<Clue> {
    let mut clues: Vec<Clue> = Vec::new();
    for (k, f) in found.iter().enumerate() {
        let dir = dirs.get(k).copied().flatten();
        let tense_weight = if dir.is_some() { 1.0 } else { 0.7 };
        if let Some(end) = first_stretch_of_year(sc, found, k, Some(year)) {
            clues.push(Clue {
                readings: vec![Fit::Past { from: end, to: end }],
                weight: 3.0,
                span: span_of(f),
            });
        }
        let mut readings = Vec::new();
        let mut weight = 0.0;
        match f.expr {
            Expr::Date {
                year: y,
                month,
                day,
            } if (y - year).abs() <= 1 => {
                if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                    readings.push(fit(dir, d, d));
                    weight = 3.0;
                }
            }
            Expr::YearMonth { year: y, month } if (y - year).abs() <= 1 => {
                if let Some((a, b)) = month_bounds(y, month) {
                    readings.push(fit(dir, a, b));
                    weight = 2.0;
                }
            }
            // U.S. fiscal year y runs from October y-1 to September y.
            Expr::Year(y) if (y - year).abs() <= 2 && dir.is_some() && is_fiscal(sc, f) => {
                let from = NaiveDate::from_ymd_opt(y - 1, 10, 1);
                let to = NaiveDate::from_ymd_opt(y, 9, 30);
                if let (Some(a), Some(b)) = (from, to) {
                    readings.push(fit(dir, a, b));
                    weight = 1.5 * tense_weight;
                }
            }
            Expr::Season {
                season,
                year: y,
                shift,
            } => {
                let years: Vec<i32> = match (y, shift, dir) {
                    (Some(y), _, _) => vec![y],
                    (None, Some(s), _) => vec![year + s],
                    (None, None, Some(Dir::Future)) => vec![year, year + 1],
                    (None, None, _) => vec![year - 1, year],
                };
                for y in years {
                    let first = NaiveDate::from_ymd_opt(y, season.first_month(), 1);
                    let last = first.and_then(|d| d.checked_add_days(Days::new(91)));
                    if let (Some(a), Some(b)) = (first, last) {
                        readings.push(fit(dir, a, b));
                    }
                }
                weight = tense_weight;
            }
            Expr::Quarter {
                quarter,
                year: y,
                shift,
            } => {
                let y = y.or(shift.map(|s| year + s));
                let years: Vec<i32> = match (y, dir) {
                    (Some(y), _) => vec![y],
                    (None, Some(Dir::Future)) => vec![year, year + 1],
                    (None, _) => vec![year - 1, year],
                };
                for y in years {
                    let first = month_bounds(y, quarter * 3 - 2).map(|b| b.0);
                    let last = month_bounds(y, quarter * 3).map(|b| b.1);
                    if let (Some(a), Some(b)) = (first, last) {
                        readings.push(fit(dir, a, b));
                    }
                }
                weight = 1.5 * tense_weight;
            }
            Expr::Month { month, .. } | Expr::MonthShift { month, .. } => {
                let day = day_of(&f.expr);
                let years = match dir {
                    Some(Dir::Future) => [year, year + 1],
                    _ => [year - 1, year],
                };
                for y in years {
                    let bounds = match day {
                        Some(d) => NaiveDate::from_ymd_opt(y, month, d).map(|x| (x, x)),
                        None => month_bounds(y, month),
                    };
                    if let Some((a, b)) = bounds {
                        readings.push(fit(dir, a, b));
                    }
                }
                weight = if day.is_some() { 3.0 } else { 1.5 } * tense_weight;
            }
            Expr::Relative {
                unit: Unit::Month,
                shift,
            } => {
                // "last month" beside a named month: the article is a month after it.
                let s = sentence(sc, f);
                // Mentions are in text order: only neighbours can share or adjoin the sentence.
                let lo = k.saturating_sub(8);
                let hi = (k + 9).min(found.len());
                for g in found.get(lo..hi).unwrap_or_default() {
                    let near = sentence(sc, g).abs_diff(s) <= 1;
                    let month = match g.expr {
                        Expr::Month { month, .. } => Some(month),
                        Expr::YearMonth { year: y, month } if y == year => Some(month),
                        Expr::Date { year: y, month, .. } if y == year => Some(month),
                        _ => None,
                    };
                    if let (true, Some(m)) = (near, month) {
                        let m = m as i32 - shift;
                        for y in [year - 1, year, year + 1] {
                            let idx = y * 12 + m - 1;
                            if let Some((a, b)) =
                                month_bounds(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
                            {
                                readings.push(Fit::Within { from: a, to: b });
                            }
                        }
                        weight = 2.0;
                    }
                }
            }
            _ => {}
        }
        if !readings.is_empty() {
            clues.push(Clue {
                readings,
                weight,
                span: span_of(f),
            });
        }
    }
    clues
}

/// How little the clues must be contradicted by the best day of `year` (0 = not at all).
fn consistency(clues: &[Clue], year: i32) -> f32 {
    let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return 0.0;
    };
    let mut best = f32::MIN;
    for offset in 0..366u64 {
        let Some(d) = jan1.checked_add_days(Days::new(offset)) else {
            break;
        };
        if d.year() != year {
            break;
        }
        let score: f32 = clues
            .iter()
            .map(|c| {
                let s = c
                    .readings
                    .iter()
                    .map(|r| r.score(d))
                    .fold(f32::MIN, f32::max);
                c.weight * s.min(0.0)
            })
            .sum();
        best = best.max(score);
    }
    if best == f32::MIN {
        0.0
    } else {
        best
    }
}

/// The day in [from, to] that the clues support best, late in the best stretch.
fn best_day(clues: &[Clue], from: NaiveDate, to: NaiveDate) -> Option<(NaiveDate, Vec<Span>, f32)> {
    if clues.is_empty() {
        return None;
    }
    let mut best_score = f32::MIN;
    let mut best_days: Vec<NaiveDate> = Vec::new();
    for offset in 0..=(to - from).num_days().clamp(0, 400) as u64 {
        let Some(d) = from.checked_add_days(Days::new(offset)) else {
            break;
        };
        let score: f32 = clues
            .iter()
            .map(|c| {
                c.weight
                    * c.readings
                        .iter()
                        .map(|r| r.score(d))
                        .fold(f32::MIN, f32::max)
            })
            .sum();
        if score > best_score + 1e-4 {
            best_score = score;
            best_days.clear();
        }
        if (score - best_score).abs() <= 1e-4 {
            best_days.push(d);
        }
    }
    if best_score <= 0.0 {
        return None;
    }
    // Late in the best stretch: the article comes after what it reports.
    let pick = *best_days.last()?;
    let spans = clues
        .iter()
        .filter(|c| c.readings.iter().any(|r| r.score(pick) > 0.0))
        .map(|c| c.span)
        .collect();
    Some((pick, spans, best_score))
}
