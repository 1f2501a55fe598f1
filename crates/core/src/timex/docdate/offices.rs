//! Titles as clocks: "President Felipe Calderón", "Gov. Jan Brewer", "Attorney General
//! Eric Holder". News gives a person the title held when it was written, so a titled name
//! bounds the publication date by that term of office; "former President Vicente Fox"
//! puts it after the term, and "Calderón vowed a year and a half ago" (the president
//! vowing) at least that long after the term began. Terms come from `data/offices.tsv`.
//!
//! Not read: "then-President", "the late", "under President", "President-elect" (the
//! title is not the current one), and titled names in a sentence that names a year of its own ("In 2007,
//! President Bush ..."), where the title may be that year's.

use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::relations::{months_of, HintKind, YearHint};
use super::{is_word_at, sentence, year_of};
use crate::entities::lexicon::fold_into;
use crate::model::Span;
use crate::timex::lexicon::Unit;
use crate::timex::scan::{Dir, Expr, Found, Scanner};
use crate::wordkey::{key, Key};

/// The table as `build.rs` leaves it: rows only, documentation columns dropped.
static SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/offices.tsv"));

/// How much a year outside a named term loses.
const TERM: f32 = 1.5;
/// How much a year before the end of a former holder's term loses.
const FORMER: f32 = 1.0;
/// "President X vowed two years ago": the year that long after the term began.
const SINCE_TERM_BEGAN: f32 = 1.0;
/// "a leader who took office two weeks ago": the story that long after the term began.
const TOOK_OFFICE: f32 = 2.0;
/// Past events named relative to the story lie this close after a titled act.
const AGO_WINDOW_TOKENS: usize = 12;

/// One term of one office holder.
#[derive(Debug)]
struct Term {
    /// Folded title phrases, each a list of words.
    titles: Vec<Vec<String>>,
    /// Folded surnames, each a list of words (the last word is the table's key).
    surnames: Vec<Vec<String>>,
    /// The same surnames as the table writes them ("Calderón").
    written_surnames: Vec<String>,
    /// Folded given names and initials that may stand between title and surname.
    given: Vec<String>,
    from: NaiveDate,
    to: NaiveDate,
}

struct Table {
    terms: Vec<Term>,
    /// The last word of every surname, as a word key ([`crate::wordkey`]) of its
    /// lowercased spelling and of its folded one ("calderón", "calderon"), with the term it
    /// may belong to; sorted, so that a token is looked up without folding or allocating.
    by_last_word: Vec<(Key, usize)>,
}

impl Table {
    /// The terms whose surname may end with the word of key `k`.
    fn terms_ending(&self, k: Key) -> impl Iterator<Item = usize> + '_ {
        let from = self.by_last_word.partition_point(|&(x, _)| x < k);
        self.by_last_word[from..]
            .iter()
            .take_while(move |&&(x, _)| x == k)
            .map(|&(_, id)| id)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(SOURCE))
}

pub(super) fn folded_words(s: &str) -> Vec<String> {
    let mut out = String::new();
    fold_into(s, &mut out);
    out.split_whitespace().map(str::to_owned).collect()
}

/// `YYYY-MM-DD`, as the table writes its dates. By hand rather than `NaiveDate`'s `FromStr`,
/// which brings chrono's whole format parser into the wasm (about 11 KB).
pub(super) fn iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

fn parse(source: &str) -> Table {
    let mut terms = Vec::new();
    for cols in rows(source) {
        let (Some(titles), Some(surnames), Some(given), Some(from), Some(to)) = (
            cols.first(),
            cols.get(1),
            cols.get(2),
            cols.get(3).and_then(|d| iso_date(d)),
            cols.get(4).and_then(|d| iso_date(d)),
        ) else {
            continue;
        };
        terms.push(Term {
            titles: titles.split('|').map(folded_words).collect(),
            surnames: surnames.split('|').map(folded_words).collect(),
            written_surnames: surnames.split('|').map(str::to_owned).collect(),
            given: folded_words(given),
            from,
            to,
        });
    }
    let mut by_last_word: Vec<(Key, usize)> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        for written in &t.written_surnames {
            if let Some(last) = written.split_whitespace().last() {
                by_last_word.extend(word_keys(last).map(|k| (k, i)));
            }
        }
    }
    by_last_word.sort_unstable();
    by_last_word.dedup();
    Table {
        terms,
        by_last_word,
    }
}

