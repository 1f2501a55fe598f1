//! Names as written next to a quote: runs of capitalised words ("Defense Secretary Robert
//! Gates", "Sen. Hutchison", "Mexico's Attorney General Eduardo Medina Mora"), their titles,
//! and the entity each one refers to.

use std::cell::Cell;
use std::ops::Deref;

use crate::model::{Entity, EntityType};
use crate::text::{Analysis, TokenKind};
use crate::wordkey::{KeyMap, KeySet};

/// The document's tokens with what the name-run helpers ask of each remembered once asked:
/// every sentence's subject is searched, and each cue and name run re-reads the same words.
pub struct Doc<'x, 'a> {
    a: &'x Analysis<'a>,
    /// Per token: bit 0 set once `is_name_word` is known, bit 1 its answer; bits 2 and 3
    /// the same for `is_title`.
    known: Vec<Cell<u8>>,
}

impl<'x, 'a> Doc<'x, 'a> {
    pub fn new(a: &'x Analysis<'a>) -> Self {
        Doc {
            a,
            known: vec![Cell::new(0); a.tokens.len()],
        }
    }

    /// `compute` for token `i`, remembered in the two bits at `shift`.
    fn remembered(&self, i: usize, shift: u8, compute: impl FnOnce() -> bool) -> bool {
        let Some(cell) = self.known.get(i) else {
            return compute();
        };
        let bits = cell.get() >> shift;
        if bits & 1 != 0 {
            return bits & 2 != 0;
        }
        let answer = compute();
        cell.set(cell.get() | ((1 | (u8::from(answer) << 1)) << shift));
        answer
    }

    /// Is token `i` a title ([`is_title`] of its text)?
    pub fn is_title_at(&self, i: usize) -> bool {
        self.remembered(i, 2, || is_title(self.a.token_text(i)))
    }
}

impl<'a> Deref for Doc<'_, 'a> {
    type Target = Analysis<'a>;
    fn deref(&self) -> &Analysis<'a> {
        self.a
    }
}

/// A run of capitalised words, tokens `[first, end)`; the name proper starts at `name_first`
/// (after titles such as "Defense Secretary").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub first: usize,
    pub end: usize,
    pub name_first: usize,
    /// The run ends in a possessive ("Clinton's").
    pub possessive: bool,
}

/// Capitalised words that open sentences or clauses rather than names.
const FUNCTION_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "as",
    "for",
    "from",
    "with",
    "this",
    "that",
    "these",
    "those",
    "there",
    "then",
    "although",
    "though",
    "however",
    "yet",
    "still",
    "meanwhile",
    "instead",
    "also",
    "even",
    "his",
    "her",
    "their",
    "our",
    "its",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "not",
    "no",
    "so",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "another",
    "other",
    "such",
    "what",
    "who",
    "where",
    "why",
    "how",
    "under",
    "over",
    "among",
    "despite",
    "without",
    "within",
    "by",
    "to",
    "of",
    "because",
    "unlike",
    "like",
    "asked",
    "speaking",
    "according",
    "here",
    "now",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "my",
    "your",
    "all",
    "any",
    "one",
    "said",
    "says",
    "mr",
    "mrs",
    "ms",
];

/// Titles and offices written before a person's name.
const TITLES: &[&str] = &[
    "president",
    "secretary",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "gen",
    "general",
    "adm",
    "admiral",
    "capt",
    "captain",
    "cmdr",
    "commander",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "maj",
    "major",
    "sgt",
    "sergeant",
    "minister",
    "ambassador",
    "mayor",
    "judge",
    "justice",
    "chief",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "prosecutor",
    "sheriff",
    "chairman",
    "chairwoman",
    "congressman",
    "congresswoman",
    "czar",
    "officer",
    "agent",
    "inspector",
    "superintendent",
    "commissioner",
    "prof",
    "professor",
    "rev",
    "pope",
    "king",
    "queen",
    "prince",
    "premier",
    "chancellor",
    "deputy",
    "vice",
    "former",
    "acting",
    "bishop",
    "archbishop",
    "cardinal",
    "detective",
    "marshal",
    "envoy",
    "attorney",
    "administrator",
    "undersecretary",
    "chair",
    "leader",
    "coordinator",
    "adviser",
    "advisor",
    "analyst",
    "expert",
    "head",
    "senior",
    "assistant",
    "lawmaker",
    "candidate",
    "president-elect",
    "cpl",
    "corporal",
    "pvt",
    "ret",
    "gens",
    "sens",
    "reps",
    "admiral",
    "counselor",
];

/// Office words that follow a title and precede the name: "Secretary of State Hillary
/// Clinton", "Homeland Security Secretary Janet Napolitano".
const OFFICE_WORDS: &[&str] = &[
    "of",
    "state",
    "defense",
    "defence",
    "homeland",
    "security",
    "justice",
    "treasury",
    "public",
    "foreign",
    "affairs",
    "interior",
    "commerce",
    "health",
    "energy",
    "labor",
    "education",
    "national",
    "drug",
    "control",
    "policy",
    "staff",
    "joint",
    "chiefs",
    "the",
    "general",
    "army",
    "navy",
    "police",
    "relations",
    "house",
    "senate",
    "intelligence",
];

