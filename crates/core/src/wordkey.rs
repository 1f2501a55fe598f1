//! Short words packed into one integer, ASCII-lowercased, and closed word lists looked up
//! by that integer: the date, figure and quote stages ask such lists about nearly every
//! token, and a chain of string comparisons (or hashing a heap key) per token added up.
//! A key is built in a few register operations on the stack and compared as one number.

use std::sync::OnceLock;

/// A word of 1 to 15 bytes: its bytes ASCII-lowercased in the low 15 bytes (little
/// endian), its length in the top byte. Two words have equal keys exactly when they are
/// equal ignoring ASCII case; 0 is never a key.
pub type Key = u128;

/// The longest word a key holds.
pub const MAX_LEN: usize = 15;

/// The key of `w`, None when it is empty or longer than [`MAX_LEN`] bytes.
#[inline(always)]
pub fn key(w: &str) -> Option<Key> {
    exact_key(w).map(ascii_lower)
}

/// [`key`] without the lowercasing: equal exactly when the words are equal byte for byte
/// (for tables whose words are already folded).
#[inline(always)]
pub fn exact_key(w: &str) -> Option<Key> {
    let b = w.as_bytes();
    let n = b.len();
    if n == 0 || n > MAX_LEN {
        return None;
    }
    // Two overlapping loads cover the word (the bytes they share are the same), rather
    // than a copy of variable length, which compiles to a call.
    let packed = if n >= 8 {
        let head = u64::from_le_bytes(b.get(..8)?.try_into().ok()?);
        let tail = u64::from_le_bytes(b.get(n - 8..)?.try_into().ok()?);
        u128::from(head) | (u128::from(tail) << (8 * (n - 8)))
    } else if n >= 4 {
        let head = u32::from_le_bytes(b.get(..4)?.try_into().ok()?);
        let tail = u32::from_le_bytes(b.get(n - 4..)?.try_into().ok()?);
        u128::from(head) | (u128::from(tail) << (8 * (n - 4)))
    } else {
        let byte = |i: usize| u128::from(b.get(i).copied().unwrap_or(0)) << (8 * i);
        byte(0) | byte(n / 2) | byte(n - 1)
    };
    Some(packed | ((n as u128) << 120))
}

/// ASCII-lowercase the 16 bytes of `x` at once: 'A'..='Z' gain 0x20, every other byte
/// (non-ASCII ones included) is left alone, as `make_ascii_lowercase` does.
#[inline(always)]
fn ascii_lower(x: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xFF;
    const HIGH: u128 = ONES * 0x80;
    let low7 = x & !HIGH;
    // Bytes of low7 are < 0x80, so these sums never carry into the next byte.
    let at_least_a = (low7 + ONES * (0x80 - b'A' as u128)) & HIGH;
    let past_z = (low7 + ONES * (0x80 - b'Z' as u128 - 1)) & HIGH;
    let upper = at_least_a & !past_z & !x;
    x | (upper >> 2)
}

/// Words (lowercase; longer ones than [`MAX_LEN`] are kept aside and scanned) with a value each, the first entry
/// for a word deciding its value; built into an open-addressing table on first use.
pub struct KeyMap<V: Copy + 'static> {
    source: Source<V>,
    table: OnceLock<Table<V>>,
}

/// The entries of a [`KeyMap`], in any of the shapes the lexicons are written in.
enum Source<V: 'static> {
    Pairs(&'static [(&'static str, V)]),
    Lists(&'static [(&'static [&'static str], V)]),
    Words(&'static [&'static str], V),
}

impl<V: Copy + 'static> Source<V> {
    fn entries(&self) -> Vec<(&'static str, V)> {
        match *self {
            Source::Pairs(pairs) => pairs.to_vec(),
            Source::Lists(lists) => lists
                .iter()
                .flat_map(|&(list, v)| list.iter().map(move |&w| (w, v)))
                .collect(),
            Source::Words(words, v) => words.iter().map(|&w| (w, v)).collect(),
        }
    }
}

