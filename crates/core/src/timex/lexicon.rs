//! Words that build date expressions, classified once per token.
//!
//! Lookups match lowercase ASCII copied into a stack buffer, so classifying a token never
//! allocates. A possessive `'s` is stripped first ("year's" is "year").

use crate::text::{Token, TokenKind};

/// Calendar units that durations and relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s): `P3Y`, `PXDE`.
    pub fn code(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month the season starts in (winter starts in December of its year).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// What one token contributes to a date expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lex {
    /// Month 1..=12; `abbrev` for "Feb", "Sept" (need a number after them).
    Month {
        month: u32,
        abbrev: bool,
    },
    /// 0 = Monday .. 6 = Sunday.
    Weekday(u32),
    Season(Season),
    /// A cardinal written as a word ("two", "fifteen", "a dozen" is not handled).
    NumWord(u32),
    /// "a" / "an" / "one" behave alike before a unit.
    Article,
    Half,
    Unit {
        unit: Unit,
        plural: bool,
    },
    Ordinal(u32),
    Quarter,
    /// A run of digits without separators, with its value and digit count.
    Digits {
        value: u32,
        len: u8,
    },
    /// Any other number token ("1,000", "2.5").
    OtherNumber,
    Word(Cue),
    /// Punctuation that matters inside dates.
    Comma,
    Hyphen,
    Slash,
    Period,
    Other,
}

/// Function words and adverbs that shape date expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Last,
    This,
    Next,
    Past,
    Previous,
    Coming,
    Recent,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Ago,
    Now,
    Currently,
    Soon,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Fiscal,
    Fy,
    The,
    Of,
    In,
    To,
    Come,
    Future,
    Several,
    For,
    Less,
    More,
    Than,
    Nearly,
    And,
    Long,
    Old,
    Each,
    Per,
    Part,
    Time,
    Morning,
    Night,
    Since,
    Copyright,
    These,
    Weekend,
    Present,
    Following,
    Edge,
    At,
    Other,
}

const BUF: usize = 24;

/// Lowercase ASCII copy of `word` (possessive stripped) in `buf`; "" when not ASCII or too long.
pub fn lower<'b>(word: &str, buf: &'b mut [u8; BUF]) -> &'b str {
    let core = strip_possessive(word);
    let bytes = core.as_bytes();
    if bytes.len() > BUF || !core.is_ascii() {
        return "";
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("")
}

/// "year's" -> "year"; "years'" -> "years". Returns a prefix of `word`.
pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(core) = word.strip_suffix(suffix) {
            if !core.is_empty() {
                return core;
            }
        }
    }
    word
}

/// Classify one token of `text`.
pub fn classify(text: &str, tok: &Token) -> Lex {
    let s = tok.text(text);
    match tok.kind {
        TokenKind::Punct => match s {
            "," => Lex::Comma,
            "-" | "\u{2013}" | "\u{2014}" => Lex::Hyphen,
            "/" => Lex::Slash,
            "." => Lex::Period,
            _ => Lex::Other,
        },
        TokenKind::Number => {
            if s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
                let value = s.bytes().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
                Lex::Digits {
                    value,
                    len: s.len() as u8,
                }
            } else {
                Lex::OtherNumber
            }
        }
        TokenKind::Word => {
            let mut buf = [0u8; BUF];
            let w = lower(s, &mut buf);
            let capital = s.chars().next().is_some_and(char::is_uppercase);
            classify_word(w, capital)
        }
    }
}

fn classify_word(w: &str, capital: bool) -> Lex {
    if let Some(m) = month(w, capital) {
        return m;
    }
    if let Some(d) = weekday(w) {
        return Lex::Weekday(d);
    }
    if let Some(n) = number_word(w) {
        return Lex::NumWord(n);
    }
    if let Some(n) = ordinal(w) {
        return Lex::Ordinal(n);
    }
    if let Some((unit, plural)) = unit(w) {
        return Lex::Unit { unit, plural };
    }
    let season = match w {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "fall" | "autumn" => Some(Season::Fall),
        "winter" => Some(Season::Winter),
        _ => None,
    };
    if let Some(s) = season {
        return Lex::Season(s);
    }
    match w {
        "a" | "an" => return Lex::Article,
        "half" => return Lex::Half,
        "quarter" => return Lex::Quarter,
        _ => {}
    }
    Lex::Word(cue(w))
}

