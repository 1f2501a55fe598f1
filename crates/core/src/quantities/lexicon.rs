//! General English lexicons for figures: hedges, currencies, death vocabulary, nouns that
//! are units of time or length rather than things one counts, and the function words that
//! end a noun phrase.

use crate::wordkey::{KeyMap, KeySet};

/// The lists the figure scan asks about most, as key sets (same answers as [`is_in`]).
pub static NP_STOP_SET: KeySet = KeySet::new(NP_STOP);
pub static NOT_COUNTED_SET: KeySet = KeySet::new(NOT_COUNTED);
pub static COLLECTIVE_PLURALS_SET: KeySet = KeySet::new(COLLECTIVE_PLURALS);
pub static DEATH_NOUNS_SET: KeySet = KeySet::new(DEATH_NOUNS);
pub static DEATH_AUX_SET: KeySet = KeySet::new(DEATH_AUX);
pub static DEATH_VERBS_SET: KeySet = KeySet::new(DEATH_VERBS);
pub static DEATH_VERB_LINKS_SET: KeySet = KeySet::new(DEATH_VERB_LINKS);
pub static DEATH_LINKS_SET: KeySet = KeySet::new(DEATH_LINKS);
pub static DATE_WORDS_SET: KeySet = KeySet::new(DATE_WORDS);
pub static CHANGE_WORDS_SET: KeySet = KeySet::new(CHANGE_WORDS);
pub static DEFINITE_SET: KeySet = KeySet::new(DEFINITE);

/// Case-insensitive membership in a small word list.
pub fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Hedges written before a figure, longest first; each is a sequence of words.
pub const HEDGES: &[&[&str]] = &[
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["close", "to"],
    &["upwards", "of"],
    &["in", "excess", "of"],
    &["an", "estimated"],
    &["a", "total", "of"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["just"],
    &["only"],
    &["estimated"],
    &["more"],
];

/// The last word of every hedge: a figure with none of these before it has no hedge.
pub static HEDGE_LAST_WORDS: KeySet = KeySet::new(&[
    "than",
    "least",
    "most",
    "to",
    "as",
    "of",
    "estimated",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "just",
    "only",
    "more",
]);

/// Currency words after a number, with their ISO code (ASCII case-insensitive).
pub fn currency_word(w: &str) -> Option<&'static str> {
    static CURRENCY_WORDS: KeyMap<&str> = KeyMap::new(&[
        ("dollar", "USD"),
        ("dollars", "USD"),
        ("usd", "USD"),
        ("peso", "MXN"),
        ("pesos", "MXN"),
        ("mxn", "MXN"),
        ("euro", "EUR"),
        ("euros", "EUR"),
        ("eur", "EUR"),
        ("yuan", "CNY"),
        ("renminbi", "CNY"),
        ("yen", "JPY"),
        ("quetzal", "GTQ"),
        ("quetzales", "GTQ"),
        ("quetzals", "GTQ"),
    ]);
    CURRENCY_WORDS.get(w)
}

/// Currency signs and codes before a number.
pub fn currency_sign(w: &str) -> Option<&'static str> {
    Some(match w {
        "$" | "US$" | "USD" => "USD",
        "€" | "EUR" => "EUR",
        "£" | "GBP" => "GBP",
        "¥" => "JPY",
        "MXN" | "Mex$" => "MXN",
        _ => return None,
    })
}

/// Verbs whose object (or passive subject) is the dead: "killed 30 people".
pub const DEATH_VERBS: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "murdered",
    "slain",
    "executed",
    "massacred",
    "assassinated",
    "beheaded",
    "died",
    "dead",
    "slaughtered",
    "perished",
    "claimed",
];

/// Nouns naming deaths: "3,100 deaths", "the death toll at 5,300".
pub const DEATH_NOUNS: &[&str] = &[
    "deaths",
    "dead",
    "killings",
    "murders",
    "homicides",
    "fatalities",
    "toll",
    "victims",
    "executions",
    "slayings",
];

