//! Frontera's benchmarks: a reproducible corpus of news-like text, and the measurements the
//! `bench-report` command writes to BENCHMARKS.md.
//!
//! The corpus imitates wire and newspaper coverage of the Mexican drug war and U.S.–Mexico
//! security (2006–2012): datelines, people with titles and appositives, agencies with
//! acronyms, places on both sides of the border, absolute and relative dates, death tolls,
//! money, percentages, counts of troops and agents, and quotations with attributions. Every
//! sentence comes from templates and vocabularies written for this crate (no seed text is
//! copied), filled by a seeded generator, so the same seed always gives the same bytes.

pub mod browser;
pub mod calendar;
pub mod explorer;
pub mod measure;
pub mod rng;
pub mod stages;
pub mod vocab;

mod article;
mod templates;

use frontera_core::Document;

use rng::Rng;

/// The default seed of the benchmarks and the report.
pub const DEFAULT_SEED: u64 = 2009;

/// Generate `n_articles` documents. Article `i` depends only on `(seed, i)`, so a smaller
/// corpus is a prefix of a larger one with the same seed.
pub fn generate(n_articles: usize, seed: u64) -> Vec<Document> {
    (0..n_articles).map(|i| document(i, seed)).collect()
}

/// Generate articles until their texts add up to at least `min_bytes`.
pub fn generate_at_least(min_bytes: usize, seed: u64) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < min_bytes {
        let doc = document(docs.len(), seed);
        bytes += doc.text.len();
        docs.push(doc);
    }
    docs
}

/// Total size of the documents' texts in bytes: the figure throughput is measured against.
pub fn text_bytes(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.text.len()).sum()
}

/// Article `index` of the corpus seeded with `seed`.
pub fn document(index: usize, seed: u64) -> Document {
    let article = article::write_article(Rng::for_item(seed, index as u64));
    // Metadata draws from its own stream so that it never shifts the text.
    let mut meta = Rng::for_item(seed ^ 0x00D0_C0DE, index as u64);
    let d = article.date;
    // Some inputs give the publication date in full, some only in part, many not at all,
    // so both the given-date and the inferred-date paths are exercised.
    let date = match meta.weighted(&[55, 8, 4, 33]) {
        0 => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        1 => Some(format!("{:04}-{:02}", d.year, d.month)),
        2 => Some(format!("{:04}", d.year)),
        _ => None,
    };
    Document {
        id: format!("gen-{seed}-{index:06}"),
        text: article.text,
        date,
        title: meta.chance(80).then_some(article.title),
        source: meta.chance(70).then(|| article.source.to_string()),
        url: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes() {
        let a = generate(40, 7);
        let b = generate(40, 7);
        assert_eq!(a, b);
        let c = generate(40, 8);
        assert_ne!(a, c);
    }

    #[test]
    fn smaller_corpus_is_a_prefix() {
        let small = generate(5, 3);
        let large = generate(12, 3);
        assert_eq!(small[..], large[..5]);
    }

    #[test]
    fn ten_megabytes_are_reached() {
        let docs = generate_at_least(10_000_000, DEFAULT_SEED);
        let bytes = text_bytes(&docs);
        assert!(bytes >= 10_000_000);
        // Articles are news-length: neither a handful of giants nor thousands of scraps.
        let mean = bytes / docs.len();
        assert!((2_000..=8_000).contains(&mean), "mean article {mean} bytes");
    }

    #[test]
    fn documents_are_valid_and_varied() {
        let docs = generate(300, 11);
        let mut ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), docs.len(), "ids are unique");
        let mut dated = 0;
        for d in &docs {
            assert!(!d.id.is_empty() && !d.text.trim().is_empty());
            // A `String` is valid UTF-8 by construction; check the bytes anyway, since
            // consumers read them back from JSON Lines.
            assert!(std::str::from_utf8(d.text.as_bytes()).is_ok());
            dated += usize::from(d.date.is_some());
        }
        assert!(dated > 100 && dated < 280, "{dated} of 300 dated");
        let all: String = docs.iter().map(|d| d.text.as_str()).collect();
        for needle in [
            "\u{201C}",
            "\"",
            " said",
            "$",
            " percent",
            "%",
            " billion",
            " million",
            "killed",
            " troops",
            " agents",
            "2009",
            "last year",
            "Juárez",
            "(AP)",
            "\r\n",
            "Mr.",
            ", alias ",
            "(DEA)",
            " \u{2014} ",
            "By ",
            " pesos",
            " ago",
            "on Monday",
            "\u{2019}s ",
            "(R-",
        ] {
            assert!(all.contains(needle), "no {needle:?} in 300 articles");
        }
    }

    #[test]
    fn seeds_are_not_copied() {
        // No sentence-length run (9 words) of any seed article appears in the generated text.
        let seeds_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let Ok(entries) = std::fs::read_dir(seeds_dir) else {
            return;
        };
        let mut seed_runs = std::collections::HashSet::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                continue;
            }
            let seed = std::fs::read_to_string(&path).unwrap_or_default();
            let words: Vec<&str> = seed.split_whitespace().collect();
            seed_runs.extend(words.windows(9).map(|w| w.join(" ")));
        }
        assert!(!seed_runs.is_empty(), "the seeds were read");
        for doc in generate(400, 5) {
            let words: Vec<&str> = doc.text.split_whitespace().collect();
            for w in words.windows(9) {
                let run = w.join(" ");
                assert!(!seed_runs.contains(&run), "copied from a seed: {run}");
            }
        }
    }
}
