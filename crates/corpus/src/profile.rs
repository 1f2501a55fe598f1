//! Entity profiles: everything the corpus says about one person, organisation or place —
//! the surface forms it goes by, the roles the articles give it (each with its article and
//! that article's date, so a role that changed over time shows both), the sentences that
//! mention it, the entities it shares sentences with, and the quotes it speaks.

use std::collections::{BTreeMap, BTreeSet};

use frontera_core::{EntityType, Span};

use crate::normalize::name_key;
use crate::{sentence_of, Corpus};

/// A surface form and how often the corpus uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub text: String,
    pub count: usize,
}

/// A role or title as one article states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSeen {
    pub text: String,
    pub doc: usize,
    /// The article's publication date (TIMEX3 value), when known.
    pub date: Option<String>,
    /// The sentence stating it, for a link to the reader.
    pub sentence: Option<Span>,
}

/// A sentence mentioning the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceHit {
    pub sentence: Span,
    pub mentions: usize,
    /// The mentions in it, in text order.
    pub spans: Vec<Span>,
}

/// One article's mentions of the entity, sentence by sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMentions {
    pub doc: usize,
    pub mentions: usize,
    pub sentences: Vec<SentenceHit>,
}

/// Another entity and the number of sentences it shares with the profiled one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoOccurrence {
    pub entity: usize,
    pub sentences: usize,
}

/// A quotation attributed to the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    pub doc: usize,
    pub span: Span,
    pub sentence: Option<Span>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub entity: usize,
    pub kind: EntityType,
    pub name: String,
    /// Surface forms, most used first.
    pub aliases: Vec<Alias>,
    /// Roles by article date (undated last), then article and position.
    pub roles: Vec<RoleSeen>,
    /// Articles in corpus order.
    pub articles: Vec<ArticleMentions>,
    pub mentions: usize,
    /// Most shared sentences first.
    pub cooccurs: Vec<CoOccurrence>,
    pub quotes: Vec<QuoteRef>,
}

