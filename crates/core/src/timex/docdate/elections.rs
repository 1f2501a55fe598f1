//! Elections as clocks: "Mexicans went to the polls on Sunday and handed the presidency
//! back", "whoever wins Mexico's presidential election in July", "next year's presidential
//! vote". A presidential election timed relative to the story ("on Sunday", "in July",
//! "next year's") falls in one of that country's election years: every fourth year in the
//! United States (2008, 2012), every sixth in Mexico (2006, 2012). The calendar rule is
//! the knowledge here, with the days the law fixes for the vote; no list of elections is
//! kept.
//!
//! Not read: a sentence that names a year of its own ("the 2006 election"), or that times
//! nothing relative to the story ("Calderón won the presidential election" may be long past).

use std::ops::RangeInclusive;

use chrono::{Days, NaiveDate, Weekday};

use super::relations::{HintKind, YearHint};
use super::{sentence, span_of, year_of};
use crate::timex::lexicon::Unit;
use crate::timex::scan::{Expr, Found, Scanner};

/// How much a year whose election fits the sentence gains.
const ELECTION: f32 = 2.0;
/// How much the week either side of election day gains, when the sentence times the
/// election in days ("on Sunday", "this week"): the calendar gives that day exactly.
const ELECTION_DAY: f32 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Country {
    UnitedStates,
    Mexico,
}

impl Country {
    fn elects_president_in(self, y: i32) -> bool {
        match self {
            Country::UnitedStates => y.rem_euclid(4) == 0,
            Country::Mexico => (y - 2000).rem_euclid(6) == 0,
        }
    }

    /// The weekday elections fall on (0 = Monday), as `Expr::Weekday` counts.
    fn election_weekday(self) -> u32 {
        match self {
            Country::UnitedStates => 1,
            Country::Mexico => 6,
        }
    }

    /// Election day in year `y`, where the law fixes it: the Tuesday after the first
    /// Monday of November in the United States; the first Sunday of July in Mexico from
    /// 2000 to 2018 (earlier in August, from 2024 in June).
    fn election_day(self, y: i32) -> Option<NaiveDate> {
        match self {
            Country::UnitedStates => {
                let monday = NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?;
                monday.succ_opt()
            }
            Country::Mexico if (2000..=2018).contains(&y) => {
                NaiveDate::from_weekday_of_month_opt(y, 7, Weekday::Sun, 1)
            }
            Country::Mexico => None,
        }
    }
}

