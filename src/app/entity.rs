//! The entity page: one person, organisation or place across the corpus — names, roles
//! (with their articles' dates), mentions by sentence, co-occurring entities and quotes.
//! Every sentence is a button that opens the reader at it. "Correct this entity" renames
//! it or merges it into another of its kind (`frontera_corpus::corrections`), with undo.

use std::rc::Rc;

use frontera_core::{EntityType, Span};
use frontera_corpus::corrections::Corrections;
use frontera_corpus::normalize::{key_words, name_key};
use frontera_corpus::timeline::describe_value;
use frontera_corpus::{Corpus, Filter};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::shorten;

/// Co-occurring entities shown.
const TOP_COOCCURS: usize = 10;

#[derive(Properties, PartialEq)]
pub struct EntityPageProps {
    pub corpus: Rc<Corpus>,
    pub entity: usize,
    /// Bumped on every opening, so the page scrolls into view even when already open.
    pub seq: u32,
    pub filters: Vec<Filter>,
    pub on_toggle: Callback<Filter>,
    pub on_open_entity: Callback<usize>,
    /// Open the reader at (article, sentence).
    pub on_open_sentence: Callback<(usize, Span)>,
    pub on_close: Callback<()>,
    /// The corrections with this entity renamed, merged or split.
    pub on_correct: Callback<Corrections>,
}

/// Entities offered as merge targets.
const MERGE_CHOICES: usize = 8;

fn kind_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Org => "Organisation",
        EntityType::Place => "Place",
        EntityType::Misc => "Other",
    }
}

