//! Reader markup: a document's text cut into paragraphs and nested highlighted spans,
//! as plain data the UI renders as text nodes (never as HTML).
//!
//! Spans come in layers: a focused sentence wraps quotes, quotes wrap figures, figures wrap
//! dates and names. A span that crosses the edge of a span of a higher layer is cut in
//! pieces at that edge; of two crossing spans of the same layer the earlier one wins.

use frontera_core::Span;

/// What a highlighted span is. The order is the nesting order (outermost first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// The sentence the user navigated to.
    Focus,
    Quote,
    Figure,
    Date,
    Person,
    Org,
    Place,
}

impl MarkKind {
    /// Nesting layer: lower wraps higher. Names of all types share one layer.
    fn layer(self) -> u8 {
        match self {
            MarkKind::Focus => 0,
            MarkKind::Quote => 1,
            MarkKind::Figure => 2,
            MarkKind::Date => 3,
            MarkKind::Person | MarkKind::Org | MarkKind::Place => 4,
        }
    }

    /// CSS class of the mark (the end-to-end test relies on these).
    pub fn class(self) -> &'static str {
        match self {
            MarkKind::Focus => "focus",
            MarkKind::Quote => "m-quote",
            MarkKind::Figure => "m-figure",
            MarkKind::Date => "m-date",
            MarkKind::Person => "m-person",
            MarkKind::Org => "m-org",
            MarkKind::Place => "m-place",
        }
    }
}

/// A span to highlight; `tag` is the caller's index for its details (tooltip, entity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub kind: MarkKind,
    pub tag: usize,
}

/// A piece of a paragraph: plain text, or a mark holding further pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(Span),
    Mark {
        kind: MarkKind,
        tag: usize,
        span: Span,
        children: Vec<Segment>,
    },
}

/// Paragraphs: the text's lines, trimmed, without the blank ones. News text puts one
/// paragraph per line (some sources add blank lines between them, some do not).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    // Boundaries are at ASCII white space or the text ends, so slicing is safe; `get`
    // keeps it so even if that ever changes.
    let Some(s) = text.get(start..end) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Cut `range` of `text` into nested segments. Highlights outside the text, empty, or not
/// on char boundaries are ignored (extractions of hostile input must not break the page).
pub fn segment(text: &str, range: Span, highlights: &[Highlight]) -> Vec<Segment> {
    let valid: Vec<Highlight> = highlights
        .iter()
        .copied()
        .filter(|h| {
            h.span.start < h.span.end
                && text.is_char_boundary(h.span.start)
                && text.is_char_boundary(h.span.end)
                && h.span.end <= text.len()
        })
        .collect();
    if range.start > range.end || range.end > text.len() {
        return Vec::new();
    }
    build(range, clip_all(&valid, range))
}

fn clip_all(hs: &[Highlight], range: Span) -> Vec<Highlight> {
    hs.iter()
        .filter_map(|h| {
            let start = h.span.start.max(range.start);
            let end = h.span.end.min(range.end);
            (start < end).then_some(Highlight {
                span: Span::new(start, end),
                ..*h
            })
        })
        .collect()
}

