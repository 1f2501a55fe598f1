//! Date expressions resolved to TIMEX3 values, and the publication date they hang on.
//!
//! - `lexicon`: months, weekdays, number words, units and cue words, one lookup per token;
//! - `scan`: the single left-to-right pass that finds expressions, unresolved;
//! - `tense`: which way an expression without a year points ("met on Monday");
//! - `docdate`: the publication date from a header or from internal evidence;
//! - `resolve`: values against the publication date.

mod docdate;
pub(crate) use docdate::is_known_office_holder;
mod lexicon;
mod resolve;
mod scan;
mod tense;

use crate::model::{DocDate, Timex};
use crate::text::Analysis;
use resolve::Anchor;
use scan::{Dir, Expr, Found, Scanner};

/// Find date expressions; use `given` as the publication date, or infer one; resolve.
pub fn extract(analysis: &Analysis, given: Option<&str>) -> (DocDate, Vec<Timex>) {
    let sc = Scanner::new(analysis);
    let mut found = sc.scan();
    years_across_ranges(&sc, &mut found);
    let mut dirs: Vec<Option<Dir>> = found.iter().map(|f| direction(&sc, f)).collect();
    inherit_in_coordination(&sc, &found, &mut dirs);
    let given_anchor = given.and_then(Anchor::parse);
    let (doc_date, anchor) = match (given, given_anchor) {
        (Some(g), Some(a)) => (
            DocDate {
                value: Some(g.trim().to_owned()),
                inferred: false,
                confidence: 1.0,
                evidence: Vec::new(),
            },
            Some(docdate::refine_day(&sc, &found, &dirs, a)),
        ),
        _ => docdate::infer(&sc, &found, &dirs),
    };
    let mut last_year: Option<i32> = None;
    let mut last_date: Option<Anchor> = None;
    let timex = found
        .iter()
        .zip(&dirs)
        .filter_map(|(f, dir)| {
            let text = analysis.text.get(f.start_byte..f.end_byte)?;
            let (value, relative) = match f.expr {
                // "the following year": from the year named last; nothing without one.
                Expr::FollowingYear { shift } => (format!("{:04}", last_year? + shift), false),
                Expr::MonthOfThatYear { month, day } => {
                    let y = last_year?;
                    let value = match day.and_then(|d| chrono::NaiveDate::from_ymd_opt(y, month, d))
                    {
                        Some(d) => resolve::ymd(d),
                        None => format!("{y:04}-{month:02}"),
                    };
                    (value, false)
                }
                // "a year earlier": from the date named last; nothing without one.
                Expr::Offset {
                    unit,
                    halves,
                    later,
                } => {
                    let sign = if later { 1 } else { -1 };
                    let from = last_date.as_ref()?;
                    // Counted from a month, a year earlier is a month too.
                    let (unit, halves) = match (unit, from.month) {
                        (lexicon::Unit::Year, Some(_)) => (lexicon::Unit::Month, halves * 12),
                        _ => (unit, halves),
                    };
                    (resolve::offset(from, unit, halves as i32, sign), false)
                }
                _ => resolve::value(&f.expr, anchor.as_ref(), *dir),
            };
            if let Some(a) = Anchor::parse(&value) {
                last_date = Some(a);
            }
            if let Some(y) = value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                if value.len() == 4 || value.as_bytes().get(4) == Some(&b'-') {
                    last_year = Some(y);
                }
            }
            Some(Timex {
                text: text.to_owned(),
                start: f.start_byte,
                end: f.end_byte,
                value,
                relative,
            })
        })
        .collect();
    (doc_date, timex)
}

/// "from January to March 2009", "Jan. 5-9, 2010": a month or day without a year takes
/// the year of the date that closes its range (the year before if it comes later in the
/// calendar, as in "December to February 2010").
fn years_across_ranges(sc: &Scanner, found: &mut [Found]) {
    for k in (0..found.len().saturating_sub(1)).rev() {
        let (Some(cur), Some(next)) = (found.get(k), found.get(k + 1)) else {
            continue;
        };
        let Expr::Month { month, day } = cur.expr else {
            continue;
        };
        let (year, next_month) = match next.expr {
            Expr::YearMonth { year, month } | Expr::Date { year, month, .. } => (year, month),
            _ => continue,
        };
        let joined = next.first > cur.end
            && next.first - cur.end <= 2
            && (cur.end..next.first).all(|j| {
                ["and", "to", "through", "until", "-", "\u{2013}"]
                    .iter()
                    .any(|w| sc.word(j).eq_ignore_ascii_case(w))
            });
        if !joined {
            continue;
        }
        let year = if month > next_month { year - 1 } else { year };
        let expr = match day {
            Some(day) => Expr::Date { year, month, day },
            None => Expr::YearMonth { year, month },
        };
        if let Some(f) = found.get_mut(k) {
            f.expr = expr;
        }
    }
}

/// "into 2013 and 2014", "in May or June": the second date shares the first one's tense.
fn inherit_in_coordination(sc: &Scanner, found: &[Found], dirs: &mut [Option<Dir>]) {
    for k in 1..found.len() {
        let (Some(prev), Some(cur)) = (found.get(k - 1), found.get(k)) else {
            continue;
        };
        let joined = cur.first > prev.end
            && cur.first - prev.end <= 2
            && (prev.end..cur.first).all(|j| {
                ["and", "or", "to", "through", "-", "\u{2013}", ","]
                    .iter()
                    .any(|w| sc.word(j).eq_ignore_ascii_case(w))
            });
        if joined && dirs.get(k).is_some_and(Option::is_none) {
            let inherited = dirs.get(k - 1).copied().flatten();
            if let Some(d) = dirs.get_mut(k) {
                *d = inherited;
            }
        }
    }
}

/// The direction the words impose, else the tense around expressions that need one.
fn direction(sc: &Scanner, f: &Found) -> Option<Dir> {
    if f.dir.is_some() {
        return f.dir;
    }
    // "September of last year" lies behind; "May of next year" ahead.
    if let Expr::MonthOfYear { shift, .. } = f.expr {
        if shift != 0 {
            return Some(if shift < 0 { Dir::Past } else { Dir::Future });
        }
    }
    match f.expr {
        Expr::Month { .. }
        | Expr::MonthShift { .. }
        | Expr::MonthOfYear { shift: 0, .. }
        | Expr::Weekday { .. }
        | Expr::Season { year: None, .. }
        | Expr::Quarter { year: None, .. }
        | Expr::Date { .. }
        | Expr::YearMonth { .. }
        | Expr::Year(_)
        | Expr::Weekend {
            shift: None | Some(0),
        } => tense::tense_at(sc, f.first, f.end),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