/// Lower-case words that may sit inside a name ("Felipe de Jesús", "Secretary of State").
static NAME_JOINER_SET: KeySet = KeySet::new(NAME_JOINERS);
static OFFICE_WORD_SET: KeySet = KeySet::new(OFFICE_WORDS);
static TITLE_SET: KeySet = KeySet::new(TITLES);
/// Whether a capitalised word listed as a title or a function word can be part of a name:
/// titles can (even those also listed as function words), function words cannot.
static NAME_WORD_CLASS: KeyMap<bool> =
    KeyMap::from_lists(&[(TITLES, true), (FUNCTION_CAPS, false)]);

const NAME_JOINERS: &[&str] = &[
    "de", "del", "la", "las", "los", "van", "von", "der", "da", "dos", "bin", "al", "y", "of",
];

pub fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

pub fn is_title(w: &str) -> bool {
    TITLE_SET.contains(w.trim_end_matches('.'))
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'") || w.ends_with("s\u{2019}")
}

/// A word that can be part of a name run.
fn is_name_word(a: &Doc, i: usize) -> bool {
    a.remembered(i, 0, || name_word(a, i))
}

fn name_word(a: &Analysis, i: usize) -> bool {
    let t = a.tokens[i];
    if t.kind != TokenKind::Word {
        return false;
    }
    // (`capitalised` is the first char's case, found while tokenising.)
    if !t.capitalised {
        return false;
    }
    let w = a.token_text(i);
    NAME_WORD_CLASS.get(w.trim_end_matches('.')).unwrap_or(true)
}

/// An abbreviation's period inside a run: "Sen." in "Sen. Hutchison".
fn is_title_period(a: &Doc, i: usize) -> bool {
    i > 0 && a.token_text(i) == "." && !a.tokens[i].space_before && is_title(a.token_text(i - 1))
}

fn joins(a: &Doc, i: usize, limit: usize) -> bool {
    a.tokens[i].kind == TokenKind::Word
        && NAME_JOINER_SET.contains(a.token_text(i))
        && i + 1 < limit
        && is_name_word(a, i + 1)
        && i > 0
        && (is_name_word(a, i - 1) || is_title_period(a, i - 1))
        && (!a.token_text(i).eq_ignore_ascii_case("of") || heads_an_of_name(a.token_text(i - 1)))
}

/// Words that take an "of" inside a name: "Secretary of State", "Department of Justice",
/// "Bank of Mexico"; a person "of Iowa" is a name followed by a place.
fn heads_an_of_name(w: &str) -> bool {
    const OF_HEADS: &[&str] = &[
        "department",
        "ministry",
        "bank",
        "university",
        "office",
        "bureau",
        "secretariat",
        "committee",
        "council",
        "institute",
        "school",
        "court",
        "republic",
        "house",
        "board",
        "chamber",
        "league",
        "association",
        "federation",
        "union",
        "states",
        "college",
        "academy",
        "commission",
        "agency",
        "division",
        "army",
        "navy",
        "church",
        "party",
    ];
    static OF_HEAD_SET: KeySet = KeySet::new(OF_HEADS);
    is_title(w) || OF_HEAD_SET.contains(w)
}

/// The name run starting at token `i` (which must be a name word), not past `limit`.
pub fn chunk_at(a: &Doc, i: usize, limit: usize) -> Option<Chunk> {
    if i >= limit || !is_name_word(a, i) {
        return None;
    }
    let mut end = i;
    while end < limit {
        let w = a.token_text(end);
        // Token `i` is known to be a name word.
        if end == i || is_name_word(a, end) {
            end += 1;
            if is_possessive(w) {
                break;
            }
        } else if is_title_period(a, end) || joins(a, end, limit) {
            end += 1;
        } else {
            break;
        }
    }
    Some(finish(a, i, end))
}

/// The name run ending at token `last` (inclusive), not before `lo`.
pub fn chunk_ending_at(a: &Doc, last: usize, lo: usize) -> Option<Chunk> {
    if last >= a.tokens.len() || last < lo || !is_name_word(a, last) {
        return None;
    }
    let mut first = last;
    while first > lo {
        let p = first - 1;
        let name_word = is_name_word(a, p) && !is_possessive(a.token_text(p));
        if !(name_word || is_title_period(a, p) || joins(a, p, last + 1)) {
            break;
        }
        first = p;
    }
    // The period of "Sen." cannot open a run.
    while first < last && a.token_text(first) == "." {
        first += 1;
    }
    Some(finish(a, first, last + 1))
}

fn finish(a: &Doc, first: usize, end: usize) -> Chunk {
    let possessive = is_possessive(a.token_text(end - 1));
    // The name proper starts after the last title ("Attorney General Eduardo Medina Mora").
    let mut name_first = first;
    for i in first..end {
        if i + 1 < end && a.is_title_at(i) {
            name_first = i + 1;
        }
    }
    while name_first > first
        && name_first < end
        && (a.token_text(name_first) == "." || OFFICE_WORD_SET.contains(a.token_text(name_first)))
        && name_first + 1 < end
    {
        name_first += 1;
    }
    Chunk {
        first,
        end,
        name_first,
        possessive,
    }
}

