//! The corpus layer: extracted articles gathered into one explorable corpus.
//!
//! [`Corpus::new`] takes every document with its extraction and works out, once:
//! corpus-wide entities ([`identity`]), the years each article mentions and the timeline
//! events ([`timeline`]). Views then ask it for facet rows, matching articles and visible
//! events under a set of [`Filter`]s, and for reader markup ([`highlight`]).
//!
//! Filter semantics: every active filter must hold (AND, within and across facets). An
//! entity or year filter holds for an article that mentions it; an article filter holds
//! for that article. Facet counts are numbers of ARTICLES that satisfy the active filters
//! and contain the row's value.

pub mod claims;
pub mod compact;
pub mod cooccur;
pub mod corrections;
pub mod decimal;
pub mod export;
pub mod highlight;
pub mod identity;
pub mod normalize;
pub mod profile;
pub mod route;
pub mod search;
pub mod timeline;
pub mod workload;

use std::collections::BTreeSet;

use frontera_core::{Document, EntityType, Extraction, Span};

use corrections::{Corrections, Origin};
use highlight::{Highlight, MarkKind};
use identity::{group_keyed, name_groups, Grouping, NameOccurrence};
use timeline::DateSpan;

/// One article with its extraction and what the corpus knows about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub doc: Document,
    pub extraction: Extraction,
    /// Corpus entity of each entity of the extraction (`None` for MISC).
    pub entity_ids: Vec<Option<usize>>,
    /// The corpus entities the article mentions.
    pub entities: BTreeSet<usize>,
    /// Years of the dated sentences of the article.
    pub years: BTreeSet<i32>,
    /// Calendar spans of the dated sentences of the article, sorted.
    pub dates: Vec<DateSpan>,
}

impl Article {
    /// A name for lists: the title, else the source, else the id.
    pub fn label(&self) -> String {
        let nonblank = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        nonblank(&self.doc.title)
            .or_else(|| nonblank(&self.doc.source).map(|s| format!("Untitled ({s})")))
            .unwrap_or_else(|| self.doc.id.clone())
    }
}

/// A person, organisation or place, possibly across several articles.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusEntity {
    pub kind: EntityType,
    /// The display name (fullest, best-spelled canonical name).
    pub name: String,
    /// Every canonical spelling seen, sorted.
    pub variants: Vec<String>,
    /// Articles mentioning it (indices into `Corpus::articles`).
    pub docs: BTreeSet<usize>,
    /// Total mentions across the corpus.
    pub mentions: usize,
    /// The automatic entity it is named after, and the corrections applied to it.
    pub origin: Origin,
}

/// A dated sentence: one per (sentence, calendar value).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub doc: usize,
    pub sentence: Span,
    /// The date expression that places it.
    pub timex: Span,
    pub value: String,
    pub date: DateSpan,
    /// Corpus entities mentioned in the sentence, sorted (a vector: a set per event cost
    /// about 60 bytes more for each of the 180,000 events of 10,000 articles).
    pub entities: Vec<usize>,
}

/// The facets of the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    People,
    Orgs,
    Places,
    Years,
    Articles,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::People,
        Facet::Orgs,
        Facet::Places,
        Facet::Years,
        Facet::Articles,
    ];

    /// The `data-facet` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::People => "people",
            Facet::Orgs => "orgs",
            Facet::Places => "places",
            Facet::Years => "years",
            Facet::Articles => "articles",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Facet::People => "People",
            Facet::Orgs => "Organisations",
            Facet::Places => "Places",
            Facet::Years => "Years mentioned",
            Facet::Articles => "Articles",
        }
    }

    fn entity_type(self) -> Option<EntityType> {
        match self {
            Facet::People => Some(EntityType::Person),
            Facet::Orgs => Some(EntityType::Org),
            Facet::Places => Some(EntityType::Place),
            Facet::Years | Facet::Articles => None,
        }
    }
}

