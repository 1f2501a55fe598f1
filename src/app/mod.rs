//! The Yew single-page app: header with corpus counts, active filters, facets, timeline
//! and reader. Everything shown comes from `frontera_corpus::Corpus`; no extraction logic
//! lives here.

mod bench;
mod cooccur;
mod entity;
mod export;
mod facets;
mod figures;
mod import;
mod importer;
mod mentions;
mod offline;
mod reader;
mod rebuild;
mod resize;
mod search;
mod state;
mod store;
mod timeline;
mod url;

use frontera_corpus::decimal::fixed;
use std::rc::Rc;

use frontera_corpus::corrections::Corrections;
use frontera_corpus::search::{Query, WordIndex};
use frontera_corpus::{Corpus, Filter};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use cooccur::CoOccurrence;
use entity::EntityPage;
use facets::Facets;
use figures::Figures;
use import::ImportPanel;
use reader::Reader;
use search::{SearchBox, SearchResults};
use state::{Action, State};
use timeline::Timeline;

/// Milliseconds since navigation start.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// A named moment on the page's performance timeline (`performance.mark`), read by
/// `bench-report`'s first-render breakdown; costs nothing measurable.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// With `?trace` in the page's address, time the components of the first renders
/// (`fronteraBenchTrace`, read by `page-bench` with `FRONTERA_TRACE=1`).
pub fn trace_if_asked() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("trace"));
    if asked {
        bench::trace(true);
    }
}

/// Run `f` once the next frame has been painted: a task posted from a frame callback runs
/// after that frame's style, layout and paint.
fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        Timeout::new(0, f).forget();
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// Extract every embedded article and gather them into a corpus; also returns the
/// milliseconds each article's extraction took.
fn build_corpus() -> (Corpus, Vec<f64>) {
    let mut per_doc = Vec::new();
    let items = crate::seeds::documents()
        .into_iter()
        .map(|doc| {
            let t0 = now_ms();
            let x = frontera_core::extract(&doc);
            per_doc.push(now_ms() - t0);
            (doc, x)
        })
        .collect();
    (Corpus::new(items), per_doc)
}