/// The rows of a table as `build.rs` embeds it (rows only, no comments), split into columns.
pub(super) fn rows(source: &str) -> impl Iterator<Item = Vec<&str>> {
    source
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// The word keys ([`crate::wordkey`]) a table word may meet in a text: of its lowercased
/// spelling and of its folded one ("calderón", "calderon"), so that a token is looked up
/// without folding or allocating.
pub(super) fn word_keys(written: &str) -> impl Iterator<Item = Key> {
    let lowered = written.to_lowercase();
    let mut folded = String::new();
    fold_into(written, &mut folded);
    let (a, b) = (key(&lowered), key(&folded));
    a.into_iter().chain(b.filter(|&b| Some(b) != a))
}

/// "Barack Obama", "Genaro García Luna": a given name and surname of someone in the table
/// of office holders (folded words), which names a person whatever else the text says.
pub(crate) fn is_known_office_holder(given: &str, surname: &str) -> bool {
    let table = table();
    key(surname).is_some_and(|k| {
        table
            .terms_ending(k)
            .filter_map(|id| table.terms.get(id))
            .any(|t| t.given.iter().any(|g| g == given))
    })
}

/// How the title stands to the time of writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Current,
    Former,
}

/// A titled name found in the text: the span of title and name, the terms it may mean.
#[derive(Debug)]
struct Titled {
    first: usize,
    end: usize,
    tense: Tense,
    from: NaiveDate,
    to: NaiveDate,
}

/// The year hints that titled names give, for [`super::year`] and [`super::placement`].
pub(super) fn office_hints(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>]) -> Vec<YearHint> {
    let table = table();
    let mut hints: Vec<YearHint> = Vec::new();
    // One hint per term, however often the holder is named.
    let mut seen: Vec<(NaiveDate, NaiveDate, Tense)> = Vec::new();
    let mut buf = String::new();
    let mut ids: Vec<usize> = Vec::new();
    let toks = &sc.analysis.tokens;
    for (i, t) in toks.iter().enumerate() {
        if !t.capitalised {
            continue;
        }
        let Some(k) = key(sc.word(i)) else {
            continue;
        };
        ids.clear();
        ids.extend(table.terms_ending(k));
        if ids.is_empty() {
            continue;
        }
        let Some(m) = titled_at(sc, table, &ids, i, &mut buf) else {
            continue;
        };
        // "since President Calderón launched his offensive in 2006" counts to now: the
        // title is still held.
        let since = (m.first.saturating_sub(2)..m.first).any(|j| is_word_at(sc, j, &["since"]));
        if !since && names_own_year(sc, found, dirs, m.first) {
            continue;
        }
        let span = Span::new(
            toks.get(m.first).map_or(0, |t| t.start),
            toks.get(m.end - 1).map_or(0, |t| t.end),
        );
        if m.tense == Tense::Current {
            if let Some(h) = since_term_began(sc, found, &m, span) {
                hints.extend(h);
            }
        }
        if seen.contains(&(m.from, m.to, m.tense)) {
            continue;
        }
        seen.push((m.from, m.to, m.tense));
        hints.push(match m.tense {
            Tense::Current => YearHint {
                kind: HintKind::Term {
                    from: m.from,
                    to: m.to,
                },
                year: m.from.year(),
                weight: TERM,
                span,
                days: None,
            },
            Tense::Former => YearHint {
                kind: HintKind::After { from: m.to },
                year: m.to.year(),
                weight: FORMER,
                span,
                days: None,
            },
        });
    }
    hints
}

