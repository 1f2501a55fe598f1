//! End-to-end tests on sentences of our own making.

use super::*;

fn run(text: &str, date: Option<&str>) -> (DocDate, Vec<(String, String)>) {
    let a = Analysis::new(text);
    let (d, t) = extract(&a, date);
    for x in &t {
        assert_eq!(&text[x.start..x.end], x.text);
    }
    (d, t.into_iter().map(|x| (x.text, x.value)).collect())
}

fn tx(text: &str, date: &str) -> Vec<(String, String)> {
    run(text, Some(date)).1
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn absolute_dates() {
    assert_eq!(
        tx(
            "The law passed on February 5, 2009, and took effect in March 2009.",
            "2010-01-01"
        ),
        pairs(&[
            ("February 5, 2009", "2009-02-05"),
            ("March 2009", "2009-03")
        ])
    );
    assert_eq!(
        tx("Talks began Jan. 12, 2010 in Tijuana.", "2010-02-01"),
        pairs(&[("Jan. 12, 2010", "2010-01-12")])
    );
    assert_eq!(
        tx("The raid came on 5 February 2009.", "2010"),
        pairs(&[("5 February 2009", "2009-02-05")])
    );
}

#[test]
fn years_only_where_used_as_years() {
    assert_eq!(
        tx("In 2007, the plan was announced.", "2010"),
        pairs(&[("2007", "2007")])
    );
    assert_eq!(
        tx("The 2010 budget cuts aid.", "2010"),
        pairs(&[("2010", "2010")])
    );
    assert!(tx(
        "Police detained 2009 people and seized $2009 million.",
        "2010"
    )
    .is_empty());
    assert!(tx("About 1,000 agents and more than 2000 soldiers.", "2010").is_empty());
}

#[test]
fn decades_fiscal_years_and_ranges() {
    assert_eq!(
        tx("Violence rose in the 1990s.", "2010"),
        pairs(&[("the 1990s", "199")])
    );
    assert_eq!(
        tx("Funding for fiscal year 2011 and fiscal 2012 rose.", "2010"),
        pairs(&[("fiscal year 2011", "2011"), ("fiscal 2012", "2012")])
    );
    assert_eq!(
        tx("Aid grew from 2006 to 2008.", "2010"),
        pairs(&[("2006", "2006"), ("2008", "2008")])
    );
    assert_eq!(
        tx("Aid grew in 2006-2008.", "2010"),
        pairs(&[("2006", "2006"), ("2008", "2008")])
    );
    assert_eq!(
        tx("He has led since December 2006.", "2010"),
        pairs(&[("December 2006", "2006-12")])
    );
    assert_eq!(
        tx("Troops will stay by 2012.", "2010"),
        pairs(&[("2012", "2012")])
    );
}

#[test]
fn seasons_and_quarters() {
    assert_eq!(
        tx("Exports fell in summer 2009.", "2010"),
        pairs(&[("summer 2009", "2009-SU")])
    );
    assert_eq!(
        tx("Seizures doubled in the first quarter.", "2010-05-02"),
        pairs(&[("first quarter", "2010-Q1")])
    );
    assert_eq!(
        tx("Sales fell in the fourth quarter of 2008.", "2010"),
        pairs(&[("fourth quarter of 2008", "2008-Q4")])
    );
    assert_eq!(
        tx("The army left last summer.", "2010-03-01"),
        pairs(&[("last summer", "2009-SU")])
    );
}

#[test]
fn weekdays_by_tense() {
    // 2010-06-09 is a Wednesday.
    let d = "2010-06-09";
    assert_eq!(
        tx("The governor resigned on Monday.", d),
        pairs(&[("Monday", "2010-06-07")])
    );
    assert_eq!(
        tx("The governor will resign on Friday.", d),
        pairs(&[("Friday", "2010-06-11")])
    );
    assert_eq!(
        tx("She is to fly to Lima Thursday.", d),
        pairs(&[("Thursday", "2010-06-10")])
    );
    assert_eq!(
        tx("Officials said Wednesday that talks failed.", d),
        pairs(&[("Wednesday", "2010-06-09")])
    );
    assert_eq!(
        tx("The team arrived Tuesday night.", d),
        pairs(&[("Tuesday night", "2010-06-08")])
    );
}

#[test]
fn relative_to_publication() {
    let d = "2010-06-09";
    assert_eq!(
        tx(
            "Deaths rose last year, fell last month and surged last week.",
            d
        ),
        pairs(&[
            ("last year", "2009"),
            ("last month", "2010-05"),
            ("last week", "2010-W22")
        ])
    );
    assert_eq!(
        tx(
            "Next year's budget and this year's plan were debated this week.",
            d
        ),
        pairs(&[
            ("Next year", "2011"),
            ("this year", "2010"),
            ("this week", "2010-W23")
        ])
    );
    assert_eq!(
        tx(
            "Earlier this month police struck; later this week they return.",
            d
        ),
        pairs(&[
            ("Earlier this month", "2010-06"),
            ("later this week", "2010-W23")
        ])
    );
    assert_eq!(
        tx(
            "He was freed yesterday and speaks today, and tomorrow he flies home.",
            d
        ),
        pairs(&[
            ("yesterday", "2010-06-08"),
            ("today", "2010-06-09"),
            ("tomorrow", "2010-06-10")
        ])
    );
    assert_eq!(
        tx(
            "The cartel split two years ago and again a year and a half ago.",
            d
        ),
        pairs(&[
            ("two years ago", "2008"),
            ("a year and a half ago", "2008-12")
        ])
    );
}

#[test]
fn months_without_years_follow_tense() {
    let d = "2010-03-02";
    assert_eq!(
        tx("Sharing began in November.", d),
        pairs(&[("November", "2009-11")])
    );
    assert_eq!(
        tx("Ministers are to meet in early April.", d),
        pairs(&[("early April", "2010-04")])
    );
    assert_eq!(
        tx("The vote came in mid-May.", "2010-07"),
        pairs(&[("mid-May", "2010-05")])
    );
    assert_eq!(
        tx("He spoke on Feb. 5 in Texas.", d),
        pairs(&[("Feb. 5", "2010-02-05")])
    );
    assert!(tx("Officials may decide to march.", d).is_empty());
}

#[test]
fn references_to_present_past_and_future() {
    let d = "2010-06-09";
    assert_eq!(
        tx(
            "Crime is now down, unlike in the past; in the future it may rise.",
            d
        ),
        pairs(&[
            ("now", "PRESENT_REF"),
            ("in the past", "PAST_REF"),
            ("in the future", "FUTURE_REF")
        ])
    );
    assert_eq!(
        tx(
            "Ties grew in recent years and will deepen in the months to come.",
            d
        ),
        pairs(&[
            ("recent years", "PAST_REF"),
            ("the months to come", "FUTURE_REF")
        ])
    );
    assert_eq!(
        tx("The plan will soon expand.", d),
        pairs(&[("soon", "FUTURE_REF")])
    );
    assert!(tx("As soon as troops left, gangs returned.", d).is_empty());
}

#[test]
fn durations() {
    let d = "2010";
    assert_eq!(
        tx(
            "A three-year plan, a two-day visit and a week-long tour.",
            d
        ),
        pairs(&[
            ("three-year", "P3Y"),
            ("two-day", "P2D"),
            ("week-long", "P1W")
        ])
    );
    assert_eq!(
        tx(
            "A day after the raid, police spent eight weeks and 15 years on it.",
            d
        ),
        pairs(&[
            ("A day", "P1D"),
            ("eight weeks", "P8W"),
            ("15 years", "P15Y")
        ])
    );
    assert_eq!(
        tx(
            "Gangs have fought for years, after decades of peace, in less than a year.",
            d
        ),
        pairs(&[
            ("for years", "PXY"),
            ("decades", "PXDE"),
            ("less than a year", "P1Y")
        ])
    );
    assert!(tx("They earn $15 billion a year, twice a day.", d).is_empty());
    assert!(tx("A 15-year-old boy and a three-year-old girl.", d).is_empty());
}

#[test]
fn header_date_is_the_publication_date() {
    let (d, t) = run(
        "Tuesday, January 25, 2011\n\nClinton visited Mexico on Monday.",
        None,
    );
    assert_eq!(d.value.as_deref(), Some("2011-01-25"));
    assert!(d.inferred);
    assert_eq!(t[1], ("Monday".to_string(), "2011-01-24".to_string()));
    let (d, _) = run(
        "Drug war widens\nPosted: March 3, 2010\n\nMore text here.",
        None,
    );
    assert_eq!(d.value.as_deref(), Some("2010-03-03"));
    // A report's catalogue line ends with its date.
    let (d, _) = run(
        "Border Security\n\nAgencies Struggle to Share Intelligence on Smuggling Routes \
         Along the Southwest Border Report No. 10-442 April 9, 2010\n\nIn 2008, agents seized \
         more weapons than in 2007.",
        None,
    );
    assert_eq!(d.value.as_deref(), Some("2010-04-09"));
    // A date that ends a body line but not among the first lines is no header.
    let (d, _) = run(
        "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nSoldiers from three brigades arrived in the city \
         with trucks, dogs and helicopters on March 2, 2009\n",
        None,
    );
    assert_ne!(d.value.as_deref(), Some("2009-03-02"));
}

#[test]
fn dateline_day_with_year_from_the_text() {
    let (d, _) = run(
        "TIJUANA, Mexico, June 4 (Reuters) - Police said 2010 has been violent. Copyright 2010 Reuters.",
        None,
    );
    assert_eq!(d.value.as_deref(), Some("2010-06-04"));
}

#[test]
fn internal_evidence_places_the_article() {
    let text = "The army killed 300 people last year and 120 in the first ten weeks of 2010. \
                Ministers are to meet in late April.";
    let (d, t) = run(text, None);
    assert_eq!(d.value.as_deref(), Some("2010-03"));
    assert_eq!(t[0], ("last year".to_string(), "2009".to_string()));
    let text = "Troops were sent in June and again in August. Copyright 2008 AP.";
    let (d, _) = run(text, None);
    assert_eq!(d.value.as_deref().map(|v| &v[..4]), Some("2008"));
}

#[test]
fn no_evidence_no_date() {
    let (d, t) = run("Police said crime fell last year.", None);
    assert_eq!(d.value, None);
    assert_eq!(t, pairs(&[("last year", "PAST_REF")]));
}

#[test]
fn never_panics() {
    for s in [
        "",
        "May",
        "Feb.",
        "2009-",
        "3/",
        "the",
        "last",
        "a year and a",
        "FY20",
        "Tuesday,",
    ] {
        let _ = run(s, None);
        let _ = run(s, Some("2010-05"));
    }
}

#[test]
fn last_and_next_named_months_skip_the_current_one() {
    assert_eq!(
        tx(
            "The worst attack since last June came Monday.",
            "2010-06-14"
        ),
        pairs(&[("last June", "2009-06"), ("Monday", "2010-06-14")])
    );
    assert_eq!(
        tx("Polls open next March.", "2010-03-14"),
        pairs(&[("next March", "2011-03")])
    );
}

#[test]
fn fiscal_quarters_and_abbreviated_weekday_headers() {
    assert_eq!(
        tx(
            "Helicopters arrived in the first quarter of fiscal year 2009.",
            "2010"
        ),
        pairs(&[("first quarter of fiscal year 2009", "2009-Q1")])
    );
    let (d, _) = run("Posted on Mon, Jun. 14, 2010\nGunmen ambush police.", None);
    assert_eq!(d.value.as_deref(), Some("2010-06-14"));
}

#[test]
fn labels_are_not_years() {
    assert!(tx("Under Resolution 1973 and H.R. 2010, aid flows.", "2010").is_empty());
    assert!(tx("Flight 1549 landed at 2030 hours.", "2010").is_empty());
}

#[test]
fn names_are_not_months() {
    assert!(tx("April Smith and June Carter spoke.", "2010").is_empty());
    assert_eq!(
        tx("In April Smith spoke.", "2010-06"),
        pairs(&[("April", "2010-04")])
    );
}

#[test]
fn more_references() {
    let d = "2010-06-09";
    assert_eq!(
        tx("These days gangs rule the now-defunct mill.", d),
        pairs(&[("These days", "PRESENT_REF")])
    );
    assert_eq!(
        tx(
            "Killings rose over the last decade and in recent months.",
            d
        ),
        pairs(&[("last decade", "P10Y"), ("recent months", "PAST_REF")])
    );
    assert_eq!(
        tx("That was years ago.", d),
        pairs(&[("years ago", "PAST_REF")])
    );
}

#[test]
fn month_precision_given_date_still_places_weekdays() {
    // Evidence ("first ten weeks of 2010") puts the day in mid-March; Monday resolves.
    let t = tx(
        "Gunmen killed 120 people in the first ten weeks of 2010, police said Monday.",
        "2010-03",
    );
    assert_eq!(t[0], ("ten weeks".to_string(), "P10W".to_string()));
    assert!(t[2].1.starts_with("2010-03-"), "{t:?}");
}

#[test]
fn report_cover_month_is_the_publication_month() {
    let text = "GOVERNMENT REPORT\nJune 2009\nFIREARMS TRAFFICKING\n\nIn 2008, agents traced 90 percent of guns.";
    let (d, _) = run(text, None);
    assert_eq!(d.value.as_deref(), Some("2009-06"));
}

#[test]
fn scheduled_present_tense_points_ahead() {
    assert_eq!(
        tx("His term ends in December.", "2011-05-10"),
        pairs(&[("December", "2011-12")])
    );
}

#[test]
fn tense_stays_inside_its_clause() {
    // 2010-06-09 is a Wednesday.
    let d = "2010-06-09";
    assert_eq!(
        tx(
            "The envoy set out for Lima Monday on a trip that will be overshadowed by riots.",
            d
        ),
        pairs(&[("Monday", "2010-06-07")])
    );
    assert_eq!(
        tx("Police arrived Monday and will leave Friday.", d),
        pairs(&[("Monday", "2010-06-07"), ("Friday", "2010-06-11")])
    );
    assert_eq!(
        tx("The minister is set to arrive Friday.", d),
        pairs(&[("Friday", "2010-06-11")])
    );
}

#[test]
fn weekday_with_month_day_and_half_units() {
    assert_eq!(
        tx(
            "Troops left on Monday, March 2, after two and a half years.",
            "2009-03-05"
        ),
        pairs(&[
            ("Monday, March 2", "2009-03-02"),
            ("two and a half years", "P30M")
        ])
    );
    assert!(tx("He told USA Today the plan works.", "2009-03-05").is_empty());
}

#[test]
fn the_last_year_is_a_stretch() {
    assert_eq!(
        tx(
            "Over the last year, and in the next month, raids rose; last year they fell.",
            "2009-03-05"
        ),
        pairs(&[
            ("last year", "P1Y"),
            ("next month", "P1M"),
            ("last year", "2008")
        ])
    );
}

#[test]
fn coordinated_dates_share_tense_and_spans_of_time() {
    assert_eq!(
        tx("Deliveries will continue into June and July.", "2010-08-01"),
        pairs(&[("June", "2011-06"), ("July", "2011-07")])
    );
    assert_eq!(
        tx("The probe could take months.", "2010-08-01"),
        pairs(&[("months", "PXM")])
    );
}

#[test]
fn this_year_beside_a_named_year_means_a_later_year() {
    let (d, _) = run(
        "The toll reached 12 this year, up from 79 in all of 2009.",
        None,
    );
    assert_eq!(d.value.as_deref(), Some("2010"));
}

#[test]
fn quarter_of_this_year() {
    assert_eq!(
        tx(
            "Seizures rose in the first quarter of this year.",
            "2011-07"
        ),
        pairs(&[("first quarter of this year", "2011-Q1")])
    );
}

#[test]
fn a_weekday_with_its_date_picks_the_year() {
    // March 2 fell on a Monday in 2009 (not in 2008 or 2010).
    let text = "Officials met on Monday, March 2, after a surge in killings in 2008.";
    let (d, _) = run(text, None);
    assert_eq!(d.value.as_deref().map(|v| &v[..4]), Some("2009"));
}

#[test]
fn years_told_in_the_past_are_often_last_year() {
    // Nothing but a finished fiscal year and a past year: the article is the year after.
    let text = "In fiscal year 2009 agents seized $10 million. The office opened in January 2009.";
    let (d, _) = run(text, None);
    assert_eq!(d.value.as_deref().map(|v| &v[..4]), Some("2010"));
}

#[test]
fn weekends_present_edges_and_following_years() {
    // 2011-08-26 is a Friday (ISO week 34).
    let d = "2011-08-26";
    assert_eq!(
        tx(
            "I will write more over the weekend; last weekend was quiet.",
            d
        ),
        pairs(&[
            ("the weekend", "2011-W34-WE"),
            ("last weekend", "2011-W33-WE")
        ])
    );
    assert_eq!(
        tx(
            "Ten died this past weekend, three over the past weekend's storm.",
            d
        ),
        pairs(&[
            ("this past weekend", "2011-W33-WE"),
            ("past weekend", "2011-W33-WE")
        ])
    );
    assert_eq!(
        tx(
            "Aid has grown until the present, and at present it is large.",
            d
        ),
        pairs(&[
            ("the present", "PRESENT_REF"),
            ("at present", "PRESENT_REF")
        ])
    );
    assert!(tx("The present system fails.", d).is_empty());
    assert_eq!(
        tx(
            "Forty died since the start of the month and more by the end of the year.",
            d
        ),
        pairs(&[
            ("the start of the month", "2011-08"),
            ("the end of the year", "2011")
        ])
    );
    assert_eq!(
        tx("The unit began in 2005 and expanded the following year.", d),
        pairs(&[("2005", "2005"), ("the following year", "2006")])
    );
    assert!(tx("It expanded the following year.", d).is_empty());
    assert_eq!(
        tx("Patrols grew over the summer.", d),
        pairs(&[("summer", "2011-SU")])
    );
}

#[test]
fn decades_count_in_years_and_relative_offsets_are_not_durations() {
    let d = "2011-05-10";
    assert_eq!(
        tx(
            "After two decades of aid, a decade of reform and the preceding six years,",
            d
        ),
        pairs(&[
            ("two decades", "P20Y"),
            ("a decade", "P10Y"),
            ("preceding six years", "P6Y")
        ])
    );
    assert!(tx("The guns were bought almost a year earlier.", d).is_empty());
}

#[test]
fn never_panics_on_fragments_of_dated_text() {
    let text = "Tuesday, January 25, 2011\nMEXICO CITY, Jan. 12 (Reuters) - On Monday, March 2, \
                in fiscal year 2009 and the first quarter of this year, 15 years ago, a two-day \
                and a year and a half; last weekend, the following year, 3/25/2009, 2009-03-25, \
                mid-May, the 1990s, Copyright © 2009. Calderón’s term ends in 2012. “Now,” he said.";
    // Every char-boundary window of a few lengths, with and without dates.
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for (n, &a) in bounds.iter().enumerate() {
        for &len in &[7usize, 23, 61] {
            let Some(&b) = bounds.get(n + len) else {
                continue;
            };
            let piece = &text[a..b];
            let _ = run(piece, None);
            let _ = run(piece, Some("2010-02"));
            let _ = run(piece, Some("1999-12-31"));
        }
    }
}

#[test]
fn a_date_opening_a_one_line_text_is_its_date() {
    let text = "March 25, 2009 Clinton heads to Mexico as violence along the border worsens and \
                officials weigh sending more troops to the region, a plan first floated in 2008.";
    let (d, _) = run(text, None);
    assert_eq!(d.value.as_deref(), Some("2009-03-25"));
}

#[test]
fn offsets_count_from_the_date_named_last() {
    let d = "2011-07";
    assert_eq!(
        tx(
            "Agents died on Dec. 14, 2010; the rifles were bought almost a year earlier.",
            d
        ),
        pairs(&[
            ("Dec. 14, 2010", "2010-12-14"),
            ("almost a year earlier", "2009-12")
        ])
    );
    assert_eq!(
        tx(
            "The raid came in March 2009, and two weeks later police returned.",
            d
        ),
        pairs(&[("March 2009", "2009-03"), ("two weeks later", "2009-W13")])
    );
    assert!(tx("A year later, nothing had changed.", d).is_empty());
}

#[test]
fn huge_amounts_are_not_durations() {
    for s in [
        "It took 999999999 years.",
        "That was 4294967295 days ago.",
        "Guns bought 99999999 years earlier.",
    ] {
        let (_, t) = run(s, Some("2010-05-05"));
        // At most the vague "days ago"; never a computed date or a numeric duration.
        assert!(t.iter().all(|(_, v)| v == "PAST_REF"), "{s}: {t:?}");
    }
}

#[test]
fn seasons_and_months_of_a_relative_year() {
    // 2012-11-20 is a Tuesday.
    let d = "2012-11-20";
    assert_eq!(
        tx("In the summer of last year, a casino burned.", d),
        pairs(&[("summer of last year", "2011-SU")])
    );
    assert_eq!(
        tx("In September of last year, a court ruled.", d),
        pairs(&[("September of last year", "2011-09")])
    );
    assert_eq!(
        tx("Troops withdrew in May this year.", d),
        pairs(&[("May this year", "2012-05")])
    );
    assert_eq!(
        tx("The talks resume on March 3 next year.", d),
        pairs(&[("March 3 next year", "2013-03-03")])
    );
}

#[test]
fn this_weekend_told_in_the_past_is_the_one_gone() {
    // 2012-11-20 is a Tuesday in ISO week 47.
    let d = "2012-11-20";
    assert_eq!(
        tx("Police this weekend arrested 20 people.", d),
        pairs(&[("this weekend", "2012-W46-WE")])
    );
    assert_eq!(
        tx("Marches are planned for this weekend.", d),
        pairs(&[("this weekend", "2012-W47-WE")])
    );
}

#[test]
fn a_year_dating_its_own_event_is_no_tie_to_last_year() {
    // "launched in 2008, expanded last year": two events, the story no later than 2009
    // is not implied.
    let text = "The program, launched in 2008, was expanded last year. In 2010, it trained \
                4,000 police officers.";
    let (d, _) = run(text, None);
    assert!(d.value.as_deref().is_some_and(|v| v >= "2010"), "{d:?}");
}

#[test]
fn a_range_lends_its_closing_year() {
    let d = "2011-06-01";
    assert_eq!(
        tx("From January to March 2009, 2,000 people died.", d),
        pairs(&[("January", "2009-01"), ("March 2009", "2009-03")])
    );
    assert_eq!(
        tx("Between December and February 2010, 3,000 died.", d),
        pairs(&[("December", "2009-12"), ("February 2010", "2010-02")])
    );
    assert_eq!(
        tx("Police arrested 40 from Jan. 5 to Jan. 9, 2010.", d),
        pairs(&[("Jan. 5", "2010-01-05"), ("Jan. 9, 2010", "2010-01-09")])
    );
}

#[test]
fn numeric_dates_day_first_and_two_digit_years() {
    assert_eq!(
        tx("Release Date: 10/22/09", "2010"),
        pairs(&[("10/22/09", "2009-10-22")])
    );
    assert_eq!(
        tx("Fecha: 22/10/2009", "2010"),
        pairs(&[("22/10/2009", "2009-10-22")])
    );
    assert!(tx("Scores of 3/4 and 40/50/60 are no dates.", "2010").is_empty());
}

#[test]
fn that_year_is_the_year_last_named() {
    assert_eq!(
        tx(
            "He split from the cartel in early 2008 after his brother was arrested in \
             January of that year. That year, 5,000 died; in March that same year troops came.",
            "2009-12-18"
        ),
        pairs(&[
            ("early 2008", "2008"),
            ("January of that year", "2008-01"),
            ("That year", "2008"),
            ("March that same year", "2008-03")
        ])
    );
    // Nothing named before: no value to give.
    assert!(tx("That year, 5,000 died.", "2009-12-18").is_empty());
}

#[test]
fn hours_and_minutes_are_durations() {
    let d = "2010-06-30";
    assert_eq!(
        tx(
            "Police closed the road for about an hour. The battle lasted two hours and a \
             half, then 45 minutes more, under a 24-hour curfew.",
            d
        ),
        pairs(&[
            ("an hour", "PT1H"),
            ("two hours and a half", "PT150M"),
            ("45 minutes", "PT45M"),
            ("24-hour", "PT24H"),
        ])
    );
    // A speed or a page label is no duration.
    assert!(tx("The truck sped at 90 miles an hour.", d).is_empty());
    assert!(tx("Reading time: 6 minutes\n\nThe report is long.", d).is_empty());
}

#[test]
fn vague_and_fractional_durations() {
    let d = "2010-06-01";
    assert_eq!(
        tx("She ran the shop for a quarter of a century.", d),
        pairs(&[("a quarter of a century", "P25Y")])
    );
    assert_eq!(
        tx(
            "Half a century ago the ranch was open; for a half century it was shut, and the \
            search took half an hour.",
            d
        ),
        pairs(&[
            ("Half a century ago", "1960"),
            ("a half century", "P50Y"),
            ("half an hour", "PT30M")
        ])
    );
    assert_eq!(
        tx("Much has changed in the weeks since the arrest.", d),
        pairs(&[("weeks", "PXW")])
    );
    assert_eq!(
        tx("He was shot just days before the vote.", d),
        pairs(&[("days", "PXD")])
    );
    assert_eq!(
        tx("She is the first envoy in years to visit.", d),
        pairs(&[("years", "PXY")])
    );
}
