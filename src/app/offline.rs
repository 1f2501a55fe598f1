//! Offline use: registers `sw.js` (assets/sw.js, copied beside index.html by trunk), which
//! keeps the page and its files in the Cache API once the app has loaded, so a reload
//! without network still opens the app (and the articles kept in IndexedDB).

/// Register the service worker; browsers without one (or pages not served over http(s))
/// simply go without.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let secure = window
        .location()
        .protocol()
        .is_ok_and(|p| p == "https:" || p == "http:");
    if !secure {
        return;
    }
    let navigator = window.navigator();
    // `serviceWorker` is missing in some private modes: check before touching it.
    let has = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has {
        // A failed registration (an old browser, storage disabled) only costs offline use.
        let _ = navigator.service_worker().register("./sw.js");
    }
}
