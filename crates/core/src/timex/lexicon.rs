//! Words that build date expressions, classified once per token.
//!
//! Lookups match lowercase ASCII copied into a stack buffer, so classifying a token never
//! allocates. A possessive `'s` is stripped first ("year's" is "year").

use crate::text::{Token, TokenKind};
use crate::wordkey::KeyMap;

/// Calendar units that durations and relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Clock units only measure durations ("about an hour", "48 hours": `PT1H`, `PT48H`).
    Minute,
    Hour,
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
            Unit::Minute => "M",
            Unit::Hour => "H",
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
    let Some(dst) = buf.get_mut(..bytes.len()) else {
        return "";
    };
    if !core.is_ascii() {
        return "";
    }
    dst.copy_from_slice(bytes);
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).unwrap_or("")
}

/// "year's" -> "year"; "years'" -> "years". Returns a prefix of `word`.
pub fn strip_possessive(word: &str) -> &str {
    // Most words end in none of the suffixes' last bytes ('s', '\'', the end of '’').
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return word;
    }
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
            let capital = s.chars().next().is_some_and(char::is_uppercase);
            classify_word(strip_possessive(s), capital)
        }
    }
}

/// Classify a word (possessive already stripped): a month only when capitalised ("may"
/// and "march" are usually verbs), then the other date words; anything else is `Other`.
fn classify_word(w: &str, capital: bool) -> Lex {
    match WORDS.get(w) {
        Some(Lex::Month { .. }) if !capital => Lex::Word(Cue::Other),
        Some(lex) => lex,
        None => Lex::Word(Cue::Other),
    }
}

