//! Calendar dates: years and their uses, month-led and day-led dates, numeric dates,
//! quarters and seasons.

use super::{Expr, Scanner};
use crate::timex::lexicon::{Cue, Lex, Season, Unit};

impl Scanner<'_> {
    /// A day number 1..=31 at `j` (with an "st"/"th" glued on); returns the token after it.
    pub(super) fn day_number(&self, j: usize) -> Option<(u32, usize)> {
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
    pub(super) fn year4(&self, j: usize) -> Option<i32> {
        match self.lx(j) {
            Lex::Digits { value, len: 4 } if (1000..=2099).contains(&value) => Some(value as i32),
            _ => None,
        }
    }

    /// Month-led dates at `i`: "February 5, 2009", "Feb. 5", "March 2009", "March of 2009", "June".
    pub(super) fn month_date(&self, i: usize) -> Option<(usize, Expr)> {
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
            if let Some((end, shift)) = self.relative_year_after(after_day) {
                let day = Some(day);
                return Some((end, Expr::MonthOfYear { month, day, shift }));
            }
            if let Some(end) = self.that_year_after(after_day) {
                let day = Some(day);
                return Some((end, Expr::MonthOfThatYear { month, day }));
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
        if let Some((end, shift)) = self.relative_year_after(j) {
            if month != 5 || self.month_slot_before(i) {
                let day = None;
                return Some((end, Expr::MonthOfYear { month, day, shift }));
            }
        }
        if let Some(end) = self.that_year_after(j) {
            if month != 5 || self.month_slot_before(i) {
                let day = None;
                return Some((end, Expr::MonthOfThatYear { month, day }));
            }
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

    /// "of last year", "this year", "of next year" after a month: the token after it and
    /// the shift from the publication year.
    pub(super) fn relative_year_after(&self, j: usize) -> Option<(usize, i32)> {
        let k = if self.cue(j) == Cue::Of { j + 1 } else { j };
        let shift = match self.cue(k) {
            Cue::Last => -1,
            Cue::This => 0,
            Cue::Next => 1,
            _ => return None,
        };
        let year = Lex::Unit {
            unit: Unit::Year,
            plural: false,
        };
        (self.lx(k + 1) == year).then_some((k + 2, shift))
    }

    /// "of that year", "that same year", "of the same year" after a month: the token after.
    pub(super) fn that_year_after(&self, j: usize) -> Option<usize> {
        let mut k = if self.cue(j) == Cue::Of { j + 1 } else { j };
        if !(self.is_word(k, "that") || (self.cue(k) == Cue::The && self.is_word(k + 1, "same"))) {
            return None;
        }
        k += 1;
        if self.is_word(k, "same") {
            k += 1;
        }
        let year = Lex::Unit {
            unit: Unit::Year,
            plural: false,
        };
        (self.lx(k) == year).then_some(k + 1)
    }

    /// Words after which a bare "May" is the month.
    pub(super) fn month_slot_before(&self, i: usize) -> bool {
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
    pub(super) fn number_start(&self, i: usize) -> Option<(usize, Expr)> {
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

    pub(super) fn is_money_sign(&self, j: usize) -> bool {
        matches!(self.word(j), "$" | "€" | "£" | "#") || self.word(j).ends_with('$')
    }

    /// "2009-03-25"
    pub(super) fn iso_date(&self, i: usize) -> Option<(usize, Expr)> {
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

    /// "3/25/2009" (U.S. order), "25/3/2009" (a first number over 12 is the day),
    /// "3/25/09" (two-digit years in headers).
    pub(super) fn numeric_date(&self, i: usize) -> Option<(usize, Expr)> {
        let small = |j: usize, max: u32| match self.lx(j) {
            Lex::Digits { value, len } if len <= 2 && (1..=max).contains(&value) => Some(value),
            _ => None,
        };
        let glued_slash = |j: usize| self.lx(j) == Lex::Slash && self.glued(j) && self.glued(j + 1);
        let first = small(i, 31)?;
        if !glued_slash(i + 1) {
            return None;
        }
        let second = small(i + 2, 31)?;
        if !glued_slash(i + 3) {
            return None;
        }
        let (month, day) = match (first, second) {
            (m, d) if m <= 12 => (m, d),
            (d, m) if m <= 12 => (m, d),
            _ => return None,
        };
        let year = match self.lx(i + 4) {
            Lex::Digits { value, len: 2 } => {
                2000 + value as i32 - if value >= 50 { 100 } else { 0 }
            }
            _ => self.year4(i + 4)?,
        };
        Some((i + 5, Expr::Date { year, month, day }))
    }

    /// Is the four-digit number at `i` used as a year? Years follow prepositions and
    /// months, precede nouns they date ("2009 budget"); counts precede plural nouns.
    pub(super) fn is_year_use(&self, i: usize) -> bool {
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
    pub(super) fn plural_noun(&self, j: usize) -> bool {
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

    /// "the first quarter", "the fourth quarter of 2008", "third-quarter".
    pub(super) fn quarter(&self, i: usize, quarter: u32) -> Option<(usize, Expr)> {
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
    pub(super) fn season(
        &self,
        i: usize,
        season: Season,
        shift: Option<i32>,
    ) -> Option<(usize, Expr)> {
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
        // "the summer of last year", "spring this year"
        if let Some((end, rel)) = self.relative_year_after(i + 1) {
            if self.cue(i + 1) == Cue::Of || shift.is_none() {
                let shift = Some(rel);
                let year = None;
                return Some((
                    end,
                    Expr::Season {
                        season,
                        year,
                        shift,
                    },
                ));
            }
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
}
