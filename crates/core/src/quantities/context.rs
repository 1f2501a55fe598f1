//! What a figure measures (`about`) and when (`period`).

use crate::model::Timex;
use crate::text::{Analysis, Sentence, TokenKind};

/// Words that end a descriptive phrase: clause punctuation.
fn is_break(a: &Analysis, i: usize) -> bool {
    a.tokens[i].kind == TokenKind::Punct
        && matches!(
            a.token_text(i),
            "," | ";"
                | ":"
                | "."
                | "!"
                | "?"
                | "("
                | ")"
                | "\""
                | "\u{201C}"
                | "\u{201D}"
                | "\u{2014}"
        )
}

/// A short phrase from the sentence saying what the figure measures: the counted noun
/// phrase and what follows it up to the clause's end, and, when little follows or there is
/// no noun, the words leading up to the figure as well ("the death toll at 5,300").
/// `np_start` is where the counted noun phrase begins (`end` when there is none).
pub fn about(a: &Analysis, s: &Sentence, first: usize, np_start: usize, end: usize) -> String {
    const MAX_WORDS: usize = 8;
    let mut hi = end;
    while hi < s.end_token && hi - end < MAX_WORDS && !is_break(a, hi) {
        hi += 1;
    }
    // A phrase does not end on a function word ("... for the Initiative in").
    while hi > end && is_loose_end(a.token_text(hi - 1)) {
        hi -= 1;
    }
    let mut lo = first;
    let has_noun = np_start < end;
    if !has_noun || hi - end < 2 {
        while lo > s.first_token && first - lo < MAX_WORDS && !is_break(a, lo - 1) {
            lo -= 1;
        }
        while lo < first && is_loose_end(a.token_text(lo)) {
            lo += 1;
        }
    }
    let left = piece(a, lo, first);
    let right = piece(a, np_start.min(end), hi);
    match (left.is_empty(), right.is_empty()) {
        (true, _) => right.to_string(),
        (_, true) => left.to_string(),
        _ => format!("{left} {right}"),
    }
}

/// Function words that should not open or close a descriptive phrase.
fn is_loose_end(w: &str) -> bool {
    const LOOSE: &[&str] = &[
        "in", "of", "the", "a", "an", "and", "or", "to", "for", "from", "by", "with", "at", "on",
        "that", "which", "but", "as", "its", "their", "-",
    ];
    LOOSE.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// The text of tokens `[x, y)`.
fn piece<'a>(a: &Analysis<'a>, x: usize, y: usize) -> &'a str {
    if x >= y {
        return "";
    }
    a.text
        .get(a.tokens[x].start..a.tokens[y - 1].end)
        .unwrap_or("")
}

/// The TIMEX3 value of the date expression governing the figure: the nearest one that
/// follows it in its clause ("killed 900 people last year and 300 in the first weeks of
/// 2009"), else the nearest in its sentence; calendar dates before durations.
pub fn period(
    text: &str,
    s: &Sentence,
    start: usize,
    end: usize,
    timex: &[Timex],
) -> Option<String> {
    let mut best: Option<((bool, bool, usize), &Timex)> = None;
    for t in timex {
        if t.start < s.span.start || t.end > s.span.end || (t.start < end && start < t.end) {
            continue;
        }
        let distance = if t.start >= end {
            t.start - end
        } else {
            start.saturating_sub(t.end)
        };
        let follows_in_clause = t.start >= end
            && distance < 80
            && text.get(end..t.start).is_some_and(|between| {
                !between.contains([',', ';', '.', '\u{2014}', '(']) && !between.contains(" and ")
            });
        let key = (t.is_duration(), !follows_in_clause, distance);
        if best.as_ref().is_none_or_worse(key) {
            best = Some((key, t));
        }
    }
    best.map(|(_, t)| t.value.clone())
}

trait Better {
    fn is_none_or_worse(&self, key: (bool, bool, usize)) -> bool;
}

impl Better for Option<&((bool, bool, usize), &Timex)> {
    fn is_none_or_worse(&self, key: (bool, bool, usize)) -> bool {
        match self {
            None => true,
            Some((k, _)) => key < *k,
        }
    }
}
