//! Figures in sentences written for these tests (not taken from any article).

use super::*;

fn figures(text: &str) -> Vec<Quantity> {
    let a = Analysis::new(text);
    let out = extract(&a, &[]);
    for q in &out {
        assert_eq!(&text[q.start..q.end], q.text, "span must match text");
    }
    out
}

fn one(text: &str) -> Quantity {
    let mut f = figures(text);
    assert_eq!(f.len(), 1, "expected one figure in {text:?}, got {f:?}");
    f.remove(0)
}

fn summary(text: &str) -> Vec<(QuantityKind, f64, Option<f64>, String)> {
    figures(text)
        .into_iter()
        .map(|q| (q.kind, q.value, q.value_high, q.unit))
        .collect()
}

#[test]
fn money_with_scale_words() {
    let q = one("The city spent $3.2 billion on roads.");
    assert_eq!(
        (q.kind, q.value, q.unit.as_str()),
        (QuantityKind::Money, 3.2e9, "USD")
    );
    assert_eq!(q.text, "$3.2 billion");
    let q = one("Lawmakers set aside 450 million dollars for schools.");
    assert_eq!((q.value, q.unit.as_str()), (4.5e8, "USD"));
    let q = one("It is a $2.5-billion-dollar project.");
    assert_eq!((q.value, q.text.as_str()), (2.5e9, "$2.5-billion-dollar"));
    let q = one("The fine was 30 million pesos.");
    assert_eq!((q.value, q.unit.as_str()), (3e7, "MXN"));
    let q = one("They paid $1,000 in cash.");
    assert_eq!(q.value, 1000.0);
}

#[test]
fn money_ranges() {
    let q = one("Smugglers move $8 billion to $11 billion a year.");
    assert_eq!((q.value, q.value_high), (8e9, Some(1.1e10)));
    let q = one("Analysts put it at $4 to 6 billion.");
    assert_eq!((q.value, q.value_high), (4e9, Some(6e9)));
    let q = one("The trade is worth between 3 and 5 billion dollars.");
    assert_eq!(
        (q.value, q.value_high, q.unit.as_str()),
        (3e9, Some(5e9), "USD")
    );
    let q = one("Some 7 to 9 billion dollars crosses each year.");
    assert_eq!((q.value, q.value_high), (7e9, Some(9e9)));
}

#[test]
fn money_coordinated_with_a_bare_amount() {
    assert_eq!(
        summary("The plan gives Peru 2.1 billion dollars and 300 million to Bolivia."),
        vec![
            (QuantityKind::Money, 2.1e9, None, "USD".into()),
            (QuantityKind::Money, 3e8, None, "USD".into())
        ]
    );
}

#[test]
fn percentages() {
    let q = one("Turnout fell by 4.5 percent.");
    assert_eq!((q.kind, q.value), (QuantityKind::Percent, 4.5));
    assert_eq!(one("About 80% of voters agreed.").value, 80.0);
    assert_eq!(one("Growth was -0.3% last quarter.").value, -0.3);
    assert_eq!(one("Prices rose 12 per cent.").value, 12.0);
    let q = one("Police traced over 70 percent of the rifles.");
    assert_eq!(q.hedge.as_deref(), Some("over"));
    assert_eq!(q.text, "over 70 percent");
}

