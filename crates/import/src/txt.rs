//! Plain text: the whole file is one article.

use frontera_core::Document;

/// One document from decoded text. The title is the first line when it reads like a
/// headline; the text is kept whole, so the headline stays in its place in the article.
pub fn document(id: &str, text: &str) -> Document {
    let text = normalise_line_breaks(text);
    Document {
        id: id.to_string(),
        title: headline(&text).map(str::to_string),
        text,
        ..Document::default()
    }
}

/// `\r\n` and lone `\r` become `\n`, so every later stage sees one kind of line break.
pub fn normalise_line_breaks(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The first line, when it is short, has no sentence-final punctuation, is followed by a
/// blank line and more text, and starts with a capital: conservative on purpose, since a
/// wrong title is worse than none.
fn headline(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let rest = rest.trim_start_matches([' ', '\t']);
    let words = first.split_whitespace().count();
    let followed_by_blank_line = rest.starts_with('\n');
    let ok = followed_by_blank_line
        && !rest.trim().is_empty()
        && (2..=20).contains(&words)
        && first.chars().count() <= 150
        && first.chars().next().is_some_and(char::is_uppercase)
        && !first.ends_with(['.', ',', ';', ':', '"', '\u{201d}'])
        // A dateline is not a headline.
        && crate::dates::publication_date(first).is_none();
    ok.then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_only_when_it_looks_like_one() {
        let d = document(
            "a",
            "Border Agents Seize Record Haul\n\nAgents said on Monday ...",
        );
        assert_eq!(d.title.as_deref(), Some("Border Agents Seize Record Haul"));
        assert!(d.text.starts_with("Border Agents"));
        // A first sentence is not a title, nor is a line without a blank line after it.
        assert_eq!(document("a", "The agents said it.\n\nMore.").title, None);
        assert_eq!(document("a", "Border Agents Seize\nMore text.").title, None);
        assert_eq!(document("a", "Only One Line").title, None);
        assert_eq!(
            document("a", "Tuesday, January 25, 2011\n\nText.").title,
            None
        );
    }

    #[test]
    fn line_breaks_are_unified() {
        assert_eq!(document("a", "One\r\nTwo\rThree").text, "One\nTwo\nThree");
    }
}