/// One active restriction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Filter {
    Entity(usize),
    Year(i32),
    Article(usize),
    /// Days `[start, end)` (since 1970-01-01): articles with a dated sentence overlapping
    /// them, and only the events that overlap them. Chosen by brushing the timeline.
    Range(i64, i64),
}

/// A facet row: a value, how many articles match the filters and contain it, and
/// whether it is an active filter.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetRow {
    pub filter: Filter,
    pub value: String,
    pub label: String,
    pub count: usize,
    pub active: bool,
}

/// Corpus totals for the header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub people: usize,
    pub orgs: usize,
    pub places: usize,
    pub events: usize,
}

/// What a reader mark stands for: its tooltip and, for names, its corpus entity.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkInfo {
    pub tip: String,
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corpus {
    /// A person's renames and merges, applied to `entities`. First, so that two corpora
    /// that differ by a correction compare unequal at once.
    pub corrections: Corrections,
    pub articles: Vec<Article>,
    pub entities: Vec<CorpusEntity>,
    /// Sorted by date, then article, then position.
    pub events: Vec<Event>,
    /// Each entity's place in facet lists among equal counts: most mentioned first, then
    /// by name.
    entity_rank: Vec<u32>,
    /// Each article's entities and years in flat arrays, for counting facets at scale.
    flat: FlatLists,
}

/// `Eq` although figures hold floats: a corpus is only ever compared with itself or with a
/// rebuilt one, never holds a NaN it must not equal, and `Eq` lets `Rc<Corpus>` compare by
/// pointer first (`Rc`'s `PartialEq` for `Eq` types). The app's components take the corpus
/// as `Rc<Corpus>` props and memo keys: without this, every render compared the whole
/// corpus field by field (seconds at 10,000 articles).
impl Eq for Corpus {}

/// Per-article lists laid out contiguously: counting facets over 10,000 articles reads
/// arrays instead of chasing the nodes of 10,000 B-trees.
#[derive(Debug, Clone, PartialEq, Default)]
struct FlatLists {
    entities: Vec<u32>,
    entity_start: Vec<usize>,
    years: Vec<i32>,
    year_start: Vec<usize>,
    /// Every year of any article, sorted.
    distinct_years: Vec<i32>,
    /// Each article's [`Article::label`], made once.
    labels: Vec<String>,
    /// Each article's (sentence index, corpus entity) of every entity mention, sorted and
    /// each once: co-occurrence counts read these rather than every mention's sentence.
    sentence_entities: Vec<(u32, u32)>,
    sentence_entity_start: Vec<usize>,
}

impl FlatLists {
    fn new(articles: &[Article]) -> FlatLists {
        let mut f = FlatLists::default();
        for a in articles {
            f.entity_start.push(f.entities.len());
            f.entities.extend(a.entities.iter().map(|&e| e as u32));
            f.year_start.push(f.years.len());
            f.years.extend(a.years.iter().copied());
            f.labels.push(a.label());
            f.sentence_entity_start.push(f.sentence_entities.len());
            let from = f.sentence_entities.len();
            let x = &a.extraction;
            for (ent, id) in x.entities.iter().zip(&a.entity_ids) {
                let Some(e) = *id else { continue };
                for m in &ent.mentions {
                    let s = x.sentences.partition_point(|s| s.end <= m.start);
                    f.sentence_entities.push((s as u32, e as u32));
                }
            }
            frontera_core::order::sort(&mut f.sentence_entities[from..]);
            let mut kept = from;
            for i in from..f.sentence_entities.len() {
                if kept == from || f.sentence_entities[i] != f.sentence_entities[kept - 1] {
                    f.sentence_entities[kept] = f.sentence_entities[i];
                    kept += 1;
                }
            }
            f.sentence_entities.truncate(kept);
        }
        f.sentence_entities.shrink_to_fit();
        f.distinct_years = f.years.clone();
        frontera_core::order::sort(&mut f.distinct_years);
        f.distinct_years.dedup();
        f.entity_start.push(f.entities.len());
        f.year_start.push(f.years.len());
        f.sentence_entity_start.push(f.sentence_entities.len());
        f
    }

