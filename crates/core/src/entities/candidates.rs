//! Candidate names: one pass over the tokens collecting runs of capitalised words (with the
//! lowercase connectors that live inside names: "Summit of the Americas", "Ciudad de México"),
//! initialisms ("DEA", "U.S.") and all-caps datelines ("MEXICO CITY—").
//!
//! Each run also records how much its capitals can be trusted: in a body sentence a capital
//! marks a name, but at a sentence start, in a Title Case headline or in an all-caps line
//! it may be mere typography.

use super::keys::TokenKeys;
use super::lexicon::{fold_into, is_country, is_name_connector, is_place};
use crate::text::{Analysis, TokenKind};

/// How trustworthy the capitals of a line are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Ordinary prose: capitals mark names.
    Body,
    /// A Title Case headline, a tag list or a short page-furniture line: capitals say little.
    Headline,
}

/// A run of name-like tokens `[first, end)` inside one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub first: usize,
    pub end: usize,
    pub line: LineKind,
    /// The run begins at the first word of its sentence.
    pub sentence_initial: bool,
    /// Every word of the run is upper case (a dateline, a transcript speaker, shouting).
    pub all_caps: bool,
}

/// Word-shape facts about any text (a whole token's are `Token::capitalised`/`all_caps`).
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 1
}

/// "U.S.", "DEA", "AFP": upper-case letters with optional periods, at most six letters.
pub fn is_initialism(word: &str) -> bool {
    // Most words asked are capitalised names, settled by their second byte without a pass
    // over the whole word: a lower-case ASCII letter fails both tests below.
    if word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    if word.is_ascii() {
        // The same tests on bytes (ASCII letters are the only ASCII alphabetic chars):
        // asked of most capitalised words, which fail at their second letter.
        let b = word.as_bytes();
        return b.first().is_some_and(u8::is_ascii_uppercase)
            && b.iter().all(|&c| c.is_ascii_uppercase() || c == b'.')
            && (2..=6).contains(&b.iter().filter(|c| c.is_ascii_uppercase()).count());
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word.chars().all(|c| c.is_uppercase() || c == '.')
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Strip a possessive "'s" / "’s" (or a bare trailing apostrophe after s).
#[inline]
pub fn strip_possessive(word: &str) -> &str {
    // Every ending below ends in 's', 'S', an ASCII apostrophe or the last byte of '’'
    // (0x99): one byte test, inlined at the call, settles most words.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return word;
    }
    strip_possessive_ending(word)
}

/// [`strip_possessive`] past its first test.
#[inline(never)]
fn strip_possessive_ending(word: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    for suffix in ["s'", "s\u{2019}"] {
        if word.ends_with(suffix) {
            return &word[..word.len() - suffix.len() + 1];
        }
    }
    word
}

pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// Classify each line of the text (lines are runs of tokens between line breaks).
/// Returns one kind per token index range: `(first_token, end_token, kind)`.
pub fn line_kinds(a: &Analysis) -> Vec<(usize, usize, LineKind)> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 1..=a.tokens.len() {
        if i == a.tokens.len() || a.tokens[i].line_start {
            out.push((first, i, classify_line(a, first, i)));
            first = i;
        }
    }
    out
}

fn classify_line(a: &Analysis, first: usize, end: usize) -> LineKind {
    let mut capitalised = 0;
    let mut lower = 0;
    let mut words = 0;
    let mut ends_in_stop = false;
    let tokens = a.tokens.get(first..end).unwrap_or_default();
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            let bytes = a.text.as_bytes().get(t.start..t.end).unwrap_or_default();
            ends_in_stop = matches!(bytes, b"." | b"!" | b"?" | b"\"" | b"\xE2\x80\x9D");
            continue;
        }
        ends_in_stop = false;
        words += 1;
        // (Byte length bounds the char count, and four ASCII bytes are four chars: most
        // words skip the count.)
        let four_ascii = a
            .text
            .as_bytes()
            .get(t.start..t.start + 4)
            .is_some_and(|b| b.is_ascii());
        if t.end - t.start < 4 || !four_ascii && t.text(a.text).chars().count() < 4 {
            continue; // "of", "the", "and" stay lowercase in Title Case
        }
        if t.capitalised {
            capitalised += 1;
        } else {
            lower += 1;
            // Prose: past four words, with more lowercase words than even every token
            // left being capitalised could balance (see `title_case` below), the line can
            // only be a tag list. Most lines are prose: most of their tokens go unread.
            let left = tokens.len() - k - 1;
            if words > 3 && lower * 5 > capitalised + left {
                return if line_is_tag_list(a, first, end) {
                    LineKind::Headline
                } else {
                    LineKind::Body
                };
            }
        }
    }
    // A full stop ends prose; a headline rarely has one, so then only a line without any
    // lowercase word counts as Title Case.
    let title_case = capitalised >= 2
        && if ends_in_stop && a.token_text(end - 1) == "." {
            lower == 0 && words <= 12
        } else {
            lower * 5 <= capitalised
        };
    let furniture = words <= 3 && !ends_in_stop;
    if title_case || furniture || line_is_tag_list(a, first, end) {
        LineKind::Headline
    } else {
        LineKind::Body
    }
}

