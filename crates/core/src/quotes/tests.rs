//! Quotes in passages written for these tests (not taken from any article).

use super::*;
use crate::model::{Mention, Role};

fn quotes(text: &str) -> Vec<(String, String)> {
    quotes_with(text, &[])
}

fn quotes_with(text: &str, entities: &[Entity]) -> Vec<(String, String)> {
    let a = Analysis::new(text);
    extract(&a, entities)
        .into_iter()
        .map(|q| {
            assert_eq!(&text[q.start..q.end], q.text);
            (q.speaker, q.text)
        })
        .collect()
}

fn speakers(text: &str) -> Vec<String> {
    quotes(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn attribution_after_the_quote() {
    assert_eq!(
        quotes("“We will not give up,” Governor Ana Ruiz said on Monday."),
        vec![("Ana Ruiz".to_string(), "We will not give up".to_string())]
    );
    assert_eq!(
        speakers("\"The port is closed,\" said Sen. Walter Briggs."),
        vec!["Walter Briggs"]
    );
    assert_eq!(
        speakers("\"It is late,\" Briggs told reporters."),
        vec!["Briggs"]
    );
    assert_eq!(
        speakers("\"We need more boats,\" Captain Lena Ortiz, a spokeswoman for the navy, told a radio station."),
        vec!["Lena Ortiz"]
    );
    assert_eq!(
        speakers("\"Nothing changed,\" Peru's Interior Minister Jorge Salas warned."),
        vec!["Jorge Salas"]
    );
}

#[test]
fn names_after_a_short_description() {
    assert_eq!(
        speakers("\"We miss him,\" his sister Carla Mendez said."),
        vec!["Carla Mendez"]
    );
    assert_eq!(
        speakers(
            "The mayor was \"shocked and angry,\" City Hall spokesman Ivan Soto said on Friday."
        ),
        vec!["Ivan Soto"]
    );
}

#[test]
fn said_a_description_then_the_name() {
    let t = "\"We are tired,\" said one farmer, Luis Ortiz, 61. \"Nobody comes.\"";
    assert_eq!(speakers(t), vec!["Luis Ortiz", "Luis Ortiz"]);
    assert_eq!(
        speakers("\"It's a mess,\" says Sheriff Dan Ruiz of Pima County."),
        vec!["Dan Ruiz"]
    );
}

#[test]
fn subjects_past_a_leading_capitalised_noun() {
    let t = "Fire chief Omar Salas has been blunt. 'We need two more trucks right now,' he told a radio station.";
    assert_eq!(speakers(t), vec!["Omar Salas"]);
}

#[test]
fn a_colon_hands_the_quote_to_the_subject() {
    let t = "Governor Lina Ortega of Sonora, who wants more troops, was direct: \"We cannot wait any longer.\"";
    assert_eq!(speakers(t), vec!["Lina Ortega"]);
}

#[test]
fn attribution_before_the_quote() {
    assert_eq!(
        speakers("Tom Alvarez said: \"The money is gone.\""),
        vec!["Tom Alvarez"]
    );
    assert_eq!(
        speakers("Rosa Benitez, who heads the farm board, said on Friday that the crop was \"better than anyone hoped.\""),
        vec!["Rosa Benitez"]
    );
    assert_eq!(
        speakers("Then Dr. Ken Olsen, the clinic's director, testified that \"no patient was turned away.\""),
        vec!["Ken Olsen"]
    );
}

#[test]
fn pronouns_resolve_to_the_last_person_named() {
    let t = "Mayor Ines Vidal spoke at the plant. \"This is a good day for the town,\" she said.";
    assert_eq!(speakers(t), vec!["Ines Vidal"]);
    let t =
        "Paul Grant, an economist at a bank, said prices would rise. \"Nobody is ready,\" he said.";
    assert_eq!(speakers(t), vec!["Paul Grant"]);
}

#[test]
fn passive_agents_are_subjects_for_pronouns() {
    let t = "Rep. Owen Hart spoke first. The plan was attacked by Rep. Dana Wu. \"It fails,\" she said.";
    assert_eq!(speakers(t), vec!["Dana Wu"]);
}

#[test]
fn a_cue_after_a_finished_quote_must_close_its_sentence() {
    let t = "Gov. Alma Reyes called it “a disgrace.” He added that nothing would change.";
    assert_eq!(speakers(t), vec!["Alma Reyes"]);
}

#[test]
fn a_bare_quote_belongs_to_the_person_just_described() {
    let t = "Mayor Rita Solis was defiant on Monday. \"We will not leave this city.\"\n\nThe \"red zone\" stays closed.";
    assert_eq!(speakers(t), vec!["Rita Solis"]);
}

#[test]
fn further_sentences_keep_their_speaker() {
    let t = "\"We tried,\" Hal Moreno said. \"We failed.\"\n\n\"And we will try again.\"";
    assert_eq!(speakers(t), vec!["Hal Moreno", "Hal Moreno", "Hal Moreno"]);
}

#[test]
fn a_quote_running_over_paragraphs_is_one_quote() {
    let t = "Judge Amy Cole said: “The law is clear.\n\n“The court will not bend on it.”\n\nThe hearing ended.";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Amy Cole");
    assert!(q[0].1.starts_with("The law is clear."));
}

#[test]
fn partial_quotes_inside_a_sentence() {
    assert_eq!(
        speakers("A Coast Guard report last week that likened the raids to “organized piracy” drew anger."),
        vec!["Coast Guard"]
    );
    assert_eq!(
        speakers("Lopez's repeated call for “more honest police” won praise."),
        vec!["Lopez"]
    );
    assert_eq!(
        speakers("While calling the deal “a step forward for both ports,” Minister Paulo Reis urged caution."),
        vec!["Paulo Reis"]
    );
}

#[test]
fn titles_resolve_to_the_person_with_that_title() {
    let t = "Defense Secretary Mark Dunn flew to Lima. \"The threat is real,\" the secretary said.";
    assert_eq!(speakers(t), vec!["Mark Dunn"]);
    let t = "Gov. Ruth Alba toured the site. Sen. Tom Vega came too. \"We will rebuild,\" the governor said.";
    assert_eq!(speakers(t), vec!["Ruth Alba"]);
}

#[test]
fn a_subject_named_by_title_carries_to_the_pronoun() {
    let t = "Defense Secretary Mark Dunn flew to Lima. Sen. Ana Ruiz met him there. The secretary spoke first. \"We are ready,\" he said.";
    assert_eq!(speakers(t), vec!["Mark Dunn"]);
}

#[test]
fn speakers_resolve_to_entities() {
    let text = "\"We are ready,\" Dunn said.";
    let start = text.find("Dunn").unwrap();
    let ent = Entity {
        kind: EntityType::Person,
        canonical: "Mark Dunn".into(),
        mentions: vec![Mention {
            text: "Dunn".into(),
            start,
            end: start + 4,
        }],
        aliases: vec![],
        roles: vec![Role {
            text: "Defense Secretary".into(),
            start: 0,
            end: 0,
        }],
    };
    assert_eq!(quotes_with(text, &[ent])[0].0, "Mark Dunn");
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    assert!(quotes("The town calls it the \"red zone\" now.").is_empty());
    assert!(quotes("She read \"The Long Border Road\" twice.").is_empty());
    assert!(quotes("Critics of the so-called \"war on drugs\" met, officials said.").is_empty());
    assert!(quotes("Mexico set up \"choke points\" in the south, the memos said.").is_empty());
    assert!(quotes("Border war 'alarming' residents").is_empty());
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "\"",
        "“",
        "”",
        "\"\"",
        "“”",
        "\" said",
        "said \"",
        "'a b c d'",
        "“x\n\n“",
        "he said \"",
        "’’’",
    ] {
        let _ = quotes(s);
    }
}

#[test]
fn a_description_then_the_name_between_commas() {
    let text = "\"The border is open,\" the state's chief prosecutor, Elena Ruiz Prado, told \
                reporters on Monday.";
    assert_eq!(speakers(text), vec!["Elena Ruiz Prado".to_string()]);
    let text = "The mayor of the town, Jorge Luna, said: \"We are alone.\"";
    assert_eq!(speakers(text), vec!["Jorge Luna".to_string()]);
}

#[test]
fn a_name_inside_the_quote_is_not_the_pronouns_antecedent() {
    // Through the whole pipeline, so that the nickname is a person's mention.
    let text = "Police arrested Ramon Diaz Soto, known as \"El Chino,\" last week. Back at \
        his bar, Mario Ortega is cautious. \"El Chino is gone,\" he said.";
    let a = Analysis::new(text);
    let entities = crate::entities::extract(&a, &[]);
    let q = quotes_with(text, &entities);
    assert!(
        !q.is_empty() && q.iter().all(|(s, _)| s == "Mario Ortega"),
        "{q:?}"
    );
}

#[test]
fn a_title_speaker_resolves_to_the_person_given_that_role_before_the_name() {
    let text = "The governor, Adela Fuentes Ibarra, met the mayors on Friday. \"We need the \
        army here,\" the governor said.";
    let a = Analysis::new(text);
    let entities = crate::entities::extract(&a, &[]);
    let q = quotes_with(text, &entities);
    assert_eq!(
        q.first().map(|(s, _)| s.as_str()),
        Some("Adela Fuentes Ibarra"),
        "{q:?}"
    );
}

#[test]
fn a_sentence_after_a_closed_quote_that_goes_on_is_no_attribution() {
    let text = "Mayor Jorge Luna said the city was \"turning the corner.\" Gov. Ana Ruiz has \
        asked the capital for 1,000 more troops.";
    let a = Analysis::new(text);
    let entities = crate::entities::extract(&a, &[]);
    let q = quotes_with(text, &entities);
    assert_eq!(
        q.first().map(|(s, _)| s.as_str()),
        Some("Jorge Luna"),
        "{q:?}"
    );
}
