//! What a figure measures (`about`) and when (`period`).

use std::cell::Cell;
use std::ops::Deref;

use crate::model::Timex;
use crate::text::{Analysis, Sentence, TokenKind};
use crate::wordkey::{KeyMap, KeySet};

/// The document's tokens with each one's word [`Class`] remembered once asked: building a
/// figure's phrase asks about the same few tokens around it many times over.
pub struct Words<'x, 'a> {
    a: &'x Analysis<'a>,
    classes: Vec<Cell<Option<Class>>>,
}

impl<'x, 'a> Words<'x, 'a> {
    pub fn new(a: &'x Analysis<'a>) -> Self {
        Words {
            a,
            classes: vec![Cell::new(None); a.tokens.len()],
        }
    }
}

impl<'a> Deref for Words<'_, 'a> {
    type Target = Analysis<'a>;
    fn deref(&self) -> &Analysis<'a> {
        self.a
    }
}

/// The longest `about` phrase, in words; trailing modifiers are dropped to fit.
const MAX_WORDS: usize = 8;

/// Clause punctuation: a descriptive phrase never crosses it.
fn is_break(a: &Analysis, i: usize) -> bool {
    a.tokens[i].kind == TokenKind::Punct
        && matches!(
            a.token_text(i),
            "," | ";"
                | ":"
                | "."
                | "!"
                | "?"
                | "("
                | ")"
                | "["
                | "]"
                | "\""
                | "\u{201C}"
                | "\u{201D}"
                | "\u{2014}"
                | "\u{2013}"
        )
}

/// Closed word classes of English, enough to chunk a clause without a tagger.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Clause punctuation or the end of the sentence.
    Break,
    Number,
    Preposition,
    Determiner,
    Pronoun,
    /// Auxiliaries and the adverbs that sit among them ("has already been").
    Auxiliary,
    Conjunction,
    /// Words opening a subordinate or relative clause.
    Subordinator,
    /// Anything else: nouns, adjectives, lexical verbs, adverbs.
    Open,
    /// Attached punctuation inside a word group: "drug-related", "States’".
    Glue,
}

const PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "for",
    "from",
    "to",
    "by",
    "with",
    "at",
    "on",
    "into",
    "onto",
    "across",
    "over",
    "under",
    "through",
    "since",
    "during",
    "after",
    "before",
    "against",
    "toward",
    "towards",
    "between",
    "among",
    "around",
    "near",
    "within",
    "without",
    "via",
    "per",
    "along",
    "amid",
    "inside",
    "outside",
    "beyond",
    "throughout",
    "despite",
    "until",
    "as",
    "like",
    "upon",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "some", "all", "each", "every", "any", "no", "another", "such",
];
const PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they", "there"];
const AUXILIARIES: &[&str] = &[
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "am",
    "have",
    "has",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "already",
    "also",
    "now",
    "still",
    "reportedly",
    "allegedly",
    "just",
    "recently",
    "not",
];
const CONJUNCTIONS: &[&str] = &["and", "or", "but", "nor", "&"];
const SUBORDINATORS: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "while",
    "when",
    "although",
    "though",
    "because",
    "if",
    "unless",
    "whereas",
    "even",
    "so",
    "than",
    "including",
    "said",
    "says",
];

fn class(a: &Words, s: &Sentence, i: usize) -> Class {
    if i >= s.end_token {
        return Class::Break;
    }
    let Some(cell) = a.classes.get(i) else {
        return Class::Break;
    };
    if let Some(c) = cell.get() {
        return c;
    }
    let c = token_class(a, i);
    cell.set(Some(c));
    c
}

/// The class of token `i` (an index into the tokens) wherever its sentence ends.
fn token_class(a: &Analysis, i: usize) -> Class {
    if is_break(a, i) {
        return Class::Break;
    }
    let t = a.tokens[i];
    let w = a.token_text(i);
    match t.kind {
        TokenKind::Number => Class::Number,
        TokenKind::Punct => {
            let attached = !t.space_before && a.tokens.get(i + 1).is_some_and(|n| !n.space_before);
            if matches!(w, "-" | "'" | "\u{2019}" | "/") && (attached || w != "-") {
                Class::Glue
            } else if w == "&" {
                Class::Conjunction
            } else {
                Class::Break
            }
        }
        // One look-up in the closed lists merged, the first list naming a word deciding.
        TokenKind::Word => {
            static CLOSED: KeyMap<Class> = KeyMap::from_lists(&[
                (CONJUNCTIONS, Class::Conjunction),
                (SUBORDINATORS, Class::Subordinator),
                (PREPOSITIONS, Class::Preposition),
                (DETERMINERS, Class::Determiner),
                (PRONOUNS, Class::Pronoun),
                (AUXILIARIES, Class::Auxiliary),
            ]);
            CLOSED.get(w).unwrap_or(Class::Open)
        }
    }
}