    fn sentence_entities_of(&self, doc: usize) -> &[(u32, u32)] {
        match (
            self.sentence_entity_start.get(doc),
            self.sentence_entity_start.get(doc + 1),
        ) {
            (Some(&a), Some(&b)) => &self.sentence_entities[a..b],
            _ => &[],
        }
    }

    fn entities_of(&self, doc: usize) -> &[u32] {
        match (self.entity_start.get(doc), self.entity_start.get(doc + 1)) {
            (Some(&a), Some(&b)) => &self.entities[a..b],
            _ => &[],
        }
    }

    fn years_of(&self, doc: usize) -> &[i32] {
        match (self.year_start.get(doc), self.year_start.get(doc + 1)) {
            (Some(&a), Some(&b)) => &self.years[a..b],
            _ => &[],
        }
    }
}

/// The rank of each entity: by mentions (most first), then name, then index.
fn rank_entities(entities: &[CorpusEntity]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    frontera_core::order::sort_by(&mut order, |&a, &b| {
        entities[b]
            .mentions
            .cmp(&entities[a].mentions)
            .then_with(|| entities[a].name.cmp(&entities[b].name))
            .then(a.cmp(&b))
    });
    let mut rank = vec![0u32; entities.len()];
    for (r, &e) in order.iter().enumerate() {
        rank[e] = r as u32;
    }
    rank
}

/// Builds a corpus an article at a time: [`CorpusBuilder::push`] does each article's own
/// share of the work (name keys, dated sentences), so an import can do it as batches
/// arrive and only the corpus-wide part ([`CorpusBuilder::finish`]: identity, corrections,
/// ordering) is left for the end.
#[derive(Debug, Default)]
pub struct CorpusBuilder {
    items: Vec<(Document, Extraction)>,
    /// (article, entity) of each PERSON / ORG / PLACE with a name, and its name key.
    owners: Vec<(usize, usize)>,
    keys: Vec<String>,
    /// Each article's events, with the article's own entity indices for now.
    events: Vec<Vec<Event>>,
}

impl CorpusBuilder {
    pub fn new() -> CorpusBuilder {
        CorpusBuilder::default()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn push(&mut self, mut doc: Document, mut extraction: Extraction) {
        compact::shrink(&mut doc, &mut extraction);
        let d = self.items.len();
        for (e, ent) in extraction.entities.iter().enumerate() {
            if ent.kind != EntityType::Misc && !ent.canonical.trim().is_empty() {
                self.owners.push((d, e));
                self.keys.push(normalize::name_key(&ent.canonical));
            }
        }
        let local: Vec<Option<usize>> = (0..extraction.entities.len()).map(Some).collect();
        self.events.push(article_events(d, &extraction, &local));
        self.items.push((doc, extraction));
    }

    /// The corpus, with `corrections` applied after identity resolution.
    pub fn finish(self, corrections: Corrections) -> Corpus {
        self.resolve(corrections).finish()
    }

    /// The first half of [`CorpusBuilder::finish`], for a caller that yields in between:
    /// corpus-wide identity with `corrections` applied.
    pub fn resolve(self, corrections: Corrections) -> ResolvedBuilder {
        self.group().resolve(corrections)
    }

    /// The first step of [`CorpusBuilder::resolve`]: which names are one entity.
    pub fn group(self) -> GroupedBuilder {
        let grouping = group_keyed(&occurrences_of(&self.items, &self.owners), &self.keys);
        GroupedBuilder {
            builder: self,
            grouping,
        }
    }
}

/// Every PERSON / ORG / PLACE of every article, as identity resolution reads them.
fn occurrences_of<'a>(
    items: &'a [(Document, Extraction)],
    owners: &[(usize, usize)],
) -> Vec<NameOccurrence<'a>> {
    owners
        .iter()
        .map(|&(d, e)| {
            let ent = &items[d].1.entities[e];
            NameOccurrence {
                kind: ent.kind,
                canonical: &ent.canonical,
                mentions: ent.mentions.len(),
            }
        })
        .collect()
}