impl Corpus {
    /// The profile of corpus entity `entity`, or `None` when there is no such entity.
    pub fn profile(&self, entity: usize) -> Option<Profile> {
        let ce = self.entities.get(entity)?;
        let mut forms: BTreeMap<String, usize> = BTreeMap::new();
        let mut roles = Vec::new();
        let mut articles = Vec::new();
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        let mut quotes = Vec::new();
        for &d in &ce.docs {
            let Some(a) = self.articles.get(d) else {
                continue;
            };
            let x = &a.extraction;
            let text = a.doc.text.as_str();
            let date = x.doc_date.value.clone();
            let mine: Vec<usize> = (0..x.entities.len())
                .filter(|&i| a.entity_ids.get(i).copied().flatten() == Some(entity))
                .collect();
            // Sentences mentioning the entity, with their mention counts.
            let mut per_sentence: BTreeMap<Span, Vec<Span>> = BTreeMap::new();
            let mut keys = BTreeSet::new();
            let mut mention_spans = Vec::new();
            for &i in &mine {
                let ent = &x.entities[i];
                keys.insert(name_key(&ent.canonical));
                for m in &ent.mentions {
                    let shown = text.get(m.start..m.end).unwrap_or(&m.text).trim();
                    if !shown.is_empty() {
                        *forms.entry(shown.to_owned()).or_insert(0) += 1;
                        keys.insert(name_key(shown));
                    }
                    mention_spans.push(m.span());
                    let s = sentence_of(&x.sentences, m.start).unwrap_or(m.span());
                    per_sentence.entry(s).or_default().push(m.span());
                }
                for r in &ent.roles {
                    let role = crate::compact::span_text(text, r.start, r.end, &r.text).trim();
                    let duplicate = roles
                        .iter()
                        .any(|o: &RoleSeen| o.doc == d && o.text.eq_ignore_ascii_case(role));
                    if !duplicate && !role.is_empty() {
                        roles.push(RoleSeen {
                            text: role.to_owned(),
                            doc: d,
                            date: date.clone(),
                            sentence: sentence_of(&x.sentences, r.start),
                        });
                    }
                }
            }
            // Other entities sharing those sentences (each sentence counted once per entity).
            let mut seen: BTreeSet<(usize, Span)> = BTreeSet::new();
            for (ent, id) in x.entities.iter().zip(&a.entity_ids) {
                let Some(other) = *id else { continue };
                if other == entity {
                    continue;
                }
                for m in &ent.mentions {
                    let s = sentence_of(&x.sentences, m.start).unwrap_or(m.span());
                    if per_sentence.contains_key(&s) && seen.insert((other, s)) {
                        *shared.entry(other).or_insert(0) += 1;
                    }
                }
            }
            // Quotes whose speaker is one of its mentions or one of its names.
            for q in &x.quotes {
                let by_span = q
                    .speaker_span
                    .is_some_and(|sp| mention_spans.iter().any(|m| overlaps(*m, sp)));
                let by_name = !q.speaker.trim().is_empty() && keys.contains(&name_key(&q.speaker));
                if by_span || by_name {
                    quotes.push(QuoteRef {
                        doc: d,
                        span: Span::new(q.start, q.end),
                        sentence: sentence_of(&x.sentences, q.start),
                        text: text.get(q.start..q.end).unwrap_or(&q.text).to_owned(),
                    });
                }
            }
            let sentences: Vec<SentenceHit> = per_sentence
                .into_iter()
                .map(|(sentence, mut spans)| {
                    frontera_core::order::sort(&mut spans);
                    spans.dedup();
                    SentenceHit {
                        sentence,
                        mentions: spans.len(),
                        spans,
                    }
                })
                .collect();
            articles.push(ArticleMentions {
                doc: d,
                mentions: sentences.iter().map(|s| s.mentions).sum(),
                sentences,
            });
        }
        let mut aliases: Vec<Alias> = forms
            .into_iter()
            .map(|(text, count)| Alias { text, count })
            .collect();
        frontera_core::order::sort_by(&mut aliases, |a, b| {
            b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text))
        });
        frontera_core::order::sort_by(&mut roles, |a, b| {
            (a.date.is_none(), &a.date, a.doc, a.sentence).cmp(&(
                b.date.is_none(),
                &b.date,
                b.doc,
                b.sentence,
            ))
        });
        let mut cooccurs: Vec<CoOccurrence> = shared
            .into_iter()
            .map(|(entity, sentences)| CoOccurrence { entity, sentences })
            .collect();
        let mentions_of = |e: usize| self.entities.get(e).map_or(0, |e| e.mentions);
        frontera_core::order::sort_by(&mut cooccurs, |a, b| {
            b.sentences
                .cmp(&a.sentences)
                .then(mentions_of(b.entity).cmp(&mentions_of(a.entity)))
                .then(a.entity.cmp(&b.entity))
        });
        Some(Profile {
            entity,
            kind: ce.kind,
            name: ce.name.clone(),
            mentions: articles.iter().map(|a| a.mentions).sum(),
            aliases,
            roles,
            articles,
            cooccurs,
            quotes,
        })
    }
}

