//! An element's size, told after layout by a `ResizeObserver`: reading the width then
//! forces no layout of its own (reading it during or right after a render forced the whole
//! page's layout inside the first render, 60–200 ms on a busy machine).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Keeps an observer alive; dropping it stops the observing.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Call `on_resize` once the element behind `node` is laid out and whenever its size
/// changes, until the returned watch is dropped. None when the node is not mounted.
pub fn watch_resize(node: &NodeRef, on_resize: impl FnMut() + 'static) -> Option<ResizeWatch> {
    let el = node.cast::<web_sys::Element>()?;
    let on_resize = Closure::<dyn FnMut()>::new(on_resize);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&el);
    Some(ResizeWatch {
        observer,
        _on_resize: on_resize,
    })
}
