//! Grouping: every way a document refers to one referent becomes one entity. Surnames join
//! the full name ("Calderón" -> "Felipe Calderón"), accents and case are ignored, country
//! short forms meet ("U.S." = "United States"), acronyms meet their long forms, and
//! "Department of State" meets "State Department".

use super::candidates::{is_initialism, strip_possessive};
use super::classify::{Candidate, Guess};
use super::keys::TokenKeys;
use super::lexicon::WordHasher;
use super::lexicon::{
    country_alias, fold, fold_into, is_country, is_given_name, is_name_connector, is_org_head,
    is_region, state_abbreviation,
};
use crate::model::{Entity, EntityType, Mention, Role, Span};
use crate::text::Analysis;
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// An entity under construction. Words and keys borrow from the per-candidate keys that
/// `group` computes once, so placing a mention allocates no strings.
struct Group<'k> {
    guess: Guess,
    /// Folded words of the fullest name seen (for people: name parts).
    words: &'k [&'k str],
    /// Folded keys of every surface form.
    keys: Few<&'k str>,
    mentions: Few<Span>,
    roles: Few<Span>,
}

impl Group<'_> {
    fn has_key(&self, key: &str) -> bool {
        self.keys.contains(&key)
    }
}

/// A word -> groups index that is only looked up, never iterated (so a hash map: its
/// order cannot reach the output).
type WordIndex<'k> = HashMap<&'k str, Ids, BuildHasherDefault<WordHasher>>;

/// A short list kept inline while it holds at most one item: most groups have one key and
/// one mention, and most index keys lead to one group, so most lists need no heap block.
#[derive(Debug, Clone, Default)]
enum Few<T> {
    #[default]
    None,
    One(T),
    Many(Vec<T>),
}

impl<T: Copy + PartialEq> Few<T> {
    fn as_slice(&self) -> &[T] {
        match self {
            Few::None => &[],
            Few::One(x) => std::slice::from_ref(x),
            Few::Many(v) => v,
        }
    }
    fn as_mut_slice(&mut self) -> &mut [T] {
        match self {
            Few::None => &mut [],
            Few::One(x) => std::slice::from_mut(x),
            Few::Many(v) => v,
        }
    }
    fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }
    fn contains(&self, x: &T) -> bool {
        self.as_slice().contains(x)
    }
    fn first(&self) -> Option<&T> {
        self.as_slice().first()
    }
    fn is_empty(&self) -> bool {
        matches!(self, Few::None)
    }
    /// Add `x` at the end.
    fn push(&mut self, x: T) {
        match self {
            Few::None => *self = Few::One(x),
            Few::One(y) => *self = Few::Many(vec![*y, x]),
            Few::Many(v) => v.push(x),
        }
    }
    /// Add `x` unless it is there already.
    fn push_new(&mut self, x: T) {
        if !self.contains(&x) {
            self.push(x);
        }
    }
}

impl<'a, T: Copy + PartialEq> IntoIterator for &'a Few<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The groups one index key leads to, in the order they were added.
type Ids = Few<usize>;

/// The groups with indexes, so each mention is placed by a few map look-ups rather than a
/// scan of every group (documents of a megabyte stay linear).
struct Groups<'k> {
    list: Vec<Group<'k>>,
    /// Folded surface key -> groups that have it.
    by_key: WordIndex<'k>,
    /// Surname (last name word) -> person groups.
    by_last: WordIndex<'k>,
    /// Any name word but the first -> person groups with two or more name words.
    by_part: WordIndex<'k>,
    /// First name word -> person groups with two or more name words.
    by_first: WordIndex<'k>,
    /// Initials of an organisation key -> organisation groups.
    by_initials: BTreeMap<String, Ids>,
    /// The distinctive words of place keys with a place prefix ("juarez" of "ciudad
    /// juarez"): most single words have none, and then [`prefixed_place`] needs no look-up.
    prefixed_rests: HashSet<&'k str, BuildHasherDefault<WordHasher>>,
}

fn index_push<'k>(map: &mut WordIndex<'k>, key: &'k str, g: usize) {
    match map.entry(key) {
        Entry::Vacant(e) => {
            e.insert(Few::One(g));
        }
        Entry::Occupied(mut e) => e.get_mut().push_new(g),
    }
}

fn initials_push(map: &mut BTreeMap<String, Ids>, key: String, g: usize) {
    map.entry(key).or_default().push_new(g);
}

impl<'k> Groups<'k> {
    /// Indexes sized for `n` mentions up front (growing them cost more than filling them).
    fn with_capacity(n: usize) -> Self {
        let index = || WordIndex::with_capacity_and_hasher(n, Default::default());
        Groups {
            list: Vec::with_capacity(n),
            by_key: index(),
            by_last: index(),
            by_part: index(),
            by_first: index(),
            by_initials: BTreeMap::new(),
            prefixed_rests: HashSet::default(),
        }
    }

    fn with_key(&self, key: &str) -> &[usize] {
        self.by_key.get(key).map_or(&[], |v| v.as_slice())
    }

    /// The group of this type with this key.
    fn find(&self, guess: Guess, key: &str) -> Option<usize> {
        self.with_key(key)
            .iter()
            .copied()
            .find(|&g| self.list[g].guess == guess)
    }
}

