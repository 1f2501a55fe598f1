//! Corpus-level tests over small made-up articles and hand-written extractions.

use super::*;
use frontera_core::{Entity, Mention, Quantity, QuantityKind, Quote, Timex};

/// Build a document and an extraction from `text`: each (type, canonical, surface) entity
/// gets every occurrence of `surface` as a mention; each (surface, value) timex its first
/// occurrence; sentences end at ". ".
pub(crate) fn article(
    id: &str,
    text: &str,
    ents: &[(EntityType, &str, &str)],
    dates: &[(&str, &str)],
) -> (Document, Extraction) {
    let doc = Document {
        id: id.into(),
        text: text.into(),
        ..Default::default()
    };
    let mut entities: Vec<Entity> = Vec::new();
    for &(kind, canonical, surface) in ents {
        let mentions = text
            .match_indices(surface)
            .map(|(s, m)| Mention {
                text: m.into(),
                start: s,
                end: s + m.len(),
            })
            .collect();
        entities.push(Entity {
            kind,
            canonical: canonical.into(),
            mentions,
            aliases: vec![],
            roles: vec![],
        });
    }
    let timex = dates
        .iter()
        .map(|&(surface, value)| {
            let s = text.find(surface).expect("date surface in text");
            Timex {
                text: surface.into(),
                start: s,
                end: s + surface.len(),
                value: value.into(),
                relative: false,
            }
        })
        .collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sentences.push(Span::new(start, i + 1));
        start = i + 2;
    }
    if start < text.len() {
        sentences.push(Span::new(start, text.len()));
    }
    let x = Extraction {
        id: id.into(),
        entities,
        timex,
        sentences,
        ..Default::default()
    };
    (doc, x)
}

use EntityType::{Org, Person, Place};

fn sample() -> Corpus {
    Corpus::new(vec![
        article(
            "a",
            "Ana Ruiz met Tomás Vega in Tijuana in March 2008. Vega spoke later.",
            &[
                (Person, "Ana Ruiz", "Ana Ruiz"),
                (Person, "Tomás Vega", "Tomás Vega"),
                (Person, "Vega", "Vega spoke"),
                (Place, "Tijuana", "Tijuana"),
            ],
            &[("March 2008", "2008-03")],
        ),
        article(
            "b",
            "Tomas Vega visited the Border Agency on 2009-05-04. The agency hired 300 guards in 2010.",
            &[
                (Person, "Tomas Vega", "Tomas Vega"),
                (Org, "the Border Agency", "Border Agency"),
            ],
            &[("2009-05-04", "2009-05-04"), ("2010", "2010")],
        ),
        article(
            "c",
            "In Tijuana, the border agency said nothing. It was a quiet week.",
            &[
                (Place, "Tijuana", "Tijuana"),
                (Org, "Border Agency", "border agency"),
            ],
            &[("a quiet week", "P1W")],
        ),
    ])
}

fn entity(c: &Corpus, name: &str) -> usize {
    c.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {:?}", c.entities))
}

fn rows(c: &Corpus, facet: Facet, filters: &[Filter]) -> Vec<(String, usize)> {
    c.facet_rows(facet, filters)
        .into_iter()
        .map(|r| (r.value, r.count))
        .collect()
}

#[test]
fn the_same_people_and_places_are_one_entity_across_articles() {
    let c = sample();
    let vega = entity(&c, "Tomás Vega");
    assert_eq!(c.entities[vega].docs, BTreeSet::from([0, 1]));
    // The surname-only entity of article a joined the full name.
    assert_eq!(
        c.entities[vega].variants,
        vec!["Tomas Vega", "Tomás Vega", "Vega"]
    );
    assert_eq!(
        c.entities[entity(&c, "Tijuana")].docs,
        BTreeSet::from([0, 2])
    );
    assert_eq!(
        c.counts(),
        Counts {
            articles: 3,
            people: 2,
            orgs: 1,
            places: 1,
            events: 3
        }
    );
    assert_eq!(c.articles[0].entity_ids[1], c.articles[0].entity_ids[2]);
}

