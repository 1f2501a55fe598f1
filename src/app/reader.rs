//! The reader: one article with its extracted mentions highlighted. Document text is only
//! ever rendered as text nodes (documents may be hostile), never as HTML.

use frontera_corpus::decimal::fixed;
use std::rc::Rc;

use frontera_core::Span;
use frontera_corpus::highlight::{paragraphs, segment, Highlight, MarkKind, Segment};
use frontera_corpus::timeline::describe_value;
use frontera_corpus::{Corpus, Filter, MarkInfo};

use super::mentions::{legend, show_figure_row, use_mention_keys, Card, EntityCard};
use super::shorten;
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub corpus: Rc<Corpus>,
    pub doc: usize,
    /// Articles matching the filters, for the article switcher.
    pub matching: Rc<Vec<usize>>,
    pub focus: Option<Span>,
    pub focus_seq: u32,
    pub filters: Vec<Filter>,
    pub on_toggle: Callback<Filter>,
    pub on_open_doc: Callback<usize>,
    pub on_focus: Callback<Span>,
    /// Show a timeline event (from a click on a date).
    pub on_pick_event: Callback<usize>,
    /// Open an entity's page (from a click on a name).
    pub on_open_entity: Callback<usize>,
    /// Correct the open article's publication date (`None`: infer it again).
    pub on_set_date: Callback<Option<String>>,
}

/// Article tabs shown at most.
const MAX_TABS: usize = 12;

/// The tabs to show of `n` matching articles when the `at`-th is open: all of them, or
/// [`MAX_TABS`] around it.
fn tab_window(n: usize, at: usize) -> std::ops::Range<usize> {
    if n <= MAX_TABS {
        return 0..n;
    }
    let start = at.saturating_sub(MAX_TABS / 2).min(n - MAX_TABS);
    start..start + MAX_TABS
}