/// One hint per year in `years` that a presidential election timed relative to the story
/// allows. Election years recur, so the years tried must come from other evidence.
pub(super) fn election_hints(
    sc: &Scanner,
    found: &[Found],
    years: RangeInclusive<i32>,
) -> Vec<YearHint> {
    let mut hints = Vec::new();
    let mut done: Vec<usize> = Vec::new();
    for f in found {
        let Some(shift) = relative_shift(&f.expr) else {
            continue;
        };
        let s = sentence(sc, f);
        if done.contains(&s) {
            continue;
        }
        let Some(sent) = sc.analysis.sentences.get(s) else {
            continue;
        };
        let in_sentence = |g: &&Found| sentence(sc, g) == s;
        if found
            .iter()
            .filter(in_sentence)
            .any(|g| year_of(&g.expr).is_some())
        {
            continue;
        }
        // Most sentences name no presidency: look for that first, by its first letter.
        let presidency_named = (sent.first_token..sent.end_token).any(|j| {
            let w = sc.word(j);
            w.len() >= 9
                && w.as_bytes()[0].eq_ignore_ascii_case(&b'p')
                && ["president", "presidential", "presidency"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
        });
        if !presidency_named {
            done.push(s);
            continue;
        }
        let (mut election, mut us, mut mx) = (false, false, false);
        for j in sent.first_token..sent.end_token {
            let w = sc.word(j);
            let is = |list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
            election |= is(&[
                "election",
                "elections",
                "vote",
                "voted",
                "votes",
                "polls",
                "voters",
                "ballot",
                "ballots",
                "elect",
                "elected",
                "choose",
                "chose",
            ]);
            us |= is(&["american", "americans", "u.s.", "america's", "america"])
                || (w == "United" && sc.word(j + 1) == "States");
            mx |= is(&["mexico", "mexico's", "mexican", "mexicans"]);
        }
        if !election {
            continue;
        }
        done.push(s);
        let named: &[Country] = match (us, mx) {
            (true, false) => &[Country::UnitedStates],
            (false, true) => &[Country::Mexico],
            _ => &[Country::UnitedStates, Country::Mexico],
        };
        // "Sunday's presidential election": Mexico votes on Sundays, the U.S. on Tuesdays.
        let countries: Vec<Country> = named
            .iter()
            .copied()
            .filter(|c| match f.expr {
                Expr::Weekday { day, .. } => c.election_weekday() == day,
                _ => true,
            })
            .collect();
        // "went to the polls on Sunday": the story is within days of election day.
        let days_away = matches!(
            f.expr,
            Expr::Weekday { .. }
                | Expr::Weekend { .. }
                | Expr::Relative {
                    unit: Unit::Day | Unit::Week,
                    ..
                }
        );
        for y in years.clone() {
            // The election is in year y + shift when the story is in year y.
            for &c in countries
                .iter()
                .filter(|c| c.elects_president_in(y + shift))
            {
                let days = c
                    .election_day(y)
                    .filter(|_| days_away && shift == 0)
                    .and_then(|d| {
                        let week = Days::new(7);
                        Some((
                            d.checked_sub_days(week)?,
                            d.checked_add_days(week)?,
                            ELECTION_DAY,
                        ))
                    });
                hints.push(YearHint {
                    kind: HintKind::Is,
                    year: y,
                    weight: ELECTION,
                    span: span_of(f),
                    days,
                });
            }
        }
    }
    hints
}

/// How many years from the story an expression timed relative to it points: "next
/// year's" 1, "last year" -1, "on Sunday", "in July", "this fall" 0; None for anything
/// else.
fn relative_shift(e: &Expr) -> Option<i32> {
    match *e {
        Expr::Relative {
            unit: Unit::Year,
            shift,
        } => Some(shift),
        Expr::Season {
            year: None, shift, ..
        } => Some(shift.unwrap_or(0)),
        Expr::Relative { .. }
        | Expr::Weekday { .. }
        | Expr::Weekend { .. }
        | Expr::Month { .. } => Some(0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Analysis;

    fn years(text: &str) -> Vec<i32> {
        let a = Analysis::new(text);
        let sc = Scanner::new(&a);
        let found = sc.scan();
        election_hints(&sc, &found, 2004..=2014)
            .iter()
            .map(|h| h.year)
            .collect()
    }

    #[test]
    fn a_mexican_election_this_summer_falls_in_a_sixth_year() {
        assert_eq!(
            years("Whoever wins Mexico's presidential election in July will inherit the war."),
            vec![2006, 2012]
        );
        assert_eq!(
            years("Mexicans went to the polls on Sunday to choose a new president."),
            vec![2006, 2012]
        );
    }

    #[test]
    fn next_years_american_vote_puts_the_story_the_year_before() {
        assert_eq!(
            years("Both parties are already planning for next year's presidential election in the United States."),
            vec![2007, 2011]
        );
    }

    #[test]
    fn an_election_timed_in_days_places_the_story_at_election_day() {
        let a = Analysis::new("Mexicans went to the polls on Sunday to choose a president.");
        let sc = Scanner::new(&a);
        let found = sc.scan();
        let hints = election_hints(&sc, &found, 2000..=2020);
        let days = hints
            .iter()
            .find(|h| h.year == 2012)
            .and_then(|h| h.days)
            .map(|(from, to, _)| (from.to_string(), to.to_string()));
        let week = ("2012-06-24".to_owned(), "2012-07-08".to_owned());
        assert_eq!(days, Some(week));
        assert_eq!(
            Country::UnitedStates.election_day(2008),
            NaiveDate::from_ymd_opt(2008, 11, 4)
        );
    }

    #[test]
    fn a_story_on_an_election_is_dated_to_its_week() {
        let text = "Americans elected a new president on Tuesday. Officials in Mexico \
            City said they hoped the aid promised in 2007 would keep flowing. Congress \
            approved the first $400 million of it in 2008.";
        let a = Analysis::new(text);
        let got = crate::timex::extract(&a, None).0.value.unwrap_or_default();
        assert!(got.starts_with("2008-11"), "{got}");
    }

    #[test]
    fn the_weekday_of_the_vote_tells_the_country() {
        // No country named: a Sunday vote is Mexico's, a Tuesday vote the United States'.
        assert_eq!(
            years("He claimed victory in Sunday's presidential election."),
            vec![2006, 2012]
        );
        assert_eq!(
            years("Voters chose a new president on Tuesday."),
            vec![2004, 2008, 2012]
        );
    }

    #[test]
    fn untimed_or_dated_elections_say_nothing() {
        assert!(years("Calderon won the presidential election by a narrow margin.").is_empty());
        assert!(years("He won the 2006 presidential election in July.").is_empty());
        assert!(years("The president spoke on Sunday about the economy.").is_empty());
    }
}
