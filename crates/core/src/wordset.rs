//! Word lists looked up by hashing: the lexicon tests of the quote and figure stages ask
//! short closed lists (titles, function words, prepositions) about nearly every token, and
//! a scan of a list per token added up. Keys are ASCII-lowercased on the stack, so a look-up
//! allocates nothing; answers equal an ASCII case-insensitive scan of the list.

use crate::entities::lexicon::WordHasher;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

type Build = BuildHasherDefault<WordHasher>;

/// Run `f` on `w` lowercased (ASCII only), from a stack buffer when it fits.
fn with_lower<R>(w: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        Some(key) => {
            key.copy_from_slice(w.as_bytes());
            key.make_ascii_lowercase();
            f(key)
        }
        None => f(&w.as_bytes().to_ascii_lowercase()),
    }
}

/// A word list answering exactly as `quotes::names::is_in` (ASCII case-insensitive) with one hash look-up
/// instead of a scan: the name-run tests ask the long lists (titles, function words, speech
/// verbs) about every capitalised token, again at every candidate start. A word hasher rather
/// than the default SipHash: the keys are short words, where SipHash's set-up dominates.
pub struct WordSet {
    words: HashSet<Box<[u8]>, Build>,
    longest: usize,
}

impl WordSet {
    pub fn new(list: &[&str]) -> Self {
        WordSet {
            words: list
                .iter()
                .map(|x| x.as_bytes().to_ascii_lowercase().into())
                .collect(),
            longest: list.iter().map(|x| x.len()).max().unwrap_or(0),
        }
    }

    pub fn contains(&self, w: &str) -> bool {
        if w.len() > self.longest {
            return false;
        }
        with_lower(w, |key| self.words.contains(key))
    }
}

/// A [`WordSet`] over a static list, built on first use: `is_in` answers with a scan of
/// the list, which the name and subject tests ask about nearly every token.
pub struct LazyWordSet {
    list: &'static [&'static str],
    set: OnceLock<WordSet>,
}

impl LazyWordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        LazyWordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Exactly `list.iter().any(|x| x.eq_ignore_ascii_case(w))`.
    pub fn contains(&self, w: &str) -> bool {
        self.set.get_or_init(|| WordSet::new(self.list)).contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_answer_like_a_case_insensitive_scan() {
        const A: &[&str] = &["and", "or", "Of"];
        static SET: LazyWordSet = LazyWordSet::new(A);
        for w in [
            "and",
            "AND",
            "Of",
            "of",
            "in",
            "x",
            "",
            "é",
            "A-VERY-LONG-WORD-LONGER-THAN-THE-STACK-BUFFER",
        ] {
            assert_eq!(
                SET.contains(w),
                A.iter().any(|x| x.eq_ignore_ascii_case(w)),
                "{w}"
            );
        }
    }
}