/// The titled name whose surname ends at token `last`, if the words before it are a
/// title of one of `ids`' terms and given names that term's holder bears.
fn titled_at(
    sc: &Scanner,
    table: &Table,
    ids: &[usize],
    last: usize,
    buf: &mut String,
) -> Option<Titled> {
    let mut best: Option<(usize, Titled)> = None;
    for &id in ids {
        let term = table.terms.get(id)?;
        for surname in &term.surnames {
            let Some(first) = (last + 1).checked_sub(surname.len()) else {
                continue;
            };
            if !words_at(sc, first, surname, buf) {
                continue;
            }
            // Given names and initials ("Felipe", "George W.", "Hillary Rodham").
            let mut j = first;
            while j > 0 && first - j < 4 {
                let w = sc.word(j - 1);
                fold_into(w, buf);
                let given = sc.analysis.tokens.get(j - 1).is_some_and(|t| t.capitalised)
                    && term.given.iter().any(|g| g == buf);
                if !given {
                    break;
                }
                j -= 1;
            }
            // "Gov." is a word and its period.
            let title_end = if j > 0 && sc.word(j - 1) == "." {
                j - 1
            } else {
                j
            };
            for title in &term.titles {
                let Some(title_first) = title_end.checked_sub(title.len()) else {
                    continue;
                };
                if title.is_empty() || !words_at(sc, title_first, title, buf) {
                    continue;
                }
                let tense = tense_before(sc, title_first, buf)?;
                // The longest title decides between terms ("Vice President Biden").
                if best.as_ref().is_none_or(|(len, _)| title.len() > *len) {
                    best = Some((
                        title.len(),
                        Titled {
                            first: title_first,
                            end: last + 1,
                            tense,
                            from: term.from,
                            to: term.to,
                        },
                    ));
                } else if let Some((len, b)) = best.as_mut() {
                    // Equally specific readings (two Presidents Bush): their union.
                    if title.len() == *len && b.tense == tense {
                        b.from = b.from.min(term.from);
                        b.to = b.to.max(term.to);
                    }
                }
            }
        }
    }
    best.map(|(_, t)| t)
}

/// The tokens from `first` on are `words` (folded).
pub(super) fn words_at(sc: &Scanner, first: usize, words: &[String], buf: &mut String) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        fold_into(sc.word(first + k), buf);
        buf == w
    })
}

/// Whether the title before `title_first` is current or former; None when it is neither
/// ("then-President", "the late", "under President Bush"; "President-elect" never
/// reaches here, its last word not being a title).
fn tense_before(sc: &Scanner, title_first: usize, buf: &mut String) -> Option<Tense> {
    // "former Mexican President", "ex-President", "then-Gov.": up to three words back.
    let mut j = title_first;
    while j > 0 && title_first - j < 3 {
        fold_into(sc.word(j - 1), buf);
        match buf.as_str() {
            "former" | "ex" => return Some(Tense::Former),
            // "begun under President Bush": a past administration, named by its title.
            "then" | "late" | "under" | "during" => return None,
            "-" => {}
            _ if sc
                .analysis
                .tokens
                .get(j - 1)
                .is_some_and(|t| t.capitalised || sc.word(j - 1).ends_with("'s")) => {}
            _ => break,
        }
        j -= 1;
    }
    Some(Tense::Current)
}

/// "In 2007, President Bush signed ...": the sentence dates itself, and the title may be
/// that year's rather than the story's.
fn names_own_year(sc: &Scanner, found: &[Found], dirs: &[Option<Dir>], token: usize) -> bool {
    let s = sc.analysis.sentence_of_token(token);
    found.iter().enumerate().any(|(k, f)| {
        year_of(&f.expr).is_some()
            && Some(sentence(sc, f)) == s
            && dirs.get(k).copied().flatten() != Some(Dir::Future)
    })
}

