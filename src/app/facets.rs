//! The facet lists: people, organisations, places, years and articles, each row a toggle
//! with the number of matching articles.

use std::rc::Rc;

use frontera_corpus::normalize::name_key;
use frontera_corpus::{Corpus, Facet, Filter};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Rows shown before "Show all".
const SHORT_LIST: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub corpus: Rc<Corpus>,
    pub filters: Vec<Filter>,
    pub on_toggle: Callback<Filter>,
    pub on_open_entity: Callback<usize>,
    /// The articles matching the filters and the text search: the lists count in them.
    pub matching: Rc<Vec<usize>>,
}

#[function_component(Facets)]
pub fn facets(props: &FacetsProps) -> Html {
    html! {
        <section id="facets" aria-label="Filters">
            <p class="facets-note">{ "Numbers count articles. Selected filters must all match." }</p>
            { for Facet::ALL.iter().map(|&facet| html! {
                <FacetList key={facet.as_str()} facet={facet} corpus={props.corpus.clone()}
                    filters={props.filters.clone()} on_toggle={props.on_toggle.clone()}
                    on_open_entity={props.on_open_entity.clone()} matching={props.matching.clone()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FacetListProps {
    facet: Facet,
    corpus: Rc<Corpus>,
    filters: Vec<Filter>,
    on_toggle: Callback<Filter>,
    on_open_entity: Callback<usize>,
    matching: Rc<Vec<usize>>,
}

#[function_component(FacetList)]
fn facet_list(props: &FacetListProps) -> Html {
    let _trace = super::bench::scope("FacetList");
    let expanded = use_state(|| false);
    let query = use_state(String::new);
    // Counts for every value, names only for the rows shown (or searched): thousands of
    // entities at scale, eight rows on screen.
    let counts = props
        .corpus
        .facet_counts(props.facet, &props.filters, &props.matching);
    let total = counts.len();
    let row = |&(f, count): &(Filter, usize)| props.corpus.facet_row(f, count, &props.filters);
    // Case and accents do not matter: "calderon" finds "Calderón". An entity is also found
    // by any spelling it was found under (its name before a rename, those merged into it).
    let key = name_key(&query);
    let spelled = |f: Filter| match f {
        Filter::Entity(e) => props
            .corpus
            .entities
            .get(e)
            .is_some_and(|x| x.variants.iter().any(|v| name_key(v).contains(&key))),
        _ => false,
    };
    let searching = !key.is_empty();
    let found = if searching {
        counts
            .iter()
            .map(row)
            .filter(|r| {
                name_key(&r.label).contains(&key)
                    || name_key(&r.value).contains(&key)
                    || spelled(r.filter)
            })
            .collect::<Vec<_>>()
    } else {
        Vec::new()
    };
    let n_found = if searching { found.len() } else { total };
    let long = n_found > SHORT_LIST + 2 && !searching;
    let shown = if long && !*expanded {
        SHORT_LIST
    } else {
        n_found
    };
    let rows = if searching {
        found
    } else {
        counts.iter().take(shown).map(row).collect()
    };
    let found = n_found;
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(input.value());
            }
        })
    };
    let search_id = format!("facet-search-{}", props.facet.as_str());
    let toggle_expand = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let facet = props.facet;
    // Open on wide screens; on narrow ones every list starts folded, so the timeline and
    // the reader come within the first screen.
    let open = use_state(|| !narrow_screen());
    html! {
        <details class={classes!("facet", format!("facet-{}", facet.as_str()))} data-facet={facet.as_str()} open={*open}>
            <summary class="facet-summary">
                <h2 class="facet-title">
                    { facet.title() }
                    <span class="facet-total">{ if searching { format!("{found} of {total}") } else { total.to_string() } }</span>
                </h2>
            </summary>
            // Entity lists always get a search box (they grow with the corpus); the
            // years and articles lists only once they are long.
            if total > SHORT_LIST || matches!(facet, Facet::People | Facet::Orgs | Facet::Places) {
                <label class="visually-hidden" for={search_id.clone()}>{ format!("Search {}", facet.title().to_lowercase()) }</label>
                <input type="search" class="facet-search" id={search_id} placeholder={format!("Find in {}", facet.title().to_lowercase())}
                    autocomplete="off" spellcheck="false" value={(*query).clone()} oninput={on_input} />
            }
            if rows.is_empty() && searching {
                <p class="empty">{ format!("Nothing matches “{}”.", *query) }</p>
            } else if rows.is_empty() {
                <p class="empty">{ empty_text(facet, props.filters.is_empty()) }</p>
            } else {
                <ul class="facet-rows">
                    { for rows.into_iter().take(shown).map(|row| {
                        let on_toggle = props.on_toggle.clone();
                        let f = row.filter;
                        let swatch = match f {
                            Filter::Article(a) => html! { <span class={classes!("swatch", format!("doc-c{}", a % 8))} aria-hidden="true"></span> },
                            _ => html! {},
                        };
                        let open = match f {
                            Filter::Entity(e) => {
                                let on_open = props.on_open_entity.clone();
                                html! {
                                    <button class="open-entity" title={format!("Open the page of {}", row.label)}
                                        aria-label={format!("Open the page of {}", row.label)}
                                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(e))}>
                                        <span aria-hidden="true">{ "›" }</span>
                                    </button>
                                }
                            }
                            _ => html! {},
                        };
                        html! {
                            <li class="facet-item">
                                <button class={classes!("facet-row", row.active.then_some("active"))}
                                    data-value={row.value.clone()}
                                    aria-pressed={if row.active { "true" } else { "false" }}
                                    title={if row.active { "Remove this filter" } else { "Show only articles with this" }}
                                    onclick={Callback::from(move |_: MouseEvent| on_toggle.emit(f))}>
                                    { swatch }
                                    <span class="label">{ row.label }</span>
                                    <span class="count">{ row.count }</span>
                                </button>
                                { open }
                            </li>
                        }
                    }) }
                </ul>
                if long {
                    <button class="more" onclick={toggle_expand}>
                        { if *expanded { "Show fewer".to_owned() } else { format!("Show all {total}") } }
                    </button>
                }
            }
        </details>
    }
}

/// One-column layout (the breakpoint of style.css): facets start folded.
fn narrow_screen() -> bool {
    gloo::utils::window()
        .match_media("(max-width: 900px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn empty_text(facet: Facet, unfiltered: bool) -> String {
    let what = match facet {
        Facet::People => "people",
        Facet::Orgs => "organisations",
        Facet::Places => "places",
        Facet::Years => "dated sentences",
        Facet::Articles => "articles",
    };
    if unfiltered {
        format!("No {what} found in the articles.")
    } else {
        format!("No {what} in the matching articles. Remove a filter to see more.")
    }
}
