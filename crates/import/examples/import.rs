//! `cargo run -p frontera-import --example import -- FILE...`: the documents the importers
//! make of the files, as FORMAT.md input JSON Lines on stdout, and their problems on stderr.
//! For looking at what an importer does to real files.

fn main() {
    let mut seen = frontera_import::Seen::default();
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                continue;
            }
        };
        let import =
            frontera_import::import_into(&path, &bytes, &mut seen, frontera_import::MAX_BYTES);
        for p in &import.problems {
            eprintln!("{path}: {p}");
        }
        for doc in &import.documents {
            println!("{}", serde_json::to_string(doc).unwrap_or_default());
        }
    }
}
