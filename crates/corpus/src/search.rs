//! Full-text search over the articles' sentences. Case and accents do not matter
//! ("calderon" finds "Calderón"); words in double quotes must appear together, in order;
//! every term must appear in the same sentence (AND). The last word of each term matches
//! as a prefix ("cartel" finds "cartels").
//!
//! Words are folded once per corpus into an inverted index ([`WordIndex`]); a search reads
//! the articles that contain its terms and compares word ids in their sentences.

use std::collections::{BTreeSet, HashMap};

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
    for_each_word(text, |word, span| out.push((word.to_owned(), span)));
    out
}

/// Calls `f` with each folded word of `text` and its span, reusing one buffer (no allocation
/// per word).
fn for_each_word(text: &str, mut f: impl FnMut(&str, Span)) {
    let mut word = String::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            match fold_char(c) {
                Some(folded) => word.push_str(folded),
                None => word.extend(c.to_lowercase()),
            }
        } else if is_combining_mark(c) && !word.is_empty() {
            // A decomposed accent: part of the word, adds nothing to its folded form.
        } else if !word.is_empty() {
            f(&word, Span::new(start, i));
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word, Span::new(start, text.len()));
    }
}

/// Where the word starting at byte `start` of `text` ends (the rule of [`fold_words`]).
fn word_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return start;
    };
    rest.char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || is_combining_mark(c)))
        .map_or(text.len(), |(i, _)| start + i)
}

/// One occurrence of a word: its article and its position among the article's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Posting {
    doc: u32,
    word: u32,
}

/// A positional inverted index of the articles' folded words, built once per corpus.
///
/// Words get ids in sorted order, so the words a prefix starts are one id range; each id
/// lists where it occurs, and each article keeps the start of each of its words. A search
/// therefore costs in proportion to the occurrences of its terms, not to the size of the
/// corpus (12 bytes a word, no strings per word).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WordIndex {
    /// Distinct folded words, sorted.
    vocab: Vec<String>,
    /// Per word id: its occurrences, in (article, position) order.
    postings: Vec<Vec<Posting>>,
    /// Per article, per word in text order: its start byte. (Lengths per word would cost 2
    /// more bytes a word, 12 MB at 10,000 articles: see `lens`.)
    starts: Vec<Vec<u32>>,
    /// Per word id: the byte length of every occurrence in the text when they all have the
    /// same one (any ASCII word: case does not change it), else [`VARIES`]. A hit's end is
    /// then its start plus this, without reading the text (reading it was a cache miss per
    /// hit, half of a search's time at 10,000 articles).
    lens: Vec<u16>,
}

/// In [`WordIndex::lens`]: occurrences differ in length (or one is very long); the hit's end
/// is found in the text.
const VARIES: u16 = u16::MAX;

/// A sentence matching every term, with the spans to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceMatch {
    pub doc: usize,
    pub sentence: Span,
    pub hits: Vec<Span>,
}

/// What a search found ([`WordIndex::find`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    /// The first matching sentences, with their hits.
    pub first: Vec<SentenceMatch>,
    /// How many sentences match in all.
    pub sentences: usize,
    /// The articles with a matching sentence, in the order searched.
    pub docs: Vec<usize>,
}

/// Where a term occurs: (article, span from its first word's start to its last word's end).
type Occurrences = Vec<(usize, Span)>;

impl WordIndex {
    pub fn new(corpus: &Corpus) -> WordIndex {
        // Ids in order of first appearance, renumbered in sorted order at the end.
        let mut first_ids: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut first_lens: Vec<u16> = Vec::new();
        let mut starts: Vec<Vec<u32>> = Vec::with_capacity(corpus.articles.len());
        for (d, a) in corpus.articles.iter().enumerate() {
            let mut doc_starts = Vec::new();
            for_each_word(&a.doc.text, |word, span| {
                let len = u16::try_from(span.end - span.start).unwrap_or(VARIES);
                let id = match first_ids.get(word) {
                    Some(&id) => {
                        if first_lens[id as usize] != len {
                            first_lens[id as usize] = VARIES;
                        }
                        id
                    }
                    None => {
                        let id = postings.len() as u32;
                        first_ids.insert(word.to_owned(), id);
                        postings.push(Vec::new());
                        first_lens.push(len);
                        id
                    }
                };
                postings[id as usize].push(Posting {
                    doc: d as u32,
                    word: doc_starts.len() as u32,
                });
                doc_starts.push(u32::try_from(span.start).unwrap_or(u32::MAX));
            });
            doc_starts.shrink_to_fit();
            starts.push(doc_starts);
        }
        let mut vocab: Vec<(String, u32)> = first_ids.into_iter().collect();
        frontera_core::order::sort(&mut vocab);
        let mut taken: Vec<Option<Vec<Posting>>> = postings.into_iter().map(Some).collect();
        // Exact sizes: the lists grew by doubling, a quarter of their bytes on average spare.
        let postings = vocab
            .iter()
            .map(|(_, first)| {
                let mut list = taken[*first as usize].take().unwrap_or_default();
                list.shrink_to_fit();
                list
            })
            .collect();
        let lens = vocab
            .iter()
            .map(|(_, first)| first_lens[*first as usize])
            .collect();
        WordIndex {
            vocab: vocab.into_iter().map(|(w, _)| w).collect(),
            postings,
            starts,
            lens,
        }
    }