/// A past tense or participle in lower case: the verb that governs an object figure
/// ("killed 300 people", "sent 200 troops").
fn is_past_verb(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "sent", "held", "found", "taken", "took", "given", "gave", "brought", "caught", "shot",
        "slain", "lost", "spent", "sold", "bought", "paid", "made", "seen", "saw", "put", "set",
        "cut", "won", "stolen", "stole", "driven", "drove", "thrown", "threw", "shown", "built",
        "kept", "sought", "raised", "hired", "fired", "struck", "fought", "led", "freed", "sped",
    ];
    const NOT_VERBS: &[&str] = &[
        "need", "feed", "seed", "speed", "hundred", "bed", "red", "shed",
    ];
    static IRREGULAR_SET: KeySet = KeySet::new(IRREGULAR);
    static NOT_VERBS_SET: KeySet = KeySet::new(NOT_VERBS);
    // The lists are lower case and matched exactly: a key look-up ignores case, so a word
    // with a capital inside is no match.
    let listed = |set: &KeySet| set.contains(w) && !w.bytes().any(|b| b.is_ascii_uppercase());
    let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
    starts_lower
        && (listed(&IRREGULAR_SET) || (w.len() > 4 && w.ends_with("ed") && !listed(&NOT_VERBS_SET)))
}

