//! The folded key of every token, computed once per document.
//!
//! Entity recognition asks the lexicons about the same tokens many times (while extending a
//! run, while classifying it, once per segment); folding a token each time cost a pass over
//! its chars and, in classification, an allocation per word. Here each token is folded once:
//! tokens whose fold is their own text (lowercase ASCII without periods: most of them) borrow
//! it from the text, the others share one buffer.

use super::candidates::strip_possessive;
use super::lexicon::{fold_append, Lex};
use crate::text::Analysis;
use std::cell::Cell;

/// Bits no [`Lex`] has: the token's lexicon answers are not looked up yet.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// Where one token's key lives, and its lexicon answers once asked for.
#[derive(Debug, Clone)]
struct Key {
    /// The key is the token's own text.
    in_text: bool,
    /// Byte range of the key in the text or in `TokenKeys::folded`.
    start: usize,
    end: usize,
    /// End of the key without a possessive ending ("mexico" of "Mexico's").
    stripped_end: usize,
    /// `Lex::of` the key and of the stripped key, looked up on first use: the rules ask
    /// the lexicons about the same tokens again and again.
    raw_lex: Cell<u32>,
    stripped_lex: Cell<u32>,
}

impl Key {
    fn new(in_text: bool, start: usize, end: usize, stripped_end: usize) -> Self {
        Key {
            in_text,
            start,
            end,
            stripped_end,
            raw_lex: Cell::new(NOT_LOOKED_UP),
            stripped_lex: Cell::new(NOT_LOOKED_UP),
        }
    }
}

/// The cached answer in `cell`, looked up in `key` the first time.
fn cached(cell: &Cell<u32>, key: &str) -> Lex {
    match cell.get() {
        NOT_LOOKED_UP => {
            let lex = Lex::of(key);
            cell.set(lex.bits());
            lex
        }
        bits => Lex::from_bits(bits),
    }
}

pub struct TokenKeys<'a> {
    text: &'a str,
    folded: String,
    keys: Vec<Key>,
}

/// `strip_possessive(w).len()` of a plain token `w` (see [`folds_to_itself`]): its only
/// possessive endings are "'s" and the "'" of "s'".
fn plain_stem_len(w: &[u8]) -> usize {
    match w {
        [_, .., b'\'', b's'] => w.len() - 2,
        [.., b's', b'\''] => w.len() - 1,
        _ => w.len(),
    }
}

