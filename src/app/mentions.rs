//! Reader helpers for the highlighted mentions: the legend that shows or hides each kind,
//! the entity card shown while a name is pointed at or focused, keyboard "next/previous
//! highlight" (n / p, or ] / [) and the jump from a figure to its row in the figures table.

use frontera_corpus::decimal::fixed;
use std::collections::BTreeSet;
use std::rc::Rc;

use frontera_core::EntityType;
use frontera_corpus::highlight::MarkKind;
use frontera_corpus::timeline::describe_value;
use frontera_corpus::Corpus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::shorten;

/// The kinds the legend toggles, with their names.
pub const KINDS: [(MarkKind, &str); 6] = [
    (MarkKind::Person, "person"),
    (MarkKind::Org, "organisation"),
    (MarkKind::Place, "place"),
    (MarkKind::Date, "date"),
    (MarkKind::Figure, "figure"),
    (MarkKind::Quote, "quote"),
];

/// The legend: one toggle per kind (pressed = shown), and the keyboard hint.
pub fn legend(hidden: &UseStateHandle<BTreeSet<MarkKind>>) -> Html {
    let toggles = KINDS.iter().map(|&(kind, name)| {
        let shown = !hidden.contains(&kind);
        let hidden = hidden.clone();
        let key_class = kind.class().replacen("m-", "k-", 1);
        html! {
            <li>
                <button type="button" class={classes!("legend-toggle", (!shown).then_some("off"))}
                    data-kind={name} aria-pressed={shown.to_string()}
                    title={if shown { format!("Hide {name} highlights") } else { format!("Show {name} highlights") }}
                    onclick={Callback::from(move |_: MouseEvent| {
                        let mut h = (*hidden).clone();
                        if !h.remove(&kind) {
                            h.insert(kind);
                        }
                        hidden.set(h);
                    })}>
                    <span class={classes!("key", key_class)} aria-hidden="true"></span>
                    { name }
                </button>
            </li>
        }
    });
    html! {
        <div class="mark-legend">
            <ul class="legend" aria-label="Highlights: press a kind to show or hide it">{ for toggles }</ul>
            <p class="legend-note" id="reader-keys">
                { "Click a name for its page, a date for the timeline, a figure for its row in the table, a quote for its speaker. Keys: " }
                <kbd>{ "n" }</kbd>{ " / " }<kbd>{ "p" }</kbd>{ " next / previous highlight, " }<kbd>{ "Enter" }</kbd>{ " opens it." }
            </p>
        </div>
    }
}

/// Where to show the card of a name: its entity and its position in the reader body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Card {
    pub entity: usize,
    pub top: f64,
    pub left: f64,
}