#[test]
fn facets_count_articles_and_sort_by_count() {
    let c = sample();
    assert_eq!(
        rows(&c, Facet::People, &[]),
        vec![("Tomás Vega".into(), 2), ("Ana Ruiz".into(), 1)]
    );
    assert_eq!(
        rows(&c, Facet::Years, &[]),
        vec![("2008".into(), 1), ("2009".into(), 1), ("2010".into(), 1)]
    );
    assert_eq!(
        rows(&c, Facet::Articles, &[]),
        vec![("a".into(), 1), ("b".into(), 1), ("c".into(), 1)]
    );
    assert_eq!(
        rows(&c, Facet::Orgs, &[]),
        vec![("Border Agency".into(), 2)]
    );
}

#[test]
fn filters_and_together_and_narrow_the_counts() {
    let c = sample();
    let vega = Filter::Entity(entity(&c, "Tomás Vega"));
    let tijuana = Filter::Entity(entity(&c, "Tijuana"));
    assert_eq!(c.matching_articles(&[vega]), vec![0, 1]);
    assert_eq!(c.matching_articles(&[vega, tijuana]), vec![0]);
    assert_eq!(c.matching_articles(&[vega, Filter::Year(2010)]), vec![1]);
    assert_eq!(
        c.matching_articles(&[Filter::Article(2), vega]),
        Vec::<usize>::new()
    );
    // Under "Tijuana", only article a and c count; rows with no article disappear,
    // the active row stays.
    assert_eq!(
        rows(&c, Facet::People, &[tijuana]),
        vec![("Tomás Vega".into(), 1), ("Ana Ruiz".into(), 1)]
    );
    assert_eq!(rows(&c, Facet::Years, &[tijuana]), vec![("2008".into(), 1)]);
    let active: Vec<bool> = c
        .facet_rows(Facet::Places, &[tijuana])
        .iter()
        .map(|r| r.active)
        .collect();
    assert_eq!(active, vec![true]);
    assert_eq!(
        c.facet_rows(Facet::Articles, &[Filter::Article(1)]).len(),
        1
    );
}

#[test]
fn timeline_events_are_dated_sentences_in_date_order() {
    let c = sample();
    let shown: Vec<(&str, usize, timeline::Precision)> = c
        .events
        .iter()
        .map(|e| (e.value.as_str(), e.doc, e.date.precision))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("2008-03", 0, timeline::Precision::Month),
            ("2009-05-04", 1, timeline::Precision::Day),
            ("2010", 1, timeline::Precision::Year),
        ]
    );
    // The event knows its sentence and the people in it.
    let first = &c.events[0];
    let text = &c.articles[0].doc.text;
    assert_eq!(
        &text[first.sentence.start..first.sentence.end],
        "Ana Ruiz met Tomás Vega in Tijuana in March 2008."
    );
    assert!(first.entities.contains(&entity(&c, "Ana Ruiz")));
    assert!(!c.events[2].entities.contains(&entity(&c, "Tomás Vega")));
}

#[test]
fn filters_narrow_the_timeline() {
    let c = sample();
    let vega = Filter::Entity(entity(&c, "Tomás Vega"));
    assert_eq!(c.visible_events(&[]), vec![0, 1, 2]);
    assert_eq!(c.visible_events(&[vega]), vec![0, 1, 2]);
    assert_eq!(c.visible_events(&[vega, Filter::Year(2009)]), vec![1]);
    assert_eq!(c.visible_events(&[Filter::Article(0)]), vec![0]);
    assert!(c.event_names_filtered_entity(&c.events[1], &[vega]));
    assert_eq!(c.sentence_at(0, 3), Some(c.events[0].sentence));
    assert_eq!(c.sentence_at(0, 999), None);
    assert_eq!(c.sentence_at(7, 0), None);
    assert!(!c.event_names_filtered_entity(&c.events[2], &[vega]));
}

#[test]
fn a_time_range_narrows_articles_events_and_counts() {
    let c = sample();
    let day = timeline::days_from_civil;
    // April 2009 to the end of 2009: only article b's May 2009 sentence.
    let range = Filter::Range(day(2009, 4, 1), day(2010, 1, 1));
    assert_eq!(c.matching_articles(&[range]), vec![1]);
    assert_eq!(c.visible_events(&[range]), vec![1]);
    assert_eq!(rows(&c, Facet::Places, &[range]), vec![]);
    assert_eq!(c.facet_of(range), Facet::Years);
    assert_eq!(c.filter_title(range), "Time");
    assert_eq!(c.filter_title(Filter::Year(2009)), "Years mentioned");
    assert_eq!(c.filter_label(range), "Apr – Dec 2009");
    assert_eq!(c.filter_value(range), "2009-04-01/2010-01-01");
    // A range touching March 2008's last day keeps the month-long event.
    let edge = Filter::Range(day(2008, 3, 31), day(2008, 4, 2));
    assert_eq!(c.visible_events(&[edge]), vec![0]);
    assert_eq!(c.matching_articles(&[edge]), vec![0]);
    // With another filter both must hold; an empty stretch matches nothing.
    let vega = Filter::Entity(entity(&c, "Tomás Vega"));
    assert_eq!(c.visible_events(&[vega, range]), vec![1]);
    let empty = Filter::Range(day(1999, 1, 1), day(2000, 1, 1));
    assert!(c.matching_articles(&[empty]).is_empty());
    assert!(c.visible_events(&[empty]).is_empty());
}

