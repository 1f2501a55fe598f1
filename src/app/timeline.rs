//! The timeline: dated sentences as marks on an inline SVG calendar axis. A dot is a day,
//! a short solid bar a month (or week, quarter, season), a long pale bar a whole year.
//! Zoom (wheel, +/-, buttons), pan (drag, arrows), brush a time range (shift+drag, or the
//! "Select range" toggle then drag) to filter every view; dense stretches become counted
//! clusters that zoom in when clicked. Layout and ticks come from `frontera_corpus::timeline`.

use frontera_corpus::decimal::fixed;
use std::cell::RefCell;
use std::rc::Rc;

use frontera_core::EntityType;
use frontera_corpus::timeline::{
    civil_from_days, days_from_civil, describe_value, layout_counted, range_label, time_ticks,
    Cluster, Layout, Precision, SpanIndex,
};
use frontera_corpus::{Corpus, Event, Filter};
use wasm_bindgen::JsCast;

use super::shorten;
use yew::prelude::*;

/// Drawing width before the container has been measured.
const DEFAULT_WIDTH: f64 = 1000.0;
const MARGIN: f64 = 14.0;
const TOP: f64 = 10.0;
/// Lane height: roomy when there are few lanes, tighter when many.
const LANE_MAX: f64 = 18.0;
const LANE_MIN: f64 = 12.0;
/// Height the lanes aim to fit in before they shrink.
const LANES_HEIGHT: f64 = 170.0;
/// Lanes of day/month marks before a dense stretch becomes clusters.
const FINE_LANES: usize = 12;
/// Lanes of whole-year bars before they cluster.
const YEAR_LANES: usize = 6;
/// Width of start positions gathered into one cluster, in pixels.
const CLUSTER_BIN: f64 = 34.0;
const AXIS: f64 = 30.0;
/// Lane height of the band of whole-year bars.
const YEAR_LANE: f64 = 9.0;
/// Half the drawn width of a day mark, and the smallest width of a month bar.
const DOT: f64 = 5.0;
/// The closest zoom: a few days across the whole width.
const MIN_SPAN_DAYS: f64 = 6.0;
/// Pointer travel (px) before a press becomes a drag rather than a click.
const DRAG_SLOP: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Rc<Corpus>,
    /// Indices into `corpus.events` of the events to draw.
    pub visible: Rc<Vec<usize>>,
    pub filters: Vec<Filter>,
    /// The event under the pointer or last opened.
    pub current: Option<usize>,
    /// Changes when the current event should be scrolled into view.
    pub pick_seq: u32,
    pub on_open: Callback<usize>,
    pub on_hover: Callback<Option<usize>>,
    /// Set (or with `None` remove) the time-range filter, in days `[start, end)`.
    pub on_range: Callback<Option<(i64, i64)>>,
    /// The zoom window of the view (from the URL), in days `[start, end)`.
    pub zoom: Option<(i64, i64)>,
    /// The shown window, once it has settled (`None`: the whole timeline).
    pub on_zoom: Callback<Option<(i64, i64)>>,
}

/// Quiet time after a zoom or pan before the window is reported (and enters the URL).
const ZOOM_SETTLE_MS: u32 = 400;

/// The drawn window in days, the drawing width and the home window, as of the last
/// render: read by the wheel listener and pointer handlers.
#[derive(Clone, Copy, Default)]
struct Geometry {
    d0: f64,
    d1: f64,
    width: f64,
    home: (f64, f64),
}

impl Geometry {
    fn scale(&self) -> f64 {
        (self.width - 2.0 * MARGIN) / (self.d1 - self.d0).max(1e-9)
    }
    fn day_at(&self, px: f64) -> f64 {
        self.d0 + (px - MARGIN) / self.scale()
    }
    /// The window zoomed by `factor` (< 1 = in) around day `anchor`.
    fn zoomed(&self, factor: f64, anchor: f64) -> (f64, f64) {
        let span = self.d1 - self.d0;
        let new_span = span * factor;
        let d0 = anchor - (anchor - self.d0) * (new_span / span);
        clamp_view((d0, d0 + new_span), self.home)
    }
    fn panned(&self, days: f64) -> (f64, f64) {
        clamp_view((self.d0 + days, self.d1 + days), self.home)
    }
    fn center(&self) -> f64 {
        (self.d0 + self.d1) / 2.0
    }
}

/// Keep a window inside the home window, no wider than it and no narrower than a few days.
fn clamp_view(view: (f64, f64), home: (f64, f64)) -> (f64, f64) {
    let home_span = (home.1 - home.0).max(MIN_SPAN_DAYS);
    let span = (view.1 - view.0).clamp(MIN_SPAN_DAYS.min(home_span), home_span);
    let mut d0 = view.0 + ((view.1 - view.0) - span) / 2.0;
    d0 = d0.clamp(home.0, (home.0 + home_span - span).max(home.0));
    (d0, d0 + span)
}

