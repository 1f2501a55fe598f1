//! Who appears with whom: pairs of corpus entities ranked by the sentences (or articles)
//! they share within a set of articles, and the shared sentences of one pair.

use std::collections::BTreeMap;

use frontera_core::Span;

use crate::{sentence_of, Corpus};

/// What counts as appearing together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Basis {
    /// Named in the same sentence.
    #[default]
    Sentences,
    /// Named in the same article.
    Articles,
}

/// Two entities (`a < b`) and how many sentences or articles they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub count: usize,
}

/// A sentence naming both entities of a pair, with the mentions of each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedSentence {
    pub doc: usize,
    pub sentence: Span,
    /// Mentions of either entity in the sentence, in text order.
    pub spans: Vec<Span>,
}

/// Counts of entities named together: row and column `i` are `entities[i]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matrix {
    pub entities: Vec<usize>,
    /// Row-major, symmetric; `counts[i * k + i]` is the sentences (or articles) naming
    /// `entities[i]` at all.
    counts: Vec<usize>,
}

impl Matrix {
    /// Shared sentences (or articles) of the entities in places `i` and `j` (0 outside).
    pub fn count(&self, i: usize, j: usize) -> usize {
        let k = self.entities.len();
        if i >= k || j >= k {
            return 0;
        }
        self.counts.get(i * k + j).copied().unwrap_or(0)
    }

    /// The largest count of two different entities (0 when none share anything).
    pub fn max_shared(&self) -> usize {
        let k = self.entities.len();
        (0..k)
            .flat_map(|i| (0..k).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| self.count(i, j))
            .max()
            .unwrap_or(0)
    }

    /// The place of an entity on the axes.
    pub fn position(&self, entity: usize) -> Option<usize> {
        self.entities.iter().position(|&e| e == entity)
    }
}

impl Corpus {
    /// The `top` entities named in the most of `docs` (then by mentions, then index).
    pub fn top_entities(&self, docs: &[usize], top: usize) -> Vec<usize> {
        let mut articles = vec![0u32; self.entities.len()];
        for &d in docs {
            for &e in self.flat.entities_of(d) {
                if let Some(n) = articles.get_mut(e as usize) {
                    *n += 1;
                }
            }
        }
        let mentions = |e: usize| self.entities.get(e).map_or(0, |x| x.mentions);
        let mut ranked: Vec<(usize, u32)> = articles
            .into_iter()
            .enumerate()
            .filter(|&(_, n)| n > 0)
            .collect();
        frontera_core::order::sort_by(&mut ranked, |x, y| {
            y.1.cmp(&x.1)
                .then(mentions(y.0).cmp(&mentions(x.0)))
                .then(x.0.cmp(&y.0))
        });
        ranked.truncate(top);
        ranked.into_iter().map(|(e, _)| e).collect()
    }

    /// How often each pair of `entities` is named together in `docs`: a dense symmetric
    /// matrix in the order given, its diagonal the sentences (or articles) naming each one.
    /// Unknown or repeated entities count nothing after their first place.
    pub fn cooccurrence_matrix(&self, docs: &[usize], basis: Basis, entities: &[usize]) -> Matrix {
        // Position of each chosen entity, and a dense count matrix over the chosen ones.
        let mut slot = vec![usize::MAX; self.entities.len()];
        for (i, &e) in entities.iter().enumerate().rev() {
            if let Some(s) = slot.get_mut(e) {
                *s = i;
            }
        }
        let k = entities.len();
        let mut counts = vec![0usize; k * k];
        // (sentence or article, slot) of every chosen entity, deduplicated per group.
        let mut members: Vec<(usize, usize)> = Vec::new();
        // Both lists are sorted by group, each (group, entity) once, and an entity has one
        // slot: the members of a group are adjacent and distinct without sorting.
        let slot_of = |e: u32| slot.get(e as usize).copied().filter(|&i| i != usize::MAX);
        for &d in docs {
            members.clear();
            match basis {
                Basis::Articles => members.extend(
                    self.flat
                        .entities_of(d)
                        .iter()
                        .filter_map(|&e| slot_of(e))
                        .map(|i| (0, i)),
                ),
                Basis::Sentences => members.extend(
                    self.flat
                        .sentence_entities_of(d)
                        .iter()
                        .filter_map(|&(s, e)| Some((s as usize, slot_of(e)?))),
                ),
            }
            for (n, &(group, i)) in members.iter().enumerate() {
                counts[i * k + i] += 1;
                for &(other_group, j) in &members[n + 1..] {
                    if other_group != group {
                        break;
                    }
                    counts[i * k + j] += 1;
                    counts[j * k + i] += 1;
                }
            }
        }
        Matrix {
            entities: entities.to_vec(),
            counts,
        }
    }