#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let _trace = super::bench::scope("Reader");
    // Bring the focused sentence into view after it is rendered.
    use_effect_with((props.focus_seq, props.doc), |_| {
        if let Some(el) = gloo::utils::document().get_element_by_id("focus-sentence") {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_behavior(if super::timeline::reduced_motion() {
                web_sys::ScrollBehavior::Auto
            } else {
                web_sys::ScrollBehavior::Smooth
            });
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });

    // Kinds of highlight hidden from the legend, and the card of the name pointed at.
    let hidden = use_state(BTreeSet::<MarkKind>::new);
    let card = use_state(|| None::<Card>);
    let on_card = {
        let card = card.clone();
        Callback::from(move |c: Option<Card>| card.set(c))
    };
    use_mention_keys();

    let corpus = &props.corpus;
    // The matching articles as tabs: all of a few, a window around the open one of many
    // (a tab per article of 10,000 made the page's every update slow), with the way
    // through the rest.
    let at = props
        .matching
        .iter()
        .position(|&d| d == props.doc)
        .unwrap_or(0);
    let window = tab_window(props.matching.len(), at);
    let step = |to: Option<usize>, label: &'static str, title: &'static str| {
        let on_open = props.on_open_doc.clone();
        match to.and_then(|i| props.matching.get(i).copied()) {
            Some(d) => html! {
                <button type="button" class="doc-step" {title}
                    onclick={Callback::from(move |_: MouseEvent| on_open.emit(d))}>{ label }</button>
            },
            None => html! {},
        }
    };
    let switcher = html! {
        <nav class="doc-tabs" aria-label="Matching articles">
            { for props.matching[window.clone()].iter().map(|&d| {
                let on_open = props.on_open_doc.clone();
                let a = &corpus.articles[d.min(corpus.articles.len().saturating_sub(1))];
                html! {
                    <button class={classes!("doc-tab", (d == props.doc).then_some("current"))}
                        aria-current={(d == props.doc).then_some("true")}
                        title={a.label()}
                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(d))}>
                        <span class={classes!("swatch", format!("doc-c{}", d % 8))} aria-hidden="true"></span>
                        { shorten(&a.label(), 38) }
                    </button>
                }
            }) }
            if window.len() < props.matching.len() {
                <span class="doc-tabs-more">
                    { step(at.checked_sub(1), "‹", "The previous matching article") }
                    { format!("{}–{} of {} matching articles", window.start + 1, window.end, props.matching.len()) }
                    { step(Some(at + 1), "›", "The next matching article") }
                </span>
            }
        </nav>
    };

    let Some(article) = corpus.articles.get(props.doc) else {
        return html! {
            <section class="panel reader-pane">
                <p class="empty">{ "No article to show. The corpus is empty." }</p>
            </section>
        };
    };
    if props.matching.is_empty() {
        return html! {
            <section class="panel reader-pane">
                <p class="empty">{ "No article matches all the filters. Remove a filter chip above, or press “Clear all”." }</p>
            </section>
        };
    }

    let text = article.doc.text.as_str();
    let (mut marks, infos) = corpus.reader_marks(props.doc);
    marks.retain(|m| !hidden.contains(&m.kind));
    // The start of each figure mark, to find its row in the figures table.
    let mut figure_starts = vec![None; infos.len()];
    for m in marks.iter().filter(|m| m.kind == MarkKind::Figure) {
        if let Some(slot) = figure_starts.get_mut(m.tag) {
            *slot = Some(m.span.start);
        }
    }
    let focus_tag = infos.len();
    if let Some(f) = props.focus {
        marks.push(Highlight {
            span: f,
            kind: MarkKind::Focus,
            tag: focus_tag,
        });
    }
    // The timeline event of each date mark: the event of its timex, else of its sentence.
    // The article's events, gathered in one pass (a pass per date over the corpus's
    // events cost milliseconds at scale).
    let doc_events: Vec<(usize, &frontera_corpus::Event)> = corpus
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.doc == props.doc)
        .collect();
    let mut date_events = vec![None; infos.len()];
    for m in marks.iter().filter(|m| m.kind == MarkKind::Date) {
        let found = doc_events
            .iter()
            .find(|(_, e)| e.timex == m.span)
            .or_else(|| doc_events.iter().find(|(_, e)| e.sentence.contains(m.span)));
        if let (Some(slot), Some((i, _))) = (date_events.get_mut(m.tag), found) {
            *slot = Some(*i);
        }
    }
    let ctx = Ctx {
        text,
        infos: &infos,
        date_events: &date_events,
        on_pick_event: &props.on_pick_event,
        filters: &props.filters,
        on_open_entity: &props.on_open_entity,
        figure_starts: &figure_starts,
        doc: props.doc,
        on_card: &on_card,
    };
    let body = paragraphs(text)
        .into_iter()
        .map(|p| {
            let segs = segment(text, p, &marks);
            html! { <p>{ for segs.iter().map(|s| ctx.render(s)) }</p> }
        })
        .collect::<Html>();

    let dd = &article.extraction.doc_date;
    let date = match &dd.value {
        Some(v) => describe_value(v),
        None => "unknown".to_owned(),
    };
    let evidence: Vec<String> = dd
        .evidence
        .iter()
        .filter_map(|e| text.get(e.start..e.end))
        .take(4)
        .map(|e| format!("“{}”", shorten(e.trim(), 40)))
        .collect();
    let date_note = if dd.inferred && dd.value.is_some() {
        let from = if evidence.is_empty() {
            "the text".to_owned()
        } else {
            evidence.join(", ")
        };
        format!(
            "inferred from {from} · {}% confidence",
            fixed(f64::from(dd.confidence) * 100.0, 0)
        )
    } else if dd.value.is_none() {
        "no date found in the text".to_owned()
    } else {
        "given".to_owned()
    };
    let facts = facts(props, article);
    let source = article
        .doc
        .source
        .clone()
        .unwrap_or_else(|| "Source not stated".to_owned());
    let x = &article.extraction;

    html! {
        <section class="panel reader-pane" aria-label="Reader">
            { switcher }
            { legend(&hidden) }
            <div class="reader-grid">
            <article id="reader" tabindex="-1" aria-label="Article" data-doc={article.doc.id.clone()}>
                <header class="reader-head">
                    <p class="kicker">
                        <span class={classes!("swatch", format!("doc-c{}", props.doc % 8))} aria-hidden="true"></span>
                        { source }
                        <span class="doc-id">{ article.doc.id.clone() }</span>
                    </p>
                    <h2 class="reader-title">{ article.label() }</h2>
                    <p class="dateline">
                        { "Published " }
                        <span id="doc-date" data-inferred={if dd.inferred { "true" } else { "false" }}
                            data-value={dd.value.clone().unwrap_or_default()}>{ date }</span>
                        <span class={classes!("date-note", dd.inferred.then_some("inferred"))}>{ format!(" · {date_note}") }</span>
                    </p>
                    <DateFix key={article.doc.id.clone()} current={dd.value.clone()}
                        given={article.doc.date.is_some()} on_set_date={props.on_set_date.clone()} />
                    <p class="found">
                        { format!("{} entities · {} dates · {} figures · {} quotes",
                            x.entities.len(), x.timex.len(), x.quantities.len(), x.quotes.len()) }
                    </p>
                </header>
                <div class="reader-body" onmouseleave={{ let c = card.clone(); Callback::from(move |_: MouseEvent| c.set(None)) }}>
                    { body }
                    if let Some(c) = *card {
                        <EntityCard corpus={props.corpus.clone()} card={c} />
                    }
                </div>
            </article>
            { facts }
            </div>
        </section>
    }
}

