//! From candidate runs to typed mentions, by rules of English news language and lexicons:
//! titles before names ("Secretary of State Hillary Clinton"), organisation head nouns
//! ("... Department"), gazetteers, given names, initialisms, nationality adjectives.

use super::candidates::{is_all_caps, is_initialism, strip_possessive, LineKind, Run};
use super::keys::TokenKeys;
use super::lexicon::{is_person_title, state_abbreviation, Lex, WordHasher};
use super::roles::is_role_noun;
use crate::model::{EntityType, Span};
use crate::text::{Analysis, TokenKind};
use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// What the rules can say about a mention's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Guess {
    Person,
    Org,
    Place,
    Misc,
    /// A capitalised word with no evidence yet; the document may settle it.
    Unknown,
}

impl Guess {
    pub fn entity_type(self) -> EntityType {
        match self {
            Guess::Person => EntityType::Person,
            Guess::Org => EntityType::Org,
            Guess::Place => EntityType::Place,
            Guess::Misc | Guess::Unknown => EntityType::Misc,
        }
    }
}

/// One typed mention found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    /// Token range of the mention (possessive token included).
    pub first: usize,
    pub end: usize,
    pub guess: Guess,
    /// The guess rests on typography only (headline, sentence start): keep it only if the
    /// document confirms it.
    pub weak: bool,
    /// A title or role the text puts right before the name.
    pub role: Option<Span>,
    /// Index (in the sorted candidate list) of a mention naming the same thing, as a long
    /// form names its bracketed acronym.
    pub link: Option<usize>,
    /// A role an appositive gives ("Mike Mullen, chairman of the Joint Chiefs of Staff,").
    pub appositive: Option<Span>,
}

/// Context the document gives beyond the run itself.
pub struct DocWords<'a> {
    /// Words written in lower case somewhere in the document that some run word may be
    /// asked about (a hash set: only looked up, so no order reaches the output).
    /// (Held as bytes: a word lower-cased on the stack is looked up without a UTF-8 check.)
    lowercase: HashSet<&'a [u8], BuildHasherDefault<WordHasher>>,
}

/// Bits of [`ShapeFilter`]: 4096.
const FILTER_WORDS: usize = 64;

/// Which (byte length, first byte, last byte) shapes the lower-cased run words have: a
/// lower-case word of another shape cannot equal one, so it need not enter the set (most
/// of a document's words are lower case, and hashing each cost more than the rest of
/// this stage's per-token work).
struct ShapeFilter([u64; FILTER_WORDS]);

impl ShapeFilter {
    fn bit(word: &[u8]) -> usize {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return 0;
        };
        Self::bit_of(word.len(), first, last)
    }
    fn bit_of(len: usize, first: u8, last: u8) -> usize {
        let h = (len as u32) ^ (u32::from(first) << 8) ^ (u32::from(last) << 16);
        (h.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }
    fn insert(&mut self, word: &[u8]) {
        self.set(Self::bit(word));
    }
    fn set(&mut self, b: usize) {
        self.0[b / 64] |= 1 << (b % 64);
    }
    /// `insert` of `word` lower-cased: an ASCII word's shape needs only its first and last
    /// bytes lower-cased, not a lower-cased copy.
    fn insert_lowercase(&mut self, word: &str) {
        match (
            word.is_ascii(),
            word.as_bytes().first(),
            word.as_bytes().last(),
        ) {
            (true, Some(first), Some(last)) => self.set(Self::bit_of(
                word.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            )),
            _ => with_lowercase(word, |q| self.insert(q)),
        }
    }
    fn may_contain(&self, word: &[u8]) -> bool {
        let b = Self::bit(word);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// Run `f` on the bytes of `word` lower-cased: ASCII words (most) on the stack, others
/// allocated.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    if let Some(key) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        key.copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        return f(key);
    }
    f(word.to_lowercase().as_bytes())
}

impl<'a> DocWords<'a> {
    /// The lower-case words of the document that the words of `runs` may be asked about:
    /// [`DocWords::seen_lowercase`] answers for those words only.
    pub fn new(a: &Analysis<'a>, runs: &[Run]) -> Self {
        let mut shapes = ShapeFilter([0; FILTER_WORDS]);
        for run in runs {
            for (i, t) in a.tokens.iter().enumerate().take(run.end).skip(run.first) {
                if t.kind == TokenKind::Word {
                    shapes.insert_lowercase(a.token_text(i));
                }
            }
        }
        let mut lowercase = HashSet::default();
        lowercase.extend(
            a.tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.text(a.text))
                .filter(|w| shapes.may_contain(w.as_bytes()))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .map(str::as_bytes),
        );
        DocWords { lowercase }
    }

    /// The document also writes this word in lower case ("Guns" and "guns"). Asked only
    /// about words of the runs `new` was given.
    pub fn seen_lowercase(&self, word: &str) -> bool {
        with_lowercase(word, |k| self.lowercase.contains(k))
    }
}