fn build(range: Span, hs: Vec<Highlight>) -> Vec<Segment> {
    let Some(top) = hs.iter().map(|h| h.kind.layer()).min() else {
        return vec![Segment::Text(range)];
    };
    // Pick the outermost layer's spans, earliest first (longest first at equal starts),
    // skipping any that cross one already picked.
    let mut tops: Vec<Highlight> = hs
        .iter()
        .copied()
        .filter(|h| h.kind.layer() == top)
        .collect();
    frontera_core::order::sort_by_key(&mut tops, |h| {
        (h.span.start, std::cmp::Reverse(h.span.end), h.kind, h.tag)
    });
    let mut picked: Vec<Highlight> = Vec::new();
    for h in tops {
        let crosses = picked.last().is_some_and(|p| p.span.end > h.span.start);
        if !crosses {
            picked.push(h);
        }
    }
    let rest: Vec<Highlight> = hs.into_iter().filter(|h| h.kind.layer() > top).collect();

    let mut out = Vec::new();
    let mut pos = range.start;
    for p in picked {
        if pos < p.span.start {
            let gap = Span::new(pos, p.span.start);
            out.extend(build(gap, clip_all(&rest, gap)));
        }
        out.push(Segment::Mark {
            kind: p.kind,
            tag: p.tag,
            span: p.span,
            children: build(p.span, clip_all(&rest, p.span)),
        });
        pos = p.span.end;
    }
    if pos < range.end {
        let gap = Span::new(pos, range.end);
        out.extend(build(gap, clip_all(&rest, gap)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(start: usize, end: usize, kind: MarkKind, tag: usize) -> Highlight {
        Highlight {
            span: Span::new(start, end),
            kind,
            tag,
        }
    }

    /// Render segments as bracketed text: `[class text]`.
    fn show(text: &str, segs: &[Segment]) -> String {
        segs.iter()
            .map(|s| match s {
                Segment::Text(sp) => text[sp.start..sp.end].to_owned(),
                Segment::Mark { kind, children, .. } => {
                    format!("[{} {}]", kind.class(), show(text, children))
                }
            })
            .collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines() {
        let text = "Title\r\nline two\n\n  Body one.\n \n\nBody two.\n";
        let ps: Vec<&str> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(ps, vec!["Title", "line two", "Body one.", "Body two."]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n \n").is_empty());
    }

    #[test]
    fn names_nest_inside_figures_and_quotes() {
        let text = "He said “Mexico lost 5 Mexican towns” today.";
        let q0 = text.find('“').unwrap();
        let q1 = text.find('”').unwrap() + '”'.len_utf8();
        let m = text.find("Mexico").unwrap();
        let f = text.find("5 Mexican towns").unwrap();
        let t = text.find("today").unwrap();
        let segs = segment(
            text,
            Span::new(0, text.len()),
            &[
                h(m, m + 6, MarkKind::Place, 0),
                h(q0, q1, MarkKind::Quote, 1),
                h(f, f + 15, MarkKind::Figure, 2),
                h(f + 2, f + 9, MarkKind::Place, 3),
                h(t, t + 5, MarkKind::Date, 4),
            ],
        );
        assert_eq!(
            show(text, &segs),
            "He said [m-quote “[m-place Mexico] lost [m-figure 5 [m-place Mexican] towns]”] [m-date today]."
        );
    }

    #[test]
    fn a_focus_sentence_cuts_a_crossing_quote() {
        let text = "One “two. Three” four.";
        let segs = segment(
            text,
            Span::new(0, text.len()),
            &[h(0, 11, MarkKind::Focus, 0), h(4, 20, MarkKind::Quote, 1)],
        );
        assert_eq!(
            show(text, &segs),
            "[focus One [m-quote “two.]][m-quote  Three”] four."
        );
    }

    #[test]
    fn crossing_names_keep_the_first_and_bad_spans_are_ignored() {
        let text = "New York Times Square";
        let segs = segment(
            text,
            Span::new(0, text.len()),
            &[
                h(0, 14, MarkKind::Org, 0),
                h(4, 21, MarkKind::Place, 1),
                h(3, 99, MarkKind::Date, 2),
                h(5, 3, MarkKind::Date, 3),
            ],
        );
        assert_eq!(show(text, &segs), "[m-org New York Times] Square");
        let accented = "Calderón";
        let segs = segment(
            accented,
            Span::new(0, accented.len()),
            &[h(0, 7, MarkKind::Person, 0)],
        );
        assert_eq!(show(accented, &segs), "Calderón");
    }

    #[test]
    fn marks_are_clipped_to_the_paragraph() {
        let text = "A b\n\nc D";
        let ps = paragraphs(text);
        let all = [h(2, 6, MarkKind::Quote, 0)];
        let shown: Vec<String> = ps
            .iter()
            .map(|p| show(text, &segment(text, *p, &all)))
            .collect();
        assert_eq!(shown, vec!["A [m-quote b]", "[m-quote c] D"]);
        assert!(segment(text, Span::new(5, 99), &all).is_empty());
    }
}