/// Folded comparison key of a mention: no accents, case, periods, possessive or leading
/// "the"; country short forms resolved; "Department of X" -> "x department"; a leading
/// "U.S." dropped from organisation names.
fn mention_key_into(text: &str, guess: Guess, k: &mut String) {
    fold_into(strip_possessive(text), k);
    // Edited in place (most keys need no edit): no second string per mention. (A byte
    // search first: setting up a substring search costs more than most keys.)
    if k.as_bytes().contains(&b'&') && k.contains(" & ") {
        *k = k.replace(" & ", " and ");
    }
    if k.starts_with("the ") {
        k.drain(.."the ".len());
    }
    if guess == Guess::Place {
        if let Some(c) = country_alias(k).or_else(|| state_abbreviation(k)) {
            fold_into(c, k);
            return;
        }
    }
    if guess == Guess::Org {
        // "Los Zetas" and "the Zetas" are one gang.
        for prefix in ["us ", "united states ", "u s ", "los ", "las "] {
            if k.starts_with(prefix) {
                k.drain(..prefix.len());
            }
        }
        // "the Gulf cartels", "the Gulf cartel" and "Gulf" in "the Gulf and Sinaloa cartels";
        // "the Sinaloa organization" is the Sinaloa cartel.
        for head in [" cartels", " cartel", " organization", " organisation"] {
            if let Some(rest) = k.strip_suffix(head) {
                k.truncate(rest.len());
                break;
            }
        }
        for head in ["department", "ministry", "secretariat"] {
            if let Some(rest) = k.strip_prefix(head).and_then(|r| r.strip_prefix(" of ")) {
                *k = format!("{rest} {head}");
            }
        }
    }
}

/// The folded comparison key of every candidate, in one buffer: `(keys buffer, end of each
/// key in it)` (one allocation per document rather than one per mention).
fn mention_keys(text: &str, cands: &[Candidate]) -> (String, Vec<usize>) {
    let mut all = String::with_capacity(cands.len() * 12);
    let mut ends = Vec::with_capacity(cands.len());
    let mut key = String::new();
    for c in cands {
        mention_key_into(
            text.get(c.span.start..c.span.end).unwrap_or(""),
            c.guess,
            &mut key,
        );
        all.push_str(&key);
        ends.push(all.len());
    }
    (all, ends)
}

/// [`name_words`] of every key, in one buffer: `(words, end of each key's words in it)`.
fn all_name_words<'k>(keys: &[&'k str]) -> (Vec<&'k str>, Vec<usize>) {
    let mut words = Vec::with_capacity(keys.len() * 2);
    let mut ends = Vec::with_capacity(keys.len());
    for k in keys {
        name_words_into(k, &mut words);
        ends.push(words.len());
    }
    (words, ends)
}

/// Consecutive slices of `all` ending at `ends`.
fn split_at_ends<'s, T>(all: &'s [T], ends: &[usize]) -> Vec<&'s [T]> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let part = all.get(start..end).unwrap_or_default();
            start = end;
            part
        })
        .collect()
}

/// The name words of a key (no connectors, suffixes or single letters), appended to `out`.
fn name_words_into<'k>(key: &'k str, out: &mut Vec<&'k str>) {
    // (Connectors and suffixes are at most three bytes: longer words skip those tests.)
    out.extend(key.split(' ').filter(|w| {
        w.len() > 3
            || !w.is_empty()
                && !is_name_connector(w)
                && w.len() > 1
                && !matches!(*w, "jr" | "sr" | "ii" | "iii" | "iv")
    }));
}

