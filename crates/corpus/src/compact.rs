//! Articles held for a long time take no more memory than their contents: the extractor
//! and the parsers grow their vectors and strings by doubling, which leaves on average a
//! quarter of their bytes spare (about 40 MB at 10,000 articles). [`shrink`] gives it back
//! once, when an article joins a corpus, and drops the copies of the article's own text
//! that mentions, dates, figures, quotes and roles carry (their span says the same: about
//! 25 MB at 10,000 articles). Read those texts with [`span_text`]; [`restore`] puts them
//! back for output in the FORMAT.md shape.

use frontera_core::{Document, Extraction};

/// An item's text: its own when it keeps one, else its span of the article's text.
pub fn span_text<'a>(doc_text: &'a str, start: usize, end: usize, own: &'a str) -> &'a str {
    if own.is_empty() {
        doc_text.get(start..end).unwrap_or("")
    } else {
        own
    }
}

/// Empty `own` when it equals its span of the article's text (only then: an item whose
/// text differs keeps it).
fn drop_copy(doc_text: &str, start: usize, end: usize, own: &mut String) {
    if doc_text.get(start..end) == Some(own.as_str()) {
        *own = String::new();
    } else {
        own.shrink_to_fit();
    }
}

/// Put back every text [`shrink`] dropped.
pub fn restore(doc_text: &str, x: &mut Extraction) {
    let fill = |start: usize, end: usize, own: &mut String| {
        if own.is_empty() {
            *own = doc_text.get(start..end).unwrap_or("").to_owned();
        }
    };
    for e in &mut x.entities {
        for m in &mut e.mentions {
            fill(m.start, m.end, &mut m.text);
        }
        for r in &mut e.roles {
            fill(r.start, r.end, &mut r.text);
        }
    }
    for t in &mut x.timex {
        fill(t.start, t.end, &mut t.text);
    }
    for q in &mut x.quantities {
        fill(q.start, q.end, &mut q.text);
    }
    for q in &mut x.quotes {
        fill(q.start, q.end, &mut q.text);
    }
}

/// Release the spare capacity of every vector and string of the article, and drop the
/// item texts that repeat the article's text.
pub fn shrink(doc: &mut Document, x: &mut Extraction) {
    doc.id.shrink_to_fit();
    doc.text.shrink_to_fit();
    for s in [&mut doc.date, &mut doc.title, &mut doc.source, &mut doc.url]
        .into_iter()
        .flatten()
    {
        s.shrink_to_fit();
    }
    x.id.shrink_to_fit();
    if let Some(v) = x.doc_date.value.as_mut() {
        v.shrink_to_fit();
    }
    x.doc_date.evidence.shrink_to_fit();
    x.entities.shrink_to_fit();
    for e in &mut x.entities {
        e.canonical.shrink_to_fit();
        e.mentions.shrink_to_fit();
        for m in &mut e.mentions {
            drop_copy(&doc.text, m.start, m.end, &mut m.text);
        }
        e.aliases.shrink_to_fit();
        for a in &mut e.aliases {
            a.shrink_to_fit();
        }
        e.roles.shrink_to_fit();
        for r in &mut e.roles {
            drop_copy(&doc.text, r.start, r.end, &mut r.text);
        }
    }
    x.timex.shrink_to_fit();
    for t in &mut x.timex {
        drop_copy(&doc.text, t.start, t.end, &mut t.text);
        t.value.shrink_to_fit();
    }
    x.quantities.shrink_to_fit();
    for q in &mut x.quantities {
        drop_copy(&doc.text, q.start, q.end, &mut q.text);
        q.unit.shrink_to_fit();
        q.about.shrink_to_fit();
        for s in [&mut q.period, &mut q.hedge].into_iter().flatten() {
            s.shrink_to_fit();
        }
    }
    x.quotes.shrink_to_fit();
    for q in &mut x.quotes {
        q.speaker.shrink_to_fit();
        drop_copy(&doc.text, q.start, q.end, &mut q.text);
    }
    x.sentences.shrink_to_fit();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinking_keeps_every_value() {
        let doc = Document {
            id: "a".into(),
            text: "Felipe Calderón said 20 people died in Juárez in 2009.".into(),
            ..Default::default()
        };
        let x = frontera_core::extract(&doc);
        let (mut d2, mut x2) = (doc.clone(), x.clone());
        d2.text.reserve(1000);
        x2.entities.reserve(100);
        shrink(&mut d2, &mut x2);
        assert!(d2.text.capacity() < 1000 && x2.entities.capacity() < 100);
        let m = &x2.entities[0].mentions[0];
        assert!(m.text.is_empty(), "a mention's text is its span");
        assert_eq!(
            span_text(&d2.text, m.start, m.end, &m.text),
            "Felipe Calderón"
        );
        restore(&d2.text, &mut x2);
        assert_eq!((d2, x2), (doc, x));
    }

    #[test]
    fn a_text_that_differs_from_its_span_is_kept() {
        let doc = Document {
            id: "b".into(),
            text: "He said “we will win” today.".into(),
            ..Default::default()
        };
        let mut x = Extraction::default();
        x.quotes.push(frontera_core::Quote {
            speaker: "He".into(),
            text: "we will win".into(),
            start: 0,
            end: 7,
            speaker_span: None,
        });
        let kept = x.clone();
        let mut d = doc.clone();
        shrink(&mut d, &mut x);
        assert_eq!(x, kept);
        assert_eq!(span_text(&d.text, 0, 7, &x.quotes[0].text), "we will win");
    }
}