impl Profile {
    /// The roles grouped by wording (ignoring case), in the order of their first dated
    /// statement: one "President" with every article saying it, then a later "Governor".
    pub fn role_groups(&self) -> Vec<(&str, Vec<&RoleSeen>)> {
        let mut groups: Vec<(&str, Vec<&RoleSeen>)> = Vec::new();
        for r in &self.roles {
            match groups
                .iter_mut()
                .find(|(text, _)| text.to_lowercase() == r.text.to_lowercase())
            {
                Some((_, seen)) => seen.push(r),
                None => groups.push((r.text.as_str(), vec![r])),
            }
        }
        groups
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use frontera_core::{Quote, Role};
    use EntityType::{Org, Person, Place};

    fn corpus() -> Corpus {
        let (d1, mut x1) = article(
            "a",
            "Mayor Ana Ruiz met Tomás Vega in Tijuana. Ruiz thanked the army. Vega left.",
            &[
                (Person, "Ana Ruiz", "Ruiz"),
                (Person, "Tomás Vega", "Vega"),
                (Place, "Tijuana", "Tijuana"),
                (Org, "army", "army"),
            ],
            &[],
        );
        x1.doc_date.value = Some("2008-03-01".into());
        x1.entities[0].roles.push(Role {
            text: "Mayor".into(),
            start: 0,
            end: 5,
        });
        let (d2, mut x2) = article(
            "b",
            "Governor Ana Ruíz said \"we will win\" in Tijuana. Ruíz spoke again.",
            &[
                (Person, "Ana Ruíz", "Ana Ruíz"),
                (Place, "Tijuana", "Tijuana"),
            ],
            &[],
        );
        x2.doc_date.value = Some("2010-05-01".into());
        x2.entities[0].roles.push(Role {
            text: "Governor".into(),
            start: 0,
            end: 8,
        });
        let q = d2.text.find("\"we will win\"").unwrap_or(0);
        x2.quotes.push(Quote {
            speaker: "Ana Ruíz".into(),
            text: "\"we will win\"".into(),
            start: q,
            end: q + "\"we will win\"".len(),
            speaker_span: None,
        });
        Corpus::new(vec![(d1, x1), (d2, x2)])
    }

    fn id(c: &Corpus, name: &str) -> usize {
        c.entities
            .iter()
            .position(|e| name_key(&e.name) == name_key(name))
            .expect("entity in corpus")
    }

    #[test]
    fn gathers_aliases_roles_and_mentions_across_articles() {
        let c = corpus();
        let p = c.profile(id(&c, "Ana Ruiz")).expect("profile");
        let forms: Vec<&str> = p.aliases.iter().map(|a| a.text.as_str()).collect();
        assert!(forms.contains(&"Ruiz"), "{forms:?}");
        assert!(forms.contains(&"Ana Ruíz"), "{forms:?}");
        // Both roles kept, oldest first, each with its article's date.
        let roles: Vec<(&str, Option<&str>)> = p
            .roles
            .iter()
            .map(|r| (r.text.as_str(), r.date.as_deref()))
            .collect();
        assert_eq!(
            roles,
            vec![
                ("Mayor", Some("2008-03-01")),
                ("Governor", Some("2010-05-01"))
            ]
        );
        assert_eq!(p.articles.len(), 2);
        assert_eq!(
            p.mentions,
            p.articles.iter().map(|a| a.mentions).sum::<usize>()
        );
        assert!(p.articles[0].sentences.len() >= 2);
        let first = &p.articles[0].sentences[0];
        let text = &c.articles[0].doc.text;
        assert_eq!(&text[first.spans[0].start..first.spans[0].end], "Ruiz");
    }

    #[test]
    fn ranks_cooccurring_entities_by_shared_sentences() {
        let c = corpus();
        let p = c.profile(id(&c, "Ana Ruiz")).expect("profile");
        let first = p.cooccurs.first().expect("co-occurrences");
        assert_eq!(c.entities[first.entity].name, "Tijuana");
        assert_eq!(first.sentences, 2);
        assert!(p.cooccurs.iter().all(|o| o.entity != p.entity));
    }

    #[test]
    fn finds_quotes_by_speaker_name() {
        let c = corpus();
        let p = c.profile(id(&c, "Ana Ruiz")).expect("profile");
        assert_eq!(p.quotes.len(), 1);
        assert_eq!(p.quotes[0].text, "\"we will win\"");
        let vega = c.profile(id(&c, "Tomás Vega")).expect("profile");
        assert!(vega.quotes.is_empty());
    }

    #[test]
    fn groups_roles_by_wording_in_date_order() {
        let role = |text: &str, doc: usize, date: &str| RoleSeen {
            text: text.into(),
            doc,
            date: Some(date.into()),
            sentence: None,
        };
        let p = Profile {
            entity: 0,
            kind: Person,
            name: "X".into(),
            aliases: vec![],
            roles: vec![
                role("Mayor", 0, "2006"),
                role("Governor", 1, "2008"),
                role("mayor", 2, "2009"),
            ],
            articles: vec![],
            mentions: 0,
            cooccurs: vec![],
            quotes: vec![],
        };
        let groups: Vec<(&str, Vec<usize>)> = p
            .role_groups()
            .into_iter()
            .map(|(t, seen)| (t, seen.iter().map(|r| r.doc).collect()))
            .collect();
        assert_eq!(groups, vec![("Mayor", vec![0, 2]), ("Governor", vec![1])]);
    }

    #[test]
    fn unknown_entity_has_no_profile() {
        assert!(corpus().profile(usize::MAX).is_none());
    }
}
