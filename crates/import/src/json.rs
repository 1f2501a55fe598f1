//! JSON documents in the FORMAT.md input shape: JSON Lines (one object per line), a JSON
//! array of such objects, or one object for the whole file. Every record goes through the
//! core's `parse_line`, so the CLI's stdin and files say the same things.
//!
//! A JSON array is split into its elements by a small scanner (strings and nesting aware)
//! rather than parsed into `serde_json::Value`s: each element keeps the line it starts on for
//! its messages, and the wasm does not carry a second JSON data model.

use frontera_core::input::parse_line;

use crate::problem::Problem;
use crate::Found;

pub fn documents(text: &str, found: &mut Found) {
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let first_line = 1 + text[..text.len() - body.len()].matches('\n').count();
    if body.starts_with('[') {
        return array(body, first_line, found);
    }
    // One (perhaps pretty-printed) object for the whole file.
    if body.starts_with('{') && body.trim_end().contains('\n') {
        if let Some(end) = value_end(body) {
            if body[end..].trim().is_empty() {
                return record(first_line, &body[..end], found);
            }
        }
    }
    for (i, line) in text.split('\n').enumerate() {
        record(i + 1, line, found);
    }
}

fn record(line: usize, json: &str, found: &mut Found) {
    match parse_line(line, json.as_bytes()) {
        Ok(Some(doc)) => found.document(doc, Some(line)),
        Ok(None) => {}
        Err(e) => found.problem(Problem::rejected(e.message).at(e.line)),
    }
}

fn array(body: &str, first_line: usize, found: &mut Found) {
    let b = body.as_bytes();
    let mut line = first_line;
    let mut p = 1; // after '['
    loop {
        // Skip whitespace between elements, counting lines.
        while let Some(&c) = b.get(p) {
            if !c.is_ascii_whitespace() {
                break;
            }
            line += usize::from(c == b'\n');
            p += 1;
        }
        match b.get(p) {
            None => {
                return found
                    .problem(Problem::rejected("the JSON array is never closed with ']'").at(line))
            }
            Some(b']') => return,
            Some(_) => {}
        }
        let Some(len) = value_end(&body[p..]) else {
            return found.problem(
                Problem::rejected("this array element is never closed; the rest is not read")
                    .at(line),
            );
        };
        let element = &body[p..p + len];
        record(line, element, found);
        line += element.matches('\n').count();
        p += len;
        while let Some(&c) = b.get(p) {
            if !c.is_ascii_whitespace() {
                break;
            }
            line += usize::from(c == b'\n');
            p += 1;
        }
        match b.get(p) {
            Some(b',') => p += 1,
            Some(b']') => return,
            None => {
                return found
                    .problem(Problem::rejected("the JSON array is never closed with ']'").at(line))
            }
            Some(_) => {
                return found.problem(
                    Problem::rejected("expected ',' or ']' after an array element").at(line),
                )
            }
        }
    }
}

/// Length of the JSON value at the start of `s`: up to the `,` or `]` (at depth zero)
/// that follows it, or the close of the object or array it opens. `None` if the input ends
/// first. Strings (with escapes) are skipped whole, so brackets inside them do not count.
fn value_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if i >= b.len() {
                    return None;
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return Some(i),
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b',' if depth == 0 => return Some(i),
            _ => {}
        }
        i += 1;
    }
    (depth == 0 && i > 0).then_some(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_end_where_json_says() {
        assert_eq!(
            value_end(r#"{"a": "}]", "b": [1, {"c": 2}]} , 5"#),
            Some(31)
        );
        assert_eq!(value_end(r#"{"a": "\"}"}]"#), Some(12));
        assert_eq!(value_end("5, 6"), Some(1));
        assert_eq!(value_end(r#"{"a": "open"#), None);
        assert_eq!(value_end(r#"{"a": 1"#), None);
    }

    #[test]
    fn array_elements_are_reported_by_the_line_they_start_on() {
        let mut found = Found::default();
        let text = "\n[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"id\": \"b\",\n   \"date\": \"x\", \"text\": \"T\"},\n  7,\n  {\"id\": \"c\", \"text\": \"Three.\"}\n]\n";
        documents(text, &mut found);
        let ids: Vec<_> = found
            .documents
            .iter()
            .map(|(d, l)| (d.id.as_str(), *l))
            .collect();
        assert_eq!(ids, [("a", Some(3)), ("c", Some(7))]);
        let problems: Vec<_> = found.problems.iter().map(|p| p.to_string()).collect();
        assert!(problems[0].starts_with("line 4: \"date\""), "{problems:?}");
        assert!(
            problems[1].starts_with("line 6: not a document object"),
            "{problems:?}"
        );
    }

    #[test]
    fn broken_arrays_keep_what_came_before() {
        let mut found = Found::default();
        documents(
            "[{\"id\": \"a\", \"text\": \"One.\"}, {\"id\": \"b",
            &mut found,
        );
        assert_eq!(found.documents.len(), 1);
        assert!(found.problems[0].message.contains("never closed"));
        let mut found = Found::default();
        documents("[{\"id\": \"a\", \"text\": \"One.\"} {", &mut found);
        assert_eq!(found.documents.len(), 1);
        assert!(found.problems[0].message.contains("expected ','"));
    }
}