/// An action noun that takes its object in an "of" phrase ("the deployment of 500
/// agents", "the arrest of 12 officers").
fn is_action_noun(w: &str) -> bool {
    let b = w.as_bytes();
    ["ment", "tion", "sion", "ure", "al", "ing"]
        .iter()
        .any(|s| {
            b.len() > s.len() + 3
                && b.get(b.len() - s.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(s.as_bytes()))
        })
        || ["arrest", "release", "transfer", "return", "death"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
}

/// A phrase being assembled from token ranges; each unit can be dropped whole to fit.
struct Phrase {
    units: Vec<(usize, usize)>,
}

impl Phrase {
    fn words(&self, a: &Words) -> usize {
        self.units
            .iter()
            .map(|&(x, y)| piece(a, x, y).split_whitespace().count())
            .sum()
    }
    fn render(mut self, a: &Words) -> String {
        while self.units.len() > 1 && self.words(a) > MAX_WORDS {
            self.units.pop();
        }
        // The non-empty pieces joined by spaces, into one allocation.
        let mut text = String::with_capacity(
            self.units
                .iter()
                .map(|&(x, y)| piece(a, x, y).len() + 1)
                .sum(),
        );
        for p in self
            .units
            .iter()
            .map(|&(x, y)| piece(a, x, y))
            .filter(|p| !p.is_empty())
        {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(p);
        }
        if text.split_whitespace().count() <= MAX_WORDS {
            return text;
        }
        // One long unit: cut it, and never on a function word ("... the region of").
        let mut words: Vec<&str> = text.split_whitespace().take(MAX_WORDS).collect();
        while words.len() > 1
            && words.last().is_some_and(|w| {
                [PREPOSITIONS, DETERMINERS, CONJUNCTIONS, SUBORDINATORS]
                    .iter()
                    .any(|list| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
            })
        {
            words.pop();
        }
        words.join(" ")
    }
}

/// The end of a group of modifiers and nouns starting at `i`: determiners first, then open
/// words with their glue (and year-like numbers when `years` is set).
fn group_end(a: &Words, s: &Sentence, mut i: usize, years: bool) -> usize {
    let opening = i;
    while class(a, s, i) == Class::Determiner {
        i += 1;
    }
    let start = i;
    loop {
        match class(a, s, i) {
            Class::Open => i += 1,
            Class::Glue if i > start => i += 1,
            // "in 2009", "in 19 states": a year or a count inside a modifier.
            Class::Number
                if years && (is_year(a.token_text(i)) || class(a, s, i + 1) == Class::Open) =>
            {
                i += 1
            }
            _ => break,
        }
    }
    // "over a bill of roughly [$10,000]": a hedge belongs to the figure after it.
    while i > start && is_hedge(a.token_text(i - 1)) {
        i -= 1;
    }
    // Glue cannot end a group ("States’" keeps its apostrophe only when attached).
    while i > start && class(a, s, i - 1) == Class::Glue && a.token_text(i - 1) == "-" {
        i -= 1;
    }
    // Determiners alone are no group.
    if i == start {
        opening
    } else {
        i
    }
}

/// Words that open a figure's hedge ("and more than 300", "and nearly 40 more").
fn is_hedge(w: &str) -> bool {
    const HEDGES: &[&str] = &[
        "more",
        "fewer",
        "less",
        "nearly",
        "almost",
        "roughly",
        "about",
        "approximately",
        "over",
        "under",
        "up",
        "at",
        "around",
        "some",
        "another",
        "only",
        "just",
    ];
    HEDGES.iter().any(|h| h.eq_ignore_ascii_case(w))
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
}

/// A short phrase saying what the figure measures, built from the clause around it:
/// the counted noun with what governs or modifies it ("troops sent to the border",
/// "people killed last year"), the complement of a bare amount ("in annual trade",
/// "of the weapons seized"), or the noun a bare figure is linked to ("death toll").
/// `np_start` is where the counted noun phrase begins (`end` when there is none).
pub fn about(a: &Words, s: &Sentence, first: usize, np_start: usize, end: usize) -> String {
    if first >= end || end > s.end_token || first < s.first_token {
        return String::new();
    }
    let counted = np_start < end;
    let mut phrase = Phrase {
        units: Vec::with_capacity(6),
    };
    let mut i = end;
    let mut verb_done = false;
    if counted {
        // "deployment of 500 agents": the action noun leads the phrase.
        if let Some(n) = action_of(a, s, first) {
            phrase.units.push(n);
            verb_done = true;
        }
        phrase.units.push((np_start, end));
        // A coordinated noun without its own figure: "agents and support personnel".
        if class(a, s, i) == Class::Conjunction
            && class(a, s, i + 1) == Class::Open
            && !is_hedge(a.token_text(i + 1))
        {
            let e = group_end(a, s, i + 1, false);
            // Not the start of another figure or a longer list ("and 300 more",
            // "and huge drug and money seizures").
            if e > i + 1
                && !matches!(
                    class(a, s, e),
                    Class::Number | Class::Subordinator | Class::Conjunction
                )
            {
                if let Some(last) = phrase.units.last_mut() {
                    last.1 = e;
                }
                i = e;
            }
        }
        // "killed 300 people" reads "people killed".
        if !verb_done {
            if let Some(v) = governing_verb(a, s, first) {
                phrase.units.push((v, v + 1));
                verb_done = true;
            }
        }
    } else {
        let right_opens = class(a, s, i) == Class::Open
            || class(a, s, i) == Class::Determiner
            || matches!(
                a.token_text(i.min(s.end_token.saturating_sub(1))),
                "in" | "of"
            ) && class(a, s, i) == Class::Preposition;
        if !right_opens {
            if let Some(left) = left_context(a, s, first) {
                phrase.units.push(left);
                verb_done = true;
            }
        } else if let Some(v) = gapped_verb(a, s, first) {
            phrase.units.push((v, v + 1));
            verb_done = true;
        } else if let Some((x, y)) = linked_noun(a, s, first) {
            phrase.units.push((x, y));
        }
        // "$2.4 billion in annual trade", "95 percent of the weapons": the complement.
        if class(a, s, i) == Class::Preposition
            && ["in", "of"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(a.token_text(i)))
        {
            let e = group_end(a, s, i + 1, true);
            if e > i + 1 {
                phrase.units.push((i, e));
                i = e;
            }
        }
    }
    let mut prepositions = 1;
    let mut groups = usize::from(!counted && phrase.units.iter().any(|&(x, _)| x >= end));
    while i < s.end_token {
        match class(a, s, i) {
            Class::Auxiliary if !verb_done => {
                let mut j = i;
                while class(a, s, j) == Class::Auxiliary {
                    j += 1;
                }
                if class(a, s, j) != Class::Open {
                    break;
                }
                i = j;
            }
            // "the weapons that we have seized" reads "the weapons seized"; "people who
            // were killed" reads "people killed".
            Class::Subordinator
                if !verb_done
                    && ["that", "which", "who"]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(a.token_text(i))) =>
            {
                let mut j = i + 1;
                if class(a, s, j) == Class::Pronoun {
                    j += 1;
                }
                while class(a, s, j) == Class::Auxiliary {
                    j += 1;
                }
                if class(a, s, j) != Class::Open || !is_past_verb(a.token_text(j)) {
                    break;
                }
                // Only the participle: what follows it is the main clause's verb.
                phrase.units.push((j, j + 1));
                verb_done = true;
                groups += 1;
                i = j + 1;
            }
            Class::Open | Class::Determiner if groups < 1 || !verb_done => {
                let e = group_end(a, s, i, false);
                if e <= i {
                    break;
                }
                phrase.units.push((i, e));
                if groups >= 1 || counted {
                    verb_done = true;
                }
                groups += 1;
                i = e;
            }
            Class::Preposition if prepositions > 0 || a.token_text(i) == "of" => {
                let e = group_end(a, s, i + 1, true);
                if e <= i + 1 {
                    break;
                }
                // "of" belongs to the noun before it ("package of aid"); other
                // prepositions start a modifier, and one is enough.
                if a.token_text(i) != "of" {
                    prepositions -= 1;
                }
                phrase.units.push((i, e));
                i = e;
            }
            _ => break,
        }
    }
    phrase.render(a)
}

/// The action noun whose "of" phrase holds the figure: "the deployment of [500 agents]".
fn action_of(a: &Words, s: &Sentence, first: usize) -> Option<(usize, usize)> {
    let of = first.checked_sub(1).filter(|&k| k >= s.first_token)?;
    let noun = of.checked_sub(1).filter(|&k| k >= s.first_token)?;
    (a.token_text(of).eq_ignore_ascii_case("of")
        && class(a, s, noun) == Class::Open
        && is_action_noun(a.token_text(noun)))
    .then_some((noun, of + 1))
}

/// The past verb whose object the figure is ("killed 300 people", "killed a group of
/// 72 migrants"), or, for a figure coordinated with an earlier one, that figure's verb
/// ("killed 900 people last year and 300 this year").
fn governing_verb(a: &Words, s: &Sentence, first: usize) -> Option<usize> {
    let lo = s.first_token;
    let mut k = first;
    // Over "a group of", "a total of".
    for _ in 0..4 {
        if k <= lo {
            return None;
        }
        let w = a.token_text(k - 1);
        if is_past_verb(w) && class(a, s, k - 1) == Class::Open {
            return Some(k - 1);
        }
        if !matches!(class(a, s, k - 1), Class::Determiner | Class::Open)
            && !w.eq_ignore_ascii_case("of")
        {
            break;
        }
        k -= 1;
    }
    gapped_verb(a, s, first)
}

/// For a figure right after "and"/"or", the past verb of the figure before it.
fn gapped_verb(a: &Words, s: &Sentence, first: usize) -> Option<usize> {
    let lo = s.first_token;
    let conj = first.checked_sub(1).filter(|&k| k >= lo)?;
    if class(a, s, conj) != Class::Conjunction {
        return None;
    }
    let mut k = conj;
    while k > lo && conj - k < 15 {
        k -= 1;
        if is_break(a, k) || class(a, s, k) == Class::Subordinator {
            return None;
        }
        if a.tokens[k].kind == TokenKind::Number {
            // Back over the earlier figure's hedge and determiner to its verb.
            let mut v = k;
            while v > lo && k - v < 4 {
                v -= 1;
                let w = a.token_text(v);
                if is_past_verb(w) && class(a, s, v) == Class::Open {
                    return Some(v);
                }
            }
            return None;
        }
    }
    None
}

/// Words before a bare figure that say what it is: "approved [$700 million]", "the death
/// toll at [5,300]", "cut funding by [3 percent]", or the verb of the figure it is
/// coordinated with.
fn left_context(a: &Words, s: &Sentence, first: usize) -> Option<(usize, usize)> {
    if let Some(v) = gapped_verb(a, s, first) {
        return Some((v, v + 1));
    }
    if let Some(v) = first
        .checked_sub(1)
        .filter(|&k| k >= s.first_token && is_past_verb(a.token_text(k)))
    {
        return Some((v, first));
    }
    linked_noun(a, s, first).or_else(|| {
        let hi = first;
        let lo = open_run_start(a, s, hi);
        (lo < hi).then_some((lo, hi))
    })
}

/// The noun group a bare figure is linked to by a preposition or copula: "the death toll
/// at [5,300]", "funding by [3 percent]", "estimated at [$9 billion]".
fn linked_noun(a: &Words, s: &Sentence, first: usize) -> Option<(usize, usize)> {
    const LINKS: &[&str] = &[
        "at",
        "to",
        "by",
        "of",
        "reached",
        "hit",
        "topped",
        "exceeded",
        "surpassed",
        "was",
        "is",
        "were",
        "are",
        "stood",
        "totaled",
        "totalled",
        "numbered",
        "passed",
    ];
    let lo = s.first_token;
    let link = first.checked_sub(1).filter(|&k| k >= lo)?;
    let w = a.token_text(link);
    if !LINKS.iter().any(|l| l.eq_ignore_ascii_case(w)) {
        return None;
    }
    let mut hi = link;
    // "stood at", "rose to": the verb before the preposition is the link's head.
    if hi > lo
        && class(a, s, link) == Class::Preposition
        && LINKS
            .iter()
            .any(|l| l.eq_ignore_ascii_case(a.token_text(hi - 1)))
    {
        hi -= 1;
    }
    let start = open_run_start(a, s, hi);
    (start < hi).then_some((start, hi))
}

/// Where the run of open words (and inner conjunctions) ending at `hi` begins, at most
/// three words back: "prevention and treatment funding".
fn open_run_start(a: &Words, s: &Sentence, hi: usize) -> usize {
    let lo = s.first_token;
    let mut k = hi;
    let mut words = 0;
    while k > lo && words < 3 {
        match class(a, s, k - 1) {
            Class::Open => words += 1,
            Class::Glue if k - 1 > lo && class(a, s, k - 2) == Class::Open => {}
            Class::Conjunction if k < hi => {}
            _ => break,
        }
        k -= 1;
    }
    while k < hi && matches!(class(a, s, k), Class::Conjunction | Class::Glue) {
        k += 1;
    }
    // Words right after another figure belong to it ("rose 60 percent last year to").
    if k > lo && class(a, s, k - 1) == Class::Number {
        return hi;
    }
    k
}

/// The text of tokens `[x, y)`.
fn piece<'a>(a: &Analysis<'a>, x: usize, y: usize) -> &'a str {
    if x >= y || y > a.tokens.len() {
        return "";
    }
    a.text
        .get(a.tokens[x].start..a.tokens[y - 1].end)
        .unwrap_or("")
}

