//! Export buttons: each serialises the corpus (`frontera_corpus::export`) and hands the
//! browser a download made from a Blob, so nothing leaves the machine.

use std::rc::Rc;

use frontera_corpus::{export, Corpus};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Offer `content` as a file called `name`.
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&content.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)
        .map_err(|_| "the browser could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not make the file")?;
    let doc = gloo::utils::document();
    let a = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("the browser could not make the link")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke after the click has been handled; the download keeps its own reference.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Jsonl,
    Entities,
    Figures,
    Events,
    Quotes,
    Timeline,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Jsonl,
        Kind::Entities,
        Kind::Figures,
        Kind::Events,
        Kind::Quotes,
        Kind::Timeline,
    ];

    fn label(self) -> &'static str {
        match self {
            Kind::Jsonl => "Extractions (JSON Lines)",
            Kind::Entities => "Entities (CSV)",
            Kind::Figures => "Figures (CSV)",
            Kind::Events => "Events (CSV)",
            Kind::Quotes => "Quotes (CSV)",
            Kind::Timeline => "Timeline (TimelineJS JSON)",
        }
    }

    fn file(self) -> (&'static str, &'static str) {
        match self {
            Kind::Jsonl => ("frontera-extractions.jsonl", "application/x-ndjson"),
            Kind::Entities => ("frontera-entities.csv", "text/csv"),
            Kind::Figures => ("frontera-figures.csv", "text/csv"),
            Kind::Events => ("frontera-events.csv", "text/csv"),
            Kind::Quotes => ("frontera-quotes.csv", "text/csv"),
            Kind::Timeline => ("frontera-timeline.json", "application/json"),
        }
    }

    fn render(self, c: &Corpus) -> String {
        match self {
            Kind::Jsonl => export::jsonl(c),
            Kind::Entities => export::entities_csv(c),
            Kind::Figures => export::figures_csv(c),
            Kind::Events => export::events_csv(c),
            Kind::Quotes => export::quotes_csv(c),
            Kind::Timeline => export::timelinejs(c, "Frontera timeline"),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub corpus: Rc<Corpus>,
}

/// One button per export, with a line saying what happened.
#[function_component(Export)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let status = use_state(String::new);
    html! {
        <div class="export" id="export">
            <h3>{ "Export all articles" }</h3>
            <div class="export-buttons">
                { for Kind::ALL.iter().map(|&k| {
                    let corpus = props.corpus.clone();
                    let status = status.clone();
                    let (name, mime) = k.file();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        match download(name, mime, &k.render(&corpus)) {
                            Ok(()) => status.set(format!("Saved {name}.")),
                            Err(why) => status.set(format!("Could not save {name}: {why}.")),
                        }
                    });
                    html! { <button class="btn" data-export={name} {onclick}>{ k.label() }</button> }
                }) }
            </div>
            <p class="export-status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