/// A word of a run with its token index and folded form.
struct Word<'t> {
    tok: usize,
    key: &'t str,
    text: &'t str,
    /// A hyphen follows with no space ("AK-47").
    hyphen_after: bool,
    /// What the lexicons say of `key`.
    lex: Lex,
    /// The token's case facts (see `text::Token`).
    capitalised: bool,
    all_caps: bool,
}

/// A buffer for the words of one run, reused from run to run (one allocation per
/// document rather than per run).
#[derive(Default)]
pub struct RunWords<'t>(Vec<Word<'t>>);

/// Split a run into typed mentions.
pub fn classify_run<'t>(
    a: &Analysis<'t>,
    run: &Run,
    doc: &DocWords,
    keys: &'t TokenKeys,
    scratch: &mut RunWords<'t>,
    out: &mut Vec<Candidate>,
) {
    // The name words of the run (periods and hyphens are glue, kept in spans).
    scratch.0.clear();
    scratch.0.extend(
        (run.first..run.end)
            .filter(|&i| a.tokens[i].kind == TokenKind::Word)
            .map(|i| {
                let text = a.token_text(i);
                Word {
                    tok: i,
                    key: keys.stripped(i),
                    text,
                    lex: keys.stripped_lex(i),
                    capitalised: a.tokens[i].capitalised,
                    all_caps: a.tokens[i].all_caps,
                    hyphen_after: a.tokens.get(i + 1).is_some_and(|t| {
                        t.start == a.tokens[i].end && a.text.get(t.start..t.end) == Some("-")
                    }),
                }
            }),
    );
    let words: &[Word] = &scratch.0;
    // "(R-Ariz.)": a party-and-state tag, not a name.
    if words.first().is_some_and(|w| w.text.chars().count() == 1)
        && run.first + 1 < a.tokens.len()
        && a.token_text(run.first + 1) == "-"
    {
        return;
    }
    // "Nogales, Ariz.", "Washington, D.C.": a state abbreviation after a comma.
    if let [w] = words {
        let after_comma = run.first > 0 && a.token_text(run.first - 1) == ",";
        let dotted = w.text.ends_with('.')
            || a.tokens.get(w.tok + 1).is_some_and(|t| {
                t.start == a.tokens[w.tok].end && a.text.get(t.start..t.end) == Some(".")
            });
        if after_comma && dotted && state_abbreviation(w.key).is_some() {
            push(a, words, Guess::Place, false, None, out);
            return;
        }
    }
    // A byline ("By Jane Smith, Reuters") names people whatever its typography.
    let byline = (a.tokens[run.first].line_start && a.token_text(run.first) == "By")
        || (run.first > 0 && matches!(a.token_text(run.first - 1), "by" | "By"));
    // A line that is only a name ("June S. Beittel" under a report title), or a name and
    // its post ("Kristin M. Finklea, Analyst in Domestic Security"), is an author line.
    let post_follows = a.tokens.get(run.end).is_some_and(|t| t.text(a.text) == ",")
        && a.tokens.get(run.end + 1).is_some_and(|t| {
            let key = keys.raw(run.end + 1);
            t.capitalised && (is_role_noun(key) || is_person_title(key))
        });
    let line_end = run.end >= a.tokens.len() || a.tokens[run.end].line_start || post_follows;
    let name_line = a.tokens[run.first].line_start
        && line_end
        && (2..=4).contains(&words.len())
        && words.first().is_some_and(|w| w.lex.is_given_name())
        && words
            .iter()
            .all(|w| !w.lex.is_place() && !w.lex.is_org_head());
    let weak = run.line == LineKind::Headline && !byline && !name_line;
    let mut start = 0;
    // Function words ("The", "Our") never open a name; a capitalised common word opening a
    // sentence or a headline is not a name unless the rest of the run makes it one
    // ("Border Patrol agents said ...").
    // "New Mexico", "June S. Smith": a stop word that begins a known name or a given name
    // before an initial stays.
    // (Looked up once: a single piece spanning the run asks again, see `segment`.)
    let whole_lex = phrase_lex(words);
    let known_whole = lex_guess(whole_lex).is_some();
    let initial_next = |k: usize| {
        words
            .get(k + 1)
            .is_some_and(|n| n.text.chars().count() == 1 && n.capitalised)
    };
    // "The New York-based group": a stop word that opens a known place name stays.
    let opens_place =
        |k: usize| (k + 2..=words.len().min(k + 3)).any(|e| phrase_lex(&words[k..e]).is_place());
    while !known_whole
        && start < words.len()
        && words[start].lex.is_stop_word()
        && !words[start].lex.is_person_title()
        && !(words[start].lex.is_given_name() && initial_next(start))
        && !(start > 0 && opens_place(start))
    {
        start += 1;
    }
    if (run.sentence_initial || weak) && start < words.len() {
        let w = &words[start];
        let at_start = start == 0 || weak;
        let common = !is_capitalised_name_word(w) && doc.seen_lowercase(w.text);
        let known = w.lex.is_place() || w.lex.is_person_title() || w.lex.is_demonym();
        // "Office of the Press Secretary", "Border Patrol agents": a head noun in the run
        // makes it a name.
        let headed = words.len() > start + 1
            && (words
                .last()
                .is_some_and(|l| l.lex.is_org_head() || l.lex.is_misc_head())
                || (w.lex.is_org_head() && words[start + 1].key == "of"));
        if at_start && common && !known && !headed {
            start += 1;
        }
    }
    // What is left never opens with a lowercase connector ("of the ...").
    while start < words.len() && !words[start].capitalised {
        start += 1;
    }
    // Stop words inside a headline run ("Are", "How") split it; each piece is typed as
    // soon as it is found.
    let piece = |s: usize, e: usize, out: &mut Vec<Candidate>| {
        let piece_lex = (s == 0 && e == words.len()).then_some(whole_lex);
        segment(
            a,
            run,
            &words[s..e],
            piece_lex,
            weak,
            run.sentence_initial && s == start,
            doc,
            out,
        );
        // In a headline a run may glue names to common words ("Rivera Visits Peru"): each
        // word may still name something the body names.
        if weak && e - s > 1 {
            for w in &words[s..e] {
                if w.capitalised {
                    push(a, std::slice::from_ref(w), Guess::Unknown, true, None, out);
                }
            }
        }
    };
    let mut s = start;
    for (k, w) in words.iter().enumerate().skip(start) {
        // "Gov. Jan Brewer", "Sen. Will Hurd": a given name that is also a common word
        // right after a title.
        let after_title = k > 0 && words[k - 1].lex.is_person_title() && w.lex.is_given_name();
        let connector = !w.capitalised
            || known_whole
            || (w.lex.is_given_name() && initial_next(k))
            || after_title;
        let initial = w.text.chars().count() == 1
            && a.tokens
                .get(w.tok + 1)
                .is_some_and(|t| a.text.get(t.start..t.end) == Some("."));
        // "University of New Mexico", "the New York-based group": a stop word that opens a
        // known place name is part of the name.
        let opens_a_place = opens_place(k);
        if !connector
            && !initial
            && !opens_a_place
            && w.lex.is_stop_word()
            && !w.lex.is_person_title()
        {
            if k > s {
                piece(s, k, out);
            }
            s = k + 1;
        }
    }
    if s < words.len() {
        piece(s, words.len(), out);
    }
}

