//! Expressions led by a word: "last year", "earlier this month", "in the past",
//! "the months to come", "now", "fiscal 2010", "the weekend".

use super::{Dir, Expr, RefKind, Scanner};
use crate::timex::lexicon::{Cue, Lex, Unit};

impl Scanner<'_> {
    /// Expressions led by a function word or adverb.
    pub(super) fn cue_start(
        &self,
        i: usize,
        cue: Cue,
    ) -> Option<(usize, usize, Expr, Option<Dir>)> {
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
                // "that year", "that same year": the year last named.
                if self.is_word(i, "that") {
                    let k = if self.is_word(i + 1, "same") {
                        i + 2
                    } else {
                        i + 1
                    };
                    let year = Lex::Unit {
                        unit: Unit::Year,
                        plural: false,
                    };
                    if self.lx(k) == year {
                        return plain(k + 1, Expr::FollowingYear { shift: 0 });
                    }
                }
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
                    if let Some((end, e @ (Expr::Duration { .. } | Expr::Offset { .. }))) =
                        self.counted_at(i + 2)
                    {
                        return plain(end, e);
                    }
                }
                None
            }
            Cue::Nearly => match self.counted_at(i + 1) {
                Some((end, e @ (Expr::Duration { .. } | Expr::Offset { .. }))) => plain(end, e),
                _ => None,
            },
            _ => None,
        }
    }

    /// A lowercase word at `j` (a noun the previous word may modify).
    pub(super) fn lowercase_word(&self, j: usize) -> bool {
        matches!(self.lx(j), Lex::Word(_) | Lex::Unit { .. })
            && self.word(j).starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// "the weekend", "until the present", "the start of the month", "the following year".
    pub(super) fn the_phrase(&self, i: usize) -> Option<(usize, usize, Expr, Option<Dir>)> {
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

    /// "last year", "this week", "next month", "last Tuesday", "last summer", "last March",
    /// "the past three years", "recent years", "the coming months".
    pub(super) fn shifted(&self, i: usize, cue: Cue) -> Option<(usize, usize, Expr, Option<Dir>)> {
        let shift = match cue {
            Cue::Last => -1,
            Cue::This => 0,
            Cue::Next | Cue::Coming => 1,
            _ => -1,
        };
        let relative_word = matches!(cue, Cue::Last | Cue::This | Cue::Next);
        // "this past weekend", "the past weekend": the last one.
        let past_weekend = |at: usize| self.cue(at) == Cue::Weekend;
        if cue == Cue::This && self.cue(i + 1) == Cue::Past && past_weekend(i + 2) {
            return Some((i, i + 3, Expr::Weekend { shift: Some(-1) }, Some(Dir::Past)));
        }
        if cue == Cue::Past && past_weekend(i + 1) {
            return Some((i, i + 2, Expr::Weekend { shift: Some(-1) }, Some(Dir::Past)));
        }
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
                    Some((end, e @ (Expr::Duration { .. } | Expr::Offset { .. }))) => {
                        Some((i, end, e, None))
                    }
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
