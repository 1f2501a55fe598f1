//! "Who appears with whom", two ways: a matrix of the most-named entities of the matching
//! articles (both axes, cells shaded by the sentences or articles each pair shares, moved
//! across with the arrow keys) and a ranked list of pairs. Choosing a pair lists its
//! shared sentences, each opening the reader; "Filter by both" narrows every view to them.
//! The chosen pair is part of the view (`State::pair`, so it is in the URL).

use frontera_corpus::decimal::fixed;
use std::rc::Rc;

use frontera_core::{EntityType, Span};
use frontera_corpus::cooccur::{Basis, Matrix, Pair, SharedSentence};
use frontera_corpus::{Corpus, Filter};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::entity::marked;
use super::shorten;

/// Entities considered by the list: the most-named of the matching articles.
const TOP_ENTITIES: usize = 30;
/// Pairs listed before "Show all".
const SHORT_LIST: usize = 12;
/// Entities on the matrix's axes: as many as fit the panel, within these bounds.
const MATRIX_MIN: usize = 6;
const MATRIX_MAX: usize = 20;
/// Shades of a cell, from the faintest to the darkest.
const SHADES: usize = 5;

#[derive(Properties, PartialEq)]
pub struct CoOccurrenceProps {
    pub corpus: Rc<Corpus>,
    /// Articles matching the filters and the search.
    pub matching: Rc<Vec<usize>>,
    pub filters: Vec<Filter>,
    /// The chosen pair (lower index first).
    pub pair: Option<(usize, usize)>,
    pub on_pair: Callback<Option<(usize, usize)>>,
    /// What counts as appearing together, and the list rather than the matrix (part of
    /// the view, so in the URL).
    pub basis: Basis,
    pub list: bool,
    pub on_basis: Callback<Basis>,
    pub on_list: Callback<bool>,
    pub on_toggle: Callback<Filter>,
    pub on_open_entity: Callback<usize>,
    pub on_open_sentence: Callback<(usize, Span)>,
}

/// The chosen pair, the sentences naming both and the number of articles naming both, in
/// the matching articles.
type Share = Option<((usize, usize), Vec<SharedSentence>, usize)>;

fn share_of(corpus: &Corpus, matching: &[usize], pair: Option<(usize, usize)>) -> Share {
    let (a, b) = pair?;
    let articles = matching
        .iter()
        .filter(|&&d| {
            corpus
                .articles
                .get(d)
                .is_some_and(|x| x.entities.contains(&a) && x.entities.contains(&b))
        })
        .count();
    Some(((a, b), corpus.shared_sentences(matching, a, b), articles))
}

/// A matrix cell (row, column) remembered across renders.
type CellState = UseStateHandle<Option<(usize, usize)>>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Matrix,
    List,
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

/// A label of at most `max` chars for an axis: the name, else a person's surname, else
/// the name cut with an ellipsis (the full name is in the title and the accessible name).
fn axis_label(corpus: &Corpus, e: usize, max: usize) -> String {
    let full = name(corpus, e);
    if full.chars().count() <= max {
        return full;
    }
    let is_person = corpus
        .entities
        .get(e)
        .is_some_and(|x| x.kind == EntityType::Person);
    match full.rsplit(' ').next() {
        Some(last) if is_person && last.chars().count() <= max => last.to_owned(),
        _ => shorten(&full, max.saturating_sub(1)),
    }
}

/// `n sentence(s)` or `n article(s)`.
fn counted(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// How many entities fit `avail` pixels of panel (0: not measured yet, guessed from the
/// window), and whether the phone layout applies. The widths are explorer.css's: a row
/// header and, per entity, a cell and its spacing.
fn matrix_fit(avail: i32) -> (usize, bool) {
    let w = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1440.0);
    let (narrow, head, pitch) = if w <= 600.0 {
        (true, 88.0, 27.0)
    } else if w <= 1100.0 {
        (false, 190.0, 34.0)
    } else {
        (false, 190.0, 40.0)
    };
    let avail = if avail > 0 {
        f64::from(avail)
    } else if narrow {
        w - 50.0
    } else {
        w - 420.0
    };
    let n = ((avail - head) / pitch).floor().max(0.0) as usize;
    (n.clamp(MATRIX_MIN, MATRIX_MAX), narrow)
}

