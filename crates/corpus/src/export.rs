//! The corpus as files people can take elsewhere: the extractions as JSON Lines (the
//! FORMAT.md output, what the CLI prints), four CSV tables (entities, figures, events,
//! quotes) and the timeline as TimelineJS JSON. Pure strings; the app only downloads them.

use frontera_core::Extraction;
use serde::Serialize;

use crate::timeline::{civil_from_days, Precision};
use crate::Corpus;

/// One extraction per line, in corpus order (the CLI's `extract` output format). An
/// entity a person renamed or merged carries the corrected corpus name as its `canonical`.
pub fn jsonl(corpus: &Corpus) -> String {
    let mut out = String::new();
    for a in &corpus.articles {
        // The corpus keeps item texts as spans (`compact`): the output carries them.
        let mut x = corrected_extraction(corpus, a).unwrap_or_else(|| a.extraction.clone());
        crate::compact::restore(&a.doc.text, &mut x);
        // An Extraction is plain data: serialising it cannot fail.
        out.push_str(&serde_json::to_string::<Extraction>(&x).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// The article's extraction with corrected names, when a correction touches it.
fn corrected_extraction(corpus: &Corpus, a: &crate::Article) -> Option<Extraction> {
    let name_of = |e: usize| {
        let g = a.entity_ids.get(e).copied().flatten()?;
        let ent = corpus.entities.get(g)?;
        (ent.origin.rename.is_some() || !ent.origin.merged.is_empty()).then_some(&ent.name)
    };
    if corpus.corrections.is_empty()
        || (0..a.extraction.entities.len()).all(|e| name_of(e).is_none())
    {
        return None;
    }
    let mut x = a.extraction.clone();
    for (e, ent) in x.entities.iter_mut().enumerate() {
        if let Some(name) = name_of(e) {
            ent.canonical = name.clone();
        }
    }
    Some(x)
}

/// Every PERSON / ORG / PLACE of every article: the corpus-wide name it is grouped under,
/// the article's own name for it, how often and where it is first mentioned.
pub fn entities_csv(corpus: &Corpus) -> String {
    let mut t = Table::new(&[
        "article_id",
        "type",
        "corpus_name",
        "name_in_article",
        "mentions",
        "first_start",
        "first_end",
    ]);
    for a in &corpus.articles {
        for (e, ent) in a.extraction.entities.iter().enumerate() {
            let corpus_name = a
                .entity_ids
                .get(e)
                .copied()
                .flatten()
                .and_then(|g| corpus.entities.get(g))
                .map_or("", |g| g.name.as_str());
            let first = ent.mentions.first();
            t.row(&[
                &a.doc.id,
                ent.kind.as_str(),
                corpus_name,
                &ent.canonical,
                &ent.mentions.len().to_string(),
                &first.map(|m| m.start.to_string()).unwrap_or_default(),
                &first.map(|m| m.end.to_string()).unwrap_or_default(),
            ]);
        }
    }
    t.out
}

/// Every figure: kind, value (range high end when given), unit, what it measures, when.
pub fn figures_csv(corpus: &Corpus) -> String {
    let mut t = Table::new(&[
        "article_id",
        "kind",
        "value",
        "value_high",
        "unit",
        "about",
        "period",
        "hedge",
        "text",
        "start",
        "end",
    ]);
    for a in &corpus.articles {
        for q in &a.extraction.quantities {
            t.row(&[
                &a.doc.id,
                q.kind.as_str(),
                &number(q.value),
                &q.value_high.map(number).unwrap_or_default(),
                &q.unit,
                &q.about,
                q.period.as_deref().unwrap_or(""),
                q.hedge.as_deref().unwrap_or(""),
                crate::compact::span_text(&a.doc.text, q.start, q.end, &q.text),
                &q.start.to_string(),
                &q.end.to_string(),
            ]);
        }
    }
    t.out
}

/// Every dated sentence of the timeline, in date order.
pub fn events_csv(corpus: &Corpus) -> String {
    let mut t = Table::new(&[
        "date",
        "precision",
        "article_id",
        "date_text",
        "sentence",
        "sentence_start",
        "sentence_end",
    ]);
    for ev in &corpus.events {
        let Some(a) = corpus.articles.get(ev.doc) else {
            continue;
        };
        t.row(&[
            &ev.value,
            ev.date.precision.as_str(),
            &a.doc.id,
            slice(&a.doc.text, ev.timex.start, ev.timex.end),
            slice(&a.doc.text, ev.sentence.start, ev.sentence.end),
            &ev.sentence.start.to_string(),
            &ev.sentence.end.to_string(),
        ]);
    }
    t.out
}

/// Every quotation with its speaker.
pub fn quotes_csv(corpus: &Corpus) -> String {
    let mut t = Table::new(&["article_id", "speaker", "quote", "start", "end"]);
    for a in &corpus.articles {
        for q in &a.extraction.quotes {
            t.row(&[
                &a.doc.id,
                &q.speaker,
                crate::compact::span_text(&a.doc.text, q.start, q.end, &q.text),
                &q.start.to_string(),
                &q.end.to_string(),
            ]);
        }
    }
    t.out
}

/// The timeline in TimelineJS's JSON shape (`{"title": ..., "events": [...]}`): one slide
/// per dated sentence, headed by its date words, grouped by article. (Typed structs rather
/// than `serde_json::Value`s: the app's wasm then carries no `Value` machinery.)
pub fn timelinejs(corpus: &Corpus, title: &str) -> String {
    let events: Vec<Slide> = corpus
        .events
        .iter()
        .filter_map(|ev| {
            let a = corpus.articles.get(ev.doc)?;
            // Spans are half-open in days; a month or year already says its extent.
            let end_date = (ev.date.precision == Precision::Day && ev.date.end > ev.date.start + 1)
                .then(|| tl_date(ev.date.end - 1, Precision::Day));
            Some(Slide {
                start_date: tl_date(ev.date.start, ev.date.precision),
                end_date,
                text: SlideText {
                    headline: slice(&a.doc.text, ev.timex.start, ev.timex.end).to_string(),
                    text: slice(&a.doc.text, ev.sentence.start, ev.sentence.end).to_string(),
                },
                group: a.label(),
                unique_id: format!("{}-{}", a.doc.id, ev.sentence.start),
            })
        })
        .collect();
    let doc = Timeline {
        title: TitleSlide {
            text: SlideText {
                headline: title.to_string(),
                text: format!(
                    "{} articles, {} dated sentences",
                    corpus.articles.len(),
                    events.len()
                ),
            },
        },
        events,
    };
    serde_json::to_string(&doc).unwrap_or_default()
}

#[derive(Serialize)]
struct Timeline {
    title: TitleSlide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct TitleSlide {
    text: SlideText,
}

#[derive(Serialize)]
struct Slide {
    start_date: TlDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TlDate>,
    text: SlideText,
    group: String,
    unique_id: String,
}

#[derive(Serialize)]
struct SlideText {
    headline: String,
    text: String,
}

/// A TimelineJS date: the year, and the month and day when known.
#[derive(Serialize)]
struct TlDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

fn tl_date(day: i64, precision: Precision) -> TlDate {
    let (y, m, d) = civil_from_days(day);
    TlDate {
        year: y,
        month: (precision != Precision::Year).then_some(m),
        day: (precision == Precision::Day).then_some(d),
    }
}

/// `text[start..end]`, or "" when the span is not on char boundaries (never for our spans).
fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("")
}

/// Whole numbers without ".0"; others as Rust prints them (shortest round-trip).
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        // serde_json's shortest round-trip writer: std's float formatting stays out of the
        // app's wasm.
        serde_json::to_string(&v).unwrap_or_default()
    }
}

/// An RFC 4180 table: CRLF line ends, fields quoted when they hold a comma, quote or line
/// break, quotes doubled. A field starting with `=`, `+`, `-` or `@` gets a leading `'` so
/// that spreadsheets do not run article text as a formula.
struct Table {
    out: String,
}

impl Table {
    fn new(header: &[&str]) -> Table {
        let mut t = Table { out: String::new() };
        t.row(header);
        t
    }

    fn row(&mut self, fields: &[&str]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let guarded = f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err();
            if guarded || f.contains([',', '"', '\n', '\r']) {
                self.out.push('"');
                if guarded {
                    self.out.push('\'');
                }
                self.out.push_str(&f.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(f);
            }
        }
        self.out.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontera_core::Document;

    fn corpus() -> Corpus {
        let docs = [
            (
                "a1",
                "MEXICO CITY, March 3, 2009 — Gunmen killed 12 police officers in Juárez on Monday, \
                 officials said. \"We will not back down,\" said Mayor José Reyes.",
            ),
            (
                "b2",
                "The agency spent $1.5 million, a \"record\", in 2010, said the director, Ann Lee.",
            ),
        ];
        Corpus::new(
            docs.iter()
                .map(|(id, text)| {
                    let d = Document {
                        id: id.to_string(),
                        text: text.to_string(),
                        date: Some("2009-03-03".into()),
                        title: Some(format!("Title, {id}")),
                        ..Document::default()
                    };
                    let x = frontera_core::extract(&d);
                    (d, x)
                })
                .collect(),
        )
    }

    /// Split one CSV record per line (our test data has no line breaks inside fields).
    fn records(csv: &str) -> Vec<Vec<String>> {
        csv.split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|line| {
                let mut fields = vec![String::new()];
                let mut quoted = false;
                let mut chars = line.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        '"' if quoted && chars.peek() == Some(&'"') => {
                            chars.next();
                            fields.last_mut().unwrap().push('"');
                        }
                        '"' => quoted = !quoted,
                        ',' if !quoted => fields.push(String::new()),
                        c => fields.last_mut().unwrap().push(c),
                    }
                }
                fields
            })
            .collect()
    }

    #[test]
    fn jsonl_is_one_parsable_extraction_per_article() {
        let c = corpus();
        let out = jsonl(&c);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let x: Extraction = serde_json::from_str(lines[1]).unwrap();
        // The corpus keeps item texts as spans; the output has them written out.
        let mut want = c.articles[1].extraction.clone();
        crate::compact::restore(&c.articles[1].doc.text, &mut want);
        assert_eq!(x, want);
        assert_eq!(x.entities[0].mentions[0].text, "Ann Lee");
    }

    #[test]
    fn csv_tables_have_a_header_and_equal_width_rows() {
        let c = corpus();
        for (csv, header) in [
            (entities_csv(&c), "article_id,type,corpus_name"),
            (figures_csv(&c), "article_id,kind,value"),
            (events_csv(&c), "date,precision,article_id"),
            (quotes_csv(&c), "article_id,speaker,quote"),
        ] {
            assert!(csv.starts_with(header), "{csv}");
            let rows = records(&csv);
            assert!(rows.len() > 1, "no rows in {csv}");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{rows:?}");
        }
    }

    #[test]
    fn csv_fields_are_quoted_and_round_trip() {
        let c = corpus();
        let quotes = records(&quotes_csv(&c));
        assert!(
            quotes.iter().any(|r| r[2] == "We will not back down"),
            "{quotes:?}"
        );
        // Sentences hold commas, quote marks and a dash: quoted, and read back whole.
        let events = records(&events_csv(&c));
        assert!(
            events
                .iter()
                .any(|r| r[4].starts_with("MEXICO CITY, March 3, 2009")),
            "{events:?}"
        );
        assert!(
            events.iter().any(|r| r[4].contains("\"record\"")),
            "{events:?}"
        );
        let figures = records(&figures_csv(&c));
        assert!(
            figures.iter().any(|r| r[1] == "money" && r[2] == "1500000"),
            "{figures:?}"
        );
    }

    #[test]
    fn formulas_are_neutralised_but_negative_numbers_kept() {
        let mut t = Table::new(&["a"]);
        t.row(&["=HYPERLINK(\"x\")"]);
        t.row(&["-12"]);
        assert_eq!(t.out, "a\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n-12\r\n");
    }

    #[test]
    fn timelinejs_has_a_slide_per_event_with_calendar_dates() {
        use serde_json::{json, Value};
        let c = corpus();
        let v: Value = serde_json::from_str(&timelinejs(&c, "Frontera")).unwrap();
        let events = v["events"].as_array().unwrap();
        assert_eq!(events.len(), c.events.len());
        assert!(events.iter().all(|e| e["start_date"]["year"].is_i64()));
        assert!(events
            .iter()
            .any(|e| e["start_date"] == json!({"year": 2009, "month": 3, "day": 3})));
        assert_eq!(v["title"]["text"]["headline"], "Frontera");
    }
}
