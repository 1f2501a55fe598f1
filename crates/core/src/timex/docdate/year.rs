//! The publication year from year-level evidence, checked against how dated mentions fit.

use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

use super::placement::{clues, consistency};
use super::relations::{HintKind, YearHint};
use super::{dateline_month_day, full_dates_only, is_word_at, span_of, year_of};
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
    ties: &[YearHint],
) -> Option<(i32, Vec<Span>, f32)> {
    let (mut candidates, mut spans) = year_candidates(sc, found, dirs, ties)?;
    crate::order::sort_by(&mut candidates, |a, b| {
        b.1.total_cmp(&a.1).then(b.0.cmp(&a.0))
    });
    let top = candidates.first().map(|c| c.1)?;
    let mut best: Option<(i32, f32, f32)> = None;
    for &(y, score) in candidates.iter().filter(|c| c.1 >= top - 2.0).take(4) {
        // Only contradictions count here: a past event far from the publication date is
        // normal, one after it is not.
        let total = score + consistency(&clues(sc, found, dirs, ties, y), y);
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
    ties: &[YearHint],
) -> Option<YearEvidence> {
    let mut votes: BTreeMap<i32, f32> = BTreeMap::new();
    let mut spans: BTreeMap<i32, Vec<Span>> = BTreeMap::new();
    let mut vote = |y: i32, w: f32, s: Span, votes: &mut BTreeMap<i32, f32>| {
        *votes.entry(y).or_insert(0.0) += w;
        spans.entry(y).or_default().push(s);
    };
    let mut latest_past: Option<i32> = None;
    let mut earliest_future: Option<i32> = None;
    let mut past_years: BTreeMap<i32, (u32, Span)> = BTreeMap::new();
    let mut latest_named: Option<i32> = None;
    let mut latest_since: Option<(i32, Span)> = None;
    let mut month_years: std::collections::BTreeSet<i32> = std::collections::BTreeSet::new();
    // The latest year told in the past by its number alone ("in 2010").
    let mut latest_plain: Option<i32> = None;
    let mut latest_fiscal_past: Option<i32> = None;
    for (k, f) in found.iter().enumerate() {
        if let Some(end) = first_stretch_of_year(sc, found, k, None) {
            vote(end.year(), 4.0, span_of(f), &mut votes);
        }
        let Some(y) = year_of(&f.expr) else {
            continue;
        };
        latest_named = Some(latest_named.map_or(y, |l: i32| l.max(y)));
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
        // News gives the year with a month only outside the current year ("in March 2009",
        // "in December 2012" ahead); within it, "in March".
        if matches!(f.expr, Expr::YearMonth { .. } | Expr::Date { .. }) && !fiscal {
            month_years.insert(y);
        }
        let since = first > 0 && is_word_at(sc, first - 1, &["since"]);
        // "Since fiscal year 2008 Congress has appropriated": a count over fiscal years,
        // as "since 2008" is over calendar years (below).
        if fiscal && !since {
            if dir == Some(Dir::Past) {
                latest_fiscal_past = latest_fiscal_past.max(Some(y));
                // A fiscal year told in the past has begun, often ended; money is also
                // "approved for" it in the calendar year before.
                vote(y - 1, 0.3, span_of(f), &mut votes);
                vote(y, 0.6, span_of(f), &mut votes);
                vote(y + 1, 0.7, span_of(f), &mut votes);
            } else {
                // Budgets are debated in the calendar year before their fiscal year.
                vote(y - 1, 1.5, span_of(f), &mut votes);
                vote(y, 1.0, span_of(f), &mut votes);
            }
            continue;
        }
        // "by 2012" bounds the story from above unless told in the past ("ruled until 2000").
        let upper_bound = first > 0
            && dir != Some(Dir::Past)
            && is_word_at(sc, first - 1, &["by", "until", "till", "through", "before"]);
        if dir == Some(Dir::Future) || upper_bound {
            earliest_future = Some(earliest_future.map_or(y, |e: i32| e.min(y)));
            vote(y, 0.3, span_of(f), &mut votes);
            vote(y - 1, 0.3, span_of(f), &mut votes);
        } else if dir.is_none() && names_a_thing(sc, f) {
            // "the 2012 presidential election" with no tense: an event that may lie either
            // side of the story, and no bound.
            vote(y, 0.3, span_of(f), &mut votes);
            vote(y - 1, 0.2, span_of(f), &mut votes);
        } else if since {
            // "since 2006" counts up to now: the article is usually a year or more later,
            // as if it had told the year after in the past.
            latest_past = Some(latest_past.map_or(y, |l: i32| l.max(y)));
            latest_named = latest_named.max(Some(y + 1));
            if latest_since.is_none_or(|(l, _)| y > l) {
                latest_since = Some((y, span_of(f)));
            }
        } else {
            // "grew enormously after 2009": what is told happened in a later year.
            let after = first > 0
                && matches!(f.expr, Expr::Year(_))
                && is_word_at(sc, first - 1, &["after"]);
            let y = if after { y + 1 } else { y };
            latest_past = Some(latest_past.map_or(y, |l: i32| l.max(y)));
            let e = past_years.entry(y).or_insert((0, span_of(f)));
            e.0 += 1;
            if matches!(f.expr, Expr::Year(_)) {
                latest_plain = latest_plain.max(Some(y));
            }
        }
    }
    // News names earlier years by number and the current one as "this year", so a year
    // told in the past is as often the year before publication. A year discussed at length
    // is still one clue: its votes grow slowly with the count.
    // A writer calls the current year "this year": where the text does, a year it gives
    // by number is less likely the current one.
    let says_this_year = found.iter().any(|f| {
        matches!(
            f.expr,
            Expr::Relative {
                unit: Unit::Year,
                shift: 0
            }
        )
    });
    // The story is at or after the latest year it tells in the past, most often the year
    // after: news calls the current year "this year". Earlier years say nothing more, however
    // often they are named.
    // "since 2008" counts up to a year or more later, when nothing told is more recent.
    let latest_told = past_years.iter().next_back().map(|(&l, &(_, s))| (l, s));
    // A writer who never names a time relative to the story ("in March", "on Monday",
    // "last year") dates everything in full, the current year too, as reports do: there a
    // past month is most likely within the months just before publication.
    let full_dates_only = full_dates_only(found);
    let latest_month = |l: i32| {
        found
            .iter()
            .zip(dirs)
            .filter(|(_, d)| **d == Some(Dir::Past))
            .filter_map(|(f, _)| match f.expr {
                Expr::YearMonth { year, month } | Expr::Date { year, month, .. } if year == l => {
                    Some(month)
                }
                _ => None,
            })
            .max()
    };
    match (latest_told, latest_since) {
        (Some((l, span)), since) if since.is_none_or(|(s, _)| s < l) => {
            // A fiscal year told as done ends in September and its totals come out after.
            let month_is_latest = latest_fiscal_past.is_none_or(|fy| fy < l);
            if full_dates_only && month_is_latest && latest_month(l).is_some_and(|m| m <= 9) {
                vote(l, 1.0, span, &mut votes);
                vote(l + 1, 0.6, span, &mut votes);
            } else {
                vote(l, 0.6, span, &mut votes);
                vote(l + 1, 1.0, span, &mut votes);
                vote(l + 2, 0.3, span, &mut votes);
            }
        }
        (_, Some((l, span))) => {
            vote(l, 0.2, span, &mut votes);
            vote(l + 1, 0.5, span, &mut votes);
            vote(l + 2, 0.5, span, &mut votes);
        }
        _ => {}
    }
    if !full_dates_only {
        for &y in &month_years {
            *votes.entry(y).or_insert(0.0) -= 0.4;
        }
    }
    let mut floors: Vec<(i32, f32)> = Vec::new();
    // "In 2010 ... This year, ...": the writer would have said "this year" of 2010.
    if let (true, Some(l)) = (says_this_year, latest_plain) {
        floors.push((l + 1, 1.0));
    }
    // Relative years tied to numbered ones outweigh how often a year is named.
    let mut ceilings: Vec<(i32, f32)> = Vec::new();
    let mut terms: Vec<(NaiveDate, NaiveDate, Span)> = Vec::new();
    for h in ties {
        match h.kind {
            HintKind::Is => vote(h.year, h.weight, h.span, &mut votes),
            HintKind::AtLeast => {
                floors.push((h.year, h.weight));
                // The floor itself is a candidate, barely favoured.
                vote(h.year, 0.1, h.span, &mut votes);
            }
            HintKind::Term { from, to } => {
                // A term is named as surely as a year: years within it are not far-fetched.
                latest_named = latest_named.max(Some(from.year()));
                floors.push((from.year(), h.weight));
                ceilings.push((to.year(), h.weight));
                terms.push((from, to, h.span));
            }
            HintKind::After { from } => floors.push((from.year(), h.weight)),
        }
    }
    // Every year of the terms named is a candidate; when nothing else names a year, the
    // more so the more of it they cover.
    let only_terms = votes.is_empty();
    for &(from, to, span) in terms.iter().filter(|t| t.1.year() - t.0.year() <= 12) {
        for y in from.year()..=to.year() {
            let share = if only_terms {
                0.05 * share_of_year(y, from, to)
            } else {
                0.0
            };
            vote(y, share, span, &mut votes);
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
            // Ties can name a year no mention reaches ("six years since 2006"), but the
            // further beyond every year named, the more they must agree.
            if let Some(l) = latest_named {
                score -= 0.4 * (y - l - 2).max(0) as f32;
            }
            score -= floors
                .iter()
                .filter(|&&(f, _)| y < f)
                .map(|&(_, w)| w)
                .sum::<f32>();
            score -= ceilings
                .iter()
                .filter(|&&(c, _)| y > c)
                .map(|&(_, w)| w)
                .sum::<f32>();
            (y, score)
        })
        .collect();
    Some((scored, spans))
}

/// How much of year `y` lies in [from, to], from 0 to 1.
fn share_of_year(y: i32, from: NaiveDate, to: NaiveDate) -> f32 {
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(y, 1, 1),
        NaiveDate::from_ymd_opt(y, 12, 31),
    ) else {
        return 0.0;
    };
    let days = (to.min(dec31) - from.max(jan1)).num_days() + 1;
    days.max(0) as f32 / 365.0
}

/// "the 2012 presidential election", "its 2010 budget": a year naming a thing (after a
/// determiner, before a lowercase word) rather than dating an event.
fn names_a_thing(sc: &Scanner, f: &Found) -> bool {
    let Expr::Year(_) = f.expr else {
        return false;
    };
    let det = f.first > 0
        && (is_word_at(
            sc,
            f.first - 1,
            &[
                "the", "a", "its", "their", "his", "her", "this", "next", "last",
            ],
        ) || sc.word(f.first - 1).ends_with("'s"));
    det && sc.word(f.end).starts_with(|c: char| c.is_ascii_lowercase())
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
            // ...or of the day before, the story filed the morning after.
            if d > 1 {
                pairs.push((w, month, d - 1, span, 1.5));
            }
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