/// "President Felipe Calderón vowed a year and a half ago": the holder acted in office,
/// so the story is at least that long after the term began; "a leader who took office
/// less than two weeks ago": that long after, to the day.
fn since_term_began(
    sc: &Scanner,
    found: &[Found],
    m: &Titled,
    span: Span,
) -> Option<[YearHint; 2]> {
    let s = sc.analysis.sentence_of_token(m.first)?;
    let (ago, took_office) = found.iter().find_map(|f| {
        let Expr::Ago { .. } = f.expr else {
            return None;
        };
        if f.first < m.end || sentence(sc, f) != s {
            return None;
        }
        let took_office = (m.end..f.first).any(|j| names_taking_office(sc, j));
        (took_office || f.first - m.end <= AGO_WINDOW_TOKENS).then_some((f, took_office))
    })?;
    let Expr::Ago { unit, halves } = ago.expr else {
        return None;
    };
    let floor = match unit {
        Unit::Day => m.from.checked_add_days(Days::new(u64::from(halves / 2)))?,
        Unit::Week => m
            .from
            .checked_add_days(Days::new(u64::from(halves * 7 / 2)))?,
        _ => {
            let months = months_of(unit, halves)?;
            // An act before the term ("the cartel was founded two decades ago") is not
            // the holder's.
            let term_months = (m.to.year() - m.from.year()) * 12 + 12;
            if months > term_months {
                return None;
            }
            m.from
                .checked_add_months(Months::new(u32::try_from(months).ok()?))?
        }
    };
    // Taking office is a day; any other act lies somewhere in the term, the story soon
    // after the earliest day it can be.
    let (from, to, weight) = if took_office {
        (
            floor.checked_sub_days(Days::new(7))?,
            floor.checked_add_days(Days::new(7))?,
            TOOK_OFFICE,
        )
    } else {
        (
            floor,
            floor.checked_add_days(Days::new(30))?,
            SINCE_TERM_BEGAN / 2.0,
        )
    };
    Some([
        YearHint {
            kind: HintKind::After { from },
            year: from.year(),
            weight: SINCE_TERM_BEGAN,
            span,
            days: None,
        },
        YearHint {
            kind: HintKind::AtLeast,
            year: from.year(),
            weight: SINCE_TERM_BEGAN,
            span,
            days: Some((from, to, weight)),
        },
    ])
}