/// A transcript's speaker label at the start of a line.
enum Label {
    /// "STEVE INSKEEP, host:", "JASON BEAUBIEN:": a given name first.
    Full,
    /// "INSKEEP:", but also "QUESTION:", "CONTACT:": left to the document.
    Lone,
}

fn speaker_label(a: &Analysis, words: &[Word]) -> Option<Label> {
    let (first, last) = (words.first()?, words.last()?);
    let line_start = a
        .tokens
        .get(first.tok)
        .is_some_and(|t| t.line_start || first.tok == 0);
    let after = |k: usize| a.tokens.get(k).map_or("", |t| t.text(a.text));
    let labelled = after(last.tok + 1) == ":"
        || (after(last.tok + 1) == ","
            && after(last.tok + 2).starts_with(|c: char| c.is_lowercase())
            && after(last.tok + 3) == ":");
    if !(line_start && labelled) {
        return None;
    }
    let full = (2..=3).contains(&words.len())
        && first.lex.is_given_name()
        && !is_role_noun(last.key)
        && !phrase_lex(words).is_place();
    if full {
        Some(Label::Full)
    } else {
        (words.len() == 1).then_some(Label::Lone)
    }
}

/// How far into a text a cover page's lines may lie.
const COVER_BYTES: usize = 1500;

