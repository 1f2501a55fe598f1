//! Tokens and sentences: the one pass over the text that every extraction stage shares.
//!
//! Tokens are byte spans with a coarse class. Words keep internal apostrophes ("don't",
//! "O'Brien") and initialism periods ("U.S."); numbers keep digit-group commas and decimal
//! points ("6,290", "1.4"). Everything else that is not white space is a one-char
//! punctuation token. Sentences end at line breaks and at `.`, `!`, `?` (with any closing
//! quotes or brackets) followed by a capital, digit or opening quote, except after
//! abbreviations such as "Mr." or "Gen.".

use crate::model::Span;
use crate::wordkey::KeySet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with internal apostrophes and initialism periods.
    Word,
    /// Digits, with internal `,` and `.` between digits.
    Number,
    /// A single non-alphanumeric, non-space char.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// White space (or the start of the text) comes right before this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub line_start: bool,
    /// The first char is upper case ("Mexico", "DEA"): what `is_capitalised` would say of
    /// the token's text, computed while tokenising so later stages need not decode it.
    pub capitalised: bool,
    /// A word with no lower-case char ("DEA", "U.S.", "MEXICO"); false for numbers and
    /// punctuation, which have no letters.
    pub all_caps: bool,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A sentence: its byte span and the range of its tokens in `Analysis::tokens`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub first_token: usize,
    pub end_token: usize,
}

/// The tokenised text, shared read-only by every stage.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Analysis {
            text,
            tokens,
            sentences,
        }
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Index of the sentence containing byte `offset` (the last one for offsets past the end).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        Some(i.min(self.sentences.len() - 1))
    }

    /// Index of the first token that ends after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= offset)
    }

    /// The sentence containing token `i`.
    pub fn sentence_of_token(&self, i: usize) -> Option<usize> {
        let s = self.sentences.partition_point(|s| s.end_token <= i);
        (s < self.sentences.len()).then_some(s)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into tokens. Linear in the text, one allocation for the output.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut space_before = true;
    let mut line_start = true;
    // Walked by byte offset: ASCII (most text) needs no char decoding, other chars are
    // decoded where they start; `pos` and `end` are always char boundaries.
    let mut pos = 0;
    let bytes = text.as_bytes();
    while let Some(c) = char_at(text, pos) {
        let start = pos;
        if let Some(end) = plain_ascii_word_end(bytes, pos) {
            // Most words: ASCII letters and digits up to a byte that ends any word. (Whether
            // one is lower case is asked apart: most words answer at their second byte.)
            let first = bytes.get(start).copied().unwrap_or_default();
            let lower = first.is_ascii_lowercase()
                || bytes
                    .get(start..end)
                    .is_some_and(|w| w.iter().any(u8::is_ascii_lowercase));
            tokens.push(Token {
                start,
                end,
                kind: TokenKind::Word,
                space_before,
                line_start,
                capitalised: first.is_ascii_uppercase(),
                all_caps: !lower,
            });
            space_before = false;
            line_start = false;
            pos = end;
            continue;
        }
        pos += c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            continue;
        }
        let mut end = pos;
        let capitalised = c.is_uppercase();
        let mut all_caps = false;
        let kind = if c.is_alphabetic() {
            // Letters, marks, digits inside words ("G8"), apostrophes and periods between
            // letters ("don't", "U.S."), and a final period closing an initialism.
            let mut initialism = false;
            let mut lower = c.is_lowercase();
            while let Some(d) = char_at(text, end) {
                let i = end;
                if d.is_alphanumeric() || is_mark(d) {
                    lower |= d.is_lowercase();
                    end = i + d.len_utf8();
                } else if is_apostrophe(d) || d == '.' {
                    match char_at(text, i + d.len_utf8()) {
                        Some(n) if n.is_alphabetic() => {
                            if d == '.' {
                                // Only single letters between periods form initialisms.
                                if !single_letter_before(text, start, i) {
                                    break;
                                }
                                initialism = true;
                            }
                            end = i + d.len_utf8();
                        }
                        _ => {
                            if d == '.' && initialism && single_letter_before(text, start, i) {
                                end = i + 1;
                            }
                            break;
                        }
                    }
                } else {
                    break;
                }
            }
            all_caps = !lower;
            TokenKind::Word
        } else if c.is_ascii_digit() {
            let bytes = text.as_bytes();
            while let Some(&d) = bytes.get(end) {
                let digit_after = || bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || (d == b',' || d == b'.') && digit_after() {
                    end += 1;
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        pos = end;
        tokens.push(Token {
            start,
            end,
            kind,
            space_before,
            line_start,
            capitalised,
            all_caps,
        });
        space_before = false;
        line_start = false;
    }
    tokens
}

/// The end of the word starting at `start` when it is plain ASCII: an ASCII letter, then
/// ASCII letters and digits, then the end of the text or an ASCII byte that is neither an
/// apostrophe nor a period (bytes the word loop of `tokenize` would stop at too). None for
/// every other token, which `tokenize` reads char by char.
#[inline]
fn plain_ascii_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    if !bytes.get(start)?.is_ascii_alphabetic() {
        return None;
    }
    let mut end = start + 1;
    while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        end += 1;
    }
    match bytes.get(end) {
        Some(&b) if !b.is_ascii() || b == b'\'' || b == b'.' => None,
        _ => Some(end),
    }
}