/// A [`CorpusBuilder`] whose names are grouped into entities, not yet named.
#[derive(Debug)]
pub struct GroupedBuilder {
    builder: CorpusBuilder,
    grouping: Grouping,
}

impl GroupedBuilder {
    /// Name the entities, apply `corrections` and give every article its entity ids.
    pub fn resolve(self, corrections: Corrections) -> ResolvedBuilder {
        let GroupedBuilder { builder, grouping } = self;
        let CorpusBuilder {
            items,
            owners,
            events: local_events,
            ..
        } = builder;
        let occurrences = occurrences_of(&items, &owners);
        let identity = name_groups(grouping, &occurrences);
        let corrected = corrections::apply(&identity.groups, &corrections);
        let mut entities: Vec<CorpusEntity> = corrected
            .entities
            .into_iter()
            .map(|g| CorpusEntity {
                kind: g.kind,
                name: g.name,
                variants: g.variants,
                docs: BTreeSet::new(),
                mentions: 0,
                origin: g.origin,
            })
            .collect();
        let mut entity_ids: Vec<Vec<Option<usize>>> = items
            .iter()
            .map(|(_, x)| vec![None; x.entities.len()])
            .collect();
        for (i, &(d, e)) in owners.iter().enumerate() {
            let g = corrected.entity_of[identity.group_of[i]];
            entity_ids[d][e] = Some(g);
            entities[g].docs.insert(d);
            entities[g].mentions += occurrences[i].mentions;
        }
        drop(occurrences);
        ResolvedBuilder::new(items, entity_ids, local_events, entities, corrections)
    }
}

/// Articles with their entity ids and events, still to be laid out.
type PendingArticles = std::iter::Zip<
    std::iter::Zip<
        std::vec::IntoIter<(Document, Extraction)>,
        std::vec::IntoIter<Vec<Option<usize>>>,
    >,
    std::vec::IntoIter<Vec<Event>>,
>;

/// A [`CorpusBuilder`] whose entities are resolved: [`ResolvedBuilder::step`] lays out
/// articles a few at a time, [`ResolvedBuilder::finish`] the rest, then orders the events
/// and makes the facet arrays.
#[derive(Debug)]
pub struct ResolvedBuilder {
    /// Articles still to lay out, each with its entity ids and its events.
    pending: PendingArticles,
    articles: Vec<Article>,
    events: Vec<Event>,
    entities: Vec<CorpusEntity>,
    corrections: Corrections,
}

impl ResolvedBuilder {
    fn new(
        items: Vec<(Document, Extraction)>,
        entity_ids: Vec<Vec<Option<usize>>>,
        local_events: Vec<Vec<Event>>,
        entities: Vec<CorpusEntity>,
        corrections: Corrections,
    ) -> ResolvedBuilder {
        ResolvedBuilder {
            articles: Vec::with_capacity(items.len()),
            pending: items.into_iter().zip(entity_ids).zip(local_events),
            events: Vec::new(),
            entities,
            corrections,
        }
    }

