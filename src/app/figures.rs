//! The figures view: the claims ledger (figures from several articles measuring the same
//! thing, side by side, each with a small chart) and a table of every figure of the
//! matching articles. Every value opens its sentence in the reader.

use frontera_corpus::decimal::fixed;
use std::rc::Rc;

use frontera_core::Span;
use frontera_corpus::claims::{ledger, Measure};
use frontera_corpus::{fmt_number, Corpus};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::shorten;

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub corpus: Rc<Corpus>,
    /// Articles matching the filters.
    pub matching: Rc<Vec<usize>>,
    /// Open the reader at (article, sentence).
    pub on_open_sentence: Callback<(usize, Span)>,
}

/// The ledger compares pairs of figures of a kind and size, which grows faster than the
/// number of articles (natively about 30 ms for 100 generated articles, 0.3 s for 300,
/// several seconds for 1,000): past this many matching articles it waits for the filters
/// or the search to narrow them.
const LEDGER_MAX_ARTICLES: usize = 100;
/// Up to this many matching articles the figures table is built while folded too.
const EAGER_TABLE_ARTICLES: usize = 20;
/// Rows of the all-figures table rendered at most.
const TABLE_MAX_ROWS: usize = 200;

const CHART_W: f64 = 360.0;
const LABEL_W: f64 = 120.0;
const ROW_H: f64 = 22.0;

