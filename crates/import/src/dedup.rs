//! The same article twice (a re-import, a page saved twice, a feed that repeats) is reported
//! and kept once. Texts are compared by a stable hash of their words, so differences of
//! spacing and line breaks do not count.

use std::collections::BTreeMap;

use frontera_core::Document;

/// 64-bit FNV-1a of the text with every run of whitespace read as one space and the ends
/// trimmed. Stable across runs and platforms, so the app can store it.
pub fn text_hash(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            feed(b" ");
        }
        feed(word.as_bytes());
    }
    hash
}

/// What is already imported: text hashes (with the id that has each) and ids in use.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    texts: BTreeMap<u64, String>,
    ids: BTreeMap<String, ()>,
}

/// What [`Seen::admit`] decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Admission {
    /// New; the id may have been changed to keep ids unique (the old one is given).
    New(Document, Option<String>),
    /// Same text as the document with this id.
    Duplicate(String),
}

impl Seen {
    /// Start from documents already in the corpus.
    pub fn from_documents<'a>(docs: impl IntoIterator<Item = &'a Document>) -> Self {
        let mut seen = Seen::default();
        for doc in docs {
            seen.texts.insert(text_hash(&doc.text), doc.id.clone());
            seen.ids.insert(doc.id.clone(), ());
        }
        seen
    }

    /// Start from stored hashes (id, hash), e.g. kept by the app beside its documents.
    pub fn from_hashes(hashes: impl IntoIterator<Item = (String, u64)>) -> Self {
        let mut seen = Seen::default();
        for (id, hash) in hashes {
            seen.texts.insert(hash, id.clone());
            seen.ids.insert(id, ());
        }
        seen
    }

    pub fn admit(&mut self, mut doc: Document) -> Admission {
        let hash = text_hash(&doc.text);
        if let Some(id) = self.texts.get(&hash) {
            return Admission::Duplicate(id.clone());
        }
        let mut renamed = None;
        if self.ids.contains_key(&doc.id) {
            let fresh = (2..)
                .map(|n| format!("{}-{n}", doc.id))
                .find(|c| !self.ids.contains_key(c))
                .unwrap_or_default();
            renamed = Some(std::mem::replace(&mut doc.id, fresh));
        }
        self.texts.insert(hash, doc.id.clone());
        self.ids.insert(doc.id.clone(), ());
        Admission::New(doc, renamed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    #[test]
    fn hash_ignores_spacing_only() {
        assert_eq!(text_hash("a  b\n\nc "), text_hash(" a b c"));
        assert_ne!(text_hash("a b c"), text_hash("a b d"));
        assert_ne!(text_hash("ab"), text_hash("a b"));
        // Fixed value: the app may persist hashes, so they must never change.
        assert_eq!(text_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn duplicates_are_refused_and_ids_kept_unique() {
        let mut seen = Seen::from_documents(&[doc("a", "One text.")]);
        assert_eq!(
            seen.admit(doc("b", "One   text.")),
            Admission::Duplicate("a".into())
        );
        assert_eq!(
            seen.admit(doc("a", "Other text.")),
            Admission::New(doc("a-2", "Other text."), Some("a".into()))
        );
        let mut from_store = Seen::from_hashes([("x".to_string(), text_hash("Stored."))]);
        assert_eq!(
            from_store.admit(doc("y", "Stored.")),
            Admission::Duplicate("x".into())
        );
    }
}
