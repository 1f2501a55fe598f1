//! Year evidence from how relative and absolute expressions relate, the way a reader
//! works out when an undated story was written:
//!
//! - a relative year set beside a numbered one names the same year: "last year, in 2011"
//!   puts the story in 2012, "this year's 2010 census" in 2010; set against it ("up from
//!   79 in 2009", "than in 2009"), it names a later one;
//! - "two years ago, in 2008" counts back from the story: 2010;
//! - "in the six years since ... December 2006" counts forward to it: 2012;
//! - "the fifth anniversary of the 2006 offensive": 2011.
//!
//! These tie the story's own time to a number and outweigh any count of the years a text
//! happens to discuss at length.

use super::{is_word_at, sentence, span_of, year_of};
use chrono::NaiveDate;

use crate::model::Span;
use crate::timex::lexicon::{Cue, Lex, Unit};
use crate::timex::scan::{Dir, Expr, Found, RefKind, Scanner};
use crate::timex::tense;

/// A relative year set beside the number it names ("last year, in 2011").
pub(super) const APPOSITION: f32 = 6.0;
/// "two years ago, in 2008": the count names the story's year.
const AGO_APPOSITION: f32 = 6.0;
/// "in the six years since ... 2006".
const SINCE_COUNT: f32 = 5.0;
/// "six years after Calderon took office in December 2006, <present tense>".
const AFTER_COUNT: f32 = 3.0;
/// "since 2006 ... six years" in one sentence, less directly tied.
const SINCE_LOOSE: f32 = 2.5;
const ANNIVERSARY: f32 = 4.0;
/// "next year's election" and "the 2012 election" elsewhere in the text.
const SAME_THING: f32 = 2.0;
/// "September of last year" and "September 2011" elsewhere in the text.
const SAME_MONTH: f32 = 1.0;
/// A relative year and a number in one clause, nothing setting them apart.
const SAME_CLAUSE: f32 = 1.0;
/// A relative year set against a number ("up from 79 in 2009"): not that year, and
/// (the number being the earlier) no year before the next one.
const CONTRAST: f32 = 1.5;
/// ...and most likely the very next.
const CONTRAST_NEXT: f32 = 0.8;

/// What a hint says of the publication year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HintKind {
    /// The year is `year` (a negative weight: it is not).
    Is,
    /// The year is `year` or later; earlier years lose `weight`.
    AtLeast,
    /// The story lies within [from, to] (a title held then); years outside lose `weight`.
    Term { from: NaiveDate, to: NaiveDate },
    /// The story lies after `from` (a former title); earlier years lose `weight`.
    After { from: NaiveDate },
}

/// One piece of relational evidence about the publication year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct YearHint {
    pub kind: HintKind,
    pub year: i32,
    pub weight: f32,
    pub span: Span,
    /// The stretch of days the story falls in, when the tie names a month, and its weight.
    pub days: Option<(NaiveDate, NaiveDate, f32)>,
}

/// Days from `months` months after year/month, `before` months earlier to `after` months
/// later (to the end of that month).
fn days_around(
    year: i32,
    month: u32,
    months: i32,
    before: i32,
    after: i32,
) -> Option<(NaiveDate, NaiveDate)> {
    let idx = year * 12 + month as i32 - 1 + months;
    let first = |i: i32| NaiveDate::from_ymd_opt(i.div_euclid(12), i.rem_euclid(12) as u32 + 1, 1);
    let from = first(idx - before)?;
    let to = first(idx + after + 1)?.pred_opt()?;
    Some((from, to))
}