/// A line near the top in capitals that is a name alone: a given name first and two to
/// four words a person's ("ANTHONY P. PLACIDO"), an organisation's head word among them an
/// organisation's ("DRUG ENFORCEMENT ADMINISTRATION"). Titles and places are left alone.
fn cover_line(a: &Analysis, words: &[Word]) -> Option<Guess> {
    let (first, last) = (words.first()?, words.last()?);
    let tok = |k: usize| a.tokens.get(k);
    let near_top = tok(first.tok).is_some_and(|t| t.start < COVER_BYTES);
    let starts_line = first.tok == 0 || tok(first.tok).is_some_and(|t| t.line_start);
    let ends_line = tok(last.tok + 1).is_none_or(|t| t.line_start);
    if !(near_top && starts_line && ends_line && words.len() >= 2) {
        return None;
    }
    if words
        .iter()
        .any(|w| w.lex.is_person_title() || w.lex.is_place())
    {
        return None;
    }
    let person = words.len() <= 4
        && first.lex.is_given_name()
        && last.text.chars().count() > 1
        && words
            .iter()
            .all(|w| !w.lex.is_org_head() && !is_role_noun(w.key));
    if person {
        return Some(Guess::Person);
    }
    words
        .iter()
        .any(|w| w.lex.is_org_head())
        .then_some(Guess::Org)
}

/// A title, also in the plural ("Ranking Members"). (`lex` is the key's own answer: only a
/// key ending in 's' needs a second look-up.)
fn is_title_or_titles(w: &Word) -> bool {
    w.lex.is_person_title() || w.key.ends_with('s') && is_person_title(w.key.trim_end_matches('s'))
}

/// Words like "McCaffrey", "WikiLeaks", "DEA": their shape alone says name.
fn is_capitalised_name_word(w: &Word) -> bool {
    let mut chars = w.text.chars();
    chars.next();
    let inner_capital = chars.any(char::is_uppercase);
    inner_capital || is_initialism(w.text)
}

fn span_of(a: &Analysis, words: &[Word]) -> Option<Span> {
    let first = words.first()?;
    let last = words.last()?;
    let end_text = strip_possessive(a.token_text(last.tok));
    Some(Span::new(
        a.tokens[first.tok].start,
        a.tokens[last.tok].start + end_text.len(),
    ))
}

/// The words' keys joined by spaces; a single word's key is borrowed (most runs are one
/// word, and this is asked several times per run).
fn joined_key<'k>(words: &[Word<'k>]) -> Cow<'k, str> {
    match words {
        [] => Cow::Borrowed(""),
        [w] => Cow::Borrowed(w.key),
        _ => {
            let mut k = String::with_capacity(words.iter().map(|w| w.key.len() + 1).sum());
            for w in words {
                if !k.is_empty() {
                    k.push(' ');
                }
                k.push_str(w.key);
            }
            Cow::Owned(k)
        }
    }
}

fn push(
    a: &Analysis,
    words: &[Word],
    guess: Guess,
    weak: bool,
    role: Option<Span>,
    out: &mut Vec<Candidate>,
) {
    let (Some(span), Some(f), Some(l)) = (span_of(a, words), words.first(), words.last()) else {
        return;
    };
    out.push(Candidate {
        span,
        first: f.tok,
        end: l.tok + 1,
        guess,
        weak,
        role,
        link: None,
        appositive: None,
    });
}