/// Initials of the capitalised words of a name ("Drug Enforcement Administration" -> "dea").
fn initials(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`initials`] of ASCII text with at most 16 of them, built in `buf`; None otherwise.
fn ascii_initials<'b>(text: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if !text.is_ascii() {
        return None;
    }
    let mut n = 0;
    let mut word_start = true;
    for b in text.bytes() {
        // `char::is_whitespace` on ASCII.
        let separator = matches!(b, b'\t'..=b'\r' | b' ' | b'-');
        if word_start && b.is_ascii_uppercase() {
            *buf.get_mut(n)? = b.to_ascii_lowercase();
            n += 1;
        }
        word_start = separator;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// Is `short` (all letters) a subsequence of `long`, starting with its first letter?
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

/// Group candidates (sorted by position) into entities.
pub fn group(a: &Analysis, token_keys: &TokenKeys, mut cands: Vec<Candidate>) -> Vec<Entity> {
    let text = a.text;
    bind_parenthesised_acronyms(a, &mut cands);
    let (key_text, key_ends) = mention_keys(text, &cands);
    let mut start = 0;
    let keys: Vec<&str> = key_ends
        .iter()
        .map(|&end| {
            let key = key_text.get(start..end).unwrap_or_default();
            start = end;
            key
        })
        .collect();
    // Each candidate's name words, split once (the passes below ask for them several times);
    // `attach` takes them, and a candidate is attached at most once.
    let (all_words, word_ends) = all_name_words(&keys);
    let mut words_of: Vec<&[&str]> = split_at_ends(&all_words, &word_ends);
    let mut groups = Groups::with_capacity(cands.len());
    let mut assigned: Vec<Option<usize>> = vec![None; cands.len()];

    // Pass 1: confident multi-word people, then every other confident typed mention.
    let order_person: Vec<usize> = (0..cands.len())
        .filter(|&i| !cands[i].weak && cands[i].guess == Guess::Person && words_of[i].len() >= 2)
        .collect();
    for i in order_person {
        let words = std::mem::take(&mut words_of[i]);
        let found = words.last().and_then(|last| {
            groups.by_last.get(last).and_then(|v| {
                v.iter()
                    .copied()
                    .find(|&g| same_person(groups.list[g].words, words))
            })
        });
        assigned[i] = Some(attach(&mut groups, found, &cands[i], keys[i], words));
    }
    for i in 0..cands.len() {
        if assigned[i].is_some() || cands[i].weak {
            continue;
        }
        let c = &cands[i];
        match c.guess {
            Guess::Org | Guess::Place | Guess::Misc => {
                // "Perry" the town or Rick Perry? In a document naming the person, the person.
                if c.guess == Guess::Place && !is_country(keys[i]) && !is_region(keys[i]) {
                    if let Some(g) = surname_group(&groups, words_of[i], c.span, None, text) {
                        let words = std::mem::take(&mut words_of[i]);
                        assigned[i] = Some(attach(&mut groups, Some(g), c, keys[i], words));
                        continue;
                    }
                }
                let found = c
                    .link
                    .and_then(|j| assigned[j])
                    .or_else(|| groups.find(c.guess, keys[i]))
                    .or_else(|| {
                        (c.guess == Guess::Place)
                            .then(|| prefixed_place(&groups, words_of[i]))
                            .flatten()
                    })
                    .or_else(|| acronym_group(&groups, c.guess, text, c.span))
                    .or_else(|| contained_org(&groups.list, c.guess, keys[i]));
                assigned[i] = Some(attach(
                    &mut groups,
                    found,
                    c,
                    keys[i],
                    std::mem::take(&mut words_of[i]),
                ));
            }
            _ => {}
        }
    }
    let doc_guess = unknown_guesses(a, token_keys, &cands, &keys, &groups.list, &assigned);
    // Pass 2: single names and unknowns join what the document already names.
    for i in 0..cands.len() {
        if assigned[i].is_some() {
            continue;
        }
        let c = &cands[i];
        let words = std::mem::take(&mut words_of[i]);
        if let Some(g) = c.link.and_then(|l| assigned[l]) {
            assigned[i] = Some(attach(&mut groups, Some(g), c, keys[i], words));
            continue;
        }
        let found = find_existing(&groups, keys[i], words, text, c);
        let found = match found {
            Some(g) => Some(g),
            None if c.weak => None,
            None => {
                let guess = match c.guess {
                    Guess::Unknown => doc_guess.get(keys[i]).copied().unwrap_or(Guess::Misc),
                    g => g,
                };
                let mut c2 = c.clone();
                c2.guess = guess;
                let same = groups.find(guess, keys[i]);
                assigned[i] = Some(attach(&mut groups, same, &c2, keys[i], words));
                continue;
            }
        };
        if let Some(g) = found {
            assigned[i] = Some(attach(&mut groups, Some(g), c, keys[i], words));
        }
    }
    finish(a, groups.list)
}

/// Two full names of one person: same surname and same first name, or one name's words end
/// the other's ("Medina Mora" / "Eduardo Medina Mora", "Hillary Clinton" / "Hillary Rodham
/// Clinton").
fn same_person(a: &[&str], b: &[&str]) -> bool {
    let (Some(al), Some(bl)) = (a.last(), b.last()) else {
        return false;
    };
    if al != bl {
        return false;
    }
    a.first() == b.first() || a.ends_with(b) || b.ends_with(a)
}

fn attach<'k>(
    groups: &mut Groups<'k>,
    found: Option<usize>,
    c: &Candidate,
    key: &'k str,
    words: &'k [&'k str],
) -> usize {
    let g = match found {
        Some(g) => g,
        None => {
            groups.list.push(Group {
                guess: c.guess,
                words: &[],
                keys: Few::None,
                mentions: Few::None,
                roles: Few::None,
            });
            groups.list.len() - 1
        }
    };
    let grp = &mut groups.list[g];
    if words.len() > grp.words.len() {
        grp.words = words;
        if grp.guess == Guess::Person {
            if let Some(&last) = grp.words.last() {
                index_push(&mut groups.by_last, last, g);
            }
            for &w in grp.words.iter().skip(1) {
                index_push(&mut groups.by_part, w, g);
            }
            if grp.words.len() > 1 {
                if let Some(&first) = grp.words.first() {
                    index_push(&mut groups.by_first, first, g);
                }
            }
        }
    }
    let grp = &mut groups.list[g];
    if !grp.has_key(key) {
        grp.keys.push(key);
        index_push(&mut groups.by_key, key, g);
        if grp.guess == Guess::Place {
            if let Some(rest) = PLACE_PREFIXES
                .iter()
                .find_map(|p| key.strip_prefix(p).and_then(|r| r.strip_prefix(' ')))
            {
                groups.prefixed_rests.insert(rest);
            }
        }
        if grp.guess == Guess::Org {
            initials_push(&mut groups.by_initials, k_initials(key), g);
        }
    }
    let grp = &mut groups.list[g];
    grp.mentions.push_new(c.span);
    for r in [c.role, c.appositive].into_iter().flatten() {
        grp.roles.push_new(r);
    }
    g
}

