//! The claims ledger: figures from different articles that measure the same thing
//! ("deaths in the drug violence in 2008", "cash smuggled south each year"), side by side,
//! so a reader sees where sources agree and where they do not.
//!
//! Two figures can measure the same thing only when their kind and unit agree and their
//! periods are compatible (the same year, or both yearly rates, or one undated). Among
//! those, similarity is the cosine of TF-IDF vectors of the words around each figure (its
//! `about` phrase and its sentence), with a small general lexicon folding near-synonyms
//! ("weapons", "firearms", "guns"). Groups grow by average linkage, never holding two figures
//! of one article, and only groups spanning two or more articles are reported.

use std::collections::{BTreeMap, BTreeSet};

use frontera_core::{Document, Extraction, Quantity, QuantityKind};
use serde::Serialize;

/// One article's figure in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub doc: String,
    pub value: f64,
    pub value_high: Option<f64>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Figures from several articles measuring one thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// The kind and what the figures measure, from their most representative figure's
    /// `about`, with the year when they share one ("deaths \u{2014} people killed in
    /// floods (2010)"); the kind and the words they share when no figure says.
    pub measure: String,
    pub unit: String,
    /// The common TIMEX3 year, "annual" for yearly rates, or none.
    pub period: Option<String>,
    pub claims: Vec<Claim>,
}

/// Similarity at or above which two figures are taken to measure the same thing.
const THRESHOLD: f64 = 0.18;
/// Added to the similarity of figures stating the same period.
const PERIOD_BONUS: f64 = 0.15;
/// The least wording similarity for a shared period to count.
const MIN_SHARED: f64 = 0.05;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Year(i32),
    Annual,
    Unknown,
}

impl Period {
    fn compatible(self, other: Period) -> bool {
        match (self, other) {
            (Period::Annual, Period::Annual) => true,
            (Period::Annual, _) | (_, Period::Annual) => false,
            (Period::Year(a), Period::Year(b)) => a == b,
            _ => true,
        }
    }
}

struct Figure<'x> {
    doc: usize,
    q: &'x Quantity,
    unit: String,
    period: Period,
    terms: BTreeMap<String, f64>,
    /// `terms` after weighing, with words as ids in sorted word order (for fast cosines).
    vector: Vec<(u32, f64)>,
    /// The figure's value (the middle of a range), for commensurability.
    mid: f64,
}

/// Group the figures of `articles` into measures spanning at least two articles.
pub fn ledger(articles: &[(&Document, &Extraction)]) -> Vec<Measure> {
    let mut figures = Vec::new();
    for (d, (doc, x)) in articles.iter().enumerate() {
        for q in &x.quantities {
            let sentence = sentence_text(&doc.text, x, q);
            let near = near_words(&doc.text, x, q);
            let mut counts = BTreeMap::new();
            for w in keywords(&near.0)
                .chain(keywords(&near.1))
                .chain(keywords(sentence))
            {
                *counts.entry(w).or_insert(0.0) += 1.0;
            }
            if q.kind == QuantityKind::Count {
                for w in keywords(&q.unit) {
                    *counts.entry(w).or_insert(0.0) += 2.0;
                }
            }
            figures.push(Figure {
                doc: d,
                q,
                unit: unit_key(q),
                period: period_of(q, sentence),
                terms: counts,
                vector: Vec::new(),
                mid: mid_value(q),
            });
        }
    }
    weigh(&mut figures);
    vectorize(&mut figures);
    let clusters = cluster(&figures);
    let mut out: Vec<Measure> = clusters
        .into_iter()
        .filter(|c| c.len() >= 2)
        .map(|c| measure(articles, &figures, c))
        .collect();
    frontera_core::order::sort_by(&mut out, |a, b| {
        b.claims
            .len()
            .cmp(&a.claims.len())
            .then_with(|| a.measure.cmp(&b.measure))
    });
    out
}