/// Month names (abbreviations flagged so the scanner asks for a number after them),
/// weekdays (0 = Monday), cardinals, ordinals, calendar units, seasons, and the cue words
/// that shape date expressions, each with what it contributes. A month name is listed
/// nowhere else, so a lower-case one ("may", "march") is simply no date word.
const WORD_ENTRIES: &[(&str, Lex)] = &[
    (
        "january",
        Lex::Month {
            month: 1,
            abbrev: false,
        },
    ),
    (
        "february",
        Lex::Month {
            month: 2,
            abbrev: false,
        },
    ),
    (
        "march",
        Lex::Month {
            month: 3,
            abbrev: false,
        },
    ),
    (
        "april",
        Lex::Month {
            month: 4,
            abbrev: false,
        },
    ),
    (
        "may",
        Lex::Month {
            month: 5,
            abbrev: false,
        },
    ),
    (
        "june",
        Lex::Month {
            month: 6,
            abbrev: false,
        },
    ),
    (
        "july",
        Lex::Month {
            month: 7,
            abbrev: false,
        },
    ),
    (
        "august",
        Lex::Month {
            month: 8,
            abbrev: false,
        },
    ),
    (
        "september",
        Lex::Month {
            month: 9,
            abbrev: false,
        },
    ),
    (
        "october",
        Lex::Month {
            month: 10,
            abbrev: false,
        },
    ),
    (
        "november",
        Lex::Month {
            month: 11,
            abbrev: false,
        },
    ),
    (
        "december",
        Lex::Month {
            month: 12,
            abbrev: false,
        },
    ),
    (
        "jan",
        Lex::Month {
            month: 1,
            abbrev: true,
        },
    ),
    (
        "feb",
        Lex::Month {
            month: 2,
            abbrev: true,
        },
    ),
    (
        "mar",
        Lex::Month {
            month: 3,
            abbrev: true,
        },
    ),
    (
        "apr",
        Lex::Month {
            month: 4,
            abbrev: true,
        },
    ),
    (
        "jun",
        Lex::Month {
            month: 6,
            abbrev: true,
        },
    ),
    (
        "jul",
        Lex::Month {
            month: 7,
            abbrev: true,
        },
    ),
    (
        "aug",
        Lex::Month {
            month: 8,
            abbrev: true,
        },
    ),
    (
        "sep",
        Lex::Month {
            month: 9,
            abbrev: true,
        },
    ),
    (
        "sept",
        Lex::Month {
            month: 9,
            abbrev: true,
        },
    ),
    (
        "oct",
        Lex::Month {
            month: 10,
            abbrev: true,
        },
    ),
    (
        "nov",
        Lex::Month {
            month: 11,
            abbrev: true,
        },
    ),
    (
        "dec",
        Lex::Month {
            month: 12,
            abbrev: true,
        },
    ),
    ("monday", Lex::Weekday(0)),
    ("tuesday", Lex::Weekday(1)),
    ("wednesday", Lex::Weekday(2)),
    ("thursday", Lex::Weekday(3)),
    ("friday", Lex::Weekday(4)),
    ("saturday", Lex::Weekday(5)),
    ("sunday", Lex::Weekday(6)),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("eleven", Lex::NumWord(11)),
    ("twelve", Lex::NumWord(12)),
    ("thirteen", Lex::NumWord(13)),
    ("fourteen", Lex::NumWord(14)),
    ("fifteen", Lex::NumWord(15)),
    ("sixteen", Lex::NumWord(16)),
    ("seventeen", Lex::NumWord(17)),
    ("eighteen", Lex::NumWord(18)),
    ("nineteen", Lex::NumWord(19)),
    ("twenty", Lex::NumWord(20)),
    ("thirty", Lex::NumWord(30)),
    ("forty", Lex::NumWord(40)),
    ("fifty", Lex::NumWord(50)),
    ("sixty", Lex::NumWord(60)),
    ("seventy", Lex::NumWord(70)),
    ("eighty", Lex::NumWord(80)),
    ("ninety", Lex::NumWord(90)),
    ("hundred", Lex::NumWord(100)),
    ("first", Lex::Ordinal(1)),
    ("1st", Lex::Ordinal(1)),
    ("second", Lex::Ordinal(2)),
    ("2nd", Lex::Ordinal(2)),
    ("third", Lex::Ordinal(3)),
    ("3rd", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("4th", Lex::Ordinal(4)),
    (
        "minute",
        Lex::Unit {
            unit: Unit::Minute,
            plural: false,
        },
    ),
    (
        "minutes",
        Lex::Unit {
            unit: Unit::Minute,
            plural: true,
        },
    ),
    (
        "hour",
        Lex::Unit {
            unit: Unit::Hour,
            plural: false,
        },
    ),
    (
        "hours",
        Lex::Unit {
            unit: Unit::Hour,
            plural: true,
        },
    ),
    (
        "day",
        Lex::Unit {
            unit: Unit::Day,
            plural: false,
        },
    ),
    (
        "days",
        Lex::Unit {
            unit: Unit::Day,
            plural: true,
        },
    ),
    (
        "week",
        Lex::Unit {
            unit: Unit::Week,
            plural: false,
        },
    ),
    (
        "weeks",
        Lex::Unit {
            unit: Unit::Week,
            plural: true,
        },
    ),
    (
        "month",
        Lex::Unit {
            unit: Unit::Month,
            plural: false,
        },
    ),
    (
        "months",
        Lex::Unit {
            unit: Unit::Month,
            plural: true,
        },
    ),
    (
        "year",
        Lex::Unit {
            unit: Unit::Year,
            plural: false,
        },
    ),
    (
        "yr",
        Lex::Unit {
            unit: Unit::Year,
            plural: false,
        },
    ),
    (
        "years",
        Lex::Unit {
            unit: Unit::Year,
            plural: true,
        },
    ),
    (
        "yrs",
        Lex::Unit {
            unit: Unit::Year,
            plural: true,
        },
    ),
    (
        "decade",
        Lex::Unit {
            unit: Unit::Decade,
            plural: false,
        },
    ),
    (
        "decades",
        Lex::Unit {
            unit: Unit::Decade,
            plural: true,
        },
    ),
    (
        "century",
        Lex::Unit {
            unit: Unit::Century,
            plural: false,
        },
    ),
    (
        "centuries",
        Lex::Unit {
            unit: Unit::Century,
            plural: true,
        },
    ),
    ("spring", Lex::Season(Season::Spring)),
    ("summer", Lex::Season(Season::Summer)),
    ("fall", Lex::Season(Season::Fall)),
    ("autumn", Lex::Season(Season::Fall)),
    ("winter", Lex::Season(Season::Winter)),
    ("a", Lex::Article),
    ("an", Lex::Article),
    ("half", Lex::Half),
    ("quarter", Lex::Quarter),
    ("last", Lex::Word(Cue::Last)),
    ("this", Lex::Word(Cue::This)),
    ("next", Lex::Word(Cue::Next)),
    ("past", Lex::Word(Cue::Past)),
    ("previous", Lex::Word(Cue::Previous)),
    ("preceding", Lex::Word(Cue::Previous)),
    ("prior", Lex::Word(Cue::Previous)),
    ("coming", Lex::Word(Cue::Coming)),
    ("upcoming", Lex::Word(Cue::Coming)),
    ("recent", Lex::Word(Cue::Recent)),
    ("early", Lex::Word(Cue::Early)),
    ("mid", Lex::Word(Cue::Mid)),
    ("late", Lex::Word(Cue::Late)),
    ("earlier", Lex::Word(Cue::Earlier)),
    ("later", Lex::Word(Cue::Later)),
    ("ago", Lex::Word(Cue::Ago)),
    ("now", Lex::Word(Cue::Now)),
    ("currently", Lex::Word(Cue::Currently)),
    ("nowadays", Lex::Word(Cue::Currently)),
    ("soon", Lex::Word(Cue::Soon)),
    ("today", Lex::Word(Cue::Today)),
    ("tonight", Lex::Word(Cue::Tonight)),
    ("yesterday", Lex::Word(Cue::Yesterday)),
    ("tomorrow", Lex::Word(Cue::Tomorrow)),
    ("fiscal", Lex::Word(Cue::Fiscal)),
    ("fy", Lex::Word(Cue::Fy)),
    ("the", Lex::Word(Cue::The)),
    ("of", Lex::Word(Cue::Of)),
    ("in", Lex::Word(Cue::In)),
    ("to", Lex::Word(Cue::To)),
    ("come", Lex::Word(Cue::Come)),
    ("future", Lex::Word(Cue::Future)),
    ("several", Lex::Word(Cue::Several)),
    ("many", Lex::Word(Cue::Several)),
    ("few", Lex::Word(Cue::Several)),
    ("some", Lex::Word(Cue::Several)),
    ("numerous", Lex::Word(Cue::Several)),
    ("for", Lex::Word(Cue::For)),
    ("less", Lex::Word(Cue::Less)),
    ("fewer", Lex::Word(Cue::Less)),
    ("more", Lex::Word(Cue::More)),
    ("than", Lex::Word(Cue::Than)),
    ("nearly", Lex::Word(Cue::Nearly)),
    ("almost", Lex::Word(Cue::Nearly)),
    ("and", Lex::Word(Cue::And)),
    ("long", Lex::Word(Cue::Long)),
    ("old", Lex::Word(Cue::Old)),
    ("each", Lex::Word(Cue::Each)),
    ("every", Lex::Word(Cue::Each)),
    ("per", Lex::Word(Cue::Per)),
    ("part", Lex::Word(Cue::Part)),
    ("time", Lex::Word(Cue::Time)),
    ("times", Lex::Word(Cue::Time)),
    ("morning", Lex::Word(Cue::Morning)),
    ("afternoon", Lex::Word(Cue::Morning)),
    ("evening", Lex::Word(Cue::Morning)),
    ("night", Lex::Word(Cue::Night)),
    ("since", Lex::Word(Cue::Since)),
    ("copyright", Lex::Word(Cue::Copyright)),
    ("these", Lex::Word(Cue::These)),
    ("weekend", Lex::Word(Cue::Weekend)),
    ("present", Lex::Word(Cue::Present)),
    ("following", Lex::Word(Cue::Following)),
    ("start", Lex::Word(Cue::Edge)),
    ("beginning", Lex::Word(Cue::Edge)),
    ("end", Lex::Word(Cue::Edge)),
    ("middle", Lex::Word(Cue::Edge)),
    ("at", Lex::Word(Cue::At)),
];

static WORDS: KeyMap<Lex> = KeyMap::new(WORD_ENTRIES);

/// "Mon", "Tues": only trusted right before a date ("Sun" is also a newspaper).
pub fn weekday_abbrev(w: &str) -> bool {
    [
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ]
    .contains(&w)
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
    fn month_names_have_no_other_meaning() {
        for (w, lex) in WORD_ENTRIES {
            if matches!(lex, Lex::Month { .. }) {
                let uses = WORD_ENTRIES.iter().filter(|(x, _)| x == w).count();
                assert_eq!(uses, 1, "{w}");
            }
        }
    }

    #[test]
    fn lower_rejects_long_or_non_ascii_words() {
        let mut buf = [0u8; BUF];
        assert_eq!(lower("Calderón", &mut buf), "");
        assert_eq!(lower("Wednesday", &mut buf), "wednesday");
    }
}
