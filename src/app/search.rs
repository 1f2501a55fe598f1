//! Full-text search: the header's search box and the list of matching sentences, each
//! with its hits marked and opening the reader at that sentence.

use std::rc::Rc;

use frontera_core::Span;
use frontera_corpus::search::Found;
use frontera_corpus::Corpus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::shorten;

/// Sentences listed at most.
pub const MAX_RESULTS: usize = 200;
/// Sentences listed at first (about four boxfuls), then this many more per "Show more": a
/// search at 10,000 articles made and laid out 200 results each time it changed.
const RESULTS_STEP: usize = 40;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: String,
    pub on_search: Callback<String>,
}

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let on_input = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                on_search.emit(input.value());
            }
        })
    };
    html! {
        <form class="search-box" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <label for="search">{ "Search the articles" }</label>
            <input type="search" id="search" placeholder={"calderon, \"drug cartels\"…"} autocomplete="off"
                spellcheck="false" value={props.query.clone()} oninput={on_input} />
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SearchResultsProps {
    pub corpus: Rc<Corpus>,
    pub query: String,
    /// The first matching sentences (at most [`MAX_RESULTS`]) and how many there are.
    pub results: Rc<Found>,
    pub on_open_sentence: Callback<(usize, Span)>,
}

#[function_component(SearchResults)]
pub fn search_results(props: &SearchResultsProps) -> Html {
    let _trace = super::bench::scope("SearchResults");
    let corpus = &props.corpus;
    let docs = &props.results.docs;
    let n = props.results.sentences;
    // How many are listed, for the query it was chosen for (a new query starts again).
    let more = use_state(|| (String::new(), RESULTS_STEP));
    let limit = if more.0 == props.query {
        more.1
    } else {
        RESULTS_STEP
    };
    let shown = limit.min(n);
    let show_more = (shown < n.min(MAX_RESULTS)).then(|| {
        let (more, query) = (more.clone(), props.query.clone());
        let next = (limit + RESULTS_STEP).min(MAX_RESULTS);
        let onclick = Callback::from(move |_: MouseEvent| more.set((query.clone(), next)));
        html! {
            <button type="button" class="more" id="search-more" {onclick}>
                { format!("Show {} more", next.min(n) - shown) }
            </button>
        }
    });
    let items = props.results.first.iter().take(shown).map(|m| {
        let Some(a) = corpus.articles.get(m.doc) else {
            return html! {};
        };
        let text = a.doc.text.as_str();
        // Text and hits of the sentence, hits clipped to it and never overlapping.
        let mut parts = Vec::new();
        let mut at = m.sentence.start;
        for h in &m.hits {
            let start = h.start.max(at);
            let end = h.end.min(m.sentence.end);
            if start >= end {
                continue;
            }
            if let Some(t) = text.get(at..start) {
                parts.push(html! { { t.to_owned() } });
            }
            if let Some(t) = text.get(start..end) {
                parts.push(html! { <mark class="hit">{ t.to_owned() }</mark> });
            }
            at = end;
        }
        if let Some(t) = text.get(at..m.sentence.end) {
            parts.push(html! { { t.to_owned() } });
        }
        let on_open = props.on_open_sentence.clone();
        let (d, s) = (m.doc, m.sentence);
        html! {
            <li data-doc={a.doc.id.clone()}>
                <button class="result" title="Open in the reader"
                    onclick={Callback::from(move |_: MouseEvent| on_open.emit((d, s)))}>
                    <span class="result-doc">
                        <span class={classes!("swatch", format!("doc-c{}", m.doc % 8))} aria-hidden="true"></span>
                        { shorten(&a.label(), 60) }
                    </span>
                    <span class="result-text">{ for parts }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="panel search-pane" aria-labelledby="search-title">
            <div class="panel-head">
                <h2 id="search-title">{ "Search results" }</h2>
                <p class="hint" aria-live="polite">
                    { format!("{n} sentence{} in {} article{} for “{}”",
                        if n == 1 { "" } else { "s" }, docs.len(), if docs.len() == 1 { "" } else { "s" }, props.query.trim()) }
                    if n > shown { { format!(" · first {shown} shown") } }
                </p>
            </div>
            if n == 0 {
                <p class="empty">{ "No sentence of the matching articles has all these words. Check the spelling, or remove a filter." }</p>
            } else {
                <ol id="search-results">{ for items }</ol>
                { for show_more }
            }
        </section>
    }
}
