//! Front-codes the gazetteers of `data/` into `OUT_DIR` for `include_str!`: each line of a
//! sorted list becomes the number of leading bytes it shares with the line before (one
//! digit, 0-9) and the rest. The lists ship inside the app's wasm, and gzip compresses
//! this form about a sixth smaller (65 -> 54 KB); `entities::lexicon` decodes it once, when
//! it builds its table. The files in `data/` stay plain sorted lists.

use std::path::Path;

const LISTS: [&str; 5] = ["countries", "regions", "cities", "demonyms", "given_names"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
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