/// The char starting at byte `i` (a char boundary), without decoding ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

fn is_mark(c: char) -> bool {
    // Combining diacritics (decomposed "é") stay inside their word.
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// True when the word part between `word_start` and the period at `dot` ends in a single
/// letter that is itself at the word start or after a period ("U" in "U.S", "S" in "U.S").
fn single_letter_before(text: &str, word_start: usize, dot: usize) -> bool {
    let seg = &text[word_start..dot];
    let last_seg = seg.rsplit('.').next().unwrap_or(seg);
    last_seg.chars().count() == 1
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "sen", "rep", "gov", "lt", "pres", "rev", "hon", "st", "jr", "sr", "vs", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "dept", "est", "approx", "e.g", "i.e", "etc", "ft", "mt", "atty",
];

/// Case-insensitive without a lowercase copy: asked at every sentence-ending period (the
/// list is all lowercase, so this matches exactly what a lowercased comparison would). One
/// packed-key look-up rather than a comparison with every abbreviation.
fn is_abbreviation(word: &str) -> bool {
    static SET: KeySet = KeySet::new(ABBREVIATIONS);
    SET.contains(word)
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]")
}

fn is_opening(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[")
}

/// Split tokens into sentences (see the module docs for the rule).
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        // A line break always closes the sentence before it.
        if i > first && tokens[i].line_start {
            push_sentence(&mut sentences, tokens, first, i);
            first = i;
        }
        let t = tokens[i];
        // On bytes: asked of every token.
        let bytes = text.as_bytes().get(t.start..t.end).unwrap_or_default();
        let is_terminal = matches!(bytes, b"." | b"!" | b"?")
            || (t.kind == TokenKind::Word && bytes.len() > 2 && bytes.ends_with(b"."));
        if is_terminal {
            let s = t.text(text);
            // Swallow closing quotes and brackets that follow without a space.
            let mut j = i + 1;
            while j < tokens.len() && !tokens[j].space_before && is_closing(tokens[j].text(text)) {
                j += 1;
            }
            let ends = match tokens.get(j) {
                None => true,
                Some(next) if next.line_start => true,
                Some(next) => {
                    let nt = next.text(text);
                    let opener =
                        next.capitalised || next.kind == TokenKind::Number || is_opening(nt);
                    let prev_word = if s == "." && i > 0 && !t.space_before {
                        Some(tokens[i - 1].text(text))
                    } else {
                        None
                    };
                    let after_abbrev = prev_word.is_some_and(|w| {
                        is_abbreviation(w)
                            || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                    });
                    // "U.S." ends a sentence only before a word that typically opens one.
                    let initialism_end = t.kind == TokenKind::Word && s.ends_with('.');
                    next.space_before
                        && opener
                        && !after_abbrev
                        && (!initialism_end || is_sentence_opener(nt))
                }
            };
            if ends && j > first {
                push_sentence(&mut sentences, tokens, first, j);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if first < tokens.len() {
        push_sentence(&mut sentences, tokens, first, tokens.len());
    }
    sentences
}

fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "This"
            | "That"
            | "There"
            | "Those"
            | "These"
            | "His"
            | "Her"
            | "Their"
            | "On"
            | "At"
            | "As"
            | "For"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Since"
    )
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    out.push(Sentence {
        span: Span::new(tokens[first].start, tokens[end - 1].end),
        first_token: first,
        end_token: end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let a = Analysis::new(text);
        a.sentences
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn keeps_initialisms_numbers_and_apostrophes() {
        assert_eq!(
            words("U.S. officials don't say $1.4 billion, 6,290 people."),
            vec![
                "U.S.",
                "officials",
                "don't",
                "say",
                "$",
                "1.4",
                "billion",
                ",",
                "6,290",
                "people",
                "."
            ]
        );
        assert_eq!(words("Mexico’s move"), vec!["Mexico’s", "move"]);
        assert_eq!(words("Calderón's"), vec!["Calderón's"]);
        assert_eq!(words("two-day"), vec!["two", "-", "day"]);
    }

    #[test]
    fn a_plain_period_after_a_word_is_its_own_token() {
        assert_eq!(words("the end. Next"), vec!["the", "end", ".", "Next"]);
        assert_eq!(words("Mr. Smith"), vec!["Mr", ".", "Smith"]);
    }

    #[test]
    fn splits_sentences_but_not_after_titles() {
        assert_eq!(
            sentences("Mr. Calderon spoke. He left. “Go,” he said."),
            vec!["Mr. Calderon spoke.", "He left.", "“Go,” he said."]
        );
        assert_eq!(
            sentences("He said “it is over.” Then he left."),
            vec!["He said “it is over.”", "Then he left."]
        );
    }

    #[test]
    fn abbreviations_are_the_listed_words_in_any_case() {
        for w in [
            "Mr", "MR", "mr", "Gen", "e.g", "E.G", "Sept", "Mrs", "Mrx", "M", "", "Dé",
        ] {
            let scanned = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
            assert_eq!(is_abbreviation(w), scanned, "{w:?}");
        }
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("Headline Here\n\nBody text starts"),
            vec!["Headline Here", "Body text starts"]
        );
    }

    #[test]
    fn initialism_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("Guns come from the U.S. The trade is old. U.S. Officials agree."),
            vec![
                "Guns come from the U.S.",
                "The trade is old.",
                "U.S. Officials agree."
            ]
        );
    }

    /// The char-iterator tokeniser `tokenize` replaced, kept to check it against.
    fn reference_tokenize(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        let mut chars = text.char_indices().peekable();
        let mut space_before = true;
        let mut line_start = true;
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                space_before = true;
                if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                    line_start = true;
                }
                continue;
            }
            let mut end = start + c.len_utf8();
            let capitalised = c.is_uppercase();
            let mut all_caps = false;
            let kind = if c.is_alphabetic() {
                // Letters, marks, digits inside words ("G8"), apostrophes and periods between
                // letters ("don't", "U.S."), and a final period closing an initialism.
                let mut initialism = false;
                let mut lower = c.is_lowercase();
                while let Some(&(i, d)) = chars.peek() {
                    if d.is_alphanumeric() || is_mark(d) {
                        lower |= d.is_lowercase();
                        chars.next();
                        end = i + d.len_utf8();
                    } else if is_apostrophe(d) || d == '.' {
                        let next = text[i + d.len_utf8()..].chars().next();
                        match next {
                            Some(n) if n.is_alphabetic() => {
                                if d == '.' {
                                    // Only single letters between periods form initialisms.
                                    if !single_letter_before(text, start, i) {
                                        break;
                                    }
                                    initialism = true;
                                }
                                chars.next();
                                end = i + d.len_utf8();
                            }
                            _ => {
                                if d == '.' && initialism && single_letter_before(text, start, i) {
                                    chars.next();
                                    end = i + 1;
                                }
                                break;
                            }
                        }
                    } else {
                        break;
                    }
                }
                all_caps = !lower;
                TokenKind::Word
            } else if c.is_ascii_digit() {
                while let Some(&(i, d)) = chars.peek() {
                    if d.is_ascii_digit() {
                        chars.next();
                        end = i + 1;
                    } else if d == ',' || d == '.' {
                        let next = text.as_bytes().get(i + 1).copied();
                        if next.is_some_and(|b| b.is_ascii_digit()) {
                            chars.next();
                            end = i + 1;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
            tokens.push(Token {
                start,
                end,
                kind,
                space_before,
                line_start,
                capitalised,
                all_caps,
            });
            space_before = false;
            line_start = false;
        }
        tokens
    }

    #[test]
    fn byte_walk_tokenises_like_the_char_iterator() {
        const PIECES: &[&str] = &[
            "a", "B", "é", "É", "\u{301}", "'", "\u{2019}", ".", ",", "1", "9", " ", "\n", "\r",
            "\u{2028}", "\u{a0}", "-", "\"", "U.S.", "ß", "İ", "ǅ", "Ⅻ", "٣", "\u{345}", "x", "Q",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..3000 {
            let text = crate::random_text::random_text(PIECES, &mut state, 24);
            assert_eq!(tokenize(&text), reference_tokenize(&text), "{text:?}");
        }
    }

    #[test]
    fn case_facts_match_the_token_text() {
        let text =
            "U.S. DEA McCaffrey iPhone MEXICO’S déjà ÉLITE Ǆx 6,290 $ Ⅻ ᾳ x\u{345} é\u{301}.";
        for t in tokenize(text) {
            let w = t.text(text);
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            let all_caps = !w.chars().any(char::is_lowercase) && w.chars().any(char::is_alphabetic);
            assert_eq!(t.capitalised, capitalised, "{w:?}");
            assert_eq!(t.all_caps, all_caps, "{w:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            " ",
            "\n\n",
            ".",
            "...",
            "'",
            "a.",
            "é.",
            "1,",
            "1.",
            "U.",
            "\u{0301}x",
        ] {
            let a = Analysis::new(s);
            for t in &a.tokens {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            }
        }
    }
}