/// "Tags: A, B, C" and similar label lines.
fn line_is_tag_list(a: &Analysis, first: usize, end: usize) -> bool {
    end > first + 1
        && matches!(
            a.token_text(first),
            "Tags" | "Topics" | "Keywords" | "Filed"
        )
}

/// Collect candidate runs, one pass over the tokens of each sentence.
pub fn runs(a: &Analysis, keys: &TokenKeys) -> Vec<Run> {
    let lines = line_kinds(a);
    let mut out = Vec::new();
    let mut line_ix = 0;
    for s in &a.sentences {
        let first_word = (s.first_token..s.end_token)
            .find(|&i| a.tokens[i].kind != TokenKind::Punct)
            .unwrap_or(s.end_token);
        let mut i = s.first_token;
        while i < s.end_token {
            if !starts_name(a, i) {
                i += 1;
                continue;
            }
            // (Lines are only needed where a run starts; `i` only grows.)
            while line_ix + 1 < lines.len() && lines[line_ix].1 <= i {
                line_ix += 1;
            }
            let line = lines.get(line_ix).map_or(LineKind::Body, |l| l.2);
            let end = extend_run(a, i, s.end_token, keys);
            let all_caps = a.tokens[i..end]
                .iter()
                .all(|t| t.kind != TokenKind::Word || !t.capitalised || t.all_caps)
                && (i..end).any(|k| {
                    a.tokens[k].kind == TokenKind::Word && a.tokens[k].end - a.tokens[k].start > 1
                });
            out.push(Run {
                first: i,
                end,
                line,
                sentence_initial: i == first_word,
                all_caps,
            });
            i = end.max(i + 1);
        }
    }
    out
}

/// A capitalised word (a word token starts with a letter, so it has one).
fn starts_name(a: &Analysis, i: usize) -> bool {
    let t = a.tokens[i];
    t.kind == TokenKind::Word && t.capitalised
}

fn is_name_word(a: &Analysis, i: usize) -> bool {
    starts_name(a, i)
}

/// Extend a run starting at capitalised token `first`; returns the end token (exclusive).
fn extend_run(a: &Analysis, first: usize, limit: usize, keys: &TokenKeys) -> usize {
    let mut end = first + 1;
    loop {
        let last = end - 1;
        let last_text = a.token_text(last);
        if end >= limit {
            return end;
        }
        if is_possessive(last_text) {
            // "Attorney General's Office", "the El Paso County Sheriff's Office": a title's
            // possessive before an office noun. Not after an organisation's name:
            // "Department of Justice's Bureau" is two names.
            let titled = keys.stripped_lex(last).is_person_title()
                && (first..last).all(|k| !keys.raw_lex(k).is_org_head() && keys.raw(k) != "of");
            let next_is_head = a.tokens[end].kind == TokenKind::Word
                && keys.raw_lex(end).is_org_head()
                && a.tokens[end].capitalised;
            if titled && next_is_head {
                end += 1;
                continue;
            }
            return end;
        }
        let t = a.tokens[end];
        let w = a.token_text(end);
        // "the Citizens' Council for Public Security", "the North American Leaders'
        // Summit": a plural possessive inside a name, before its head noun.
        let plural_possessive = matches!(w, "'" | "\u{2019}")
            && !t.space_before
            && last_text.ends_with('s')
            && end + 1 < limit
            && a.tokens[end + 1].capitalised
            && (keys.raw_lex(end + 1).is_org_head() || keys.raw_lex(end + 1).is_misc_head());
        if plural_possessive {
            end += 2;
            continue;
        }
        // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a listing inside an
        // organisation name closes with "and" + a capitalised word.
        if w == "," && in_org_of(a, first, end, keys) {
            if let Some(next) = org_list_end(a, end, limit) {
                end = next;
                continue;
            }
            return end;
        }
        // Joaquín "El Chapo" Guzmán: a quoted nickname between name parts.
        if is_open_quote(w) && t.space_before {
            if let Some(next) = nickname_end(a, end, limit) {
                end = next;
                continue;
            }
            return end;
        }
        // "Mr." / "W." / "Gen.": the period belongs to the name.
        if w == "." && !t.space_before && a.tokens[last].kind == TokenKind::Word {
            let single_capital = a.tokens[last].capitalised && last_text.chars().count() == 1;
            if (single_capital || keys.raw_lex(last).is_title_abbreviation())
                && end + 1 < limit
                && is_name_word(a, end + 1)
            {
                end += 2;
                continue;
            }
            return end;
        }
        if t.kind == TokenKind::Word && is_name_word(a, end) {
            if !t.space_before {
                return end;
            }
            end += 1;
            continue;
        }
        // "France-Presse": a hyphen between two capitalised words written without spaces,
        // unless the right side is a place ("U.S.-Mexico relations" names two countries).
        if w == "-" && !t.space_before && end + 1 < limit {
            let next = a.tokens[end + 1];
            if !next.space_before && is_name_word(a, end + 1) && !keys.raw_lex(end + 1).is_place() {
                end += 2;
                continue;
            }
            return end;
        }
        if t.kind == TokenKind::Word && t.space_before {
            if let Some(next) = connector_end(a, first, end, limit, keys) {
                end = next;
                continue;
            }
        }
        return end;
    }
}

