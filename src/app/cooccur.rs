//! "Who appears with whom": pairs of the most-named entities of the matching articles,
//! ranked by the sentences (or articles) they share. Choosing a pair lists its shared
//! sentences, each opening the reader; "Filter by both" narrows every view to them.

use std::rc::Rc;

use frontera_core::{EntityType, Span};
use frontera_corpus::cooccur::{Basis, Pair};
use frontera_corpus::{Corpus, Filter};
use yew::prelude::*;

use super::entity::marked;
use super::shorten;

/// Entities considered: the most-named of the matching articles.
const TOP_ENTITIES: usize = 30;
/// Pairs listed before "Show all".
const SHORT_LIST: usize = 12;

#[derive(Properties, PartialEq)]
pub struct CoOccurrenceProps {
    pub corpus: Rc<Corpus>,
    /// Articles matching the filters and the search.
    pub matching: Rc<Vec<usize>>,
    pub filters: Vec<Filter>,
    pub on_toggle: Callback<Filter>,
    pub on_open_entity: Callback<usize>,
    pub on_open_sentence: Callback<(usize, Span)>,
}

fn dot_class(corpus: &Corpus, e: usize) -> &'static str {
    match corpus.entities.get(e).map(|x| x.kind) {
        Some(EntityType::Person) => "m-person",
        Some(EntityType::Org) => "m-org",
        _ => "m-place",
    }
}

fn name(corpus: &Corpus, e: usize) -> String {
    corpus
        .entities
        .get(e)
        .map(|x| x.name.clone())
        .unwrap_or_default()
}

#[function_component(CoOccurrence)]
pub fn cooccurrence(props: &CoOccurrenceProps) -> Html {
    let basis = use_state(Basis::default);
    let selected = use_state(|| None::<(usize, usize)>);
    let expanded = use_state(|| false);
    let pairs = use_memo(
        (props.corpus.clone(), props.matching.clone(), *basis),
        |(c, m, b)| c.cooccurring_pairs(m, *b, TOP_ENTITIES),
    );
    // A pair that left the list (filters changed) is no longer shown.
    let current = (*selected).filter(|&(a, b)| pairs.iter().any(|p| (p.a, p.b) == (a, b)));
    let corpus = &props.corpus;
    let max = pairs.first().map_or(1, |p| p.count.max(1));
    let shown = if *expanded {
        pairs.len()
    } else {
        SHORT_LIST.min(pairs.len())
    };
    let what = match *basis {
        Basis::Sentences => "sentence",
        Basis::Articles => "article",
    };

    let basis_button = |b: Basis, label: &'static str| {
        let (basis, selected) = (basis.clone(), selected.clone());
        let on = *basis == b;
        html! {
            <button type="button" aria-pressed={on.to_string()} class={classes!("seg-btn", on.then_some("on"))}
                onclick={Callback::from(move |_: MouseEvent| { basis.set(b); selected.set(None); })}>
                { label }
            </button>
        }
    };

    let row = |p: &Pair| {
        let (a, b) = (p.a, p.b);
        let open = current == Some((a, b));
        let selected = selected.clone();
        let toggle = Callback::from(move |_: MouseEvent| {
            selected.set(if open { None } else { Some((a, b)) });
        });
        let pct = (p.count as f64 / max as f64 * 100.0).round();
        let (na, nb) = (name(corpus, a), name(corpus, b));
        html! {
            <li>
                <button type="button" class={classes!("pair", open.then_some("open"))} data-a={na.clone()} data-b={nb.clone()}
                    aria-expanded={open.to_string()} aria-controls={open.then_some("pair-detail")}
                    onclick={toggle}>
                    <span class="pair-names">
                        <span class={classes!("dot", dot_class(corpus, a))} aria-hidden="true"></span>
                        <span class="label">{ na }</span>
                        <span class="pair-and" aria-hidden="true">{ "&" }</span>
                        <span class={classes!("dot", dot_class(corpus, b))} aria-hidden="true"></span>
                        <span class="label">{ nb }</span>
                    </span>
                    <span class="pair-bar" aria-hidden="true"><span style={format!("width:{pct}%")}></span></span>
                    <span class="count">{ p.count }<span class="visually-hidden">{ format!(" shared {what}{}", if p.count == 1 { "" } else { "s" }) }</span></span>
                </button>
                if open {
                    { detail(props, a, b) }
                }
            </li>
        }
    };

    html! {
        <section id="cooccur" class="panel cooccur-pane" aria-labelledby="cooccur-title">
            <div class="panel-head">
                <h2 id="cooccur-title">{ "Who appears with whom" }</h2>
                <div class="seg" role="group" aria-label="Count pairs named in the same">
                    { basis_button(Basis::Sentences, "Same sentence") }
                    { basis_button(Basis::Articles, "Same article") }
                </div>
            </div>
            <p class="hint">
                { format!("Pairs among the {TOP_ENTITIES} most-named people, organisations and places of the matching articles, by shared {what}s. Choose a pair to read what they share.") }
            </p>
            if pairs.is_empty() {
                <p class="empty">{ format!("No two names share a {what} in the matching articles. Remove a filter or try “Same article”.") }</p>
            } else {
                <ol class="pairs" data-basis={what}>{ for pairs.iter().take(shown).map(row) }</ol>
                if pairs.len() > SHORT_LIST {
                    <button type="button" class="more" onclick={{ let e = expanded.clone(); Callback::from(move |_: MouseEvent| e.set(!*e)) }}>
                        { if *expanded { "Show fewer".to_owned() } else { format!("Show all {} pairs", pairs.len()) } }
                    </button>
                }
            }
        </section>
    }
}