    /// The ids of the words starting with `prefix` (one range: the vocabulary is sorted).
    fn prefix_ids(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.vocab.partition_point(|v| v.as_str() < prefix);
        let hi = lo + self.vocab[lo..].partition_point(|v| v.starts_with(prefix));
        lo..hi
    }

    /// The occurrences of a word: exactly, or of every word it starts (`prefix`), sorted,
    /// each with its word's length in [`WordIndex::lens`].
    fn word_postings(&self, word: &str, prefix: bool) -> Vec<(Posting, u16)> {
        let ids = if prefix {
            self.prefix_ids(word)
        } else {
            match self.vocab.binary_search_by(|v| v.as_str().cmp(word)) {
                Ok(id) => id..id + 1,
                Err(_) => return Vec::new(),
            }
        };
        let mut out: Vec<(Posting, u16)> = ids
            .flat_map(|id| {
                let len = self.lens.get(id).copied().unwrap_or(VARIES);
                self.postings[id].iter().map(move |&p| (p, len))
            })
            .collect();
        // One sorted run per word: a stable sort merges runs rather than sorting afresh.
        frontera_core::order::sort(&mut out);
        out
    }

    /// Every occurrence of `term` in the articles marked in `allowed`, sorted: its words in
    /// order, the last one as a prefix. Phrases join the words' occurrence lists on
    /// consecutive positions, without reading the text.
    fn occurrences(&self, corpus: &Corpus, term: &[String], allowed: &[bool]) -> Occurrences {
        let k = term.len();
        // Where the term may start, with the length of its last word matched so far.
        let mut starts_at: Vec<(Posting, u16)> = match term.first() {
            Some(first) => self.word_postings(first, k == 1),
            None => return Vec::new(),
        };
        starts_at.retain(|(p, _)| allowed.get(p.doc as usize).copied().unwrap_or(false));
        for (i, word) in term.iter().enumerate().skip(1) {
            let next = self.word_postings(word, i + 1 == k);
            starts_at.retain_mut(|(p, len)| {
                let want = Posting {
                    doc: p.doc,
                    word: p.word + i as u32,
                };
                match next.binary_search_by_key(&want, |&(q, _)| q) {
                    Ok(at) => {
                        *len = next[at].1;
                        true
                    }
                    Err(_) => false,
                }
            });
        }
        let mut out = Vec::with_capacity(starts_at.len());
        for (p, len) in starts_at {
            let (d, w, last) = (p.doc as usize, p.word as usize, (p.word as usize) + k - 1);
            let (Some(a), Some(starts)) = (corpus.articles.get(d), self.starts.get(d)) else {
                continue;
            };
            if let (Some(&s), Some(&e)) = (starts.get(w), starts.get(last)) {
                let end = if len == VARIES {
                    word_end(&a.doc.text, e as usize)
                } else {
                    e as usize + usize::from(len)
                };
                out.push((d, Span::new(s as usize, end)));
            }
        }
        out
    }

    /// Sentences of the articles `docs` (in that order) matching every term of `query`.
    pub fn search(&self, corpus: &Corpus, query: &Query, docs: &[usize]) -> Vec<SentenceMatch> {
        self.find(corpus, query, docs, usize::MAX).first
    }

    /// [`WordIndex::search`] for a view that shows at most `keep` sentences: those first
    /// ones with their hits, and of the rest only how many there are and in which articles
    /// (a sentence past `keep` is checked without gathering its hits).
    pub fn find(&self, corpus: &Corpus, query: &Query, docs: &[usize], keep: usize) -> Found {
        let (mut out, mut sentences, mut found_docs) = (Vec::new(), 0, Vec::new());
        if query.is_empty() {
            return Found::default();
        }
        let mut allowed = vec![false; corpus.articles.len()];
        for &d in docs {
            if let Some(a) = allowed.get_mut(d) {
                *a = true;
            }
        }
        let mut terms: Vec<Occurrences> = Vec::with_capacity(query.terms.len());
        for term in &query.terms {
            let occ = self.occurrences(corpus, term, &allowed);
            if occ.is_empty() {
                return Found::default();
            }
            terms.push(occ);
        }
        for &d in docs {
            let Some(a) = corpus.articles.get(d) else {
                continue;
            };
            // This article's occurrences of each term (the lists are sorted by article).
            let mut in_doc = Vec::with_capacity(terms.len());
            for occ in &terms {
                let lo = occ.partition_point(|&(x, _)| x < d);
                let hi = occ.partition_point(|&(x, _)| x <= d);
                if lo == hi {
                    break;
                }
                in_doc.push(&occ[lo..hi]);
            }
            if in_doc.len() < terms.len() {
                continue;
            }
            // Sentences without an occurrence of the first term are skipped at once.
            let first = in_doc[0];
            let sentences_before = sentences;
            for &sentence in &a.extraction.sentences {
                let first_in = first.partition_point(|(_, s)| s.start < sentence.start);
                if first
                    .get(first_in)
                    .is_none_or(|(_, s)| s.start >= sentence.end)
                {
                    continue;
                }
                if out.len() >= keep {
                    let all = in_doc.iter().all(|spans| {
                        let from = spans.partition_point(|(_, s)| s.start < sentence.start);
                        spans[from..]
                            .iter()
                            .take_while(|(_, s)| s.start < sentence.end)
                            .any(|(_, s)| s.end <= sentence.end)
                    });
                    sentences += usize::from(all);
                    continue;
                }
                let mut hits = Vec::new();
                let all = in_doc.iter().all(|spans| {
                    let before = hits.len();
                    let from = spans.partition_point(|(_, s)| s.start < sentence.start);
                    hits.extend(
                        spans[from..]
                            .iter()
                            .map(|&(_, s)| s)
                            .take_while(|s| s.start < sentence.end)
                            .filter(|s| s.end <= sentence.end),
                    );
                    hits.len() > before
                });
                if all {
                    frontera_core::order::sort(&mut hits);
                    hits.dedup();
                    out.push(SentenceMatch {
                        doc: d,
                        sentence,
                        hits,
                    });
                    sentences += 1;
                }
            }
            if sentences > sentences_before {
                found_docs.push(d);
            }
        }
        Found {
            first: out,
            sentences,
            docs: found_docs,
        }
    }