/// If the lowercase word at `at` joins the run `[first, at)` to a following capitalised word,
/// return the index of that capitalised word.
fn connector_end(
    a: &Analysis,
    first: usize,
    at: usize,
    limit: usize,
    keys: &TokenKeys,
) -> Option<usize> {
    let w = a.token_text(at);
    let mut next = at + 1;
    let joins = match w {
        "of" | "for" | "on" => {
            if next < limit && a.token_text(next) == "the" {
                next += 1;
            }
            // "Institute of the University of ...": a second organisation starts.
            if next + 1 < limit {
                let more = a.token_text(next + 1) == "of" || is_name_word(a, next + 1);
                if keys.raw_lex(next).is_org_opener() && more {
                    return None;
                }
            }
            let key = keys.raw(at - 1);
            let lex = keys.raw_lex(at - 1);
            let headed = lex.is_org_head()
                || lex.is_place_head()
                || lex.is_misc_head()
                || (w == "of" && lex.is_person_title());
            headed
                || (w == "of"
                    && matches!(key, "republic" | "kingdom" | "bank" | "gulf" | "government"))
        }
        "&" => true,
        "and" => {
            // Inside an organisation named with "of" ("Department of Health and Human
            // Services"), before the head of one ("Immigration and Customs Enforcement"), or
            // in a compound place name the gazetteer knows ("Trinidad and Tobago").
            let in_org_of = in_org_of(a, first, at, keys);
            // A second full organisation ("... and the House Homeland Security
            // Subcommittee") is not joined.
            let left_is_org = ends_in_head(at - 1, keys) || in_org_of;
            // "... of Investigation and U.S. Immigration and ...": a nation opens another.
            let nation = next < limit && {
                let lex = keys.raw_lex(next);
                lex.is_country() || lex.is_country_alias() || lex.is_demonym()
            };
            let second_org = left_is_org && (nation || next_run_starts_org(a, next, limit, keys));
            !second_org
                && (in_org_of
                    || (next < limit && known_pair(a, first, next))
                    || (!ends_in_head(at - 1, keys) && next_run_ends_in_head(a, next, limit, keys)))
        }
        _ if is_name_connector(w) => {
            // "de la", "van der": two connectors in a row.
            if next < limit && a.tokens[next].space_before && is_name_connector(a.token_text(next))
            {
                next += 1;
            }
            true
        }
        _ => false,
    };
    let ok = joins
        && next < limit
        && a.tokens[next].space_before
        && is_name_word(a, next)
        && !is_calendar_word(keys.raw(next))
        && !is_possessive(a.token_text(at - 1));
    ok.then_some(next + 1)
}

/// "Mexico City on Friday", "the Gulf of Mexico in May": a weekday or month after a
/// joining word starts a date, not the rest of the name.
fn is_calendar_word(key: &str) -> bool {
    matches!(
        key,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

fn in_org_of(a: &Analysis, first: usize, at: usize, keys: &TokenKeys) -> bool {
    (first..at).any(|k| matches!(a.token_text(k), "of" | "on" | "for"))
        && (first..at).any(|k| keys.raw_lex(k).is_org_head())
}

fn ends_in_head(i: usize, keys: &TokenKeys) -> bool {
    keys.raw_lex(i).is_org_head()
}

/// The capitalised words from `from` on contain a noun that opens an organisation name.
fn next_run_starts_org(a: &Analysis, from: usize, limit: usize, keys: &TokenKeys) -> bool {
    let mut i = from;
    while i < limit && is_name_word(a, i) {
        if keys.raw_lex(i).is_org_opener() {
            return true;
        }
        i += 1;
    }
    false
}

/// The capitalised words from `from` on end in an organisation head noun.
fn next_run_ends_in_head(a: &Analysis, from: usize, limit: usize, keys: &TokenKeys) -> bool {
    let mut i = from;
    while i < limit && is_name_word(a, i) && a.tokens[i].space_before {
        i += 1;
    }
    i > from && ends_in_head(i - 1, keys)
}

/// From a comma inside an organisation name: `, Word [, Word]* [,] and Word` -> the end.
/// Items are single capitalised words, so two names in a list stay apart.
fn org_list_end(a: &Analysis, comma: usize, limit: usize) -> Option<usize> {
    let mut i = comma;
    for _ in 0..6 {
        // i is at a comma; an item or "and" follows.
        let mut j = i + 1;
        let and = j < limit && matches!(a.token_text(j), "and" | "&");
        if and {
            j += 1;
        }
        if j >= limit || !is_name_word(a, j) {
            return None;
        }
        let item_end = j + 1;
        let next = a.tokens.get(item_end).map(|_| a.token_text(item_end));
        if and || matches!(next, Some("and" | "&")) {
            if and {
                return (next != Some("-")
                    && !next.is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase)))
                .then_some(item_end);
            }
            let k = item_end + 1;
            return (k < limit && is_name_word(a, k) && !(k + 1 < limit && is_name_word(a, k + 1)))
                .then_some(k + 1);
        }
        if next != Some(",") {
            return None;
        }
        i = item_end;
    }
    None
}

