//! The publication year from year-level evidence, checked against how dated mentions fit.

use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

use super::placement::{clues, consistency};
use super::{dateline_month_day, is_word_at, sentence, span_of, year_of};
use crate::model::Span;
use crate::timex::lexicon::{Cue, Lex, Unit};
use crate::timex::scan::{Dir, Expr, Found, Scanner};

/// "the first eight weeks of 2009": the end of that stretch, already past.
pub(super) fn first_stretch_of_year(
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
pub(super) fn choose_year(
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

pub(super) type YearEvidence = (Vec<(i32, f32)>, BTreeMap<i32, Vec<Span>>);

/// Candidate years with their scores from year-level evidence, and the spans behind each.
pub(super) fn year_candidates(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
) -> Option<YearEvidence> {
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
pub(super) fn weekday_votes(
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