/// An organisation this initialism abbreviates ("DEA" for "Drug Enforcement Administration").
fn acronym_group(groups: &Groups, guess: Guess, text: &str, span: Span) -> Option<usize> {
    let s = &text[span.start..span.end];
    if guess != Guess::Org {
        return None;
    }
    let is_org = |g: &usize| groups.list[*g].guess == Guess::Org;
    if is_initialism(s) {
        let mut buf = [0u8; 16];
        let acr =
            ascii_initialism_key(s, &mut buf).map_or_else(|| Cow::Owned(fold(s)), Cow::Borrowed);
        let acr: &str = &acr;
        if let Some(g) = groups
            .by_initials
            .get(acr)
            .and_then(|v| v.iter().copied().find(is_org))
        {
            return Some(g);
        }
        // Most of the initials in order ("ATF" for "Bureau of Alcohol, Tobacco, Firearms and
        // Explosives").
        if acr.len() < 3 {
            return None;
        }
        groups.by_initials.iter().find_map(|(ini, v)| {
            (ini.len() <= acr.len() + 2 && is_subsequence(acr, ini))
                .then(|| v.iter().copied().find(is_org))
                .flatten()
        })
    } else {
        let mut buf = [0u8; 16];
        let ini =
            ascii_initials(s, &mut buf).map_or_else(|| Cow::Owned(initials(s)), Cow::Borrowed);
        if ini.len() < 2 {
            return None;
        }
        groups.with_key(&ini).iter().copied().find(is_org)
    }
}

