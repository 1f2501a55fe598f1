//! Sentences of our own making for each hard case of entity recognition.

use super::*;
use crate::model::EntityType::{self, Org, Person, Place};

fn ents(text: &str) -> Vec<Entity> {
    let a = Analysis::new(text);
    let out = extract(&a, &[]);
    for e in &out {
        for m in &e.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "span mismatch");
        }
    }
    out
}

fn find<'a>(es: &'a [Entity], kind: EntityType, mention: &str) -> Option<&'a Entity> {
    es.iter()
        .find(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == mention))
}

fn has(es: &[Entity], kind: EntityType, mention: &str) -> bool {
    find(es, kind, mention).is_some()
}

fn count(es: &[Entity], kind: EntityType) -> usize {
    es.iter().filter(|e| e.kind == kind).count()
}

#[test]
fn titles_introduce_people_and_give_roles() {
    let es = ents("Secretary of State Jane Doerr met Gov. Alan Whitcomb in Ohio on trade.");
    let jane = find(&es, Person, "Jane Doerr").expect("person");
    assert_eq!(jane.roles[0].text, "Secretary of State");
    assert!(has(&es, Person, "Alan Whitcomb"));
    assert!(has(&es, Place, "Ohio"));
    assert!(!es.iter().any(|e| e.canonical.contains("Secretary")));
}

#[test]
fn surnames_titles_and_accents_group_with_the_full_name() {
    let es = ents(
        "Peruvian President Ramón Quispeña spoke on Monday. Later Mr. Quispena said the talks \
         failed, and Quispeña's aides agreed.",
    );
    assert_eq!(count(&es, Person), 1, "{es:#?}");
    let p = find(&es, Person, "Ramón Quispeña").unwrap();
    assert_eq!(p.mentions.len(), 3);
    assert_eq!(p.canonical, "Ramón Quispeña");
}

#[test]
fn surname_before_full_name_still_groups() {
    let es = ents("Talks stalled, Harlow said. Senator Margaret Harlow of Iowa left early.");
    assert_eq!(count(&es, Person), 1, "{es:#?}");
    assert!(has(&es, Place, "Iowa"));
}

#[test]
fn organisation_heads_and_connectors() {
    let es = ents(
        "Officials of the Department of Homeland Security briefed the Joint Chiefs of Staff and \
         the Federal Bureau of Investigation, while the Gulf Cartel fought the Border Patrol.",
    );
    for m in [
        "Department of Homeland Security",
        "Joint Chiefs of Staff",
        "Federal Bureau of Investigation",
        "Gulf Cartel",
        "Border Patrol",
    ] {
        assert!(has(&es, Org, m), "{m}: {es:#?}");
    }
}

#[test]
fn acronym_with_long_form_is_one_entity() {
    let es = ents(
        "The Drug Enforcement Administration (DEA) raided a lab. Later, DEA agents seized guns.",
    );
    let dea = find(&es, Org, "DEA").expect("DEA");
    assert!(dea
        .mentions
        .iter()
        .any(|m| m.text == "Drug Enforcement Administration"));
    assert_eq!(count(&es, Org), 1, "{es:#?}");
}

#[test]
fn country_short_forms_are_one_place() {
    let es = ents(
        "The United States sent aid. Weapons flow from the U.S. into Honduras, and America \
         pays. U.S. officials agree.",
    );
    assert_eq!(count(&es, Place), 2, "{es:#?}");
    let us = find(&es, Place, "U.S.").unwrap();
    assert_eq!(us.canonical, "United States");
    assert!(us.mentions.iter().any(|m| m.text == "America"));
}

#[test]
fn nationality_adjectives_are_not_entities() {
    let es = ents("Mexican soldiers and Colombian police met American diplomats.");
    assert!(es.iter().all(|e| e.kind == EntityType::Misc), "{es:#?}");
}

#[test]
fn possessives_are_stripped() {
    let es = ents("Chile’s army and Bolivia's navy held drills.");
    assert!(
        has(&es, Place, "Chile") && has(&es, Place, "Bolivia"),
        "{es:#?}"
    );
}

#[test]
fn compound_place_names() {
    let es = ents("Flights from Trinidad and Tobago landed in Ciudad Juárez and El Paso.");
    for m in ["Trinidad and Tobago", "Ciudad Juárez", "El Paso"] {
        assert!(has(&es, Place, m), "{m}: {es:#?}");
    }
}

#[test]
fn datelines_in_capitals_are_places() {
    let es = ents(
        "BOGOTA, Colombia — Police said the raid ended.\nLOS ANGELES (Reuters) — Police arrested two men on a quiet street.",
    );
    assert!(has(&es, Place, "BOGOTA"), "{es:#?}");
    assert!(has(&es, Place, "LOS ANGELES"), "{es:#?}");
    assert!(has(&es, Org, "Reuters") || has(&es, EntityType::Misc, "Reuters"));
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let es = ents("Guns crossed the border. Nobody stopped the guns. Rising costs hurt.");
    assert!(es.iter().all(|e| e.kind == EntityType::Misc), "{es:#?}");
}

#[test]
fn title_case_headlines_keep_only_known_names() {
    let es = ents(
        "Border Fears Grow as Rivera Visits Peru\n\nForeign Minister Lucia Rivera arrived in Peru \
         on a short visit.",
    );
    let p = find(&es, Person, "Lucia Rivera").expect("person");
    assert_eq!(p.mentions.len(), 2, "{es:#?}");
    assert!(!has(&es, Person, "Border Fears"));
}

#[test]
fn administration_names_an_org_and_a_person() {
    let es = ents("Critics of the Harding administration spoke out.");
    assert!(has(&es, Org, "Harding administration"), "{es:#?}");
    assert!(has(&es, Person, "Harding"), "{es:#?}");
}

#[test]
fn appositive_roles() {
    let es = ents("Admiral Tom Reyes, commander of the Southern Fleet, arrived.");
    let p = find(&es, Person, "Tom Reyes").expect("person");
    let roles: Vec<&str> = p.roles.iter().map(|r| r.text.as_str()).collect();
    assert!(roles.contains(&"Admiral"), "{roles:?}");
}

#[test]
fn page_boilerplate_is_ignored() {
    let es = ents(
        "Subscribe\nCLOSE\nShare\n\nThe mayor of Denver spoke.\n\nSign up for our free newsletter",
    );
    assert_eq!(
        es.iter().filter(|e| e.kind != EntityType::Misc).count(),
        1,
        "{es:#?}"
    );
    assert!(has(&es, Place, "Denver"));
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "",
        "A",
        "’s",
        "U.S.",
        "Mr.",
        "( DEA )",
        "Of The And",
        "É",
        "X-",
        "-Y",
        "A (B)",
    ] {
        let _ = ents(s);
    }
}
