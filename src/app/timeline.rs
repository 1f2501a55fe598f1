//! The timeline: dated sentences as marks on an inline SVG calendar axis. A dot is a day,
//! a short solid bar a month (or week, quarter, season), a long pale bar a whole year.

use std::rc::Rc;

use frontera_corpus::timeline::{
    assign_lanes, civil_from_days, days_from_civil, describe_value, year_ticks, Precision,
};
use frontera_corpus::{Corpus, Filter};

use super::shorten;
use yew::prelude::*;

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Drawing width before the container has been measured.
const DEFAULT_WIDTH: f64 = 1000.0;
const MARGIN: f64 = 14.0;
const TOP: f64 = 10.0;
/// Lane height: roomy when there are few lanes, tighter when many.
const LANE_MAX: f64 = 18.0;
const LANE_MIN: f64 = 12.0;
/// Height the lanes aim to fit in before they shrink.
const LANES_HEIGHT: f64 = 170.0;
const AXIS: f64 = 30.0;
/// Lane height of the band of whole-year bars.
const YEAR_LANE: f64 = 9.0;
/// Half the drawn width of a day mark, and the smallest width of a month bar.
const DOT: f64 = 5.0;

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
    /// Toggle a year filter (the year labels are buttons).
    pub on_toggle: Callback<Filter>,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    // Draw at the container's pixel width so text keeps its size on every screen.
    let box_ref = use_node_ref();
    let width = use_state(|| 0.0_f64);
    {
        let (box_ref, width) = (box_ref.clone(), width.clone());
        use_effect(move || measure(&box_ref, &width));
    }
    {
        let (box_ref, width) = (box_ref.clone(), width.clone());
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure(&box_ref, &width)
                });
            move || drop(listener)
        });
    }
    // A date clicked in the reader: bring its mark into view.
    use_effect_with(props.pick_seq, |&seq| {
        if seq > 0 {
            let doc = gloo::utils::document();
            if let Ok(Some(el)) = doc.query_selector("#timeline .event.current") {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_behavior(web_sys::ScrollBehavior::Smooth);
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
    });
    let draw_width = if *width > 0.0 {
        width.max(300.0)
    } else {
        DEFAULT_WIDTH
    };
    let corpus = &props.corpus;
    let events: Vec<usize> = props
        .visible
        .iter()
        .copied()
        .filter(|&i| i < corpus.events.len())
        .collect();

    let body = if events.is_empty() {
        let text = if corpus.events.is_empty() {
            "No dated sentences yet: the extractor placed no date on the calendar. Dates such as “March 2009” or “last year” appear here once resolved."
        } else {
            "No dated sentences in the matching articles. Remove a filter or press “Clear all” to see the whole timeline."
        };
        html! { <p class="empty">{ text }</p> }
    } else {
        chart(props, &events, draw_width)
    };

    let caption = match props
        .current
        .and_then(|i| corpus.events.get(i).map(|e| (i, e)))
    {
        Some((_, e)) => {
            let a = corpus.articles.get(e.doc);
            let sentence = a
                .and_then(|a| a.doc.text.get(e.sentence.start..e.sentence.end))
                .unwrap_or("");
            html! {
                <p class="caption">
                    <span class={classes!("swatch", format!("doc-c{}", e.doc % 8))} aria-hidden="true"></span>
                    <strong>{ describe_value(&e.value) }</strong>
                    <span class="caption-doc">{ a.map(|a| a.label()).unwrap_or_default() }</span>
                    <span class="caption-text">{ sentence.to_owned() }</span>
                </p>
            }
        }
        None if !events.is_empty() => html! {
            <p class="caption hint">{ "Point at a mark to read its sentence; click it to open the sentence in the reader. Click a year to zoom in." }</p>
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
                    <li class="legend-note">{ "colour = article" }</li>
                </ul>
            </div>
            <div class="timeline-box" ref={box_ref}>{ body }</div>
            { caption }
        </section>
    }
}

fn measure(box_ref: &NodeRef, width: &UseStateHandle<f64>) {
    if let Some(el) = box_ref.cast::<web_sys::Element>() {
        let w = f64::from(el.client_width());
        if w > 0.0 && (w - **width).abs() >= 1.0 {
            width.set(w);
        }
    }
}

fn chart(props: &TimelineProps, events: &[usize], width: f64) -> Html {
    let corpus = &props.corpus;
    let get = |i: usize| &corpus.events[i];
    // The axis spans whole years around the visible events.
    let first_year = events
        .iter()
        .map(|&i| get(i).date.year())
        .min()
        .unwrap_or(2000);
    let last_year = events
        .iter()
        .map(|&i| civil_from_days(get(i).date.end - 1).0)
        .max()
        .unwrap_or(first_year)
        .max(first_year);
    let d0 = days_from_civil(first_year, 1, 1) as f64;
    let d1 = days_from_civil(last_year + 1, 1, 1) as f64;
    let scale = (width - 2.0 * MARGIN) / (d1 - d0).max(1.0);
    let x = |day: f64| MARGIN + (day - d0) * scale;

    // Horizontal extent of each mark, then lanes so marks never overlap.
    let extents: Vec<(f64, f64)> = events
        .iter()
        .map(|&i| {
            let d = get(i).date;
            extents_of(
                d.precision,
                x(d.start as f64),
                x(d.end as f64),
                x(d.start as f64 + 0.5),
            )
        })
        .collect();
    // Whole years get a thin band of their own on top, so the long bars do not push the
    // days and months down; each band has its own lanes.
    let is_year: Vec<bool> = events
        .iter()
        .map(|&i| get(i).date.precision == Precision::Year)
        .collect();
    let band_lanes = |want_year: bool| {
        let idx: Vec<usize> = (0..events.len())
            .filter(|&k| is_year[k] == want_year)
            .collect();
        let ext: Vec<(f64, f64)> = idx.iter().map(|&k| extents[k]).collect();
        let lanes = assign_lanes(&ext, 3.0);
        let mut out = vec![0; events.len()];
        for (&k, l) in idx.iter().zip(lanes) {
            out[k] = l;
        }
        let count = idx.iter().map(|&k| out[k] + 1).max().unwrap_or(0);
        (out, count)
    };
    let (year_lanes, year_count) = band_lanes(true);
    let (fine_lanes, fine_count) = band_lanes(false);
    let year_band = year_count as f64 * YEAR_LANE + if year_count > 0 { 6.0 } else { 0.0 };
    let lane_h = (LANES_HEIGHT / fine_count.max(1) as f64).clamp(LANE_MIN, LANE_MAX);
    // Vertical centre and lane height of mark k.
    let place = |k: usize| {
        if is_year[k] {
            (
                TOP + year_lanes[k] as f64 * YEAR_LANE + YEAR_LANE / 2.0,
                YEAR_LANE,
            )
        } else {
            (
                TOP + year_band + fine_lanes[k] as f64 * lane_h + lane_h / 2.0,
                lane_h,
            )
        }
    };
    let axis_y = TOP + year_band + fine_count as f64 * lane_h + 6.0;
    let years = last_year - first_year + 1;
    let year_px = width / f64::from(years.max(1));
    // Zoomed in far enough: name the months too, and put the years below them.
    let month_names = year_px >= 330.0;
    let year_label_y = axis_y + if month_names { 34.0 } else { 22.0 };
    let height = axis_y + AXIS + if month_names { 12.0 } else { 0.0 };

    // Year grid and labels; month ticks when few years are shown.
    let labels = year_ticks(first_year, last_year, (width / 64.0) as usize);
    let grid = (first_year..=last_year + 1).map(|y| {
        let gx = x(days_from_civil(y, 1, 1) as f64);
        html! { <line class="grid" x1={fmt(gx)} x2={fmt(gx)} y1={fmt(TOP - 6.0)} y2={fmt(axis_y + 6.0)} /> }
    });
    let year_labels = labels.iter().map(|&y| {
        let mid = x((days_from_civil(y, 1, 1) + days_from_civil(y + 1, 1, 1)) as f64 / 2.0);
        let lx = if year_px >= 44.0 { mid } else { x(days_from_civil(y, 1, 1) as f64) };
        let on_toggle = props.on_toggle.clone();
        let active = props.filters.contains(&Filter::Year(y));
        html! {
            <text class={classes!("tick", active.then_some("active"))} x={fmt(lx)} y={fmt(year_label_y)} text-anchor="middle"
                role="button" tabindex="0"
                onclick={{
                    let on_toggle = on_toggle.clone();
                    Callback::from(move |_: MouseEvent| on_toggle.emit(Filter::Year(y)))
                }}
                onkeydown={Callback::from(move |k: KeyboardEvent| if k.key() == "Enter" || k.key() == " " { k.prevent_default(); on_toggle.emit(Filter::Year(y)) })}>
                <title>{ if active { "Show all years again".to_owned() } else { format!("Zoom to {y}") } }</title>
                { y }
            </text>
        }
    });
    let months = if years <= 4 {
        (first_year..=last_year)
            .flat_map(|y| (1..=12).map(move |m| (y, m)))
            .map(|(y, m)| {
                let mx = x(days_from_civil(y, m, 1) as f64);
                let end = if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) };
                let mid = (mx + x(end as f64)) / 2.0;
                html! {
                    <>
                        if m > 1 {
                            <line class="minor" x1={fmt(mx)} x2={fmt(mx)} y1={fmt(axis_y)} y2={fmt(axis_y + 4.0)} />
                        }
                        if month_names {
                            <text class="month" x={fmt(mid)} y={fmt(axis_y + 15.0)} text-anchor="middle">{ MONTH_ABBR[(m - 1) as usize] }</text>
                        }
                    </>
                }
            })
            .collect::<Html>()
    } else {
        Html::default()
    };

    let marks = events.iter().enumerate().map(|(k, &i)| {
        let e = get(i);
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
        let (cy, row_h) = place(k);
        let (a, b) = (x(e.date.start as f64), x(e.date.end as f64));
        let shape = match e.date.precision {
            Precision::Day => {
                html! { <circle class="shape" cx={fmt(x(e.date.start as f64 + 0.5))} cy={fmt(cy)} r={fmt(DOT)} /> }
            }
            Precision::Month => html! {
                <rect class="shape" x={fmt(a)} y={fmt(cy - 5.0)} width={fmt((b - a).max(2.0 * DOT))} height="10" rx="2" />
            },
            Precision::Year => html! {
                <rect class="shape" x={fmt(a)} y={fmt(cy - 2.5)} width={fmt((b - a).max(2.0 * DOT))} height="5" rx="2.5" />
            },
        };
        let ha = extents_of(e.date.precision, a, b, x(e.date.start as f64 + 0.5));
        let class = classes!(
            "event",
            format!("event-{}", e.date.precision.as_str()),
            format!("doc-c{}", e.doc % 8),
            (props.current == Some(i)).then_some("current"),
            corpus.event_names_filtered_entity(e, &props.filters).then_some("names-filter"),
        );
        let on_open = props.on_open.clone();
        let on_key = props.on_open.clone();
        let on_hover = props.on_hover.clone();
        let on_focus = props.on_hover.clone();
        html! {
            <g class={class} data-doc={doc_id} data-value={e.value.clone()} tabindex="0" role="button"
                aria-label={format!("{}: open the sentence", describe_value(&e.value))}
                onclick={Callback::from(move |_: MouseEvent| on_open.emit(i))}
                onkeydown={Callback::from(move |k: KeyboardEvent| if k.key() == "Enter" || k.key() == " " { k.prevent_default(); on_key.emit(i) })}
                onmouseenter={Callback::from(move |_: MouseEvent| on_hover.emit(Some(i)))}
                onfocus={Callback::from(move |_: FocusEvent| on_focus.emit(Some(i)))}>
                <title>{ tip }</title>
                <rect class="hitbox" x={fmt(ha.0 - 2.0)} y={fmt(cy - row_h / 2.0)} width={fmt(ha.1 - ha.0 + 4.0)} height={fmt(row_h)} />
                { shape }
            </g>
        }
    });

    html! {
        <svg id="timeline" viewBox={format!("0 0 {} {}", fmt(width), fmt(height))}
            aria-label={format!("{} dated sentences from {first_year} to {last_year}", events.len())}
            width={fmt(width)} height={fmt(height)}>
            <g class="axis">
                { for grid }
                <line class="baseline" x1={fmt(MARGIN)} x2={fmt(width - MARGIN)} y1={fmt(axis_y)} y2={fmt(axis_y)} />
                { months }
                { for year_labels }
            </g>
            <g class="events">{ for marks }</g>
        </svg>
    }
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
    format!("{v:.1}")
}