/// The text of the sentence holding the figure (its `about` when sentences are missing).
fn sentence_text<'t>(text: &'t str, x: &Extraction, q: &Quantity) -> &'t str {
    x.sentences
        .iter()
        .find(|s| s.start <= q.start && q.end <= s.end)
        .and_then(|s| text.get(s.start..s.end))
        .unwrap_or("")
}

/// The words of the figure's clause on either side of it (up to eight each way), which
/// weigh twice in its profile. Grouping reads the text itself rather than `about`, so the
/// display phrase can be tuned for reading without moving figures between measures.
fn near_words(text: &str, x: &Extraction, q: &Quantity) -> (String, String) {
    const CLAUSE: &[char] = &[
        ',', ';', ':', '.', '!', '?', '(', ')', '"', '\u{201C}', '\u{201D}', '\u{2014}',
    ];
    let Some(s) = x
        .sentences
        .iter()
        .find(|s| s.start <= q.start && q.end <= s.end)
    else {
        return (q.about.clone(), String::new());
    };
    let before = text.get(s.start..q.start).unwrap_or("");
    let after = text.get(q.end..s.end).unwrap_or("");
    let before = before.rsplit(CLAUSE).next().unwrap_or("");
    let after = after.split(CLAUSE).next().unwrap_or("");
    // A counted noun ("500 agents") is the figure's own description: its words count,
    // and the words before it only when little follows.
    let noun: Vec<&str> = if matches!(q.kind, QuantityKind::Count | QuantityKind::Deaths) {
        let words: Vec<&str> = crate::compact::span_text(text, q.start, q.end, &q.text)
            .split_whitespace()
            .collect();
        let last_figure = words
            .iter()
            .rposition(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map_or(0, |k| k + 1);
        words[last_figure.min(words.len())..].to_vec()
    } else {
        Vec::new()
    };
    let right = within_width(after.split_whitespace());
    let left = if noun.is_empty() || right.len() < 2 {
        let mut left = within_width(before.split_whitespace().rev());
        left.reverse();
        left.join(" ")
    } else {
        String::new()
    };
    let right = noun.iter().chain(right.iter()).copied().collect::<Vec<_>>();
    (left, right.join(" "))
}

/// The leading words of `words` that fit in eight tokens ("drug-related" is three).
fn within_width<'t>(words: impl Iterator<Item = &'t str>) -> Vec<&'t str> {
    let mut used = 0;
    let mut out = Vec::new();
    for w in words {
        used += 1 + 2 * w.matches('-').count();
        if used > 8 {
            break;
        }
        out.push(w);
    }
    out
}

fn unit_key(q: &Quantity) -> String {
    match q.kind {
        QuantityKind::Deaths => "people".to_string(),
        QuantityKind::Count => stem(&q.unit.to_lowercase()),
        _ => q.unit.clone(),
    }
}

/// Yearly rates are written "a year", "annually", "each year", "per year".
fn period_of(q: &Quantity, sentence: &str) -> Period {
    let lower = sentence.to_lowercase();
    let rate = [
        "a year",
        "per year",
        "each year",
        "every year",
        "annually",
        "yearly",
        "annual",
        "per annum",
    ]
    .iter()
    .any(|p| lower.contains(p));
    if rate && matches!(q.kind, QuantityKind::Money | QuantityKind::Count) {
        return Period::Annual;
    }
    q.period
        .as_deref()
        .and_then(|p| p.get(..4))
        .and_then(|y| y.parse().ok())
        .map_or(Period::Unknown, Period::Year)
}

const STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "and",
    "or",
    "but",
    "that",
    "this",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "their",
    "they",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "i",
    "as",
    "than",
    "more",
    "most",
    "about",
    "some",
    "nearly",
    "over",
    "around",
    "almost",
    "least",
    "up",
    "not",
    "no",
    "so",
    "which",
    "who",
    "said",
    "say",
    "says",
    "would",
    "will",
    "could",
    "can",
    "may",
    "also",
    "such",
    "into",
    "all",
    "any",
    "other",
    "there",
    "what",
    "percent",
    "per",
    "cent",
    "million",
    "billion",
    "thousand",
    "dollars",
    "dollar",
    "year",
    "years",
    "last",
    "first",
    "since",
    "just",
    "only",
    "even",
    "do",
    "does",
    "did",
    "if",
    "estimated",
    "estimate",
    "roughly",
    "approximately",
    "each",
    "every",
    "annually",
    "when",
    "while",
    "after",
    "before",
    "then",
    "now",
    "one",
    "two",
    "three",
    "new",
    "according",
    "official",
    "officials",
];

