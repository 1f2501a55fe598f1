//! Golden test: extraction over the five seed articles, scored against their gold
//! annotations (tests/gold, copied from the shared evaluation set) with a Rust port of the
//! shared scorer. Fails when any family drops below its floor. The floors only ever rise.

#[path = "support/score.rs"]
mod score;

use frontera_core::{extract, Document, Extraction};
use score::{Gold, Tally};

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

fn load_gold() -> Vec<Gold> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/gold exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("gold file readable");
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

fn run(gold: &Gold, with_date: bool) -> Extraction {
    extract(&Document {
        id: gold.id.clone(),
        text: gold.text.clone(),
        date: if with_date {
            gold.doc_date.clone()
        } else {
            None
        },
        ..Default::default()
    })
}

struct Scores {
    rows: Vec<(String, Tally)>,
}

/// Days from 0000-03-01 for a `YYYY[-MM[-DD]]` date, a missing month or day taken as the
/// middle (as the scorer does); `None` when it does not parse.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let y = parts.next()??;
    let m = parts.next().map_or(Some(7), |m| m)?;
    let d = parts.next().map_or(Some(15), |d| d)?;
    // Days-from-civil (H. Hinnant), exact for the Gregorian calendar.
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy)
}

impl Scores {
    fn get(&self, name: &str) -> &Tally {
        &self
            .rows
            .iter()
            .find(|(n, _)| n == name)
            .expect("metric exists")
            .1
    }

    fn table(&self) -> String {
        let mut out = format!(
            "{:<24}{:>6}{:>6}{:>6}{:>7}\n",
            "metric", "tp", "pred", "gold", "F1"
        );
        for (name, t) in &self.rows {
            out += &format!(
                "{:<24}{:>6}{:>6}{:>6}{:>7.3}\n",
                name,
                t.tp,
                t.pred,
                t.gold,
                t.f1()
            );
        }
        out
    }

    fn errors(&self) -> String {
        let mut out = String::new();
        for (name, t) in &self.rows {
            for m in &t.misses {
                out += &format!("  missed {name}: {m}\n");
            }
            for f in &t.false_hits {
                out += &format!("  false {name}: {f}\n");
            }
        }
        out
    }
}

fn score_all(golds: &[Gold], with_date: bool) -> Scores {
    let mut ents: [Tally; 3] = Default::default();
    let mut kinds: [Tally; 4] = Default::default();
    let (mut dates, mut date_values) = (Tally::default(), Tally::default());
    let (mut durations, mut duration_values) = (Tally::default(), Tally::default());
    let mut quotes = Tally::default();
    let mut doc_dates = Tally::default();
    for gold in golds {
        let pred = run(gold, with_date);
        if let Some(gold_date) = &gold.doc_date {
            doc_dates.gold += 1;
            doc_dates.pred += 1;
            let near = match (
                day_number(gold_date),
                pred.doc_date.value.as_deref().and_then(day_number),
            ) {
                (Some(g), Some(p)) => (g - p).abs() <= 31,
                _ => false,
            };
            if near {
                doc_dates.tp += 1;
            } else {
                doc_dates.misses.push(format!(
                    "{}: gold {gold_date} got {:?}",
                    gold.id, pred.doc_date.value
                ));
            }
        }
        score::score_entities(gold, &pred, &mut ents);
        score::score_timex(gold, &pred.timex, false, &mut dates, &mut date_values);
        score::score_timex(
            gold,
            &pred.timex,
            true,
            &mut durations,
            &mut duration_values,
        );
        score::score_quantities(gold, &pred, &mut kinds);
        score::score_quotes(gold, &pred, &mut quotes);
    }
    let mut rows = Vec::new();
    let sum = |ts: &[Tally]| Tally {
        tp: ts.iter().map(|t| t.tp).sum(),
        pred: ts.iter().map(|t| t.pred).sum(),
        gold: ts.iter().map(|t| t.gold).sum(),
        split: ts.iter().map(|t| t.split).sum(),
        ..Default::default()
    };
    for (t, tally) in score::TYPES.iter().zip(&ents) {
        rows.push((format!("entity {t}"), tally.clone()));
    }
    rows.push(("entity ALL".into(), sum(&ents)));
    rows.push(("timex date".into(), dates));
    rows.push(("timex date value".into(), date_values));
    rows.push(("timex duration".into(), durations));
    rows.push(("timex duration value".into(), duration_values));
    for (k, tally) in score::KINDS.iter().zip(&kinds) {
        rows.push((format!("quantity {k}"), tally.clone()));
    }
    rows.push(("quantity ALL".into(), sum(&kinds)));
    rows.push(("quotes".into(), quotes));
    rows.push(("doc_date within 31 days".into(), doc_dates));
    Scores { rows }
}

fn check_floors(with_date: bool, floors: &[(&str, f64)]) {
    let golds = load_gold();
    assert_eq!(golds.len(), 5, "the five seed gold files");
    let scores = score_all(&golds, with_date);
    println!("{}", scores.table());
    let below: Vec<String> = floors
        .iter()
        .filter(|(name, floor)| scores.get(name).f1() < *floor)
        .map(|(name, floor)| format!("{name} {:.3} < {floor}", scores.get(name).f1()))
        .collect();
    assert!(
        below.is_empty(),
        "below floor: {}\n{}\n{}",
        below.join("; "),
        scores.table(),
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
}

#[test]
fn every_span_points_at_its_text() {
    for gold in load_gold() {
        for with_date in [true, false] {
            let x = run(&gold, with_date);
            let text = &gold.text;
            let check = |what: &str, s: usize, e: usize, t: &str| {
                assert!(
                    s <= e
                        && e <= text.len()
                        && text.is_char_boundary(s)
                        && text.is_char_boundary(e),
                    "{}: {what} span {s}..{e} is not a char range",
                    gold.id
                );
                assert_eq!(&text[s..e], t, "{}: {what} span {s}..{e}", gold.id);
            };
            for e in &x.entities {
                for m in &e.mentions {
                    check("mention", m.start, m.end, &m.text);
                }
            }
            for t in &x.timex {
                check("timex", t.start, t.end, &t.text);
            }
            for q in &x.quantities {
                check("quantity", q.start, q.end, &q.text);
            }
            for q in &x.quotes {
                check("quote", q.start, q.end, &q.text);
            }
        }
    }
}