    /// Lay out up to `n` more articles; `false` once none is left.
    pub fn step(&mut self, n: usize) -> bool {
        for _ in 0..n {
            let Some((((doc, extraction), ids), mut doc_events)) = self.pending.next() else {
                return false;
            };
            for ev in &mut doc_events {
                ev.entities = ev
                    .entities
                    .iter()
                    .filter_map(|&e| ids.get(e).copied().flatten())
                    .collect();
                frontera_core::order::sort(&mut ev.entities);
                ev.entities.dedup();
                ev.entities.shrink_to_fit();
            }
            let years = frontera_core::order::set(doc_events.iter().map(|e| e.date.year()));
            let mut dates: Vec<DateSpan> = doc_events.iter().map(|e| e.date).collect();
            frontera_core::order::sort(&mut dates);
            dates.dedup();
            self.events.extend(doc_events);
            self.articles.push(Article {
                entities: frontera_core::order::set(ids.iter().flatten().copied()),
                entity_ids: ids,
                years,
                dates,
                doc,
                extraction,
            });
        }
        true
    }

    pub fn finish(mut self) -> Corpus {
        while self.step(usize::MAX) {}
        let ResolvedBuilder {
            articles,
            mut events,
            entities,
            corrections,
            ..
        } = self;
        frontera_core::order::sort_by(&mut events, |a, b| {
            (a.date.start, a.date.end, a.doc, a.sentence, a.timex).cmp(&(
                b.date.start,
                b.date.end,
                b.doc,
                b.sentence,
                b.timex,
            ))
        });
        let entity_rank = rank_entities(&entities);
        let flat = FlatLists::new(&articles);
        Corpus {
            articles,
            entities,
            events,
            entity_rank,
            flat,
            corrections,
        }
    }
}

impl Corpus {
    pub fn new(items: Vec<(Document, Extraction)>) -> Corpus {
        Corpus::with_corrections(items, Corrections::default())
    }

    /// A corpus of `items` with a person's `corrections` applied.
    pub fn with_corrections(
        items: Vec<(Document, Extraction)>,
        corrections: Corrections,
    ) -> Corpus {
        let mut b = CorpusBuilder::new();
        for (doc, x) in items {
            b.push(doc, x);
        }
        b.finish(corrections)
    }

    pub fn counts(&self) -> Counts {
        let of = |k| self.entities.iter().filter(|e| e.kind == k).count();
        Counts {
            articles: self.articles.len(),
            people: of(EntityType::Person),
            orgs: of(EntityType::Org),
            places: of(EntityType::Place),
            events: self.events.len(),
        }
    }

    pub fn facet_of(&self, filter: Filter) -> Facet {
        match filter {
            Filter::Entity(e) => match self.entities.get(e).map(|e| e.kind) {
                Some(EntityType::Person) => Facet::People,
                Some(EntityType::Org) => Facet::Orgs,
                _ => Facet::Places,
            },
            Filter::Year(_) | Filter::Range(..) => Facet::Years,
            Filter::Article(_) => Facet::Articles,
        }
    }

    /// The `data-value` of a filter: entity name, year, or article id.
    pub fn filter_value(&self, filter: Filter) -> String {
        match filter {
            Filter::Entity(e) => self
                .entities
                .get(e)
                .map(|e| e.name.clone())
                .unwrap_or_default(),
            Filter::Year(y) => y.to_string(),
            Filter::Range(a, b) => {
                let iso = |d| {
                    let (y, m, d) = timeline::civil_from_days(d);
                    format!("{y:04}-{m:02}-{d:02}")
                };
                format!("{}/{}", iso(a), iso(b))
            }
            Filter::Article(a) => self
                .articles
                .get(a)
                .map(|a| a.doc.id.clone())
                .unwrap_or_default(),
        }
    }