/// A press on the chart, until the pointer is released.
struct Drag {
    x0: f64,
    view0: (f64, f64),
    brush: bool,
    moved: bool,
}

pub(super) fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The x of a pointer event inside the timeline box.
fn local_x(box_ref: &NodeRef, client_x: i32) -> f64 {
    box_ref.cast::<web_sys::Element>().map_or(0.0, |el| {
        f64::from(client_x) - el.get_bounding_client_rect().left()
    })
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let _trace = super::bench::scope("Timeline");
    // Draw at the container's pixel width so text keeps its size on every screen.
    let box_ref = use_node_ref();
    let width = use_state(|| 0.0_f64);
    let view = use_state(|| None::<(f64, f64)>);
    let brush_mode = use_state(|| false);
    let brush = use_state(|| None::<(f64, f64)>);
    let geo = use_mut_ref(Geometry::default);
    let drag = use_mut_ref(|| None::<Drag>);
    // Set when a drag ends, so the click that follows does not open a mark.
    let suppress_click = use_mut_ref(|| false);
    {
        // Told after layout, so reading the width forces no layout of its own (measuring
        // after every render did, at the cost of the whole page's layout each time).
        let (box_ref, width) = (box_ref.clone(), width.clone());
        use_effect_with((), move |_| {
            let last = std::cell::Cell::new(0.0);
            let node = box_ref.clone();
            let watch =
                super::resize::watch_resize(&box_ref, move || measure(&node, &width, &last));
            move || drop(watch)
        });
    }
    // Wheel zoom around the pointer. Not a Yew `onwheel`: that listener is passive, so it
    // could not keep the page from scrolling.
    {
        let (box_ref, geo, view) = (box_ref.clone(), geo.clone(), view.clone());
        use_effect_with((), move |_| {
            let listener = box_ref.cast::<web_sys::Element>().map(|el| {
                let opts = gloo::events::EventListenerOptions::enable_prevent_default();
                let box_ref = box_ref.clone();
                gloo::events::EventListener::new_with_options(&el, "wheel", opts, move |e| {
                    let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    let g = *geo.borrow();
                    if g.width <= 0.0 {
                        return;
                    }
                    w.prevent_default();
                    let unit = if w.delta_mode() == 0 { 1.0 } else { 16.0 };
                    let (dx, dy) = (w.delta_x() * unit, w.delta_y() * unit);
                    if dx.abs() > dy.abs() {
                        view.set(Some(g.panned(dx / g.scale())));
                    } else {
                        let anchor = g.day_at(local_x(&box_ref, w.client_x()));
                        view.set(Some(g.zoomed((dy * 0.002).exp(), anchor)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Other filters change what "everything" is: show all of it again. A new time range
    // keeps the zoom (brushing zooms to it).
    {
        let view = view.clone();
        let others: Vec<Filter> = props
            .filters
            .iter()
            .filter(|f| !matches!(f, Filter::Range(..)))
            .copied()
            .collect();
        // Only when zoomed: setting it anyway drew the whole timeline twice per filter.
        use_effect_with(others, move |_| {
            if view.is_some() {
                view.set(None);
            }
        });
    }
    // A date clicked in the reader: bring its mark into view.
    {
        let (geo, view, corpus, current) = (
            geo.clone(),
            view.clone(),
            props.corpus.clone(),
            props.current,
        );
        use_effect_with(props.pick_seq, move |&seq| {
            if seq > 0 {
                let g = *geo.borrow();
                if let Some(e) = current.and_then(|i| corpus.events.get(i)) {
                    let (s, t) = (e.date.start as f64, e.date.end as f64);
                    if t < g.d0 || s > g.d1 {
                        let half = (g.d1 - g.d0) / 2.0;
                        let mid = (s + t) / 2.0;
                        view.set(Some(clamp_view((mid - half, mid + half), g.home)));
                    }
                }
                let doc = gloo::utils::document();
                if let Ok(Some(el)) = doc.query_selector("#timeline-box") {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_behavior(if reduced_motion() {
                        web_sys::ScrollBehavior::Auto
                    } else {
                        web_sys::ScrollBehavior::Smooth
                    });
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }
    // The zoom of the view (the URL's): shown when it changes, unless it is only the
    // window this timeline reported itself. Declared after the effects above so that it
    // wins over their resets when a restored view changes filters and zoom together.
    let reported = use_mut_ref(|| None::<Option<(i64, i64)>>);
    let settle = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let (view, reported) = (view.clone(), reported.clone());
        use_effect_with(props.zoom, move |&zoom| {
            if *reported.borrow() != Some(zoom) {
                view.set(zoom.map(|(a, b)| (a as f64, b as f64)));
            }
        });
    }
    let draw_width = if *width > 0.0 {
        width.max(300.0)
    } else {
        DEFAULT_WIDTH
    };
    let corpus = &props.corpus;
    // The events shown, counted per date span: what is drawn is worked out from these
    // counts (one per span), not from each of possibly 155,000 events.
    let spans = use_memo(props.corpus.clone(), |c| {
        SpanIndex::new(c.events.iter().map(|e| e.date))
    });
    let counts = spans.count(&props.visible);
    let shown: usize = counts.iter().sum();
    let range = props.filters.iter().find_map(|f| match f {
        Filter::Range(a, b) => Some((*a, *b)),
        _ => None,
    });

    // Home: whole years around the visible events (and the selected range).
    let (first_day, last_day) = spans
        .spans
        .iter()
        .zip(&counts)
        .filter(|(_, &n)| n > 0)
        .fold(None, |acc: Option<(i64, i64)>, (d, _)| {
            Some(acc.map_or((d.start, d.end), |(lo, hi)| {
                (lo.min(d.start), hi.max(d.end))
            }))
        })
        .unzip();
    let first_year = first_day
        .map(|d| civil_from_days(d).0)
        .into_iter()
        .chain(range.map(|r| civil_from_days(r.0).0))
        .min()
        .unwrap_or(2000);
    let last_year = last_day
        .map(|d| civil_from_days(d - 1).0)
        .into_iter()
        .chain(range.map(|r| civil_from_days(r.1 - 1).0))
        .max()
        .unwrap_or(first_year)
        .max(first_year);
    let home = (
        days_from_civil(first_year, 1, 1) as f64,
        days_from_civil(last_year + 1, 1, 1) as f64,
    );
    let (d0, d1) = clamp_view(view.unwrap_or(home), home);
    *geo.borrow_mut() = Geometry {
        d0,
        d1,
        width: draw_width,
        home,
    };
    let g = *geo.borrow();
    let at_home = (d1 - d0) >= (home.1 - home.0) - 0.5;
    let at_closest = (d1 - d0) <= MIN_SPAN_DAYS + 0.5;
    // Report the shown window once it settles, not on every wheel step.
    {
        let window = (!at_home).then(|| {
            let a = d0.round() as i64;
            (a, (d1.round() as i64).max(a + 1))
        });
        let (on_zoom, reported, settle, zoom) = (
            props.on_zoom.clone(),
            reported.clone(),
            settle.clone(),
            props.zoom,
        );
        // With nothing drawn there is no window to report (it would be a made-up year).
        let idle = shown == 0;
        use_effect_with(window, move |&shown| {
            if shown == zoom || idle {
                *reported.borrow_mut() = Some(shown);
                settle.borrow_mut().take();
                return;
            }
            *settle.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                ZOOM_SETTLE_MS,
                move || {
                    *reported.borrow_mut() = Some(shown);
                    on_zoom.emit(shown);
                },
            ));
        });
    }

    let zoom_by = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(Some(g.zoomed(factor, g.center()))))
    };
    let on_reset = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(None))
    };
    let on_brush_mode = {
        let brush_mode = brush_mode.clone();
        Callback::from(move |_: MouseEvent| brush_mode.set(!*brush_mode))
    };
    let on_key = {
        let view = view.clone();
        Callback::from(move |k: KeyboardEvent| {
            let span = g.d1 - g.d0;
            let next = match k.key().as_str() {
                "+" | "=" => Some(g.zoomed(0.5, g.center())),
                "-" | "_" => Some(g.zoomed(2.0, g.center())),
                "ArrowLeft" => Some(g.panned(-span * 0.2)),
                "ArrowRight" => Some(g.panned(span * 0.2)),
                "Home" => None,
                _ => return,
            };
            k.prevent_default();
            view.set(next);
        })
    };
    let on_pointer_down = {
        let (drag, suppress_click, brush_mode) =
            (drag.clone(), suppress_click.clone(), brush_mode.clone());
        let box_ref = box_ref.clone();
        Callback::from(move |e: PointerEvent| {
            *suppress_click.borrow_mut() = false;
            if e.button() != 0 {
                return;
            }
            *drag.borrow_mut() = Some(Drag {
                x0: local_x(&box_ref, e.client_x()),
                view0: (g.d0, g.d1),
                brush: e.shift_key() || *brush_mode,
                moved: false,
            });
        })
    };
    let on_pointer_move = {
        let (drag, view, brush, box_ref) =
            (drag.clone(), view.clone(), brush.clone(), box_ref.clone());
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let Some(d) = d.as_mut() else { return };
            let x = local_x(&box_ref, e.client_x());
            if !d.moved && (x - d.x0).abs() < DRAG_SLOP {
                return;
            }
            if !d.moved {
                d.moved = true;
                // Capture only once it is a drag, so a plain click still reaches its mark.
                if let Some(el) = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
            if d.brush {
                let lo = MARGIN;
                let hi = g.width - MARGIN;
                brush.set(Some((d.x0.clamp(lo, hi), x.clamp(lo, hi))));
            } else {
                let days = (d.x0 - x) / g.scale();
                let start = Geometry {
                    d0: d.view0.0,
                    d1: d.view0.1,
                    ..g
                };
                view.set(Some(start.panned(days)));
            }
        })
    };
    let on_pointer_up = {
        let (drag, brush, suppress_click, view, brush_mode) = (
            drag.clone(),
            brush.clone(),
            suppress_click.clone(),
            view.clone(),
            brush_mode.clone(),
        );
        let (on_range, box_ref) = (props.on_range.clone(), box_ref.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(d) = drag.borrow_mut().take() else {
                return;
            };
            brush.set(None);
            if !d.moved {
                return;
            }
            *suppress_click.borrow_mut() = true;
            if d.brush {
                let x = local_x(&box_ref, e.client_x());
                let (a, b) = (g.day_at(d.x0.min(x)), g.day_at(d.x0.max(x)));
                let (a, b) = (
                    a.floor() as i64,
                    (b.ceil() as i64).max(a.floor() as i64 + 1),
                );
                on_range.emit(Some((a, b)));
                brush_mode.set(false);
                let pad = ((b - a) as f64 * 0.08).max(1.0);
                view.set(Some((a as f64 - pad, b as f64 + pad)));
            }
        })
    };
    let on_pointer_cancel = {
        let (drag, brush) = (drag.clone(), brush.clone());
        Callback::from(move |_: PointerEvent| {
            drag.borrow_mut().take();
            brush.set(None);
        })
    };

    let body = if shown == 0 {
        let text = if corpus.events.is_empty() {
            "No dated sentences yet: the extractor placed no date on the calendar. Dates such as “March 2009” or “last year” appear here once resolved."
        } else {
            "No dated sentences in the matching articles. Remove a filter or press “Clear all” to see the whole timeline."
        };
        html! { <p class="empty">{ text }</p> }
    } else {
        let chart_props = Chart {
            props,
            spans: &spans,
            counts: &counts,
            g,
            range,
            brush: *brush,
            brush_mode: *brush_mode,
            suppress_click: &suppress_click,
            view: &view,
        };
        let (chart, chart_h) = chart_props.render();
        html! {
            <svg id="timeline" class={classes!(brush_mode.then_some("brushing"))}
                tabindex="0" role="group"
                onkeydown={on_key}
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                onpointerup={on_pointer_up} onpointercancel={on_pointer_cancel}
                aria-label={format!(
                    "Timeline: {} dated sentences, showing {}. Plus and minus zoom, arrow keys pan, Home resets.",
                    shown,
                    range_label(d0.round() as i64, d1.round() as i64)
                )}
                data-events={shown.to_string()}
                data-d0={(d0.round() as i64).to_string()} data-d1={(d1.round() as i64).to_string()}
                viewBox={format!("0 0 {} {}", fmt(g.width), fmt(chart_h))}
                width={fmt(g.width)} height={fmt(chart_h)}>
                { chart }
            </svg>
        }
    };

    let caption = match props
        .current
        .and_then(|i| corpus.events.get(i).map(|e| (i, e)))
    {
        Some((_, e)) => event_card(corpus, e),
        None if shown > 0 => html! {
            <p class="caption hint">{ "Point at a mark to read its sentence; click it to open the sentence in the reader. Scroll or +/− to zoom, drag to pan, shift+drag (or “Select range”) to filter by time." }</p>
        },
        None => html! {},
    };

    html! {
        <section class="panel timeline-pane" aria-labelledby="timeline-title">
            <div class="panel-head">
                <h2 id="timeline-title">{ "Timeline" }</h2>
                <ul class="legend" aria-label="Legend">
                    <li><svg class="lg" viewBox="0 0 20 12" aria-hidden="true"><circle cx="10" cy="6" r="5" /></svg>{ "day" }</li>
                    <li><svg class="lg" viewBox="0 0 20 12" aria-hidden="true"><rect x="2" y="1" width="16" height="10" rx="2" /></svg>{ "month or week" }</li>
                    <li><svg class="lg lg-year" viewBox="0 0 28 12" aria-hidden="true"><rect x="1" y="3" width="26" height="6" rx="3" /></svg>{ "year" }</li>
                    <li><svg class="lg lg-cluster" viewBox="0 0 28 14" aria-hidden="true"><rect x="1" y="1" width="26" height="12" rx="6" /></svg>{ "many" }</li>
                    <li class="legend-note">{ "colour = article" }</li>
                </ul>
            </div>
            <div class="tl-tools" role="toolbar" aria-label="Timeline zoom">
                <button id="tl-zoom-in" type="button" title="Zoom in (+)" aria-label="Zoom in" disabled={at_closest || shown == 0} onclick={zoom_by(0.5)}>{ "+" }</button>
                <button id="tl-zoom-out" type="button" title="Zoom out (−)" aria-label="Zoom out" disabled={at_home} onclick={zoom_by(2.0)}>{ "−" }</button>
                <button id="tl-reset" type="button" title="Show the whole timeline (Home)" disabled={at_home} onclick={on_reset}>{ "Reset" }</button>
                <button id="tl-brush" type="button" aria-pressed={brush_mode.to_string()} disabled={shown == 0}
                    title="Then drag across the timeline to filter every view to that time (or shift+drag)"
                    onclick={on_brush_mode}>{ if *brush_mode { "Drag to select…" } else { "Select range" } }</button>
                // The keyboard's way to a time filter: zoom and pan to the time, then this.
                <button id="tl-filter-view" type="button" disabled={at_home || shown == 0}
                    title="Filter every view to the time shown (zoom with + and −, pan with the arrow keys)"
                    onclick={{
                        let on_range = props.on_range.clone();
                        let (a, b) = (d0.floor() as i64, (d1.ceil() as i64).max(d0.floor() as i64 + 1));
                        Callback::from(move |_: MouseEvent| on_range.emit(Some((a, b))))
                    }}>{ "Filter to this view" }</button>
                if let Some((a, b)) = range {
                    <button id="tl-clear-range" type="button" class="tl-range" title="Remove the time filter"
                        onclick={{ let on_range = props.on_range.clone(); Callback::from(move |_: MouseEvent| on_range.emit(None)) }}>
                        { range_label(a, b) }<span aria-hidden="true">{ " ×" }</span>
                    </button>
                }
                <span class="tl-window">{ range_label(d0.round() as i64, (d1.round() as i64).max(d0.round() as i64 + 1)) }</span>
            </div>
            <div class="timeline-box" id="timeline-box" ref={box_ref}>{ body }</div>
            { caption }
        </section>
    }
}

fn measure(box_ref: &NodeRef, width: &UseStateHandle<f64>, last: &std::cell::Cell<f64>) {
    if let Some(el) = box_ref.cast::<web_sys::Element>() {
        let w = f64::from(el.client_width());
        // Shrink at once, grow only by more than a scrollbar: a scrollbar that comes and
        // goes with the chart's height must not make it re-measure for ever.
        if w > 0.0 && (w < last.get() - 0.5 || w > last.get() + 16.0) {
            last.set(w);
            width.set(w);
        }
    }
}

/// The hover/focus card: date, article, sentence, and the people, places and figures in it.
fn event_card(corpus: &Corpus, e: &Event) -> Html {
    let a = corpus.articles.get(e.doc);
    let sentence = a
        .and_then(|a| a.doc.text.get(e.sentence.start..e.sentence.end))
        .unwrap_or("");
    let names = |kind: EntityType| {
        e.entities
            .iter()
            .filter_map(|&g| corpus.entities.get(g))
            .filter(|c| c.kind == kind)
            .map(|c| c.name.clone())
            .collect::<Vec<_>>()
    };
    let people = names(EntityType::Person);
    let mut places = names(EntityType::Place);
    places.extend(
        names(EntityType::Org)
            .into_iter()
            .map(|o| format!("{o} (org.)")),
    );
    let figures: Vec<String> = a
        .map(|a| {
            a.extraction
                .quantities
                .iter()
                .filter(|q| e.sentence.start <= q.start && q.end <= e.sentence.end)
                .map(|q| {
                    let text = a.doc.text.get(q.start..q.end).unwrap_or(&q.text);
                    if q.about.is_empty() {
                        format!("{text} ({})", q.kind.as_str())
                    } else {
                        format!("{text} — {}", q.about)
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let row = |class: &'static str, title: &'static str, items: Vec<String>| {
        if items.is_empty() {
            Html::default()
        } else {
            html! { <span class={classes!("card-row", class)}><span class="card-key">{ title }</span>{ items.join(" · ") }</span> }
        }
    };
    html! {
        <p class="caption event-card">
            <span class={classes!("swatch", format!("doc-c{}", e.doc % 8))} aria-hidden="true"></span>
            <strong>{ describe_value(&e.value) }</strong>
            <span class="caption-doc">{ a.map(|a| a.label()).unwrap_or_default() }</span>
            <span class="caption-text">{ sentence.to_owned() }</span>
            { row("card-people", "People", people) }
            { row("card-places", "Places", places) }
            { row("card-figures", "Figures", figures) }
        </p>
    }
}

/// Everything the chart drawing needs.
struct Chart<'a> {
    props: &'a TimelineProps,
    spans: &'a SpanIndex,
    /// Events shown per span of `spans`.
    counts: &'a [usize],
    g: Geometry,
    range: Option<(i64, i64)>,
    brush: Option<(f64, f64)>,
    brush_mode: bool,
    suppress_click: &'a Rc<RefCell<bool>>,
    view: &'a UseStateHandle<Option<(f64, f64)>>,
}

/// Date spans in view with their pixel extents and event counts, laid out in bands.
struct Bands {
    /// (span index, extent) of the year bars and of the finer marks in view, and the
    /// events shown on each.
    year: Vec<(usize, (f64, f64))>,
    fine: Vec<(usize, (f64, f64))>,
    year_layout: Layout,
    fine_layout: Layout,
}

impl Chart<'_> {
    fn x(&self, day: f64) -> f64 {
        MARGIN + (day - self.g.d0) * self.g.scale()
    }

    fn bands(&self) -> Bands {
        let (mut year, mut fine) = (Vec::new(), Vec::new());
        let (mut year_n, mut fine_n) = (Vec::new(), Vec::new());
        for (s, (d, &n)) in self.spans.spans.iter().zip(self.counts).enumerate() {
            if n == 0 || (d.end as f64) < self.g.d0 || (d.start as f64) > self.g.d1 {
                continue;
            }
            let ext = extents_of(
                d.precision,
                self.x(d.start as f64),
                self.x(d.end as f64),
                self.x(d.start as f64 + 0.5),
            );
            if d.precision == Precision::Year {
                year.push((s, ext));
                year_n.push(n);
            } else {
                fine.push((s, ext));
                fine_n.push(n);
            }
        }
        let lay = |v: &[(usize, (f64, f64))], n: &[usize], lanes| {
            let ext: Vec<(f64, f64)> = v.iter().map(|m| m.1).collect();
            layout_counted(&ext, n, 3.0, lanes, CLUSTER_BIN)
        };
        Bands {
            year_layout: lay(&year, &year_n, YEAR_LANES),
            fine_layout: lay(&fine, &fine_n, FINE_LANES),
            year,
            fine,
        }
    }

    /// The events drawn one by one: per span with single marks, its shown events in order
    /// (one pass over the shown events, keeping only those few).
    fn single_events(&self, b: &Bands) -> std::collections::BTreeMap<u32, Vec<usize>> {
        let mut out = std::collections::BTreeMap::<u32, Vec<usize>>::new();
        if b.year_layout.marks.is_empty() && b.fine_layout.marks.is_empty() {
            return out;
        }
        let mut wanted = vec![false; self.spans.spans.len()];
        let singles = (b.year_layout.marks.iter().map(|m| b.year[m.0].0))
            .chain(b.fine_layout.marks.iter().map(|m| b.fine[m.0].0));
        for s in singles {
            if let Some(w) = wanted.get_mut(s) {
                *w = true;
            }
        }
        for &i in self.props.visible.iter() {
            if let Some(&s) = self.spans.of_event.get(i) {
                if wanted.get(s as usize).copied().unwrap_or(false) {
                    out.entry(s).or_default().push(i);
                }
            }
        }
        out
    }

    /// (year band height, fine lane height, fine band height).
    fn metrics(b: &Bands) -> (f64, f64, f64) {
        let year_rows = b
            .year_layout
            .lanes
            .max(usize::from(!b.year_layout.clusters.is_empty()) * 2);
        let year_band = year_rows as f64 * YEAR_LANE + if year_rows > 0 { 6.0 } else { 0.0 };
        let lanes = b.fine_layout.lanes.max(1);
        let lane_h = (LANES_HEIGHT / lanes as f64).clamp(LANE_MIN, LANE_MAX);
        let mut fine_band = lanes as f64 * lane_h;
        if !b.fine_layout.clusters.is_empty() {
            fine_band = fine_band.max(30.0);
        }
        (year_band, lane_h, fine_band)
    }

    /// The drawing and its height.
    fn render(&self) -> (Html, f64) {
        let trace = super::bench::scope("timeline.bands");
        let b = self.bands();
        drop(trace);
        let (year_band, lane_h, fine_band) = Self::metrics(&b);
        let axis_y = TOP + year_band + fine_band + 6.0;
        let width = self.g.width;

        let plot_w = width - 2.0 * MARGIN;
        let (unit, ticks) = time_ticks(self.g.d0, self.g.d1, (plot_w / 56.0) as usize);
        let grid = ticks.iter().map(|t| {
            let gx = self.x(t.day as f64);
            let anchor = if gx < MARGIN + 18.0 { "start" } else if gx > width - MARGIN - 18.0 { "end" } else { "middle" };
            html! {
                <>
                    <line class={classes!("grid", t.major.then_some("major"))} x1={fmt(gx)} x2={fmt(gx)} y1={fmt(TOP - 6.0)} y2={fmt(axis_y + 5.0)} />
                    <text class={classes!("tick", t.major.then_some("major"))} x={fmt(gx)} y={fmt(axis_y + 19.0)} text-anchor={anchor}>{ t.label.clone() }</text>
                </>
            }
        });

        let singles = self.single_events(&b);
        let mut marks = Vec::new();
        // A span's marks come in lane order, one per shown event of it, in order.
        let mut place =
            |bands: &[(usize, (f64, f64))], layout: &Layout, cy: &dyn Fn(usize) -> f64, h: f64| {
                let mut last: Option<(usize, usize)> = None;
                for &(k, lane) in &layout.marks {
                    let (s, ext) = bands[k];
                    let nth = match last {
                        Some((prev, n)) if prev == k => n + 1,
                        _ => 0,
                    };
                    last = Some((k, nth));
                    if let Some(&i) = singles.get(&(s as u32)).and_then(|v| v.get(nth)) {
                        marks.push(self.mark(i, ext, cy(lane), h));
                    }
                }
            };
        place(
            &b.year,
            &b.year_layout,
            &|lane| TOP + lane as f64 * YEAR_LANE + YEAR_LANE / 2.0,
            YEAR_LANE,
        );
        place(
            &b.fine,
            &b.fine_layout,
            &|lane| TOP + year_band + lane as f64 * lane_h + lane_h / 2.0,
            lane_h,
        );
        // The days a cluster's spans cover, for its label and its zoom.
        let days = |bands: &[(usize, (f64, f64))], c: &Cluster| {
            c.members
                .iter()
                .filter_map(|&k| self.spans.spans.get(bands.get(k)?.0))
                .fold((i64::MAX, i64::MIN), |(lo, hi), d| {
                    (lo.min(d.start), hi.max(d.end))
                })
        };
        let year_pills = pills(&b.year_layout.clusters, |c| days(&b.year, c));
        let fine_pills = pills(&b.fine_layout.clusters, |c| days(&b.fine, c));
        // A pill ends before the next one starts.
        let stop = |ps: &[Pill], n: usize| ps.get(n + 1).map_or(f64::INFINITY, |p| p.start - 3.0);
        for (n, p) in year_pills.iter().enumerate() {
            let end = p.end.min(stop(&year_pills, n));
            marks.push(self.cluster(p.count, p.days, p.start, end, TOP + YEAR_LANE, 14.0));
        }
        for (n, p) in fine_pills.iter().enumerate() {
            let end = p.end.min(stop(&fine_pills, n));
            let cy = TOP + year_band + fine_band / 2.0;
            marks.push(self.cluster(p.count, p.days, p.start, end, cy, 20.0));
        }

        let band = |a: f64, z: f64, class: &'static str| {
            let (lo, hi) = (a.min(z).max(MARGIN), a.max(z).min(width - MARGIN));
            (hi > lo).then(|| html! {
                <rect class={class} x={fmt(lo)} y={fmt(TOP - 6.0)} width={fmt(hi - lo)} height={fmt(axis_y - TOP + 6.0)} />
            })
        };
        let selected = self
            .range
            .and_then(|(a, z)| band(self.x(a as f64), self.x(z as f64), "range-sel"));
        let brushing = self.brush.and_then(|(a, z)| band(a, z, "brush"));

        let drawing = html! {
            <>
                <g class="axis" data-unit={unit.as_str()}>
                    { for grid }
                    <line class="baseline" x1={fmt(MARGIN)} x2={fmt(width - MARGIN)} y1={fmt(axis_y)} y2={fmt(axis_y)} />
                </g>
                { for selected }
                <rect class={classes!("pan-surface", self.brush_mode.then_some("brush-mode"))} x="0" y="0" width={fmt(width)} height={fmt(axis_y + AXIS)} />
                // Marks stop at the plot's edges when zoomed in, like the axis: a nested
                // svg clips to its box (Yew would lowercase a `clipPath` element).
                <svg class="plot" x={fmt(MARGIN)} y="0" width={fmt(plot_w)} height={fmt(axis_y)}
                    viewBox={format!("{} 0 {} {}", fmt(MARGIN), fmt(plot_w), fmt(axis_y))}>
                    <g class="events">{ for marks }</g>
                </svg>
                { for brushing }
            </>
        };
        (drawing, axis_y + AXIS)
    }

    fn mark(&self, i: usize, ext: (f64, f64), cy: f64, row_h: f64) -> Html {
        let props = self.props;
        let corpus = &props.corpus;
        let e = &corpus.events[i];
        let article = corpus.articles.get(e.doc);
        let doc_id = article.map(|a| a.doc.id.clone()).unwrap_or_default();
        let sentence = article
            .and_then(|a| a.doc.text.get(e.sentence.start..e.sentence.end))
            .unwrap_or("");
        let tip = format!(
            "{} — {}\n{}",
            describe_value(&e.value),
            article.map(|a| a.label()).unwrap_or_default(),
            shorten(sentence, 220)
        );
        let (a, b) = (self.x(e.date.start as f64), self.x(e.date.end as f64));
        let shape = match e.date.precision {
            Precision::Day => {
                html! { <circle class="shape" cx={fmt(self.x(e.date.start as f64 + 0.5))} cy={fmt(cy)} r={fmt(DOT)} /> }
            }
            Precision::Month => html! {
                <rect class="shape" x={fmt(a)} y={fmt(cy - 5.0)} width={fmt((b - a).max(2.0 * DOT))} height="10" rx="2" />
            },
            Precision::Year => html! {
                <rect class="shape" x={fmt(a)} y={fmt(cy - 2.5)} width={fmt((b - a).max(2.0 * DOT))} height="5" rx="2.5" />
            },
        };
        let class = classes!(
            "event",
            format!("event-{}", e.date.precision.as_str()),
            format!("doc-c{}", e.doc % 8),
            (props.current == Some(i)).then_some("current"),
            corpus
                .event_names_filtered_entity(e, &props.filters)
                .then_some("names-filter"),
        );
        let on_open = props.on_open.clone();
        let on_key = props.on_open.clone();
        let on_hover = props.on_hover.clone();
        let on_focus = props.on_hover.clone();
        let suppress = self.suppress_click.clone();
        html! {
            <g class={class} data-doc={doc_id} data-value={e.value.clone()} tabindex="0" role="button"
                aria-label={format!("{}: open the sentence", describe_value(&e.value))}
                onclick={Callback::from(move |_: MouseEvent| {
                    if !std::mem::take(&mut *suppress.borrow_mut()) { on_open.emit(i) }
                })}
                onkeydown={Callback::from(move |k: KeyboardEvent| if k.key() == "Enter" || k.key() == " " { k.prevent_default(); k.stop_propagation(); on_key.emit(i) })}
                onmouseenter={Callback::from(move |_: MouseEvent| on_hover.emit(Some(i)))}
                onfocus={Callback::from(move |_: FocusEvent| on_focus.emit(Some(i)))}>
                <title>{ tip }</title>
                <rect class="hitbox" x={fmt(ext.0 - 2.0)} y={fmt(cy - row_h / 2.0)} width={fmt(ext.1 - ext.0 + 4.0)} height={fmt(row_h)} />
                { shape }
            </g>
        }
    }

    /// A counted mark standing for `n` events on days `[lo, hi)`; clicking it zooms to them.
    fn cluster(
        &self,
        n: usize,
        (lo, hi): (i64, i64),
        start: f64,
        end: f64,
        cy: f64,
        h: f64,
    ) -> Html {
        let label = format!("{n} dated sentences, {}", range_label(lo, hi));
        let text = n.to_string();
        let w = (end - start).max(pill_width(n));
        let zoom = {
            let (view, g, suppress) = (self.view.clone(), self.g, self.suppress_click.clone());
            let pad = ((hi - lo) as f64 * 0.05).max(1.0);
            move || {
                if !std::mem::take(&mut *suppress.borrow_mut()) {
                    view.set(Some(clamp_view((lo as f64 - pad, hi as f64 + pad), g.home)));
                }
            }
        };
        let on_click = {
            let zoom = zoom.clone();
            Callback::from(move |_: MouseEvent| zoom())
        };
        let on_key = Callback::from(move |k: KeyboardEvent| {
            if k.key() == "Enter" || k.key() == " " {
                k.prevent_default();
                k.stop_propagation();
                zoom()
            }
        });
        html! {
            <g class="event-cluster" data-count={text.clone()} tabindex="0" role="button"
                aria-label={format!("{label}: zoom in")} onclick={on_click} onkeydown={on_key}>
                <title>{ format!("{label} — click to zoom in") }</title>
                <rect class="shape" x={fmt(start)} y={fmt(cy - h / 2.0)} width={fmt(w)} height={fmt(h)} rx={fmt(h / 2.0)} />
                <text x={fmt(start + w / 2.0)} y={fmt(cy + 4.0)} text-anchor="middle">{ text }</text>
            </g>
        }
    }
}

/// A counted cluster as drawn.
struct Pill {
    count: usize,
    /// The days its events cover, `[lo, hi)`.
    days: (i64, i64),
    start: f64,
    end: f64,
}

/// The narrowest pill that holds its count's digits.
fn pill_width(count: usize) -> f64 {
    8.0 + 7.0 * count.to_string().len() as f64
}

/// Clusters (sorted by start) as pills that do not run into each other: a pill too
/// narrow for its count's digits before the next one starts takes that one in, so no
/// count is drawn over another (at 10,000 articles the counts have five digits, wider
/// than a cluster's bin of start positions).
fn pills(clusters: &[Cluster], days: impl Fn(&Cluster) -> (i64, i64)) -> Vec<Pill> {
    let mut out: Vec<Pill> = Vec::with_capacity(clusters.len());
    for c in clusters {
        let (lo, hi) = days(c);
        match out.last_mut() {
            Some(p) if c.start - 3.0 < p.start + pill_width(p.count) => {
                p.count += c.count;
                p.days = (p.days.0.min(lo), p.days.1.max(hi));
                p.end = p.end.max(c.end);
            }
            _ => out.push(Pill {
                count: c.count,
                days: (lo, hi),
                start: c.start,
                end: c.end,
            }),
        }
    }
    out
}

/// The clickable extent of a mark.
fn extents_of(p: Precision, a: f64, b: f64, center: f64) -> (f64, f64) {
    match p {
        Precision::Day => (center - DOT, center + DOT),
        _ => (a, b.max(a + 2.0 * DOT)),
    }
}

/// SVG numbers with one decimal: short attributes, no visible loss.
fn fmt(v: f64) -> String {
    fixed(v, 1)
}
