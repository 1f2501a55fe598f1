//! The articles the app ships with, compiled into the binary (no fetch at run time):
//! `seeds/*.txt` and `seeds/manifest.json`, which gives each file its id, title and source.

use frontera_core::Document;
use serde::Deserialize;

/// `(file name, text)` of every seed file, in manifest order.
const FILES: &[(&str, &str)] = &[
    (
        "000_dd91c2f22bca8969.txt",
        include_str!("../seeds/000_dd91c2f22bca8969.txt"),
    ),
    (
        "001_f3ac439b55d2698a.txt",
        include_str!("../seeds/001_f3ac439b55d2698a.txt"),
    ),
    (
        "002_fedd19d867ba7b92.txt",
        include_str!("../seeds/002_fedd19d867ba7b92.txt"),
    ),
    (
        "003_605f8b0e8ae3a8a8.txt",
        include_str!("../seeds/003_605f8b0e8ae3a8a8.txt"),
    ),
    (
        "004_c33082421bb197e9.txt",
        include_str!("../seeds/004_c33082421bb197e9.txt"),
    ),
];

const MANIFEST: &str = include_str!("../seeds/manifest.json");

#[derive(Deserialize)]
struct Entry {
    id: String,
    file: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// How many articles are embedded: they come first in the corpus, imported ones after.
pub fn count() -> usize {
    FILES.len()
}

/// The embedded articles as documents, without publication dates (the extractor infers
/// them). A file the manifest does not describe still appears, named after its file.
pub fn documents() -> Vec<Document> {
    let entries: Vec<Entry> = serde_json::from_str(MANIFEST).unwrap_or_default();
    FILES
        .iter()
        .map(|&(file, text)| {
            let entry = entries.iter().find(|e| e.file == file);
            Document {
                id: entry.map_or_else(
                    || file.trim_end_matches(".txt").to_owned(),
                    |e| e.id.clone(),
                ),
                text: text.to_owned(),
                date: None,
                title: entry.and_then(|e| e.title.clone()),
                source: entry.and_then(|e| e.source.clone()),
                url: entry.and_then(|e| e.url.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_file_is_embedded_with_its_manifest_entry() {
        let docs = documents();
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]
        );
        assert_eq!(count(), docs.len());
        assert!(docs.iter().all(|d| d.text.len() > 1000 && d.date.is_none()));
        assert_eq!(docs[4].source.as_deref(), Some("AFP"));
        // Every file in seeds/ is listed here.
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .map(|rd| {
                rd.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                    .count()
            })
            .unwrap_or(0);
        assert_eq!(on_disk, FILES.len());
    }

    #[test]
    fn the_seeds_build_a_corpus_without_panicking() {
        let items = documents()
            .into_iter()
            .map(|d| {
                let x = frontera_core::extract(&d);
                (d, x)
            })
            .collect();
        let corpus = frontera_corpus::Corpus::new(items);
        assert_eq!(corpus.counts().articles, 5);
        for d in 0..corpus.articles.len() {
            let (marks, infos) = corpus.reader_marks(d);
            assert_eq!(marks.len(), infos.len());
        }
    }
}