    /// The heading of a filter's chip: its facet's title, "Time" for a time range.
    pub fn filter_title(&self, filter: Filter) -> &'static str {
        match filter {
            Filter::Range(..) => "Time",
            _ => self.facet_of(filter).title(),
        }
    }

    /// What a filter is called on screen.
    pub fn filter_label(&self, filter: Filter) -> String {
        match filter {
            Filter::Article(a) => self.flat.labels.get(a).cloned().unwrap_or_default(),
            Filter::Range(a, b) => timeline::range_label(a, b),
            _ => self.filter_value(filter),
        }
    }

    fn holds(&self, doc: usize, filter: Filter) -> bool {
        let Some(a) = self.articles.get(doc) else {
            return false;
        };
        match filter {
            Filter::Entity(e) => a.entities.contains(&e),
            Filter::Year(y) => a.years.contains(&y),
            Filter::Article(i) => i == doc,
            Filter::Range(from, to) => a.dates.iter().any(|d| timeline::overlaps(d, from, to)),
        }
    }

    /// True when every filter holds for the article.
    pub fn article_matches(&self, doc: usize, filters: &[Filter]) -> bool {
        filters.iter().all(|&f| self.holds(doc, f))
    }

    pub fn matching_articles(&self, filters: &[Filter]) -> Vec<usize> {
        (0..self.articles.len())
            .filter(|&d| self.article_matches(d, filters))
            .collect()
    }

    /// The rows of a facet: values with at least one matching article (and every active
    /// value), with counts of matching articles. Entities by count then mentions; years in
    /// order; articles in corpus order.
    pub fn facet_rows(&self, facet: Facet, filters: &[Filter]) -> Vec<FacetRow> {
        self.facet_rows_within(facet, filters, None)
    }

    /// [`Corpus::facet_rows`] counting only the articles in `within` (e.g. those a text
    /// search found), when given.
    pub fn facet_rows_within(
        &self,
        facet: Facet,
        filters: &[Filter],
        within: Option<&BTreeSet<usize>>,
    ) -> Vec<FacetRow> {
        let mut matching = self.matching_articles(filters);
        if let Some(within) = within {
            matching.retain(|d| within.contains(d));
        }
        self.facet_counts(facet, filters, &matching)
            .into_iter()
            .map(|(f, count)| self.facet_row(f, count, filters))
            .collect()
    }

    /// The rows of a facet without their strings: each value with at least one of the
    /// `matching` articles (those satisfying `filters`, perhaps narrowed further) or
    /// active, and its count, in row order. A list showing a few rows of thousands builds
    /// only those with [`Corpus::facet_row`] (names and labels for every entity of 10,000
    /// articles cost more than the counting).
    pub fn facet_counts(
        &self,
        facet: Facet,
        filters: &[Filter],
        matching: &[usize],
    ) -> Vec<(Filter, usize)> {
        // Count every candidate value in one pass over the matching articles (not one pass
        // per value: a corpus of 10,000 articles has tens of thousands of entities).
        let candidates: Vec<(Filter, usize)> = match facet.entity_type() {
            Some(kind) => {
                let mut counts = vec![0usize; self.entities.len()];
                for &d in matching {
                    for &e in self.flat.entities_of(d) {
                        if let Some(c) = counts.get_mut(e as usize) {
                            *c += 1;
                        }
                    }
                }
                (0..self.entities.len())
                    .filter(|&e| self.entities[e].kind == kind)
                    .map(|e| (Filter::Entity(e), counts[e]))
                    .collect()
            }
            None if facet == Facet::Years => {
                // Years present in the corpus (sorted, from the flat lists), counted by index.
                let years = &self.flat.distinct_years;
                let mut counts = vec![0usize; years.len()];
                for &d in matching {
                    for y in self.flat.years_of(d) {
                        if let Ok(i) = years.binary_search(y) {
                            counts[i] += 1;
                        }
                    }
                }
                years
                    .iter()
                    .zip(counts)
                    .map(|(&y, n)| (Filter::Year(y), n))
                    .collect()
            }
            None => {
                let mut counts = vec![0usize; self.articles.len()];
                for &d in matching {
                    counts[d] = 1;
                }
                counts
                    .into_iter()
                    .enumerate()
                    .map(|(d, n)| (Filter::Article(d), n))
                    .collect()
            }
        };
        let mut kept: Vec<(Filter, usize)> = candidates
            .into_iter()
            .filter(|&(f, count)| count > 0 || filters.contains(&f))
            .collect();
        if facet.entity_type().is_some() {
            // By count, then by the precomputed rank (mentions, then name): integers only,
            // which matters with tens of thousands of rows.
            let rank = |f: Filter| match f {
                Filter::Entity(e) => self.entity_rank.get(e).copied().unwrap_or(u32::MAX),
                _ => u32::MAX,
            };
            // Each row's key computed once, then one stable index sort (frontera_core::order:
            // no sort compiled for this closure alone) and the rows taken in that order.
            let keys: Vec<(std::cmp::Reverse<usize>, u32)> = kept
                .iter()
                .map(|&(f, count)| (std::cmp::Reverse(count), rank(f)))
                .collect();
            let order =
                frontera_core::order::indices(kept.len(), &mut |a, b| keys[a].cmp(&keys[b]));
            kept = order.into_iter().map(|i| kept[i]).collect();
        }
        kept
    }

    /// The row of one value of [`Corpus::facet_counts`].
    pub fn facet_row(&self, filter: Filter, count: usize, filters: &[Filter]) -> FacetRow {
        FacetRow {
            filter,
            value: self.filter_value(filter),
            label: self.filter_label(filter),
            count,
            active: filters.contains(&filter),
        }
    }

    /// Indices of the events to show: in matching articles and, when years are selected,
    /// in one of those years, and overlapping every selected time range.
    pub fn visible_events(&self, filters: &[Filter]) -> Vec<usize> {
        self.visible_events_among(filters, &self.matching_articles(filters))
    }

    /// [`Corpus::visible_events`] given the articles to show them from (those matching the
    /// filters, perhaps narrowed by a search), when the caller has them already.
    pub fn visible_events_among(&self, filters: &[Filter], matching: &[usize]) -> Vec<usize> {
        let years: Vec<i32> = filters
            .iter()
            .filter_map(|f| match f {
                Filter::Year(y) => Some(*y),
                _ => None,
            })
            .collect();
        let ranges: Vec<(i64, i64)> = filters
            .iter()
            .filter_map(|f| match f {
                Filter::Range(a, b) => Some((*a, *b)),
                _ => None,
            })
            .collect();
        let mut matches = vec![false; self.articles.len()];
        for &d in matching {
            if let Some(m) = matches.get_mut(d) {
                *m = true;
            }
        }
        (0..self.events.len())
            .filter(|&i| {
                let e = &self.events[i];
                matches.get(e.doc).copied().unwrap_or(false)
                    && (years.is_empty() || years.contains(&e.date.year()))
                    && ranges
                        .iter()
                        .all(|&(a, b)| timeline::overlaps(&e.date, a, b))
            })
            .collect()
    }

    /// True when the event's sentence names an entity of the filters.
    pub fn event_names_filtered_entity(&self, event: &Event, filters: &[Filter]) -> bool {
        filters.iter().any(|f| match f {
            Filter::Entity(e) => event.entities.contains(e),
            _ => false,
        })
    }

    /// The sentence of article `doc` containing byte `offset`.
    pub fn sentence_at(&self, doc: usize, offset: usize) -> Option<Span> {
        let a = self.articles.get(doc)?;
        sentence_of(&a.extraction.sentences, offset)
    }

    /// Marks for the reader of article `doc`: names, dates, figures and quotes, each with a
    /// tag indexing the returned details.
    pub fn reader_marks(&self, doc: usize) -> (Vec<Highlight>, Vec<MarkInfo>) {
        let mut marks = Vec::new();
        let mut infos = Vec::new();
        let Some(a) = self.articles.get(doc) else {
            return (marks, infos);
        };
        let x = &a.extraction;
        let mut push = |span: Span, kind: MarkKind, tip: String, entity: Option<usize>| {
            marks.push(Highlight {
                span,
                kind,
                tag: infos.len(),
            });
            infos.push(MarkInfo { tip, entity });
        };
        for (ent, id) in x.entities.iter().zip(&a.entity_ids) {
            let (kind, what) = match ent.kind {
                EntityType::Person => (MarkKind::Person, "person"),
                EntityType::Org => (MarkKind::Org, "organisation"),
                EntityType::Place => (MarkKind::Place, "place"),
                EntityType::Misc => continue,
            };
            let name = id
                .and_then(|g| self.entities.get(g))
                .map_or(ent.canonical.as_str(), |e| e.name.as_str());
            for m in &ent.mentions {
                push(m.span(), kind, format!("{what}: {name}"), *id);
            }
        }
        for t in &x.timex {
            let tip = if t.relative {
                format!("date: {} (resolved from the publication date)", t.value)
            } else {
                format!("date: {}", t.value)
            };
            push(Span::new(t.start, t.end), MarkKind::Date, tip, None);
        }
        for q in &x.quantities {
            let mut tip = format!("{}: {}", q.kind.as_str(), fmt_number(q.value));
            if let Some(high) = q.value_high {
                tip.push_str(&format!("–{}", fmt_number(high)));
            }
            if !q.unit.is_empty() {
                tip.push_str(&format!(" {}", q.unit));
            }
            if !q.about.is_empty() {
                tip.push_str(&format!(" — {}", q.about));
            }
            if let Some(p) = &q.period {
                tip.push_str(&format!(" ({p})"));
            }
            push(Span::new(q.start, q.end), MarkKind::Figure, tip, None);
        }
        for q in &x.quotes {
            let speaker = if q.speaker.trim().is_empty() {
                "unknown speaker"
            } else {
                q.speaker.as_str()
            };
            // The speaker's corpus entity, so the quote links to the speaker's page.
            let key = normalize::name_key(&q.speaker);
            let by_entity = x.entities.iter().zip(&a.entity_ids).find_map(|(e, id)| {
                let spoke = q.speaker_span.is_some_and(|sp| {
                    e.mentions
                        .iter()
                        .any(|m| m.start < sp.end && sp.start < m.end)
                });
                let named = !key.is_empty() && normalize::name_key(&e.canonical) == key;
                (spoke || named).then_some(*id).flatten()
            });
            push(
                Span::new(q.start, q.end),
                MarkKind::Quote,
                format!("quote: {speaker}"),
                by_entity,
            );
        }
        (marks, infos)
    }
}