/// `fold(s)` of an ASCII initialism ("U.S." -> "us"), built in `buf`; None for other text.
fn ascii_initialism_key<'b>(s: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    if !s.is_ascii() || s.bytes().any(|b| matches!(b, b'\t'..=b'\r' | b' ')) {
        return None;
    }
    let mut n = 0;
    for b in s.bytes().filter(|&b| b != b'.') {
        *buf.get_mut(n)? = b.to_ascii_lowercase();
        n += 1;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// "La Familia" and "La Familia Michoacana", "Homeland Security" and "Department of
/// Homeland Security": an organisation name of two or more words inside another one.
fn contained_org(groups: &[Group], guess: Guess, key: &str) -> Option<usize> {
    if guess != Guess::Org {
        return None;
    }
    // "the Caucus" after "the Senate Caucus on ...": a bare head noun refers back.
    if !key.contains(' ') {
        if !is_org_head(key) {
            return None;
        }
        return groups.iter().rposition(|g| {
            g.guess == Guess::Org
                && g.keys
                    .iter()
                    .any(|k| k.split(' ').any(|w| w == key) && *k != key)
        });
    }
    // "La Familia Cartel" and "La Familia Michoacana": compare without a generic head.
    let key = ["cartel", "gang", "organization"]
        .iter()
        .find_map(|h| key.strip_suffix(h).map(str::trim_end))
        .filter(|k| k.contains(' '))
        .unwrap_or(key);
    groups.iter().position(|g| {
        g.guess == Guess::Org
            && g.keys
                .iter()
                .any(|k| k.contains(' ') && (contains_words(k, key) || contains_words(key, k)))
    })
}

/// Does `needle` occur in `hay` as whole words, i.e. is `" needle "` inside `" hay "`? Checked
/// in place, without building the padded strings (asked for every key of every org group).
fn contains_words(hay: &str, needle: &str) -> bool {
    let padded_edge = |s: &str| s.is_empty() || s.starts_with(' ') || s.ends_with(' ');
    if padded_edge(needle) {
        // The padding itself could take part in the match: compare literally.
        return format!(" {hay} ").contains(&format!(" {needle} "));
    }
    // A match is a prefix of some suffix of `hay` (checked both ways for every org key).
    if needle.len() > hay.len() {
        return false;
    }
    // `needle` neither starts nor ends with a space, so a whole-word match starts where a
    // word of `hay` starts: try those places only (a plain prefix test each, no substring
    // searcher to set up; this is asked for every key of every org group).
    let fits_at = |start: usize| {
        hay.get(start..).is_some_and(|h| h.starts_with(needle))
            && matches!(hay.as_bytes().get(start + needle.len()), None | Some(b' '))
    };
    fits_at(0)
        || hay
            .bytes()
            .enumerate()
            .any(|(i, b)| b == b' ' && fits_at(i + 1))
}

fn k_initials(key: &str) -> String {
    key.split(' ')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "on" | "de" | "la" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// "Drug Enforcement Administration (DEA)": the initialism in brackets names the same thing
/// as the name right before it, which is an organisation.
fn bind_parenthesised_acronyms(a: &Analysis, cands: &mut [Candidate]) {
    for i in 1..cands.len() {
        let c = &cands[i];
        let t = &a.text[c.span.start..c.span.end];
        if !is_initialism(t) || c.first < 2 || c.end >= a.tokens.len() {
            continue;
        }
        // "Name (ACR)" or, in news style, "Name, or ACR,".
        let bracketed = a.token_text(c.first - 1) == "(" && a.token_text(c.end) == ")";
        let or_form = c.first >= 3
            && a.token_text(c.first - 1) == "or"
            && a.token_text(c.first - 2) == ","
            && matches!(a.token_text(c.end), "," | "." | ";");
        if !bracketed && !or_form {
            continue;
        }
        let gap = if bracketed { 1 } else { 2 };
        // The longest candidate ending right before the bracket.
        let Some(p) = (0..i)
            .filter(|&j| cands[j].end + gap == c.first)
            .min_by_key(|&j| (cands[j].weak, cands[j].span.start))
        else {
            continue;
        };
        let long = &a.text[cands[p].span.start..cands[p].span.end];
        let (ini, acr) = (initials(long), fold(t));
        // A translated name keeps the letters of its acronym in another order ("National
        // Action Party (PAN)").
        let mut sorted_ini: Vec<char> = ini.chars().collect();
        let mut sorted_acr: Vec<char> = acr.chars().collect();
        crate::order::sort(&mut sorted_ini);
        crate::order::sort(&mut sorted_acr);
        let reordered = acr.len() >= 3 && sorted_ini == sorted_acr;
        if is_subsequence(&ini, &acr) || is_subsequence(&acr, &ini) || reordered {
            let prev = &mut cands[p];
            if matches!(prev.guess, Guess::Unknown | Guess::Person) {
                prev.guess = Guess::Org;
            }
            prev.weak = false;
            let guess = prev.guess;
            cands[i].guess = guess;
            cands[i].weak = false;
            cands[i].link = Some(p);
        }
    }
}

/// An existing group a single name or unknown word belongs to.
fn find_existing(
    groups: &Groups,
    key: &str,
    words: &[&str],
    text: &str,
    c: &Candidate,
) -> Option<usize> {
    // Same surface form.
    let same = groups.with_key(key);
    if let Some(&g) = same
        .iter()
        .find(|&&g| groups.list[g].guess == c.guess)
        .or(same.first())
    {
        // "into Juarez" after "CIUDAD JUAREZ" and "the Juarez cartel": the city, whose full
        // name the text gave, not the organisation named after it.
        if c.guess == Guess::Unknown && groups.list[g].guess == Guess::Org {
            if let Some(p) = prefixed_place(groups, words) {
                return Some(p);
            }
        }
        if c.guess == Guess::Unknown || c.guess == groups.list[g].guess || c.weak {
            return Some(g);
        }
    }
    // A surname or later part of a person's full name.
    if matches!(c.guess, Guess::Person | Guess::Unknown) || c.weak {
        let role = c.role.and_then(|r| text.get(r.start..r.end));
        if let Some(g) = surname_group(groups, words, c.span, role, text) {
            return Some(g);
        }
    }
    // "Hillary" after "Hillary Clinton": a given name alone, when one person has it.
    if matches!(c.guess, Guess::Person | Guess::Unknown)
        && words.len() == 1
        && is_given_name(words[0])
    {
        if let Some(v) = groups.by_first.get(words[0]) {
            let people: Vec<usize> = v
                .iter()
                .copied()
                .filter(|&g| {
                    groups.list[g].guess == Guess::Person
                        && groups.list[g].words.first() == words.first()
                })
                .collect();
            if let [g] = people.as_slice() {
                return Some(*g);
            }
        }
    }
    if matches!(c.guess, Guess::Unknown | Guess::Place) {
        if let Some(g) = prefixed_place(groups, words) {
            return Some(g);
        }
    }
    if c.guess == Guess::Org || c.guess == Guess::Unknown {
        if let Some(g) = acronym_group(groups, Guess::Org, text, c.span) {
            return Some(g);
        }
    }
    None
}

/// Words that open place names ("Ciudad Juárez" is also "Juárez").
const PLACE_PREFIXES: [&str; 4] = ["ciudad", "san", "santa", "puerto"];

/// "Juárez" after "Ciudad Juárez": the distinctive word of a prefixed place name.
fn prefixed_place(groups: &Groups, words: &[&str]) -> Option<usize> {
    let [word] = words else {
        return None;
    };
    if !groups.prefixed_rests.contains(word) {
        return None;
    }
    let mut key = String::with_capacity(word.len() + 8);
    for prefix in PLACE_PREFIXES {
        key.clear();
        key.push_str(prefix);
        key.push(' ');
        key.push_str(word);
        if let Some(g) = groups.find(Guess::Place, &key) {
            return Some(g);
        }
    }
    None
}

/// The person whose full name ends with (or contains) these words; the nearest preceding
/// full mention wins, else the first following one.
fn surname_group(
    groups: &Groups,
    words: &[&str],
    span: Span,
    role: Option<&str>,
    text: &str,
) -> Option<usize> {
    let last = words.last()?;
    let candidates = groups.by_part.get(*last)?;
    // "President Obama" is not "First Lady Michelle Obama": when both carry titles, one of
    // the person's must agree with the mention's.
    let agrees = |g: &Group| {
        role.is_none_or(|r| {
            g.roles.is_empty()
                || g.roles
                    .iter()
                    .any(|gr| titles_agree(r, text.get(gr.start..gr.end).unwrap_or("")))
        })
    };
    let fits = |g: &Group| {
        g.guess == Guess::Person
            && g.words.len() > words.len()
            && (g.words.ends_with(words) || (words.len() == 1 && g.words[1..].contains(&words[0])))
            && agrees(g)
    };
    let mut best: Option<(usize, usize)> = None; // (group, distance rank)
    for &g in candidates {
        let grp = &groups.list[g];
        if !fits(grp) {
            continue;
        }
        for m in &grp.mentions {
            let rank = if m.start < span.start {
                span.start - m.start
            } else {
                usize::MAX / 2 + m.start
            };
            // (A match rather than `is_none_or`, which needs Rust 1.82; MSRV is 1.80.)
            let better = match best {
                None => true,
                Some((_, r)) => rank < r,
            };
            if better {
                best = Some((g, rank));
            }
        }
    }
    best.map(|(g, _)| g)
}

/// Whether two titles may be one person's: a description goes with any title, so does a
/// courtesy title ("Mr.", "Mrs."), and titles agree when one's noun is a word of the other or abbreviates one
/// ("Gov." and "Governor", "SECRETARY" and "Secretary of Homeland Security", "Ambassador"
/// and "the U.S. ambassador to Mexico"; "President" and "First Lady" not).
fn titles_agree(a: &str, b: &str) -> bool {
    const COURTESY: &[&str] = &[
        "mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta", "señor", "señora",
    ];
    // A description ("the U.S. ambassador to Mexico", "a Democratic congressman", "the
    // army's commander") may name the office in other words: only titles are compared.
    let description = |t: &str| {
        t.contains("'s")
            || t.split_whitespace().count() > 4
            || t.split_whitespace().any(|w| {
                w.starts_with(char::is_lowercase)
                    && !matches!(w, "of" | "and" | "for" | "on" | "the" | "de" | "del" | "la")
            })
    };
    if description(a) || description(b) {
        return true;
    }
    // The title's noun: its last word, or the last before "of" ("Secretary of State").
    fn head(t: &str) -> &str {
        let before_of = t.split(" of ").next().unwrap_or(t);
        before_of
            .split_whitespace()
            .last()
            .map_or("", trim_title_word)
    }
    // `s` begins with `p`, ignoring ASCII case.
    let begins = |s: &str, p: &str| {
        s.get(..p.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(p))
    };
    let (ha, hb) = (head(a), head(b));
    let courtesy = |h: &str| COURTESY.iter().any(|c| c.eq_ignore_ascii_case(h));
    let names = |h: &str, other: &str| {
        other
            .split_whitespace()
            .map(trim_title_word)
            .any(|w| w.len() >= 2 && (begins(w, h) || (w.len() >= 3 && begins(h, w))))
    };
    ha.len() < 2 || hb.len() < 2 || courtesy(ha) || courtesy(hb) || names(ha, b) || names(hb, a)
}

/// A title word without its abbreviation period or a following comma.
fn trim_title_word(w: &str) -> &str {
    w.trim_end_matches(['.', ','])
}

/// One type per unknown word for the whole document: the strongest cue any of its
/// occurrences gives ("Calderon told reporters" settles every "Calderon"), then coordination
/// with a person ("Obama and Calderon").
fn unknown_guesses<'k>(
    a: &Analysis,
    token_keys: &TokenKeys,
    cands: &[Candidate],
    keys: &[&'k str],
    groups: &[Group],
    assigned: &[Option<usize>],
) -> BTreeMap<&'k str, Guess> {
    let rank = |g: Guess| match g {
        Guess::Person => 4,
        Guess::Place => 3,
        Guess::Org => 2,
        _ => 0,
    };
    let mut out: BTreeMap<&str, Guess> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.guess != Guess::Unknown || c.weak {
            continue;
        }
        let g = context_guess(a, token_keys, c);
        let e = out.entry(keys[i]).or_insert(Guess::Misc);
        if rank(g) > rank(*e) {
            *e = g;
        }
    }
    let is_person = |i: usize, out: &BTreeMap<&str, Guess>| {
        cands[i].guess == Guess::Person
            || assigned[i].is_some_and(|g| groups[g].guess == Guess::Person)
            || out.get(keys[i]) == Some(&Guess::Person)
    };
    for i in 0..cands.len() {
        let target = cands[i].end + 1;
        let j = cands.partition_point(|c| c.first < target);
        if j >= cands.len() || cands[j].first != target {
            continue;
        }
        if cands[i].end >= a.tokens.len() || !matches!(a.token_text(cands[i].end), "and" | "or") {
            continue;
        }
        for (x, y) in [(i, j), (j, i)] {
            if is_person(x, &out) && out.get(keys[y]) == Some(&Guess::Misc) {
                out.insert(keys[y], Guess::Person);
            }
        }
    }
    out
}

