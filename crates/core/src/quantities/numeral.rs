//! Numerals: digits ("6,290", "1.4"), number words ("six thousand", "a dozen",
//! "twenty-five") and scale words ("1.4 billion", "$5bn", "1.4-billion").

use crate::text::{Analysis, TokenKind};
use crate::wordkey::KeyMap;

/// A parsed numeral: tokens `[first, end)` and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub first: usize,
    pub end: usize,
    pub value: f64,
    /// The scale word's factor (1e9 for "billion"), 1.0 when there is none.
    pub scale: f64,
    /// "thousands", "hundreds", "tens of thousands": not a figure one can chart.
    pub vague: bool,
}

/// The words a numeral can start with: number words from "zero" to "ninety" with their
/// values, vague plurals, and the articles of "a dozen". Asked about nearly every word of
/// a text (is it a numeral?), so one merged table answers in one look-up.
static NUMBER_WORDS: KeyMap<NumberWord> = KeyMap::new(NUMBER_WORD_ENTRIES);

const NUMBER_WORD_ENTRIES: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Unit(0.0)),
    ("one", NumberWord::Unit(1.0)),
    ("two", NumberWord::Unit(2.0)),
    ("three", NumberWord::Unit(3.0)),
    ("four", NumberWord::Unit(4.0)),
    ("five", NumberWord::Unit(5.0)),
    ("six", NumberWord::Unit(6.0)),
    ("seven", NumberWord::Unit(7.0)),
    ("eight", NumberWord::Unit(8.0)),
    ("nine", NumberWord::Unit(9.0)),
    ("ten", NumberWord::Unit(10.0)),
    ("eleven", NumberWord::Unit(11.0)),
    ("twelve", NumberWord::Unit(12.0)),
    ("thirteen", NumberWord::Unit(13.0)),
    ("fourteen", NumberWord::Unit(14.0)),
    ("fifteen", NumberWord::Unit(15.0)),
    ("sixteen", NumberWord::Unit(16.0)),
    ("seventeen", NumberWord::Unit(17.0)),
    ("eighteen", NumberWord::Unit(18.0)),
    ("nineteen", NumberWord::Unit(19.0)),
    ("twenty", NumberWord::Unit(20.0)),
    ("thirty", NumberWord::Unit(30.0)),
    ("forty", NumberWord::Unit(40.0)),
    ("fifty", NumberWord::Unit(50.0)),
    ("sixty", NumberWord::Unit(60.0)),
    ("seventy", NumberWord::Unit(70.0)),
    ("eighty", NumberWord::Unit(80.0)),
    ("ninety", NumberWord::Unit(90.0)),
    ("hundreds", NumberWord::Vague),
    ("thousands", NumberWord::Vague),
    ("millions", NumberWord::Vague),
    ("billions", NumberWord::Vague),
    ("dozens", NumberWord::Vague),
    ("scores", NumberWord::Vague),
    ("tens", NumberWord::Vague),
    ("a", NumberWord::Article),
    ("an", NumberWord::Article),
];

/// What a word can do at the start of a numeral.
#[derive(Clone, Copy)]
enum NumberWord {
    /// "zero" to "ninety", with the value.
    Unit(f64),
    /// A plural scale word used on its own ("thousands").
    Vague,
    /// "a"/"an", as in "a dozen", "a million".
    Article,
}

fn unit_word(w: &str) -> Option<f64> {
    match NUMBER_WORDS.get(w) {
        Some(NumberWord::Unit(v)) => Some(v),
        _ => None,
    }
}

/// Scale words and their common abbreviations.
pub fn scale_word(w: &str) -> Option<f64> {
    static SCALES: KeyMap<f64> = KeyMap::from_lists(&[
        (&["hundred"], 1e2),
        (&["thousand", "k"], 1e3),
        (&["million", "mn", "mln", "m"], 1e6),
        (&["billion", "bn", "bln", "b"], 1e9),
        (&["trillion", "tn"], 1e12),
    ]);
    SCALES.get(w)
}

