//! App state and its transitions (a `use_reducer` reducer, as in Yew's function_todomvc).

use std::rc::Rc;

use frontera_core::{Document, Extraction, Span};
use frontera_corpus::cooccur::Basis;
use frontera_corpus::{route, Corpus, Filter};
use yew::prelude::*;

/// Load timings, in milliseconds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timing {
    /// Extraction plus corpus building.
    pub extract_ms: f64,
    /// Extraction time of each article, in corpus order.
    pub per_doc_ms: Vec<f64>,
    /// From navigation start to the first render showing the extraction.
    pub ready_ms: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// `None` until extraction has run.
    pub corpus: Option<Rc<Corpus>>,
    /// Active filters, in the order they were chosen.
    pub filters: Vec<Filter>,
    /// The article in the reader.
    pub doc: usize,
    /// The sentence to highlight and scroll to, in `doc`.
    pub focus: Option<Span>,
    /// Bumped on every navigation to a sentence, so the reader scrolls even to the same one.
    pub focus_seq: u32,
    /// The timeline event under the pointer or last opened.
    pub event: Option<usize>,
    /// Bumped when a date in the reader asks the timeline to show its event.
    pub pick_seq: u32,
    pub timing: Timing,
    /// The entity whose page is open.
    pub entity: Option<usize>,
    /// Bumped on every opening of an entity page, so it scrolls into view again.
    pub entity_seq: u32,
    /// The text search, as typed.
    pub query: String,
    /// The URL parameters last restored and the view they gave: while the view is still
    /// that, a new corpus (stored articles or corrections arriving after load) is given the
    /// URL again, so what did not resolve yet (an imported article, a renamed entity) can.
    pub restored: Option<(String, String)>,
    /// The co-occurring pair whose shared sentences are listed (lower index first).
    pub pair: Option<(usize, usize)>,
    /// What "who appears with whom" counts, and whether it shows the ranked list of pairs
    /// rather than the matrix (both in the URL, so a reload keeps them).
    pub basis: Basis,
    pub pair_list: bool,
    /// The timeline's zoom window in days `[start, end)`; `None` shows everything.
    pub zoom: Option<(i64, i64)>,
}