fn cue(w: &str) -> Cue {
    match w {
        "last" => Cue::Last,
        "this" => Cue::This,
        "next" => Cue::Next,
        "past" => Cue::Past,
        "previous" | "preceding" | "prior" => Cue::Previous,
        "coming" | "upcoming" => Cue::Coming,
        "recent" => Cue::Recent,
        "early" => Cue::Early,
        "mid" => Cue::Mid,
        "late" => Cue::Late,
        "earlier" => Cue::Earlier,
        "later" => Cue::Later,
        "ago" => Cue::Ago,
        "now" => Cue::Now,
        "currently" | "nowadays" => Cue::Currently,
        "soon" => Cue::Soon,
        "today" => Cue::Today,
        "tonight" => Cue::Tonight,
        "yesterday" => Cue::Yesterday,
        "tomorrow" => Cue::Tomorrow,
        "fiscal" => Cue::Fiscal,
        "fy" => Cue::Fy,
        "the" => Cue::The,
        "of" => Cue::Of,
        "in" => Cue::In,
        "to" => Cue::To,
        "come" => Cue::Come,
        "future" => Cue::Future,
        "several" | "many" | "few" | "some" | "numerous" => Cue::Several,
        "for" => Cue::For,
        "less" | "fewer" => Cue::Less,
        "more" => Cue::More,
        "than" => Cue::Than,
        "nearly" | "almost" => Cue::Nearly,
        "and" => Cue::And,
        "long" => Cue::Long,
        "old" => Cue::Old,
        "each" | "every" => Cue::Each,
        "per" => Cue::Per,
        "part" => Cue::Part,
        "time" | "times" => Cue::Time,
        "morning" | "afternoon" | "evening" => Cue::Morning,
        "night" => Cue::Night,
        "since" => Cue::Since,
        "copyright" => Cue::Copyright,
        "these" => Cue::These,
        "weekend" => Cue::Weekend,
        "present" => Cue::Present,
        "following" => Cue::Following,
        "start" | "beginning" | "end" | "middle" => Cue::Edge,
        "at" => Cue::At,
        _ => Cue::Other,
    }
}

/// Month names. Full names must be capitalised ("may" and "march" are usually verbs);
/// abbreviations are flagged so the scanner asks for a number after them.
fn month(w: &str, capital: bool) -> Option<Lex> {
    if !capital {
        return None;
    }
    let (month, abbrev) = match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    };
    Some(Lex::Month { month, abbrev })
}

fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// "Mon", "Tues": only trusted right before a date ("Sun" is also a newspaper).
pub fn weekday_abbrev(w: &str) -> bool {
    [
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ]
    .contains(&w)
}

pub fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn lex(text: &str) -> Vec<Lex> {
        tokenize(text).iter().map(|t| classify(text, t)).collect()
    }

    #[test]
    fn months_need_a_capital_and_abbreviations_are_flagged() {
        assert_eq!(
            lex("May may Sept."),
            vec![
                Lex::Month {
                    month: 5,
                    abbrev: false
                },
                Lex::Word(Cue::Other),
                Lex::Month {
                    month: 9,
                    abbrev: true
                },
                Lex::Period
            ]
        );
    }

    #[test]
    fn possessives_and_numbers() {
        assert_eq!(
            lex("year’s 2009 1,000"),
            vec![
                Lex::Unit {
                    unit: Unit::Year,
                    plural: false
                },
                Lex::Digits {
                    value: 2009,
                    len: 4
                },
                Lex::OtherNumber
            ]
        );
        assert_eq!(strip_possessive("'s"), "'s");
    }

    #[test]
    fn lower_rejects_long_or_non_ascii_words() {
        let mut buf = [0u8; BUF];
        assert_eq!(lower("Calderón", &mut buf), "");
        assert_eq!(lower("Wednesday", &mut buf), "wednesday");
    }
}