/// A count as a cell shows it: on a phone's narrow cells, thousands as "1.1k" (the full
/// number is in the cell's label and title).
fn cell_count(n: usize, narrow: bool) -> String {
    match n {
        1000..=9_949 if narrow => format!("{}k", fixed(n as f64 / 1000.0, 1)),
        9_950.. if narrow => format!("{}k", (n + 500) / 1000),
        _ => n.to_string(),
    }
}

/// The shade of a shared count (1..=SHADES; 0 for none), on a square-root scale so that
/// the few large counts do not wash out the many small ones.
fn shade(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        return 0;
    }
    let r = (count as f64 / max as f64).sqrt();
    ((r * SHADES as f64).ceil() as usize).clamp(1, SHADES)
}

fn focus_cell(r: usize, c: usize) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(&format!("mx-{r}-{c}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The matrix of the `n` most-named entities of `docs`.
fn axes_matrix(c: &Corpus, docs: &[usize], basis: Basis, n: usize) -> Matrix {
    let _trace = super::bench::scope("cooccur.matrix");
    // People, then organisations, then places; the most-named first in each.
    let mut axes = c.top_entities(docs, n);
    frontera_core::order::sort_by_key(&mut axes, |&e| {
        c.entities.get(e).map_or(3, |x| match x.kind {
            EntityType::Person => 0,
            EntityType::Org => 1,
            _ => 2,
        })
    });
    c.cooccurrence_matrix(docs, basis, &axes)
}

/// The counts of the whole corpus (no filter, no search), kept for as long as the corpus:
/// removing the last filter shows them again at once instead of counting every article.
#[derive(Default)]
struct WholeCorpus {
    corpus: std::rc::Weak<Corpus>,
    matrices: Vec<((Basis, usize), Rc<Matrix>)>,
    pairs: Vec<(Basis, Rc<Vec<Pair>>)>,
}

impl WholeCorpus {
    /// True when `docs` is the whole of `corpus`; forgets the counts of another corpus.
    fn covers(&mut self, corpus: &Rc<Corpus>, docs: &[usize]) -> bool {
        if !self
            .corpus
            .upgrade()
            .is_some_and(|c| Rc::ptr_eq(&c, corpus))
        {
            *self = WholeCorpus {
                corpus: Rc::downgrade(corpus),
                ..WholeCorpus::default()
            };
        }
        // Matching articles are distinct corpus indices: as many as the corpus, all of it.
        docs.len() == corpus.articles.len()
    }

    fn matrix(
        &mut self,
        corpus: &Rc<Corpus>,
        docs: &[usize],
        key: (Basis, usize),
        count: impl FnOnce() -> Rc<Matrix>,
    ) -> Rc<Matrix> {
        if !self.covers(corpus, docs) {
            return count();
        }
        if let Some((_, m)) = self.matrices.iter().find(|(k, _)| *k == key) {
            return m.clone();
        }
        let m = count();
        self.matrices.push((key, m.clone()));
        m
    }

    fn pairs(
        &mut self,
        corpus: &Rc<Corpus>,
        docs: &[usize],
        basis: Basis,
        count: impl FnOnce() -> Rc<Vec<Pair>>,
    ) -> Rc<Vec<Pair>> {
        if !self.covers(corpus, docs) {
            return count();
        }
        if let Some((_, p)) = self.pairs.iter().find(|(b, _)| *b == basis) {
            return p.clone();
        }
        let p = count();
        self.pairs.push((basis, p.clone()));
        p
    }
}

#[function_component(CoOccurrence)]
pub fn cooccurrence(props: &CoOccurrenceProps) -> Html {
    let _trace = super::bench::scope("CoOccurrence");
    let basis = props.basis;
    let mode = if props.list { Mode::List } else { Mode::Matrix };
    let expanded = use_state(|| false);
    // Axis length follows the panel's width, measured on its full-width hint.
    let hint_ref = use_node_ref();
    let avail = use_state_eq(|| 0_i32);
    // Measured by a ResizeObserver, told after layout: reading the width then forces no
    // layout of its own (measuring at mount forced the whole page's layout inside the
    // first render, 60-110 ms on a busy machine).
    {
        let (hint_ref, avail) = (hint_ref.clone(), avail.clone());
        use_effect_with((), move |_| {
            let node = hint_ref.clone();
            let watch = super::resize::watch_resize(&hint_ref, move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    avail.set(el.client_width());
                }
            });
            move || drop(watch)
        });
    }
    let (size, narrow) = matrix_fit(*avail);
    let whole = use_mut_ref(WholeCorpus::default);
    // Each view counts only while it is shown: at 10,000 articles a count takes a while.
    let pairs = use_memo(
        (
            props.corpus.clone(),
            props.matching.clone(),
            basis,
            mode == Mode::List,
        ),
        {
            let whole = whole.clone();
            move |(c, m, b, list)| {
                if !*list {
                    return Rc::default();
                }
                whole.borrow_mut().pairs(c, m, *b, || {
                    Rc::new(c.cooccurring_pairs(m, *b, TOP_ENTITIES))
                })
            }
        },
    );
    let matrix = use_memo(
        (
            props.corpus.clone(),
            props.matching.clone(),
            basis,
            (mode == Mode::Matrix).then_some(size),
        ),
        move |(c, m, b, n)| {
            let Some(n) = *n else {
                return Rc::default();
            };
            whole
                .borrow_mut()
                .matrix(c, m, (*b, n), || Rc::new(axes_matrix(c, m, *b, n)))
        },
    );

    // Kept while only the pointer moves over the grid.
    let share = use_memo(
        (props.corpus.clone(), props.matching.clone(), props.pair),
        |(c, m, p)| share_of(c, m, *p),
    );
    // The matrix's one Tab stop (roving tabindex), moved by the arrow keys.
    let cursor = use_state(|| None::<(usize, usize)>);
    // The cell under the pointer: its row and column headers stand out.
    let hover = use_state_eq(|| None::<(usize, usize)>);
    let what = match basis {
        Basis::Sentences => "sentence",
        Basis::Articles => "article",
    };

    let seg_button = |on: bool, label: &'static str, onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" aria-pressed={on.to_string()} class={classes!("seg-btn", on.then_some("on"))} {onclick}>
                { label }
            </button>
        }
    };
    let basis_button = |b: Basis, label: &'static str| {
        let on_basis = props.on_basis.clone();
        seg_button(
            basis == b,
            label,
            Callback::from(move |_: MouseEvent| on_basis.emit(b)),
        )
    };
    let mode_button = |m: Mode, label: &'static str| {
        let on_list = props.on_list.clone();
        seg_button(
            mode == m,
            label,
            Callback::from(move |_: MouseEvent| on_list.emit(m == Mode::List)),
        )
    };

    // A pair chosen here stays where it was chosen; one that arrives from a link is
    // brought into view, unless the link also opens an entity page or a sentence, which
    // take the screen themselves.
    let chosen_here = use_mut_ref(|| false);
    {
        let chosen_here = chosen_here.clone();
        use_effect_with(props.pair, move |pair| {
            if pair.is_some() && !std::mem::take(&mut *chosen_here.borrow_mut()) {
                let doc = gloo::utils::document();
                let busy = doc.get_element_by_id("entity-page").is_some()
                    || doc.get_element_by_id("focus-sentence").is_some();
                if let Some(el) = doc.get_element_by_id("pair-detail").filter(|_| !busy) {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }
    let choose = {
        let (on_pair, current) = (props.on_pair.clone(), props.pair);
        move |a: usize, b: usize| {
            let p = (a.min(b), a.max(b));
            *chosen_here.borrow_mut() = true;
            on_pair.emit((current != Some(p)).then_some(p));
        }
    };

    let body = if mode == Mode::Matrix {
        if matrix.entities.len() < 2 {
            html! { <p class="empty">{ "Fewer than two names in the matching articles. Remove a filter to compare more." }</p> }
        } else {
            matrix_view(props, &matrix, what, narrow, (&cursor, &hover), &choose)
        }
    } else if pairs.is_empty() {
        html! { <p class="empty">{ format!("No two names share a {what} in the matching articles. Remove a filter or try “Same article”.") }</p> }
    } else {
        list_view(props, &pairs, what, &expanded, &choose, &share)
    };
    // The detail sits below the matrix, or below the list when its pair is not a row shown.
    let inline_in_list = mode == Mode::List
        && props.pair.is_some_and(|(a, b)| {
            let shown = if *expanded { pairs.len() } else { SHORT_LIST };
            pairs
                .iter()
                .take(shown)
                .any(|p| (p.a.min(p.b), p.a.max(p.b)) == (a, b))
        });
    let hint = match mode {
        Mode::Matrix => format!(
            "The {} most-named people, organisations and places of the matching articles. Each cell counts the {what}s two of them share, shaded from few to many; choose one to read them.",
            matrix.entities.len()
        ),
        Mode::List => format!(
            "Pairs among the {TOP_ENTITIES} most-named people, organisations and places of the matching articles, by shared {what}s. Choose a pair to read what they share."
        ),
    };

    html! {
        <section id="cooccur" class="panel cooccur-pane" aria-labelledby="cooccur-title">
            <div class="panel-head">
                <h2 id="cooccur-title">{ "Who appears with whom" }</h2>
                <div class="cooccur-tools">
                    <div class="seg" role="group" aria-label="Show as">
                        { mode_button(Mode::Matrix, "Matrix") }
                        { mode_button(Mode::List, "List") }
                    </div>
                    <div class="seg" role="group" aria-label="Count pairs named in the same">
                        { basis_button(Basis::Sentences, "Same sentence") }
                        { basis_button(Basis::Articles, "Same article") }
                    </div>
                </div>
            </div>
            <p class="hint" id="cooccur-hint" ref={hint_ref}>{ hint }</p>
            { body }
            if !inline_in_list {
                { detail(props, &share, true) }
            }
        </section>
    }
}

/// The matrix: a grid of buttons with one Tab stop, moved by arrows, Home and End.
fn matrix_view(
    props: &CoOccurrenceProps,
    m: &Matrix,
    what: &'static str,
    narrow: bool,
    (cursor, hover): (&CellState, &CellState),
    choose: &(impl Fn(usize, usize) + Clone + 'static),
) -> Html {
    let corpus = &props.corpus;
    let k = m.entities.len();
    let max = m.max_shared();
    let (row_max, col_max) = if narrow { (10, 10) } else { (22, 16) };
    let selected = props
        .pair
        .and_then(|(a, b)| Some((m.position(a)?, m.position(b)?)));
    // Where Tab enters: the last cell moved to, else the chosen pair, else the first pair.
    let stop = cursor
        .filter(|&(r, c)| r < k && c < k)
        .or(selected)
        .unwrap_or((0, 1.min(k - 1)));

    let on_key = {
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| {
            let (r, c) = stop;
            let last = k - 1;
            let next = match e.key().as_str() {
                "ArrowRight" => (r, (c + 1).min(last)),
                "ArrowLeft" => (r, c.saturating_sub(1)),
                "ArrowDown" => ((r + 1).min(last), c),
                "ArrowUp" => (r.saturating_sub(1), c),
                "Home" if e.ctrl_key() => (0, 0),
                "End" if e.ctrl_key() => (last, last),
                "Home" => (r, 0),
                "End" => (r, last),
                _ => return,
            };
            e.prevent_default();
            cursor.set(Some(next));
            focus_cell(next.0, next.1);
        })
    };

    // The headers of the Tab stop's row and column stand out while the grid has focus.
    let head = m.entities.iter().enumerate().map(|(c, &e)| {
        let full = name(corpus, e);
        html! {
            <th scope="col" class={classes!("mx-col", (c == stop.1).then_some("hl"), hover.is_some_and(|h| h.1 == c).then_some("hv"))} title={full.clone()}>
                <span class="mx-col-label" aria-hidden="true">
                    <span class={classes!("dot", dot_class(corpus, e))}></span>
                    { axis_label(corpus, e, col_max) }
                </span>
                <span class="visually-hidden">{ full }</span>
            </th>
        }
    });
    let rows = m.entities.iter().enumerate().map(|(r, &ea)| {
        let full_a = name(corpus, ea);
        let cells = m.entities.iter().enumerate().map(|(c, &eb)| {
            let n = m.count(r, c);
            let id = format!("mx-{r}-{c}");
            let tabindex = if (r, c) == stop { "0" } else { "-1" };
            let full_b = name(corpus, eb);
            let pointed = {
                let hover = hover.clone();
                Callback::from(move |_: MouseEvent| hover.set(Some((r, c))))
            };
            let moved = {
                let cursor = cursor.clone();
                Callback::from(move |_: FocusEvent| {
                    if *cursor != Some((r, c)) {
                        cursor.set(Some((r, c)));
                    }
                })
            };
            if r == c {
                // The diagonal: how often the entity is named at all; opens its page.
                let on_open = props.on_open_entity.clone();
                let label = format!("{full_a}: named in {}. Open the page", counted(n, what));
                return html! {
                    <td role="gridcell" class="mx-cell">
                        <button type="button" {id} class="mx-btn mx-self" {tabindex} aria-label={label.clone()} title={label}
                            onfocus={moved} onmouseenter={pointed} onclick={Callback::from(move |_: MouseEvent| on_open.emit(ea))}></button>
                    </td>
                };
            }
            let on = selected.is_some_and(|(x, y)| (x, y) == (r, c) || (y, x) == (r, c));
            let label = if n == 0 {
                format!("{full_a} and {full_b}: no shared {what}")
            } else {
                format!("{full_a} and {full_b}: {}", counted(n, &format!("shared {what}")))
            };
            let onclick = {
                let choose = choose.clone();
                Callback::from(move |_: MouseEvent| {
                    if n > 0 {
                        choose(ea, eb)
                    }
                })
            };
            html! {
                <td role="gridcell" class="mx-cell">
                    <button type="button" {id} class={classes!("mx-btn", format!("shade-{}", shade(n, max)), on.then_some("on"))}
                        {tabindex} aria-label={label.clone()} title={label}
                        aria-pressed={(n > 0).then(|| on.to_string())} aria-disabled={(n == 0).then_some("true")}
                        aria-controls={on.then_some("pair-detail")}
                        data-a={full_a.clone()} data-b={full_b} data-count={n.to_string()}
                        onfocus={moved} onmouseenter={pointed} {onclick}>
                        if n > 0 { { cell_count(n, narrow) } }
                    </button>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row" class={classes!("mx-row", (r == stop.0).then_some("hl"), hover.is_some_and(|h| h.0 == r).then_some("hv"))} title={full_a.clone()}>
                    <span class="mx-row-label" aria-hidden="true">
                        <span class={classes!("dot", dot_class(corpus, ea))}></span>
                        <span class="label">{ axis_label(corpus, ea, row_max) }</span>
                    </span>
                    <span class="visually-hidden">{ full_a.clone() }</span>
                </th>
                { for cells }
            </tr>
        }
    });
    let legend = (1..=SHADES)
        .map(|s| html! { <span class={classes!("mx-key", format!("shade-{s}"))}></span> });
    html! {
        <>
            <div class="mx-wrap">
                <table id="cooccur-matrix" class={classes!("matrix", narrow.then_some("narrow"))} role="grid"
                    aria-labelledby="cooccur-title" aria-describedby="cooccur-keys" data-basis={what}
                    onkeydown={on_key}
                    onmouseleave={{ let hover = hover.clone(); Callback::from(move |_: MouseEvent| hover.set(None)) }}>
                    <thead>
                        <tr>
                            <td class="mx-corner"></td>
                            { for head }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="mx-legend hint">
                <span aria-hidden="true" class="mx-scale">
                    { "fewer" }{ for legend }{ format!("more (up to {max})") }
                </span>
                <span id="cooccur-keys">{ "Arrow keys move across cells; Enter opens a pair; a cell on the diagonal opens that name’s page." }</span>
            </p>
        </>
    }
}

/// The ranked list of pairs, each opening its detail in place.
fn list_view(
    props: &CoOccurrenceProps,
    pairs: &[Pair],
    what: &'static str,
    expanded: &UseStateHandle<bool>,
    choose: &(impl Fn(usize, usize) + Clone + 'static),
    share: &Share,
) -> Html {
    let corpus = &props.corpus;
    let max = pairs.first().map_or(1, |p| p.count.max(1));
    let shown = if **expanded {
        pairs.len()
    } else {
        SHORT_LIST.min(pairs.len())
    };
    let row = |p: &Pair| {
        let (a, b) = (p.a, p.b);
        let open = props.pair == Some((a.min(b), a.max(b)));
        let toggle = {
            let choose = choose.clone();
            Callback::from(move |_: MouseEvent| choose(a, b))
        };
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
                    { detail(props, share, false) }
                }
            </li>
        }
    };
    html! {
        <>
            <ol class="pairs" data-basis={what}>{ for pairs.iter().take(shown).map(row) }</ol>
            if pairs.len() > SHORT_LIST {
                <button type="button" class="more" onclick={{ let e = expanded.clone(); Callback::from(move |_: MouseEvent| e.set(!*e)) }}>
                    { if **expanded { "Show fewer".to_owned() } else { format!("Show all {} pairs", pairs.len()) } }
                </button>
            }
        </>
    }
}

/// The shared sentences of a pair, and filters for it; `titled` adds the pair's names
/// and a close button (below the matrix, where no row names it).
fn detail(props: &CoOccurrenceProps, share: &Share, titled: bool) -> Html {
    let corpus = &props.corpus;
    let Some(((a, b), shared, articles)) = share.as_ref() else {
        return html! {};
    };
    let (a, b, articles) = (*a, *b, *articles);
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
    let (na, nb) = (name(corpus, a), name(corpus, b));
    let close = {
        let on_pair = props.on_pair.clone();
        Callback::from(move |_: MouseEvent| {
            on_pair.emit(None);
            // Keep the keyboard in the matrix rather than lose it with the button.
            if let Some(el) = gloo::utils::document()
                .query_selector("#cooccur-matrix .mx-btn[tabindex=\"0\"]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div id="pair-detail" class={classes!("pair-detail", titled.then_some("titled"))} data-a={na.clone()} data-b={nb.clone()}>
            if titled {
                <div class="pair-head">
                    <h3 id="pair-title">
                        <span class={classes!("dot", dot_class(corpus, a))} aria-hidden="true"></span>
                        { na.clone() }
                        <span class="pair-and">{ " & " }</span>
                        <span class={classes!("dot", dot_class(corpus, b))} aria-hidden="true"></span>
                        { nb.clone() }
                    </h3>
                    <span class="pair-count">
                        { format!("{} · both named in {articles} of {} matching articles", counted(shared.len(), "shared sentence"), props.matching.len()) }
                    </span>
                    <button type="button" class="btn pair-close" id="pair-close" aria-label={format!("Close {na} and {nb}")}
                        onclick={close}>{ "Close" }</button>
                </div>
            }
            <div class="pair-actions">
                <button type="button" class="btn" id="pair-filter" disabled={both_active} onclick={filter_both}>
                    { if both_active { "Filtered by both" } else { "Filter by both" } }
                </button>
                { open_entity(a) }
                { open_entity(b) }
            </div>
            if !shared.is_empty() {
                <ol id="pair-sentences" class="entity-mentions">{ for sentences }</ol>
            } else if articles > 0 {
                <p class="empty">{ "They share articles but no sentence. “Filter by both” shows those articles." }</p>
            } else {
                <p class="empty">{ "They share no article among the matching articles. Remove a filter to see where they meet." }</p>
            }
        </div>
    }
}