/// "took office", "taking office", "was sworn in", "was inaugurated" at token `j`.
fn names_taking_office(sc: &Scanner, j: usize) -> bool {
    let before = |words: &[&str]| j > 0 && is_word_at(sc, j - 1, words);
    (is_word_at(sc, j, &["office"]) && before(&["took", "taking", "assumed", "entered"]))
        || (is_word_at(sc, j, &["in"]) && before(&["sworn"]))
        || is_word_at(sc, j, &["inaugurated"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Analysis;
    use crate::timex::extract;

    /// The inferred publication date of an undated text.
    fn doc_date(text: &str) -> String {
        let a = Analysis::new(text);
        extract(&a, None).0.value.unwrap_or_default()
    }

    #[test]
    fn titled_names_alone_place_a_story_with_no_year() {
        let text = "Homeland Security Secretary Janet Napolitano and Attorney General Eric \
            Holder met Mexican Attorney General Eduardo Medina Mora on Wednesday. They \
            talked about guns and cash moving south. Napolitano said more agents would go \
            to the border next month.";
        assert_eq!(doc_date(text).get(..4), Some("2009"), "{}", doc_date(text));
    }

    #[test]
    fn a_holder_acting_some_time_ago_dates_the_story_from_the_term() {
        let text = "Since Mexican President Felipe Calderon sent soldiers into the streets \
            two years ago, the killings have not stopped. Residents say they no longer go \
            out at night.";
        let got = doc_date(text);
        assert!(
            got.starts_with("2008-12") || got.starts_with("2009-01"),
            "{got}"
        );
    }

    #[test]
    fn former_then_under_and_dated_titles_do_not_bound_the_story() {
        // Each names a title that is not the one held at the time of writing.
        let text = "Last year, in 2010, the program grew. Then-President George W. Bush \
            began it. It grew under President Bush. In 2007, President Bush \
            asked Congress for money. Former President Vicente Fox criticised it.";
        let got = doc_date(text);
        assert_eq!(got.get(..4), Some("2011"), "{got}");
        let a = Analysis::new(text);
        let sc = Scanner::new(&a);
        let found = sc.scan();
        let dirs: Vec<Option<Dir>> = found.iter().map(|f| f.dir).collect();
        let hints = office_hints(&sc, &found, &dirs);
        // Only Fox's former title is read: after his term.
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert!(matches!(hints[0].kind, HintKind::After { .. }));
    }

    #[test]
    fn a_reuters_dateline_with_the_news_of_the_day_before_and_titles_finds_its_year() {
        // Filed Friday 26 August 2011 about an attack "on Thursday"; the ambassador took
        // office that month, the president counted "since" his offensive began.
        let text = "MONTERREY, Mexico, Aug 26 (Reuters) - Gunmen set fire to a casino on \
            Thursday, in the worst attack since President Felipe Calderon launched his \
            offensive in late 2006. \"This is an act of terror,\" U.S. Ambassador Earl \
            Anthony Wayne said.";
        assert_eq!(doc_date(text), "2011-08-26");
    }

    #[test]
    fn a_president_elect_places_the_story_between_election_and_inauguration() {
        let text = "President-elect Barack Obama named his team on Monday. Attorney General \
            Michael Mukasey said the handover would be smooth.";
        let got = doc_date(text);
        assert!(
            got.starts_with("2008-1") || got.starts_with("2009-01"),
            "{got}"
        );
    }

    #[test]
    fn the_longest_title_and_the_given_names_choose_the_holder() {
        let text = "Vice President Joe Biden spoke. Secretary of State Hillary Rodham \
            Clinton spoke. President George H.W. Bush was not there.";
        let a = Analysis::new(text);
        let sc = Scanner::new(&a);
        let found = sc.scan();
        let dirs: Vec<Option<Dir>> = found.iter().map(|f| f.dir).collect();
        let terms: Vec<(i32, i32)> = office_hints(&sc, &found, &dirs)
            .iter()
            .filter_map(|h| match h.kind {
                HintKind::Term { from, to } => Some((from.year(), to.year())),
                _ => None,
            })
            .collect();
        assert_eq!(terms, vec![(2009, 2017), (2009, 2013), (1989, 1993)]);
    }

    #[test]
    fn office_holders_are_known_by_given_name_and_surname() {
        assert!(is_known_office_holder("barack", "obama"));
        assert!(is_known_office_holder("genaro", "luna"));
        assert!(!is_known_office_holder("michelle", "obama"));
    }

    #[test]
    fn the_table_parses_every_row() {
        let t = table();
        let rows = SOURCE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(t.terms.len(), rows);
        assert!(t
            .terms
            .iter()
            .all(|t| t.from < t.to && !t.titles.is_empty()));
        for w in ["calderon", "calderón", "mora", "obama"] {
            let k = key(w).expect("a short word");
            assert!(t.terms_ending(k).next().is_some(), "{w}");
        }
        // The hand parser reads the table's dates as chrono's does.
        for l in SOURCE.lines().filter(|l| !l.starts_with('#')) {
            for d in l.split('\t').skip(3).take(2) {
                assert_eq!(iso_date(d), d.parse::<NaiveDate>().ok(), "{d}");
            }
        }
        assert_eq!(iso_date("2009-02-30"), None);
    }
}
