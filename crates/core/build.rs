//! Writes the data of `data/` into `OUT_DIR` for `include_str!`: the hand-written tables
//! cut to the columns the code reads (no comments, no documentation column), and the
//! gazetteers front-coded: each line of a sorted list becomes the number of leading bytes it shares with the line before (one
//! digit, 0-9) and the rest. The lists ship inside the app's wasm, and gzip compresses
//! this form about a sixth smaller (65 -> 54 KB); `entities::lexicon` decodes it once, when
//! it builds its table. The files in `data/` stay plain sorted lists.

use std::path::Path;

const LISTS: [&str; 5] = ["countries", "regions", "cities", "demonyms", "given_names"];

/// Hand-written tables read by date inference, with how many of their columns the code
/// reads: the rest (comments, a documentation column) stays in `data/`, out of the wasm.
const TABLES: [(&str, usize); 2] = [("offices", 5), ("events", 3)];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, columns) in TABLES {
        let source = format!("data/{name}.tsv");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("a data table");
        std::fs::write(
            Path::new(&out).join(format!("{name}.tsv")),
            read_columns(&text, columns),
        )
        .expect("OUT_DIR is writable");
    }
    for name in LISTS {
        let source = format!("data/{name}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("a data list");
        std::fs::write(
            Path::new(&out).join(format!("{name}.fc")),
            front_code(&text),
        )
        .expect("OUT_DIR is writable");
    }
}

/// The table's rows without comment lines, each cut to its first `columns` columns.
fn read_columns(text: &str, columns: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let kept: Vec<&str> = line.split('\t').take(columns).collect();
        out.push_str(&kept.join("\t"));
        out.push('\n');
    }
    out
}

fn front_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = "";
    for line in text.lines() {
        let shared = previous
            .char_indices()
            .zip(line.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(9);
        // Only whole characters are shared (the lists are ASCII today; this keeps it true).
        let shared = (0..=shared)
            .rev()
            .find(|&n| line.is_char_boundary(n))
            .unwrap_or(0);
        out.push(char::from(b'0' + shared as u8));
        out.push_str(&line[shared..]);
        out.push('\n');
        previous = line;
    }
    out
}
