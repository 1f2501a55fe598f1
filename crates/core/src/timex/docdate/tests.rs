//! Undated stories of our own making: each names its time the way news does, often while
//! discussing older years at length, and the inferred date must land within a month of
//! the day it was (notionally) written.

use chrono::NaiveDate;

use crate::model::DocDate;
use crate::text::Analysis;
use crate::timex::extract;

fn infer(text: &str) -> (DocDate, Vec<(String, String)>) {
    let a = Analysis::new(text);
    let (d, t) = extract(&a, None);
    (d, t.into_iter().map(|x| (x.text, x.value)).collect())
}

/// The day a value stands for when scored: mid-month, mid-year.
fn as_day(v: &str) -> NaiveDate {
    let mut parts = v.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    let y = parts.next().unwrap_or(0) as i32;
    let m = parts.next().unwrap_or(7);
    let d = parts.next().unwrap_or(15);
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid day")
}

/// The inferred date is within 31 days of `gold`; named expressions have their values.
fn check(text: &str, gold: &str, values: &[(&str, &str)]) {
    let (d, t) = infer(text);
    let got = d.value.clone().unwrap_or_default();
    assert!(
        !got.is_empty() && (as_day(&got) - as_day(gold)).num_days().abs() <= 31,
        "inferred {got:?}, expected about {gold}; timex {t:?}"
    );
    for (text, value) in values {
        assert!(
            t.iter().any(|(a, b)| a == text && b == value),
            "{text:?} should be {value:?}; got {t:?} (doc {got})"
        );
    }
}

/// Only the year is checked: the text places the story in no month.
fn check_year(text: &str, year: &str, values: &[(&str, &str)]) {
    let (d, t) = infer(text);
    let got = d.value.clone().unwrap_or_default();
    assert_eq!(got.get(..4), Some(year), "timex {t:?}");
    for (text, value) in values {
        assert!(
            t.iter().any(|(a, b)| a == text && b == value),
            "{text:?} should be {value:?}; got {t:?} (doc {got})"
        );
    }
}

#[test]
fn years_since_an_event_count_to_the_story() {
    let text = "MEXICO CITY (AP) - In the six years since President Felipe Calderon sent \
        soldiers into Michoacan in December 2006, the army has become the face of his fight \
        against the cartels. In 2009, troops ran checkpoints across Ciudad Juarez, and by the \
        end of 2009 more than 2,600 people had been killed in that city alone. Complaints of \
        abuse by soldiers nearly doubled in 2009, and in 2009 the rights commission issued more \
        recommendations against the army than against any other agency.\n\n\
        In September of last year, a military court convicted four soldiers of killing two \
        farmers at a roadblock. Last month, the Defense Department said it had pulled troops \
        out of three states. On Monday, the department said it would keep 45,000 soldiers on \
        the streets through the winter. Calderon will hand power to his successor on Dec. 1.";
    check(
        text,
        "2012-11-20",
        &[
            ("December 2006", "2006-12"),
            ("September of last year", "2011-09"),
            ("Dec. 1", "2012-12-01"),
        ],
    );
}

#[test]
fn last_year_beside_its_number() {
    let text = "TIJUANA, Mexico - Marijuana seizures along the California border fell last \
        year, in 2010, to their lowest level in years, customs officials said Tuesday. Agents \
        had seized a record 134 tons in October 2009 after soldiers found a tunnel under a \
        warehouse in Otay Mesa. In 2009, the agency also doubled the number of dogs at the \
        San Ysidro crossing. Officials expect the decline to continue this year.";
    check_year(
        text,
        "2011",
        &[("last year", "2010"), ("this year", "2011")],
    );
}

