//! One pass over the tokens that finds date and duration expressions, unresolved.
//!
//! Each token is classified once ([`Lex`]); the scanner then walks left to right and at
//! every position tries the patterns that can start there, longest first, jumping past
//! whatever it recognises. Values that need the publication date stay symbolic ([`Expr`])
//! until [`super::resolve`] runs.

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
    /// "the following year" (+1), "the previous year" (-1): from the year last named.
    FollowingYear {
        shift: i32,
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

    fn cue(&self, i: usize) -> Cue {
        match self.lx(i) {
            Lex::Word(c) => c,
            _ => Cue::Other,
        }
    }

    /// Token `i` is glued to the one before it (no white space), as in "two-day".
    fn glued(&self, i: usize) -> bool {
        self.analysis.tokens.get(i).is_some_and(|t| !t.space_before)
    }

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

    fn is_word(&self, i: usize, lower: &str) -> bool {
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
    fn at(&self, i: usize) -> Option<(usize, usize, Expr, Option<Dir>)> {
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
    fn part_of_day(&self, j: usize) -> usize {
        if matches!(self.cue(j), Cue::Morning | Cue::Night) {
            j + 1
        } else {
            j
        }
    }

    /// A day number 1..=31 at `j` (with an "st"/"th" glued on); returns the token after it.
    fn day_number(&self, j: usize) -> Option<(u32, usize)> {
        match self.lx(j) {
            Lex::Digits { value, len } if len <= 2 && (1..=31).contains(&value) => {
                let suffix = self.word(j + 1);
                let has_suffix = self.glued(j + 1) && matches!(suffix, "st" | "nd" | "rd" | "th");
                Some((value, if has_suffix { j + 2 } else { j + 1 }))
            }
            _ => None,
        }
    }

    /// A four-digit year 1000..=2099 at `j`.
    fn year4(&self, j: usize) -> Option<i32> {
        match self.lx(j) {
            Lex::Digits { value, len: 4 } if (1000..=2099).contains(&value) => Some(value as i32),
            _ => None,
        }
    }

    /// Month-led dates at `i`: "February 5, 2009", "Feb. 5", "March 2009", "March of 2009", "June".
    fn month_date(&self, i: usize) -> Option<(usize, Expr)> {
        let Lex::Month { month, abbrev } = self.lx(i) else {
            return None;
        };
        let mut j = i + 1;
        if abbrev && self.lx(j) == Lex::Period && self.glued(j) {
            j += 1;
        }
        if let Some((day, after_day)) = self.day_number(j) {
            // Not "March 2,000 troops": the day must not be followed by more digits.
            let mut k = after_day;
            if self.lx(k) == Lex::Comma {
                k += 1;
            }
            if let Some(year) = self.year4(k) {
                return Some((k + 1, Expr::Date { year, month, day }));
            }
            return Some((
                after_day,
                Expr::Month {
                    month,
                    day: Some(day),
                },
            ));
        }
        let mut k = j;
        if self.lx(k) == Lex::Comma || self.cue(k) == Cue::Of {
            k += 1;
        }
        if let Some(year) = self.year4(k) {
            return Some((k + 1, Expr::YearMonth { year, month }));
        }
        if abbrev {
            return None;
        }
        // "May" alone is a month only where a month is expected; "April Smith" is a name.
        let name_follows = self.word(j).starts_with(char::is_uppercase)
            && !self.glued(j)
            && matches!(self.lx(j), Lex::Word(Cue::Other));
        if (month == 5 || name_follows) && !self.month_slot_before(i) {
            return None;
        }
        Some((j, Expr::Month { month, day: None }))
    }

    /// Words after which a bare "May" is the month.
    fn month_slot_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        matches!(self.lx(i - 1), Lex::Hyphen)
            || matches!(
                self.cue(i - 1),
                Cue::In
                    | Cue::Since
                    | Cue::Of
                    | Cue::Early
                    | Cue::Mid
                    | Cue::Late
                    | Cue::Last
                    | Cue::Next
                    | Cue::This
            )
            || [
                "by", "until", "till", "during", "before", "after", "from", "through", "on",
            ]
            .iter()
            .any(|w| self.is_word(i - 1, w))
    }

    /// Expressions that start with a number: years, "5 February 2009", "3/25/2009",
    /// "2009-03-25", "15 years", "two-day" (digits), "15 years ago".
    fn number_start(&self, i: usize) -> Option<(usize, Expr)> {
        let Lex::Digits { value, len } = self.lx(i) else {
            return None;
        };
        if i > 0 && self.is_money_sign(i - 1) {
            return None;
        }
        if len == 4 {
            if let Some(r) = self.iso_date(i) {
                return Some(r);
            }
        }
        if let Some(r) = self.numeric_date(i) {
            return Some(r);
        }
        if let Some(year) = self.year4(i).filter(|y| (1900..=2099).contains(y)) {
            // "the 1990s"
            if self.glued(i + 1) && self.word(i + 1) == "s" && year % 10 == 0 {
                return Some((i + 2, Expr::Decade(year / 10)));
            }
            if self.is_year_use(i) {
                return Some((i + 1, Expr::Year(year)));
            }
            return None;
        }
        if self.year4(i).is_some() {
            return None;
        }
        // "5 February 2009", "5 February"
        if let Some((day, j)) = self.day_number(i) {
            if let Lex::Month { month, .. } = self.lx(j) {
                let mut k = j + 1;
                if self.lx(k) == Lex::Period && self.glued(k) {
                    k += 1;
                }
                if let Some(year) = self.year4(k) {
                    return Some((k + 1, Expr::Date { year, month, day }));
                }
                return Some((
                    k,
                    Expr::Month {
                        month,
                        day: Some(day),
                    },
                ));
            }
        }
        let _ = len;
        self.amount_unit(i, value.saturating_mul(2))
    }

    fn is_money_sign(&self, j: usize) -> bool {
        matches!(self.word(j), "$" | "€" | "£" | "#") || self.word(j).ends_with('$')
    }

    /// "2009-03-25"
    fn iso_date(&self, i: usize) -> Option<(usize, Expr)> {
        let year = self.year4(i)?;
        let two = |j: usize| match self.lx(j) {
            Lex::Digits { value, len: 2 } if self.glued(j) => Some(value),
            _ => None,
        };
        if self.lx(i + 1) != Lex::Hyphen || !self.glued(i + 1) || self.lx(i + 3) != Lex::Hyphen {
            return None;
        }
        let month = two(i + 2)?;
        let day = two(i + 4)?;
        ((1..=12).contains(&month) && (1..=31).contains(&day))
            .then_some((i + 5, Expr::Date { year, month, day }))
    }

    /// "3/25/2009" (U.S. order).
    fn numeric_date(&self, i: usize) -> Option<(usize, Expr)> {
        let small = |j: usize, max: u32| match self.lx(j) {
            Lex::Digits { value, len } if len <= 2 && (1..=max).contains(&value) => Some(value),
            _ => None,
        };
        let glued_slash = |j: usize| self.lx(j) == Lex::Slash && self.glued(j) && self.glued(j + 1);
        let month = small(i, 12)?;
        if !glued_slash(i + 1) {
            return None;
        }
        let day = small(i + 2, 31)?;
        if !glued_slash(i + 3) {
            return None;
        }
        let year = self.year4(i + 4)?;
        Some((i + 5, Expr::Date { year, month, day }))
    }

    /// Is the four-digit number at `i` used as a year? Years follow prepositions and
    /// months, precede nouns they date ("2009 budget"); counts precede plural nouns.
    fn is_year_use(&self, i: usize) -> bool {
        let next = self.word(i + 1);
        let next_lex = self.lx(i + 1);
        // "2,000-mile", "2000 percent", "2009 million"
        if matches!(next_lex, Lex::Hyphen)
            && matches!(self.lx(i + 2), Lex::Word(_) | Lex::Unit { .. })
            && self.glued(i + 1)
            && !matches!(self.lx(i + 2), Lex::Digits { .. })
        {
            return false;
        }
        if matches!(next_lex, Lex::Unit { .. }) {
            return false;
        }
        const NOT_AFTER_YEAR: &[&str] = &[
            "percent",
            "%",
            "million",
            "billion",
            "trillion",
            "thousand",
            "people",
            "persons",
            "dollars",
            "pesos",
            "euros",
            "miles",
            "kilometers",
            "km",
            "feet",
            "meters",
            "tons",
            "pounds",
            "kilos",
            "kilograms",
        ];
        if NOT_AFTER_YEAR.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            return false;
        }
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        // "Resolution 1973", "H.R. 2010", "No. 2009": labels, not years.
        const LABELS: &[&str] = &[
            "no",
            "number",
            "resolution",
            "section",
            "order",
            "bill",
            "room",
            "flight",
            "route",
            "highway",
            "article",
            "rule",
            "code",
            "chapter",
            "title",
            "amendment",
            "model",
            "item",
            "box",
            "suite",
            "sec",
            "page",
            "p",
            "pp",
            "s",
            "hr",
            "h.r",
            "#",
        ];
        let prev_core = prev.trim_end_matches('.');
        if LABELS.iter().any(|w| prev_core.eq_ignore_ascii_case(w))
            || (i >= 2
                && self.word(i - 1) == "."
                && LABELS
                    .iter()
                    .any(|w| self.word(i - 2).eq_ignore_ascii_case(w)))
        {
            return false;
        }
        const BEFORE_YEAR: &[&str] = &[
            "in",
            "of",
            "since",
            "by",
            "until",
            "till",
            "through",
            "from",
            "before",
            "after",
            "during",
            "between",
            "and",
            "to",
            "early",
            "mid",
            "late",
            "fiscal",
            "fy",
            "year",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "circa",
            "-",
            "\u{2013}",
            "for",
            "as",
            "the",
            "its",
            "on",
            "at",
            "election",
            "|",
            "©",
            "(c)",
            "copyright",
        ];
        if BEFORE_YEAR.iter().any(|w| prev.eq_ignore_ascii_case(w)) {
            // "the 2009 people" is still a count.
            return !self.plural_noun(i + 1);
        }
        const COUNT_HEDGES: &[&str] = &[
            "than",
            "about",
            "some",
            "nearly",
            "almost",
            "over",
            "approximately",
            "roughly",
            "around",
            "least",
            "just",
            "only",
            "$",
            "additional",
            "another",
        ];
        if COUNT_HEDGES.iter().any(|w| prev.eq_ignore_ascii_case(w)) {
            return false;
        }
        !self.plural_noun(i + 1)
    }

    /// A lowercase word in -s that is likely a plural noun being counted.
    fn plural_noun(&self, j: usize) -> bool {
        let w = self.word(j);
        if !matches!(self.lx(j), Lex::Word(Cue::Other)) {
            return false;
        }
        if !w.starts_with(|c: char| c.is_ascii_lowercase())
            || !w.ends_with('s')
            || w.ends_with("'s")
        {
            return false;
        }
        const DATED_PLURALS: &[&str] = &[
            "elections",
            "olympics",
            "games",
            "figures",
            "levels",
            "statistics",
            "estimates",
            "totals",
            "talks",
            "protests",
            "sales",
            "riots",
            "attacks",
            "reforms",
            "rules",
            "numbers",
            "results",
            "accords",
            "negotiations",
            "polls",
            "killings",
            "murders",
            "deaths",
            "is",
            "was",
            "has",
            "as",
            "us",
            "this",
            "its",
        ];
        !DATED_PLURALS.contains(&w)
    }

    /// Number words and articles before units: "three years", "a year and a half ago",
    /// "two-day", "A day after".
    fn counted(&self, i: usize) -> Option<(usize, Expr)> {
        let halves = match self.lx(i) {
            Lex::NumWord(n) => {
                // "twenty-five"
                if self.lx(i + 1) == Lex::Hyphen && self.glued(i + 1) {
                    if let Lex::NumWord(m) = self.lx(i + 2) {
                        if m < 10 && n >= 20 {
                            return self.amount_unit_from(i, i + 3, (n + m) * 2);
                        }
                    }
                }
                n * 2
            }
            Lex::Article => {
                if i > 0 && self.is_rate_before(i - 1) {
                    return None;
                }
                // "a week-long tour": the compound is the duration.
                if self.lx(i + 2) == Lex::Hyphen && self.cue(i + 3) == Cue::Long {
                    return None;
                }
                2
            }
            _ => return None,
        };
        self.amount_unit(i, halves)
    }

    /// "a year" after a money figure or "times" is a rate, not a duration.
    fn is_rate_before(&self, j: usize) -> bool {
        matches!(
            self.lx(j),
            Lex::Digits { .. } | Lex::OtherNumber | Lex::NumWord(_)
        ) || matches!(self.cue(j), Cue::Time | Cue::Per | Cue::Each)
            || [
                "million", "billion", "trillion", "thousand", "dollars", "pesos", "euros",
                "percent", "once", "twice", "tons", "people", "hundred",
            ]
            .iter()
            .any(|w| self.is_word(j, w))
    }

    fn amount_unit(&self, i: usize, halves: u32) -> Option<(usize, Expr)> {
        self.amount_unit_from(i, i + 1, halves)
    }

    /// After an amount ending before token `j`: [-] unit [and a half] [ago].
    fn amount_unit_from(&self, i: usize, j: usize, mut halves: u32) -> Option<(usize, Expr)> {
        let mut j = j;
        // "two and a half years"
        if self.cue(j) == Cue::And && self.lx(j + 1) == Lex::Article && self.lx(j + 2) == Lex::Half
        {
            if let Lex::Unit { plural: true, .. } = self.lx(j + 3) {
                halves += 1;
                j += 3;
            }
        }
        let hyphenated = self.lx(j) == Lex::Hyphen && self.glued(j) && self.glued(j + 1);
        if hyphenated {
            j += 1;
        }
        let Lex::Unit { unit, .. } = self.lx(j) else {
            return None;
        };
        let mut end = j + 1;
        // "15-year-old", "a three-year-old": ages are not durations.
        if self.lx(end) == Lex::Hyphen && self.cue(end + 1) == Cue::Old {
            return None;
        }
        if self.cue(end) == Cue::Old {
            return None;
        }
        if hyphenated {
            // "three-year-long"
            if self.lx(end) == Lex::Hyphen && self.cue(end + 1) == Cue::Long {
                end += 2;
            }
            return Some((
                end,
                Expr::Duration {
                    unit,
                    halves: Some(halves),
                },
            ));
        }
        // "and a half"
        if self.cue(end) == Cue::And
            && self.lx(end + 1) == Lex::Article
            && self.lx(end + 2) == Lex::Half
        {
            halves += 1;
            end += 3;
        }
        if self.cue(end) == Cue::Ago {
            return Some((end + 1, Expr::Ago { unit, halves }));
        }
        // "a year earlier", "two days later": a date relative to another event, which we
        // cannot place; it is not a duration either.
        if matches!(self.cue(end), Cue::Earlier | Cue::Later) {
            return None;
        }
        let _ = i;
        Some((
            end,
            Expr::Duration {
                unit,
                halves: Some(halves),
            },
        ))
    }

    /// "the first quarter", "the fourth quarter of 2008", "third-quarter".
    fn quarter(&self, i: usize, quarter: u32) -> Option<(usize, Expr)> {
        let mut j = i + 1;
        if self.lx(j) == Lex::Hyphen && self.glued(j) {
            j += 1;
        }
        if self.lx(j) != Lex::Quarter {
            return None;
        }
        let mut end = j + 1;
        let mut year = None;
        let mut k = if self.cue(end) == Cue::Of {
            end + 1
        } else {
            end
        };
        // "the first quarter of fiscal year 2009"
        if matches!(self.cue(k), Cue::Fiscal | Cue::Fy) {
            k += 1;
            if matches!(
                self.lx(k),
                Lex::Unit {
                    unit: Unit::Year,
                    plural: false
                }
            ) {
                k += 1;
            }
        }
        if let Some(y) = self.year4(k) {
            year = Some(y);
            end = k + 1;
        }
        let mut shift = None;
        if year.is_none() && self.cue(end) == Cue::Of {
            let s = match self.cue(end + 1) {
                Cue::This => Some(0),
                Cue::Last => Some(-1),
                Cue::Next => Some(1),
                _ => None,
            };
            let unit_year = matches!(
                self.lx(end + 2),
                Lex::Unit {
                    unit: Unit::Year,
                    plural: false
                }
            );
            if let (Some(s), true) = (s, unit_year) {
                shift = Some(s);
                end += 3;
            }
        }
        Some((
            end,
            Expr::Quarter {
                quarter,
                year,
                shift,
            },
        ))
    }

    /// "summer 2009", "the summer of 2009", "in the spring" (tense decides the year).
    fn season(&self, i: usize, season: Season, shift: Option<i32>) -> Option<(usize, Expr)> {
        let k = if self.cue(i + 1) == Cue::Of {
            i + 2
        } else {
            i + 1
        };
        if let Some(year) = self.year4(k) {
            return Some((
                k + 1,
                Expr::Season {
                    season,
                    year: Some(year),
                    shift: None,
                },
            ));
        }
        if shift.is_some() {
            return Some((
                i + 1,
                Expr::Season {
                    season,
                    year: None,
                    shift,
                },
            ));
        }
        // Bare seasons only after "in the" / "during the" / "this" (handled by the caller).
        let the = i >= 2 && self.cue(i - 1) == Cue::The;
        const PREPS: &[&str] = &[
            "in",
            "during",
            "over",
            "by",
            "since",
            "through",
            "throughout",
            "until",
            "till",
            "before",
            "after",
            "into",
            "for",
            "from",
            "of",
        ];
        let prep = the && PREPS.iter().any(|w| self.is_word(i - 2, w));
        // "after the fall of the regime" is not autumn.
        if season == Season::Fall && self.cue(i + 1) == Cue::Of && self.year4(i + 2).is_none() {
            return None;
        }
        prep.then_some((
            i + 1,
            Expr::Season {
                season,
                year: None,
                shift: None,
            },
        ))
    }

    /// Plural units on their own: "for years", "years of", "decades-long".
    fn bare_units(&self, i: usize, unit: Unit) -> Option<(usize, Expr)> {
        let pxy = Expr::Duration { unit, halves: None };
        if self.lx(i + 1) == Lex::Hyphen && self.glued(i + 1) && self.cue(i + 2) == Cue::Long {
            return Some((i + 3, pxy));
        }
        if self.cue(i + 1) == Cue::Ago {
            return Some((i + 2, Expr::Ref(RefKind::Past)));
        }
        if self.cue(i + 1) == Cue::Of && i > 0 && !matches!(self.cue(i - 1), Cue::The) {
            return Some((i + 1, pxy));
        }
        // "could take months", "lasted weeks", "within days"
        const SPAN_VERBS: &[&str] = &[
            "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "spent",
            "spend", "within",
        ];
        if i > 0
            && SPAN_VERBS
                .iter()
                .any(|w| self.word(i - 1).eq_ignore_ascii_case(w))
        {
            return Some((i + 1, pxy));
        }
        None
    }

    /// Expressions led by a function word or adverb.
    fn cue_start(&self, i: usize, cue: Cue) -> Option<(usize, usize, Expr, Option<Dir>)> {
        let plain = |end: usize, expr: Expr| Some((i, end, expr, None));
        match cue {
            Cue::Last
            | Cue::This
            | Cue::Next
            | Cue::Past
            | Cue::Previous
            | Cue::Coming
            | Cue::Recent => self.shifted(i, cue),
            Cue::Earlier | Cue::Later => {
                // "earlier this month", "later this week"
                if self.cue(i + 1) == Cue::This {
                    if let Lex::Unit {
                        unit,
                        plural: false,
                    } = self.lx(i + 2)
                    {
                        if unit != Unit::Day {
                            return plain(i + 3, Expr::Relative { unit, shift: 0 });
                        }
                    }
                }
                None
            }
            Cue::Early | Cue::Mid | Cue::Late => {
                let mut j = i + 1;
                if self.lx(j) == Lex::Hyphen && self.glued(j) {
                    j += 1;
                }
                if matches!(self.lx(j), Lex::Month { .. }) {
                    return self.month_date(j).map(|(end, e)| (i, end, e, None));
                }
                if let Lex::Digits { .. } = self.lx(j) {
                    if let Some(y) = self.year4(j) {
                        if self.glued(j + 1) && self.word(j + 1) == "s" && y % 10 == 0 {
                            return plain(j + 2, Expr::Decade(y / 10));
                        }
                        return plain(j + 1, Expr::Year(y));
                    }
                }
                if matches!(self.cue(j), Cue::Last | Cue::This | Cue::Next) {
                    return self
                        .shifted(j, self.cue(j))
                        .map(|(_, end, e, d)| (i, end, e, d));
                }
                None
            }
            // "now-defunct" is an adjective, not a time.
            Cue::Now if !(self.lx(i + 1) == Lex::Hyphen && self.glued(i + 1)) => {
                plain(i + 1, Expr::Ref(RefKind::Present))
            }
            Cue::Now => None,
            Cue::Currently => plain(i + 1, Expr::Ref(RefKind::Present)),
            Cue::Soon => {
                let as_soon = i > 0 && self.is_word(i - 1, "as");
                let soon_after = self.is_word(i + 1, "after");
                (!as_soon && !soon_after).then_some((i, i + 1, Expr::Ref(RefKind::Future), None))
            }
            // "USA Today", "Mexico Today": a capitalised "Today" after a name is a title.
            Cue::Today
                if self.word(i).starts_with('T')
                    && i > 0
                    && self.word(i - 1).starts_with(char::is_uppercase)
                    && !self.analysis.tokens.get(i).is_some_and(|t| t.line_start) =>
            {
                None
            }
            Cue::Today | Cue::Tonight => plain(
                i + 1,
                Expr::Relative {
                    unit: Unit::Day,
                    shift: 0,
                },
            ),
            Cue::Yesterday => plain(
                self.part_of_day(i + 1),
                Expr::Relative {
                    unit: Unit::Day,
                    shift: -1,
                },
            ),
            Cue::Tomorrow => plain(
                self.part_of_day(i + 1),
                Expr::Relative {
                    unit: Unit::Day,
                    shift: 1,
                },
            ),
            Cue::Fiscal | Cue::Fy => {
                // "fiscal year 2010", "fiscal 2010", "FY 2010"
                let mut j = i + 1;
                if matches!(
                    self.lx(j),
                    Lex::Unit {
                        unit: Unit::Year,
                        plural: false
                    }
                ) {
                    j += 1;
                }
                self.year4(j).and_then(|y| plain(j + 1, Expr::Year(y)))
            }
            Cue::Other => {
                // "FY2010"
                let w = self.word(i);
                if w.len() == 6 && (w.starts_with("FY") || w.starts_with("fy")) {
                    if let Ok(y) = w[2..].parse::<i32>() {
                        if (1900..=2099).contains(&y) {
                            return plain(i + 1, Expr::Year(y));
                        }
                    }
                }
                None
            }
            Cue::In => {
                // "in the past", "in the future", "in the near future", "in recent years"
                if self.cue(i + 1) == Cue::The {
                    let mut j = i + 2;
                    if self.is_word(j, "near") || self.is_word(j, "distant") {
                        j += 1;
                    }
                    let ends_here = !matches!(
                        self.lx(j + 1),
                        Lex::Unit { .. } | Lex::NumWord(_) | Lex::Digits { .. } | Lex::Article
                    ) && self.cue(j + 1) != Cue::Several;
                    match self.cue(j) {
                        Cue::Past if ends_here => return plain(j + 1, Expr::Ref(RefKind::Past)),
                        Cue::Future => return plain(j + 1, Expr::Ref(RefKind::Future)),
                        _ => {}
                    }
                }
                None
            }
            Cue::At => {
                // "at present"
                (self.cue(i + 1) == Cue::Present).then_some((
                    i,
                    i + 2,
                    Expr::Ref(RefKind::Present),
                    None,
                ))
            }
            Cue::The => {
                if let Some(r) = self.the_phrase(i) {
                    return Some(r);
                }
                // "the months to come", "the 1990s"
                if let Lex::Unit { plural: true, .. } = self.lx(i + 1) {
                    if self.cue(i + 2) == Cue::To && self.cue(i + 3) == Cue::Come {
                        return plain(i + 4, Expr::Ref(RefKind::Future));
                    }
                }
                if let Some(y) = self.year4(i + 1) {
                    if self.glued(i + 2) && self.word(i + 2) == "s" && y % 10 == 0 {
                        return plain(i + 3, Expr::Decade(y / 10));
                    }
                }
                None
            }
            Cue::These => {
                // "these days"
                matches!(
                    self.lx(i + 1),
                    Lex::Unit {
                        unit: Unit::Day,
                        plural: true
                    }
                )
                .then_some((i, i + 2, Expr::Ref(RefKind::Present), None))
            }
            Cue::For => {
                // "for years", "for decades"
                if let Lex::Unit { unit, plural: true } = self.lx(i + 1) {
                    if self.cue(i + 2) != Cue::To {
                        return plain(i + 2, Expr::Duration { unit, halves: None });
                    }
                }
                None
            }
            Cue::Several => {
                // "several years", "many months"; "a few years ago"
                if let Lex::Unit { unit, plural: true } = self.lx(i + 1) {
                    if self.cue(i + 2) == Cue::Ago {
                        return plain(i + 3, Expr::Ref(RefKind::Past));
                    }
                    return plain(i + 2, Expr::Duration { unit, halves: None });
                }
                None
            }
            Cue::Less | Cue::More => {
                // "less than a year", "more than three years"
                if self.cue(i + 1) == Cue::Than {
                    if let Some((end, e @ Expr::Duration { .. })) = self.counted_at(i + 2) {
                        return plain(end, e);
                    }
                }
                None
            }
            Cue::Nearly => match self.counted_at(i + 1) {
                Some((end, e @ Expr::Duration { .. })) => plain(end, e),
                _ => None,
            },
            _ => None,
        }
    }

    /// A lowercase word at `j` (a noun the previous word may modify).
    fn lowercase_word(&self, j: usize) -> bool {
        matches!(self.lx(j), Lex::Word(_) | Lex::Unit { .. })
            && self.word(j).starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// "the weekend", "until the present", "the start of the month", "the following year".
    fn the_phrase(&self, i: usize) -> Option<(usize, usize, Expr, Option<Dir>)> {
        match self.cue(i + 1) {
            Cue::Weekend => Some((i, i + 2, Expr::Weekend { shift: None }, None)),
            Cue::Present if !self.lowercase_word(i + 2) && i > 0 => {
                let after_prep = ["until", "to", "till", "through", "from", "at"]
                    .iter()
                    .any(|w| self.is_word(i - 1, w));
                after_prep.then_some((i, i + 2, Expr::Ref(RefKind::Present), None))
            }
            Cue::Edge if self.cue(i + 2) == Cue::Of => {
                let shift = match self.cue(i + 3) {
                    Cue::The | Cue::This => 0,
                    Cue::Last => -1,
                    Cue::Next => 1,
                    _ => return None,
                };
                match self.lx(i + 4) {
                    Lex::Unit {
                        unit: unit @ (Unit::Week | Unit::Month | Unit::Year),
                        plural: false,
                    } => Some((i, i + 5, Expr::Relative { unit, shift }, None)),
                    _ => None,
                }
            }
            Cue::Following | Cue::Previous => match self.lx(i + 2) {
                Lex::Unit {
                    unit: Unit::Year,
                    plural: false,
                } => {
                    let shift = if self.cue(i + 1) == Cue::Following {
                        1
                    } else {
                        -1
                    };
                    Some((i, i + 3, Expr::FollowingYear { shift }, None))
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn counted_at(&self, j: usize) -> Option<(usize, Expr)> {
        match self.lx(j) {
            Lex::NumWord(n) => self.amount_unit(j, n * 2),
            Lex::Article => self.amount_unit(j, 2),
            Lex::Digits { value, .. } if self.year4(j).is_none() => {
                self.amount_unit(j, value.saturating_mul(2))
            }
            _ => None,
        }
    }

    /// "last year", "this week", "next month", "last Tuesday", "last summer", "last March",
    /// "the past three years", "recent years", "the coming months".
    fn shifted(&self, i: usize, cue: Cue) -> Option<(usize, usize, Expr, Option<Dir>)> {
        let shift = match cue {
            Cue::Last => -1,
            Cue::This => 0,
            Cue::Next | Cue::Coming => 1,
            _ => -1,
        };
        let relative_word = matches!(cue, Cue::Last | Cue::This | Cue::Next);
        match self.lx(i + 1) {
            Lex::Unit {
                unit,
                plural: false,
            } if relative_word || cue == Cue::Coming => {
                if unit == Unit::Decade || unit == Unit::Century {
                    // "the last decade": the ten years up to now.
                    return (cue == Cue::Last).then_some((
                        i,
                        i + 2,
                        Expr::Duration {
                            unit,
                            halves: Some(2),
                        },
                        None,
                    ));
                }
                if unit == Unit::Day {
                    return None;
                }
                // "over the last year", "in the next month": a stretch of time up to or
                // from now, not the calendar unit.
                let the = i > 0 && self.cue(i - 1) == Cue::The;
                if the && matches!(cue, Cue::Last | Cue::Next) {
                    let expr = Expr::Duration {
                        unit,
                        halves: Some(2),
                    };
                    return Some((i, i + 2, expr, None));
                }
                Some((i, i + 2, Expr::Relative { unit, shift }, None))
            }
            Lex::Unit {
                unit,
                plural: false,
            } if cue == Cue::Past => {
                // "the past year": the twelve months up to now.
                Some((
                    i,
                    i + 2,
                    Expr::Duration {
                        unit,
                        halves: Some(2),
                    },
                    None,
                ))
            }
            Lex::Unit { plural: true, .. } => {
                let kind = match cue {
                    Cue::Past | Cue::Previous | Cue::Recent => RefKind::Past,
                    Cue::Coming | Cue::Next => RefKind::Future,
                    _ => return None,
                };
                // "the next years" is rare; "last years" is not English.
                Some((i, i + 2, Expr::Ref(kind), None))
            }
            Lex::NumWord(_) | Lex::Digits { .. }
                if matches!(
                    cue,
                    Cue::Last | Cue::Past | Cue::Next | Cue::Coming | Cue::Previous
                ) =>
            {
                // "the past three years" is a duration.
                match self.counted_at(i + 1) {
                    Some((end, e @ Expr::Duration { .. })) => Some((i, end, e, None)),
                    _ => None,
                }
            }
            Lex::Weekday(day) if relative_word => {
                let dir = match cue {
                    Cue::Last => Some(Dir::Past),
                    Cue::Next => Some(Dir::Future),
                    _ => None,
                };
                let end = self.part_of_day(i + 2);
                Some((
                    i,
                    end,
                    Expr::Weekday {
                        day,
                        shift: if cue == Cue::This { 0 } else { shift },
                    },
                    dir,
                ))
            }
            Lex::Word(Cue::Weekend) if relative_word => {
                let shift = if cue == Cue::This { 0 } else { shift };
                Some((i, i + 2, Expr::Weekend { shift: Some(shift) }, None))
            }
            Lex::Season(season) if relative_word => self
                .season(i + 1, season, Some(shift))
                .map(|(end, e)| (i, end, e, None)),
            Lex::Month {
                month,
                abbrev: false,
            } if matches!(cue, Cue::Last | Cue::Next) => {
                let (dir, shift) = if cue == Cue::Last {
                    (Dir::Past, -1)
                } else {
                    (Dir::Future, 1)
                };
                Some((i, i + 2, Expr::MonthShift { month, shift }, Some(dir)))
            }
            Lex::Word(Cue::Morning) if cue == Cue::This => Some((
                i,
                i + 2,
                Expr::Relative {
                    unit: Unit::Day,
                    shift: 0,
                },
                None,
            )),
            Lex::Word(Cue::Night) if cue == Cue::Last => Some((
                i,
                i + 2,
                Expr::Relative {
                    unit: Unit::Day,
                    shift: -1,
                },
                None,
            )),
            _ => None,
        }
    }
}
