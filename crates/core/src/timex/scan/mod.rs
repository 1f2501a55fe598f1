//! One pass over the tokens that finds date and duration expressions, unresolved.
//!
//! Each token is classified once ([`Lex`]); the scanner then walks left to right and at
//! every position tries the patterns that can start there, longest first, jumping past
//! whatever it recognises. Values that need the publication date stay symbolic ([`Expr`])
//! until [`super::resolve`] runs.

mod dates;
mod durations;
mod phrases;

use super::lexicon::{classify, Cue, Lex, Season, Unit};
use crate::text::Analysis;

/// Which way along the calendar an expression points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Present,
    Past,
    Future,
}

/// A date or duration expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expr {
    Date {
        year: i32,
        month: u32,
        day: u32,
    },
    YearMonth {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// The decade's first three digits: 199 for "the 1990s".
    Decade(i32),
    /// A month (and maybe day) whose year comes from the publication date and tense.
    Month {
        month: u32,
        day: Option<u32>,
    },
    /// "September of last year" (-1), "May 3 this year" (0): a month of a year named
    /// relative to the publication.
    MonthOfYear {
        month: u32,
        day: Option<u32>,
        shift: i32,
    },
    /// "last June" (-1), "next March" (+1): the nearest such month strictly before/after.
    MonthShift {
        month: u32,
        shift: i32,
    },
    /// 0 = Monday; `shift` is -1 for "last Monday", +1 for "next Monday".
    Weekday {
        day: u32,
        shift: i32,
    },
    /// `year` when written; else `shift` ("last summer" = -1) or tense decides.
    Season {
        season: Season,
        year: Option<i32>,
        shift: Option<i32>,
    },
    /// `shift` for "the first quarter of this year" (0) / "of last year" (-1).
    Quarter {
        quarter: u32,
        year: Option<i32>,
        shift: Option<i32>,
    },
    /// "the weekend" (shift 0, tense decides), "last weekend" (-1), "next weekend" (+1).
    Weekend {
        shift: Option<i32>,
    },
    /// "a year earlier" (`later` false), "two weeks later": from the date last named.
    Offset {
        unit: Unit,
        halves: u32,
        later: bool,
    },
    /// "the following year" (+1), "the previous year" (-1), "that year" (0): from the year
    /// last named.
    FollowingYear {
        shift: i32,
    },
    /// "January of that year", "in March that year": a month of the year last named.
    MonthOfThatYear {
        month: u32,
        day: Option<u32>,
    },
    /// "last year" (Year, -1), "this week" (Week, 0), "yesterday" (Day, -1).
    Relative {
        unit: Unit,
        shift: i32,
    },
    /// "two years ago": an amount counted in half units (a year and a half = 3 halves).
    Ago {
        unit: Unit,
        halves: u32,
    },
    Ref(RefKind),
    /// `amount` None means unspecified ("years" -> PXY); `halves` counts half units.
    Duration {
        unit: Unit,
        halves: Option<u32>,
    },
}

/// One expression found: token range `[first, end)` and its byte span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    pub first: usize,
    pub end: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub expr: Expr,
    /// A direction the words themselves impose ("last March", "next Monday").
    pub dir: Option<Dir>,
}

/// The classified tokens of a document, with the scanning helpers.
pub struct Scanner<'a> {
    pub analysis: &'a Analysis<'a>,
    pub lex: Vec<Lex>,
}

impl<'a> Scanner<'a> {
    pub fn new(analysis: &'a Analysis<'a>) -> Self {
        let lex = analysis
            .tokens
            .iter()
            .map(|t| classify(analysis.text, t))
            .collect();
        Scanner { analysis, lex }
    }

    pub fn lx(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    pub(super) fn cue(&self, i: usize) -> Cue {
        match self.lx(i) {
            Lex::Word(c) => c,
            _ => Cue::Other,
        }
    }

    /// Token `i` is glued to the one before it (no white space), as in "two-day".
    pub(super) fn glued(&self, i: usize) -> bool {
        self.analysis.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        match self.analysis.tokens.get(i) {
            Some(t) => t.text(self.analysis.text),
            None => "",
        }
    }

    /// The token before `j` as written ("" at the start).
    pub fn word_before(&self, j: usize) -> &'a str {
        if j == 0 {
            ""
        } else {
            self.word(j - 1)
        }
    }