#[test]
fn years_ago_beside_a_date() {
    let text = "MORELIA, Mexico - Four years ago, in September 2008, grenades thrown into a \
        crowd celebrating Independence Day in this city's main square killed eight people. A \
        federal judge on Thursday sentenced three men to prison for the attack, which \
        prosecutors blamed on the Zetas. Defense lawyers said they would appeal.";
    check_year(text, "2012", &[("Four years ago", "2008")]);
    let text = "Two years ago this month, in March 2008, soldiers arrested 11 police officers \
        in the border town of Reynosa. Eight of them were released last week for lack of \
        evidence, their lawyer said.";
    check(text, "2010-03-20", &[("this month", "2010-03")]);
    let text = "A decade ago, in 2001, Joaquin Guzman escaped from a maximum-security prison \
        in a laundry cart. He has been on the run ever since.";
    check_year(text, "2011", &[]);
}

#[test]
fn this_and_next_year_beside_their_numbers() {
    let text = "Kidnappings reported to police this year, 2010, have already exceeded the \
        total for all of 2008, according to a citizens' group in Mexico City. The group \
        counted 1,028 cases in 2008 and said the real number was far higher.";
    check_year(text, "2010", &[("this year", "2010")]);
    let text = "Mexico's ruling party will choose its candidate before the presidential vote \
        next year, in 2012, and party officials said Friday that the drug war would dominate \
        the campaign. In 2006, Calderon won by fewer than 250,000 votes.";
    check_year(text, "2011", &[("next year", "2012")]);
}

#[test]
fn a_year_set_against_last_year_is_earlier() {
    let text = "Drug-related killings rose to 15,273 last year from 9,614 in 2009, the \
        government said Wednesday. In 2009, the northern state of Chihuahua accounted for a \
        third of the deaths, and in 2009 Juarez alone recorded 2,660 killings.";
    check_year(text, "2011", &[("last year", "2010")]);
    let text = "Murders rose in 2008, 2009 and last year, the report said. Prosecutors in \
        2009 opened fewer than 1,000 cases.";
    check_year(text, "2011", &[("last year", "2010")]);
}

#[test]
fn since_a_date_with_a_count_of_years() {
    let text = "Since December 2006, when Calderon sent the army into the streets, about \
        35,000 people have been killed in nearly five years of violence, according to \
        official figures. In 2008, the government counted 5,207 such killings, and 2008 was \
        then called the worst year of the conflict.";
    check_year(text, "2011", &[]);
}

#[test]
fn fiscal_years_ahead_and_behind() {
    let text = "WASHINGTON - The Obama administration on Monday asked Congress for $310 \
        million for Mexico in fiscal year 2011, which begins Oct. 1, down from the $450 \
        million that Congress approved for fiscal 2010. Lawmakers spent much of 2009 arguing \
        over helicopters for the Mexican military.";
    check_year(text, "2010", &[("Oct. 1", "2010-10-01")]);
    let text = "In FY2008, the Department obligated $400 million for Mexico. It expects to \
        obligate the remaining funds by the end of fiscal year 2010.";
    check_year(text, "2009", &[]);
}

#[test]
fn anniversaries_count_from_the_event() {
    let text = "Sunday marks the fifth anniversary of the December 2006 deployment of federal \
        troops to Michoacan, the start of a campaign that has cost more than 45,000 lives. \
        Rights groups planned marches in several cities.";
    check_year(text, "2011", &[]);
}

#[test]
fn without_evidence_the_date_stays_unknown() {
    let (d, t) = infer("Gunmen killed 12 people at a party on Saturday night, police said Sunday.");
    assert_eq!(d.value, None);
    assert!(t.iter().all(|(_, v)| v.starts_with("XXXX")), "{t:?}");
}

#[test]
fn only_old_years_give_a_weak_guess() {
    let text = "In 2009, soldiers took over policing in Ciudad Juarez. Last month, federal \
        police replaced them.";
    let (d, _) = infer(text);
    assert!(d.confidence <= 0.5, "{d:?}");
    assert!(d.value.as_deref().is_some_and(|v| v >= "2009"), "{d:?}");
}