/// Content words of `text`, lower-cased, stemmed and folded.
fn keywords(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '\u{2019}'))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '\'' || c == '\u{2019}'))
        .filter(|w| w.chars().any(char::is_alphabetic) && w.chars().count() > 1)
        .map(|w| {
            w.to_lowercase()
                .replace(['.', '\u{2019}'], "")
                .replace("'s", "")
        })
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| fold(&stem(&w)).to_string())
        .filter(|w| !STOPWORDS.contains(&w.as_str()) && w.len() > 2)
}

/// A light plural and verb-ending stemmer.
fn stem(w: &str) -> String {
    let w = w.trim_end_matches("'s");
    if let Some(b) = w.strip_suffix("ies").filter(|b| b.len() > 2) {
        return format!("{b}y");
    }
    if let Some(b) = w
        .strip_suffix('s')
        .filter(|b| b.len() > 2 && !b.ends_with('s') && !b.ends_with('u'))
    {
        return b.to_string();
    }
    w.to_string()
}

/// Near-synonyms of news about violence, money and arms folded to one word.
fn fold(w: &str) -> &str {
    match w {
        "weapon" | "firearm" | "arm" | "rifle" | "pistol" | "handgun" | "gun" => "gun",
        "killed" | "kill" | "killing" | "death" | "dead" | "died" | "die" | "murder"
        | "murdered" | "homicide" | "slain" | "toll" | "fatalitie" | "fatality" => "kill",
        "cash" | "money" | "currency" | "proceed" | "fund" => "money",
        "narcotic" | "drug" => "drug",
        "smuggled" | "smuggling" | "smuggle" | "trafficking" | "trafficked" | "flow"
        | "flowing" | "flowed" | "pass" | "passe" | "passing" | "cross" | "crossing" => "flow",
        "trafficker" | "cartel" | "smuggler" | "baron" | "gang" => "cartel",
        "southbound" | "south" => "south",
        "mexican" => "mexico",
        "us" | "american" | "america" => "us",
        "seized" | "seizure" | "seize" | "confiscated" => "seize",
        "traced" | "trace" | "tracing" | "come" | "came" | "originated" | "origin" => "origin",
        other => other,
    }
}

/// TF-IDF weights, each vector normalised to unit length.
fn weigh(figures: &mut [Figure]) {
    let n = figures.len().max(1) as f64;
    let mut df: BTreeMap<String, f64> = BTreeMap::new();
    for f in figures.iter() {
        for w in f.terms.keys() {
            *df.entry(w.clone()).or_insert(0.0) += 1.0;
        }
    }
    for f in figures.iter_mut() {
        let mut norm = 0.0;
        for (w, v) in f.terms.iter_mut() {
            let idf = (1.0 + n / df.get(w).copied().unwrap_or(1.0)).ln();
            *v = (1.0 + v.ln()) * idf;
            norm += *v * *v;
        }
        let norm = norm.sqrt();
        if norm > 0.0 {
            for v in f.terms.values_mut() {
                *v /= norm;
            }
        }
    }
}

/// Number the words of every figure's terms in sorted order and store each figure's
/// weights as (id, weight) sorted by id: the same order as the string map, so cosines sum
/// the same products in the same order, without comparing strings.
fn vectorize(figures: &mut [Figure]) {
    let words: BTreeSet<&str> = frontera_core::order::set(
        figures
            .iter()
            .flat_map(|f| f.terms.keys().map(String::as_str)),
    );
    let ids: BTreeMap<&str, u32> = frontera_core::order::map(words.into_iter().zip(0u32..));
    let vectors: Vec<Vec<(u32, f64)>> = figures
        .iter()
        .map(|f| {
            f.terms
                .iter()
                .filter_map(|(w, &v)| ids.get(w.as_str()).map(|&id| (id, v)))
                .collect()
        })
        .collect();
    for (f, v) in figures.iter_mut().zip(vectors) {
        f.vector = v;
    }
}