/// Every relational hint in the text.
pub(super) fn year_hints(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>]) -> Vec<YearHint> {
    let mut hints = Vec::new();
    for (k, f) in found.iter().enumerate() {
        match f.expr {
            Expr::Relative {
                unit: Unit::Year,
                shift,
            } => {
                relative_year_ties(sc, found, dirs, k, shift, &mut hints);
                same_thing_ties(sc, found, k, shift, &mut hints);
            }
            Expr::MonthOfYear { month, shift, .. } => {
                same_month_ties(found, k, month, shift, &mut hints);
            }
            Expr::Ago { unit, halves } => {
                if let Some(months) = months_of(unit, halves) {
                    ago_ties(sc, found, k, months, &mut hints);
                }
            }
            Expr::Offset {
                unit,
                halves,
                later: true,
            } => {
                if let Some(months) = months_of(unit, halves) {
                    now_later(sc, found, k, months, &mut hints);
                }
            }
            Expr::Duration {
                unit,
                halves: Some(h),
            } => {
                if let Some(months) = months_of(unit, h) {
                    since_count(sc, found, dirs, k, months, &mut hints);
                }
            }
            _ => {}
        }
    }
    anniversaries(sc, found, &mut hints);
    hints
}

/// "next year's presidential election" and "the 2012 presidential election" name one
/// event: the story is a year before 2012. Only a possessive relative year is compared,
/// by the noun it governs.
fn same_thing_ties(sc: &Scanner, found: &[Found], k: usize, shift: i32, hints: &mut Vec<YearHint>) {
    let Some(r) = found.get(k) else { return };
    let last = sc.word(r.end - 1);
    let possessive = last.len() > 2 && (last.ends_with("'s") || last.ends_with("\u{2019}s"));
    if !possessive {
        return;
    }
    let Some(noun) = governed_noun(sc, r.end) else {
        return;
    };
    let mut tied: Option<i32> = None;
    for x in found {
        let Expr::Year(year) = x.expr else { continue };
        if governed_noun(sc, x.end) == Some(noun) && tied != Some(year) {
            if tied.is_some() {
                // Two numbered years with that noun: no telling which one.
                return;
            }
            tied = Some(year);
        }
    }
    if let Some(year) = tied {
        hints.push(hint(year - shift, SAME_THING, r));
    }
}

/// The noun a date modifies: the first lowercase word within two tokens ("2012
/// presidential election" -> "election", plural "s" dropped).
fn governed_noun<'t>(sc: &Scanner<'t>, j: usize) -> Option<&'t str> {
    let mut noun = None;
    for k in j..j + 3 {
        let w = sc.word(k);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            break;
        }
        noun = Some(w.strip_suffix('s').unwrap_or(w));
        // An adjective ("presidential", "federal") is followed by its noun.
        if !(w.ends_with("al") || w.ends_with("ary") || w.ends_with("ic")) {
            break;
        }
    }
    noun.filter(|n| n.len() > 3)
}

/// "In September of last year" and "the September 2011 attack": most often one event, so
/// the story is a year after 2011. Weak: two Septembers may be meant.
fn same_month_ties(found: &[Found], k: usize, month: u32, shift: i32, hints: &mut Vec<YearHint>) {
    let Some(r) = found.get(k) else { return };
    let years = found.iter().filter_map(|x| match x.expr {
        Expr::YearMonth { year, month: m } | Expr::Date { year, month: m, .. } if m == month => {
            Some(year)
        }
        _ => None,
    });
    let mut tied: Option<i32> = None;
    for year in years {
        if tied.is_some_and(|t| t != year) {
            return;
        }
        tied = Some(year);
    }
    if let Some(year) = tied {
        hints.push(hint(year - shift, SAME_MONTH, r));
    }
}

/// A count of `halves` half units in months, for units a story's age is told in.
pub(super) fn months_of(unit: Unit, halves: u32) -> Option<i32> {
    let halves = i32::try_from(halves).ok().filter(|h| *h > 0 && *h <= 400)?;
    match unit {
        Unit::Year => Some(halves * 6),
        Unit::Decade => Some(halves * 60),
        Unit::Month if halves >= 12 => Some(halves / 2),
        _ => None,
    }
}

/// The absolute mention's year and, when known, month.
fn year_month(f: &Found) -> Option<(i32, Option<u32>)> {
    match f.expr {
        Expr::Date { year, month, .. } | Expr::YearMonth { year, month } => {
            Some((year, Some(month)))
        }
        _ => year_of(&f.expr).map(|y| (y, None)),
    }
}