/// Words that may sit between a death noun and its figure: "the toll rose to", "victims
/// include some", "deaths reached".
pub const DEATH_LINKS: &[&str] = &[
    // "the marines found the bodies: 58 men and 14 women".
    ":",
    "at",
    "of",
    "to",
    "reached",
    "rose",
    "climbed",
    "hit",
    "stood",
    "stands",
    "was",
    "is",
    "has",
    "had",
    "now",
    "include",
    "included",
    "includes",
    "numbered",
    "totaled",
    "totalled",
    "topped",
    "exceeded",
    "surpassed",
    "passed",
    "reach",
    "grew",
    "jumped",
    "soared",
    "are",
    "were",
    "this",
    "year",
    "last",
    "nationwide",
    "already",
    "more",
    "than",
    "some",
    "nearly",
    "about",
    "over",
    "almost",
    "around",
    "least",
    "roughly",
    "estimated",
    "an",
    "a",
    "toll",
    "death",
    "drug",
    "related",
    "-",
    "so",
    "far",
    "total",
];

/// Words between a death verb and its figure: "killed a group of 72", "killed at least".
pub const DEATH_VERB_LINKS: &[&str] = &[
    "a",
    "an",
    "group",
    "of",
    "total",
    "at",
    "least",
    "more",
    "than",
    "some",
    "nearly",
    "about",
    "over",
    "almost",
    "around",
    "roughly",
    "estimated",
    "another",
    "up",
    "to",
    "as",
    "many",
    "have",
    "been",
    "has",
    "had",
    "were",
    "was",
    "are",
    "left",
    "leaving",
];

/// Words allowed between a figure's noun and a following death verb: "people have been
/// killed", "who were murdered".
pub const DEATH_AUX: &[&str] = &[
    "have",
    "has",
    "had",
    "been",
    "were",
    "was",
    "are",
    "be",
    "reportedly",
    "also",
    "already",
    "who",
    "all",
    "since",
    "now",
    "allegedly",
];

/// Irregular plurals and collective nouns that head a counted noun phrase.
pub const COLLECTIVE_PLURALS: &[&str] = &[
    "people",
    "police",
    "personnel",
    "men",
    "women",
    "children",
    "staff",
    "militia",
    "cattle",
    "youth",
    "clergy",
    "infantry",
    "aircraft",
    "spacecraft",
    "watercraft",
    "offspring",
];

/// Plural nouns that are units of time, length or area, or abstractions one does not chart.
pub const NOT_COUNTED: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "nights",
    "weekends",
    "times",
    "miles",
    "kilometers",
    "kilometres",
    "km",
    "meters",
    "metres",
    "feet",
    "yards",
    "inches",
    "acres",
    "hectares",
    "things",
    "ways",
    "reasons",
    "examples",
    "ones",
    "others",
    "words",
    "pages",
    "sides",
    "parts",
    "aspects",
    "points",
    "steps",
    "questions",
    "issues",
    "percent",
    "cents",
    "degrees",
    "laps",
    "innings",
    "goals",
    "votes",
    "lines",
    "letters",
    "chapters",
    "sections",
    "paragraphs",
    "items",
    "amendments",
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "stories",
    "floors",
    "rounds",
    "shots",
    "blocks",
    "levels",
    "occasions",
    "fronts",
    "factors",
    "elements",
    "phases",
    "stages",
    "terms",
    // Political and geographic units: list counts ("agents from 19 states"), not figures.
    "states",
    "countries",
    "nations",
    "governments",
    "cities",
    "towns",
    "provinces",
    "municipalities",
    "regions",
    "consulates",
    "embassies",
    "sides",
    "parties",
    "groups",
    "continents",
    "districts",
    "counties",
    "territories",
    "capitals",
    "administrations",
];