/// Plural scale words used on their own are vague ("thousands of troops").
fn vague_word(w: &str) -> bool {
    matches!(NUMBER_WORDS.get(w), Some(NumberWord::Vague))
}

/// Can a numeral start with word `w`? Only number words, vague plurals and "a"/"an" ("a
/// dozen", "a million") do: [`parse`] finds nothing at any other word, so callers skip
/// most words of a text with this one look-up.
pub fn may_start(w: &str) -> bool {
    NUMBER_WORDS.get(w).is_some()
}

/// Can a word starting with byte `b` be a number word or a currency code ("USD", "MXN",
/// "US$")? Every one starts with one of these letters, in either case: asked of every word
/// before the look-ups, it turns away about a third of them with one comparison.
pub fn first_byte_may_start(b: u8) -> bool {
    matches!(
        b.to_ascii_lowercase(),
        b'a' | b'b'
            | b'd'
            | b'e'
            | b'f'
            | b'g'
            | b'h'
            | b'm'
            | b'n'
            | b'o'
            | b's'
            | b't'
            | b'u'
            | b'z'
    )
}

/// Parse the digits of a number token ("6,290" -> 6290). Rejects odd groupings.
pub fn parse_digits(s: &str) -> Option<f64> {
    // The digits and the point, commas dropped, on the stack (a number token of more than
    // 64 bytes takes the heap).
    let mut stack = [0u8; 64];
    let mut heap = Vec::new();
    let mut len = 0;
    let mut dots = 0;
    for b in s.bytes() {
        match b {
            b',' => continue,
            b'.' => dots += 1,
            b'0'..=b'9' => {}
            _ => return None,
        }
        match stack.get_mut(len) {
            Some(slot) => *slot = b,
            None => {
                if heap.is_empty() {
                    heap.extend_from_slice(&stack);
                }
                heap.push(b);
            }
        }
        len += 1;
    }
    if dots > 1 {
        return None;
    }
    let cleaned = if heap.is_empty() {
        stack.get(..len)?
    } else {
        &heap[..]
    };
    std::str::from_utf8(cleaned).ok()?.parse().ok()
}

/// Parse a numeral starting at token `i`, not reading past token `limit`.
pub fn parse(a: &Analysis, i: usize, limit: usize) -> Option<Numeral> {
    let tok = a.tokens.get(i)?;
    let w = a.token_text(i);
    let (mut value, mut end) = match tok.kind {
        TokenKind::Number => (parse_digits(w)?, i + 1),
        TokenKind::Word => {
            if vague_word(w) {
                return parse_vague(a, i, limit);
            }
            parse_words(a, i, limit)?
        }
        TokenKind::Punct => return None,
    };
    // Scale: "1.4 billion", "1.4-billion", "$5bn" (attached), "six thousand".
    let mut scale = 1.0;
    let mut j = end;
    if j < limit && a.token_text(j) == "-" && !a.tokens[j].space_before {
        j += 1;
    }
    if j < limit && a.tokens[j].kind == TokenKind::Word {
        let sw = a.token_text(j);
        let attached = !a.tokens[j].space_before;
        let full = ["thousand", "million", "billion", "trillion"]
            .iter()
            .any(|f| f.eq_ignore_ascii_case(sw));
        // Abbreviations ("$5m", "5bn") only when attached or at least two letters.
        let abbreviation = !full && (attached || sw.len() >= 2);
        if let Some(f) = scale_word(sw).filter(|f| *f > 1e2 && (full || abbreviation)) {
            scale = f;
            value *= f;
            end = j + 1;
        }
    }
    Some(Numeral {
        first: i,
        end,
        value,
        scale,
        vague: false,
    })
}