impl Card {
    /// The card for `entity` under the mark that is the target of `event`.
    pub fn under(entity: usize, event: &web_sys::Event) -> Option<Card> {
        let mark = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let body = mark.closest(".reader-body").ok()??;
        let (m, b) = (
            mark.get_bounding_client_rect(),
            body.get_bounding_client_rect(),
        );
        Some(Card {
            entity,
            top: m.bottom() - b.top() + 6.0,
            left: (m.left() - b.left()).clamp(0.0, (b.width() - 300.0).max(0.0)),
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    pub corpus: Rc<Corpus>,
    pub card: Card,
}

/// A short card: kind, name, how much the corpus says of it, roles and other names.
#[function_component(EntityCard)]
pub fn entity_card(props: &EntityCardProps) -> Html {
    let Some(p) = props.corpus.profile(props.card.entity) else {
        return html! {};
    };
    let kind = match p.kind {
        EntityType::Person => "Person",
        EntityType::Org => "Organisation",
        EntityType::Place => "Place",
        EntityType::Misc => "Other",
    };
    let roles: Vec<String> = p
        .role_groups()
        .into_iter()
        .take(3)
        .map(|(role, seen)| {
            let when = seen
                .iter()
                .find_map(|r| r.date.as_deref())
                .map(|d| format!(" ({})", describe_value(d)))
                .unwrap_or_default();
            format!("{role}{when}")
        })
        .collect();
    let names: Vec<String> = p
        .aliases
        .iter()
        .filter(|a| a.text != p.name)
        .take(4)
        .map(|a| a.text.clone())
        .collect();
    let with: Vec<String> = p
        .cooccurs
        .iter()
        .take(3)
        .filter_map(|o| props.corpus.entities.get(o.entity))
        .map(|e| e.name.clone())
        .collect();
    let style = format!(
        "top:{}px;left:{}px",
        fixed(props.card.top, 0),
        fixed(props.card.left, 0)
    );
    let row = |key: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            html! { <p class="card-row"><span class="card-key">{ key }</span>{ shorten(&items.join(" · "), 140) }</p> }
        })
    };
    html! {
        <div id="entity-card" class="entity-card" role="tooltip" {style}>
            <p class="kicker">{ kind }</p>
            <p class="entity-card-name">{ p.name.clone() }</p>
            <p class="entity-card-stats">
                { format!("{} mention{} in {} article{}", p.mentions, if p.mentions == 1 { "" } else { "s" },
                    p.articles.len(), if p.articles.len() == 1 { "" } else { "s" }) }
            </p>
            { for row("Roles", roles) }
            { for row("Also", names) }
            { for row("Often with", with) }
            <p class="card-hint">{ "Click or press Enter for the full page" }</p>
        </div>
    }
}

/// Move keyboard focus to the next (or previous) highlight of the reader that can be
/// opened; from outside the reader, to its first (or last).
pub fn step_mention(forward: bool) {
    let doc = gloo::utils::document();
    let Ok(list) = doc.query_selector_all("#reader .reader-body mark[tabindex]") else {
        return;
    };
    let marks: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if marks.is_empty() {
        return;
    }
    let active = doc.active_element();
    let at = marks.iter().position(|m| {
        active
            .as_ref()
            .is_some_and(|a| a == m.unchecked_ref::<web_sys::Element>())
    });
    let next = match (at, forward) {
        (Some(i), true) => (i + 1).min(marks.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
        (None, true) => 0,
        (None, false) => marks.len() - 1,
    };
    if let Some(m) = marks.get(next) {
        let _ = m.focus();
    }
}

/// n / p (or ] / [) anywhere on the page except while typing: next / previous highlight.
#[hook]
pub fn use_mention_keys() {
    use_effect_with((), |_| {
        let listener = gloo::events::EventListener::new(&gloo::utils::document(), "keydown", |e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if k.ctrl_key() || k.meta_key() || k.alt_key() || typing(k) {
                return;
            }
            let forward = match k.key().as_str() {
                "n" | "]" => true,
                "p" | "[" => false,
                _ => return,
            };
            k.prevent_default();
            step_mention(forward);
        });
        move || drop(listener)
    });
}

/// True when the key goes to a text field.
fn typing(k: &web_sys::KeyboardEvent) -> bool {
    k.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// Show a figure's row in the figures table: open the table, scroll to the row and focus
/// its link. The table renders its rows once open (its `toggle` event), so the row may
/// arrive a moment later: look again for a while.
pub fn show_figure_row(doc: usize, start: usize) {
    let d = gloo::utils::document();
    if let Ok(Some(details)) = d.query_selector("#figures details.all-figures") {
        let _ = details.set_attribute("open", "");
    }
    focus_figure_row(doc, start, 20);
}

fn focus_figure_row(doc: usize, start: usize, tries: u32) {
    let d = gloo::utils::document();
    let Ok(Some(row)) = d.query_selector(&format!("#fig-{doc}-{start}")) else {
        if tries > 0 {
            gloo::timers::callback::Timeout::new(25, move || {
                focus_figure_row(doc, start, tries - 1)
            })
            .forget();
        }
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    row.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(Some(link)) = row.query_selector("button") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            let _ = link.focus();
        }
    }
}