#[test]
fn a_reuters_dateline_takes_its_year_from_the_weekday_and_last_year() {
    let text = "MEXICO CITY, Jan 11 (Reuters) - Mexico's drug war killed 12,903 people in the \
        first nine months of last year, the attorney general's office said on Wednesday, in \
        the first official tally since the government published its data in January 2011. \
        In 2010, the deadliest year on record, 15,273 people died. President Felipe \
        Calderon, who leaves office in December, has made security the centerpiece of his \
        final year.";
    check(
        text,
        "2012-01-11",
        &[("Wednesday", "2012-01-11"), ("December", "2012-12")],
    );
}

#[test]
fn years_after_an_event_told_in_the_present() {
    let text = "CIUDAD JUAREZ, Mexico - Three years after the army took control of this \
        border city in March 2009, the streets are calmer and the soldiers are gone. In 2009 \
        and 2010, Juarez was the most violent city in the world, with more than 3,000 \
        killings in 2010 alone. Shop owners say business has picked up this spring.";
    // March 2009 and three years give March 2012; "this spring" agrees.
    check(text, "2012-04-01", &[("this spring", "2012-SP")]);
    // Told in the past, the count says nothing of the story's own time.
    let text = "Two years after the 2006 election, Calderon had already sent 40,000 troops \
        into the streets. In 2008, 5,000 people were killed.";
    let (d, _) = infer(text);
    assert!(d.value.as_deref().is_some_and(|v| v < "2010"), "{d:?}");
}

#[test]
fn counts_since_a_time_named_before() {
    let text = "Congress approved the first $400 million for the Merida Initiative in June \
        2008. In the three years since, the United States has delivered helicopters, \
        scanners and training, but officials admit that much of the money has yet to be \
        spent. Lawmakers will review the program next month.";
    check_year(text, "2011", &[]);
}

#[test]
fn now_some_years_later() {
    let text = "In 2008, gunmen threw grenades into a crowd in Morelia, killing eight. Now, \
        four years later, three men have been convicted of the attack.";
    check_year(text, "2012", &[("four years later", "2012")]);
}

#[test]
fn this_year_makes_numbered_years_earlier() {
    let text = "The army took over policing in Juarez in 2009 and handed it to federal police \
        in 2010. This year, the federal police have cut killings in the city by half, the \
        mayor said on Monday.";
    check_year(text, "2011", &[("This year", "2011")]);
}

#[test]
fn copyright_outweighs_the_years_discussed() {
    let text = "In 2009, soldiers arrested 300 police officers in Tijuana. In 2009, a judge \
        freed most of them. In 2008, the city recorded 800 killings.\n\n\
        Copyright 2012 The Associated Press. All rights reserved.";
    check_year(text, "2012", &[]);
}

#[test]
fn a_weekday_with_month_and_day_in_the_body() {
    let text = "On Thursday, Oct. 22, agents arrested more than 300 people in 19 states in \
        the largest strike yet against La Familia, a cartel that emerged in Michoacan in \
        2006. The operation began in 2005 and reached its peak in 2008.";
    check(text, "2009-10-22", &[("Thursday, Oct. 22", "2009-10-22")]);
}

#[test]
fn a_dated_event_ahead_places_the_story_weeks_before_it() {
    let text = "WASHINGTON - Federal agents seized 1.1 million kilograms of marijuana along the \
        Southwest border in fiscal year 2010, down slightly from fiscal 2009, according to \
        figures released on Tuesday. Officials credited the National Guard troops deployed \
        to the border last summer. The agency will ask Congress for money to hire 350 more \
        officers in fiscal 2012. A budget hearing is scheduled for March 2.";
    check(
        text,
        "2011-02-10",
        &[("last summer", "2010-SU"), ("March 2", "2011-03-02")],
    );
}

#[test]
fn years_ago_in_a_named_month_is_about_that_month() {
    let text = "MEXICO CITY - Mexicans celebrated 200 years of independence on Wednesday \
        night as soldiers guarded the capital's main square. Two years ago, in September \
        2008, grenades thrown into a crowd at the Independence Day celebration in Morelia \
        killed eight people. Calderon, who has deployed more than 45,000 troops since taking \
        office in December 2006, rang the bell shortly before midnight.";
    check(text, "2010-09-16", &[("Two years ago", "2008")]);
}