/// Plural (and collective) nouns for people that open news sentences before a speech
/// verb: capitalised only because they come first.
fn is_people_noun(key: &str) -> bool {
    matches!(
        key,
        "officials"
            | "witnesses"
            | "residents"
            | "authorities"
            | "police"
            | "prosecutors"
            | "investigators"
            | "analysts"
            | "critics"
            | "experts"
            | "survivors"
            | "neighbors"
            | "neighbours"
            | "relatives"
            | "lawmakers"
            | "legislators"
            | "activists"
            | "doctors"
            | "soldiers"
            | "agents"
            | "officers"
            | "detectives"
            | "sources"
            | "observers"
            | "diplomats"
            | "researchers"
            | "scholars"
            | "economists"
            | "historians"
            | "organizers"
            | "organisers"
            | "protesters"
            | "demonstrators"
            | "supporters"
            | "opponents"
            | "victims"
            | "families"
            | "parents"
            | "students"
            | "teachers"
            | "workers"
            | "farmers"
            | "villagers"
            | "migrants"
            | "immigrants"
            | "citizens"
            | "civilians"
            | "volunteers"
            | "employees"
            | "executives"
            | "leaders"
            | "members"
            | "spokesmen"
            | "spokeswomen"
            | "paramedics"
            | "firefighters"
            | "rescuers"
            | "troops"
            | "guards"
            | "deputies"
            | "attorneys"
            | "lawyers"
            | "judges"
            | "senators"
            | "governors"
            | "mayors"
            | "ministers"
            | "reporters"
            | "journalists"
            | "advocates"
            | "gunmen"
            | "smugglers"
            | "traffickers"
            | "people"
            | "others"
            | "many"
            | "some"
            | "both"
    )
}

