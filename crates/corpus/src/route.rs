//! The explorer's view as the parameters of a URL fragment (`#/?q=…&f=…&doc=…`), so a view
//! can be bookmarked, shared and restored, and back/forward work from any static host (a
//! fragment never reaches the server, so no rewrites are needed under a sub-path).
//!
//! Identifiers are chosen to survive changes to the corpus (articles imported, dates
//! corrected): an article by its id, an entity by its kind and name key
//! (`person:felipe-calderon`), a time range by ISO dates, a sentence by its byte offset in
//! its article. What no longer resolves is dropped rather than guessed.
//!
//! Parameters, in this order:
//! - `q`: the text search, as typed;
//! - `f` (repeated, in the order chosen): `person:KEY`, `org:KEY`, `place:KEY`, `year:2009`,
//!   `article:ID`, `time:2009-03-01..2009-06-01` (end exclusive);
//! - `e`: the entity whose page is open (`person:KEY`);
//! - `pair`: the co-occurring pair whose shared sentences are listed
//!   (`person:KEY,org:KEY`, in corpus order);
//! - `co`: how "who appears with whom" shows, when not as the default matrix counting
//!   shared sentences: `list`, `articles` or `list,articles`;
//! - `zoom`: the timeline's window, `2009-03-01..2009-06-01` (end exclusive);
//! - `doc`: the article in the reader; `s`: the byte offset of its focused sentence.

use frontera_core::{EntityType, Span};

use crate::cooccur::Basis;
use crate::normalize::name_key;
use crate::timeline::{civil_from_days, days_from_civil};
use crate::{Corpus, Filter};

/// Everything of a view that a URL restores, in corpus indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    pub query: String,
    pub filters: Vec<Filter>,
    pub entity: Option<usize>,
    /// Two different entities, the lower index first.
    pub pair: Option<(usize, usize)>,
    /// What the co-occurrence counts: shared sentences or shared articles.
    pub basis: Basis,
    /// The co-occurrence as a ranked list of pairs rather than a matrix.
    pub pair_list: bool,
    /// The timeline's window in days `[start, end)`.
    pub zoom: Option<(i64, i64)>,
    pub doc: Option<usize>,
    /// The focused sentence of `doc`.
    pub focus: Option<Span>,
}

/// The fragment for `view`: `#/?…`, or `#/` for the default view.
pub fn fragment(corpus: &Corpus, view: &View) -> String {
    let params = encode(corpus, view);
    if params.is_empty() {
        "#/".to_owned()
    } else {
        format!("#/?{params}")
    }
}

/// The parameters of a fragment: `#/?a=b` → `a=b` (also accepts `#?a=b`, `#a=b`, `?a=b`).
pub fn params_of(fragment: &str) -> &str {
    let s = fragment.strip_prefix('#').unwrap_or(fragment);
    let s = s.strip_prefix('/').unwrap_or(s);
    s.strip_prefix('?').unwrap_or(s)
}

