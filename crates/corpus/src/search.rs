//! Full-text search over the articles' sentences. Case and accents do not matter
//! ("calderon" finds "Calderón"); words in double quotes must appear together, in order;
//! every term must appear in the same sentence (AND). The last word of each term matches
//! as a prefix ("cartel" finds "cartels").
//!
//! Words are folded once per article ([`WordIndex`]); a search is then one pass over the
//! folded words of each article, without touching the text again.

use std::collections::BTreeSet;

use frontera_core::Span;

use crate::normalize::{fold_char, is_combining_mark};
use crate::Corpus;

/// A parsed query: terms, each one or more folded words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Vec<String>>,
}

impl Query {
    /// Words outside quotes are terms of one word; a quoted run is one term (a phrase).
    /// An unclosed quote runs to the end.
    pub fn parse(input: &str) -> Query {
        let mut terms = Vec::new();
        for (i, part) in input.split(['"', '\u{201C}', '\u{201D}']).enumerate() {
            let words: Vec<String> = fold_words(part).into_iter().map(|(w, _)| w).collect();
            if i % 2 == 1 {
                if !words.is_empty() {
                    terms.push(words);
                }
            } else {
                terms.extend(words.into_iter().map(|w| vec![w]));
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// The words of `text`, lower-case and without diacritics, each with its byte span in
/// `text`. A word is a run of letters and digits (accents stay inside it).
pub fn fold_words(text: &str) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            match fold_char(c) {
                Some(f) => word.push_str(f),
                None => word.extend(c.to_lowercase()),
            }
        } else if is_combining_mark(c) && !word.is_empty() {
            // A decomposed accent: part of the word, adds nothing to its folded form.
        } else if !word.is_empty() {
            out.push((std::mem::take(&mut word), Span::new(start, i)));
        }
    }
    if !word.is_empty() {
        out.push((word, Span::new(start, text.len())));
    }
    out
}

/// The folded words of every article, computed once per corpus.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WordIndex {
    words: Vec<Vec<(String, Span)>>,
}

/// A sentence matching every term, with the spans to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceMatch {
    pub doc: usize,
    pub sentence: Span,
    pub hits: Vec<Span>,
}

impl WordIndex {
    pub fn new(corpus: &Corpus) -> WordIndex {
        WordIndex {
            words: corpus
                .articles
                .iter()
                .map(|a| fold_words(&a.doc.text))
                .collect(),
        }
    }

    /// Sentences of the articles `docs` (in that order) matching every term of `query`.
    pub fn search(&self, corpus: &Corpus, query: &Query, docs: &[usize]) -> Vec<SentenceMatch> {
        let mut out = Vec::new();
        if query.is_empty() {
            return out;
        }
        for &d in docs {
            let (Some(a), Some(words)) = (corpus.articles.get(d), self.words.get(d)) else {
                continue;
            };
            for &sentence in &a.extraction.sentences {
                let lo = words.partition_point(|(_, s)| s.start < sentence.start);
                let hi = words.partition_point(|(_, s)| s.end <= sentence.end);
                let Some(sw) = words.get(lo..hi.max(lo)) else {
                    continue;
                };
                let mut hits = Vec::new();
                let all = query.terms.iter().all(|term| {
                    let before = hits.len();
                    hits.extend(term_hits(sw, term));
                    hits.len() > before
                });
                if all {
                    hits.sort();
                    hits.dedup();
                    out.push(SentenceMatch {
                        doc: d,
                        sentence,
                        hits,
                    });
                }
            }
        }
        out
    }

    /// The articles among `docs` with at least one matching sentence.
    pub fn matching_docs(&self, corpus: &Corpus, query: &Query, docs: &[usize]) -> BTreeSet<usize> {
        self.search(corpus, query, docs)
            .into_iter()
            .map(|m| m.doc)
            .collect()
    }
}