/// Settle an unknown capitalised word from its neighbours: "X said" names a person,
/// "in X" a place; otherwise it stays MISC (unscored, so unclaimed words cost nothing).
fn context_guess(a: &Analysis, keys: &TokenKeys, c: &Candidate) -> Guess {
    let next = (c.end < a.tokens.len()).then(|| a.token_text(c.end));
    let prev = (c.first > 0).then(|| a.token_text(c.first - 1));
    let speech = |w: &str| {
        matches!(
            w,
            "said"
                | "says"
                | "told"
                | "added"
                | "argued"
                | "warned"
                | "noted"
                | "explained"
                | "insisted"
                | "asked"
                | "wrote"
                | "testified"
                | "stated"
                | "agreed"
                | "urged"
                | "declared"
                | "announced"
                | "acknowledged"
                | "recalled"
        )
    };
    // "in Southwestern border towns": a compass adjective is no place by itself.
    if a.text[c.span.start..c.span.end].ends_with("ern") {
        return Guess::Misc;
    }
    // "Officials said", "Witnesses told": a sentence opening with a common noun for
    // people, not a name.
    if c.end == c.first + 1 && is_people_noun(keys.raw(c.first)) {
        return Guess::Misc;
    }
    let relative_who = next == Some(",")
        && c.end + 1 < a.tokens.len()
        && matches!(a.token_text(c.end + 1), "who" | "whose");
    // "the Zetas, who control the shore": a group named with "the" is no person.
    if relative_who && prev == Some("the") {
        return Guess::Org;
    }
    if next.is_some_and(speech) || prev.is_some_and(|p| p == "said" || p == "says") || relative_who
    {
        return Guess::Person;
    }
    if prev.is_some_and(|p| {
        // (`eq_ignore_ascii_case` rather than lower-casing a copy of every word.)
        ["in", "near", "outside", "across", "throughout"]
            .iter()
            .any(|w| p.eq_ignore_ascii_case(w))
    }) {
        return Guess::Place;
    }
    // "WASHINGTON (Reuters) -": the agency in brackets after a dateline.
    if prev == Some("(") && next == Some(")") {
        let line_start = (c.first.saturating_sub(8)..c.first)
            .rev()
            .find(|&k| a.tokens[k].line_start)
            .unwrap_or(0);
        let w = a.token_text(line_start);
        if w.chars().count() > 1 && super::candidates::is_all_caps(w) {
            return Guess::Org;
        }
    }
    // "the Zetas", "the Templarios": a capitalised plural after "the" names a group.
    let word = &a.text[c.span.start..c.span.end];
    let plural_acronym = word
        .strip_suffix('s')
        .is_some_and(|stem| stem.len() > 1 && super::candidates::is_all_caps(stem));
    if prev.is_some_and(|p| p == "the" || p == "The")
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !plural_acronym
    {
        return Guess::Org;
    }
    Guess::Misc
}