#[test]
fn future_in_the_past_and_past_bounds() {
    // "said ... would continue through 2008" is ahead of the story; "this year, compared
    // with 2,100 in 2006" puts it after 2006.
    let text = "MEXICO CITY - A year ago this month, President Felipe Calderon sent 6,500 \
        soldiers into Michoacan. Since then, more than 20,000 troops have been deployed, and \
        Calderon on Sunday said the offensive would continue through 2008. About 2,500 \
        people have died in such violence this year, compared with 2,100 in 2006.";
    check_year(text, "2007", &[("this year", "2007")]);
    // "ruled ... until 2000" is a past bound, not a limit on the story.
    let text = "The party ruled Mexico for 71 years until 2000. Violence has claimed more \
        than 50,000 lives since 2006, and last year alone 12,000 people died.";
    let (d, _) = infer(text);
    assert!(d.value.as_deref().is_some_and(|v| v >= "2007"), "{d:?}");
}

#[test]
fn since_a_month_is_no_sign_of_how_recent() {
    // "since January" starts a state lasting to the story; "in March" is the latest event.
    let text = "Gunmen killed 18 people at a rehabilitation center on Tuesday night, the \
        deadliest attack in the city this year. The killings bring the number slain in \
        Juarez since January to more than 600, after 1,600 deaths in all of 2008. Federal \
        troops took control of the city's police force in March.";
    let (d, _) = infer(text);
    assert!(
        d.value
            .as_deref()
            .is_some_and(|v| v.starts_with("2009") && v >= "2009-04"),
        "{d:?}"
    );
}

#[test]
fn rose_to_a_figure_is_no_range_of_years() {
    // "rose ... last year to 15,273 ... making 2010 the deadliest": "to" joins a figure.
    let text = "MEXICO CITY, Jan 12 (Reuters) - Drug killings rose 60 percent last year to \
        15,273, the government said on Wednesday, making 2010 the deadliest year since the \
        offensive began in late 2006. Killings also spiked in Tamaulipas in 2010.";
    check(text, "2011-01-12", &[("last year", "2010")]);
}

#[test]
fn the_latest_year_told_in_the_past_is_mostly_behind_the_story() {
    // Many mentions of 2008 and one of 2009: the story is most likely from 2010.
    let text = "In 2008, soldiers arrested 300 police officers. In 2008, judges freed most of \
        them, and in 2008 the state recorded 800 killings. The army left the city in 2009.";
    check_year(text, "2010", &[]);
}

#[test]
fn year_over_year_comparisons_and_counts_since() {
    let text = "MONTERREY, Mexico - Gunmen set fire to a crowded casino on Thursday, killing \
        52 people in one of the deadliest attacks since the offensive began in December 2006. \
        Monterrey has seen killings soar since early 2010, when the Zetas split from the Gulf \
        cartel. Last year, 800 people were killed in Nuevo Leon state, up from 267 in 2009, \
        and this year's toll had already passed 1,000 by the end of July.";
    check_year(
        text,
        "2011",
        &[("Last year", "2010"), ("this year", "2011")],
    );
    // "since December 2006" says less than the year told in the past ("early 2008").
    let text = "Marines killed Arturo Beltran Leyva on Wednesday night. He had split from the \
        Sinaloa cartel in early 2008 after his brother was arrested in January of that year. \
        More than 15,000 people have died in drug violence since December 2006.";
    check_year(text, "2009", &[("January of that year", "2008-01")]);
}

#[test]
fn a_month_given_with_its_year_lies_outside_the_story_year() {
    // "whose term ends in December 2012": a writer in 2012 would say "in December".
    let text = "Authorities have pulled 116 bodies from mass graves near San Fernando, the \
        town where 72 migrants were massacred last August, officials said on Thursday. The \
        discoveries began on April 1. The graves are a fresh embarrassment for Calderon, whose \
        term ends in December 2012.";
    check_year(text, "2011", &[("last August", "2010-08")]);
}

