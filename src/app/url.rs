//! The view in the URL fragment (`#/?q=…&f=…&doc=…`, see `frontera_corpus::route`): a
//! reload or a shared link restores it, and back/forward step through deliberate
//! navigation. A new history entry for each navigation; typing in the search box only
//! replaces the current one after its first keystroke, and zooming the timeline replaces it. A fragment never reaches the
//! server, so this works from any static host under any sub-path.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::state::{Action, State};
use frontera_corpus::route::params_of;

/// The parameters of the page's current fragment; `None` for a fragment that is not a
/// view (an in-page anchor such as `#reader`).
fn current_params() -> Option<String> {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    (hash.is_empty() || hash.starts_with("#/") || hash.starts_with("#?"))
        .then(|| params_of(&hash).to_owned())
}

fn write(params: &str, replace: bool) {
    let url = if params.is_empty() {
        "#/".to_owned()
    } else {
        format!("#/?{params}")
    };
    if let Ok(h) = gloo::utils::window().history() {
        let _ = if replace {
            h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            h.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// The parameters other than the search (`q`) and the timeline's zoom (`zoom`), which
/// change in small steps and so replace the current entry rather than add one.
fn settled(params: &str) -> Vec<&str> {
    params
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("q=") && !p.starts_with("zoom="))
        .collect()
}

fn query_of(params: &str) -> Option<&str> {
    params
        .split('&')
        .find_map(|p| p.strip_prefix("q="))
        .filter(|q| !q.is_empty())
}

/// Keep the fragment and the view in step. `params` is the current view's encoding
/// (`frontera_corpus::route::encode`); `loaded` is false until the corpus exists.
#[hook]
pub fn use_url_sync(dispatch: UseReducerDispatcher<State>, loaded: bool, params: String) {
    // Set once the fragment of the page's first load has been applied.
    let restored = use_mut_ref(|| false);
    // Set when the view is being restored from the fragment: what follows is no
    // navigation of its own, so it replaces rather than pushes.
    let from_history: Rc<RefCell<bool>> = use_mut_ref(|| false);
    // The parameters last in the fragment.
    let last = use_mut_ref(|| None::<String>);

    // Back/forward, or a fragment edited by hand.
    {
        let (dispatch, from_history) = (dispatch.clone(), from_history.clone());
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    if let Some(params) = current_params() {
                        *from_history.borrow_mut() = true;
                        dispatch.dispatch(Action::Restore(params));
                    }
                });
            move || drop(listener)
        });
    }

    use_effect_with((loaded, params), move |(loaded, params)| {
        if !*loaded {
            return;
        }
        let current = current_params().unwrap_or_default();
        if !std::mem::replace(&mut *restored.borrow_mut(), true) && !current.is_empty() {
            *from_history.borrow_mut() = true;
            dispatch.dispatch(Action::Restore(current));
            return;
        }
        let restoring = std::mem::take(&mut *from_history.borrow_mut());
        if current != *params {
            // Typing after the first keystroke, or zooming: no entry of its own.
            let typing = last.borrow().as_deref().is_some_and(|l| {
                settled(l) == settled(params)
                    && (query_of(l).is_some() || query_of(l) == query_of(params))
            });
            // In a task of its own, after this render: `pushState` took 10-20 ms in
            // Chromium with 10,000 articles loaded, half of a facet toggle's update. The
            // page is already what the URL will say, so nothing on screen waits for it.
            let (params, replace) = (params.clone(), restoring || typing);
            gloo::timers::callback::Timeout::new(0, move || {
                let _trace = super::bench::scope("url");
                write(&params, replace);
            })
            .forget();
        }
        *last.borrow_mut() = Some(params.clone());
    });
}
