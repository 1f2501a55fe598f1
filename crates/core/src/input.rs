//! Reading documents from JSON Lines, with errors that name the line and say what is wrong.

use crate::model::Document;

/// Why one input line was not turned into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parse one JSON Lines record. `Ok(None)` for a blank line, which is skipped quietly.
pub fn parse_line(line_no: usize, bytes: &[u8]) -> Result<Option<Document>, LineError> {
    let err = |message: String| LineError {
        line: line_no,
        message,
    };
    let line = std::str::from_utf8(bytes).map_err(|e| {
        err(format!(
            "not valid UTF-8 (bad byte at column {}); re-encode the file as UTF-8",
            e.valid_up_to() + 1
        ))
    })?;
    let line = line.trim_start_matches('\u{feff}').trim();
    if line.is_empty() {
        return Ok(None);
    }
    // serde would also read a struct from a JSON array (`["a", "text"]`): only objects count.
    if !line.starts_with('{') {
        return Err(err(not_an_object()));
    }
    let doc: Document = serde_json::from_str(line).map_err(|e| err(not_a_document(&e)))?;
    check_document(doc).map(Some).map_err(err)
}

fn not_an_object() -> String {
    "not a document object; expected {\"id\": \"...\", \"text\": \"...\"}".into()
}

fn not_a_document(e: &serde_json::Error) -> String {
    format!("not a document object ({e}); expected {{\"id\": \"...\", \"text\": \"...\"}}")
}

/// The checks serde cannot make: a non-empty id and a well-formed date.
fn check_document(doc: Document) -> Result<Document, String> {
    if doc.id.trim().is_empty() {
        return Err("\"id\" is empty".into());
    }
    if let Some(date) = &doc.date {
        if !is_valid_date(date) {
            return Err(format!(
                "\"date\" {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"
            ));
        }
    }
    Ok(doc)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month in 1..=12 and a day in 1..=31.
pub fn is_valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let in_range =
        |p: &str, lo: u32, hi: u32| p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n));
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && in_range(m, 1, 12),
        [y, m, d] => {
            num(y, 4) && num(m, 2) && num(d, 2) && in_range(m, 1, 12) && in_range(d, 1, 31)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_document_and_skips_blank_lines() {
        let doc = parse_line(1, br#"{"id":"a","text":"Hi","date":"2009-03-25"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(doc.id, "a");
        assert_eq!(doc.date.as_deref(), Some("2009-03-25"));
        assert_eq!(parse_line(2, b"   ").unwrap(), None);
    }

    #[test]
    fn reports_what_is_wrong_with_the_line_number() {
        let e = parse_line(7, b"{not json").unwrap_err();
        assert_eq!(e.line, 7);
        assert!(e.to_string().starts_with("line 7: not a document object"));
        assert!(parse_line(3, b"\xff\xfe{}")
            .unwrap_err()
            .message
            .contains("UTF-8"));
        assert!(parse_line(1, br#"{"id":"","text":""}"#).is_err());
        assert!(parse_line(1, br#"{"id":"a","text":"","date":"March"}"#).is_err());
        assert!(parse_line(1, br#"{"id":"a","text":"","date":"2009-13"}"#).is_err());
        assert!(parse_line(1, br#"[1,2]"#).is_err());
        assert!(parse_line(1, br#"["a", "text"]"#).is_err());
    }
}