/// Tokens that may stand between two names of one time: "last year, in 2011",
/// "two years ago (in 2008)", "in 2011 - last year -".
fn apposed(sc: &Scanner, a: &Found, b: &Found) -> bool {
    if b.first < a.end || b.first - a.end > 3 {
        return false;
    }
    (a.end..b.first).all(|j| {
        matches!(sc.lx(j), Lex::Comma | Lex::Hyphen)
            || matches!(sc.word(j), "(" | ")" | ":")
            || is_word_at(sc, j, &["in", "during", "back"])
    })
}

/// Words between two times that set them apart: comparisons anywhere between them ("up
/// from 79 in 2009", "than in 2009"), list and range words only right before the second
/// ("2009 and last year", "from 2009 to last year"; not "rose to 15,273 ... 2010").
fn contrasted(sc: &Scanner, from: usize, to: usize) -> bool {
    let comparison = (from..to).any(|j| {
        is_word_at(
            sc,
            j,
            &[
                "from", "than", "compared", "versus", "vs", "since", "between", "whereas",
                "against",
            ],
        )
    });
    let joined = (to.saturating_sub(2).max(from)..to).any(|j| {
        is_word_at(
            sc,
            j,
            &["and", "or", "to", "through", "until", "before", "after"],
        )
    });
    comparison || joined
}

/// Words opening another clause, whose time need not be the same.
fn clause_break(sc: &Scanner, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        sc.word(j) == ";"
            || is_word_at(
                sc,
                j,
                &[
                    "which", "where", "when", "who", "whom", "that", "because", "although",
                    "though", "if",
                ],
            )
    })
}

/// A relative year and a number naming a thing in one clause ("the 2010 census, taken
/// last year"). A number after a preposition dates its own event instead ("launched in
/// 2008, expanded last year").
fn attributive(sc: &Scanner, x: &Found) -> bool {
    x.first == 0
        || !is_word_at(
            sc,
            x.first - 1,
            &[
                "in", "during", "since", "by", "of", "from", "until", "till", "through", "before",
                "after", "on", "for", "to",
            ],
        )
}

/// Another date expression lies between found[a] and found[b] (a < b).
fn another_between(a: usize, b: usize) -> bool {
    b > a + 1
}

/// The numbered year a fiscal label or an unrelated list holds is not a tie.
fn is_fiscal_at(sc: &Scanner, f: &Found) -> bool {
    super::placement::is_fiscal(sc, f)
}

/// "last year" / "this year" / "next year" against the numbered years of its sentence.
fn relative_year_ties(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
    k: usize,
    shift: i32,
    hints: &mut Vec<YearHint>,
) {
    let Some(r) = found.get(k) else { return };
    let s = sentence(sc, r);
    let lo = k.saturating_sub(6);
    let hi = (k + 7).min(found.len());
    for g in lo..hi {
        let Some(x) = found.get(g).filter(|_| g != k) else {
            continue;
        };
        if sentence(sc, x) != s || is_fiscal_at(sc, x) {
            continue;
        }
        let Some((year, _)) = year_month(x) else {
            continue;
        };
        let same = year - shift;
        let (a, b) = if g < k { (x, r) } else { (r, x) };
        if apposed(sc, a, b) && !in_list(sc, found, g.min(k), g.max(k)) {
            hints.push(hint(same, APPOSITION, r));
            continue;
        }
        let (first, last) = (g.min(k), g.max(k));
        let far = b.first.saturating_sub(a.end) > 10;
        // A month of a year may lie inside "last year" whatever the words between say.
        let whole_year = matches!(x.expr, Expr::Year(_));
        if contrasted(sc, a.end, b.first) {
            if !whole_year {
                continue;
            }
            hints.push(hint(same, -CONTRAST, x));
            // A number set against "last year" is usually the earlier one ("up from 79 in
            // 2009", "in 2008, 2009 and last year"), unless it lies ahead.
            let ahead = dirs.get(g).copied().flatten() == Some(Dir::Future);
            if !ahead && shift <= 0 {
                hints.push(YearHint {
                    kind: HintKind::AtLeast,
                    year: same + 1,
                    weight: CONTRAST,
                    span: span_of(x),
                    days: None,
                });
                // Comparisons run year over year: "rose last year from 267 in 2009".
                hints.push(hint(same + 1, CONTRAST_NEXT, x));
            }
        } else if !far
            && attributive(sc, x)
            && !clause_break(sc, a.end, b.first)
            && !another_between(first, last)
        {
            hints.push(hint(same, SAME_CLAUSE, r));
        }
    }
}