/// [`cosine`] over id vectors: a merge of two sorted lists.
fn cosine_ids(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut sum = 0.0;
    let mut j = 0;
    for &(w, v) in small {
        while j < large.len() && large[j].0 < w {
            j += 1;
        }
        match large.get(j) {
            Some(&(u_w, u)) if u_w == w => sum += u * v,
            Some(_) => {}
            None => break,
        }
    }
    sum
}

fn cosine(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(w, v)| large.get(w).map(|u| u * v))
        .sum()
}

/// Similarity of two figures, or `None` when they cannot measure the same thing.
fn similarity(a: &Figure, b: &Figure) -> Option<f64> {
    let comparable = a.doc != b.doc
        && a.q.kind == b.q.kind
        && a.unit == b.unit
        && a.period.compatible(b.period)
        && commensurable(a, b);
    // The same stated year (or both yearly rates) is itself evidence of one measure.
    let same_period = a.period == b.period && a.period != Period::Unknown;
    let cos = cosine_ids(&a.vector, &b.vector);
    // A shared period only adds to some shared wording.
    let bonus = if same_period && cos >= MIN_SHARED {
        PERIOD_BONUS
    } else {
        0.0
    };
    comparable.then_some(cos + bonus)
}

/// Sources disagree about a measure, but rarely by more than a factor of a few; figures
/// further apart (60 dead in one city, 15,000 in the country) measure different things.
fn commensurable(a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.mid.abs(), b.mid.abs());
    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
    lo > 0.0 && hi <= lo * MAX_RATIO
}

/// How far apart two figures of one measure can be (see [`commensurable`]).
const MAX_RATIO: f64 = 3.0;

/// A figure's value, the middle of a range.
fn mid_value(q: &Quantity) -> f64 {
    match q.value_high {
        Some(h) => (q.value + h) / 2.0,
        None => q.value,
    }
}