#[test]
fn one_event_named_both_ways_ties_the_year() {
    let text = "Security is expected to weigh on next year's presidential election. In 2009, \
        6,500 people died in drug violence. The ruling party trails in polls for the 2012 \
        presidential election.";
    check_year(text, "2011", &[("next year", "2012")]);
    let text = "In September of last year, gunmen set fire to a casino in Monterrey. In 2009, \
        6,500 people died. The September 2011 attack killed 52 people.";
    check_year(text, "2012", &[("September of last year", "2011-09")]);
}

#[test]
fn years_into_a_program_count_from_its_start() {
    let text = "Three years into the Merida Initiative, announced in October 2007, deliveries \
        of equipment remain slow. In 2008, Congress approved $400 million for the program.";
    check(text, "2010-10-15", &[]);
}

#[test]
fn a_report_dating_everything_in_full_is_months_after_its_latest_event() {
    // Nothing is dated relative to the writer's day: the past months lie in the report's
    // own year.
    let text = "This report reviews federal efforts against weapons smuggling. In March 2008, \
        the agency opened a pilot program in Houston, and agents had traced 12,000 weapons \
        by June 2008. Arrests of senior traffickers in the 1990s did not reduce the flow.";
    check_year(text, "2008", &[]);
    let text = "This report reviews federal efforts against weapons smuggling. In July 2007, \
        gunmen threatened a reporter in Nuevo Laredo.";
    check(text, "2007-10-01", &[]);
    // A news story naming its current months alone ("in May") gives years only to older
    // months: the same June 2008 then lies in an earlier year.
    let text = "Agents traced 9,000 weapons in May, officials said on Tuesday. The pilot \
        program opened in March 2008 and had traced 12,000 weapons by June 2008.";
    check_year(text, "2009", &[]);
}

#[test]
fn what_happened_after_a_year_lies_beyond_it() {
    let text = "Kidnappings were rare in the city until 2008. After 2008, they soared, and \
        police recorded 400 cases.";
    check_year(text, "2010", &[]);
}

#[test]
fn a_count_since_a_fiscal_year_runs_to_the_story() {
    let text = "Since fiscal year 2009, Congress has appropriated $900 million for border \
        scanners, and half of them have been delivered.";
    let (d, _) = infer(text);
    let year: i32 = d
        .value
        .as_deref()
        .and_then(|v| v.get(..4)?.parse().ok())
        .unwrap_or(0);
    assert!((2010..=2011).contains(&year), "{d:?}");
}

#[test]
fn a_named_incident_dates_a_story_that_names_no_year() {
    // Invented details around a real incident (a DEA operation announced 2009-10-22).
    let text = "Federal agents said Friday that the arrests announced under Project Coronado \
        had gutted the group's network in California. \"They are rebuilding, but slowly,\" \
        one agent said. Prosecutors expect more indictments next month.";
    check(text, "2009-11-05", &[]);
}

#[test]
fn a_named_event_bars_earlier_years_but_later_years_date_the_story() {
    // The story names 2012; the program named is older, and only bars what precedes it.
    let text = "Lawmakers said on Tuesday that the Merida Initiative had spent less than \
        half of its money. Deliveries of helicopters slipped again in 2012, they said, and \
        auditors will report in the spring.";
    let (d, _) = infer(text);
    let year = d
        .value
        .as_deref()
        .and_then(|v| v.get(..4)?.parse::<i32>().ok());
    assert!(year.is_some_and(|y| y >= 2012), "{d:?}");
}

#[test]
fn an_event_the_sentence_dates_itself_leaves_the_placement_to_that_date() {
    // The massacre's own date (Jan. 31) places the story, as it would with no name.
    let text = |place: &str| {
        format!(
            "Gunmen stormed a party in {place} on Jan. 31, killing 15 people. Since then, \
             federal police have patrolled the neighborhood at night, residents said in \
             interviews this week. In 2009 alone, more than 2,000 people were killed."
        )
    };
    let named = infer(&text("Villas de Salvarcar")).0;
    let unnamed = infer(&text("a poor neighborhood")).0;
    assert_eq!(named.value, unnamed.value);
}