/// Split a run at titles and nationality adjectives, then type each part.
/// `words_lex` is `phrase_lex(words)` when the caller has it already.
#[allow(clippy::too_many_arguments)]
fn segment(
    a: &Analysis,
    run: &Run,
    words: &[Word],
    words_lex: Option<Lex>,
    weak: bool,
    sentence_initial: bool,
    doc: &DocWords,
    out: &mut Vec<Candidate>,
) {
    if words.is_empty() {
        return;
    }
    let words_lex = words_lex.unwrap_or_else(|| phrase_lex(words));
    if let Some(g) = lex_guess(words_lex) {
        push(a, words, g, false, None, out);
        return;
    }
    // An all-caps run is a dateline, a speaker label or shouting: trust only what lexicons
    // or titles say ("SECRETARY CLINTON:").
    if run.all_caps && words.len() > 1
        || words
            .iter()
            .any(|w| w.text.chars().count() > 6 && w.all_caps)
    {
        // "By ELENA MARQUEZ": a byline in capitals names a person.
        let by = words[0].tok > 0 && matches!(a.token_text(words[0].tok - 1), "By" | "BY" | "by");
        if by && (2..=4).contains(&words.len()) && words.iter().all(|w| !w.lex.is_place()) {
            push(a, words, Guess::Person, false, None, out);
            return;
        }
        // A cover page in capitals ("STATEMENT OF / JANE Q. DOE / DRUG ENFORCEMENT
        // ADMINISTRATION"): a line that is a name alone says what it names.
        if let Some(g) = cover_line(a, words) {
            push(a, words, g, false, None, out);
            return;
        }
        match speaker_label(a, words) {
            Some(Label::Full) => {
                push(a, words, Guess::Person, false, None, out);
                return;
            }
            // "INSKEEP:" joins the person the full label named, if any.
            Some(Label::Lone) => {
                push(a, words, Guess::Unknown, false, None, out);
                return;
            }
            None => {}
        }
        if let Some(t) = words.iter().position(|w| w.lex.is_person_title()) {
            // "ASSISTANT SECRETARY JACOBSON": every title word, then the name.
            let mut n = t;
            while n < words.len() && words[n].lex.is_person_title() {
                n += 1;
            }
            if n < words.len() {
                let role = span_of(a, &words[t..n]).map(|r| with_period(a, words[n - 1].tok, r));
                push(a, &words[n..], Guess::Person, false, role, out);
            }
        }
        return;
    }
    // Leading nationality adjectives: "Mexican President ...", "Colombian".
    let mut s = 0;
    while s < words.len() && words[s].lex.is_demonym() {
        let rest_is_place = || {
            let rest = phrase_lex(&words[s + 1..]);
            rest.is_region() || rest.is_place_head()
        };
        if s + 1 < words.len() && rest_is_place() {
            // "American Southwest", "Mexican Border": the whole names a place.
            push(a, &words[s..], Guess::Place, weak, None, out);
            return;
        }
        s += 1;
    }
    let words = &words[s..];
    if words.is_empty() {
        return;
    }
    // Titles: everything before is a place or an organisation, everything after a person.
    if let Some(t) = title_position(words) {
        split_at_title(a, words, t, weak, doc, out);
        return;
    }
    // "U.S. officials" is an adjective use, but "the U.S. Congress" is one name: a leading
    // place is split off unless the rest is an organisation or a place.
    let given_name_city = words[0].lex.is_given_name() && !words[0].lex.is_country();
    if words.len() > 1 && !given_name_city && lex_guess(words[0].lex) == Some(Guess::Place) {
        // "Falcon Lake", "Guerrero Viejo", "Laredo Nuevo": a place head or a Spanish
        // old/new after the place makes another place.
        // ("the Southwest Border" stays "Southwest", the region named elsewhere alone.)
        // "Colombia Solidarity Bridge": a longer name ending in a place head is one place.
        let last = &words[words.len() - 1];
        let place_tail = (words.len() == 2
            && words[1].key != "border"
            && (words[1].lex.is_place_head()
                || matches!(words[1].key, "viejo" | "vieja" | "nuevo" | "nueva")))
            || (words.len() <= 4 && last.key != "border" && last.lex.is_place_head());
        if place_tail {
            push(a, words, Guess::Place, weak, None, out);
            return;
        }
        let rest_guess = guess_words(&words[1..], sentence_initial, doc);
        if !matches!(rest_guess, Guess::Org | Guess::Misc) {
            push(a, &words[..1], Guess::Place, weak, None, out);
            push(a, &words[1..], rest_guess, weak, None, out);
            return;
        }
    }
    let known_lex = (s == 0).then_some(words_lex);
    let mut guess = guess_words_with(words, known_lex, sentence_initial && s == 0, doc);
    // A guessed person without a given name: the word before may say otherwise. "in Villa
    // Unión" is a place and "the Knights Templar" a group, never a person.
    // "in Los Pinos", "near La Laguna": a Spanish article names a place there.
    let spanish_article = matches!(words[0].key, "los" | "las" | "la" | "el");
    if guess == Guess::Org && spanish_article && words.len() > 1 {
        let before = words[0].tok.checked_sub(1).map(|i| a.token_text(i));
        if matches!(before, Some("in" | "at" | "near" | "outside")) {
            guess = Guess::Place;
        }
    }
    if guess == Guess::Person && words.len() > 1 && !words[0].lex.is_given_name() {
        let before = words[0].tok.checked_sub(1).map(|i| a.token_text(i));
        match before {
            Some("in" | "near" | "outside" | "across") => guess = Guess::Place,
            Some("the") => guess = Guess::Org,
            _ => {}
        }
    }
    // "WikiLeaks", "NewsOne": an inner capital is a name even in a headline.
    // A headline's "Los Angeles Times" or "Sinaloa Cartel" is named by its head noun.
    let shaped = guess == Guess::Org
        && (words.len() == 1 && !is_initialism(words[0].text)
            || words.len() > 1
                && (words.last().is_some_and(|w| w.lex.is_org_head())
                    || words.windows(2).any(|p| {
                        p[0].lex.is_org_head() && matches!(p[1].key, "of" | "on" | "for")
                    })));
    push(a, words, guess, weak && !shaped, None, out);
}

