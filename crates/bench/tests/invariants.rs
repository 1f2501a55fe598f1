//! The extractor's span invariants (ARCHITECTURE.md) hold on the generated corpus: every
//! span is on char boundaries and `text[start..end]` is the item's text. Not a benchmark.

use frontera_core::{extract, Span};

fn check(text: &str, span: Span, expected: Option<&str>, what: &str, id: &str) {
    let got = text.get(span.start..span.end);
    assert!(
        got.is_some(),
        "{id}: {what} span {span:?} not on char boundaries"
    );
    if let (Some(got), Some(expected)) = (got, expected) {
        assert_eq!(got, expected, "{id}: {what} text differs from its span");
    }
}

#[test]
fn spans_match_their_text_on_generated_articles() {
    for doc in frontera_bench::generate(150, 77) {
        let x = extract(&doc);
        let t = doc.text.as_str();
        for e in &x.entities {
            for m in &e.mentions {
                check(t, m.span(), Some(&m.text), "mention", &doc.id);
            }
            for r in &e.roles {
                check(t, Span::new(r.start, r.end), Some(&r.text), "role", &doc.id);
            }
        }
        for tx in &x.timex {
            check(
                t,
                Span::new(tx.start, tx.end),
                Some(&tx.text),
                "timex",
                &doc.id,
            );
        }
        for q in &x.quantities {
            check(
                t,
                Span::new(q.start, q.end),
                Some(&q.text),
                "quantity",
                &doc.id,
            );
        }
        for q in &x.quotes {
            check(
                t,
                Span::new(q.start, q.end),
                Some(&q.text),
                "quote",
                &doc.id,
            );
            if let Some(s) = q.speaker_span {
                check(t, s, None, "speaker", &doc.id);
            }
        }
        for s in &x.sentences {
            check(t, *s, None, "sentence", &doc.id);
        }
    }
}

/// Cut articles anywhere (mid-word, mid-quote, mid-figure) and change their typography:
/// extraction must not panic and its spans must stay valid.
#[test]
fn no_panic_on_cut_and_mangled_articles() {
    let docs = frontera_bench::generate(12, 78);
    for doc in &docs {
        let text = &doc.text;
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut variants: Vec<String> = (1..16)
            .filter_map(|k| boundaries.get(boundaries.len() * k / 16))
            .map(|&cut| text[..cut].to_string())
            .collect();
        variants.push(text.to_uppercase());
        variants.push(text.to_lowercase());
        variants.push(text.replace(' ', ""));
        variants.push(text.replace(['.', ','], ""));
        variants.push(text.replace('"', "\u{201C}"));
        for v in variants {
            let d = frontera_core::Document {
                id: doc.id.clone(),
                text: v,
                date: doc.date.clone(),
                ..Default::default()
            };
            let x = extract(&d);
            for e in &x.entities {
                for m in &e.mentions {
                    check(&d.text, m.span(), Some(&m.text), "mention", &d.id);
                }
            }
            for q in &x.quantities {
                check(
                    &d.text,
                    Span::new(q.start, q.end),
                    Some(&q.text),
                    "quantity",
                    &d.id,
                );
            }
            for q in &x.quotes {
                check(
                    &d.text,
                    Span::new(q.start, q.end),
                    Some(&q.text),
                    "quote",
                    &d.id,
                );
            }
            for tx in &x.timex {
                check(
                    &d.text,
                    Span::new(tx.start, tx.end),
                    Some(&tx.text),
                    "timex",
                    &d.id,
                );
            }
        }
    }
}