/// The query-string parameters for `view` (empty for the default view).
pub fn encode(corpus: &Corpus, view: &View) -> String {
    let mut out = Vec::new();
    if !view.query.trim().is_empty() {
        out.push(format!("q={}", escape(&view.query)));
    }
    for &f in &view.filters {
        if let Some(v) = filter_param(corpus, f) {
            out.push(format!("f={}", escape(&v)));
        }
    }
    if let Some(key) = view.entity.and_then(|e| corpus.entity_key(e)) {
        out.push(format!("e={}", escape(&key)));
    }
    if let Some((a, b)) = view.pair {
        if let (Some(a), Some(b)) = (corpus.entity_key(a), corpus.entity_key(b)) {
            // Keys never hold a comma, so it can part them unescaped.
            out.push(format!("pair={},{}", escape(&a), escape(&b)));
        }
    }
    let co: Vec<&str> = [
        view.pair_list.then_some("list"),
        (view.basis == Basis::Articles).then_some("articles"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !co.is_empty() {
        out.push(format!("co={}", co.join(",")));
    }
    if let Some((a, b)) = view.zoom.filter(|(a, b)| a < b) {
        out.push(format!("zoom={}..{}", iso(a), iso(b)));
    }
    if let Some(a) = view.doc.and_then(|d| corpus.articles.get(d)) {
        out.push(format!("doc={}", escape(&a.doc.id)));
        if let Some(s) = view.focus {
            out.push(format!("s={}", s.start));
        }
    }
    out.join("&")
}

/// The view a fragment's parameters describe, against `corpus`. Unknown parameters and
/// values that no longer resolve are ignored; never fails.
pub fn decode(corpus: &Corpus, params: &str) -> View {
    let mut view = View::default();
    let mut focus_at = None;
    for pair in params.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = unescape(v);
        match k {
            "q" => view.query = v,
            "f" => {
                if let Some(f) = parse_filter(corpus, &v) {
                    if !view.filters.contains(&f) {
                        view.filters.push(f);
                    }
                }
            }
            "e" => view.entity = corpus.find_entity_key(&v),
            "pair" => view.pair = parse_pair(corpus, &v),
            "co" => {
                for word in v.split(',') {
                    match word {
                        "list" => view.pair_list = true,
                        "matrix" => view.pair_list = false,
                        "articles" => view.basis = Basis::Articles,
                        "sentences" => view.basis = Basis::Sentences,
                        _ => {}
                    }
                }
            }
            "zoom" => view.zoom = parse_days(&v),
            "doc" => view.doc = corpus.articles.iter().position(|a| a.doc.id == v),
            "s" => focus_at = v.parse::<usize>().ok(),
            _ => {}
        }
    }
    if let (Some(d), Some(at)) = (view.doc, focus_at) {
        // Only a sentence that starts there: a changed text must not focus a neighbour.
        view.focus = corpus.sentence_at(d, at).filter(|s| s.start == at);
    }
    view
}

impl Corpus {
    /// The stable key of an entity: `person:felipe-calderon`.
    pub fn entity_key(&self, entity: usize) -> Option<String> {
        let e = self.entities.get(entity)?;
        Some(format!(
            "{}:{}",
            kind_name(e.kind),
            name_key(&e.name).replace(' ', "-")
        ))
    }

    /// The entity of a key made by [`Corpus::entity_key`]: the one whose display name has
    /// that key, else one with a spelling of that key (names grow fuller as articles come).
    pub fn find_entity_key(&self, key: &str) -> Option<usize> {
        let (kind, name) = key.split_once(':')?;
        // Folded again, so a key typed by hand ("Ana-Ruiz") finds its entity too.
        let name = name_key(&name.replace('-', " "));
        if name.is_empty() {
            return None;
        }
        let of_kind = || {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| kind_name(e.kind).eq_ignore_ascii_case(kind))
        };
        of_kind()
            .find(|(_, e)| name_key(&e.name) == name)
            .or_else(|| of_kind().find(|(_, e)| e.variants.iter().any(|v| name_key(v) == name)))
            .map(|(i, _)| i)
    }
}

fn kind_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Org => "org",
        EntityType::Place => "place",
        EntityType::Misc => "misc",
    }
}

fn filter_param(corpus: &Corpus, f: Filter) -> Option<String> {
    Some(match f {
        Filter::Entity(e) => corpus.entity_key(e)?,
        Filter::Year(y) => format!("year:{y}"),
        Filter::Article(a) => format!("article:{}", corpus.articles.get(a)?.doc.id),
        Filter::Range(a, b) => format!("time:{}..{}", iso(a), iso(b)),
    })
}

fn parse_filter(corpus: &Corpus, v: &str) -> Option<Filter> {
    let (kind, rest) = v.split_once(':')?;
    match kind {
        "year" => rest.parse().ok().map(Filter::Year),
        "article" => corpus
            .articles
            .iter()
            .position(|a| a.doc.id == rest)
            .map(Filter::Article),
        "time" => parse_days(rest).map(|(a, b)| Filter::Range(a, b)),
        _ => corpus.find_entity_key(v).map(Filter::Entity),
    }
}

/// Two different entities' keys, `KEY,KEY`, as indices in ascending order.
fn parse_pair(corpus: &Corpus, v: &str) -> Option<(usize, usize)> {
    let (a, b) = v.split_once(',')?;
    let (a, b) = (corpus.find_entity_key(a)?, corpus.find_entity_key(b)?);
    (a != b).then(|| (a.min(b), a.max(b)))
}

/// `2009-03-01..2009-06-01` as days `[start, end)`, when start comes first.
fn parse_days(v: &str) -> Option<(i64, i64)> {
    let (a, b) = v.split_once("..")?;
    let (a, b) = (parse_iso(a)?, parse_iso(b)?);
    (a < b).then_some((a, b))
}