#[test]
fn deaths_by_verb_noun_and_toll() {
    let q = one("The fighting killed 2,400 people in the north.");
    assert_eq!(
        (q.kind, q.value, q.unit.as_str()),
        (QuantityKind::Deaths, 2400.0, "people")
    );
    let q = one("More than 900 people have been killed this year.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 900.0));
    assert_eq!(q.hedge.as_deref(), Some("More than"));
    let q = one("The region saw nearly 800 deaths.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 800.0));
    let q = one("With the death toll at 1,700, the governor asked for help.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 1700.0));
    let q = one("Rebels executed a group of 14 farmers.");
    assert_eq!(
        (q.kind, q.value, q.unit.as_str()),
        (QuantityKind::Deaths, 14.0, "people")
    );
    let q = one("At least 40 were killed.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 40.0));
    let q = one("The victims include some 60 police officers.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 60.0));
    let q = one("The raid brought the number of people killed in the province to 610.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 610.0));
    let q = one("The flood death toll in the valley reached 790 by Friday.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 790.0));
    let q = one("Officials said more than 2,000 dead were counted.");
    assert_eq!(q.kind, QuantityKind::Deaths);
}

#[test]
fn a_change_from_one_figure_to_another() {
    let f = summary("Murders rose to 2,400 last year from 1,900 the year before.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|x| x.0 == QuantityKind::Deaths));
    assert_eq!(f[1].1, 1900.0);
    let f = summary("Deaths rose to 800 from 640 in 2007, officials said.");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = summary("Some 700 people were killed this year, against 520 in all of last year.");
    assert_eq!(f.len(), 2, "{f:?}");
}

#[test]
fn deaths_coordinated_after_a_death_figure() {
    let f =
        summary("Violence killed 900 people in 2007 and more than 300 in the first month of 2008.");
    assert_eq!(
        f,
        vec![
            (QuantityKind::Deaths, 900.0, None, "people".into()),
            (QuantityKind::Deaths, 300.0, None, "people".into())
        ]
    );
}

#[test]
fn deaths_of_a_part_and_bodies_found() {
    let f = summary("Some 9,000 people died in the war, including 2,100 in the capital.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|q| q.0 == QuantityKind::Deaths), "{f:?}");
    let f = summary("Police found the bodies of 18 people in a ravine.");
    assert_eq!(f, vec![(QuantityKind::Deaths, 18.0, None, "people".into())]);
}

#[test]
fn single_deaths_coordinated_deaths_and_other_fates() {
    let f = summary("One marine was killed and three were wounded, the navy said.");
    assert_eq!(f, vec![(QuantityKind::Deaths, 1.0, None, "people".into())]);
    let f = summary("Two gunmen and one soldier were killed in the shootout.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|q| q.0 == QuantityKind::Deaths), "{f:?}");
    let f = summary("Six guards and a 9-year-old boy were killed when the bus was ambushed.");
    assert_eq!(f, vec![(QuantityKind::Deaths, 6.0, None, "people".into())]);
    let f = summary("Six guards arrived, and a boy was killed later.");
    assert!(f.iter().all(|q| q.0 != QuantityKind::Deaths), "{f:?}");
    let f = summary("Marines found the bodies: 41 men and 9 women, piled in a shed.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|q| q.0 == QuantityKind::Deaths), "{f:?}");
    let f = summary("Five gunmen die in a gunfight with police.");
    assert_eq!(f, vec![(QuantityKind::Deaths, 5.0, None, "people".into())]);
    let f = summary("More than 9,000 people have been killed, more than 800 of them in Durango.");
    assert_eq!(f.len(), 2, "{f:?}");
    let f = summary("Officials say the toll may now exceed 9,000.");
    assert_eq!(
        f,
        vec![(QuantityKind::Deaths, 9000.0, None, "people".into())]
    );
}

#[test]
fn counts_of_plural_nouns() {
    let q = one("The state sent nearly 700 federal agents to the port.");
    assert_eq!(
        (q.kind, q.value, q.unit.as_str()),
        (QuantityKind::Count, 700.0, "agents")
    );
    assert_eq!(q.text, "nearly 700 federal agents");
    assert_eq!(one("They deployed 8,000 army troops.").unit, "troops");
    assert_eq!(
        one("It hired 250 additional customs inspectors.").unit,
        "inspectors"
    );
    assert_eq!(one("Tariffs hit 40 U.S. products.").unit, "products");
    assert_eq!(one("Police arrested 12 mayors.").unit, "mayors");
    assert_eq!(one("There were a dozen hearings.").value, 12.0);
    assert_eq!(one("Six thousand police were sent.").value, 6000.0);
    assert_eq!(one("Agents seized 1,200 weapons.").unit, "weapons");
    assert_eq!(one("At least six gunmen fled.").unit, "gunmen");
    assert_eq!(
        one("Gunmen killed 12 Colombians.").kind,
        QuantityKind::Deaths
    );
    assert!(figures("He bought three or four pistols.").is_empty());
    assert_eq!(
        one("It funds 300 Drug Enforcement Administration agents.").unit,
        "agents"
    );
    assert_eq!(one("The navy bought two more patrol aircraft.").value, 2.0);
    assert_eq!(
        one("The first of the 900 National Guard troops arrived.").value,
        900.0
    );
    assert!(figures("Police in 12 states and the two governments agreed.").is_empty());
}

#[test]
fn not_figures() {
    for s in [
        "A 45-year-old man was held.",
        "He served for 15 years.",
        "The talks ended on March 3, 2008.",
        "It happened in 2009.",
        "The two countries agreed.",
        "Call 555-1234 today.",
        "He lives at 42 Elm Street.",
        "Reading Time: 4 minutes",
        "Thousands of soldiers patrol the city.",
        "It is the 3rd attempt.",
        "The 2,000 mile-long border is hard to watch.",
        "She left at 10:30 this morning.",
        "They bought AK-47 rifles.",
        "It is a three-year program.",
        "Copyright 2011 Reuters.",
        "About one in five residents lives on little.",
    ] {
        assert!(figures(s).is_empty(), "{s:?} gave {:?}", figures(s));
    }
}

#[test]
fn skips_numbers_inside_dates() {
    let text = "In the first eight weeks of 2009 they spent $5 million.";
    let a = Analysis::new(text);
    let start = text.find("the first").unwrap();
    let end = text.find(" they").unwrap();
    let timex = vec![Timex {
        text: text[start..end].to_string(),
        start,
        end,
        value: "2009".into(),
        relative: false,
    }];
    let q = extract(&a, &timex);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].period.as_deref(), Some("2009"));
}

#[test]
fn about_names_what_is_measured() {
    let q = one("The agency sent 300 inspectors to the border region.");
    assert_eq!(q.about, "inspectors sent to the border region");
    let q = one("With the death toll at 1,700, the governor asked for help.");
    assert_eq!(q.about, "death toll");
}

fn abouts(text: &str) -> Vec<String> {
    figures(text).into_iter().map(|q| q.about).collect()
}

#[test]
fn about_puts_the_governing_verb_after_the_counted_noun() {
    assert_eq!(
        abouts("Floods killed 420 people last spring and 90 in the first days of 2012."),
        vec![
            "people killed last spring",
            "killed in the first days of 2012"
        ]
    );
    assert_eq!(
        abouts("The rebels captured a group of 40 soldiers, officials said."),
        vec!["soldiers captured"]
    );
    assert_eq!(
        abouts("The army deployed 8,000 marines and police units across the coast."),
        vec!["marines and police units deployed across the coast"]
    );
}

#[test]
fn about_drops_auxiliaries_and_stops_at_the_clause() {
    assert_eq!(
        abouts("At least 230 miners have been trapped in the flooded shaft since Monday."),
        vec!["miners trapped in the flooded shaft"]
    );
    assert_eq!(
        abouts("The plan calls for the transfer of 600 nurses, and the union has objected."),
        vec!["transfer of nurses"]
    );
    // Another figure is never part of the phrase.
    assert_eq!(
        abouts("Police detained 12 students and more than 30 teachers on Friday."),
        vec!["students detained", "teachers detained on Friday"]
    );
}

#[test]
fn about_names_the_complement_of_an_amount() {
    assert_eq!(
        abouts("The ban could cost farmers $3 billion in lost exports."),
        vec!["in lost exports"]
    );
    assert_eq!(
        abouts("He said 80 percent of the cars that they have stolen end up abroad."),
        vec!["of the cars stolen"]
    );
    assert_eq!(
        abouts("Nearly 70 percent of the loans issued by the bank to farmers failed."),
        vec!["of the loans issued by the bank"]
    );
    assert_eq!(
        abouts("The council approved $40 million to repair bridges in the north."),
        vec!["approved to repair bridges"]
    );
    assert_eq!(
        abouts("The budget trims school spending by 4 percent while raising fees."),
        vec!["trims school spending"]
    );
    assert_eq!(
        abouts("Officials say $5 billion a year moves across the strait to the gangs."),
        vec!["a year moves across the strait"]
    );
}

#[test]
fn about_leaves_the_words_of_another_figure_alone() {
    let q = figures("Murders rose 40 percent last year to 2,150.");
    let dead = q.iter().find(|q| q.value == 2150.0);
    assert!(dead.is_some(), "{q:?}");
    let about = dead.map_or("", |q| q.about.as_str());
    assert!(!about.contains("percent"), "{about}");
}

#[test]
fn about_is_short_and_never_dangles() {
    let text = "Officials said 500 engineers from the regional water authority in the \
                northern provinces of the country were hired, and 20 more quit.";
    for about in abouts(text) {
        assert!(about.split_whitespace().count() <= 8, "{about}");
        let last = about.split_whitespace().last().unwrap_or("");
        assert!(
            !["and", "of", "the", "in", "to", "or"].contains(&last),
            "{about}"
        );
    }
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "$",
        "$-",
        "- 5",
        "5-",
        "$5-billion-",
        "between and",
        "1 to",
        "% 5",
        "$$$1",
        "killed",
        "a dozen",
        "€",
    ] {
        let _ = figures(s);
    }
}

#[test]
fn period_is_the_date_that_follows_in_the_clause() {
    let text = "Storms killed 900 people last year and more than 300 in the first weeks of 2010.";
    let a = Analysis::new(text);
    let at = |s: &str, v: &str| {
        let start = text.find(s).unwrap();
        Timex {
            text: s.into(),
            start,
            end: start + s.len(),
            value: v.into(),
            relative: false,
        }
    };
    let timex = vec![
        at("last year", "2009"),
        at("the first weeks of 2010", "2010"),
    ];
    let q = extract(&a, &timex);
    let periods: Vec<Option<&str>> = q.iter().map(|q| q.period.as_deref()).collect();
    assert_eq!(periods, vec![Some("2009"), Some("2010")]);
}

#[test]
fn who_killed_and_who_died() {
    // "has killed" without "been": the figure did the killing.
    let q = one("Fighting between the three militias has killed more than 900 villagers.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 900.0));
    let q = one("Four officers assigned to the new highway unit were killed in an ambush.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 4.0));
    let q = one("Six people linked to the mayor's office have been murdered since May.");
    assert_eq!((q.kind, q.value), (QuantityKind::Deaths, 6.0));
    // A clause of its own says nothing of the people before it.
    let q = one("Twelve reporters said that the governor was killed.");
    assert_eq!(q.kind, QuantityKind::Count);
}

#[test]
fn the_base_of_a_rate_is_no_count() {
    let f = summary("The town had 240 murders, or 96 per 100,000 residents.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, 240.0);
}

#[test]
fn model_numbers_are_names_not_counts() {
    let f = summary("The navy bought six Sikorsky 70 helicopters and repaired a Boeing 727.");
    assert!(!f.iter().any(|q| q.1 == 70.0 || q.1 == 727.0), "{f:?}");
    // A sentence's first word and dates are no names: "Nearly 60,000", "June 30".
    let q = one("Nearly 600 agents arrived.");
    assert_eq!(q.value, 600.0);
}

#[test]
fn a_number_word_opening_the_story_after_its_dateline() {
    let q = one("EL PASO \u{2013} Thirty-two agents joined the task force.");
    assert_eq!((q.value, q.text.as_str()), (32.0, "Thirty-two agents"));
}

#[test]
fn a_bare_figure_counts_what_its_number_of_names() {
    let f = summary(
        "The transfers bring the total number of extraditions from Peru to 41 this year, \
         above the record number of 30.",
    );
    assert_eq!(
        f,
        vec![
            (QuantityKind::Count, 41.0, None, "extraditions".into()),
            (QuantityKind::Count, 30.0, None, "extraditions".into())
        ]
    );
    let q = one("The number of inspectors at the port has doubled to 120.");
    assert_eq!((q.value, q.unit.as_str()), (120.0, "inspectors"));
    // A number of years is no count; nor is a figure the clause does not lead to.
    assert!(figures("The number of years he served rose to 12.").is_empty());
    assert!(figures("The number of raids was high, and 12 came in June.").is_empty());
}