/// "in 2008, 2009, last year": a list of years, not a year named twice.
fn in_list(sc: &Scanner, found: &[Found], first: usize, last: usize) -> bool {
    let joined = |a: &Found, b: &Found| {
        b.first >= a.end
            && b.first - a.end <= 2
            && (a.end..b.first).all(|j| sc.lx(j) == Lex::Comma || is_word_at(sc, j, &["and", "or"]))
    };
    let before = first
        .checked_sub(1)
        .and_then(|p| Some((found.get(p)?, found.get(first)?)))
        .is_some_and(|(p, f)| joined(p, f));
    let after = found
        .get(last)
        .zip(found.get(last + 1))
        .is_some_and(|(l, n)| joined(l, n));
    before || after
}

fn hint(year: i32, weight: f32, f: &Found) -> YearHint {
    YearHint {
        kind: HintKind::Is,
        year,
        weight,
        span: span_of(f),
        days: None,
    }
}

/// The year `months` after year/month (mid-year when the month is unknown).
fn year_after(year: i32, month: Option<u32>, months: i32) -> i32 {
    let m = month.map_or(6, |m| m as i32 - 1);
    (year * 12 + m + months).div_euclid(12)
}

/// "two years ago, in 2008": the story is two years after 2008.
fn ago_ties(sc: &Scanner, found: &[Found], k: usize, months: i32, hints: &mut Vec<YearHint>) {
    let Some(r) = found.get(k) else { return };
    // "Two years ago this month, in March 2008": "this month" sits between them.
    let this_unit = |f: &Found| {
        matches!(
            f.expr,
            Expr::Relative {
                unit: Unit::Month | Unit::Week,
                shift: 0
            }
        ) && f.first == r.end
    };
    let after = match found.get(k + 1) {
        Some(n) if this_unit(n) => (n, k + 2),
        _ => (r, k + 1),
    };
    let neighbours = [k.checked_sub(1).map(|g| (r, g)), Some(after)];
    for (left_end, g) in neighbours.into_iter().flatten() {
        let Some(x) = found.get(g) else { continue };
        let Some((year, month)) = year_month(x) else {
            continue;
        };
        let (a, b) = if g < k { (x, r) } else { (left_end, x) };
        if apposed(sc, a, b) {
            let mut h = hint(year_after(year, month, months), AGO_APPOSITION, r);
            // "two years ago this month" is the month itself; otherwise the count is rounded.
            let exact = left_end.end != r.end;
            let (before, after, w) = if exact { (0, 0, 2.0) } else { (6, 5, 0.5) };
            h.days = month
                .and_then(|m| days_around(year, m, months, before, after))
                .map(|(a, b)| (a, b, w));
            hints.push(h);
            // A rounded count is most often near the month itself.
            if !exact {
                if let Some((a, b)) = month.and_then(|m| days_around(year, m, months, 0, 0)) {
                    let mut near = hint(year_after(year, month, months), 0.0, r);
                    near.days = Some((a, b, 0.3));
                    hints.push(near);
                }
            }
        }
    }
}