fn iso(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn parse_iso(s: &str) -> Option<i64> {
    let mut parts = s.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    let ok = (1..=12).contains(&m) && (1..=31).contains(&d) && (-9999..=9999).contains(&y);
    ok.then(|| days_from_civil(y, m, d))
}

/// Percent-encoding of a parameter value: unreserved characters and `:` stay, a space is
/// `+`, everything else is `%XX` per UTF-8 byte.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The inverse of [`escape`]; malformed `%` sequences are kept as they are and invalid
/// UTF-8 is replaced, never an error.
pub fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(v) = hex {
                    out.push(v);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use EntityType::{Org, Person, Place};

    fn corpus() -> Corpus {
        Corpus::new(vec![
            article(
                "a-1",
                "Felipe Calderón met Ana Ruiz in Tijuana in March 2008. Calderón spoke later.",
                &[
                    (Person, "Felipe Calderón", "Felipe Calderón"),
                    (Person, "Ana Ruiz", "Ana Ruiz"),
                    (Place, "Tijuana", "Tijuana"),
                ],
                &[("March 2008", "2008-03")],
            ),
            article(
                "b/2",
                "The Border Agency hired 300 guards in 2010. Ruiz agreed.",
                &[(Org, "the Border Agency", "Border Agency")],
                &[("2010", "2010")],
            ),
        ])
    }

    fn find(c: &Corpus, name: &str) -> usize {
        c.entities.iter().position(|e| e.name == name).unwrap()
    }

    #[test]
    fn a_full_view_round_trips() {
        let c = corpus();
        let second = c.sentence_at(0, 60).unwrap();
        let view = View {
            query: "\"drug cartels\" & más+".into(),
            filters: vec![
                Filter::Entity(find(&c, "Felipe Calderón")),
                Filter::Year(2010),
                Filter::Article(1),
                Filter::Range(days_from_civil(2008, 3, 1), days_from_civil(2008, 6, 30)),
            ],
            entity: Some(find(&c, "Tijuana")),
            pair: Some((find(&c, "Felipe Calderón"), find(&c, "the Border Agency"))),
            basis: Basis::Articles,
            pair_list: true,
            zoom: Some((days_from_civil(2008, 1, 1), days_from_civil(2008, 7, 15))),
            doc: Some(0),
            focus: Some(second),
        };
        let frag = fragment(&c, &view);
        assert_eq!(decode(&c, params_of(&frag)), view, "{frag}");
        assert!(frag.starts_with("#/?q=%22drug+cartels%22+%26+m%C3%A1s%2B&"));
        assert!(frag.contains("f=person:felipe-calderon&f=year:2010&f=article:b%2F2"));
        assert!(frag.contains(
            "f=time:2008-03-01..2008-06-30&e=place:tijuana\
             &pair=person:felipe-calderon,org:border-agency&co=list,articles&zoom=2008-01-01..2008-07-15&doc=a-1&s="
        ));
    }

    #[test]
    fn the_default_view_is_a_bare_fragment() {
        let c = corpus();
        assert_eq!(fragment(&c, &View::default()), "#/");
        for empty in ["", "#", "#/", "#/?", "?"] {
            assert_eq!(decode(&c, params_of(empty)), View::default(), "{empty:?}");
        }
    }

    #[test]
    fn keys_ignore_case_and_accents_and_accept_any_spelling() {
        let c = corpus();
        let calderon = find(&c, "Felipe Calderón");
        assert_eq!(
            c.entity_key(calderon).as_deref(),
            Some("person:felipe-calderon")
        );
        assert_eq!(c.find_entity_key("person:felipe-calderon"), Some(calderon));
        // A kind must match.
        assert_eq!(c.find_entity_key("place:felipe-calderon"), None);
        let v = decode(&c, "f=org:border-agency&e=PERSON:x");
        assert_eq!(
            v.filters,
            vec![Filter::Entity(find(&c, "the Border Agency"))]
        );
        assert_eq!(v.entity, None);
    }

    #[test]
    fn what_no_longer_resolves_is_dropped() {
        let c = corpus();
        let v = decode(
            &c,
            "f=person:nobody&f=article:gone&f=time:2009-01-01..2008-01-01&f=year:x&doc=gone&s=3&zz=1",
        );
        assert_eq!(v, View::default());
        // A focus offset that is not a sentence start is not moved to a neighbour.
        let v = decode(&c, "doc=a-1&s=5");
        assert_eq!((v.doc, v.focus), (Some(0), None));
        // A repeated filter counts once.
        let v = decode(&c, "f=year:2010&f=year:2010");
        assert_eq!(v.filters, vec![Filter::Year(2010)]);
    }

    #[test]
    fn a_pair_is_two_different_entities_in_either_order_and_a_zoom_two_ordered_dates() {
        let c = corpus();
        let (calderon, ruiz) = (find(&c, "Felipe Calderón"), find(&c, "Ana Ruiz"));
        let both = Some((calderon.min(ruiz), calderon.max(ruiz)));
        for params in [
            "pair=person:felipe-calderon,person:ana-ruiz",
            "pair=person:ana-ruiz,person:felipe-calderon",
            "pair=person:ana-ruiz%2Cperson:felipe-calderon",
            // A fuller name's spelling still finds the entity.
            "pair=PERSON:Ana-Ruiz,person:felipe-calderon",
        ] {
            assert_eq!(decode(&c, params).pair, both, "{params}");
        }
        for params in [
            "pair=person:ana-ruiz,person:ana-ruiz",
            "pair=person:ana-ruiz",
            "pair=person:ana-ruiz,person:nobody",
            "pair=,",
        ] {
            assert_eq!(decode(&c, params).pair, None, "{params}");
        }
        let v = decode(&c, "zoom=2008-03-01..2008-04-01");
        assert_eq!(
            v.zoom,
            Some((days_from_civil(2008, 3, 1), days_from_civil(2008, 4, 1)))
        );
        assert_eq!(
            fragment(&c, &v),
            "#/?zoom=2008-03-01..2008-04-01",
            "a zoom alone"
        );
        for bad in [
            "zoom=2008-04-01..2008-03-01",
            "zoom=2008-03-01..2008-03-01",
            "zoom=2008-13-01..2009-01-01",
            "zoom=2008",
        ] {
            assert_eq!(decode(&c, bad).zoom, None, "{bad}");
        }
        // A pair survives a corpus that grows before it: indices move, keys do not.
        let mut items: Vec<_> = c
            .articles
            .iter()
            .map(|a| (a.doc.clone(), a.extraction.clone()))
            .collect();
        items.insert(
            0,
            article(
                "c",
                "Rosa Díaz and the Port Authority met in Ensenada.",
                &[
                    (Person, "Rosa Díaz", "Rosa Díaz"),
                    (Org, "the Port Authority", "Port Authority"),
                ],
                &[],
            ),
        );
        let grown = Corpus::new(items);
        let frag = fragment(
            &c,
            &decode(&c, "pair=person:ana-ruiz,person:felipe-calderon"),
        );
        let v = decode(&grown, params_of(&frag));
        let (a, b) = v.pair.expect("the pair in the grown corpus");
        let mut names = [
            grown.entities[a].name.as_str(),
            grown.entities[b].name.as_str(),
        ];
        names.sort();
        assert_eq!(names, ["Ana Ruiz", "Felipe Calderón"]);
    }

    #[test]
    fn the_cooccurrence_view_is_named_only_when_not_the_default() {
        let c = corpus();
        let list = View {
            pair_list: true,
            ..View::default()
        };
        assert_eq!(fragment(&c, &list), "#/?co=list");
        let articles = View {
            basis: Basis::Articles,
            ..View::default()
        };
        assert_eq!(fragment(&c, &articles), "#/?co=articles");
        for (params, view) in [
            ("co=list", &list),
            ("co=articles", &articles),
            ("co=matrix,sentences", &View::default()),
            ("co=,bogus", &View::default()),
        ] {
            assert_eq!(&decode(&c, params), view, "{params}");
        }
        assert_eq!(decode(&c, "co=articles,list").basis, Basis::Articles);
        assert!(decode(&c, "co=articles,list").pair_list);
    }

    #[test]
    fn malformed_escapes_never_fail() {
        assert_eq!(unescape("100%"), "100%");
        assert_eq!(unescape("%zz%4"), "%zz%4");
        assert_eq!(unescape("%C3"), "\u{fffd}");
        assert_eq!(unescape(&escape("a b+c/ñ?&=#")), "a b+c/ñ?&=#");
        let c = corpus();
        let _ = decode(
            &c,
            "q=%&f=%%&doc=%FF&s=99999999999999999999&e=:&pair=:,:&zoom=..",
        );
    }
}