struct Ctx<'a> {
    text: &'a str,
    infos: &'a [MarkInfo],
    date_events: &'a [Option<usize>],
    on_pick_event: &'a Callback<usize>,
    filters: &'a [Filter],
    on_open_entity: &'a Callback<usize>,
    /// The start of each figure mark, by tag.
    figure_starts: &'a [Option<usize>],
    doc: usize,
    on_card: &'a Callback<Option<Card>>,
}

impl Ctx<'_> {
    /// True when a mark of `segs` (at any depth) opens something when clicked.
    fn holds_control(&self, segs: &[Segment]) -> bool {
        segs.iter().any(|seg| match seg {
            Segment::Text(_) => false,
            Segment::Mark {
                kind,
                tag,
                children,
                ..
            } => {
                let info = self.infos.get(*tag);
                let opens = *kind != MarkKind::Focus
                    && (info.is_some_and(|i| i.entity.is_some())
                        || self.date_events.get(*tag).copied().flatten().is_some()
                        || self.figure_starts.get(*tag).copied().flatten().is_some());
                opens || self.holds_control(children)
            }
        })
    }

    fn render(&self, seg: &Segment) -> Html {
        match seg {
            Segment::Text(sp) => {
                let s = self.text.get(sp.start..sp.end).unwrap_or("").to_owned();
                html! { { s } }
            }
            Segment::Mark {
                kind: MarkKind::Focus,
                children,
                ..
            } => html! {
                <span class="focus" id="focus-sentence">{ for children.iter().map(|c| self.render(c)) }</span>
            },
            Segment::Mark {
                kind,
                tag,
                children,
                ..
            } => {
                let info = self.infos.get(*tag);
                let tip = info.map(|i| i.tip.clone()).unwrap_or_default();
                let entity = info.and_then(|i| i.entity);
                let active = entity.is_some_and(|e| self.filters.contains(&Filter::Entity(e)));
                let event = self.date_events.get(*tag).copied().flatten();
                let figure = self.figure_starts.get(*tag).copied().flatten();
                let doc = self.doc;
                // Names open their page, quotes their speaker's, dates their mark on the
                // timeline, figures their row in the figures table.
                let onclick = if let Some(e) = entity {
                    let on_open = self.on_open_entity.clone();
                    Some(Callback::from(move |ev: MouseEvent| {
                        // A name inside a quote: open the name's page only.
                        ev.stop_propagation();
                        on_open.emit(e);
                    }))
                } else if let Some(i) = event {
                    let on_pick = self.on_pick_event.clone();
                    Some(Callback::from(move |ev: MouseEvent| {
                        ev.stop_propagation();
                        on_pick.emit(i);
                    }))
                } else {
                    figure.map(|start| {
                        Callback::from(move |ev: MouseEvent| {
                            ev.stop_propagation();
                            show_figure_row(doc, start);
                        })
                    })
                };
                // The entity card while a name (not a quote) is pointed at or focused.
                let card_for = entity.filter(|_| *kind != MarkKind::Quote);
                let (onmouseenter, onfocus, onblur) = match card_for {
                    Some(e) => {
                        let (a, b, c) = (
                            self.on_card.clone(),
                            self.on_card.clone(),
                            self.on_card.clone(),
                        );
                        (
                            Some(Callback::from(move |ev: MouseEvent| {
                                a.emit(Card::under(e, &ev))
                            })),
                            Some(Callback::from(move |ev: FocusEvent| {
                                b.emit(Card::under(e, &ev))
                            })),
                            Some(Callback::from(move |_: FocusEvent| c.emit(None))),
                        )
                    }
                    None => (None, None, None),
                };
                // A mark holding a name or date that opens something is not a control
                // itself (controls must not nest): its inner marks are.
                let onclick = onclick.filter(|_| !self.holds_control(children));
                let clickable = onclick.is_some();
                // Reachable and usable from the keyboard like a button.
                let onkeydown = onclick.clone().map(|click| {
                    Callback::from(move |ev: KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            if let Ok(me) = MouseEvent::new("click") {
                                click.emit(me);
                            }
                        }
                    })
                });
                html! {
                    <mark class={classes!(kind.class(), clickable.then_some("clickable"), active.then_some("is-filter"))}
                        title={card_for.is_none().then_some(tip)} data-entity={entity.map(|e| e.to_string())} {onclick} {onkeydown}
                        {onmouseenter} {onfocus} {onblur}
                        tabindex={clickable.then_some("0")} role={clickable.then_some("button")}>
                        { for children.iter().map(|c| self.render(c)) }
                    </mark>
                }
            }
        }
    }
}