#[test]
fn a_sentence_with_two_dates_gives_two_events_but_a_repeat_gives_one() {
    let c = Corpus::new(vec![article(
        "d",
        "It rose in 2007 and in 2008, and again in 2008 by far.",
        &[],
        &[
            ("2007", "2007"),
            ("2008", "2008"),
            ("again in 2008", "2008"),
        ],
    )]);
    let values: Vec<&str> = c.events.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(values, vec!["2007", "2008"]);
}

#[test]
fn reader_marks_cover_names_dates_figures_and_quotes() {
    let (doc, mut x) = article(
        "e",
        "Ana Ruiz said “300 guards came in 2010.”",
        &[(Person, "Ana Ruiz", "Ana Ruiz")],
        &[("2010", "2010")],
    );
    let f = doc.text.find("300 guards").unwrap_or(0);
    x.quantities.push(Quantity {
        text: "300 guards".into(),
        start: f,
        end: f + 10,
        kind: QuantityKind::Count,
        value: 300.0,
        value_high: None,
        unit: "guards".into(),
        about: String::new(),
        period: Some("2010".into()),
        hedge: None,
    });
    let q = doc.text.find('“').unwrap_or(0);
    x.quotes.push(Quote {
        speaker: "Ana Ruiz".into(),
        text: "300 guards came in 2010.".into(),
        start: q + '“'.len_utf8(),
        end: doc.text.len() - '”'.len_utf8(),
        speaker_span: None,
    });
    let c = Corpus::new(vec![(doc, x)]);
    let (marks, infos) = c.reader_marks(0);
    let kinds: Vec<MarkKind> = marks.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![
            MarkKind::Person,
            MarkKind::Date,
            MarkKind::Figure,
            MarkKind::Quote
        ]
    );
    assert_eq!(infos[0].tip, "person: Ana Ruiz");
    assert_eq!(infos[0].entity, Some(0));
    assert_eq!(infos[2].tip, "count: 300 guards (2010)");
    // The quote links to its speaker's entity (by name here).
    assert_eq!(infos[3].entity, Some(0));
    assert!(c.reader_marks(9).0.is_empty());
}

#[test]
fn labels_and_numbers() {
    let mut c = sample();
    assert_eq!(c.articles[0].label(), "a");
    c.articles[0].doc.source = Some("AFP".into());
    assert_eq!(c.articles[0].label(), "Untitled (AFP)");
    c.articles[0].doc.title = Some(" Headline ".into());
    assert_eq!(c.articles[0].label(), "Headline");
    assert_eq!(fmt_number(2_400_000_000.0), "2,400,000,000");
    assert_eq!(fmt_number(-1234.0), "-1,234");
    assert_eq!(fmt_number(12.5), "12.50");
}

#[test]
fn an_empty_corpus_has_nothing_to_show() {
    let c = Corpus::new(vec![]);
    assert_eq!(c.counts(), Counts::default());
    for f in Facet::ALL {
        assert!(c.facet_rows(f, &[]).is_empty());
    }
    assert!(c.visible_events(&[Filter::Year(2000)]).is_empty());
}

#[test]
fn a_corpus_built_step_by_step_is_the_corpus_built_at_once() {
    let at_once = sample();
    let mut b = CorpusBuilder::new();
    for a in &at_once.articles {
        b.push(a.doc.clone(), a.extraction.clone());
    }
    assert_eq!(b.len(), 3);
    let mut resolved = b.group().resolve(Corrections::default());
    assert!(resolved.step(1));
    assert!(resolved.step(1));
    let stepped = resolved.finish();
    assert_eq!(stepped, at_once);
}