fn is_open_quote(w: &str) -> bool {
    matches!(w, "\"" | "\u{201C}")
}

fn is_close_quote(w: &str) -> bool {
    matches!(w, "\"" | "\u{201D}")
}

/// `"El Chapo" Guzmán` at `open`: the index after the name word that follows the closing
/// quote, when the quote holds one to three capitalised words.
fn nickname_end(a: &Analysis, open: usize, limit: usize) -> Option<usize> {
    let mut i = open + 1;
    while i < limit && i - open <= 3 && is_name_word(a, i) {
        i += 1;
    }
    let closes = i > open + 1 && i + 1 < limit && is_close_quote(a.token_text(i));
    (closes && a.tokens[i + 1].space_before && is_name_word(a, i + 1)).then_some(i + 2)
}

/// "Trinidad and Tobago": the phrase through the next word is a known place.
fn known_pair(a: &Analysis, first: usize, next: usize) -> bool {
    let start = a.tokens[first].start;
    let end = a.tokens[next].end;
    let mut key = String::new();
    fold_into(&a.text[start..end], &mut key);
    is_country(&key) || is_place(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_texts(text: &str) -> Vec<&str> {
        let a = Analysis::new(text);
        runs(&a, &TokenKeys::new(&a))
            .iter()
            .map(|r| &text[a.tokens[r.first].start..a.tokens[r.end - 1].end])
            .collect()
    }

    #[test]
    fn joins_connectors_inside_names() {
        assert_eq!(
            run_texts("Leaders met at the Summit of the Americas in Trinidad and Tobago on trade."),
            vec!["Leaders", "Summit of the Americas", "Trinidad and Tobago"]
        );
        assert_eq!(
            run_texts(
                "He spoke to the Department of Homeland Security and the Joint Chiefs of Staff."
            ),
            vec![
                "He",
                "Department of Homeland Security",
                "Joint Chiefs of Staff"
            ]
        );
        assert_eq!(
            run_texts("She flew to Ciudad de México."),
            vec!["She", "Ciudad de México"]
        );
    }

    #[test]
    fn keeps_separate_names_apart() {
        assert_eq!(
            run_texts("Troops went to Arizona and Texas after U.S.-Mexico talks."),
            vec!["Troops", "Arizona", "Texas", "U.S.", "Mexico"]
        );
        assert_eq!(
            run_texts("the president of Mexico's army"),
            vec!["Mexico's"]
        );
    }

    #[test]
    fn titles_and_initials_stay_in_the_run() {
        assert_eq!(
            run_texts("met Mrs. Jane Q. Public today"),
            vec!["Mrs. Jane Q. Public"]
        );
        assert_eq!(
            run_texts("by Agence France-Presse"),
            vec!["Agence France-Presse"]
        );
    }

    #[test]
    fn title_case_lines_are_headlines() {
        let text = "Drug Gangs Are Focus of Talks in Mexico\n\nThe talks went on in the city.";
        let a = Analysis::new(text);
        let kinds: Vec<LineKind> = line_kinds(&a).iter().map(|l| l.2).collect();
        assert_eq!(kinds, vec![LineKind::Headline, LineKind::Body]);
    }

    #[test]
    fn word_shapes() {
        assert!(is_initialism("U.S.") && is_initialism("DEA") && !is_initialism("Dea"));
        assert_eq!(strip_possessive("Calderón’s"), "Calderón");
        assert_eq!(strip_possessive("Mexico's"), "Mexico");
        assert_eq!(strip_possessive("states'"), "states");
        assert_eq!(strip_possessive("'s"), "'s");
    }
}