/// Where `term` occurs in `words`: whole words in order, the last one as a prefix.
fn term_hits(words: &[(String, Span)], term: &[String]) -> Vec<Span> {
    let k = term.len();
    if k == 0 || words.len() < k {
        return Vec::new();
    }
    (0..=words.len() - k)
        .filter(|&j| {
            term.iter().enumerate().all(|(i, t)| {
                let w = &words[j + i].0;
                if i + 1 == k {
                    w.starts_with(t.as_str())
                } else {
                    w == t
                }
            })
        })
        .map(|j| Span::new(words[j].1.start, words[j + k - 1].1.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use frontera_core::EntityType::Person;

    fn corpus() -> Corpus {
        Corpus::new(vec![
            article(
                "a",
                "Felipe Calderón sent troops to Ciudad Juárez. The cartels fought back. Troops stayed.",
                &[(Person, "Felipe Calderón", "Felipe Calderón")],
                &[],
            ),
            article(
                "b",
                "Officials said the drug cartels were armed. Calderon said nothing.",
                &[],
                &[],
            ),
        ])
    }

    #[test]
    fn folds_case_and_accents_and_keeps_spans() {
        let text = "CALDERÓN, Juárez's";
        let words = fold_words(text);
        let folded: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(folded, ["calderon", "juarez", "s"]);
        for (_, s) in &words {
            assert!(text.get(s.start..s.end).is_some());
        }
        assert_eq!(&text[words[0].1.start..words[0].1.end], "CALDERÓN");
        // Decomposed accents stay inside the word.
        let decomposed = "Caldero\u{301}n";
        assert_eq!(fold_words(decomposed)[0].0, "calderon");
        assert_eq!(fold_words(decomposed)[0].1.end, decomposed.len());
    }

    #[test]
    fn parses_phrases_and_words() {
        let q = Query::parse("Juárez \"drug cartels\" troops \"unclosed phrase");
        assert_eq!(
            q.terms,
            vec![
                vec!["juarez".to_owned()],
                vec!["drug".to_owned(), "cartels".to_owned()],
                vec!["troops".to_owned()],
                vec!["unclosed".to_owned(), "phrase".to_owned()],
            ]
        );
        assert!(Query::parse("  \"\" , ").is_empty());
    }

    #[test]
    fn finds_sentences_ignoring_case_and_accents() {
        let c = corpus();
        let idx = WordIndex::new(&c);
        let hits = idx.search(&c, &Query::parse("calderon"), &[0, 1]);
        assert_eq!(hits.len(), 2);
        let a = &c.articles[0].doc.text;
        assert_eq!(&a[hits[0].hits[0].start..hits[0].hits[0].end], "Calderón");
        assert_eq!(hits[1].doc, 1);
    }

    #[test]
    fn phrases_need_their_words_together_and_in_order() {
        let c = corpus();
        let idx = WordIndex::new(&c);
        let hits = idx.search(&c, &Query::parse("\"drug cartels\""), &[0, 1]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc, 1);
        let t = &c.articles[1].doc.text;
        assert_eq!(
            &t[hits[0].hits[0].start..hits[0].hits[0].end],
            "drug cartels"
        );
        assert!(idx
            .search(&c, &Query::parse("\"cartels drug\""), &[0, 1])
            .is_empty());
    }

    #[test]
    fn every_term_must_be_in_the_same_sentence() {
        let c = corpus();
        let idx = WordIndex::new(&c);
        // "troops" and "cartels" are both in article a, but not in one sentence.
        assert!(idx
            .search(&c, &Query::parse("troops cartels"), &[0, 1])
            .is_empty());
        let both = idx.search(&c, &Query::parse("troops juarez"), &[0, 1]);
        assert_eq!(both.len(), 1);
        assert_eq!(both[0].hits.len(), 2);
        // The last word matches as a prefix; only the given articles are searched.
        assert_eq!(idx.search(&c, &Query::parse("cartel"), &[0, 1]).len(), 2);
        assert_eq!(idx.search(&c, &Query::parse("cartel"), &[1]).len(), 1);
        assert_eq!(
            idx.matching_docs(&c, &Query::parse("troops"), &[0, 1]),
            BTreeSet::from([0])
        );
    }
}
