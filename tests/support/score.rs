//! A Rust port of the shared scorer (`score.py`, see FORMAT.md "Scoring"), so that the
//! golden test runs under plain `cargo test` with no Python and no `../shared`.
//! Keep it faithful: the same normalisation and the same one-to-one matching.

use frontera_core::{Extraction, Timex};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub id: String,
    pub text: String,
    pub doc_date: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub timex: Vec<GoldTimex>,
    #[serde(default)]
    pub quantities: Vec<GoldQuantity>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub canonical: String,
    pub mentions: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldTimex {
    pub text: String,
    pub value: String,
}

#[derive(Debug, Deserialize)]
pub struct GoldQuantity {
    pub text: String,
    pub kind: String,
    pub value: f64,
}

#[derive(Debug, Deserialize)]
pub struct GoldQuote {
    pub speaker: String,
    pub text_start: String,
}

/// Counts of one metric; `misses` and `false_hits` name the errors for the failure message.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
    pub split: usize,
    pub misses: Vec<String>,
    pub false_hits: Vec<String>,
}

impl Tally {
    pub fn f1(&self) -> f64 {
        let p = if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        };
        let r = if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            1.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

pub const TYPES: [&str; 3] = ["PERSON", "ORG", "PLACE"];
pub const KINDS: [&str; 4] = ["deaths", "money", "percent", "count"];

/// The scorer's `norm`: strip accents, casefold, drop periods, a trailing "'s" and a
/// leading "the", turn other punctuation into spaces.
pub fn norm(s: &str) -> String {
    let s: String = s.nfkd().filter(|c| !is_combining(*c)).collect();
    let s = s.to_lowercase().replace('\u{2019}', "'").replace('.', "");
    let s = s.trim();
    let s = s.strip_suffix("'s").unwrap_or(s);
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() || "&'-".contains(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    let joined = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .strip_prefix("the ")
        .map(str::to_owned)
        .unwrap_or(joined)
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Whether `needle` stands in `hay` as whole words.
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before_ok = i == 0 || hay[..i].ends_with(' ');
        let after = i + needle.len();
        let after_ok = after == hay.len() || hay[after..].starts_with(' ');
        before_ok && after_ok
    })
}

pub fn mention_match(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.split(' ').count() >= 2 && contains_words(long, short)
}

pub fn score_entities(gold: &Gold, pred: &Extraction, per_type: &mut [Tally; 3]) {
    let gold_sets: Vec<(&str, Vec<String>)> = gold
        .entities
        .iter()
        .map(|e| {
            let mut ms: Vec<String> = e.mentions.iter().map(|m| norm(m)).collect();
            ms.push(norm(&e.canonical));
            (e.kind.as_str(), ms)
        })
        .collect();
    let scored: Vec<(usize, &(&str, Vec<String>))> = gold_sets
        .iter()
        .filter(|(t, _)| TYPES.contains(t))
        .enumerate()
        .collect();
    let misc: Vec<&Vec<String>> = gold_sets
        .iter()
        .filter(|(t, _)| !TYPES.contains(t))
        .map(|(_, ms)| ms)
        .collect();
    let mut credited = vec![false; scored.len()];
    for e in &pred.entities {
        let t = e.kind.as_str();
        let Some(ti) = TYPES.iter().position(|x| *x == t) else {
            continue;
        };
        let mut pms: Vec<String> = e.mentions.iter().map(|m| norm(&m.text)).collect();
        pms.push(norm(&e.canonical));
        let matches =
            |gms: &Vec<String>| pms.iter().any(|a| gms.iter().any(|b| mention_match(a, b)));
        let mut hit: Option<isize> = None;
        for (i, (gt, gms)) in &scored {
            if *gt == t && matches(gms) {
                if !credited[*i] {
                    hit = Some(*i as isize);
                    break;
                }
                hit.get_or_insert(-1);
            }
        }
        if hit.is_none() && misc.iter().any(|ms| matches(ms)) {
            continue;
        }
        let tally = &mut per_type[ti];
        tally.pred += 1;
        match hit {
            Some(i) if i >= 0 => {
                credited[i as usize] = true;
                tally.tp += 1;
            }
            Some(_) => tally.split += 1,
            None => tally
                .false_hits
                .push(format!("{}: {}", gold.id, e.canonical)),
        }
    }
    for (i, (gt, gms)) in &scored {
        let ti = TYPES.iter().position(|x| x == gt).unwrap_or(0);
        per_type[ti].gold += 1;
        if !credited[*i] {
            per_type[ti]
                .misses
                .push(format!("{}: {}", gold.id, gms[gms.len() - 1]));
        }
    }
}