/// The TIMEX3 value of the date expression governing the figure: the nearest one that
/// follows it in its clause ("killed 900 people last year and 300 in the first weeks of
/// 2009"), else the nearest in its sentence; calendar dates before durations.
pub fn period(
    text: &str,
    s: &Sentence,
    start: usize,
    end: usize,
    timex: &[Timex],
) -> Option<String> {
    let mut best: Option<((bool, bool, usize), &Timex)> = None;
    for t in timex {
        if t.start < s.span.start || t.end > s.span.end || (t.start < end && start < t.end) {
            continue;
        }
        let distance = if t.start >= end {
            t.start - end
        } else {
            start.saturating_sub(t.end)
        };
        let follows_in_clause = t.start >= end
            && distance < 80
            && text.get(end..t.start).is_some_and(|between| {
                !between.contains([',', ';', '.', '\u{2014}', '(']) && !between.contains(" and ")
            });
        let key = (t.is_duration(), !follows_in_clause, distance);
        if best.as_ref().is_none_or_worse(key) {
            best = Some((key, t));
        }
    }
    best.map(|(_, t)| t.value.clone())
}

trait Better {
    fn is_none_or_worse(&self, key: (bool, bool, usize)) -> bool;
}

impl Better for Option<&((bool, bool, usize), &Timex)> {
    fn is_none_or_worse(&self, key: (bool, bool, usize)) -> bool {
        match self {
            None => true,
            Some((k, _)) => key < *k,
        }
    }
}
