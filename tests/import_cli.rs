//! `frontera extract FILE...` on hostile files: every refusal says why (naming the file and
//! line), the good parts are still extracted, and nothing but text comes out of HTML.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BAD_MARKUP: [&str; 7] = [
    "<script",
    "onerror",
    "javascript:",
    "onclick",
    "onload",
    "<iframe",
    "<scr",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

fn extract(files: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frontera"))
        .arg("extract")
        .args(files)
        .output()
        .expect("run frontera")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn docs(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn ids(out: &Output) -> Vec<String> {
    docs(out)
        .iter()
        .map(|d| d["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The imported documents themselves (the CLI only prints extractions).
fn imported(name: &str) -> frontera_import::Import {
    let bytes = std::fs::read(fixture(name)).expect("fixture");
    frontera_import::import(name, &bytes)
}

#[test]
fn empty_file_is_refused() {
    let out = extract(&[&fixture("empty.txt")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("empty.txt: empty file: nothing to import"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn binary_file_is_refused() {
    let out = extract(&[&fixture("binary.bin")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("binary.bin: looks like a binary file (it contains NUL bytes), not text"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn windows_1252_text_is_decoded_and_noted() {
    let out = extract(&[&fixture("latin1.txt")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("latin1.txt: not valid UTF-8; decoded as Windows-1252"));
    let doc = &imported("latin1.txt").documents[0];
    assert_eq!(
        doc.title.as_deref(),
        Some("Officials in León Report Arrests")
    );
    assert!(doc.text.contains("Police in León, Guanajuato"));
    assert!(doc
        .text
        .contains("\u{201c}We will continue,\u{201d} the state\u{2019}s attorney"));
    assert!(!doc.text.contains('\r'));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\"León\"") && text.contains("2 million pesos"),
        "{text}"
    );
}

#[test]
fn utf16_text_is_decoded() {
    let out = extract(&[&fixture("utf16.txt")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("utf16.txt: decoded as UTF-16LE"));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Ciudad Juárez") && text.contains("5,000"),
        "{text}"
    );
}

#[test]
fn malformed_json_lines_are_reported_by_line_and_the_rest_kept() {
    let out = extract(&[&fixture("malformed.jsonl")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for expected in [
        "malformed.jsonl: line 2: not a document object",
        "malformed.jsonl: line 4: \"date\" \"last Tuesday\" is not YYYY, YYYY-MM or YYYY-MM-DD",
        "malformed.jsonl: line 5: not a document object",
        "malformed.jsonl: line 6: \"id\" is empty",
        "malformed.jsonl: line 7: not a document object (missing field `id`",
        "malformed.jsonl: line 9: same text as \"ok-1\" (ignoring spacing); not imported twice",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
    assert_eq!(ids(&out), ["ok-1", "ok-2"]);
}

#[test]
fn csv_with_quoted_newlines_keeps_its_rows() {
    let out = extract(&[&fixture("quoted.csv")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("quoted.csv: line 5: the text column (\"body\") is empty; row skipped"),
        "{err}"
    );
    assert!(
        err.contains("quoted.csv: line 6: date \"spring 2011\" not understood"),
        "{err}"
    );
    assert_eq!(ids(&out), ["c1", "c3"]);
    let import = imported("quoted.csv");
    let c1 = &import.documents[0];
    assert_eq!(c1.title.as_deref(), Some("Cash, Guns and Border Checks"));
    assert_eq!(c1.date.as_deref(), Some("2011-05-03"));
    assert_eq!(c1.source.as_deref(), Some("Wire"));
    assert!(c1
        .text
        .ends_with("$1.2 million in cash.\n\n\"It was hidden in the doors,\" an agent said."));
}

#[test]
fn hostile_html_yields_only_the_article_text() {
    let out = extract(&[&fixture("hostile.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    let import = imported("hostile.html");
    let doc = &import.documents[0];
    for bad in BAD_MARKUP {
        assert!(!stdout.contains(bad), "{bad:?} in the output");
        assert!(
            !doc.text.contains(bad),
            "{bad:?} in the text:\n{}",
            doc.text
        );
        assert!(!doc.title.as_deref().unwrap_or("").contains(bad));
    }
    // Navigation, forms, frames, asides, footers, comments and SVG are not the article.
    for furniture in [
        "Home",
        "Search",
        "frames",
        "Related",
        "Privacy",
        "Commented",
        "chart label",
        "template text",
        "injected",
    ] {
        assert!(
            !doc.text.contains(furniture),
            "{furniture:?} in the text:\n{}",
            doc.text
        );
    }
    assert!(doc.text.starts_with("Agents Seize Weapons Near Laredo\n\nLAREDO, Texas \u{2014} Federal agents seized 120 rifles and $300,000"), "{}", doc.text);
    assert!(doc.text.contains(
        "\u{201c}This is one of the largest seizures this year,\u{201d} said a spokesman"
    ));
    assert!(doc
        .text
        .contains("Two men were arrested.\nBoth are Mexican citizens."));
    assert!(doc
        .text
        .contains("Last paragraph with an unclosed bold and italic"));
    // `<scr<script>ipt>` defeats strip-once sanitizers; here, as in a browser, the tail is
    // inert text, and the only script-like words left are that text.
    assert!(
        doc.text.contains("continues.ipt>alert('split')\n"),
        "{}",
        doc.text
    );
    assert_eq!(doc.text.matches("alert(").count(), 1);
    assert_eq!(
        doc.title.as_deref(),
        Some("Agents Seize Weapons Near Laredo")
    );
    assert_eq!(doc.date.as_deref(), Some("2010-08-14"));
    assert_eq!(docs(&out)[0]["doc_date"]["value"], "2010-08-14");
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    // A sparse file: 51 MB long, nothing written, so the test stays fast.
    let path = std::env::temp_dir().join(format!("frontera-huge-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("temp file");
    file.set_len(51 * 1024 * 1024).expect("sparse file");
    drop(file);
    let out = extract(&[&path, &fixture("latin1.txt")]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(".txt: over the 50 MB limit (51.0 MB)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(ids(&out), ["latin1"]);
}

#[test]
fn many_files_in_order_with_duplicates_once_and_missing_files_reported() {
    let latin1 = fixture("latin1.txt");
    let missing = fixture("no-such-file.txt");
    let out = extract(&[
        &latin1,
        &fixture("empty.txt"),
        &missing,
        &fixture("utf16.txt"),
        &latin1,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), ["latin1", "utf16"]);
    let err = stderr(&out);
    assert!(err.contains("no-such-file.txt: cannot read"), "{err}");
    assert!(err.contains("latin1.txt: same text as \"latin1\""), "{err}");
    assert!(
        err.contains("2 rejected; 2 document(s) extracted from 5 file(s)"),
        "{err}"
    );
}

#[test]
fn help_describes_file_arguments() {
    let out = Command::new(env!("CARGO_BIN_EXE_frontera"))
        .arg("--help")
        .output()
        .expect("run frontera");
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("frontera extract FILE..."));
    assert!(help.contains(".csv") && help.contains("50-MB"));
}