#[function_component(Figures)]
pub fn figures(props: &FiguresProps) -> Html {
    let _trace = super::bench::scope("Figures");
    let corpus = props.corpus.clone();
    let too_many = props.matching.len() > LEDGER_MAX_ARTICLES;
    let measures = use_memo((props.corpus.clone(), props.matching.clone()), |(c, m)| {
        if m.len() > LEDGER_MAX_ARTICLES {
            return Vec::new();
        }
        let items: Vec<_> = m
            .iter()
            .filter_map(|&d| c.articles.get(d))
            .map(|a| (&a.doc, &a.extraction))
            .collect();
        ledger(&items)
    });
    let doc_index = |id: &str| {
        props
            .matching
            .iter()
            .copied()
            .find(|&d| corpus.articles.get(d).is_some_and(|a| a.doc.id == id))
    };
    let open = |d: usize, offset: usize, body: Html, class: &'static str, title: String| {
        let span = corpus.sentence_at(d, offset);
        let on_open = props.on_open_sentence.clone();
        html! {
            <button class={class} disabled={span.is_none()} {title}
                onclick={Callback::from(move |_: MouseEvent| if let Some(s) = span { on_open.emit((d, s)) })}>
                { body }
            </button>
        }
    };

    let measure_html = |m: &Measure| {
        let max = m
            .claims
            .iter()
            .map(|c| c.value_high.unwrap_or(c.value).max(c.value))
            .fold(0.0_f64, f64::max);
        let scale = |v: f64| {
            if max > 0.0 {
                LABEL_W + (v / max).clamp(0.0, 1.0) * (CHART_W - LABEL_W - 70.0)
            } else {
                LABEL_W
            }
        };
        let height = ROW_H * m.claims.len() as f64 + 6.0;
        let rows = m.claims.iter().enumerate().map(|(i, c)| {
            let d = doc_index(&c.doc).unwrap_or(0);
            let y = ROW_H * i as f64 + ROW_H / 2.0 + 3.0;
            let label = corpus
                .articles
                .get(d)
                .map(|a| a.label())
                .unwrap_or_default();
            let x0 = scale(c.value);
            let shape = match c.value_high {
                Some(high) => html! {
                    <rect class="range" x={fixed(x0, 1)} y={fixed(y - 5.0, 1)}
                        width={fixed((scale(high) - x0).max(3.0), 1)} height="10" rx="3" />
                },
                None => html! { <circle class="point" cx={fixed(x0, 1)} cy={fixed(y, 1)} r="5" /> },
            };
            let value = compact(c.value, c.value_high);
            let end = scale(c.value_high.unwrap_or(c.value));
            html! {
                <g class={classes!("claim", format!("doc-c{}", d % 8))}>
                    <title>{ format!("{value} — {label}") }</title>
                    <text class="src" x="0" y={fixed(y + 4.0, 1)}>{ shorten(&label, 16) }</text>
                    <line class="track" x1={LABEL_W.to_string()} x2={fixed(CHART_W - 70.0, 1)}
                        y1={fixed(y, 1)} y2={fixed(y, 1)} />
                    { shape }
                    <text class="val" x={fixed(end + 8.0, 1)} y={fixed(y + 4.0, 1)}>{ value }</text>
                </g>
            }
        });
        let claims = m.claims.iter().map(|c| {
            let d = doc_index(&c.doc).unwrap_or(0);
            let label = corpus.articles.get(d).map(|a| a.label()).unwrap_or_default();
            html! {
                <li>
                    { open(d, c.start, html! {
                        <>
                            <span class={classes!("swatch", format!("doc-c{}", d % 8))} aria-hidden="true"></span>
                            <span class="fact-main">{ c.text.clone() }</span>
                            <span class="fact-sub">{ shorten(&label, 60) }</span>
                        </>
                    }, "claim-link", "Open the sentence in the reader".to_owned()) }
                </li>
            }
        });
        let what = m
            .measure
            .split_once(':')
            .map_or(m.measure.as_str(), |(_, w)| w.trim());
        let kind = m.measure.split_once(':').map_or("", |(k, _)| k.trim());
        html! {
            <div class="measure">
                <h3 class="measure-title">
                    <span class="measure-kind">{ kind.to_owned() }</span>
                    { what.to_owned() }
                </h3>
                <p class="measure-meta">
                    { format!("{} · {} · {} sources",
                        if m.unit.is_empty() { "no unit" } else { m.unit.as_str() },
                        m.period.as_deref().map_or("no period stated".to_owned(), |p| if p == "annual" { "per year".to_owned() } else { p.to_owned() }),
                        m.claims.len()) }
                </p>
                <svg class="measure-chart" viewBox={format!("0 0 {} {}", fixed(CHART_W, 0), fixed(height, 0))} role="img"
                    aria-label={format!("{} values of {}", m.claims.len(), what)}>
                    { for rows }
                </svg>
                <ul class="claims">{ for claims }</ul>
            </div>
        }
    };

    // The table's rows are built only while it is open, or for a few articles: hundreds of
    // rows that nobody sees made every filter change at scale slower (they are counted all
    // the same).
    let table_open = use_state(|| false);
    let build_rows = *table_open || props.matching.len() <= EAGER_TABLE_ARTICLES;
    let on_table_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            table_open.set(open);
        })
    };
    let mut table_rows = Vec::new();
    let mut n_figures = 0;
    let mut n_rows = 0;
    for &d in props.matching.iter() {
        let Some(a) = corpus.articles.get(d) else {
            continue;
        };
        for q in &a.extraction.quantities {
            n_figures += 1;
            if n_rows >= TABLE_MAX_ROWS {
                continue;
            }
            n_rows += 1;
            if !build_rows {
                continue;
            }
            let mut value = fmt_number(q.value);
            if let Some(high) = q.value_high {
                value.push_str(&format!("–{}", fmt_number(high)));
            }
            if !q.unit.is_empty() {
                value.push(' ');
                value.push_str(&q.unit);
            }
            let shown = a.doc.text.get(q.start..q.end).unwrap_or(&q.text).to_owned();
            table_rows.push(html! {
                <tr id={format!("fig-{d}-{}", q.start)}>
                    <td>{ q.kind.as_str() }</td>
                    <td class="num">{ open(d, q.start, html! { { value } }, "link", format!("“{shown}” — open in the reader")) }</td>
                    <td>{ if q.about.is_empty() { "—".to_owned() } else { q.about.clone() } }</td>
                    <td>{ q.period.clone().unwrap_or_else(|| "—".to_owned()) }</td>
                    <td>{ q.hedge.clone().unwrap_or_else(|| "—".to_owned()) }</td>
                    <td class="doc">
                        <span class={classes!("swatch", format!("doc-c{}", d % 8))} aria-hidden="true"></span>
                        { shorten(&a.label(), 40) }
                    </td>
                </tr>
            });
        }
    }

    html! {
        <section id="figures" class="panel figures-pane" aria-labelledby="figures-title">
            <div class="panel-head">
                <h2 id="figures-title">{ "Figures across articles" }</h2>
                <p class="hint">{ "Figures from different articles that measure the same thing, side by side." }</p>
            </div>
            if too_many {
                <p class="empty">{ format!("{} articles match: narrow them to {LEDGER_MAX_ARTICLES} or fewer with the filters or the search to compare their figures.", props.matching.len()) }</p>
            } else if measures.is_empty() {
                <p class="empty">{ "No figure is reported by two or more of the matching articles." }</p>
            } else {
                <div class="measures">{ for measures.iter().map(measure_html) }</div>
            }
            <details class="all-figures" open={*table_open} ontoggle={on_table_toggle}>
                <summary>{
                    if n_rows < n_figures { format!("The first {n_rows} of {n_figures} figures of the matching articles") }
                    else { format!("All {n_figures} figures of the matching articles") }
                }</summary>
                <div class="table-wrap">
                    <table class="figures-table">
                        <thead><tr>
                            <th scope="col">{ "Kind" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Measures" }</th>
                            <th scope="col">{ "Period" }</th><th scope="col">{ "Hedge" }</th><th scope="col">{ "Article" }</th>
                        </tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}

/// A short value for a chart label: "18–38 bn", "420 M", "6,290".
fn compact(value: f64, high: Option<f64>) -> String {
    let top = high.unwrap_or(value).abs().max(value.abs());
    let (div, suffix) = if top >= 1e9 {
        (1e9, " bn")
    } else if top >= 1e6 {
        (1e6, " M")
    } else {
        (1.0, "")
    };
    let one = |v: f64| {
        let x = v / div;
        if div > 1.0 && x.fract() != 0.0 {
            fixed(x, 1)
        } else {
            fmt_number(x.round())
        }
    };
    match high {
        Some(h) => format!("{}–{}{suffix}", one(value), one(h)),
        None => format!("{}{suffix}", one(value)),
    }
}