#[function_component(App)]
pub fn app() -> Html {
    let _trace = bench::scope("App");
    let state = use_reducer(State::default);
    bench::attach(state.dispatcher(), state.corpus.as_ref());
    use_effect(bench::rendered);

    // Extract after the first paint, so the page shows "Extracting…" at once.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            Timeout::new(0, move || {
                mark("frontera:extract-start");
                let t0 = now_ms();
                let (corpus, per_doc) = build_corpus();
                mark("frontera:extract-end");
                dispatch.dispatch(Action::Loaded(Rc::new(corpus), now_ms() - t0, per_doc));
            })
            .forget();
        });
    }
    // Once the extraction is on screen, note the time since navigation start.
    {
        let dispatch = state.dispatcher();
        let loaded = state.corpus.is_some();
        let articles = state.corpus.as_ref().map_or(0, |c| c.articles.len());
        let extract_ms = state.timing.extract_ms;
        use_effect_with(loaded, move |&loaded| {
            if loaded {
                mark("frontera:ready");
                after_next_paint(|| mark("frontera:painted"));
                let ms = now_ms();
                gloo::console::log!(format!(
                    "frontera: extracted {articles} articles in {} ms; first full render {} ms after navigation start",
                    fixed(extract_ms, 1),
                    fixed(ms, 0)
                ));
                dispatch.dispatch(Action::Rendered(ms));
            }
        });
    }

    // The search index: built for a corpus when a search first needs it, not on load or
    // after an import (where it would lengthen the pause), then kept for that corpus. A weak
    // reference, so an old corpus is not kept alive (and never mistaken for a new one).
    let stagger = use_mut_ref(Stagger::default);
    let force_update = use_force_update();
    let index_cache = use_mut_ref(|| None::<(std::rc::Weak<Corpus>, Rc<WordIndex>)>);
    let index = match &state.corpus {
        Some(corpus) if !Query::parse(&state.query).is_empty() => {
            let mut cache = index_cache.borrow_mut();
            let fresh = cache
                .as_ref()
                .and_then(|(c, _)| c.upgrade())
                .is_some_and(|c| Rc::ptr_eq(&c, corpus));
            if !fresh {
                *cache = Some((Rc::downgrade(corpus), Rc::new(WordIndex::new(corpus))));
            }
            cache.as_ref().map(|(_, i)| i.clone()).unwrap_or_default()
        }
        _ => Rc::default(),
    };

    // The view in the URL fragment: restored on load and on back/forward.
    let params = state
        .corpus
        .as_ref()
        .map(|c| frontera_corpus::route::encode(c, &state.view()))
        .unwrap_or_default();
    url::use_url_sync(state.dispatcher(), state.corpus.is_some(), params);

    // Callbacks made once (or once per corpus), so a panel whose data did not change gets
    // equal props and Yew skips it: new closures on every render made every panel render
    // and diff again on every facet toggle (tens of milliseconds at 10,000 articles).
    let shown_doc = use_mut_ref(|| 0_usize);
    let callbacks = use_memo((), {
        let (d, shown_doc) = (state.dispatcher(), shown_doc.clone());
        move |_| Callbacks::new(d, shown_doc)
    });
    // A person's renames and merges, and imported articles: the corpus is built again with
    // them, a slice at a time, from the corpus they were made on.
    let rebuilders = use_memo(state.corpus.clone(), {
        let d = state.dispatcher();
        move |base| base.clone().map(|base| rebuilders(d, base))
    });

    let Some(corpus) = state.corpus.clone() else {
        return html! {
            // The masthead as it will be, so nothing moves when the extraction arrives.
            <main id="app" data-ready="false" aria-busy="true">
                <header class="masthead">
                    <div class="brand">
                        <h1>{ "Frontera" }</h1>
                        <p class="tagline">{ "Who, when and how much in news of the Mexican drug war, extracted in your browser." }</p>
                    </div>
                    <form class="search-box" role="search">
                        <label for="search">{ "Search the articles" }</label>
                        <input type="search" id="search" disabled=true placeholder="Extracting…" />
                    </form>
                    <dl class="stats">
                        { for ["articles", "people", "organisations", "places", "dated events"].iter().map(|w| html! {
                            <div class="stat"><dt>{ *w }</dt><dd>{ "…" }</dd></div>
                        }) }
                    </dl>
                </header>
                <div class="filter-bar">
                    <p class="loading" role="status">{ "Extracting people, places, dates and figures from the articles…" }</p>
                </div>
            </main>
        };
    };

    let Callbacks {
        on_toggle,
        on_clear,
        on_open_event,
        on_hover_event,
        on_pick_event,
        on_range,
        on_zoom,
        on_pair,
        on_basis,
        on_list,
        on_open_doc,
        on_focus,
        on_open_entity,
        on_close_entity,
        on_open_sentence,
        on_search,
        on_remove,
        on_set_meta,
        on_set_doc_date,
        on_set_reader_date,
    } = (*callbacks).clone();
    let filters = state.filters.clone();

    // A text search narrows every view to the articles with a matching sentence (AND
    // with the facets).
    let query = Query::parse(&state.query);
    let mut matching = corpus.matching_articles(&filters);
    let results = if query.is_empty() {
        None
    } else {
        // Every matching sentence counts, but only those the list can show are gathered.
        let found = index.find(&corpus, &query, &matching, search::MAX_RESULTS);
        matching.clone_from(&found.docs);
        Some(Rc::new(found))
    };
    let visible = corpus.visible_events_among(&filters, &matching);
    let matching = Rc::new(matching);
    // The reader stays on a matching article.
    let reader_doc = if matching.contains(&state.doc) {
        state.doc
    } else {
        matching.first().copied().unwrap_or(state.doc)
    };

    *shown_doc.borrow_mut() = reader_doc;
    let (on_toggle_pair, on_open_entity_pair) = (on_toggle.clone(), on_open_entity.clone());
    let (on_correct, on_add) = rebuilders
        .as_ref()
        .clone()
        .unwrap_or_else(|| (Callback::noop(), Callback::noop()));
    let import_panel = html! {
        <ImportPanel corpus={corpus.clone()} {on_add} {on_remove} {on_set_meta} on_set_date={on_set_doc_date}
            on_open_doc={on_open_doc.clone()} on_correct={on_correct.clone()} on_open_entity={on_open_entity.clone()} />
    };
    let mut staged = Stagger::panel(&stagger, &corpus, force_update);
    let counts = corpus.counts();
    let bytes: usize = corpus.articles.iter().map(|a| a.doc.text.len()).sum();

    html! {
        <main id="app" data-ready="true">
            <button type="button" class="skip-link" onclick={Callback::from(|_: MouseEvent| focus_by_id("reader"))}>
                { "Skip to the reader" }
            </button>
            <header class="masthead">
                <div class="brand">
                    <h1>{ "Frontera" }</h1>
                    <p class="tagline">{ "Who, when and how much in news of the Mexican drug war, extracted in your browser." }</p>
                </div>
                <SearchBox query={state.query.clone()} {on_search} />
                <dl class="stats">
                    { stat(counts.articles, "articles") }
                    { stat(counts.people, "people") }
                    { stat(counts.orgs, "organisations") }
                    { stat(counts.places, "places") }
                    { stat(counts.events, "dated events") }
                </dl>
            </header>

            <div class="filter-bar">
                <div id="active-filters" aria-live="polite">
                    if filters.is_empty() {
                        <span class="hint">{ "No filters. Pick a person, organisation, place, year or article to narrow every view." }</span>
                    } else {
                        <span class="hint">{ "Showing articles that match all of:" }</span>
                        { for filters.iter().map(|&f| {
                            let on_toggle = on_toggle.clone();
                            html! {
                                <button class={classes!("chip", format!("chip-{}", corpus.facet_of(f).as_str()))}
                                    title="Remove this filter"
                                    onclick={Callback::from(move |_: MouseEvent| on_toggle.emit(f))}>
                                    <span class="chip-facet">{ corpus.filter_title(f) }</span>
                                    { corpus.filter_label(f) }
                                    <span class="chip-x" aria-hidden="true">{ "×" }</span>
                                </button>
                            }
                        }) }
                    }
                </div>
                <p class="scope">
                    { format!("{} of {} articles · {} of {} dated events", matching.len(), counts.articles, visible.len(), counts.events) }
                </p>
                <button id="clear-filters" disabled={filters.is_empty()} onclick={on_clear}>{ "Clear all" }</button>
            </div>

            { staged(5, 0, &mut || import_panel.clone()) }

            <div class="layout">
                <aside class="sidebar">
                    { staged(6, 0, &mut || html! {
                        <Facets corpus={corpus.clone()} filters={filters.clone()} on_toggle={on_toggle.clone()} on_open_entity={on_open_entity.clone()} matching={matching.clone()} />
                    }) }
                </aside>
                <div class="content">
                    if let Some(results) = results {
                        <SearchResults corpus={corpus.clone()} query={state.query.clone()} {results}
                            on_open_sentence={on_open_sentence.clone()} />
                    }
                    { staged(7, 0, &mut || match state.entity {
                        Some(e) => html! {
                            <EntityPage corpus={corpus.clone()} entity={e} seq={state.entity_seq} filters={filters.clone()}
                                on_toggle={on_toggle.clone()} on_open_entity={on_open_entity.clone()}
                                on_open_sentence={on_open_sentence.clone()} on_close={on_close_entity.clone()} on_correct={on_correct.clone()} />
                        },
                        None => html! {},
                    }) }
                    { staged(1, 1, &mut || html! {
                        <Timeline corpus={corpus.clone()} visible={Rc::new(visible.clone())} filters={filters.clone()}
                            current={state.event} pick_seq={state.pick_seq} on_open={on_open_event.clone()} on_hover={on_hover_event.clone()} on_range={on_range.clone()}
                            zoom={state.zoom} on_zoom={on_zoom.clone()} />
                    }) }
                    { staged(2, 2, &mut || html! {
                        <Reader corpus={corpus.clone()} doc={reader_doc} matching={matching.clone()}
                            focus={state.focus} focus_seq={state.focus_seq} filters={filters.clone()}
                            on_toggle={on_toggle.clone()} on_open_doc={on_open_doc.clone()} on_focus={on_focus.clone()}
                            on_pick_event={on_pick_event.clone()} on_open_entity={on_open_entity.clone()} on_set_date={on_set_reader_date.clone()} />
                    }) }
                    { staged(3, 3, &mut || html! {
                        <CoOccurrence corpus={corpus.clone()} matching={matching.clone()} filters={state.filters.clone()}
                            pair={state.pair} on_pair={on_pair.clone()} basis={state.basis} list={state.pair_list}
                            on_basis={on_basis.clone()} on_list={on_list.clone()}
                            on_toggle={on_toggle_pair.clone()} on_open_entity={on_open_entity_pair.clone()} on_open_sentence={on_open_sentence.clone()} />
                    }) }
                    { staged(4, 4, &mut || html! {
                        <Figures corpus={corpus.clone()} matching={matching.clone()} on_open_sentence={on_open_sentence.clone()} />
                    }) }
                </div>
            </div>

            <footer class="colophon">
                <p id="timing" data-doc-ms={state.timing.per_doc_ms.iter().map(|&ms| fixed(ms, 1)).collect::<Vec<_>>().join(",")}>
                    { format!("Extracted {} articles ({} kB) in {} ms", counts.articles, fixed(bytes as f64 / 1000.0, 1), fixed(state.timing.extract_ms, 1)) }
                    if let Some(ms) = state.timing.ready_ms {
                        { format!(" · first full render {} ms after navigation start", fixed(ms, 0)) }
                    }
                    { " · nothing left your browser." }
                </p>
                <p>{ "Facet counts are numbers of articles. Entities are matched across articles by name, ignoring case and accents; a lone surname joins the one full name it ends." }</p>
            </footer>
        </main>
    }
}