    /// Pairs among the `top` entities of `docs` that share at least one sentence (or
    /// article), most shared first; ties by the entities' mentions, then indices.
    pub fn cooccurring_pairs(&self, docs: &[usize], basis: Basis, top: usize) -> Vec<Pair> {
        let matrix = self.cooccurrence_matrix(docs, basis, &self.top_entities(docs, top));
        let chosen = &matrix.entities;
        let mentions = |e: usize| self.entities.get(e).map_or(0, |x| x.mentions);
        let mut pairs = Vec::new();
        for i in 0..chosen.len() {
            for j in i + 1..chosen.len() {
                let count = matrix.count(i, j);
                if count > 0 {
                    let (a, b) = (chosen[i].min(chosen[j]), chosen[i].max(chosen[j]));
                    pairs.push(Pair { a, b, count });
                }
            }
        }
        frontera_core::order::sort_by(&mut pairs, |x, y| {
            y.count
                .cmp(&x.count)
                .then((mentions(y.a) + mentions(y.b)).cmp(&(mentions(x.a) + mentions(x.b))))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        });
        pairs
    }

    /// The sentences of `docs` naming both `a` and `b`, in article then text order.
    pub fn shared_sentences(&self, docs: &[usize], a: usize, b: usize) -> Vec<SharedSentence> {
        let mut out = Vec::new();
        for &d in docs {
            let Some(art) = self.articles.get(d) else {
                continue;
            };
            if !(art.entities.contains(&a) && art.entities.contains(&b)) {
                continue;
            }
            let x = &art.extraction;
            let mut per_sentence: BTreeMap<Span, (bool, bool, Vec<Span>)> = BTreeMap::new();
            for (ent, id) in x.entities.iter().zip(&art.entity_ids) {
                let Some(e) = *id else { continue };
                if e != a && e != b {
                    continue;
                }
                for m in &ent.mentions {
                    let s = sentence_of(&x.sentences, m.start).unwrap_or(m.span());
                    let slot = per_sentence.entry(s).or_default();
                    slot.0 |= e == a;
                    slot.1 |= e == b;
                    slot.2.push(m.span());
                }
            }
            for (sentence, (has_a, has_b, mut spans)) in per_sentence {
                if has_a && has_b {
                    frontera_core::order::sort(&mut spans);
                    spans.dedup();
                    out.push(SharedSentence {
                        doc: d,
                        sentence,
                        spans,
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use frontera_core::EntityType::{Org, Person, Place};

    fn corpus() -> Corpus {
        Corpus::new(vec![
            article(
                "a",
                "Ana Ruiz met Tomás Vega in Tijuana. Vega left Tijuana. Ruiz stayed.",
                &[
                    (Person, "Ana Ruiz", "Ana Ruiz"),
                    (Person, "Tomás Vega", "Tomás Vega"),
                    (Person, "Vega", "Vega left"),
                    (Place, "Tijuana", "Tijuana"),
                ],
                &[],
            ),
            article(
                "b",
                "Tomas Vega visited the Border Agency. Later Ana Ruiz wrote about it.",
                &[
                    (Person, "Tomas Vega", "Tomas Vega"),
                    (Person, "Ana Ruiz", "Ana Ruiz"),
                    (Org, "Border Agency", "Border Agency"),
                ],
                &[],
            ),
        ])
    }

    fn id(c: &Corpus, name: &str) -> usize {
        c.entities.iter().position(|e| e.name == name).unwrap()
    }

    fn named(c: &Corpus, pairs: &[Pair]) -> Vec<(String, String, usize)> {
        pairs
            .iter()
            .map(|p| {
                let (mut x, mut y) = (c.entities[p.a].name.clone(), c.entities[p.b].name.clone());
                if x > y {
                    std::mem::swap(&mut x, &mut y);
                }
                (x, y, p.count)
            })
            .collect()
    }

    #[test]
    fn sentence_pairs_count_each_shared_sentence_once() {
        let c = corpus();
        let pairs = c.cooccurring_pairs(&[0, 1], Basis::Sentences, 10);
        let got = named(&c, &pairs);
        // Vega and Tijuana share two sentences ("Vega left Tijuana" through the surname).
        assert_eq!(
            got[0],
            ("Tijuana".into(), "Tomás Vega".into(), 2),
            "{got:?}"
        );
        assert!(got.contains(&("Ana Ruiz".into(), "Tomás Vega".into(), 1)));
        assert!(got.contains(&("Border Agency".into(), "Tomás Vega".into(), 1)));
        // Ruiz and the agency are in the same article but never the same sentence.
        assert!(!got
            .iter()
            .any(|p| p.0 == "Ana Ruiz" && p.1 == "Border Agency"));
        assert!(pairs.iter().all(|p| p.a < p.b));
    }

    #[test]
    fn article_pairs_and_the_scope_of_docs() {
        let c = corpus();
        let got = named(&c, &c.cooccurring_pairs(&[0, 1], Basis::Articles, 10));
        assert_eq!(
            got[0],
            ("Ana Ruiz".into(), "Tomás Vega".into(), 2),
            "{got:?}"
        );
        assert!(got.contains(&("Ana Ruiz".into(), "Border Agency".into(), 1)));
        // Only the given articles count.
        let only_b = named(&c, &c.cooccurring_pairs(&[1], Basis::Articles, 10));
        assert!(
            only_b.iter().all(|p| p.2 == 1) && only_b.len() == 3,
            "{only_b:?}"
        );
        assert!(c.cooccurring_pairs(&[], Basis::Sentences, 10).is_empty());
        // `top` keeps the entities named in the most articles.
        let top = c.top_entities(&[0, 1], 2);
        assert_eq!(top.len(), 2);
        assert!(top.contains(&id(&c, "Ana Ruiz")) && top.contains(&id(&c, "Tomás Vega")));
        assert_eq!(c.cooccurring_pairs(&[0, 1], Basis::Sentences, 2).len(), 1);
    }

    #[test]
    fn the_matrix_is_symmetric_with_each_entitys_own_count_on_the_diagonal() {
        let c = corpus();
        let (ruiz, vega, tijuana, agency) = (
            id(&c, "Ana Ruiz"),
            id(&c, "Tomás Vega"),
            id(&c, "Tijuana"),
            id(&c, "Border Agency"),
        );
        let axes = [tijuana, vega, ruiz, agency];
        let m = c.cooccurrence_matrix(&[0, 1], Basis::Sentences, &axes);
        assert_eq!(m.entities, axes);
        assert_eq!((m.count(0, 1), m.count(1, 0)), (2, 2));
        assert_eq!((m.count(1, 2), m.count(1, 3), m.count(2, 3)), (1, 1, 0));
        // Vega is named in three sentences, Tijuana in two.
        assert_eq!((m.count(1, 1), m.count(0, 0)), (3, 2));
        assert_eq!(m.max_shared(), 2);
        assert_eq!(m.count(4, 0), 0);
        assert_eq!(m.position(agency), Some(3));
        // Every pair of the ranked list agrees with the matrix.
        let m = c.cooccurrence_matrix(&[0, 1], Basis::Articles, &axes);
        assert_eq!(m.count(2, 3), 1);
        assert_eq!(m.count(2, 2), 2);
        // Unknown and repeated entities count nothing.
        let m = c.cooccurrence_matrix(&[0, 1], Basis::Sentences, &[vega, 999, vega]);
        assert_eq!((m.count(0, 0), m.count(1, 1), m.count(2, 2)), (3, 0, 0));
        assert_eq!(m.max_shared(), 0);
    }

    #[test]
    fn shared_sentences_list_both_names_marked() {
        let c = corpus();
        let (vega, tijuana) = (id(&c, "Tomás Vega"), id(&c, "Tijuana"));
        let shared = c.shared_sentences(&[0, 1], vega, tijuana);
        assert_eq!(shared.len(), 2);
        let text = &c.articles[0].doc.text;
        assert_eq!(
            &text[shared[1].sentence.start..shared[1].sentence.end],
            "Vega left Tijuana."
        );
        let marked: Vec<&str> = shared[1]
            .spans
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(marked, ["Vega left", "Tijuana"]);
        // Order of the pair does not matter; an unknown entity shares nothing.
        assert_eq!(c.shared_sentences(&[0, 1], tijuana, vega), shared);
        assert!(c.shared_sentences(&[0, 1], vega, 999).is_empty());
    }
}