/// The index of the first title word that introduces a name: "President" in "President
/// Barack Obama", not "Justice" in "Justice Department" nor "Attorney" in "Office of the
/// Attorney General".
fn title_position(words: &[Word]) -> Option<usize> {
    let last = words.last()?;
    if last.lex.is_org_head() || last.lex.is_misc_head() {
        return None;
    }
    (0..words.len().saturating_sub(1)).find(|&i| is_title_at(words, i))
}

fn is_title_at(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // "Office of the Press Secretary": after an organisation's "of", titles are part of
    // its name.
    let after_of = i > 0 && matches!(words[i - 1].key, "of" | "the")
        || (1..i).any(|j| words[j].key == "of" && words[j - 1].lex.is_org_head());
    // "Procuraduría General de la República": a Spanish connector after it means the word
    // is part of an institution's name.
    let before_connector = words
        .get(i + 1)
        .is_some_and(|n| n.key != "of" && !n.capitalised);
    w.lex.is_person_title() && w.capitalised && !after_of && !before_connector
}

fn split_at_title(
    a: &Analysis,
    words: &[Word],
    t: usize,
    weak: bool,
    doc: &DocWords,
    out: &mut Vec<Candidate>,
) {
    // What comes before the title: "Texas Gov.", "Homeland Security Secretary".
    if t > 0 {
        push_title_part(a, &words[..t], weak, doc, out);
    }
    // The title: title words, possibly with an agency inside ("Acting DEA Administrator"),
    // then "of" + a department or a place ("Secretary of Homeland Security").
    let mut k = t;
    loop {
        while k < words.len() && is_title_at(words, k) {
            k += 1;
        }
        // Another title later, with a name after it: the words between belong to the role.
        let next_title = (k + 1..words.len().saturating_sub(1)).find(|&j| is_title_at(words, j));
        match next_title {
            Some(j) if words[k].key != "of" && j - k <= 3 => {
                push_title_part(a, &words[k..j], weak, doc, out);
                k = j;
            }
            _ => break,
        }
    }
    let mut role_end = k;
    if k < words.len() && words[k].key == "of" {
        let mut d = k + 1;
        if d < words.len() && words[d].key == "the" {
            d += 1;
        }
        let rest = &words[d..];
        // "the Secretary of Homeland Security" names an office, not its holder; so does a
        // title ending in a department word ("Secretary of State").
        let generic = words[t].tok > 0
            && matches!(a.token_text(words[t].tok - 1), "the" | "The")
            && !rest.iter().skip(1).any(|w| w.lex.is_given_name());
        let ends_in_department = rest.last().is_some_and(|w| w.lex.is_department_word());
        // Where the person's name starts: the first given name, else the last word.
        let person_at = if rest.len() <= 1 || generic || ends_in_department {
            rest.len()
        } else {
            (1..rest.len())
                .find(|&i| rest[i].lex.is_given_name())
                .unwrap_or(rest.len() - 1)
        };
        let dept = &rest[..person_at];
        if !dept.is_empty() {
            let dept_guess = guess_words(dept, false, doc);
            if dept_guess == Guess::Place || dept_guess == Guess::Org || dept.len() >= 2 {
                let g = if dept_guess == Guess::Place {
                    Guess::Place
                } else {
                    Guess::Org
                };
                push(a, dept, g, weak, None, out);
            }
        }
        role_end = d + person_at;
    }
    // The role includes an agency or office before the title ("Homeland Security
    // Secretary", "Foreign Minister") but not a place ("Texas Gov.").
    let role_start = if t > 0 && guess_words(&words[..t], false, doc) != Guess::Place {
        0
    } else {
        t
    };
    let mut role = span_of(a, &words[role_start..role_end.max(t + 1).min(words.len())]);
    if let (Some(r), Some(w)) = (role, words.get(role_end.max(t + 1) - 1)) {
        role = Some(with_period(a, w.tok, r));
    }
    // Courtesy titles are not roles.
    let courtesy = role_end == t + 1
        && role_start == t
        && matches!(words[t].key, "mr" | "mrs" | "ms" | "miss" | "madam" | "sir");
    if courtesy {
        role = None;
    }
    let name = &words[role_end.min(words.len())..];
    // "Ranking Members": no name follows the title.
    let titles_only = name.iter().all(is_title_or_titles);
    if !name.is_empty() && !titles_only {
        // "Ambassador William R. Brownfield" is a person even in a Title Case line.
        let named = name.len() >= 2 && name[0].lex.is_given_name();
        push(a, name, Guess::Person, weak && !named, role, out);
    }
}