/// The app's callbacks into its state, made once: each dispatches an action.
#[derive(Clone)]
struct Callbacks {
    on_toggle: Callback<Filter>,
    on_clear: Callback<MouseEvent>,
    on_open_event: Callback<usize>,
    on_hover_event: Callback<Option<usize>>,
    on_pick_event: Callback<usize>,
    on_range: Callback<Option<(i64, i64)>>,
    on_zoom: Callback<Option<(i64, i64)>>,
    on_pair: Callback<Option<(usize, usize)>>,
    on_basis: Callback<frontera_corpus::cooccur::Basis>,
    on_list: Callback<bool>,
    on_open_doc: Callback<usize>,
    on_focus: Callback<frontera_core::Span>,
    on_open_entity: Callback<usize>,
    on_close_entity: Callback<()>,
    on_open_sentence: Callback<(usize, frontera_core::Span)>,
    on_search: Callback<String>,
    on_remove: Callback<Vec<String>>,
    on_set_meta: Callback<(usize, Option<String>, Option<String>)>,
    /// An article's date corrected in the import panel.
    on_set_doc_date: Callback<(usize, Option<String>)>,
    /// The date of the article in the reader (`shown`) corrected.
    on_set_reader_date: Callback<Option<String>>,
}

impl Callbacks {
    fn new(d: UseReducerDispatcher<State>, shown: Rc<std::cell::RefCell<usize>>) -> Callbacks {
        fn dispatching<T: 'static>(
            d: &UseReducerDispatcher<State>,
            make: fn(T) -> Action,
        ) -> Callback<T> {
            let d = d.clone();
            Callback::from(move |x| d.dispatch(make(x)))
        }
        Callbacks {
            on_toggle: dispatching(&d, Action::ToggleFilter),
            on_clear: dispatching(&d, |_: MouseEvent| Action::ClearFilters),
            on_open_event: dispatching(&d, Action::OpenEvent),
            on_hover_event: dispatching(&d, Action::HoverEvent),
            on_pick_event: dispatching(&d, Action::PickEvent),
            on_range: dispatching(&d, Action::SetRange),
            on_zoom: dispatching(&d, Action::SetZoom),
            on_pair: dispatching(&d, Action::SelectPair),
            on_basis: dispatching(&d, Action::SetBasis),
            on_list: dispatching(&d, Action::SetPairList),
            on_open_doc: dispatching(&d, Action::OpenDoc),
            on_focus: dispatching(&d, Action::FocusSentence),
            on_open_entity: dispatching(&d, Action::OpenEntity),
            on_close_entity: dispatching(&d, |()| Action::CloseEntity),
            on_open_sentence: dispatching(&d, |(doc, span)| Action::OpenSentence(doc, span)),
            on_search: dispatching(&d, Action::Search),
            on_remove: dispatching(&d, Action::RemoveArticles),
            on_set_meta: dispatching(&d, |(i, t, s)| Action::SetDocMeta(i, t, s)),
            on_set_doc_date: dispatching(&d, |(i, date)| Action::SetDocDate(i, date)),
            on_set_reader_date: {
                let d = d.clone();
                Callback::from(move |date| d.dispatch(Action::SetDocDate(*shown.borrow(), date)))
            },
        }
    }
}

