//! Placing the publication date within a year: every dated mention is a clue that fits
//! some days better than others (past events shortly before, announced ones after).

use chrono::{Days, NaiveDate};

use super::relations::{HintKind, YearHint};
use super::year::first_stretch_of_year;
use super::{full_dates_only, sentence, span_of, ties};
use crate::model::Span;
use crate::timex::lexicon::{Cue, Lex, Unit};
use crate::timex::resolve::Anchor;
use crate::timex::scan::{Dir, Expr, Found, Scanner};

/// How well a candidate day fits one piece of evidence.
#[derive(Debug, Clone, Copy)]
pub(super) enum Fit {
    /// Something that already happened over [from, to].
    Past { from: NaiveDate, to: NaiveDate },
    /// Something still ahead over [from, to].
    Ahead { from: NaiveDate, to: NaiveDate },
    /// The day lies in [from, to].
    Within { from: NaiveDate, to: NaiveDate },
    /// "since January": the day is after `from`, however long after.
    Since { from: NaiveDate },
    /// A title held over [from, to]: any day within is as likely, none outside.
    During { from: NaiveDate, to: NaiveDate },
}

fn days_after(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

impl Fit {
    /// The days on which [`Fit::score`] may change value.
    fn breakpoints(&self) -> [Option<NaiveDate>; 5] {
        match *self {
            Fit::Past { from, to } => [
                Some(from),
                days_after(to, 31),
                days_after(to, 91),
                None,
                None,
            ],
            Fit::Ahead { from, to } => [
                days_after(to, 1),
                Some(from),
                days_after(from, -6),
                days_after(from, -30),
                days_after(from, -120),
            ],
            Fit::Within { from, to } => [Some(from), days_after(to, 1), None, None, None],
            Fit::Since { from } => [Some(from), None, None, None, None],
            Fit::During { from, to } => [Some(from), days_after(to, 1), None, None, None],
        }
    }

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
                    // News names a day within the coming week by its weekday ("on
                    // Tuesday"), so a day given by its date is mostly further ahead.
                    let gap = (from - d).num_days();
                    if gap < 7 && from == to {
                        0.7
                    } else if gap <= 30 {
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
            Fit::Since { from } => {
                if d < from {
                    -1.0
                } else {
                    0.0
                }
            }
            Fit::During { from, to } => {
                if d < from || d > to {
                    -1.0
                } else {
                    0.0
                }
            }
        }
    }
}

/// One piece of evidence: alternative readings (the best one counts), a weight, a span.
pub(super) struct Clue {
    readings: Vec<Fit>,
    weight: f32,
    span: Span,
}

impl Clue {
    /// The score of the reading that fits day `d` best.
    fn best_reading(&self, d: NaiveDate) -> f32 {
        self.readings
            .iter()
            .map(|r| r.score(d))
            .fold(f32::MIN, f32::max)
    }
}

/// "fiscal 2010", "fiscal year 2010", "FY2010".
pub(super) fn is_fiscal(sc: &Scanner, f: &Found) -> bool {
    matches!(sc.lx(f.first), Lex::Word(Cue::Fiscal | Cue::Fy))
        || sc.analysis.tokens.get(f.first).is_some_and(|t| {
            let w = t.text(sc.analysis.text);
            w.len() == 6 && w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"))
        })
}

pub(super) fn day_of(e: &Expr) -> Option<u32> {
    match *e {
        Expr::Month { day, .. } => day,
        _ => None,
    }
}

pub(super) fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

pub(super) fn fit(dir: Option<Dir>, from: NaiveDate, to: NaiveDate) -> Fit {
    match dir {
        Some(Dir::Future) => Fit::Ahead { from, to },
        _ => Fit::Past { from, to },
    }
}

/// The best-supported day of `year`, with the spans that support it; None when nothing
/// in the text places the article within the year.
pub(super) fn place_in_year(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
    ties: &[YearHint],
    year: i32,
) -> Option<(NaiveDate, Vec<Span>, f32)> {
    let clues = clues(sc, found, dirs, ties, year);
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31)?;
    best_day(&clues, jan1, dec31)
}

/// A given publication month made a day, for weekdays and weeks, when the text supports one.
pub fn refine_day(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>], a: Anchor) -> Anchor {
    let (Some(month), None) = (a.month, a.day) else {
        return a;
    };
    let ties = ties(sc, found, dirs);
    let clues = clues(sc, found, dirs, &ties, a.year);
    match month_bounds(a.year, month).and_then(|(from, to)| best_day(&clues, from, to)) {
        Some((d, _, _)) => Anchor::from_date(d),
        None => a,
    }
}

