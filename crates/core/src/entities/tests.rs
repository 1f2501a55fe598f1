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

#[test]
fn agencies_inside_titles_and_offices() {
    let es = ents(
        "Acting FBI Director Paul Marsh met officials of the Governor's Office and the Office \
         of the Attorney General in Denver.",
    );
    let p = find(&es, Person, "Paul Marsh").expect("person");
    assert_eq!(p.roles[0].text, "Acting FBI Director");
    assert!(has(&es, Org, "FBI"), "{es:#?}");
    assert!(has(&es, Org, "Governor's Office"), "{es:#?}");
    assert!(has(&es, Org, "Office of the Attorney General"), "{es:#?}");
}

#[test]
fn listed_words_inside_an_organisation_name() {
    let es = ents(
        "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) and the \
         Department of Health and Human Services met. The ATF declined comment.",
    );
    let atf = find(&es, Org, "ATF").expect("ATF");
    assert!(
        atf.mentions
            .iter()
            .any(|m| m.text.starts_with("Bureau of Alcohol")),
        "{es:#?}"
    );
    assert!(
        has(&es, Org, "Department of Health and Human Services"),
        "{es:#?}"
    );
    assert_eq!(count(&es, Org), 2, "{es:#?}");
}

#[test]
fn quoted_nicknames_stay_inside_person_mentions_not_names() {
    let es = ents("Police hunted Ramiro \"El Tigre\" Sandoval for years. Sandoval escaped twice.");
    let p = find(&es, Person, "Sandoval").expect("person");
    assert_eq!(p.canonical, "Ramiro Sandoval", "{es:#?}");
    assert!(
        p.mentions.iter().any(|m| m.text.contains("El Tigre")),
        "{es:#?}"
    );
    assert_eq!(count(&es, Org), 0, "{es:#?}");
}

#[test]
fn lowercase_cartel_after_a_place_names_an_organisation() {
    let es = ents("Gunmen of the Durango cartel clashed with the army in Sonora.");
    assert!(has(&es, Org, "Durango cartel"), "{es:#?}");
    assert!(!has(&es, Place, "Durango"), "{es:#?}");
    assert!(has(&es, Place, "Sonora"));
}

#[test]
fn party_tags_and_bylines() {
    let es = ents("By Dana Whitfield\n\nSen. Roy Tanner (R-Okla.) voted no, Tanner said.");
    assert!(has(&es, Person, "Dana Whitfield"), "{es:#?}");
    let roy = find(&es, Person, "Roy Tanner").expect("person");
    assert_eq!(roy.roles[0].text, "Sen.");
    assert_eq!(count(&es, Person), 2, "{es:#?}");
}

#[test]
fn an_office_named_by_its_title_is_not_a_person() {
    let es =
        ents("The Secretary of Homeland Security will decide, and the Secretary of State agreed.");
    assert_eq!(count(&es, Person), 0, "{es:#?}");
    assert!(has(&es, Org, "Homeland Security"), "{es:#?}");
}

#[test]
fn state_abbreviations_after_a_city() {
    let es = ents("Agents searched a house in Yuma, Ariz., and another in Arizona's capital.");
    let az = find(&es, Place, "Ariz").expect("state");
    assert_eq!(az.mentions.len(), 2, "{es:#?}");
    assert!(has(&es, Place, "Yuma"));
}

#[test]
fn plural_names_after_the_are_groups_and_plans_are_not_places() {
    let es = ents("Gunmen loyal to the Caballeros fought troops sent under the Mérida plan.");
    assert!(has(&es, Org, "Caballeros"), "{es:#?}");
    assert!(!has(&es, Place, "Mérida"), "{es:#?}");
}

#[test]
fn spanish_institutions_with_their_acronyms() {
    let es = ents(
        "Officials of the Secretaría de la Defensa Nacional (SEDENA) met ICE Homeland Security \
         Investigations agents. SEDENA said nothing.",
    );
    let s = find(&es, Org, "SEDENA").expect("SEDENA");
    assert!(
        s.mentions
            .iter()
            .any(|m| m.text == "Secretaría de la Defensa Nacional"),
        "{es:#?}"
    );
    assert!(
        has(&es, Org, "ICE Homeland Security Investigations"),
        "{es:#?}"
    );
    assert_eq!(count(&es, Person), 0, "{es:#?}");
}

#[test]
fn one_cue_settles_every_mention_and_coordination_spreads_it() {
    let es = ents(
        "Ortega met the press. Later Ortega and Villalobos spoke. Villalobos, who leads the \
         union, left.",
    );
    assert!(has(&es, Person, "Villalobos"), "{es:#?}");
    assert!(has(&es, Person, "Ortega"), "{es:#?}");
    assert_eq!(find(&es, Person, "Ortega").unwrap().mentions.len(), 2);
}