#[function_component(EntityPage)]
pub fn entity_page(props: &EntityPageProps) -> Html {
    use_effect_with((props.seq, props.entity), |_| {
        let doc = gloo::utils::document();
        if let Some(el) = doc.get_element_by_id("entity-page") {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Start);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
        if let Some(h) = doc
            .get_element_by_id("entity-title")
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = h.focus();
        }
    });

    let corpus = &props.corpus;
    let Some(p) = corpus.profile(props.entity) else {
        return html! {};
    };
    let filter = Filter::Entity(props.entity);
    let active = props.filters.contains(&filter);
    let label_of = |d: usize| {
        corpus
            .articles
            .get(d)
            .map(|a| a.label())
            .unwrap_or_default()
    };
    let date_of = |d: usize| {
        corpus
            .articles
            .get(d)
            .and_then(|a| a.extraction.doc_date.value.as_deref())
            .map(describe_value)
    };
    let goto = |d: usize, s: Option<Span>, body: Html, class: &'static str| {
        let on_open = props.on_open_sentence.clone();
        html! {
            <button class={class} disabled={s.is_none()} title="Open in the reader"
                onclick={Callback::from(move |_: MouseEvent| if let Some(s) = s { on_open.emit((d, s)) })}>
                { body }
            </button>
        }
    };

    let toggle = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(filter))
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };

    let roles = p.role_groups().into_iter().map(|(text, seen)| {
        html! {
            <li>
                <span class="role-name">{ text.to_owned() }</span>
                <ul class="role-sources">
                    { for seen.iter().map(|r| {
                        let when = date_of(r.doc).unwrap_or_else(|| "undated".to_owned());
                        html! {
                            <li>{ goto(r.doc, r.sentence, html! {
                                <>
                                    <span class={classes!("swatch", format!("doc-c{}", r.doc % 8))} aria-hidden="true"></span>
                                    <span class="role-when">{ when }</span>
                                    { format!(" · {}", shorten(&label_of(r.doc), 48)) }
                                </>
                            }, "role-source") }</li>
                        }
                    }) }
                </ul>
            </li>
        }
    });
    let cooccurs = p.cooccurs.iter().take(TOP_COOCCURS).map(|o| {
        let on_open = props.on_open_entity.clone();
        let e = o.entity;
        let name = corpus
            .entities
            .get(e)
            .map(|x| x.name.clone())
            .unwrap_or_default();
        let kind = corpus.entities.get(e).map_or("", |x| match x.kind {
            EntityType::Person => "m-person",
            EntityType::Org => "m-org",
            _ => "m-place",
        });
        html! {
            <li>
                <button class="entity-link" data-entity={name.clone()}
                    onclick={Callback::from(move |_: MouseEvent| on_open.emit(e))}>
                    <span class={classes!("dot", kind)} aria-hidden="true"></span>
                    <span class="label">{ name }</span>
                </button>
                <span class="count" title="shared sentences">{ o.sentences }</span>
            </li>
        }
    });
    let quotes = p.quotes.iter().map(|q| {
        html! {
            <li>
                { goto(q.doc, q.sentence, html! {
                    <><span class="quote-text">{ format!("“{}”", shorten(q.text.trim().trim_matches(|c| c == '"' || c == '“' || c == '”'), 260)) }</span>
                    <span class="fact-sub">{ shorten(&label_of(q.doc), 70) }</span></>
                }, "fact") }
            </li>
        }
    });
    let mark_class = match p.kind {
        EntityType::Person => "m-person",
        EntityType::Org => "m-org",
        _ => "m-place",
    };
    let articles = p.articles.iter().map(|a| {
        let when = date_of(a.doc).map(|d| format!(" · {d}")).unwrap_or_default();
        html! {
            <li class="entity-article">
                <h4>
                    <span class={classes!("swatch", format!("doc-c{}", a.doc % 8))} aria-hidden="true"></span>
                    { shorten(&label_of(a.doc), 80) }
                    <span class="fact-sub">{ format!("{when} · {} mention{}", a.mentions, if a.mentions == 1 { "" } else { "s" }) }</span>
                </h4>
                <ol class="entity-mentions">
                    { for a.sentences.iter().map(|s| html! {
                        <li>{ goto(a.doc, Some(s.sentence), marked(corpus, a.doc, s.sentence, &s.spans, mark_class), "sentence-link") }</li>
                    }) }
                </ol>
            </li>
        }
    });

    let origin = corpus
        .entities
        .get(props.entity)
        .map(|e| e.origin.clone())
        .unwrap_or_default();
    let fix = html! {
        <Correct key={format!("{}-{}", props.entity, p.name)} corpus={corpus.clone()} entity={props.entity}
            on_correct={props.on_correct.clone()} />
    };

    html! {
        <section id="entity-page" class="panel entity-page" data-entity={p.name.clone()} aria-labelledby="entity-title">
            <header class="entity-head">
                <div>
                    <p class="kicker">{ kind_name(p.kind) }</p>
                    <h2 id="entity-title" class="entity-name" tabindex="-1">{ p.name.clone() }</h2>
                    <p class="entity-stats">
                        { format!("{} mention{} in {} article{}", p.mentions, if p.mentions == 1 { "" } else { "s" },
                            p.articles.len(), if p.articles.len() == 1 { "" } else { "s" }) }
                    </p>
                    if origin.rename.is_some() {
                        <p class="entity-origin">{ format!("Renamed by you; found as “{}”.", origin.auto_name) }</p>
                    }
                    if !origin.merged.is_empty() {
                        <p class="entity-origin">{ format!("Merged by you with {}.",
                            origin.merged.iter().map(|(n, _)| format!("“{n}”")).collect::<Vec<_>>().join(", ")) }</p>
                    }
                </div>
                <div class="entity-actions">
                    <button class="btn" aria-pressed={if active { "true" } else { "false" }} onclick={toggle}>
                        { if active { "Remove filter" } else { "Filter by this" } }
                    </button>
                    <button class="btn" id="entity-close" onclick={close}>{ "Close" }</button>
                </div>
            </header>
            { fix }
            <div class="entity-grid">
                <div>
                    <h3>{ "Names used" }</h3>
                    <ul class="entity-aliases">
                        { for p.aliases.iter().map(|a| html! {
                            <li><span class="alias">{ a.text.clone() }</span><span class="count">{ a.count }</span></li>
                        }) }
                    </ul>
                </div>
                <div>
                    <h3>{ "Roles" }</h3>
                    if p.roles.is_empty() {
                        <p class="empty">{ "No role or title found." }</p>
                    } else {
                        <ul class="entity-roles">{ for roles }</ul>
                    }
                </div>
                <div>
                    <h3>{ "Often in the same sentence as" }</h3>
                    if p.cooccurs.is_empty() {
                        <p class="empty">{ "Never shares a sentence with another name." }</p>
                    } else {
                        <ol class="entity-cooccurs">{ for cooccurs }</ol>
                    }
                </div>
            </div>
            <h3>{ format!("Quotes ({})", p.quotes.len()) }</h3>
            if p.quotes.is_empty() {
                <p class="empty">{ "No quotes attributed." }</p>
            } else {
                <ul class="entity-quotes">{ for quotes }</ul>
            }
            <h3>{ "Mentions" }</h3>
            <ul class="entity-articles">{ for articles }</ul>
        </section>
    }
}

/// A sentence as text with the entity's mentions marked.
pub(super) fn marked(
    corpus: &Corpus,
    doc: usize,
    sentence: Span,
    spans: &[Span],
    class: &'static str,
) -> Html {
    let Some(text) = corpus.articles.get(doc).map(|a| a.doc.text.as_str()) else {
        return html! {};
    };
    let mut parts = Vec::new();
    let mut at = sentence.start;
    for sp in spans {
        let (start, end) = (sp.start.max(at), sp.end.min(sentence.end));
        if start >= end {
            continue;
        }
        if let (Some(before), Some(name)) = (text.get(at..start), text.get(start..end)) {
            parts.push(html! { { before.to_owned() } });
            parts.push(html! { <mark class={class}>{ name.to_owned() }</mark> });
            at = end;
        }
    }
    if let Some(rest) = text.get(at..sentence.end) {
        parts.push(html! { { rest.trim_end().to_owned() } });
    }
    html! { <>{ for parts }</> }
}

