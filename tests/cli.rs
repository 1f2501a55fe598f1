//! The `frontera` binary as a user runs it: JSON Lines in and out, bad lines reported by
//! number and skipped, exit codes that say what happened.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn frontera(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontera"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run frontera");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("frontera finishes")
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn extracts_one_line_per_document_in_order() {
    let input = concat!(
        r#"{"id": "b", "text": "Mexican officials said 6,290 people were killed last year.", "date": "2009-03-25"}"#,
        "\n\n",
        r#"{"id": "a", "text": "President Felipe Calderón visited Monterrey on Monday."}"#,
        "\n"
    );
    let out = frontera(&["extract"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "b");
    assert_eq!(docs[0]["doc_date"]["value"], "2009-03-25");
    assert_eq!(docs[0]["doc_date"]["inferred"], false);
    assert_eq!(docs[1]["id"], "a");
    for key in ["entities", "timex", "quantities", "quotes", "sentences"] {
        assert!(docs[1][key].is_array(), "{key} missing");
    }
}

#[test]
fn bad_lines_are_reported_by_number_and_the_rest_is_kept() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"ok1\", \"text\": \"Fine.\"}\n");
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
    input.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Ju\xe1rez\"}\n");
    input.extend_from_slice(b"[1, 2, 3]\n");
    input.extend_from_slice(b"{\"id\": \"ok2\", \"text\": \"Also fine.\", \"date\": \"2010\"}");
    let out = frontera(&["extract"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "rejected lines make exit code 1"
    );
    let ids: Vec<_> = lines(&out)
        .iter()
        .map(|d| d["id"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(ids, ["ok1", "ok2"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2:"), "{err}");
    assert!(err.contains("line 3: not valid UTF-8"), "{err}");
    assert!(err.contains("line 4:"), "{err}");
    assert!(err.contains("3 line(s) rejected"), "{err}");
}

#[test]
fn empty_and_binary_input_do_not_crash() {
    let out = frontera(&["extract"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let out = frontera(&["extract"], &binary);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

#[test]
fn help_and_usage_errors() {
    let out = frontera(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("frontera extract"));
    let out = frontera(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("USAGE"));
}