pub enum Action {
    /// The corpus, the total build time and each article's extraction time (ms).
    Loaded(Rc<Corpus>, f64, Vec<f64>),
    Rendered(f64),
    ToggleFilter(Filter),
    ClearFilters,
    /// Replace the time-range filter (days `[start, end)`), or remove it with `None`.
    SetRange(Option<(i64, i64)>),
    OpenDoc(usize),
    OpenEvent(usize),
    /// Highlight and scroll to a sentence of the article in the reader.
    FocusSentence(Span),
    HoverEvent(Option<usize>),
    /// A date in the reader was clicked: show its event on the timeline.
    PickEvent(usize),
    /// Open the page of a corpus entity.
    OpenEntity(usize),
    CloseEntity,
    /// Open an article in the reader at a sentence.
    OpenSentence(usize, Span),
    /// The text search changed.
    Search(String),
    /// A person corrected an article's publication date (`None`: infer it again). The
    /// article is extracted again, so every relative date re-anchors.
    SetDocDate(usize, Option<String>),
    /// Count co-occurrence by shared sentences or articles.
    SetBasis(Basis),
    /// Show co-occurrence as the ranked list (`true`) or the matrix.
    SetPairList(bool),
    /// Choose (or with `None` close) a co-occurring pair.
    SelectPair(Option<(usize, usize)>),
    /// The timeline settled on a zoom window (`None`: the whole timeline).
    SetZoom(Option<(i64, i64)>),
    /// Show the view described by URL fragment parameters (see `url.rs`).
    Restore(String),
    /// Imported or restored articles join the corpus (after the ones it has); with `true`
    /// the reader opens the first of them.
    AddArticles(Vec<(Document, Extraction)>, bool),
    /// Remove the articles with these ids.
    RemoveArticles(Vec<String>),
    /// A person edited an article's title and source (blank: none).
    SetDocMeta(usize, Option<String>, Option<String>),
    /// A corpus built from `base` (see `rebuild.rs`): more articles (with `true` the reader
    /// opens the first new one) or other corrections. If the corpus changed meanwhile, it
    /// is built again here from the current one.
    Replace {
        base: Rc<Corpus>,
        corpus: Rc<Corpus>,
        show_new: bool,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loaded(corpus, ms, per_doc) => {
                s.corpus = Some(corpus);
                s.timing.extract_ms = ms;
                s.timing.per_doc_ms = per_doc;
            }
            Action::Rendered(ms) => s.timing.ready_ms = Some(ms),
            Action::ToggleFilter(f) => {
                if let Some(i) = s.filters.iter().position(|&x| x == f) {
                    s.filters.remove(i);
                } else {
                    s.filters.push(f);
                }
                s.unzoom_unless_range(f);
                s.keep_reader_in_view();
            }
            Action::ClearFilters => {
                if s.filters.iter().any(|f| !matches!(f, Filter::Range(..))) {
                    s.zoom = None;
                }
                s.filters.clear();
            }
            Action::SelectPair(pair) => s.pair = pair.map(|(a, b)| (a.min(b), a.max(b))),
            Action::SetBasis(basis) => s.basis = basis,
            Action::SetPairList(list) => s.pair_list = list,
            Action::SetZoom(zoom) => {
                if s.zoom == zoom {
                    return self;
                }
                s.zoom = zoom;
            }
            Action::SetRange(range) => {
                s.filters.retain(|f| !matches!(f, Filter::Range(..)));
                if let Some((a, b)) = range.filter(|(a, b)| a < b) {
                    s.filters.push(Filter::Range(a, b));
                }
                s.keep_reader_in_view();
            }
            Action::OpenDoc(d) => {
                if d != s.doc {
                    s.doc = d;
                    s.focus = None;
                }
            }
            Action::OpenEvent(i) => {
                if let Some(e) = s.corpus.as_ref().and_then(|c| c.events.get(i)) {
                    s.doc = e.doc;
                    s.focus = Some(e.sentence);
                    s.focus_seq = s.focus_seq.wrapping_add(1);
                    s.event = Some(i);
                }
            }
            Action::FocusSentence(span) => {
                s.focus = Some(span);
                s.focus_seq = s.focus_seq.wrapping_add(1);
            }
            Action::PickEvent(i) => {
                s.event = Some(i);
                s.pick_seq = s.pick_seq.wrapping_add(1);
            }
            Action::OpenEntity(e) => {
                s.entity = Some(e);
                s.entity_seq = s.entity_seq.wrapping_add(1);
            }
            Action::CloseEntity => s.entity = None,
            Action::OpenSentence(d, span) => {
                s.doc = d;
                s.focus = Some(span);
                s.focus_seq = s.focus_seq.wrapping_add(1);
            }
            Action::Search(q) => s.query = q,
            Action::SetDocDate(doc, date) => {
                let Some(corpus) = &s.corpus else {
                    return self;
                };
                let items = corpus
                    .articles
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        if i == doc {
                            let mut d = a.doc.clone();
                            d.date = date.clone();
                            let x = frontera_core::extract(&d);
                            (d, x)
                        } else {
                            (a.doc.clone(), a.extraction.clone())
                        }
                    })
                    .collect();
                s.corpus = Some(Rc::new(Corpus::with_corrections(
                    items,
                    corpus.corrections.clone(),
                )));
                s.event = None;
            }
            Action::Restore(params) => {
                let Some(corpus) = s.corpus.clone() else {
                    return self;
                };
                s.restore(&corpus, &params);
            }
            Action::AddArticles(new, show) => {
                let Some(corpus) = &s.corpus else {
                    return self;
                };
                let first_new = corpus.articles.len();
                let mut items = items_of(corpus);
                items.extend(new);
                s.replace_corpus(items);
                if show {
                    s.open_first_new(first_new);
                }
            }
            Action::RemoveArticles(ids) => {
                let Some(corpus) = &s.corpus else {
                    return self;
                };
                let mut items = items_of(corpus);
                items.retain(|(d, _)| !ids.contains(&d.id));
                s.replace_corpus(items);
            }
            Action::SetDocMeta(doc, title, source) => {
                // Titles and sources are labels only: entities, events and filters stay valid.
                let Some(corpus) = s.corpus.as_mut() else {
                    return self;
                };
                if let Some(a) = Rc::make_mut(corpus).articles.get_mut(doc) {
                    a.doc.title = title;
                    a.doc.source = source;
                }
            }
            Action::Replace {
                base,
                corpus,
                show_new,
            } => {
                let Some(current) = s.corpus.clone() else {
                    return self;
                };
                let first_new = base.articles.len();
                let new_items = || -> Vec<(Document, Extraction)> {
                    corpus.articles[first_new.min(corpus.articles.len())..]
                        .iter()
                        .map(|a| (a.doc.clone(), a.extraction.clone()))
                        .collect()
                };
                if Rc::ptr_eq(&current, &base) {
                    s.carry_view_to(corpus.clone());
                } else if corpus.corrections == base.corrections {
                    // Something changed while it was built: its new articles join the
                    // current corpus instead.
                    return self.reduce(Action::AddArticles(new_items(), show_new));
                } else {
                    // A correction built on a corpus that changed meanwhile: applied to the
                    // current one.
                    let mut items = items_of(&current);
                    items.extend(new_items());
                    let corrections = corpus.corrections.clone();
                    s.carry_view_to(Rc::new(Corpus::with_corrections(items, corrections)));
                }
                if show_new {
                    s.open_first_new(first_new);
                }
            }
            Action::HoverEvent(i) => {
                if i.is_none() || s.event == i {
                    return self;
                }
                s.event = i;
            }
        }
        Rc::new(s)
    }
}