/// "in the six years since Calderón took office in December 2006": 2012. The count must
/// be told of the time up to now, not ahead ("will take six years") nor as an attribute
/// ("a six-year term").
fn since_count(
    sc: &Scanner,
    found: &[Found],
    dirs: &[Option<Dir>],
    k: usize,
    months: i32,
    hints: &mut Vec<YearHint>,
) {
    let Some(d) = found.get(k) else { return };
    if dirs.get(k).copied().flatten() == Some(Dir::Future) {
        return;
    }
    let text = sc.analysis.text.get(d.start_byte..d.end_byte).unwrap_or("");
    if text.contains('-') || text.contains('\u{2013}') {
        return;
    }
    // "more than six years", "nearly six years" keep the count approximate but usable;
    // "six more years" or "in six years" (ahead) do not count back.
    if is_word_at(sc, d.end, &["more", "from"]) || ahead_count(sc, d.first, d.end) {
        return;
    }
    // "the first nine months of last year" is a stretch of a year, not time elapsed.
    let of_a_time = sc.cue(d.end) == Cue::Of
        && found
            .get(k + 1)
            .is_some_and(|n| n.first == d.end + 1 && !matches!(n.expr, Expr::Duration { .. }));
    if (d.first > 0 && is_word_at(sc, d.first - 1, &["first", "last"])) || of_a_time {
        return;
    }
    let s = sentence(sc, d);
    let direct = sc.cue(d.end) == Cue::Since;
    // "six years after ... in December 2006, <present>", "three years into the
    // initiative, announced in October 2007, <present>".
    let after = is_word_at(sc, d.end, &["after", "into"]);
    // The numbered time the count runs from: after "since" in the same sentence.
    let since_at = if direct || after {
        Some(d.end)
    } else {
        let sent = sc
            .analysis
            .sentence_of_token(d.first)
            .and_then(|i| sc.analysis.sentences.get(i));
        sent.and_then(|st| (st.first_token..st.end_token).find(|&j| sc.cue(j) == Cue::Since))
    };
    let Some(since_at) = since_at else { return };
    // The first numbered time within a short clause after "since".
    let x = found.iter().find(|x| {
        x.first > since_at
            && x.first <= since_at + 10
            && sentence(sc, x) == s
            && year_month(x).is_some()
    });
    let x = match x {
        Some(x) if !clause_break(sc, since_at + 1, x.first) => x,
        // "In the three years since, ...": since the time named just before.
        _ if direct && ends_clause(sc, since_at + 1) => match named_before(sc, found, k) {
            Some(x) => x,
            None => return,
        },
        _ => return,
    };
    if is_fiscal_at(sc, x) {
        return;
    }
    let Some((year, month)) = year_month(x) else {
        return;
    };
    // "no director since 2006, ... its budget has not moved in a decade": a loose round
    // count is not the time since.
    if !direct && !after && unit_of(d) == Some(Unit::Decade) {
        return;
    }
    // "Three years after soldiers took over Juarez in 2009, the city is calmer" counts to
    // the story; "two years after the 2006 vote, he had resigned" tells of the past.
    if after && main_clause_tense(sc, x.end) == Some(Dir::Past) {
        return;
    }
    let weight = if direct {
        SINCE_COUNT
    } else if after {
        AFTER_COUNT
    } else {
        SINCE_LOOSE
    };
    let target = year_after(year, month, months);
    let mut h = hint(target, weight, d);
    h.days = month
        .and_then(|m| days_around(year, m, months, 6, 5))
        .map(|(a, b)| (a, b, 0.5));
    hints.push(h);
    // A round count is most often told near the anniversary month.
    if let Some((a, b)) = month.and_then(|m| days_around(year, m, months, 0, 0)) {
        let mut near = hint(target, 0.0, d);
        near.days = Some((a, b, 0.3));
        hints.push(near);
    }
    // Counts are rounded: the story may fall either side of the year boundary.
    let m = month.map_or(6, |m| m as i32 - 1);
    let neighbour = if m >= 6 { target + 1 } else { target - 1 };
    hints.push(hint(neighbour, 0.3 * weight, d));
}

fn unit_of(f: &Found) -> Option<Unit> {
    match f.expr {
        Expr::Duration { unit, .. } => Some(unit),
        _ => None,
    }
}

/// "Now, four years later, ..." / "four years later, today": the story is that long after
/// the time named before.
fn now_later(sc: &Scanner, found: &[Found], k: usize, months: i32, hints: &mut Vec<YearHint>) {
    let Some(r) = found.get(k) else { return };
    let is_now = |f: &Found| {
        matches!(
            f.expr,
            Expr::Ref(RefKind::Present)
                | Expr::Relative {
                    unit: Unit::Day,
                    shift: 0
                }
        )
    };
    let before = k
        .checked_sub(1)
        .and_then(|p| found.get(p))
        .is_some_and(|p| is_now(p) && apposed(sc, p, r));
    let after = found
        .get(k + 1)
        .is_some_and(|n| is_now(n) && apposed(sc, r, n));
    if !(before || after) {
        return;
    }
    let from = if before { k - 1 } else { k };
    if let Some((year, month)) = named_before(sc, found, from).and_then(year_month) {
        hints.push(hint(year_after(year, month, months), AGO_APPOSITION, r));
    }
}