#[test]
fn prefixed_place_names_and_their_short_forms() {
    let es = ents(
        "SAN PEDRO SULA, Honduras (Reuters) - Gangs rule Ciudad Obregón. In Obregón, shops shut.",
    );
    assert!(has(&es, Org, "Reuters"), "{es:#?}");
    let p = find(&es, Place, "Obregón").expect("short form");
    assert!(
        p.mentions.iter().any(|m| m.text == "Ciudad Obregón"),
        "{es:#?}"
    );
    assert!(has(&es, Place, "SAN PEDRO SULA"), "{es:#?}");
}

#[test]
fn compass_adjectives_are_not_places() {
    let es = ents("Violence spread in Northwestern border towns and in Sonora.");
    assert_eq!(count(&es, Place), 1, "{es:#?}");
}

#[test]
fn unknown_name_pairs_read_from_the_word_before() {
    let es = ents(
        "Troops patrolled in Villa Ahumada while the Knights Templar recruited, and Nestor \
         Quiroga watched the Secretaría de Marina.",
    );
    assert!(has(&es, Place, "Villa Ahumada"), "{es:#?}");
    assert!(has(&es, Org, "Knights Templar"), "{es:#?}");
    assert!(has(&es, Person, "Nestor Quiroga"), "{es:#?}");
    assert!(has(&es, Org, "Secretaría de Marina"), "{es:#?}");
}

#[test]
fn known_names_with_stop_words_stay_whole() {
    let es = ents("Patrols grew in Arizona, New Mexico and New York, not in Mexico.");
    assert!(
        has(&es, Place, "New Mexico") && has(&es, Place, "New York"),
        "{es:#?}"
    );
    assert_eq!(
        find(&es, Place, "Mexico").unwrap().mentions.len(),
        1,
        "{es:#?}"
    );
}

#[test]
fn nicknames_after_known_as_join_the_person() {
    let es = ents("Marines killed Rodolfo Ibarra Soto, known as \"El Gallo\", on Friday.");
    let p = find(&es, Person, "Rodolfo Ibarra Soto").expect("person");
    assert!(p.mentions.iter().any(|m| m.text == "El Gallo"), "{es:#?}");
    let es = ents("Police arrested Mario Ruiz Vega, 41, also known as \"El Toro,\" on Friday.");
    let p = find(&es, Person, "Mario Ruiz Vega").expect("person");
    assert!(p.mentions.iter().any(|m| m.text == "El Toro"), "{es:#?}");
}

#[test]
fn two_organisations_joined_by_of_stay_apart() {
    let es = ents("Scholars at the Border Institute of the University of Arizona disagree.");
    assert!(has(&es, Org, "Border Institute"), "{es:#?}");
    assert!(has(&es, Org, "University of Arizona"), "{es:#?}");
}

#[test]
fn capitalised_administration_also_names_the_person() {
    let es = ents("The Clinton Administration objected.");
    assert!(has(&es, Org, "Clinton Administration"), "{es:#?}");
    assert!(has(&es, Person, "Clinton"), "{es:#?}");
}

#[test]
fn author_lines_under_a_title() {
    let es = ents("Cartels and the State: A Survey\n\nMaria T. Olvera\n\nThe cartels grew.");
    assert!(has(&es, Person, "Maria T. Olvera"), "{es:#?}");
}

#[test]
fn generational_suffixes_and_acronym_variants_group() {
    let es = ents(
        "Director Thomas K. Reyna Jr. spoke. Later Thomas Reyna left. The Bureau of Alcohol, \
         Tobacco, Firearms and Explosives traced guns; the ATF said more. The Democratic Labor \
         Party (PLD) won, and the PLD celebrated.",
    );
    assert_eq!(count(&es, Person), 1, "{es:#?}");
    let atf = find(&es, Org, "ATF").expect("ATF");
    assert!(atf.mentions.len() == 2, "{es:#?}");
    let pld = find(&es, Org, "PLD").expect("PLD");
    assert!(pld.mentions.len() == 3, "{es:#?}");
}

#[test]
fn cartel_names_with_and_without_the_head_group() {
    let es = ents("La Linea Norteña fought the army. La Linea Cartel gunmen fled.");
    assert_eq!(count(&es, Org), 1, "{es:#?}");
}

#[test]
fn two_committees_joined_by_and_stay_two() {
    let es = ents(
        "He testified before the Senate Subcommittee on Border Affairs and the House Judiciary \
         Committee in March.",
    );
    assert!(
        has(&es, Org, "Senate Subcommittee on Border Affairs"),
        "{es:#?}"
    );
    assert!(has(&es, Org, "House Judiciary Committee"), "{es:#?}");
}