/// Words that end a noun phrase after a number: function words and common verbs.
pub const NP_STOP: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "that",
    "which", "who", "whom", "whose", "the", "a", "an", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "can", "could",
    "may", "might", "must", "should", "do", "does", "did", "than", "into", "per", "each", "every",
    "a year", "since", "during", "after", "before", "over", "under", "last", "next", "this",
    "about", "around", "through", "across", "between", "among", "it", "its", "they", "their", "he",
    "she", "his", "her", "we", "our", "you", "your", "not", "no", "so", "if", "when", "while",
    "where", "because", "also", "already", "more", "less", "most", "least", "away", "ago", "later",
    "earlier", "old", "long", "annually", "yearly", "daily", "each", "apiece", "alone", "total",
    "overall",
];

/// Determiners and possessives before a number that make it a reference back, not a new
/// figure: "the two countries", "all three parties", "its 500 members".
pub const DEFINITE: &[&str] = &[
    "the", "these", "those", "all", "both", "its", "their", "his", "her", "our", "my", "your",
    "whose", "first", "last", "next", "top", "every", "each", "only", "no",
];

/// Verbs of change that make "X to Y" a change rather than a range.
pub const CHANGE_WORDS: &[&str] = &[
    "from",
    "rose",
    "fell",
    "increased",
    "decreased",
    "dropped",
    "grew",
    "climbed",
    "jumped",
    "declined",
    "risen",
    "fallen",
    "up",
    "down",
    "raised",
    "cut",
    "reduced",
    "rising",
    "falling",
    "increase",
    "decrease",
    "boosted",
    "doubled",
    "soared",
    "plunged",
];

/// Words that say a nearby number is a calendar or clock reading, not a figure.
pub const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "no",
    "number",
    "copyright",
    "©",
    "route",
    "highway",
    "chapter",
    "section",
    "article",
    "page",
    "room",
    "suite",
    "flight",
    "page",
    "grade",
    "level",
    "phase",
    "fy",
    "fiscal",
    "year",
    "model",
    "#",
    "title",
    "amendment",
    "resolution",
    "interstate",
    "district",
    "precinct",
    "box",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hedge_ends_in_a_listed_last_word() {
        for h in HEDGES {
            let last = h.last().copied().unwrap_or_default();
            assert!(HEDGE_LAST_WORDS.contains(last), "{last}");
        }
    }

    #[test]
    fn currency_words_ignore_ascii_case() {
        assert_eq!(currency_word("Dollars"), Some("USD"));
        assert_eq!(currency_word("PESOS"), Some("MXN"));
        assert_eq!(currency_word("quetzales"), Some("GTQ"));
        assert_eq!(currency_word("dollarss"), None);
        assert_eq!(currency_word(""), None);
    }

    #[test]
    fn key_sets_answer_like_the_lists() {
        let pairs: [(&[&str], &KeySet); 11] = [
            (NP_STOP, &NP_STOP_SET),
            (NOT_COUNTED, &NOT_COUNTED_SET),
            (COLLECTIVE_PLURALS, &COLLECTIVE_PLURALS_SET),
            (DEATH_NOUNS, &DEATH_NOUNS_SET),
            (DEATH_AUX, &DEATH_AUX_SET),
            (DEATH_VERBS, &DEATH_VERBS_SET),
            (DEATH_VERB_LINKS, &DEATH_VERB_LINKS_SET),
            (DEATH_LINKS, &DEATH_LINKS_SET),
            (DATE_WORDS, &DATE_WORDS_SET),
            (CHANGE_WORDS, &CHANGE_WORDS_SET),
            (DEFINITE, &DEFINITE_SET),
        ];
        for (list, set) in pairs {
            for w in list {
                let upper = w.to_ascii_uppercase();
                assert!(set.contains(w) && set.contains(&upper), "{w}");
            }
            for w in ["", "zzz", "Calderón", "a-word-longer-than-any-list-word"] {
                assert_eq!(set.contains(w), is_in(list, w), "{w}");
            }
        }
    }
}