#[derive(Properties, PartialEq)]
struct CorrectProps {
    corpus: Rc<Corpus>,
    entity: usize,
    on_correct: Callback<Corrections>,
}

/// "Correct this entity": rename (or back to the automatic name), merge into another
/// entity of the same kind chosen by name, split merged entities back out.
#[function_component(Correct)]
fn correct(props: &CorrectProps) -> Html {
    let query = use_state(String::new);
    let name_ref = use_node_ref();
    let corpus = &props.corpus;
    let entity = props.entity;
    let Some(e) = corpus.entities.get(entity) else {
        return html! {};
    };
    let what = kind_name(e.kind).to_lowercase();

    let on_rename = {
        let (corpus, name_ref, on_correct) =
            (corpus.clone(), name_ref.clone(), props.on_correct.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                on_correct.emit(corpus.renamed(entity, &input.value()));
            }
        })
    };
    let on_reset = {
        let (corpus, on_correct) = (corpus.clone(), props.on_correct.clone());
        Callback::from(move |_: MouseEvent| on_correct.emit(corpus.renamed(entity, "")))
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |ev: InputEvent| {
            if let Some(input) = ev.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    // Typed: entities with a spelling containing it. Not typed: those sharing the last word
    // of this one's name, the likeliest duplicates ("President Calderón", "Felipe Calderón").
    let typed = !name_key(&query).is_empty();
    let last = key_words(&name_key(&e.name))
        .last()
        .map(|w| w.to_string())
        .unwrap_or_default();
    let choices = if typed {
        corpus.merge_candidates(entity, &query, MERGE_CHOICES)
    } else if last.chars().count() > 2 {
        corpus.merge_candidates(entity, &last, MERGE_CHOICES)
    } else {
        Vec::new()
    };
    let choice = |target: usize| {
        let t = &corpus.entities[target];
        let on_click = {
            let (corpus, on_correct) = (corpus.clone(), props.on_correct.clone());
            Callback::from(move |_: MouseEvent| on_correct.emit(corpus.merged(entity, target)))
        };
        html! {
            <li>
                <button type="button" class="btn merge-into" data-entity={t.name.clone()} onclick={on_click}
                    title={format!("Merge “{}” into “{}”", e.name, t.name)}>
                    <span class="merge-name">{ t.name.clone() }</span>
                    <span class="fact-sub">{ format!("{} mention{}, {} article{}", t.mentions, if t.mentions == 1 { "" } else { "s" },
                        t.docs.len(), if t.docs.len() == 1 { "" } else { "s" }) }</span>
                </button>
            </li>
        }
    };
    let merged = e.origin.merged.iter().map(|(name, merge)| {
        let on_split = {
            let (corpus, on_correct, merge) =
                (corpus.clone(), props.on_correct.clone(), merge.clone());
            Callback::from(move |_: MouseEvent| on_correct.emit(corpus.without(&merge)))
        };
        html! {
            <li>
                <span>{ name.clone() }</span>
                <button type="button" class="btn split" onclick={on_split}
                    aria-label={format!("Split back {name}")}>{ "Split back" }</button>
            </li>
        }
    });

    html! {
        <details class="entity-fix" id="entity-fix">
            <summary>{ format!("Correct this {what}") }</summary>
            <div class="fix-body">
                <form class="fix-rename" id="rename-form" onsubmit={on_rename}>
                    <label for="rename-input">{ "Name" }</label>
                    <div class="fix-row">
                        <input id="rename-input" ref={name_ref} type="text" value={e.name.clone()} autocomplete="off" />
                        <button class="btn btn-primary" type="submit">{ "Rename" }</button>
                        if e.origin.rename.is_some() {
                            <button type="button" class="btn" id="rename-reset" onclick={on_reset}>
                                { format!("Back to “{}”", e.origin.auto_name) }
                            </button>
                        }
                    </div>
                </form>
                <div class="fix-merge">
                    <label for="merge-search">{ format!("Same {what} as…") }</label>
                    <input id="merge-search" type="search" autocomplete="off" placeholder="type part of the other name"
                        value={(*query).clone()} oninput={on_query} aria-describedby="merge-hint" />
                    <p class="hint" id="merge-hint">{
                        if typed { format!("Choose the {what} to merge “{}” into; its name is kept.", e.name) }
                        else if choices.is_empty() { format!("Type a name to find the {what} to merge “{}” into.", e.name) }
                        else { format!("Sharing “{last}” — choose one to merge “{}” into, or type another name.", e.name) }
                    }</p>
                    if !choices.is_empty() {
                        <ul class="merge-choices" id="merge-choices">{ for choices.iter().map(|&t| choice(t)) }</ul>
                    } else if typed {
                        <p class="empty">{ format!("No other {what} with that name.") }</p>
                    }
                </div>
                if !e.origin.merged.is_empty() {
                    <div class="fix-merged">
                        <h3>{ "Merged here" }</h3>
                        <ul class="merged-list" id="merged-list">{ for merged }</ul>
                    </div>
                }
            </div>
        </details>
    }
}