struct Table<V: 'static> {
    /// A bit per (length, first byte, last byte) shape of the listed words, ASCII
    /// lowercased: most words asked about have no listed word's shape and are turned away
    /// before their key is built and looked up.
    shapes: [u64; SHAPE_WORDS],
    keys: Box<[Key]>,
    values: Box<[Option<V>]>,
    shift: u32,
    /// Words too long for a key, asked by a scan (only words as long are).
    long: Box<[(&'static str, V)]>,
    /// The longest word listed: longer ones are answered at once.
    longest: usize,
}

/// Words of [`Table::shapes`]: 1024 bits, two cache lines.
const SHAPE_WORDS: usize = 16;

/// The bit of a word's shape: its length and its first and last bytes, ASCII-lowercased
/// (words equal ignoring ASCII case have one shape).
#[inline(always)]
fn shape_bit(w: &[u8]) -> Option<usize> {
    let (first, last) = (
        w.first()?.to_ascii_lowercase(),
        w.last()?.to_ascii_lowercase(),
    );
    let h = (w.len() as u32) ^ (u32::from(first) << 8) ^ (u32::from(last) << 16);
    Some((h.wrapping_mul(0x9E37_79B1) >> 22) as usize)
}

#[inline(always)]
fn slot(k: Key, shift: u32) -> usize {
    let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

impl<V: Copy + 'static> Table<V> {
    fn build(entries: &[(&'static str, V)]) -> Self {
        // At most half full, at least 16 slots.
        let bits = (entries.len() * 2)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let size = 1usize << bits;
        let shift = 64 - bits;
        let mut keys = vec![0 as Key; size].into_boxed_slice();
        let mut values = vec![None; size].into_boxed_slice();
        let mut long = Vec::new();
        let mut shapes = [0u64; SHAPE_WORDS];
        for &(w, v) in entries {
            if let Some(bit) = shape_bit(w.as_bytes()) {
                if let Some(word) = shapes.get_mut(bit / 64) {
                    *word |= 1 << (bit % 64);
                }
            }
            let Some(k) = key(w) else {
                long.push((w, v));
                continue;
            };
            let mut i = slot(k, shift);
            while let Some(slot_key) = keys.get_mut(i) {
                if *slot_key == k {
                    break; // the first entry wins
                }
                if *slot_key == 0 {
                    *slot_key = k;
                    if let Some(slot_value) = values.get_mut(i) {
                        *slot_value = Some(v);
                    }
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        Table {
            shapes,
            keys,
            values,
            shift,
            long: long.into_boxed_slice(),
            longest: entries.iter().map(|(w, _)| w.len()).max().unwrap_or(0),
        }
    }

    #[inline(always)]
    fn get(&self, k: Key) -> Option<V> {
        let mask = self.keys.len() - 1;
        let mut i = slot(k, self.shift);
        loop {
            let slot_key = *self.keys.get(i)?;
            if slot_key == k {
                return self.values.get(i).copied().flatten();
            }
            if slot_key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

impl<V: Copy + 'static> KeyMap<V> {
    /// Word -> value pairs.
    pub const fn new(pairs: &'static [(&'static str, V)]) -> Self {
        KeyMap {
            source: Source::Pairs(pairs),
            table: OnceLock::new(),
        }
    }

    /// Several word lists, each with the value of its words (earlier lists win).
    pub const fn from_lists(lists: &'static [(&'static [&'static str], V)]) -> Self {
        KeyMap {
            source: Source::Lists(lists),
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> &Table<V> {
        self.table
            .get_or_init(|| Table::build(&self.source.entries()))
    }

    /// The value of `w` (ASCII case-insensitive), if listed.
    #[inline(always)]
    pub fn get(&self, w: &str) -> Option<V> {
        let t = self.table();
        if w.len() > t.longest {
            return None;
        }
        // (An empty word has no shape: it is looked up as before.)
        if let Some(bit) = shape_bit(w.as_bytes()) {
            if t.shapes
                .get(bit / 64)
                .is_none_or(|word| word & (1 << (bit % 64)) == 0)
            {
                return None;
            }
        }
        t.find(w)
    }
}

impl<V: Copy + 'static> Table<V> {
    /// The look-up proper, for the few words the shape filter lets through: kept out of
    /// line, so that each of the many call sites inlines only the filter (wasm size).
    #[inline(never)]
    fn find(&self, w: &str) -> Option<V> {
        match key(w) {
            Some(k) => self.get(k),
            None => self
                .long
                .iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(w))
                .map(|&(_, v)| v),
        }
    }
}

/// A word list answering ASCII case-insensitive membership with one key look-up; equal
/// to `list.iter().any(|x| x.eq_ignore_ascii_case(w))` for lists of short words.
pub struct KeySet {
    map: KeyMap<()>,
}

impl KeySet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        KeySet {
            map: KeyMap {
                source: Source::Words(words, ()),
                table: OnceLock::new(),
            },
        }
    }

    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        self.map.get(w).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_equal_exactly_when_words_match_ignoring_ascii_case() {
        let words = [
            "a",
            "A",
            "an",
            "An",
            "AN",
            "the",
            "The",
            "THE",
            "Zz",
            "zZ",
            "@[`{",
            "@[`{",
            "é",
            "É",
            "É",
            "x\u{0}",
            "x",
            "fifteen-letters",
            "sixteen-letters!",
            "",
            "\u{7f}Az",
            "Calderón",
            "CALDERÓN",
        ];
        for a in words {
            for b in words {
                let same = !a.is_empty() && a.len() <= MAX_LEN && a.eq_ignore_ascii_case(b);
                let keys_equal = key(a).is_some() && key(a) == key(b);
                assert_eq!(keys_equal, same, "{a:?} {b:?}");
            }
        }
        assert_eq!(key("Hello"), key("hello"));
    }

    #[test]
    fn keys_pack_every_length_like_a_plain_copy() {
        let text = "AbCdEfGhIjKlMnOpQ\u{e9}";
        for from in 0..4 {
            for n in 1..=MAX_LEN {
                let Some(w) = text.get(from..from + n) else {
                    continue;
                };
                let mut buf = [0u8; 16];
                buf[..n].copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                buf[15] = n as u8;
                assert_eq!(key(w), Some(u128::from_le_bytes(buf)), "{w:?}");
            }
        }
    }

    #[test]
    fn shape_filtered_look_ups_answer_like_a_scan() {
        static WORDS: &[&str] = &[
            "one",
            "two",
            "ten",
            "eleven",
            "hundred",
            "thousand",
            "million",
            "dozen",
            "a",
            "an",
            "said",
            "says",
            "told",
            "according",
            "characterization",
            "x",
            "é",
            "us$",
            "",
        ];
        static SET: KeySet = KeySet::new(WORDS);
        let pieces = [
            "o", "n", "e", "t", "w", "A", "N", "S", "d", "é", "$", "u", "s", "x",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut queries: Vec<String> = WORDS.iter().map(|w| w.to_uppercase()).collect();
        for _ in 0..20_000 {
            let q = crate::random_text::random_text(&pieces, &mut state, 9);
            queries.push(q);
        }
        for q in &queries {
            let scanned = WORDS.iter().any(|w| w.eq_ignore_ascii_case(q));
            assert_eq!(SET.contains(q), scanned, "{q:?}");
        }
    }

    #[test]
    fn lowercasing_matches_the_standard_library_on_every_byte() {
        for b in 0..=255u8 {
            let x = u128::from_le_bytes([b; 16]);
            assert_eq!(
                ascii_lower(x),
                u128::from_le_bytes([b.to_ascii_lowercase(); 16])
            );
        }
    }

    #[test]
    fn maps_answer_like_a_case_insensitive_scan_first_entry_winning() {
        static MAP: KeyMap<u8> = KeyMap::new(&[("and", 1), ("or", 2), ("and", 3), ("of", 4)]);
        static SET: KeySet = KeySet::new(&["and", "or"]);
        static LISTS: KeyMap<u8> = KeyMap::from_lists(&[(&["a", "b"], 1), (&["b", "c"], 2)]);
        assert_eq!((LISTS.get("B"), LISTS.get("c")), (Some(1), Some(2)));
        assert_eq!(MAP.get("AND"), Some(1));
        assert_eq!(MAP.get("Of"), Some(4));
        assert_eq!(MAP.get("x"), None);
        assert_eq!(MAP.get(""), None);
        assert_eq!(MAP.get("a-word-longer-than-fifteen"), None);
        static LONG: KeySet = KeySet::new(&["characterization", "x"]);
        assert!(LONG.contains("Characterization") && LONG.contains("X"));
        assert!(!LONG.contains("characterizations"));
        assert!(SET.contains("Or") && !SET.contains("of"));
    }
}