impl Chunk {
    /// The name as written, without titles or a possessive ending.
    pub fn name<'a>(&self, a: &Analysis<'a>) -> &'a str {
        let s = a.tokens[self.name_first].start;
        let e = a.tokens[self.end - 1].end;
        let t = a.text.get(s..e).unwrap_or("");
        t.strip_suffix("'s")
            .or_else(|| t.strip_suffix("\u{2019}s"))
            .unwrap_or(t)
    }

    pub fn has_title(&self) -> bool {
        self.name_first > self.first
    }

    pub fn byte_span(&self, a: &Doc) -> (usize, usize) {
        (a.tokens[self.first].start, a.tokens[self.end - 1].end)
    }

    /// Is `word` among the title words written before the name ("secretary")?
    pub fn has_title_word(&self, a: &Doc, word: &str) -> bool {
        let want = full_title(word);
        (self.first..self.name_first)
            .any(|i| full_title(a.token_text(i)).eq_ignore_ascii_case(want))
    }
}

/// A title's full form: "Gov." and "governor" are the same title.
pub fn full_title(w: &str) -> &str {
    let bare = w.trim_end_matches('.');
    const ABBREVIATIONS: &[(&str, &str)] = &[
        ("gov", "governor"),
        ("sen", "senator"),
        ("rep", "representative"),
        ("gen", "general"),
        ("adm", "admiral"),
        ("lt", "lieutenant"),
        ("col", "colonel"),
        ("capt", "captain"),
        ("cmdr", "commander"),
        ("sgt", "sergeant"),
        ("maj", "major"),
        ("pres", "president"),
        ("atty", "attorney"),
        ("prof", "professor"),
        ("dr", "doctor"),
        ("supt", "superintendent"),
    ];
    ABBREVIATIONS
        .iter()
        .find(|(abbr, _)| abbr.eq_ignore_ascii_case(bare))
        .map_or(bare, |(_, full)| full)
}

/// Entity mentions sorted by start, to find the entity at a span in logarithmic time.
pub struct Mentions<'x> {
    pub entities: &'x [Entity],
    /// (start, end, entity index), sorted.
    spans: Vec<(usize, usize, usize)>,
}

/// Mentions are short; a span further back than this cannot reach the one asked about.
const LONGEST_MENTION: usize = 400;

impl<'x> Mentions<'x> {
    pub fn new(entities: &'x [Entity]) -> Self {
        let mut spans: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.mentions.iter().map(move |m| (m.start, m.end, k)))
            .collect();
        crate::order::sort(&mut spans);
        Mentions { entities, spans }
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity a span of text refers to: a mention overlapping it, people and
    /// organisations first. Returns the entity's index.
    pub fn entity_at(&self, start: usize, end: usize) -> Option<usize> {
        let mut i = self.spans.partition_point(|m| m.0 < end);
        let mut best: Option<(u8, usize)> = None;
        while i > 0 {
            i -= 1;
            let (ms, me, k) = self.spans[i];
            if ms + LONGEST_MENTION < start {
                break;
            }
            if me <= start {
                continue;
            }
            let rank = match self.entities[k].kind {
                EntityType::Person => 0,
                EntityType::Org => 1,
                EntityType::Misc => 2,
                EntityType::Place => 3,
            };
            if best.is_none_or_rank(rank) {
                best = Some((rank, k));
            }
        }
        best.map(|(_, k)| k)
    }
}

trait BestRank {
    fn is_none_or_rank(&self, rank: u8) -> bool;
}

impl BestRank for Option<(u8, usize)> {
    fn is_none_or_rank(&self, rank: u8) -> bool {
        match self {
            None => true,
            Some((r, _)) => rank < *r,
        }
    }
}

/// Does this run look like a person's name when no entity says so? Two or more name
/// words, or a title before it.
pub fn person_like(a: &Doc, c: &Chunk) -> bool {
    let words = (c.name_first..c.end)
        .filter(|&i| a.tokens[i].kind == TokenKind::Word)
        .count();
    let name = c.name(a);
    let has_lower = name.chars().any(char::is_lowercase);
    has_lower && (words >= 2 || c.has_title())
}

/// A single capitalised word that is not sentence-initial is a name as often as not
/// ("Crowley said"); sentence-initial plurals ("Critics said") are common nouns.
pub fn is_plausible_name(a: &Doc, c: &Chunk) -> bool {
    let name = c.name(a);
    let sentence_initial = c.first == 0 || {
        let prev = a.token_text(c.first - 1);
        a.tokens[c.first].line_start
            || matches!(prev, "." | "!" | "?" | "\"" | "\u{201C}" | "\u{201D}")
    };
    !(sentence_initial && name.ends_with('s') && !name.contains(' '))
}