/// "Gov." keeps its period.
fn with_period(a: &Analysis, word_tok: usize, r: Span) -> Span {
    let dot = word_tok + 1;
    if dot < a.tokens.len() && a.token_text(dot) == "." && a.tokens[dot].start == r.end {
        Span::new(r.start, r.end + 1)
    } else {
        r
    }
}

/// The word is written straight before a hyphen ("AK-47", "SUV-type").
fn a_hyphen_follows(w: &Word) -> bool {
    w.hyphen_after
}

/// Words next to a title that are not the person: a place ("Texas Gov."), an agency
/// ("DEA Administrator", "Homeland Security Secretary"); a lone common word ("Defense
/// Secretary") is just part of the role.
fn push_title_part(
    a: &Analysis,
    part: &[Word],
    weak: bool,
    doc: &DocWords,
    out: &mut Vec<Candidate>,
) {
    match guess_words(part, false, doc) {
        Guess::Place => push(a, part, Guess::Place, weak, None, out),
        Guess::Org => push(a, part, Guess::Org, weak, None, out),
        _ if part.len() >= 2 => push(a, part, Guess::Org, weak, None, out),
        _ => {}
    }
}

/// A guess from the gazetteers alone, from what they say of a folded phrase.
fn lex_guess(lex: Lex) -> Option<Guess> {
    if lex.is_place() {
        Some(Guess::Place)
    } else if lex.is_bare_institution() {
        Some(Guess::Org)
    } else {
        None
    }
}

/// What the lexicons say of the words' keys joined by spaces (a single word's answer is
/// the token's, looked up once per document).
fn phrase_lex(words: &[Word]) -> Lex {
    if let [w] = words {
        return w.lex;
    }
    // `joined_key` on the stack when the phrase fits (asked several times per run).
    let mut buf = [0u8; 64];
    let mut n = 0;
    for w in words {
        let space = usize::from(n > 0);
        let Some(dst) = buf.get_mut(n..n + space + w.key.len()) else {
            return Lex::of(&joined_key(words));
        };
        if let Some((first, rest)) = dst.split_first_mut().filter(|_| space == 1) {
            *first = b' ';
            rest.copy_from_slice(w.key.as_bytes());
        } else {
            dst.copy_from_slice(w.key.as_bytes());
        }
        n += space + w.key.len();
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(key) => Lex::of(key),
        Err(_) => Lex::of(&joined_key(words)),
    }
}

/// Type a title-free sequence of name words.
fn guess_words(words: &[Word], sentence_initial: bool, doc: &DocWords) -> Guess {
    guess_words_with(words, None, sentence_initial, doc)
}