pub fn is_duration(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() > 1 && b[0] == b'P' && (b[1].is_ascii_digit() || b[1] == b'T' || b[1] == b'X')
}

fn overlap(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (a == b || contains_words(&b, &a) || contains_words(&a, &b))
}

/// Timex extraction tally and value tally (`tp` counts matches with the right value),
/// for dates (`durations == false`) or durations.
pub fn score_timex(
    gold: &Gold,
    pred: &[Timex],
    durations: bool,
    found: &mut Tally,
    valued: &mut Tally,
) {
    let g: Vec<&GoldTimex> = gold
        .timex
        .iter()
        .filter(|t| is_duration(&t.value) == durations)
        .collect();
    let p: Vec<&Timex> = pred
        .iter()
        .filter(|t| !t.text.is_empty() && is_duration(&t.value) == durations)
        .collect();
    let mut used = vec![false; p.len()];
    for gt in &g {
        let mut matched = false;
        for (j, pt) in p.iter().enumerate() {
            if used[j] || !overlap(&gt.text, &pt.text) {
                continue;
            }
            used[j] = true;
            matched = true;
            found.tp += 1;
            if pt.value == gt.value {
                valued.tp += 1;
            } else {
                valued.misses.push(format!(
                    "{}: {:?} gold {} got {}",
                    gold.id, gt.text, gt.value, pt.value
                ));
            }
            break;
        }
        if !matched {
            found.misses.push(format!("{}: {:?}", gold.id, gt.text));
        }
    }
    for (j, pt) in p.iter().enumerate() {
        if !used[j] {
            found.false_hits.push(format!("{}: {:?}", gold.id, pt.text));
        }
    }
    for t in [found, valued] {
        t.gold += g.len();
        t.pred += p.len();
    }
}

pub fn score_quantities(gold: &Gold, pred: &Extraction, per_kind: &mut [Tally; 4]) {
    let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * a.abs().max(b.abs()).max(1e-9);
    let mut used = vec![false; pred.quantities.len()];
    for g in &gold.quantities {
        let Some(ki) = KINDS.iter().position(|k| *k == g.kind) else {
            continue;
        };
        per_kind[ki].gold += 1;
        let found =
            pred.quantities.iter().enumerate().position(|(j, p)| {
                !used[j] && p.kind.as_str() == g.kind && close(p.value, g.value)
            });
        match found {
            Some(j) => {
                used[j] = true;
                per_kind[ki].tp += 1;
            }
            None => per_kind[ki]
                .misses
                .push(format!("{}: {} {:?}", gold.id, g.value, g.text)),
        }
    }
    for (j, p) in pred.quantities.iter().enumerate() {
        let ki = KINDS
            .iter()
            .position(|k| *k == p.kind.as_str())
            .unwrap_or(0);
        per_kind[ki].pred += 1;
        if !used[j] {
            per_kind[ki]
                .false_hits
                .push(format!("{}: {} {:?}", gold.id, p.value, p.text));
        }
    }
}

pub fn score_quotes(gold: &Gold, pred: &Extraction, tally: &mut Tally) {
    let mut used = vec![false; pred.quotes.len()];
    for g in &gold.quotes {
        tally.gold += 1;
        let start: String = norm(&g.text_start).chars().take(20).collect();
        let gs = norm(&g.speaker);
        let found = pred.quotes.iter().enumerate().position(|(j, p)| {
            let head: String = norm(&p.text).chars().take(60).collect();
            let ps = norm(&p.speaker);
            !used[j]
                && !start.is_empty()
                && head.contains(&start)
                && (mention_match(&ps, &gs)
                    || gs.split(' ').next_back() == ps.split(' ').next_back())
        });
        match found {
            Some(j) => {
                used[j] = true;
                tally.tp += 1;
            }
            None => tally
                .misses
                .push(format!("{}: {} {:?}", gold.id, g.speaker, g.text_start)),
        }
    }
    tally.pred += pred.quotes.len();
}