/// A clause ends at token `j` ("since," / "since.").
fn ends_clause(sc: &Scanner, j: usize) -> bool {
    j >= sc.lex.len() || matches!(sc.word(j), "," | "." | ";" | ":" | "\u{2014}" | "-")
}

/// The last numbered time before found[k], in its sentence or the one before.
fn named_before<'f>(sc: &Scanner, found: &'f [Found], k: usize) -> Option<&'f Found> {
    let s = found.get(k).map(|f| sentence(sc, f))?;
    found
        .get(..k)?
        .iter()
        .rev()
        .take_while(|x| sentence(sc, x) + 1 >= s)
        .find(|x| year_month(x).is_some())
}

/// The tense of the main clause that follows a fronted phrase ending at token `from`:
/// the first tense cue after the next comma in the sentence.
fn main_clause_tense(sc: &Scanner, from: usize) -> Option<Dir> {
    let a = sc.analysis;
    let end = a
        .sentence_of_token(from)
        .and_then(|i| a.sentences.get(i))
        .map_or(from, |st| st.end_token);
    let comma = (from..end).find(|&j| sc.lx(j) == Lex::Comma)?;
    tense::first_cue(sc, comma + 1, end)
}

/// "within two years", "for another three years", "in six years" unless told in the past
/// ("killed in five years of violence"): counted ahead.
fn ahead_count(sc: &Scanner, first: usize, end: usize) -> bool {
    if first == 0 {
        return false;
    }
    if is_word_at(
        sc,
        first - 1,
        &["within", "another", "next", "coming", "further"],
    ) {
        return true;
    }
    is_word_at(sc, first - 1, &["in"]) && tense::tense_at(sc, first, end) != Some(Dir::Past)
}

/// "the fifth anniversary of the 2006 offensive", "its 10th anniversary ... founded in
/// 1999": the story falls that many years after the year named in the sentence.
fn anniversaries(sc: &Scanner, found: &[Found], hints: &mut Vec<YearHint>) {
    let toks = &sc.analysis.tokens;
    for (j, _) in toks.iter().enumerate() {
        if !is_word_at(sc, j, &["anniversary"]) || j == 0 {
            continue;
        }
        let Some(n) = ordinal_value(sc, j - 1) else {
            continue;
        };
        let Some(s) = sc.analysis.sentence_of_token(j) else {
            continue;
        };
        let x = found.iter().find(|x| {
            sc.analysis.sentence_of_token(x.first) == Some(s)
                && x.first > j
                && year_month(x).is_some()
                && !is_fiscal_at(sc, x)
        });
        if let Some((year, month)) = x.and_then(year_month) {
            let span = toks
                .get(j - 1)
                .zip(toks.get(j))
                .map(|(a, b)| Span::new(a.start, b.end));
            if let Some(span) = span {
                hints.push(YearHint {
                    kind: HintKind::Is,
                    year: year + n,
                    weight: ANNIVERSARY,
                    span,
                    // Anniversaries are marked within weeks of the day.
                    days: month
                        .and_then(|m| days_around(year, m, 12 * n, 1, 1))
                        .map(|(a, b)| (a, b, 2.0)),
                });
            }
        }
    }
}

/// "fifth", "10th", "first": the number an ordinal word or figure stands for.
fn ordinal_value(sc: &Scanner, j: usize) -> Option<i32> {
    let w = sc.word(j);
    // "10th" is one token or "10" + "th".
    if let Some(n) = w
        .strip_suffix("th")
        .or_else(|| w.strip_suffix("st"))
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .and_then(|d| d.parse::<i32>().ok())
    {
        return Some(n);
    }
    if matches!(w, "th" | "st" | "nd" | "rd") && j > 0 {
        return sc.word(j - 1).parse::<i32>().ok();
    }
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    WORDS
        .iter()
        .position(|o| w.eq_ignore_ascii_case(o))
        .map(|p| p as i32 + 1)
}