/// [`guess_words`], given `phrase_lex(words)` when the caller has it already.
fn guess_words_with(
    words: &[Word],
    words_lex: Option<Lex>,
    sentence_initial: bool,
    doc: &DocWords,
) -> Guess {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Guess::Unknown;
    };
    if let Some(g) = lex_guess(words_lex.unwrap_or_else(|| phrase_lex(words))) {
        return g;
    }
    // ("The DEA's agents": the possessive is no part of the initialism.)
    if words.len() == 1 && is_initialism(strip_possessive(first.text)) {
        // "SUV", "UPDATE", "AK-47": common nouns and model names in capitals.
        let model = a_hyphen_follows(first);
        if first.lex.is_common_acronym() || model || doc.seen_lowercase(first.text) {
            return Guess::Unknown;
        }
        return Guess::Org;
    }
    if words.len() > 1 && first.lex.is_leading_org_head() {
        return Guess::Org;
    }
    if last.lex.is_org_head() {
        // A bare head noun opening a sentence ("Police said") is a common noun.
        return if words.len() == 1 && sentence_initial {
            Guess::Unknown
        } else {
            Guess::Org
        };
    }
    if last.lex.is_misc_head() || first.lex.is_misc_head() && words.len() > 1 {
        return Guess::Misc;
    }
    // "X of Y": the head before "of" decides ("University of Texas", "Gulf of Mexico").
    if let Some(of) = words
        .iter()
        .position(|w| matches!(w.key, "of" | "on" | "for"))
    {
        if let Some(head) = words[..of].last() {
            if head.lex.is_org_head() {
                return Guess::Org;
            }
            if head.lex.is_place_head() {
                return Guess::Place;
            }
            if head.lex.is_misc_head() {
                return Guess::Misc;
            }
        }
    }
    // "Ciudad Juárez", "Avenida Revolución", "Colonia Roma": Spanish place heads lead.
    let leading_place_head = matches!(
        first.key,
        "ciudad"
            | "avenida"
            | "calle"
            | "colonia"
            | "paseo"
            | "bulevar"
            | "carretera"
            | "autopista"
    );
    if last.lex.is_place_head() && words.len() > 1 || leading_place_head && words.len() > 1 {
        return Guess::Place;
    }
    if words.len() > 1 && matches!(first.key, "los" | "las" | "la" | "el") {
        return Guess::Org; // "Los Zetas", "La Familia": gangs and outlets named in Spanish
    }
    // "Interior Minister" before a comma: a title with no name after it.
    if words.len() > 1 && last.lex.is_person_title() {
        return Guess::Unknown;
    }
    // "Ranking Members": titles, even in the plural, name no one.
    if words.iter().all(is_title_or_titles) {
        return Guess::Unknown;
    }
    if words.len() == 1 {
        let w = first;
        let mut inner = w.text.chars();
        inner.next();
        // "DTOs" is a plural acronym, a common noun.
        let plural_acronym = w.text.ends_with('s') && is_all_caps(&w.text[..w.text.len() - 1]);
        if inner.any(char::is_uppercase)
            && !plural_acronym
            && !w.text.starts_with("Mc")
            && !w.text.starts_with("Mac")
        {
            return Guess::Org; // "WikiLeaks", "NewsOne"
        }
        return Guess::Unknown;
    }
    // "ICE Homeland Security Investigations": an initialism inside marks an organisation.
    let agency_initialism =
        |w: &Word| is_initialism(w.text) && w.text.len() > 2 && !w.lex.is_country_alias();
    // "Army Rangers", "Police Federal": a leading head noun makes a unit, not a person.
    if first.lex.is_org_head() && !first.lex.is_given_name() {
        return Guess::Org;
    }
    // "Navy SEALs": a plural acronym inside is a unit or a group too.
    let plural_acronym = |w: &Word| {
        w.text.len() > 2 && w.text.ends_with('s') && is_all_caps(&w.text[..w.text.len() - 1])
    };
    if (words.iter().any(agency_initialism) || words.iter().any(plural_acronym))
        && !words.iter().all(|w| w.all_caps)
    {
        return Guess::Org;
    }
    // "Homeland Security", "Foreign Affairs": a department's name.
    if last.lex.is_department_word() && !first.lex.is_given_name() {
        return Guess::Org;
    }
    // "Sierra Madre", "San Cristóbal", "Fort Hancock": place-forming first words.
    if first.lex.is_place_prefix() {
        return Guess::Place;
    }
    // "Attorney General" alone names an office.
    if words
        .iter()
        .all(|w| w.lex.is_person_title() || !w.capitalised)
    {
        return Guess::Unknown;
    }
    // Otherwise two to four name-shaped words are most often a person's name, unless the
    // document writes its words in lower case too ("Drug Trafficking").
    if first.lex.is_given_name() && !sentence_initial || words.len() >= 2 && words.len() <= 4 {
        let namelike = words.iter().all(|w| {
            !w.capitalised
                || (!w.lex.is_demonym()
                    && !w.lex.is_place()
                    && !w.lex.is_stop_word()
                    && !doc.seen_lowercase(w.text))
        });
        if namelike || first.lex.is_given_name() {
            return Guess::Person;
        }
    }
    Guess::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_words_know_run_words_written_in_lower_case() {
        let text = "Guns and Drones came. The guns were old; the Árboles had árboles. \
            Counterrevolutionarieslongwordss met counterrevolutionarieslongwordss.";
        let a = Analysis::new(text);
        let keys = TokenKeys::new(&a);
        let runs = super::super::candidates::runs(&a, &keys);
        let doc = DocWords::new(&a, &runs);
        assert!(doc.seen_lowercase("Guns"));
        assert!(!doc.seen_lowercase("Drones"));
        assert!(doc.seen_lowercase("Árboles"));
        assert!(doc.seen_lowercase("Counterrevolutionarieslongwordss"));
    }

    #[test]
    fn a_shape_lower_cased_in_place_is_the_shape_of_the_lower_cased_word() {
        for w in [
            "Guns", "DEA", "x", "McAllen", "Árboles", "ÉL", "U.S.", "O'Neill", "aB",
        ] {
            let mut direct = ShapeFilter([0; FILTER_WORDS]);
            direct.insert_lowercase(w);
            let mut copied = ShapeFilter([0; FILTER_WORDS]);
            with_lowercase(w, |q| copied.insert(q));
            assert_eq!(direct.0, copied.0, "{w:?}");
        }
    }
}