/// The shared sentences of a pair, and filters for it.
fn detail(props: &CoOccurrenceProps, a: usize, b: usize) -> Html {
    let corpus = &props.corpus;
    let shared = corpus.shared_sentences(&props.matching, a, b);
    let both_active = [a, b]
        .iter()
        .all(|&e| props.filters.contains(&Filter::Entity(e)));
    let filter_both = {
        let (on_toggle, filters) = (props.on_toggle.clone(), props.filters.clone());
        Callback::from(move |_: MouseEvent| {
            for e in [a, b] {
                if !filters.contains(&Filter::Entity(e)) {
                    on_toggle.emit(Filter::Entity(e));
                }
            }
        })
    };
    let open_entity = |e: usize| {
        let on_open = props.on_open_entity.clone();
        html! {
            <button type="button" class="btn" onclick={Callback::from(move |_: MouseEvent| on_open.emit(e))}>
                { format!("Page of {}", shorten(&name(corpus, e), 28)) }
            </button>
        }
    };
    let sentences = shared.iter().map(|s| {
        let on_open = props.on_open_sentence.clone();
        let (d, span) = (s.doc, s.sentence);
        let label = corpus.articles.get(d).map(|x| x.label()).unwrap_or_default();
        html! {
            <li>
                <button type="button" class="sentence-link" title="Open in the reader"
                    onclick={Callback::from(move |_: MouseEvent| on_open.emit((d, span)))}>
                    <span class="fact-sub">
                        <span class={classes!("swatch", format!("doc-c{}", d % 8))} aria-hidden="true"></span>
                        { shorten(&label, 60) }
                    </span>
                    <span class="pair-sentence">{ marked(corpus, d, span, &s.spans, "m-pair") }</span>
                </button>
            </li>
        }
    });
    html! {
        <div id="pair-detail" class="pair-detail">
            <div class="pair-actions">
                <button type="button" class="btn" id="pair-filter" disabled={both_active} onclick={filter_both}>
                    { if both_active { "Filtered by both" } else { "Filter by both" } }
                </button>
                { open_entity(a) }
                { open_entity(b) }
            </div>
            if shared.is_empty() {
                <p class="empty">{ "They share articles but no sentence. “Filter by both” shows those articles." }</p>
            } else {
                <ol id="pair-sentences" class="entity-mentions">{ for sentences }</ol>
            }
        </div>
    }
}
