//! The Yew single-page app.

use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! { <h1>{ "Frontera" }</h1> }
}
