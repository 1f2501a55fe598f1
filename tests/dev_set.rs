//! Development-set test: extraction over the held-out-style documents in tests/dev (U.S.
//! government texts and news written for the project, see tests/dev/README.md), scored with
//! the Rust port of the shared scorer, with publication dates given and without. It prints
//! the table and every error (`cargo test --test dev_set -- --nocapture`) and fails only
//! below generous floors that catch regressions. Never tune on these documents.

#[path = "support/score.rs"]
mod score;

use frontera_core::{extract, Document, Extraction};
use score::{Gold, Tally};

/// Minimum F1 with publication dates given (about 0.05 under the scores on main when the
/// test was added; see tests/dev/results for the full error lists).
const FLOORS_WITH_DATE: &[(&str, f64)] = &[
    ("entity ALL", 0.85),
    ("timex date value", 0.91),
    ("timex duration value", 0.77),
    ("quantity ALL", 0.92),
    ("quotes", 0.95),
];

/// Minimum F1 without dates: the values then depend on the inferred publication date.
const FLOORS_WITHOUT_DATE: &[(&str, f64)] =
    &[("timex date value", 0.81), ("doc_date within 31d", 0.75)];

fn load_dev() -> Vec<Gold> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dev");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/dev exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("dev file readable");
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

/// The scorer's date check: exact at the gold's precision, or within 31 days
/// (missing month and day count as the middle of the year or month).
fn date_ok(gold: &str, pred: &str) -> (bool, bool) {
    if gold.is_empty() || pred.is_empty() {
        return (false, false);
    }
    let day = |s: &str| -> Option<i64> {
        let parts: Vec<&str> = s.split('-').collect();
        let y: i32 = parts.first()?.parse().ok()?;
        let m: u32 = match parts.get(1) {
            Some(m) => m.parse().ok()?,
            None => 7,
        };
        let d: u32 = match parts.get(2) {
            Some(d) => d.parse().ok()?,
            None => 15,
        };
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d))
    };
    let near = matches!((day(gold), day(pred)), (Some(a), Some(b)) if (a - b).abs() <= 31);
    (pred.starts_with(gold), near)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

struct Scores {
    rows: Vec<(String, Tally)>,
}

impl Scores {
    fn f1(&self, name: &str) -> f64 {
        self.rows
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0.0, |(_, t)| t.f1())
    }

    fn table(&self) -> String {
        let mut out = format!(
            "{:<22}{:>6}{:>6}{:>6}{:>7}\n",
            "metric", "tp", "pred", "gold", "F1"
        );
        for (name, t) in &self.rows {
            out += &format!(
                "{:<22}{:>6}{:>6}{:>6}{:>7.3}\n",
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

    fn below(&self, floors: &[(&str, f64)]) -> Vec<String> {
        floors
            .iter()
            .filter(|(name, floor)| self.f1(name) < *floor)
            .map(|(name, floor)| format!("{name} {:.3} < {floor}", self.f1(name)))
            .collect()
    }
}

fn score_all(golds: &[Gold], with_date: bool) -> Scores {
    let mut ents: [Tally; 3] = Default::default();
    let mut kinds: [Tally; 4] = Default::default();
    let (mut dates, mut date_values) = (Tally::default(), Tally::default());
    let (mut durations, mut duration_values) = (Tally::default(), Tally::default());
    let mut quotes = Tally::default();
    // doc_date as a tally: tp = right, pred = gold = documents (so F1 is the accuracy).
    let (mut date_exact, mut date_near) = (Tally::default(), Tally::default());
    for gold in golds {
        let pred = run(gold, with_date);
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
        if let Some(g) = gold.doc_date.as_deref() {
            let p = pred.doc_date.value.as_deref().unwrap_or("");
            let (exact, near) = date_ok(g, p);
            for (t, ok) in [(&mut date_exact, exact), (&mut date_near, near)] {
                t.gold += 1;
                t.pred += 1;
                if ok {
                    t.tp += 1;
                } else {
                    t.misses.push(format!("{}: gold {g} got {p:?}", gold.id));
                }
            }
        }
    }
    let sum = |ts: &[Tally]| Tally {
        tp: ts.iter().map(|t| t.tp).sum(),
        pred: ts.iter().map(|t| t.pred).sum(),
        gold: ts.iter().map(|t| t.gold).sum(),
        split: ts.iter().map(|t| t.split).sum(),
        ..Default::default()
    };
    let mut rows = Vec::new();
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
    if !with_date {
        rows.push(("doc_date exact".into(), date_exact));
        rows.push(("doc_date within 31d".into(), date_near));
    }
    Scores { rows }
}

#[test]
fn dev_set_is_well_formed() {
    let golds = load_dev();
    assert!(
        golds.len() >= 8,
        "tests/dev holds the development documents"
    );
    for g in &golds {
        for e in &g.entities {
            for m in &e.mentions {
                assert!(
                    g.text.contains(m.as_str()),
                    "{}: mention {m:?} not in text",
                    g.id
                );
            }
        }
        for t in &g.timex {
            assert!(
                g.text.contains(t.text.as_str()),
                "{}: timex {:?}",
                g.id,
                t.text
            );
        }
        for q in &g.quantities {
            assert!(
                g.text.contains(q.text.as_str()),
                "{}: quantity {:?}",
                g.id,
                q.text
            );
        }
        for q in &g.quotes {
            assert!(
                g.text.contains(q.text_start.as_str()),
                "{}: quote {:?}",
                g.id,
                q.text_start
            );
        }
    }
}

#[test]
fn dev_set_scores_stay_above_their_floors() {
    let golds = load_dev();
    let mut failures = Vec::new();
    for (with_date, floors) in [(true, FLOORS_WITH_DATE), (false, FLOORS_WITHOUT_DATE)] {
        let scores = score_all(&golds, with_date);
        let label = if with_date { "dates given" } else { "no dates" };
        println!("dev set, {label}:\n{}\n{}", scores.table(), scores.errors());
        let below = scores.below(floors);
        if !below.is_empty() {
            failures.push(format!("{label}: {}", below.join("; ")));
        }
    }
    assert!(failures.is_empty(), "below floor: {}", failures.join(" | "));
}

#[test]
fn every_dev_span_points_at_its_text() {
    for gold in load_dev() {
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
