//! Golden test: extraction over the five seed articles, scored against their gold
//! annotations (tests/gold, copied from the shared evaluation set) with a Rust port of the
//! shared scorer. Fails when any family drops below its floor. The floors only ever rise.

#[path = "support/score.rs"]
mod score;
#[path = "support/suite.rs"]
mod suite;

use score::Gold;
use suite::{day_number, DocDateRows};

/// Minimum F1 per metric, with publication dates given.
const FLOORS: &[(&str, f64)] = &[
    ("entity ALL", 0.92),
    ("entity PERSON", 0.88),
    ("entity ORG", 0.88),
    ("entity PLACE", 0.88),
    ("timex date value", 0.92),
    ("timex duration value", 0.85),
    ("quantity deaths", 0.92),
    ("quantity money", 0.92),
    ("quantity percent", 0.92),
    ("quantity count", 0.92),
    ("quotes", 0.90),
];

/// Minimum scores with the publication date left out (the extractor infers it).
const NO_DATE_FLOORS: &[(&str, f64)] =
    &[("timex date value", 0.85), ("doc_date within 31 days", 0.8)];

/// Metric names are padded to this width in the printed table.
const NAME_WIDTH: usize = 24;

fn load_gold() -> Vec<Gold> {
    suite::load_folder("gold")
}

fn check_floors(with_date: bool, floors: &[(&str, f64)]) {
    let golds = load_gold();
    assert_eq!(golds.len(), 5, "the five seed gold files");
    let doc_date_rows = DocDateRows {
        exact: None,
        near: Some("doc_date within 31 days"),
    };
    let scores = suite::score_all(&golds, with_date, doc_date_rows);
    println!("{}", scores.table(NAME_WIDTH));
    let below = scores.below(floors);
    assert!(
        below.is_empty(),
        "below floor: {}\n{}\n{}",
        below.join("; "),
        scores.table(NAME_WIDTH),
        scores.errors()
    );
}

#[test]
fn seed_gold_scores_stay_above_their_floors() {
    check_floors(true, FLOORS);
}

#[test]
fn without_dates_the_inferred_dates_hold_up() {
    check_floors(false, NO_DATE_FLOORS);
}

#[test]
fn day_numbers_follow_the_calendar() {
    assert_eq!(
        day_number("2009-03-01")
            .zip(day_number("2009-02-28"))
            .map(|(a, b)| a - b),
        Some(1)
    );
    assert_eq!(
        day_number("2008-03-01")
            .zip(day_number("2008-02-28"))
            .map(|(a, b)| a - b),
        Some(2)
    );
    assert_eq!(day_number("2009"), day_number("2009-07-15"));
    assert_eq!(day_number("March"), None);
    // Not a calendar date: the scorer's datetime.date refuses it, so never "near".
    assert_eq!(day_number("2009-02-29"), None);
    assert_eq!(day_number("2009-13"), None);
}

#[test]
fn every_span_points_at_its_text() {
    suite::assert_every_span_points_at_its_text(&load_gold());
}
