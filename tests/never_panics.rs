//! Property tests: extraction on arbitrary text never panics, and every span it returns is a
//! char-boundary range whose text is the item's text.

use frontera_core::{extract, Document, Extraction};
use proptest::prelude::*;

#[path = "support/fixed_cases.rs"]
mod fixed_cases;
use fixed_cases::config;

/// Pieces of news-like text, so the random inputs reach deep into every stage.
const FRAGMENTS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ";",
    ":",
    "-",
    "—",
    "–",
    "(",
    ")",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "said",
    "says",
    "told",
    "Mr.",
    "Mrs.",
    "Dr.",
    "President",
    "Secretary of State",
    "Felipe",
    "Calderón",
    "García",
    "Clinton",
    "the",
    "of",
    "in",
    "and",
    "Mexico",
    "U.S.",
    "Ciudad Juárez",
    "El Paso",
    "Sinaloa cartel",
    "Department",
    "police",
    "soldiers",
    "people",
    "killed",
    "deaths",
    "dead",
    "troops",
    "agents",
    "$",
    "US$",
    "€",
    "pesos",
    "dollars",
    "million",
    "billion",
    "percent",
    "%",
    "per cent",
    "1",
    "2",
    "12",
    "1,000",
    "3.5",
    "2009",
    "1999",
    "2011",
    "0",
    "00000000000000000000",
    "99999999999999999999",
    "one",
    "two",
    "dozen",
    "hundreds",
    "thousands",
    "half",
    "more than",
    "nearly",
    "about",
    "Monday",
    "March",
    "last year",
    "next week",
    "this month",
    "ago",
    "since",
    "years",
    "days",
    "A.M.",
    "p.m.",
    "Jan.",
    "25th",
    "'09",
    "1990s",
    "é",
    "ñ",
    "ü",
    "ß",
    "İ",
    "🙂",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "\r",
    "\t",
    "…",
    "...",
    "?",
    "!",
    "said:",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..160).prop_map(|parts| {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            s.push_str(p);
            if i % 3 == 0 {
                s.push(' ');
            }
        }
        s
    })
}

fn long_runs() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["a", "A", "1", "\"", "“", " ", ".", "é", "-", "$", "\n"][..]),
        0..3000usize,
        news_like(),
    )
        .prop_map(|(c, n, tail)| format!("{}{tail}", c.repeat(n)))
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        news_like(),
        long_runs(),
        "[0-9,. $%-]{0,80}"
    ]
}

fn dates() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::sample::select(
        &["2009", "2009-03", "2009-03-25", "2012-02-29"][..],
    ))
    .prop_map(|d| d.map(str::to_string))
}

/// Every span of `x` lies on char boundaries of `text` and covers the item's text.
pub fn check_spans(text: &str, x: &Extraction) -> Result<(), String> {
    let slice = |start: usize, end: usize, what: &str| {
        text.get(start..end).ok_or_else(|| {
            format!("{what} span {start}..{end} is not on char boundaries of {text:?}")
        })
    };
    let same = |start: usize, end: usize, item: &str, what: &str| {
        let got = slice(start, end, what)?;
        if got == item {
            Ok(())
        } else {
            Err(format!(
                "{what} {item:?} but text[{start}..{end}] is {got:?}"
            ))
        }
    };
    for e in &x.entities {
        for m in &e.mentions {
            same(m.start, m.end, &m.text, "mention")?;
        }
        for r in &e.roles {
            same(r.start, r.end, &r.text, "role")?;
        }
    }
    for t in &x.timex {
        same(t.start, t.end, &t.text, "timex")?;
    }
    for q in &x.quantities {
        same(q.start, q.end, &q.text, "quantity")?;
    }
    for q in &x.quotes {
        same(q.start, q.end, &q.text, "quote")?;
        if let Some(s) = q.speaker_span {
            slice(s.start, s.end, "speaker")?;
        }
    }
    for s in x.sentences.iter().chain(&x.doc_date.evidence) {
        slice(s.start, s.end, "sentence/evidence")?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extraction_never_panics_and_spans_are_exact(text in texts(), date in dates()) {
        let doc = Document { id: "p".into(), text, date, ..Document::default() };
        let x = extract(&doc);
        prop_assert_eq!(&x.id, "p");
        if let Err(e) = check_spans(&doc.text, &x) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// Found by the property test above (a byte sliced off a name ending in 'é'); a real
/// sentence, not just random Unicode.
#[test]
fn a_name_ending_in_an_accented_letter() {
    let doc = Document {
        id: "p".into(),
        text: "The police chief, José, said so.".into(),
        ..Document::default()
    };
    let x = extract(&doc);
    assert_eq!(check_spans(&doc.text, &x), Ok(()));
}
