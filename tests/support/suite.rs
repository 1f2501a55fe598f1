//! Scaffolding shared by the scored test suites (golden.rs, dev_set.rs): loading a folder of
//! gold files, running the extractor, the table of scores, the scorer's date check and the
//! span check. Included beside `support/score.rs` as `mod suite;`.

use crate::score::{self, Gold, Tally};
use frontera_core::{extract, Document, Extraction};

/// Every `*.json` gold file in `tests/<folder>`, in file-name order.
pub fn load_folder(folder: &str) -> Vec<Gold> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// The extraction of a gold document, with its publication date given or left out.
pub fn run(gold: &Gold, with_date: bool) -> Extraction {
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

/// Days from 0000-03-01 for a `YYYY[-MM[-DD]]` date, a missing month or day taken as the
/// middle (as the scorer does); `None` when it is not a real calendar date (the scorer's
/// `datetime.date` refuses those too, and then counts the date as not near).
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let y = parts.next()??;
    let m = parts.next().map_or(Some(7), |m| m)?;
    let d = parts.next().map_or(Some(15), |d| d)?;
    // The scorer converts every part to an int, even ones past the day.
    if parts.any(|p| p.is_none()) {
        return None;
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=month_days).contains(&d) {
        return None;
    }
    // Days-from-civil (H. Hinnant), exact for the Gregorian calendar.
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy)
}

/// The scorer's `date_ok`: (exact at the gold's precision, within 31 days).
fn date_ok(gold: &str, pred: &str) -> (bool, bool) {
    if gold.is_empty() || pred.is_empty() {
        return (false, false);
    }
    let near =
        matches!((day_number(gold), day_number(pred)), (Some(a), Some(b)) if (a - b).abs() <= 31);
    (pred.starts_with(gold), near)
}

/// Which publication-date rows a suite's table shows, under which names.
pub struct DocDateRows<'a> {
    pub exact: Option<&'a str>,
    pub near: Option<&'a str>,
}

pub struct Scores {
    rows: Vec<(String, Tally)>,
}

impl Scores {
    fn f1(&self, name: &str) -> f64 {
        self.rows
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("metric {name} exists"))
            .1
            .f1()
    }

    /// The table, metric names padded to `name_width`.
    pub fn table(&self, name_width: usize) -> String {
        let mut out = format!(
            "{:<name_width$}{:>6}{:>6}{:>6}{:>7}\n",
            "metric", "tp", "pred", "gold", "F1"
        );
        for (name, t) in &self.rows {
            out += &format!(
                "{:<name_width$}{:>6}{:>6}{:>6}{:>7.3}\n",
                name,
                t.tp,
                t.pred,
                t.gold,
                t.f1()
            );
        }
        out
    }

    pub fn errors(&self) -> String {
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

    /// One line per metric under its floor.
    pub fn below(&self, floors: &[(&str, f64)]) -> Vec<String> {
        floors
            .iter()
            .filter(|(name, floor)| self.f1(name) < *floor)
            .map(|(name, floor)| format!("{name} {:.3} < {floor}", self.f1(name)))
            .collect()
    }
}

pub fn score_all(golds: &[Gold], with_date: bool, doc_date_rows: DocDateRows) -> Scores {
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
    if let Some(name) = doc_date_rows.exact {
        rows.push((name.into(), date_exact));
    }
    if let Some(name) = doc_date_rows.near {
        rows.push((name.into(), date_near));
    }
    Scores { rows }
}

/// Every extracted span, with dates given and without, is a char range of the text that
/// holds exactly the item's text.
pub fn assert_every_span_points_at_its_text(golds: &[Gold]) {
    for gold in golds {
        for with_date in [true, false] {
            let x = run(gold, with_date);
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