    #[inline]
    pub(super) fn is_word(&self, i: usize, lower: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(lower)
    }

    /// Find every expression, in text order, without overlaps.
    pub fn scan(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let n = self.lex.len();
        let mut i = 0;
        while i < n {
            match self.at(i) {
                Some((first, end, expr, dir)) if end > first => {
                    let toks = &self.analysis.tokens;
                    let (Some(a), Some(b)) = (toks.get(first), toks.get(end - 1)) else {
                        break;
                    };
                    // Keep a possessive out of the span: "Next year's" -> "Next year".
                    let last_text = b.text(self.analysis.text);
                    let core = super::lexicon::strip_possessive(last_text);
                    let end_byte = if matches!(self.lx(end - 1), Lex::Word(_) | Lex::Unit { .. })
                        || b.kind == crate::text::TokenKind::Word
                    {
                        b.start + core.len()
                    } else {
                        b.end
                    };
                    out.push(Found {
                        first,
                        end,
                        start_byte: a.start,
                        end_byte,
                        expr,
                        dir,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The longest expression starting at token `i`.
    pub(super) fn at(&self, i: usize) -> Option<(usize, usize, Expr, Option<Dir>)> {
        let plain = |(end, expr): (usize, Expr)| Some((i, end, expr, None));
        match self.lx(i) {
            Lex::Weekday(day) => {
                // "Tuesday, January 25, 2011" is one date.
                let mut j = i + 1;
                if self.lx(j) == Lex::Comma {
                    j += 1;
                }
                // "Monday, March 2": the date names the day.
                if let Some((end, expr @ (Expr::Date { .. } | Expr::Month { day: Some(_), .. }))) =
                    self.month_date(j)
                {
                    return plain((end, expr));
                }
                let end = self.part_of_day(i + 1);
                plain((end, Expr::Weekday { day, shift: 0 }))
            }
            Lex::Month { .. } => self.month_date(i).and_then(plain),
            Lex::Digits { .. } => self.number_start(i).and_then(plain),
            Lex::NumWord(_) | Lex::Article => self.counted(i).and_then(plain),
            // "half a century ago", "half an hour".
            Lex::Half if self.lx(i + 1) == Lex::Article => {
                self.amount_unit_from(i, i + 2, 1).and_then(plain)
            }
            Lex::Ordinal(q) => self.quarter(i, q).and_then(plain),
            Lex::Season(season) => self.season(i, season, None).and_then(plain),
            Lex::Unit { unit, plural: true } => self.bare_units(i, unit).and_then(plain),
            Lex::Unit {
                unit,
                plural: false,
            } => {
                // "week-long", "year-long": one unit.
                if self.lx(i + 1) == Lex::Hyphen
                    && self.glued(i + 1)
                    && self.cue(i + 2) == Cue::Long
                    && self.glued(i + 2)
                {
                    return plain((
                        i + 3,
                        Expr::Duration {
                            unit,
                            halves: Some(2),
                        },
                    ));
                }
                None
            }
            // Most words: only weekday abbreviations, "that" and "FY2010" can start an
            // expression among them, so other first letters end the search at once.
            Lex::Word(Cue::Other)
                if !matches!(
                    self.word(i).as_bytes().first(),
                    Some(b'M' | b'T' | b'W' | b'F' | b'S' | b't' | b'f')
                ) =>
            {
                None
            }
            Lex::Word(Cue::Other) if super::lexicon::weekday_abbrev(self.word(i)) => {
                // "Mon, Jun. 14, 2010"
                let mut j = i + 1;
                if self.lx(j) == Lex::Period {
                    j += 1;
                }
                if self.lx(j) == Lex::Comma {
                    j += 1;
                }
                match self.month_date(j) {
                    Some((end, expr @ Expr::Date { .. })) if j > i + 1 => plain((end, expr)),
                    _ => self.cue_start(i, Cue::Other),
                }
            }
            Lex::Word(cue) => self.cue_start(i, cue),
            _ => None,
        }
    }

    /// "morning", "night" after a day name belong to it.
    pub(super) fn part_of_day(&self, j: usize) -> usize {
        if matches!(self.cue(j), Cue::Morning | Cue::Night) {
            j + 1
        } else {
            j
        }
    }
}