/// Average-linkage grouping: the most similar pairs first; two groups merge when every
/// cross pair is comparable, no article appears twice and their mean similarity clears
/// the threshold.
fn cluster(figures: &[Figure]) -> Vec<Vec<usize>> {
    // Only figures of one kind and unit can match: compare within those buckets.
    let mut buckets: BTreeMap<(QuantityKind, &str), Vec<usize>> = BTreeMap::new();
    for (i, f) in figures.iter().enumerate() {
        buckets
            .entry((f.q.kind, f.unit.as_str()))
            .or_default()
            .push(i);
    }
    // Within a bucket, only figures within MAX_RATIO of each other's value are
    // commensurable: sorted by size, each figure meets just the window above it, not the
    // whole bucket (thousands of figures at 1,000 articles).
    let mut pairs = Vec::new();
    for members in buckets.values_mut() {
        frontera_core::order::sort_by(members, |&a, &b| {
            figures[a]
                .mid
                .abs()
                .total_cmp(&figures[b].mid.abs())
                .then(a.cmp(&b))
        });
        for (x, &a) in members.iter().enumerate() {
            let lo = figures[a].mid.abs();
            if lo <= 0.0 || lo.is_nan() {
                continue;
            }
            for &b in &members[x + 1..] {
                if figures[b].mid.abs() > lo * MAX_RATIO {
                    break;
                }
                let (i, j) = (a.min(b), a.max(b));
                if let Some(s) = similarity(&figures[i], &figures[j]).filter(|s| *s >= THRESHOLD) {
                    pairs.push((s, i, j));
                }
            }
        }
    }
    frontera_core::order::sort_by(&mut pairs, |a, b| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    let mut group_of: Vec<usize> = (0..figures.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..figures.len()).map(|i| vec![i]).collect();
    for (_, i, j) in pairs {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let docs: BTreeSet<usize> =
            frontera_core::order::set(groups[gi].iter().map(|&k| figures[k].doc));
        if groups[gj].iter().any(|&k| docs.contains(&figures[k].doc)) {
            continue;
        }
        let mut total = 0.0;
        let mut ok = true;
        for &x in &groups[gi] {
            for &y in &groups[gj] {
                match similarity(&figures[x], &figures[y]) {
                    Some(s) => total += s,
                    None => ok = false,
                }
            }
        }
        let mean = total / (groups[gi].len() * groups[gj].len()) as f64;
        if !ok || mean < THRESHOLD {
            continue;
        }
        let moved = std::mem::take(&mut groups[gj]);
        for &k in &moved {
            group_of[k] = gi;
        }
        groups[gi].extend(moved);
    }
    groups.retain(|g| !g.is_empty());
    for g in &mut groups {
        frontera_core::order::sort_by_key(g, |&k| (figures[k].doc, figures[k].q.start));
    }
    groups
}

fn measure(
    articles: &[(&Document, &Extraction)],
    figures: &[Figure],
    group: Vec<usize>,
) -> Measure {
    // The words the group's figures share, heaviest first.
    let mut weight: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
    for &k in &group {
        for (w, v) in &figures[k].terms {
            let e = weight.entry(w.as_str()).or_insert((0, 0.0));
            e.0 += 1;
            e.1 += v;
        }
    }
    let mut shared: Vec<(&str, f64)> = weight
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(w, (_, v))| (w, v))
        .collect();
    frontera_core::order::sort_by(&mut shared, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let words: Vec<&str> = shared.iter().take(5).map(|(w, _)| *w).collect();
    let first = &figures[group[0]];
    let periods: BTreeSet<String> =
        frontera_core::order::set(group.iter().filter_map(|&k| match figures[k].period {
            Period::Year(y) => Some(y.to_string()),
            Period::Annual => Some("annual".to_string()),
            Period::Unknown => None,
        }));
    let period = (periods.len() == 1).then(|| periods.into_iter().next().unwrap_or_default());
    let measure = match representative(figures, &group) {
        Some(about) => {
            let year = period
                .as_deref()
                .filter(|p| p.chars().all(|c| c.is_ascii_digit()));
            let when = match (year, period.as_deref()) {
                (Some(y), _) => format!(" ({y})"),
                (None, Some("annual")) => " (yearly)".to_string(),
                _ => String::new(),
            };
            format!("{} \u{2014} {about}{when}", first.q.kind.as_str())
        }
        None => format!("{}: {}", first.q.kind.as_str(), words.join(" ")),
    };
    Measure {
        measure,
        unit: first.q.unit.clone(),
        period,
        claims: group
            .iter()
            .map(|&k| {
                let f = &figures[k];
                Claim {
                    doc: articles[f.doc].0.id.clone(),
                    value: f.q.value,
                    value_high: f.q.value_high,
                    text: crate::compact::span_text(
                        &articles[f.doc].0.text,
                        f.q.start,
                        f.q.end,
                        &f.q.text,
                    )
                    .to_owned(),
                    start: f.q.start,
                    end: f.q.end,
                }
            })
            .collect(),
    }
}

/// The `about` of the group's most representative figure: the one whose phrase shares
/// the most weighted terms with the other figures (ties to the earliest). Phrases of one word say too
/// little to name a measure.
fn representative<'x>(figures: &'x [Figure], group: &[usize]) -> Option<&'x str> {
    let mut best: Option<(f64, &str)> = None;
    for &k in group {
        let about = figures[k].q.about.trim();
        if about.split_whitespace().count() < 2 {
            continue;
        }
        // The weight the other figures give to this phrase's words, then the figures'
        // overall likeness to break ties.
        let words: BTreeSet<String> = frontera_core::order::set(keywords(about));
        let shared: f64 = group
            .iter()
            .filter(|&&o| o != k)
            .map(|&o| {
                let terms = &figures[o].terms;
                let phrase: f64 = words.iter().filter_map(|w| terms.get(w)).sum();
                phrase + 0.1 * cosine(&figures[k].terms, terms)
            })
            .sum();
        if best.is_none_or(|(b, _)| shared > b) {
            best = Some((shared, about));
        }
    }
    best.map(|(_, about)| about)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, date: &str, text: &str) -> (Document, Extraction) {
        let d = Document {
            id: id.into(),
            text: text.into(),
            date: Some(date.into()),
            ..Default::default()
        };
        let x = frontera_core::extract(&d);
        (d, x)
    }

    fn run(docs: &[(Document, Extraction)]) -> Vec<Measure> {
        let refs: Vec<(&Document, &Extraction)> = docs.iter().map(|(d, x)| (d, x)).collect();
        ledger(&refs)
    }

    #[test]
    fn groups_the_same_measure_across_articles() {
        let docs = vec![
            doc("a", "2011-02-01", "Floods killed 830 people across the valley in 2010, officials said. The dam cost $3 billion."),
            doc("b", "2011-03-01", "The flood death toll in the valley reached 790 in 2010. Tourism fell 12 percent."),
            doc("c", "2011-04-01", "Some 410 teachers went on strike on Monday."),
        ];
        let m = run(&docs);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].claims.len(), 2);
        assert_eq!(m[0].period.as_deref(), Some("2010"));
        assert_eq!(m[0].claims[0].doc, "a");
        assert_eq!(m[0].claims[1].value, 790.0);
        // Named by a figure's own phrase, not a bag of stems.
        assert_eq!(
            m[0].measure,
            "deaths \u{2014} people killed across the valley (2010)"
        );
    }

    #[test]
    fn a_measure_is_named_by_its_most_shared_phrase() {
        let docs = vec![
            doc("a", "2010-01-01", "Smugglers carry $9 billion in drug cash south across the border each year."),
            doc("b", "2010-02-01", "Police estimate that $6 billion to $8 billion in drug cash is smuggled south annually."),
        ];
        let m = run(&docs);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(
            m[0].measure,
            "money \u{2014} in drug cash south across the border (yearly)"
        );
    }

    #[test]
    fn yearly_rates_group_apart_from_one_off_amounts() {
        let docs = vec![
            doc("a", "2010-01-01", "Smugglers carry $9 billion in cash south across the border each year."),
            doc("b", "2010-02-01", "Police estimate that $6 billion to $8 billion in drug cash is smuggled south annually."),
            doc("c", "2010-03-01", "The port cost $7 billion to build, the city said."),
        ];
        let m = run(&docs);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].period.as_deref(), Some("annual"));
        let docs_in: Vec<&str> = m[0].claims.iter().map(|c| c.doc.as_str()).collect();
        assert_eq!(docs_in, vec!["a", "b"]);
        assert_eq!(m[0].claims[1].value_high, Some(8e9));
    }

    #[test]
    fn different_years_and_kinds_do_not_mix() {
        let docs = vec![
            doc(
                "a",
                "2009-01-01",
                "Storms killed 120 people in the province in 2007.",
            ),
            doc(
                "b",
                "2009-01-01",
                "Storms killed 300 people in the province in 2008.",
            ),
            doc(
                "c",
                "2009-01-01",
                "About 70 percent of the rifles seized came from abroad.",
            ),
            doc(
                "d",
                "2009-01-01",
                "Over 80 percent of the guns seized were traced to foreign shops.",
            ),
        ];
        let m = run(&docs);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].unit, "percent");
    }

    #[test]
    fn figures_far_apart_in_size_measure_different_things() {
        let docs = vec![
            doc(
                "a",
                "2011-01-01",
                "Floods killed 12 people in the river town in 2010.",
            ),
            doc(
                "b",
                "2011-01-01",
                "Floods killed 900 people across the country in 2010.",
            ),
        ];
        assert!(run(&docs).is_empty());
    }

    #[test]
    fn no_groups_from_one_article_or_none() {
        assert!(run(&[]).is_empty());
        let docs = vec![doc(
            "a",
            "2010-01-01",
            "Floods killed 830 people in 2010. Floods killed 800 people in 2010.",
        )];
        assert!(run(&docs).is_empty());
    }
}
