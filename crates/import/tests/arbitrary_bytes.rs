//! Property tests: every importer, on any bytes, returns without panicking, and what it
//! returns is usable: documents with ids and text in the FORMAT.md input shape (extraction
//! on arbitrary text is the root package's `tests/never_panics.rs`).

use frontera_import::{import, Severity};
use proptest::prelude::*;

#[path = "../../../tests/support/fixed_cases.rs"]
mod fixed_cases;
use fixed_cases::config;

const NAMES: [&str; 9] = [
    "a.txt", "a.html", "a.jsonl", "a.json", "a.csv", "a.tsv", "noext", "a.weird", "a.md",
];

/// Pieces of markup, JSON and CSV, so random inputs exercise the parsers' edge cases.
const FRAGMENTS: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<p>",
    "</p>",
    "<br>",
    "<div class=\"a>b\">",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<nav>",
    "</nav>",
    "<article>",
    "</article>",
    "<title>",
    "</title>",
    "<h1>",
    "</h1>",
    "<a href='javascript:x'>",
    "<img onerror=x",
    "<time datetime=\"2009-03-25\">",
    "<meta property=\"article:published_time\" content=\"2010\">",
    "&amp;",
    "&#8217;",
    "&#x",
    "&#99999999;",
    "&nbsp",
    "&",
    ";",
    "\"",
    "'",
    "=",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"id\"",
    "\"text\"",
    "\"date\"",
    "\"2009-03-25\"",
    "null",
    "1",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "text,title,date",
    "\"\"",
    "é",
    "\u{feff}",
    "\u{0}",
    "word",
    "Mexico said 3 died.",
];

fn soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120)
        .prop_map(|parts| parts.concat().into_bytes())
}

const BOMS: &[&[u8]] = &[b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"];

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        soup(),
        // Byte-order marks in front of anything.
        (prop::sample::select(BOMS), soup()).prop_map(|(bom, rest)| [bom, &rest[..]].concat()),
        any::<String>().prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn importers_never_panic_and_yield_usable_documents(
        name in prop::sample::select(&NAMES[..]),
        bytes in bytes(),
    ) {
        let import = import(name, &bytes);
        for p in &import.problems {
            prop_assert!(!p.message.is_empty());
            prop_assert!(p.severity == Severity::Note || p.severity == Severity::Rejected);
        }
        for doc in &import.documents {
            prop_assert!(!doc.id.trim().is_empty());
            prop_assert!(!doc.text.trim().is_empty());
            // Round-trips as the FORMAT.md input shape.
            let line = serde_json::to_string(doc).unwrap();
            let again = frontera_core::input::parse_line(1, line.as_bytes());
            prop_assert!(matches!(again, Ok(Some(_))), "{:?}", again);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            prop_assert!(import.documents.is_empty());
        }
    }
}
