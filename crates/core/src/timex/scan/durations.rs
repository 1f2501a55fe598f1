//! Amounts of time: "three years", "two-day", "a year and a half ago", "for years".

use super::{Expr, RefKind, Scanner};
use crate::timex::lexicon::{Cue, Lex, Unit};

impl Scanner<'_> {
    /// Number words and articles before units: "three years", "a year and a half ago",
    /// "two-day", "A day after".
    pub(super) fn counted(&self, i: usize) -> Option<(usize, Expr)> {
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
                // "a quarter of a century": a fraction of a long unit, in years.
                if self.is_word(i + 1, "quarter")
                    && self.cue(i + 2) == Cue::Of
                    && self.lx(i + 3) == Lex::Article
                {
                    let years_x2 = match self.lx(i + 4) {
                        Lex::Unit {
                            unit: Unit::Century,
                            plural: false,
                        } => 50,
                        Lex::Unit {
                            unit: Unit::Decade,
                            plural: false,
                        } => 5,
                        _ => 0,
                    };
                    if years_x2 > 0 {
                        let d = Expr::Duration {
                            unit: Unit::Year,
                            halves: Some(years_x2),
                        };
                        return Some((i + 5, d));
                    }
                }
                // "a half century": half the unit.
                if self.lx(i + 1) == Lex::Half {
                    return self.amount_unit_from(i, i + 2, 1);
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
    pub(super) fn is_rate_before(&self, j: usize) -> bool {
        matches!(
            self.lx(j),
            Lex::Digits { .. } | Lex::OtherNumber | Lex::NumWord(_)
        ) || matches!(self.cue(j), Cue::Time | Cue::Per | Cue::Each)
            || [
                "million",
                "billion",
                "trillion",
                "thousand",
                "dollars",
                "pesos",
                "euros",
                "percent",
                "once",
                "twice",
                "tons",
                "people",
                "hundred",
                "miles",
                "kilometers",
                "kilometres",
                "km",
            ]
            .iter()
            .any(|w| self.is_word(j, w))
    }

    pub(super) fn amount_unit(&self, i: usize, halves: u32) -> Option<(usize, Expr)> {
        self.amount_unit_from(i, i + 1, halves)
    }

    /// After an amount ending before token `j`: [-] unit [and a half] [ago].
    pub(super) fn amount_unit_from(
        &self,
        i: usize,
        j: usize,
        mut halves: u32,
    ) -> Option<(usize, Expr)> {
        // "a million years" is no span on a news calendar; it also keeps arithmetic small.
        if halves > 20_000 {
            return None;
        }
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
        // "Reading time: 4 minutes": a page label, not a span of anything told.
        let clock = matches!(unit, Unit::Hour | Unit::Minute);
        if clock && i > 0 && self.word(i - 1) == ":" {
            return None;
        }
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
        // "a year earlier", "two days later": a date counted from the one named before.
        if matches!(self.cue(end), Cue::Earlier | Cue::Later) {
            let later = self.cue(end) == Cue::Later;
            return Some((
                end + 1,
                Expr::Offset {
                    unit,
                    halves,
                    later,
                },
            ));
        }
        Some((
            end,
            Expr::Duration {
                unit,
                halves: Some(halves),
            },
        ))
    }

    /// Plural units on their own: "for years", "years of", "decades-long".
    pub(super) fn bare_units(&self, i: usize, unit: Unit) -> Option<(usize, Expr)> {
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
        // "could take months", "lasted weeks", "within days", "the first president in
        // years", "just days before the vote".
        const SPAN_VERBS: &[&str] = &[
            "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "spent",
            "spend", "within", "in", "just", "only", "mere",
        ];
        // "in the weeks since the arrest": a stretch up to now.
        if i > 0
            && self.cue(i - 1) == Cue::The
            && ["since", "after", "before"]
                .iter()
                .any(|w| self.word(i + 1).eq_ignore_ascii_case(w))
        {
            return Some((i + 1, pxy));
        }
        if i > 0
            && SPAN_VERBS
                .iter()
                .any(|w| self.word(i - 1).eq_ignore_ascii_case(w))
        {
            return Some((i + 1, pxy));
        }
        None
    }

    pub(super) fn counted_at(&self, j: usize) -> Option<(usize, Expr)> {
        match self.lx(j) {
            Lex::NumWord(n) => self.amount_unit(j, n * 2),
            Lex::Article => self.amount_unit(j, 2),
            Lex::Digits { value, .. } if self.year4(j).is_none() => {
                self.amount_unit(j, value.saturating_mul(2))
            }
            _ => None,
        }
    }
}