#[test]
fn news_style_acronyms_after_or() {
    let es =
        ents("The leftist Party of the Democratic Revolution, or PRD, lost. The PRD regrouped.");
    let prd = find(&es, Org, "PRD").expect("PRD");
    assert!(prd.mentions.len() == 3, "{es:#?}");
}

#[test]
fn committees_named_with_and_or_ampersand() {
    let es = ents(
        "The House Oversight and Government Reform Committee met the Subcommittee on Oversight, \
         Investigations & Management.",
    );
    assert!(
        has(&es, Org, "House Oversight and Government Reform Committee"),
        "{es:#?}"
    );
    assert!(
        has(
            &es,
            Org,
            "Subcommittee on Oversight, Investigations & Management"
        ),
        "{es:#?}"
    );
}

#[test]
fn office_names_at_a_line_start_and_bylines_in_capitals() {
    let es =
        ents("Office of the Press Secretary\n\nBy JOHN DOE\n\nThe office said the press was told.");
    assert!(has(&es, Org, "Office of the Press Secretary"), "{es:#?}");
    assert!(has(&es, Person, "JOHN DOE"), "{es:#?}");
}

#[test]
fn roles_include_the_office_and_skip_courtesy_titles() {
    let es = ents(
        "Defense Secretary Lou Parkman, a former banker, met General Ana Ruiz, head of the \
         Northern Command, on Friday. Mr. Parkman said little.",
    );
    let p = find(&es, Person, "Lou Parkman").expect("person");
    let roles: Vec<&str> = p.roles.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(roles, vec!["Defense Secretary", "former banker"], "{es:#?}");
    let g = find(&es, Person, "Ana Ruiz").expect("person");
    let roles: Vec<&str> = g.roles.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        roles,
        vec!["General", "head of the Northern Command"],
        "{es:#?}"
    );
}

#[test]
fn unquoted_aliases_and_bare_titles() {
    let es = ents(
        "Police sought Hector Salas, alias El Toro, and Raul Vega, as well as Ana Mora. \
         Peru's Interior Minister, Luis Caro, spoke.",
    );
    let h = find(&es, Person, "Hector Salas").expect("person");
    assert!(h.mentions.iter().any(|m| m.text == "El Toro"), "{es:#?}");
    assert!(
        has(&es, Person, "Ana Mora") && has(&es, Person, "Raul Vega"),
        "{es:#?}"
    );
    assert!(!has(&es, Person, "Interior Minister"), "{es:#?}");
    assert_eq!(count(&es, Org), 0, "{es:#?}");
}

#[test]
fn random_fragments_never_panic_and_spans_are_exact() {
    let pool = [
        "Mr.",
        "U.S.",
        "(",
        ")",
        "\"",
        "“",
        "”",
        "’s",
        "'s",
        "-",
        "—",
        ",",
        ".",
        "\n",
        "\n\n",
        "and",
        "of",
        "the",
        "de",
        "la",
        "Los",
        "El",
        "Ciudad",
        "Juárez",
        "DEA",
        "Secretary",
        "of State",
        "Gen.",
        "W.",
        "Department",
        "Army",
        "Obama",
        "administration",
        "cartel",
        "said",
        "in",
        "alias",
        "known as",
        "or",
        "&",
        "By",
        "MEXICO CITY",
        "É",
        "ß",
        "Ñ",
        "Jr.",
        "III",
        "Tags:",
        "Subscribe",
        "Sinaloa",
        "AK-47",
        "SUV",
        "Villas",
        "Q:",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..400 {
        let mut text = String::new();
        let n = (seed % 40) as usize + 1;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let w = pool[(seed % pool.len() as u64) as usize];
            if seed % 3 < 1 {
                text.push(' ');
            }
            text.push_str(w);
        }
        let a = Analysis::new(&text);
        for e in extract(&a, &[]) {
            for m in &e.mentions {
                assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{text:?}");
            }
            for r in &e.roles {
                assert_eq!(text.get(r.start..r.end), Some(r.text.as_str()), "{text:?}");
            }
        }
    }
}

#[test]
fn units_with_plural_acronyms_and_named_weeks() {
    let es = ents("Army Rangers and Navy SEALs trained before Holy Week in Sonora.");
    assert!(has(&es, Org, "Navy SEALs"), "{es:#?}");
    assert_eq!(count(&es, Person), 0, "{es:#?}");
}