/// Number words: "six", "twenty-five", "a dozen", "two hundred", "a thousand".
fn parse_words(a: &Analysis, i: usize, limit: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    // "a dozen", "a hundred", "a thousand"
    let w = a.token_text(i);
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        let next = if i + 1 < limit {
            a.token_text(i + 1)
        } else {
            ""
        };
        if next.eq_ignore_ascii_case("dozen") {
            return Some((12.0, i + 2));
        }
        if scale_word(next).is_some_and(|f| f >= 1e2) && next.len() > 3 {
            current = 1.0;
            j = i + 1;
        } else {
            return None;
        }
    }
    while j < limit {
        let t = a.token_text(j);
        if let Some(v) = unit_word(t) {
            // "twenty-five": a tens word, a hyphen, then a unit.
            current += v;
            any = true;
            j += 1;
            if v >= 20.0 && j + 1 < limit && a.token_text(j) == "-" && !a.tokens[j].space_before {
                if let Some(u) = unit_word(a.token_text(j + 1)).filter(|u| *u < 10.0) {
                    current += u;
                    j += 2;
                }
            }
        } else if t.eq_ignore_ascii_case("hundred") && (any || current > 0.0) {
            current = current.max(1.0) * 100.0;
            any = true;
            j += 1;
        } else if t.eq_ignore_ascii_case("thousand") && (any || current > 0.0) {
            total += current.max(1.0) * 1000.0;
            current = 0.0;
            any = true;
            j += 1;
        } else if t.eq_ignore_ascii_case("dozen") && any {
            current = current.max(1.0) * 12.0;
            j += 1;
        } else if t.eq_ignore_ascii_case("and") && any && j + 1 < limit {
            // "two hundred and fifty"
            if unit_word(a.token_text(j + 1)).is_some() && current >= 100.0 {
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (any || current > 0.0).then_some((total + current, j))
}

/// "thousands", "hundreds of thousands", "tens of thousands": marked vague.
fn parse_vague(a: &Analysis, i: usize, limit: usize) -> Option<Numeral> {
    let mut end = i + 1;
    // "tens of thousands", "hundreds of thousands"
    if end + 1 < limit
        && a.token_text(end).eq_ignore_ascii_case("of")
        && vague_word(a.token_text(end + 1))
    {
        end += 2;
    }
    Some(Numeral {
        first: i,
        end,
        value: 0.0,
        scale: 1.0,
        vague: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> Option<(f64, bool, String)> {
        let a = Analysis::new(text);
        let n = parse(&a, 0, a.tokens.len())?;
        let end = a.tokens[n.end - 1].end;
        Some((n.value, n.vague, text[..end].to_string()))
    }

    #[test]
    fn every_number_word_and_currency_code_passes_the_first_byte_test() {
        let currency = ["US$", "USD", "EUR", "GBP", "MXN", "Mex$", "US", "U.S."];
        for w in NUMBER_WORD_ENTRIES.iter().map(|(w, _)| *w).chain(currency) {
            for v in [w.to_string(), w.to_ascii_uppercase()] {
                let first = v.as_bytes().first().copied().unwrap_or_default();
                assert!(first_byte_may_start(first), "{v}");
            }
        }
        assert!(!first_byte_may_start(b'c') && !first_byte_may_start(0xC3));
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(num("6,290 people").unwrap().0, 6290.0);
        assert_eq!(num("1.4 billion dollars").unwrap().0, 1.4e9);
        assert_eq!(num("1.4-billion-dollar").unwrap().2, "1.4-billion");
        assert_eq!(num("six thousand troops").unwrap().0, 6000.0);
        assert_eq!(num("twenty-five agents").unwrap().0, 25.0);
        assert_eq!(num("a dozen hearings").unwrap().0, 12.0);
        assert_eq!(num("two hundred and fifty").unwrap().0, 250.0);
        assert_eq!(num("5bn").unwrap().0, 5e9);
        assert!(num("tens of thousands of people").unwrap().1);
        assert!(num("a man").is_none());
        assert!(num("1.2.3").is_none());
        assert_eq!(parse_digits("6,290"), Some(6290.0));
        assert_eq!(parse_digits(""), None);
        let long = "1".repeat(70) + ".5";
        assert_eq!(parse_digits(&long), long.parse().ok());
    }
}