/// The callbacks that build a new corpus from `base`: with corrections, and with more
/// articles (`true`: open the first of them).
type Rebuilders = (
    Callback<Corrections>,
    Callback<(
        Vec<(frontera_core::Document, frontera_core::Extraction)>,
        bool,
    )>,
);

fn rebuilders(d: UseReducerDispatcher<State>, base: Rc<Corpus>) -> Rebuilders {
    let on_correct = {
        let (d, base) = (d.clone(), base.clone());
        Callback::from(move |fixes: Corrections| {
            let (d, base) = (d.clone(), base.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let corpus = Rc::new(rebuild::build(&base, Vec::new(), fixes).await);
                d.dispatch(Action::Replace {
                    base,
                    corpus,
                    show_new: false,
                });
            });
        })
    };
    let on_add = Callback::from(move |(items, show_new): (Vec<_>, bool)| {
        let (d, base) = (d.clone(), base.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let fixes = base.corrections.clone();
            let corpus = Rc::new(rebuild::build(&base, items, fixes).await);
            d.dispatch(Action::Replace {
                base,
                corpus,
                show_new,
            });
        });
    });
    (on_correct, on_add)
}

/// Panels brought up to date one frame at a time after the corpus changes (an import, a
/// restore, a correction): the masthead, facets and import panel at once, then the timeline,
/// the reader, the co-occurrence and the figures, each in a task of its own after a frame
/// has been drawn, so input is answered in between. Until its stage comes a panel keeps its
/// last rendering (the same props, so Yew leaves it alone), and a render that only advances
/// the stage renders nothing else again.
#[derive(Default)]
struct Stagger {
    corpus: Option<std::rc::Weak<Corpus>>,
    stage: usize,
    scheduled: bool,
    /// The render under way only advances the stage.
    tick: bool,
    shown: Vec<Option<Html>>,
}