/// The clues for placing the story within `year`; `ties` are the text's
/// [`ties`], computed once per text.
pub(super) fn clues(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
    ties: &[YearHint],
    year: i32,
) -> Vec<Clue> {
    let mut clues: Vec<Clue> = Vec::new();
    // "two years ago this month, in March 2008": the ties that name a stretch of days.
    for h in ties {
        if let Some((from, to, weight)) = h.days {
            clues.push(Clue {
                readings: vec![Fit::Within { from, to }],
                weight,
                span: h.span,
            });
        }
        let bound = match h.kind {
            // A title held for weeks ("President-elect") places the story by itself.
            HintKind::Term { from, to } if (to - from).num_days() <= SHORT_TERM_DAYS => {
                Some(Fit::Within { from, to })
            }
            HintKind::Term { from, to } => Some(Fit::During { from, to }),
            HintKind::After { from } => Some(Fit::Since { from }),
            _ => None,
        };
        if let Some(fit) = bound {
            clues.push(Clue {
                readings: vec![fit],
                weight: h.weight,
                span: h.span,
            });
        }
    }
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
            Expr::MonthOfYear { month, day, shift } => {
                let y = year + shift;
                let bounds = match day {
                    Some(d) => NaiveDate::from_ymd_opt(y, month, d).map(|x| (x, x)),
                    None => month_bounds(y, month),
                };
                if let Some((a, b)) = bounds {
                    readings.push(fit(dir, a, b));
                }
                weight = if day.is_some() { 3.0 } else { 1.5 } * tense_weight;
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
        // "since January" starts a state that lasts to the story: no sign of how recent.
        if f.first > 0 && sc.cue(f.first - 1) == Cue::Since {
            for r in &mut readings {
                if let Fit::Past { from, .. } = *r {
                    *r = Fit::Since { from };
                }
            }
        }
        if !readings.is_empty() {
            clues.push(Clue {
                readings,
                weight,
                span: span_of(f),
            });
        }
    }
    // A report's latest events are weeks or months old when it appears; news tells its
    // latest ones days after, naming them by weekday or month alone.
    if full_dates_only(found) {
        for r in clues.iter_mut().flat_map(|c| c.readings.iter_mut()) {
            if let Fit::Past { to, .. } = r {
                *to = days_after(*to, REPORT_LAG_DAYS).unwrap_or(*to);
            }
        }
    }
    clues
}

/// A term this short (a president-elect's) is evidence for the days within it, not only
/// against those outside.
const SHORT_TERM_DAYS: i64 = 120;

/// How much longer after its latest dated event a report appears than a news story.
const REPORT_LAG_DAYS: i64 = 60;

/// How little the clues must be contradicted by the best day of `year` (0 = not at all).
pub(super) fn consistency(clues: &[Clue], year: i32) -> f32 {
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return 0.0;
    };
    segment_starts(clues, jan1, dec31)
        .iter()
        .map(|&d| {
            clues
                .iter()
                .map(|c| c.weight * c.best_reading(d).min(0.0))
                .sum::<f32>()
        })
        .fold(f32::MIN, f32::max)
        .clamp(f32::MIN / 2.0, 0.0)
}

/// The first days of the stretches of [from, to] over which no clue's score changes: the
/// scores are step functions, so trying these days is trying every day.
fn segment_starts(clues: &[Clue], from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut starts = vec![from];
    for c in clues {
        for r in &c.readings {
            starts.extend(
                r.breakpoints()
                    .into_iter()
                    .flatten()
                    .filter(|&b| b > from && b <= to),
            );
        }
    }
    crate::order::sort(&mut starts);
    starts.dedup();
    starts
}

/// The day in [from, to] that the clues support best, late in the best stretch.
pub(super) fn best_day(
    clues: &[Clue],
    from: NaiveDate,
    to: NaiveDate,
) -> Option<(NaiveDate, Vec<Span>, f32)> {
    if clues.is_empty() || to < from {
        return None;
    }
    let starts = segment_starts(clues, from, to);
    let mut best_score = f32::MIN;
    let mut pick = from;
    for (k, &start) in starts.iter().enumerate() {
        let end = match starts.get(k + 1) {
            Some(next) => next.pred_opt().unwrap_or(*next),
            None => to,
        };
        let score: f32 = clues.iter().map(|c| c.weight * c.best_reading(start)).sum();
        // Ties go to the later stretch: the article comes after what it reports.
        if score > best_score + 1e-4 || (score - best_score).abs() <= 1e-4 {
            best_score = best_score.max(score);
            pick = end;
        }
    }
    if best_score <= 0.0 {
        return None;
    }
    let spans = clues
        .iter()
        .filter(|c| c.readings.iter().any(|r| r.score(pick) > 0.0))
        .map(|c| c.span)
        .collect();
    Some((pick, spans, best_score))
}
