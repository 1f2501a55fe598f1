//! Numerals: digits ("6,290", "1.4"), number words ("six thousand", "a dozen",
//! "twenty-five") and scale words ("1.4 billion", "$5bn", "1.4-billion").

use crate::text::{Analysis, TokenKind};
use crate::wordkey::{KeyMap, KeySet};

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

/// Number words from "zero" to "ninety" with their values. Asked about nearly every word
/// of a text (is it a numeral?), so a merged table answers in one look-up.
static UNIT_WORDS: KeyMap<f64> = KeyMap::from_lists(&[
    (&["zero"], 0.0),
    (&["one"], 1.0),
    (&["two"], 2.0),
    (&["three"], 3.0),
    (&["four"], 4.0),
    (&["five"], 5.0),
    (&["six"], 6.0),
    (&["seven"], 7.0),
    (&["eight"], 8.0),
    (&["nine"], 9.0),
    (&["ten"], 10.0),
    (&["eleven"], 11.0),
    (&["twelve"], 12.0),
    (&["thirteen"], 13.0),
    (&["fourteen"], 14.0),
    (&["fifteen"], 15.0),
    (&["sixteen"], 16.0),
    (&["seventeen"], 17.0),
    (&["eighteen"], 18.0),
    (&["nineteen"], 19.0),
    (&["twenty"], 20.0),
    (&["thirty"], 30.0),
    (&["forty"], 40.0),
    (&["fifty"], 50.0),
    (&["sixty"], 60.0),
    (&["seventy"], 70.0),
    (&["eighty"], 80.0),
    (&["ninety"], 90.0),
]);

fn unit_word(w: &str) -> Option<f64> {
    UNIT_WORDS.get(w)
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
    VAGUE.contains(w)
}

static VAGUE: KeySet = KeySet::new(&[
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "scores",
    "tens",
]);

/// Can a numeral start with word `w`? Only number words, vague plurals and "a"/"an" ("a
/// dozen", "a million") do: [`parse`] finds nothing at any other word, so callers skip
/// most words of a text with this one look-up.
pub fn may_start(w: &str) -> bool {
    unit_word(w).is_some()
        || vague_word(w)
        || w.eq_ignore_ascii_case("a")
        || w.eq_ignore_ascii_case("an")
}

/// Parse the digits of a number token ("6,290" -> 6290). Rejects odd groupings.
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut cleaned = String::with_capacity(s.len());
    let mut dots = 0;
    for c in s.chars() {
        match c {
            ',' => {}
            '.' => {
                dots += 1;
                cleaned.push('.');
            }
            d if d.is_ascii_digit() => cleaned.push(d),
            _ => return None,
        }
    }
    if dots > 1 {
        return None;
    }
    cleaned.parse().ok()
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
    }
}
