//! JSON documents in the FORMAT.md input shape: JSON Lines (one object per line), a JSON
//! array of such objects, or one object for the whole file. Each record goes through the
//! core's `parse_line`/`parse_value`, so the CLI's stdin and files say the same things.

use frontera_core::input::{parse_line, parse_value};
use serde_json::Value;

use crate::problem::Problem;
use crate::Found;

pub fn documents(text: &str, found: &mut Found) {
    let body = text.trim_start();
    if body.starts_with('[') {
        return array(body, found);
    }
    // One (perhaps pretty-printed) object for the whole file.
    if body.starts_with('{') && body.trim_end().contains('\n') {
        if let Ok(value) = serde_json::from_str::<Value>(body) {
            match parse_value(1, value) {
                Ok(doc) => found.document(doc, None),
                Err(e) => found.problem(Problem::rejected(e.message)),
            }
            return;
        }
    }
    for (i, line) in text.split('\n').enumerate() {
        match parse_line(i + 1, line.as_bytes()) {
            Ok(Some(doc)) => found.document(doc, Some(i + 1)),
            Ok(None) => {}
            Err(e) => found.problem(Problem::rejected(e.message).at(e.line)),
        }
    }
}

fn array(body: &str, found: &mut Found) {
    let items: Vec<Value> = match serde_json::from_str(body) {
        Ok(items) => items,
        Err(e) => {
            let problem = Problem::rejected(format!(
                "not a JSON array of documents ({e}); expected [{{\"id\": \"...\", \"text\": \"...\"}}, ...]"
            ));
            return found.problem(problem);
        }
    };
    for (i, item) in items.into_iter().enumerate() {
        match parse_value(i + 1, item) {
            Ok(doc) => found.document(doc, None),
            Err(e) => found.problem(Problem::rejected(format!("item {}: {}", e.line, e.message))),
        }
    }
}