fn finish(a: &Analysis, mut groups: Vec<Group>) -> Vec<Entity> {
    let text = a.text;
    for g in &mut groups {
        // A mention inside another of the same entity ("Gulf" in "Gulf cartel", a
        // headline's single words inside its full name) adds nothing: the longer one stays.
        crate::order::sort(g.mentions.as_mut_slice());
        if let Few::Many(v) = &mut g.mentions {
            // Sorted by start, then end: of those sharing a start, the longest comes last.
            let mut kept: Vec<Span> = Vec::with_capacity(v.len());
            for &m in v.iter() {
                while kept.last().is_some_and(|k| k.start == m.start) {
                    kept.pop();
                }
                if kept.last().is_none_or(|k| m.end > k.end) {
                    kept.push(m);
                }
            }
            *v = kept;
        }
        crate::order::sort(g.roles.as_mut_slice());
    }
    crate::order::sort_by_key(&mut groups, |g| g.mentions.first().copied());
    // One buffer for every group's distinct forms.
    let mut forms: Vec<&str> = Vec::new();
    groups
        .into_iter()
        .filter(|g| !g.mentions.is_empty())
        .map(|g| {
            let kind = g.guess.entity_type();
            forms.clear();
            for m in &g.mentions {
                let t = &text[m.start..m.end];
                if !forms.contains(&t) {
                    forms.push(t);
                }
            }
            let canonical = canonical_name(kind, &forms);
            let aliases = forms
                .iter()
                .filter(|f| **f != canonical)
                .map(|f| f.to_string())
                .collect();
            Entity {
                kind,
                canonical,
                mentions: g
                    .mentions
                    .iter()
                    .map(|m| Mention {
                        text: text[m.start..m.end].to_string(),
                        start: m.start,
                        end: m.end,
                    })
                    .collect(),
                aliases,
                roles: g
                    .roles
                    .iter()
                    .map(|r| Role {
                        text: text[r.start..r.end].to_string(),
                        start: r.start,
                        end: r.end,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The fullest name: most words, then mixed case over all caps, then first written.
fn canonical_name(kind: EntityType, forms: &[&str]) -> String {
    if kind == EntityType::Place {
        let mut key = String::new();
        if let Some(c) = forms.iter().find_map(|f| {
            fold_into(f, &mut key);
            country_alias(&key)
        }) {
            return c.to_string();
        }
    }
    // One form is its own fullest name (a person's in capitals is still shown in mixed case).
    if let [only] = forms {
        let capitals = kind == EntityType::Person && !only.chars().any(char::is_lowercase);
        if !capitals || !only.contains(' ') {
            return only.to_string();
        }
    }
    let score = |f: &str| {
        if f.is_ascii() {
            // The same counts on bytes: the names are mostly ASCII.
            let (mut words, mut in_word, mut mixed) = (0, false, false);
            for &b in f.as_bytes() {
                let space = matches!(b, b'\t'..=b'\r' | b' ');
                words += usize::from(!space && !in_word);
                in_word = !space;
                mixed |= b.is_ascii_lowercase();
            }
            return (words, mixed, f.len());
        }
        let words = f.split_whitespace().count();
        let mixed = f.chars().any(char::is_lowercase);
        (words, mixed, f.len())
    };
    // The first form with the highest score (each form scored once).
    let mut best = forms.first().copied().unwrap_or_default();
    let mut best_score = score(best);
    for f in forms.iter().skip(1) {
        let s = score(f);
        if s > best_score {
            best = f;
            best_score = s;
        }
    }
    if kind == EntityType::Person && !best_score.1 && best_score.0 >= 2 {
        return person_in_mixed_case(best, forms);
    }
    if kind == EntityType::Person {
        if let Some(plain) = without_nickname(best) {
            return plain;
        }
    }
    best.to_string()
}

/// 'Joaquín "El Chapo" Guzmán' named without the quoted nickname: "Joaquín Guzmán".
fn without_nickname(name: &str) -> Option<String> {
    let (open, q) = name
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '\u{201C}'))?;
    let inner = open + q.len_utf8();
    let (close, q) = name
        .get(inner..)?
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '\u{201D}'))?;
    let before = name.get(..open)?.trim_end();
    let after = name.get(inner + close + q.len_utf8()..)?.trim_start();
    (!before.is_empty() && !after.is_empty()).then(|| format!("{before} {after}"))
}

/// "STEVE INSKEEP" (a transcript label) as "Steve Inskeep": each word as another form
/// writes it in mixed case ("Steve"), else capitalised.
fn person_in_mixed_case(name: &str, forms: &[&str]) -> String {
    let mut out = String::with_capacity(name.len());
    for (k, w) in name.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let written = forms
            .iter()
            .flat_map(|f| f.split_whitespace())
            .find(|x| x.eq_ignore_ascii_case(w) && x.chars().any(char::is_lowercase));
        match written {
            Some(x) => out.push_str(x),
            None => {
                let mut chars = w.chars();
                if let Some(c) = chars.next() {
                    out.push(c);
                    out.extend(chars.flat_map(char::to_lowercase));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn a_quoted_nickname_is_left_out_of_the_name() {
        let forms = ["Joaquín \"El Chapo\" Guzmán", "Guzmán"];
        let name = super::canonical_name(crate::model::EntityType::Person, &forms);
        assert_eq!(name, "Joaquín Guzmán");
        let forms = ["Servando \u{201C}La Tuta\u{201D} Gómez", "Gómez"];
        let name = super::canonical_name(crate::model::EntityType::Person, &forms);
        assert_eq!(name, "Servando Gómez");
    }

    #[test]
    fn a_person_named_only_in_capitals_gets_a_mixed_case_name() {
        let forms = ["STEVE INSKEEP", "INSKEEP", "Steve"];
        let name = super::canonical_name(crate::model::EntityType::Person, &forms);
        assert_eq!(name, "Steve Inskeep");
    }

    #[test]
    fn ascii_initialism_keys_equal_folding() {
        let mut buf = [0u8; 16];
        for s in [
            "U.S.",
            "DEA",
            "A.T.F",
            "ABCDEFGHIJKLMNOP",
            "ABCDEFGHIJKLMNOPQ",
            "É.U.",
        ] {
            let fast = super::ascii_initialism_key(s, &mut buf).map(str::to_string);
            if let Some(k) = fast {
                assert_eq!(k, super::fold(s), "{s:?}");
            } else {
                assert!(!s.is_ascii() || s.len() > 16, "{s:?}");
            }
        }
    }

    #[test]
    fn ascii_initials_equal_initials() {
        let mut buf = [0u8; 16];
        for s in [
            "Drug Enforcement Administration",
            "France-Presse  Agence",
            "the Bureau of Alcohol, Tobacco",
            " A b C\tD\nE-F--G ",
            "",
            "A B C D E F G H I J K L M N O P",
            "A B C D E F G H I J K L M N O P Q",
            "Procuraduría General",
        ] {
            match super::ascii_initials(s, &mut buf) {
                Some(k) => assert_eq!(k, super::initials(s), "{s:?}"),
                None => assert!(!s.is_ascii() || super::initials(s).len() > 16, "{s:?}"),
            }
        }
    }

    #[test]
    fn few_lists_keep_order_and_spill_to_the_heap_past_one_item() {
        let mut few = super::Few::default();
        assert!(few.is_empty() && few.first().is_none());
        few.push(5);
        assert!(matches!(few, super::Few::One(5)));
        few.push(2);
        few.push(5);
        assert_eq!(few.as_slice(), &[5, 2, 5]);
        few.as_mut_slice().sort_unstable();
        assert_eq!(few.as_slice(), &[2, 5, 5]);
        assert!(few.contains(&2) && !few.contains(&7) && !few.is_empty());
    }

    #[test]
    fn group_ids_keep_first_insertion_order_without_repeats() {
        let mut ids = super::Ids::One(3);
        for g in [3, 5, 3, 7, 5] {
            ids.push_new(g);
        }
        assert_eq!(ids.as_slice(), &[3, 5, 7]);
    }

    #[test]
    fn contains_words_agrees_with_padded_search() {
        let cases = [
            ("sinaloa cartel", "sinaloa"),
            ("gulf cartel", "cartel gulf"),
            ("la familia michoacana", "la familia"),
            ("la familia", "la familia michoacana"),
            ("xa a a", "a a"),
            ("beltran leyva", "leyva"),
            ("beltran leyvas", "leyva"),
            ("a  b", ""),
            ("", ""),
            ("juárez cartel", "juárez"),
        ];
        for (hay, needle) in cases {
            let padded = format!(" {hay} ").contains(&format!(" {needle} "));
            assert_eq!(contains_words(hay, needle), padded, "{hay:?} / {needle:?}");
        }
    }
}