const STAGES: usize = 4;

impl Stagger {
    /// `staged(slot, stage, make)`: the panel of `slot`, made now or kept from before.
    fn panel(
        this: &Rc<std::cell::RefCell<Stagger>>,
        corpus: &Rc<Corpus>,
        force_update: UseForceUpdateHandle,
    ) -> impl FnMut(usize, usize, &mut dyn FnMut() -> Html) -> Html {
        let tick = {
            let mut st = this.borrow_mut();
            let same = st
                .corpus
                .as_ref()
                .and_then(std::rc::Weak::upgrade)
                .is_some_and(|c| Rc::ptr_eq(&c, corpus));
            let tick = std::mem::take(&mut st.tick) && same;
            if !same {
                st.corpus = Some(Rc::downgrade(corpus));
                st.stage = 0;
            }
            if st.stage < STAGES && !st.scheduled {
                st.scheduled = true;
                let this = this.clone();
                after_next_frame(move || {
                    {
                        let mut st = this.borrow_mut();
                        st.scheduled = false;
                        st.stage += 1;
                        st.tick = true;
                    }
                    force_update.force_update();
                });
            }
            tick
        };
        let this = this.clone();
        move |slot, stage, make| {
            let mut st = this.borrow_mut();
            if st.shown.len() <= slot {
                st.shown.resize(slot + 1, None);
            }
            let fresh = if tick {
                stage == st.stage
            } else {
                st.stage >= stage
            };
            match &st.shown[slot] {
                Some(kept) if !fresh => kept.clone(),
                _ => {
                    let html = make();
                    st.shown[slot] = Some(html.clone());
                    html
                }
            }
        }
    }
}

/// Run `f` in a task of its own once the browser has drawn a frame, so the frame (and any
/// input waiting for it) is not held by the work of `f`.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        Timeout::new(0, f).forget();
    });
    if window
        .request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&callback))
        .is_err()
    {
        // No frames (a hidden page): a plain task still lets input through.
        if let Ok(f) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(callback) {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}

/// At most `max` chars, cut at a char boundary, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", s[..cut].trim_end()),
        None => s.to_owned(),
    }
}

/// Move keyboard focus to the element with this id (it needs a tabindex).
fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

fn stat(n: usize, what: &str) -> Html {
    html! {
        <div class="stat">
            <dt>{ what.to_owned() }</dt>
            <dd>{ n }</dd>
        </div>
    }
}