/// The dated sentences of one article, one per (sentence, value).
fn article_events(doc: usize, x: &Extraction, ids: &[Option<usize>]) -> Vec<Event> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for t in &x.timex {
        let Some(date) = timeline::parse_value(&t.value) else {
            continue;
        };
        let timex = Span::new(t.start, t.end);
        let sentence = sentence_of(&x.sentences, t.start).unwrap_or(timex);
        if !seen.insert((sentence, t.value.clone())) {
            continue;
        }
        let mut entities: Vec<usize> = x
            .entities
            .iter()
            .zip(ids)
            .filter_map(|(e, id)| {
                let g = (*id)?;
                e.mentions
                    .iter()
                    .any(|m| sentence.contains(m.span()))
                    .then_some(g)
            })
            .collect();
        frontera_core::order::sort(&mut entities);
        entities.dedup();
        entities.shrink_to_fit();
        out.push(Event {
            doc,
            sentence,
            timex,
            value: t.value.clone(),
            date,
            entities,
        });
    }
    out
}

/// The sentence containing byte `offset`, if any.
fn sentence_of(sentences: &[Span], offset: usize) -> Option<Span> {
    let i = sentences.partition_point(|s| s.end <= offset);
    sentences.get(i).copied().filter(|s| s.start <= offset)
}

/// A number for a tooltip: whole numbers with thousands separators, else two decimals.
pub fn fmt_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return decimal::fixed(v, 2);
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests;
