use super::*;

fn messages(import: &Import) -> Vec<String> {
    import.problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn text_files_become_one_document_named_after_the_file() {
    let i = import(
        "dir/Border Story.txt",
        b"Agents Seize Cash\n\nAgents seized $2 million.",
    );
    assert!(i.problems.is_empty());
    assert_eq!(i.documents[0].id, "Border Story");
    assert_eq!(i.documents[0].title.as_deref(), Some("Agents Seize Cash"));
}

#[test]
fn refusals_say_why_and_state_the_limit() {
    assert_eq!(
        messages(&import("a.txt", b"")),
        ["empty file: nothing to import"]
    );
    assert_eq!(
        messages(&import("a.txt", b" \n\xEF\xBB\xBF")),
        ["empty file: nothing to import"]
    );
    let m = messages(&import("a.bin", b"\x00\x01binary"));
    assert!(m[0].starts_with("looks like a binary file ("), "{m:?}");
    let m = messages(&import("a.docx", b"PK\x03\x04"));
    assert!(m[0].contains(".docx files are not supported"), "{m:?}");
    let big = vec![b'a'; 2 * 1024 * 1024 + 1];
    let i = import_into("big.txt", &big, &mut Seen::default(), 2 * 1024 * 1024);
    assert_eq!(
        messages(&i),
        ["over the 2 MB limit (2.0 MB); split it into smaller files"]
    );
    assert!(i.rejected_any() && i.documents.is_empty());
    assert!(check_size(MAX_BYTES, MAX_BYTES).is_ok());
    let e = check_size(73 * 1024 * 1024 + 400_000, MAX_BYTES).unwrap_err();
    assert_eq!(
        e.message,
        "over the 50 MB limit (73.4 MB); split it into smaller files"
    );
}

#[test]
fn legacy_encodings_are_noted_not_refused() {
    let i = import("old.txt", b"Le\xf3n, Nuevo Le\xf3n");
    assert_eq!(i.documents[0].text, "León, Nuevo León");
    assert!(messages(&i)[0].contains("decoded as Windows-1252"));
    assert!(!i.rejected_any());
}

#[test]
fn json_lines_arrays_and_single_objects() {
    let i = import(
        "docs.jsonl",
        b"{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n\n{\"id\":\"b\",\"text\":\"Two.\",\"date\":\"May\"}\n{\"id\":\"c\",\"text\":\"Three.\"}\n",
    );
    let ids: Vec<_> = i.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    let m = messages(&i);
    assert!(m[0].starts_with("line 2: not a document object"), "{m:?}");
    assert!(m[1].starts_with("line 4: \"date\""), "{m:?}");
    let i = import("docs.json", br#"[{"id":"a","text":"One."}, {"id":"b"}, 5]"#);
    assert_eq!(i.documents.len(), 1);
    assert!(messages(&i)[0].starts_with("line 1: not a document object"));
    let i = import(
        "doc.json",
        b"{\n  \"id\": \"p\",\n  \"text\": \"Pretty.\"\n}\n",
    );
    assert_eq!(i.documents[0].id, "p");
    assert!(messages(&import("x.json", b"[1, 2"))
        .iter()
        .any(|m| m.contains("never closed")));
}

#[test]
fn duplicates_within_and_across_files_are_reported_once() {
    let i = import(
        "d.jsonl",
        b"{\"id\":\"a\",\"text\":\"Same  text.\"}\n{\"id\":\"b\",\"text\":\"Same text.\"}\n",
    );
    assert_eq!(i.documents.len(), 1);
    assert_eq!(
        messages(&i),
        ["line 2: same text as \"a\" (ignoring spacing); not imported twice"]
    );
    assert!(!i.rejected_any());
    let mut seen = Seen::default();
    let first = import_into("one.txt", b"Shared text.", &mut seen, MAX_BYTES);
    let second = import_into("two.txt", b"Shared\ntext.", &mut seen, MAX_BYTES);
    assert_eq!(first.documents.len(), 1);
    assert!(second.documents.is_empty());
    assert!(messages(&second)[0].contains("same text as \"one\""));
}

#[test]
fn unknown_extensions_are_sniffed() {
    let i = import("page", b"<!DOCTYPE html><p>Hello there.</p>");
    assert_eq!(i.documents[0].text, "Hello there.");
    assert_eq!(messages(&i), ["unknown file type; read as HTML"]);
    let i = import("notes.log", b"Just words.");
    assert_eq!(i.documents[0].text, "Just words.");
}

#[test]
fn html_pages_give_text_title_and_date() {
    let i = import(
        "p.html",
        br#"<html><head><title>Seizure</title><meta property="article:published_time" content="2010-06-01T09:00:00Z"></head><body><p>Agents seized cash.</p></body></html>"#,
    );
    let d = &i.documents[0];
    assert_eq!(
        (d.id.as_str(), d.text.as_str()),
        ("p", "Agents seized cash.")
    );
    assert_eq!(d.date.as_deref(), Some("2010-06-01"));
    assert_eq!(d.title.as_deref(), Some("Seizure"));
    let i = import("empty.html", b"<script>only()</script><nav>menu</nav>");
    assert!(
        messages(&i)[0].starts_with("no article text found"),
        "{:?}",
        messages(&i)
    );
}

#[test]
fn names_give_ids_and_extensions() {
    assert_eq!(stem("a/b/c.d.txt"), "c.d");
    assert_eq!(stem("C:\\x\\.hidden"), ".hidden");
    assert_eq!(stem("/"), "document");
    assert_eq!(extension("a/b.TXT"), "TXT");
    assert_eq!(extension("dir.d/file"), "");
}

/// Inputs built to make a naive scanner quadratic; these would take minutes if it were.
#[test]
fn hostile_repetition_stays_linear() {
    let n = 40_000;
    let cases = [
        ("a.html", "<!-- c -->x".repeat(n)),
        ("a.html", "<nav>".repeat(n) + &"</x>".repeat(n)),
        ("a.html", "<svg>".repeat(n) + &"<p>t</p>".repeat(n)),
        ("a.html", "<script>".repeat(n)),
        ("a.html", "&amp;&#8217;&bogus;<".repeat(n)),
        ("a.html", "<a b='c'".repeat(n)),
        (
            "a.csv",
            "text\n".to_string() + &"\"a,\"\"b\"\"\",c\n".repeat(n),
        ),
        ("a.csv", "\"".repeat(n)),
        (
            "a.jsonl",
            "{\"id\":\"a\",\"text\":\"x\"}\n{\n".repeat(n / 10),
        ),
        ("a.txt", "word ".repeat(n)),
    ];
    let start = std::time::Instant::now();
    for (name, input) in &cases {
        let _ = import(name, input.as_bytes());
    }
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}