/// Every article's document and extraction, to build a new corpus from.
fn items_of(corpus: &Corpus) -> Vec<(Document, Extraction)> {
    corpus
        .articles
        .iter()
        .map(|a| (a.doc.clone(), a.extraction.clone()))
        .collect()
}

impl State {
    /// Apply a view from the URL; see `frontera_corpus::route`.
    fn restore(&mut self, corpus: &Corpus, params: &str) {
        self.restore_view(corpus, params);
        self.restored = Some((params.to_owned(), route::encode(corpus, &self.view())));
    }

    fn restore_view(&mut self, corpus: &Corpus, params: &str) {
        let v = route::decode(corpus, params);
        self.query = v.query;
        self.filters = v.filters;
        self.pair = v.pair;
        self.basis = v.basis;
        self.pair_list = v.pair_list;
        self.zoom = v.zoom;
        if self.entity != v.entity {
            self.entity = v.entity;
            self.entity_seq = self.entity_seq.wrapping_add(1);
        }
        let doc = v.doc.unwrap_or(0);
        if (doc, v.focus) != (self.doc, self.focus) {
            self.doc = doc;
            self.focus = v.focus;
            self.focus_seq = self.focus_seq.wrapping_add(1);
        }
        self.keep_reader_in_view();
    }

    /// The view to put in the URL.
    pub fn view(&self) -> route::View {
        route::View {
            query: self.query.clone(),
            filters: self.filters.clone(),
            entity: self.entity,
            pair: self.pair,
            basis: self.basis,
            pair_list: self.pair_list,
            zoom: self.zoom,
            doc: (self.doc != 0 || self.focus.is_some()).then_some(self.doc),
            focus: self.focus,
        }
    }

    /// A corpus of other articles: entity and article numbers change, so the view (search,
    /// filters, entity page, reader article and sentence) is carried over by its stable keys
    /// (`route`: ids and names), dropping what no longer exists.
    fn replace_corpus(&mut self, items: Vec<(Document, Extraction)>) {
        let corrections = self
            .corpus
            .as_ref()
            .map(|c| c.corrections.clone())
            .unwrap_or_default();
        self.carry_view_to(Rc::new(Corpus::with_corrections(items, corrections)));
    }

    /// Show `corpus` instead, with the view carried over by its stable keys.
    fn carry_view_to(&mut self, corpus: Rc<Corpus>) {
        let mut params = self.corpus.as_ref().map(|c| route::encode(c, &self.view()));
        if let Some((url, view)) = self.restored.take() {
            if params.as_ref() == Some(&view) {
                params = Some(url.clone());
                self.restored = Some((url, view));
            }
        }
        self.corpus = Some(corpus.clone());
        self.event = None;
        self.filters.clear();
        self.entity = None;
        self.pair = None;
        self.focus = None;
        self.doc = 0;
        if let Some(params) = params {
            self.restore_view(&corpus, &params);
            let now = route::encode(&corpus, &self.view());
            if let Some((_, view)) = self.restored.as_mut() {
                *view = now;
            }
        }
    }

    /// Other articles, other dates: a filter other than a time range shows the whole
    /// timeline again, as the timeline itself does.
    fn unzoom_unless_range(&mut self, changed: Filter) {
        if !matches!(changed, Filter::Range(..)) {
            self.zoom = None;
        }
    }

    /// After the filters change, the reader moves to the first matching article if its
    /// article no longer matches.
    /// Open the first of the articles just added (from index `first_new`), if any were.
    fn open_first_new(&mut self, first_new: usize) {
        if self
            .corpus
            .as_ref()
            .is_some_and(|c| first_new < c.articles.len())
        {
            self.doc = first_new;
            self.focus = None;
            self.keep_reader_in_view();
        }
    }

    fn keep_reader_in_view(&mut self) {
        let Some(c) = &self.corpus else { return };
        if !c.article_matches(self.doc, &self.filters) {
            if let Some(&first) = c.matching_articles(&self.filters).first() {
                self.doc = first;
                self.focus = None;
            }
        }
        if let Some(i) = self.event {
            if !c.visible_events(&self.filters).contains(&i) {
                self.event = None;
            }
        }
    }
}