/// Folding leaves this text as it is: ASCII with no capital and no period. Asked of
/// every token, so tested eight bytes at a time rather than byte by byte.
fn folds_to_itself(b: &[u8]) -> bool {
    let n = b.len();
    // Two overlapping loads cover a token of up to 16 bytes (a byte tested twice is
    // tested the same); longer ones go eight bytes at a time.
    let word = |i: usize| -> u64 {
        b.get(i..i + 8)
            .and_then(|w| w.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let half = |i: usize| -> u64 {
        b.get(i..i + 4)
            .and_then(|w| w.try_into().ok())
            .map_or(0, |w| u64::from(u32::from_le_bytes(w)))
    };
    match n {
        0 => true,
        1..=3 => b.iter().all(|&c| plain_byte(c)),
        4..=7 => plain_bytes(half(0) | (half(n - 4) << 32)),
        8..=16 => plain_bytes(word(0)) && plain_bytes(word(n - 8)),
        _ => {
            let mut chunks = b.chunks_exact(8);
            let whole = chunks.by_ref().all(|c| {
                c.try_into()
                    .is_ok_and(|w| plain_bytes(u64::from_le_bytes(w)))
            });
            whole && chunks.remainder().iter().all(|&c| plain_byte(c))
        }
    }
}

fn plain_byte(c: u8) -> bool {
    c.is_ascii() && !c.is_ascii_uppercase() && c != b'.'
}

/// [`plain_byte`] of all eight bytes of `x` at once.
fn plain_bytes(x: u64) -> bool {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES * 0x80;
    if x & HIGH != 0 {
        return false;
    }
    // Bytes are below 0x80 now, so these sums carry into no other byte.
    let at_least_a = (x + ONES * (0x80 - u64::from(b'A'))) & HIGH;
    let past_z = (x + ONES * (0x80 - u64::from(b'Z') - 1)) & HIGH;
    let dots = x ^ (ONES * u64::from(b'.'));
    let has_dot = dots.wrapping_sub(ONES) & !dots & HIGH != 0;
    at_least_a & !past_z == 0 && !has_dot
}

impl<'a> TokenKeys<'a> {
    pub fn new(a: &Analysis<'a>) -> Self {
        let mut folded = String::with_capacity(a.text.len() / 4);
        let bytes = a.text.as_bytes();
        let mut keys = Vec::with_capacity(a.tokens.len());
        for t in &a.tokens {
            // (Bytes first: most tokens are plain, and their test needs no str slicing.)
            let token_bytes = bytes.get(t.start..t.end).unwrap_or_default();
            if folds_to_itself(token_bytes) {
                let stem = plain_stem_len(token_bytes);
                keys.push(Key::new(true, t.start, t.end, t.start + stem));
                continue;
            }
            let text = t.text(a.text);
            let stem = strip_possessive(text);
            let start = folded.len();
            if text.is_ascii() {
                // What `fold_append` does to ASCII without white space (tokens have none):
                // drop periods, lowercase. An ASCII possessive ending has no period, so the
                // stem's key ends as many bytes before the end as the ending is long.
                for piece in text.split('.') {
                    folded.push_str(piece);
                }
                if let Some(key) = folded.get_mut(start..) {
                    key.make_ascii_lowercase();
                }
                let end = folded.len();
                let ending = text.len() - stem.len();
                keys.push(Key::new(false, start, end, end.saturating_sub(ending)));
                continue;
            }
            // Fold the stem, then the possessive ending: the two folds concatenated are
            // the fold of the whole token (tokens hold no white space).
            fold_append(stem, &mut folded);
            let stripped_end = folded.len();
            fold_append(&text[stem.len()..], &mut folded);
            keys.push(Key::new(false, start, folded.len(), stripped_end));
        }
        TokenKeys {
            text: a.text,
            folded,
            keys,
        }
    }

    fn source(&self, k: &Key) -> &str {
        if k.in_text {
            self.text
        } else {
            &self.folded
        }
    }

    /// `fold(token text)`; empty past the last token.
    pub fn raw(&self, i: usize) -> &str {
        self.keys
            .get(i)
            .and_then(|k| self.source(k).get(k.start..k.end))
            .unwrap_or("")
    }

    /// `fold(strip_possessive(token text))`; empty past the last token.
    pub fn stripped(&self, i: usize) -> &str {
        self.keys
            .get(i)
            .and_then(|k| self.source(k).get(k.start..k.stripped_end))
            .unwrap_or("")
    }

    /// `Lex::of(self.raw(i))`, looked up once per token.
    pub fn raw_lex(&self, i: usize) -> Lex {
        match self.keys.get(i) {
            Some(k) => cached(&k.raw_lex, self.raw(i)),
            None => Lex::of(""),
        }
    }

    /// `Lex::of(self.stripped(i))`, looked up once per token.
    pub fn stripped_lex(&self, i: usize) -> Lex {
        match self.keys.get(i) {
            // Without a possessive ending both keys are one.
            Some(k) if k.stripped_end == k.end => cached(&k.raw_lex, self.raw(i)),
            Some(k) => cached(&k.stripped_lex, self.stripped(i)),
            None => Lex::of(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::fold;

    #[test]
    fn the_wide_plain_test_is_the_byte_test() {
        let pieces = [
            "a", "Z", "A", "z", ".", "'", "-", "@", "[", "`", "{", "\u{7f}", "é", "0", "s", "'s",
            "s'", "S", "\u{2019}",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..4000 {
            let s = crate::random_text::random_text(&pieces, &mut state, 21);
            assert_eq!(
                folds_to_itself(s.as_bytes()),
                s.bytes().all(plain_byte),
                "{s:?}"
            );
            if folds_to_itself(s.as_bytes()) {
                assert_eq!(
                    plain_stem_len(s.as_bytes()),
                    strip_possessive(&s).len(),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn keys_equal_folding_each_token() {
        let text =
            "Mexico's U.S. officials met Calderón’s aide, the states' envoys; déjà vu. 6,290 \
                    people and 1.4 DEA agents'.";
        let a = Analysis::new(text);
        let keys = TokenKeys::new(&a);
        for i in 0..a.tokens.len() {
            let w = a.token_text(i);
            assert_eq!(keys.raw(i), fold(w), "{w:?}");
            assert_eq!(keys.stripped(i), fold(strip_possessive(w)), "{w:?}");
            for _ in 0..2 {
                assert_eq!(keys.raw_lex(i), Lex::of(&fold(w)), "{w:?}");
                assert_eq!(keys.stripped_lex(i), Lex::of(&fold(strip_possessive(w))));
            }
        }
        assert_eq!(keys.raw(a.tokens.len()), "");
    }
}