/// The side panel: the article's figures and quotes, each a link to its sentence.
fn facts(props: &ReaderProps, article: &frontera_corpus::Article) -> Html {
    let x = &article.extraction;
    let text = article.doc.text.as_str();
    let link = |offset: usize, body: Html| {
        let span = props.corpus.sentence_at(props.doc, offset);
        let on_focus = props.on_focus.clone();
        html! {
            <li>
                <button class="fact" disabled={span.is_none()}
                    onclick={Callback::from(move |_: MouseEvent| if let Some(s) = span { on_focus.emit(s) })}>
                    { body }
                </button>
            </li>
        }
    };
    let figures = x.quantities.iter().map(|q| {
        let shown = text.get(q.start..q.end).unwrap_or(q.text.as_str()).to_owned();
        let about = if q.about.is_empty() { q.kind.as_str().to_owned() } else { q.about.clone() };
        link(
            q.start,
            html! { <><span class="fact-main">{ shown }</span><span class="fact-sub">{ about }</span></> },
        )
    });
    let quotes = x.quotes.iter().map(|q| {
        let words = text.get(q.start..q.end).unwrap_or(q.text.as_str());
        link(
            q.start,
            html! { <><span class="fact-main">{ q.speaker.clone() }</span><span class="fact-sub">{ format!("“{}”", shorten(words.trim(), 90)) }</span></> },
        )
    });
    html! {
        <aside class="doc-facts" aria-label="In this article">
            <h3>{ "Figures" }</h3>
            if x.quantities.is_empty() {
                <p class="empty">{ "No figures found in this article." }</p>
            } else {
                <ul>{ for figures }</ul>
            }
            <h3>{ "Quotes" }</h3>
            if x.quotes.is_empty() {
                <p class="empty">{ "No quotes found in this article." }</p>
            } else {
                <ul>{ for quotes }</ul>
            }
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct DateFixProps {
    current: Option<String>,
    /// The date in use was set rather than inferred.
    given: bool,
    on_set_date: Callback<Option<String>>,
}

/// A small form to correct the publication date; the article is then extracted again
/// against it, so "last year" or "Wednesday" move with it, on the timeline too.
#[function_component(DateFix)]
fn date_fix(props: &DateFixProps) -> Html {
    let draft = use_state(|| props.current.clone().unwrap_or_default());
    let invalid = use_state(|| false);
    let on_input = {
        let (draft, invalid) = (draft.clone(), invalid.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                draft.set(input.value());
                invalid.set(false);
            }
        })
    };
    let on_submit = {
        let (draft, invalid) = (draft.clone(), invalid.clone());
        let on_set = props.on_set_date.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = draft.trim().to_owned();
            if frontera_core::input::is_valid_date(&value) {
                on_set.emit(Some(value));
            } else {
                invalid.set(true);
            }
        })
    };
    let on_reset = {
        let on_set = props.on_set_date.clone();
        Callback::from(move |_: MouseEvent| on_set.emit(None))
    };
    html! {
        <details class="date-fix">
            <summary>{ if props.given { "Change the date" } else { "Correct the date" } }</summary>
            <form class="date-fix-form" onsubmit={on_submit}>
                <label for="date-fix-input">{ "Publication date (YYYY, YYYY-MM or YYYY-MM-DD)" }</label>
                <input id="date-fix-input" type="text" inputmode="numeric" autocomplete="off"
                    placeholder="2009-03-25" value={(*draft).clone()} oninput={on_input}
                    aria-invalid={invalid.to_string()} aria-describedby="date-fix-help" />
                <button type="submit" id="date-fix-apply">{ "Re-anchor dates" }</button>
                if props.given {
                    <button type="button" id="date-fix-infer" onclick={on_reset}>{ "Infer it again" }</button>
                }
                <p id="date-fix-help" class={classes!("date-fix-help", invalid.then_some("error"))} role={invalid.then_some("alert")}>
                    { if *invalid {
                        "Write the date as YYYY, YYYY-MM or YYYY-MM-DD."
                    } else {
                        "Relative dates of this article (“last year”, “Wednesday”) move with it."
                    } }
                </p>
            </form>
        </details>
    }
}