#[test]
fn a_given_name_alone_joins_the_one_person_who_has_it() {
    let es = ents("Senator Marisol Quintero spoke first. Later Marisol said the bill would pass.");
    assert_eq!(count(&es, Person), 1, "{es:#?}");
    assert_eq!(
        find(&es, Person, "Marisol Quintero")
            .unwrap()
            .mentions
            .len(),
        2
    );
}

#[test]
fn transcript_speaker_labels_name_the_speakers() {
    let es = ents(
        "MARY LOPEZ, host:\n\nGood morning.\n\nTOM REYNOLDS: Thanks, Mary.\n\nLOPEZ: What did you see?\n\nQUESTION: And then?\n",
    );
    let p = find(&es, Person, "MARY LOPEZ").expect("host");
    assert!(p.mentions.iter().any(|m| m.text == "LOPEZ"), "{es:#?}");
    assert!(has(&es, Person, "TOM REYNOLDS"), "{es:#?}");
    assert!(!has(&es, Person, "QUESTION"), "{es:#?}");
}

#[test]
fn an_initialism_in_the_possessive_is_still_an_organisation() {
    let es = ents("It was late. The ATF's agents watched the shop. NPR's reporter asked why.");
    assert!(has(&es, Org, "ATF"), "{es:#?}");
    assert!(has(&es, Org, "NPR"), "{es:#?}");
}

#[test]
fn span_set_overlaps_agree_with_a_scan() {
    use crate::model::Span;
    let sets: [&[(usize, usize)]; 4] = [
        &[],
        &[(5, 9)],
        &[(10, 20), (0, 3), (12, 14), (30, 31), (40, 40)],
        &[(2, 50), (3, 4), (60, 70)],
    ];
    for set in sets {
        let spans: Vec<Span> = set.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let index = super::SpanSet::new(spans.iter().copied());
        for start in 0..75 {
            for end in start..76 {
                let q = Span::new(start, end);
                let scan = spans.iter().any(|t| t.overlaps(q));
                assert_eq!(index.overlaps(q), scan, "{set:?} {q:?}");
            }
        }
    }
}

#[test]
fn a_city_named_after_its_full_name_is_not_the_cartel_named_after_it() {
    let es = ents(
        "CIUDAD JUAREZ, Mexico (AP) - Gunmen killed four. Soldiers went into Juarez last year \
         as the Juarez cartel fought for the city. Juarez is tired.",
    );
    let city = find(&es, Place, "CIUDAD JUAREZ").expect("the city");
    assert!(
        city.mentions.iter().filter(|m| m.text == "Juarez").count() >= 2,
        "{es:#?}"
    );
}

#[test]
fn a_federal_district_names_its_state() {
    let es = ents(
        "The men will be tried in the Western District of Texas and the Eastern District of \
         New York, prosecutors in Texas said.",
    );
    assert!(has(&es, EntityType::Place, "Texas"));
    assert!(has(&es, EntityType::Place, "New York"));
    assert!(!has(&es, EntityType::Place, "Western District of Texas"));
    // One place, named three times... by its state.
    let texas = find(&es, EntityType::Place, "Texas").map_or(0, |e| e.mentions.len());
    assert_eq!(texas, 2);
}

#[test]
fn a_place_that_opens_with_new_stays_whole_after_of() {
    let es =
        ents("She teaches at the University of New Mexico and lived in the State of New York.");
    assert!(has(&es, Org, "University of New Mexico"));
    let es = ents("The New York-based group counted 170 cases.");
    assert!(has(&es, Place, "New York") && !es.iter().any(|e| e.canonical == "York"));
    assert!(has(&es, Place, "New York"));
    assert!(!es
        .iter()
        .any(|e| e.canonical == "Mexico" || e.canonical == "York"));
}

#[test]
fn a_role_set_off_before_the_name_is_the_persons() {
    let es =
        ents("Police fled the town. The state's governor, Adela Fuentes Ibarra, asked for troops.");
    let p = find(&es, Person, "Adela Fuentes Ibarra").expect("person");
    assert_eq!(
        p.roles.first().map(|r| r.text.as_str()),
        Some("state's governor")
    );
    // A capitalised word before the comma is no role: "In Tijuana, Adela Fuentes ...".
    let es = ents("In Tijuana, Adela Fuentes Ibarra asked for troops.");
    assert!(find(&es, Person, "Adela Fuentes Ibarra").is_none_or(|p| p.roles.is_empty()));
}