    /// The articles among `docs` with at least one matching sentence.
    pub fn matching_docs(&self, corpus: &Corpus, query: &Query, docs: &[usize]) -> BTreeSet<usize> {
        frontera_core::order::set(self.search(corpus, query, docs).into_iter().map(|m| m.doc))
    }
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

    /// The index must find exactly what a plain scan of every sentence finds.
    #[test]
    fn a_limited_search_counts_what_it_does_not_keep() {
        let c = corpus();
        let idx = WordIndex::new(&c);
        for q in ["troops", "calderon", "cartels", "said", "zzz"] {
            let query = Query::parse(q);
            let all = idx.search(&c, &query, &[0, 1]);
            for keep in [0, 1, 2, 10] {
                let f = idx.find(&c, &query, &[0, 1], keep);
                assert_eq!(f.sentences, all.len(), "{q} {keep}");
                assert_eq!(f.first[..], all[..keep.min(all.len())], "{q} {keep}");
                let mut docs: Vec<usize> = all.iter().map(|m| m.doc).collect();
                docs.dedup();
                assert_eq!(f.docs, docs, "{q} {keep}");
            }
        }
    }

    #[test]
    fn index_agrees_with_a_plain_scan() {
        let texts = [
            "Drug cartels fought. The drug cartel lost; drug\ncartels won. Cartels, cartel!",
            "Calderón met Caldero\u{301}n in Juárez. JUÁREZ police said drug trafficking rose.",
            "Border agents and border patrol agents. Agents at the border said nothing.",
            "",
            "One word",
        ];
        let c = Corpus::new(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| article(&format!("d{i}"), t, &[], &[]))
                .collect(),
        );
        let idx = WordIndex::new(&c);
        let queries = [
            "cartel",
            "\"drug cartels\"",
            "\"drug cartel\"",
            "drug cartels",
            "calderon",
            "juarez police",
            "border agents",
            "\"border patrol agents\"",
            "\"agents at the\"",
            "a",
            "zzz",
            "\"one word\"",
            "\"cartels cartel\"",
            // Occurrences of one folded word with different byte lengths, last in a phrase.
            "\"met calderon\"",
            "\"calderon met calde\"",
        ];
        for q in queries {
            let query = Query::parse(q);
            for docs in [vec![0, 1, 2, 3, 4], vec![2, 0], vec![1]] {
                assert_eq!(
                    idx.search(&c, &query, &docs),
                    plain_scan(&c, &query, &docs),
                    "{q}"
                );
            }
        }
    }

    fn plain_scan(c: &Corpus, query: &Query, docs: &[usize]) -> Vec<SentenceMatch> {
        let mut out = Vec::new();
        for &d in docs {
            let a = &c.articles[d];
            let words = fold_words(&a.doc.text);
            for &sentence in &a.extraction.sentences {
                let sw: Vec<&(String, Span)> = words
                    .iter()
                    .filter(|(_, s)| s.start >= sentence.start && s.end <= sentence.end)
                    .collect();
                let mut hits = Vec::new();
                let all = query.terms.iter().all(|term| {
                    let before = hits.len();
                    let k = term.len();
                    for j in 0..sw.len().saturating_sub(k - 1) {
                        let ok = term.iter().enumerate().all(|(i, t)| {
                            let w = &sw[j + i].0;
                            if i + 1 == k {
                                w.starts_with(t.as_str())
                            } else {
                                w == t
                            }
                        });
                        if ok {
                            hits.push(Span::new(sw[j].1.start, sw[j + k - 1].1.end));
                        }
                    }
                    hits.len() > before
                });
                if all && !query.terms.is_empty() {
                    frontera_core::order::sort(&mut hits);
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
}