#[test]
fn a_cover_page_in_capitals_names_its_witness_and_agency() {
    let es = ents(
        "TESTIMONY OF\nMARTHA L. QUINTERO\nDEPUTY ADMINISTRATOR\nBORDER SECURITY AGENCY\n\n\
         Thank you, Chairman Hale, for the chance to speak today.",
    );
    assert!(has(&es, Person, "MARTHA L. QUINTERO"), "{es:?}");
    let p = find(&es, Person, "MARTHA L. QUINTERO").map(|p| p.canonical.as_str());
    assert_eq!(p, Some("Martha L. Quintero"));
    assert!(has(&es, Org, "BORDER SECURITY AGENCY"));
    // A title line is no name; shouting in the body is left alone.
    assert!(!es.iter().any(|e| e.canonical.contains("DEPUTY")));
}

#[test]
fn a_crossing_named_after_a_country_is_one_place() {
    let es = ents("The chase ended near the Colombia Solidarity Bridge, north of town.");
    assert!(has(&es, Place, "Colombia Solidarity Bridge"));
    assert!(!has(&es, Place, "Colombia"));
}

#[test]
fn a_possessive_appositive_gives_a_role() {
    let es = ents("\"We are tired,\" says Ana Beltrones, Peru's ambassador in Lima, on Monday.");
    let p = find(&es, Person, "Ana Beltrones").expect("person");
    assert_eq!(
        p.roles.first().map(|r| r.text.as_str()),
        Some("Peru's ambassador in Lima")
    );
}

#[test]
fn no_mention_lies_inside_another_of_the_same_entity() {
    let text = "Gunmen loyal to the Gulf cartel attacked. The Gulf cartel denied it.";
    for e in ents(text) {
        for (k, m) in e.mentions.iter().enumerate() {
            let inside = e.mentions.iter().enumerate().any(|(j, o)| {
                j != k
                    && o.start <= m.start
                    && m.end <= o.end
                    && (o.start, o.end) != (m.start, m.end)
            });
            assert!(
                !inside,
                "{:?} inside another mention of {}",
                m.text, e.canonical
            );
        }
    }
}

#[test]
fn an_abbreviation_of_lowercase_words_names_nothing() {
    let text = "Police broke up regional smuggling networks (RSN) last spring. \
                Two RSNs had moved cash, and RSN couriers fled.";
    let es = ents(text);
    assert!(!es.iter().any(
        |e| e.kind != EntityType::Misc && e.mentions.iter().any(|m| m.text.starts_with("RSN"))
    ));
    // Brackets with no abbreviation in them, or at the text's very start, change nothing.
    for text in ["(", "(RSN", "( ) RSN", "(RSN) Smith left."] {
        ents(text);
    }
}

#[test]
fn the_government_of_a_country_is_an_organisation() {
    let es = ents("According to Government of Peru figures, 400 people died. The Government of Peru (GOP) disputes it.");
    let g = find(&es, Org, "Government of Peru").expect("organisation");
    assert!(g.mentions.iter().any(|m| m.text == "GOP"));
}

#[test]
fn a_titles_office_after_a_place_is_one_organisation() {
    let es = ents("The Webb County Sheriff's Office added 30 deputies. The Department of Justice's Bureau of Prisons agreed.");
    assert!(has(&es, Org, "Webb County Sheriff's Office"), "{es:?}");
    assert!(!es.iter().any(|e| e.canonical == "Office"));
    assert!(!has(&es, Org, "Department of Justice's Bureau of Prisons"));
}

#[test]
fn a_titled_surname_joins_only_a_namesake_whose_title_agrees() {
    let es = ents(
        "President Ortega will welcome the delegation. First Lady Rosa Ortega will visit a \
         school. Security Secretary Luis Navarro spoke; Secretary Navarro later left.",
    );
    let rosa = find(&es, Person, "Rosa Ortega").expect("person");
    assert!(rosa.mentions.iter().all(|m| m.text != "Ortega"), "{es:?}");
    let luis = find(&es, Person, "Luis Navarro").expect("person");
    assert!(luis.mentions.iter().any(|m| m.text == "Navarro"), "{es:?}");
    // A description names the office in its own words: "Rep." joins "a congressman".
    let es = ents("Carol Reyes, a Democratic congressman from Ohio, spoke. Rep. Reyes left.");
    let carol = find(&es, Person, "Carol Reyes").expect("person");
    assert!(carol.mentions.iter().any(|m| m.text == "Reyes"), "{es:?}");
}

#[test]
fn a_plural_possessive_before_an_event_head_stays_in_the_name() {
    let es = ents("The leaders met at the North American Leaders' Summit in Guadalajara.");
    assert!(!has(&es, Org, "North American Leaders"), "{es:?}");
    assert!(
        es.iter()
            .any(|e| e.canonical == "North American Leaders' Summit"),
        "{es:?}"
    );
}
