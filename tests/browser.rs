//! End-to-end test in headless Chromium: the built `dist/` served under a sub-path, as a
//! static host would. Checks that facets, timeline and reader show the seeds' content and
//! that a facet click narrows the timeline.
//!
//! Needs a release build in `dist/` (`trunk build --release --offline`) and chromedriver;
//! `scripts/test` provides both and sets FRONTERA_E2E=1. Without that variable the test
//! says so and passes, so a plain `cargo test` works on machines without a browser.

#[path = "support/webdriver.rs"]
mod webdriver;

#[path = "support/harness.rs"]
mod harness;

use harness::{axe_violations, Harness, READY};
use std::path::PathBuf;
use webdriver::Session;

impl Harness {
    /// A browser window of this size showing the app once its extraction has rendered.
    fn open(&self, width: u32, height: u32) -> Session {
        self.open_at(width, height, "")
    }

    /// [`Harness::open`] at a URL fragment (`#/?q=…`), as a bookmark would.
    fn open_at(&self, width: u32, height: u32, fragment: &str) -> Session {
        let s = Session::new(&self.driver, width, height);
        // Headless Chromium keeps windows at least 500 px wide: emulate a phone's screen.
        if width < 500 {
            emulate(&s, width, height, true, false);
        } else {
            set_media(&s, false);
        }
        s.goto(&format!("{}{fragment}", self.url));
        s.wait_for("the app to render the extraction", READY, 30);
        s
    }
}

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

const COUNT_EVENTS: &str = "return document.querySelectorAll('#timeline .event').length";

fn count(session: &Session, script: &str) -> u64 {
    session.js(script).as_u64().unwrap_or(0)
}

/// Open every facet list (narrow screens fold them), as a user would by their summaries.
fn unfold_facets(session: &Session) {
    session.js(
        "document.querySelectorAll('details.facet:not([open]) > summary').forEach(s => s.click())",
    );
}

#[test]
fn explorer_shows_the_seeds_and_facets_narrow_the_timeline() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        // Report the page's own load timing (not asserted: timing is for benchmarks).
        s.wait_for(
            "the render timing",
            "return (document.querySelector('#timing') || {}).textContent.includes('first full render')",
            10,
        );
        let timing = s.js("return document.querySelector('#timing').textContent");
        eprintln!("{name}: {}", timing.as_str().unwrap_or_default());

        // On a phone the facet lists start folded, so the timeline comes soon after them.
        let folded = count(
            &s,
            "return document.querySelectorAll('details.facet:not([open])').length",
        );
        if name == "phone" {
            assert_eq!(folded, 5, "facets should start folded on a phone");
            let timeline_top = s.js("return document.querySelector('.timeline-pane').getBoundingClientRect().top / window.innerHeight");
            assert!(
                timeline_top.as_f64().unwrap_or(9.0) < 1.6,
                "the timeline starts {timeline_top} screens down"
            );
            unfold_facets(&s);
        } else {
            assert_eq!(folded, 0, "facets should be open on a desktop");
        }

        // Facets list the seeds' people, places and articles.
        let people = s.js("return Array.from(document.querySelectorAll('[data-facet=\"people\"] .facet-row')).map(b => b.textContent).join('|')");
        let people = people.as_str().unwrap_or_default().to_owned();
        assert!(
            people.contains("Clinton"),
            "people facet lacks Clinton: {people}"
        );
        assert!(
            people.contains("Calder"),
            "people facet lacks Calderón: {people}"
        );
        let places = s.js("return Array.from(document.querySelectorAll('[data-facet=\"places\"] .facet-row')).map(b => b.textContent).join('|')");
        assert!(
            places.as_str().unwrap_or_default().contains("Mexico"),
            "places facet lacks Mexico: {places}"
        );
        assert_eq!(
            count(
                &s,
                "return document.querySelectorAll('[data-facet=\"articles\"] .facet-row').length"
            ),
            5
        );

        // The timeline has dated events; the reader shows an article with highlights.
        let all_events = count(&s, COUNT_EVENTS);
        assert!(all_events >= 10, "timeline shows only {all_events} events");
        let reader_text =
            s.js("const r = document.querySelector('#reader'); return r ? r.textContent : ''");
        assert!(
            reader_text.as_str().unwrap_or_default().len() > 500,
            "reader shows no article"
        );
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#reader mark').length"
            ) > 10
        );
        s.screenshot(&screenshot_dir().join(format!("{name}-loaded.png")));

        // A facet click narrows the timeline and shows a removable chip.
        // The visible person named in the fewest articles, so the narrowing must show.
        s.js("const rows = Array.from(document.querySelectorAll('[data-facet=\"people\"] .facet-row')).filter(r => r.getClientRects().length > 0);\
              const n = r => parseInt((r.querySelector('.count') || {}).textContent || '0', 10);\
              rows.sort((a, b) => n(a) - n(b))[0].setAttribute('data-e2e-pick', '1');");
        s.click("[data-e2e-pick]");
        let narrowed = count(&s, COUNT_EVENTS);
        assert!(
            narrowed < all_events,
            "facet click did not narrow the timeline ({narrowed} of {all_events})"
        );
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#active-filters .chip').length"
            ) == 1
        );
        s.screenshot(&screenshot_dir().join(format!("{name}-filtered.png")));

        // Clearing restores everything.
        s.click("#clear-filters");
        assert_eq!(
            count(&s, COUNT_EVENTS),
            all_events,
            "clear did not restore the timeline"
        );

        // Clicking a timeline event opens its article in the reader.
        let doc = s.js("const e = document.querySelector('#timeline .event[data-doc=\"seed-004\"]'); return e ? e.getAttribute('data-doc') : null");
        if let Some(doc) = doc.as_str() {
            s.click(&format!("#timeline .event[data-doc=\"{doc}\"]"));
            s.wait_for(
                "the reader to open the clicked article",
                &format!(
                    "return document.querySelector('#reader').getAttribute('data-doc') === '{doc}'"
                ),
                5,
            );
        }
    }
}

/// Type into an input as a user would, as far as the app can tell: set the value and fire
/// `input`.
fn type_into(session: &Session, css: &str, text: &str) {
    let css = serde_json::to_string(css).unwrap_or_default();
    let text = serde_json::to_string(text).unwrap_or_default();
    session.js(&format!(
        "const i = document.querySelector({css}); i.focus(); i.value = {text}; \
         i.dispatchEvent(new Event('input', {{ bubbles: true }}));"
    ));
}

#[test]
fn entity_page_and_facet_search() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        unfold_facets(&s);

        // A facet search ignores case and accents.
        type_into(&s, "[data-facet=\"people\"] input.facet-search", "calderon");
        let rows = s.js("return Array.from(document.querySelectorAll('[data-facet=\"people\"] .facet-row')).map(b => b.textContent).join('|')");
        let rows = rows.as_str().unwrap_or_default().to_owned();
        assert!(
            rows.contains("Calderón"),
            "facet search for calderon: {rows}"
        );
        assert!(
            !rows.contains("Clinton"),
            "facet search kept non-matching rows: {rows}"
        );

        // The row's link opens the entity page, with names, mentions and co-occurrences.
        s.click("[data-facet=\"people\"] .facet-item .open-entity");
        s.wait_for(
            "the entity page",
            "return document.querySelector('#entity-page[data-entity]') !== null",
            5,
        );
        let entity =
            s.js("return document.querySelector('#entity-page').getAttribute('data-entity')");
        assert!(
            entity.as_str().unwrap_or_default().contains("Calder"),
            "entity page for {entity}"
        );
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#entity-page .entity-aliases li').length"
            ) >= 1
        );
        let mentions = count(
            &s,
            "return document.querySelectorAll('#entity-page .entity-mentions li').length",
        );
        assert!(mentions >= 2, "only {mentions} mention sentences");
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#entity-page .entity-cooccurs li').length"
            ) >= 1
        );
        s.screenshot(&screenshot_dir().join(format!("{name}-entity.png")));

        // A mention sentence opens the reader at that sentence.
        s.click("#entity-page .entity-mentions li button");
        s.wait_for(
            "the reader to focus the sentence",
            "return document.querySelector('#reader #focus-sentence') !== null",
            5,
        );

        // A name in the reader opens its page.
        s.click("#reader mark.m-person[data-entity]");
        s.wait_for(
            "the entity page of a reader name",
            "return document.querySelector('#entity-page') !== null",
            5,
        );
        s.click("#entity-close");
        assert_eq!(
            count(
                &s,
                "return document.querySelectorAll('#entity-page').length"
            ),
            0
        );
    }
}

#[test]
fn figures_view_shows_measures_across_articles() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        let measures = count(
            &s,
            "return document.querySelectorAll('#figures .measure svg.measure-chart').length",
        );
        assert!(measures >= 1, "figures view shows no measure");
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#figures .figures-table tbody tr').length"
            ) >= 10
        );
        s.js("document.querySelector('#figures').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-figures.png")));
        // A source's value opens its sentence in the reader.
        s.click("#figures .measure .claim-link");
        s.wait_for(
            "the reader to focus the figure's sentence",
            "return document.querySelector('#reader #focus-sentence') !== null",
            5,
        );
    }
}

#[test]
fn text_search_highlights_hits_and_narrows_every_view() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        let all_events = count(&s, COUNT_EVENTS);

        // Case and accents do not matter; hits are marked.
        type_into(&s, "input#search", "CALDERON");
        s.wait_for(
            "search results",
            "return document.querySelectorAll('#search-results li').length > 0",
            5,
        );
        let hits = s.js("return Array.from(document.querySelectorAll('#search-results mark.hit')).map(m => m.textContent).join('|')");
        let hits = hits.as_str().unwrap_or_default().to_owned();
        assert!(hits.contains("Calderón"), "hits: {hits}");
        s.screenshot(&screenshot_dir().join(format!("{name}-search.png")));

        // A phrase, and a rarer name: the facets, the timeline and the scope narrow too.
        type_into(&s, "input#search", "\"Mike Mullen\"");
        s.wait_for(
            "phrase results",
            "return Array.from(document.querySelectorAll('#search-results mark.hit')).some(m => m.textContent === 'Mike Mullen')",
            5,
        );
        let articles = count(
            &s,
            "return document.querySelectorAll('[data-facet=\"articles\"] .facet-row').length",
        );
        assert!(
            articles < 5,
            "search did not narrow the articles facet ({articles})"
        );
        let events = count(&s, COUNT_EVENTS);
        assert!(events < all_events, "search did not narrow the timeline");

        // A result opens the reader at its sentence.
        s.click("#search-results li button");
        s.wait_for(
            "the reader to focus the result",
            "return document.querySelector('#reader #focus-sentence') !== null",
            5,
        );
        type_into(&s, "input#search", "");
        assert_eq!(
            count(
                &s,
                "return document.querySelectorAll('#search-results').length"
            ),
            0
        );
        assert_eq!(count(&s, COUNT_EVENTS), all_events);
    }
}

const TICKS: &str = "return Array.from(document.querySelectorAll('#timeline .tick')).map(t => t.textContent).join('|')";
/// Dated sentences the timeline shows (single marks and clusters' members, in or out of view).
const SHOWN_EVENTS: &str =
    "return parseInt(document.querySelector('#timeline').getAttribute('data-events'), 10)";
const CHIPS: &str = "return document.querySelectorAll('#active-filters .chip').length";
const FACET_TOTAL: &str = "return Array.from(document.querySelectorAll('[data-facet=\"articles\"] .facet-row .count')).reduce((n, c) => n + parseInt(c.textContent || '0', 10), 0)";

/// Drag across the timeline from `from` to `to` (fractions of its width) with synthetic
/// pointer events, optionally holding shift.
fn drag_timeline(s: &Session, from: f64, to: f64, shift: bool) {
    s.js(&format!(
        "const svg = document.querySelector('#timeline'); const r = svg.getBoundingClientRect();\
         const y = r.top + r.height / 3;\
         const ev = (t, f) => svg.dispatchEvent(new PointerEvent(t, {{clientX: r.left + r.width * f, clientY: y,\
             bubbles: true, button: 0, pointerId: 1, isPrimary: true, shiftKey: {shift}}}));\
         ev('pointerdown', {from}); ev('pointermove', {mid}); ev('pointermove', {to}); ev('pointerup', {to});",
        mid = (from + to) / 2.0
    ));
}

#[test]
fn timeline_zooms_brushes_a_range_and_clears_it() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name, shift) in [(1440, 900, "desktop", false), (390, 844, "phone", true)] {
        let s = harness.open(width, height);
        s.js("document.querySelector('.timeline-pane').scrollIntoView({block: 'center'})");
        let all_events = count(&s, SHOWN_EVENTS);
        let ticks_out = s.js(TICKS).as_str().unwrap_or_default().to_owned();
        assert!(!ticks_out.is_empty(), "no axis ticks");
        assert_eq!(
            s.js("return document.querySelector('#timeline').getAttribute('tabindex')"),
            "0"
        );
        s.screenshot(&screenshot_dir().join(format!("{name}-timeline-out.png")));

        // The hover/focus card shows the sentence of a focused mark.
        s.js("document.querySelector('#timeline .event').focus()");
        s.wait_for(
            "the event card",
            "const c = document.querySelector('.event-card .caption-text'); return c && c.textContent.length > 10",
            5,
        );

        // Zooming in with the buttons changes the ticks (finer units); reset restores them.
        for _ in 0..4 {
            s.click("#tl-zoom-in");
        }
        let ticks_in = s.js(TICKS).as_str().unwrap_or_default().to_owned();
        assert_ne!(ticks_in, ticks_out, "zooming in left the ticks unchanged");
        let unit =
            s.js("return document.querySelector('#timeline .axis').getAttribute('data-unit')");
        assert_ne!(unit, "decade", "zoomed in but ticks are still decades");
        s.screenshot(&screenshot_dir().join(format!("{name}-timeline-in.png")));
        s.js("document.querySelector('#timeline').focus()");
        s.click("#tl-reset");
        assert_eq!(s.js(TICKS).as_str().unwrap_or_default(), ticks_out);

        // The keyboard zooms the focused timeline too; Home resets it.
        let key = |k: &str| {
            s.js(&format!(
                "const t = document.querySelector('#timeline'); t.focus();\
                 t.dispatchEvent(new KeyboardEvent('keydown', {{key: '{k}', bubbles: true}}));"
            ))
        };
        key("+");
        key("+");
        assert_ne!(s.js(TICKS).as_str().unwrap_or_default(), ticks_out);
        key("Home");
        assert_eq!(s.js(TICKS).as_str().unwrap_or_default(), ticks_out);

        // The wheel zooms around the pointer; a plain drag then pans.
        let d0 = "return document.querySelector('#timeline').getAttribute('data-d0')";
        s.js("const t = document.querySelector('#timeline'); const r = t.getBoundingClientRect();\
              t.dispatchEvent(new WheelEvent('wheel', {deltaY: -600, clientX: r.left + r.width * 0.6,\
                  clientY: r.top + 20, bubbles: true, cancelable: true}));");
        assert_ne!(
            s.js(TICKS).as_str().unwrap_or_default(),
            ticks_out,
            "the wheel did not zoom"
        );
        let before_pan = s.js(d0);
        drag_timeline(&s, 0.6, 0.3, false);
        assert_ne!(s.js(d0), before_pan, "dragging did not pan");
        assert_eq!(count(&s, CHIPS), 0, "a plain drag must not filter");
        s.click("#tl-reset");

        // Brush a range (the toggle button on desktop, shift+drag on the phone).
        let facet_total = count(&s, FACET_TOTAL);
        if !shift {
            s.click("#tl-brush");
            assert_eq!(
                s.js("return document.querySelector('#tl-brush').getAttribute('aria-pressed')"),
                "true"
            );
        }
        drag_timeline(&s, 0.52, 0.7, shift);
        s.wait_for("a time-range chip", CHIPS, 5);
        assert_eq!(count(&s, CHIPS), 1);
        let chip = s.js("return document.querySelector('#active-filters .chip').textContent");
        assert!(
            chip.as_str().unwrap_or_default().starts_with("Time"),
            "range chip reads {chip}"
        );
        let narrowed = count(&s, SHOWN_EVENTS);
        assert!(
            narrowed < all_events,
            "the range did not narrow the timeline ({narrowed} of {all_events})"
        );
        assert!(count(&s, FACET_TOTAL) <= facet_total);
        s.screenshot(&screenshot_dir().join(format!("{name}-timeline-range.png")));

        // "Clear all" removes it and restores the timeline.
        s.click("#clear-filters");
        assert_eq!(count(&s, CHIPS), 0);
        assert_eq!(count(&s, SHOWN_EVENTS), all_events);
    }
}

#[test]
fn correcting_a_publication_date_re_anchors_its_relative_dates() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let s = harness.open(1440, 900);

    // Open the article that prints no date (its date is inferred from what it names).
    s.js("const tab = Array.from(document.querySelectorAll('.doc-tab')).find(t => t.title.includes('alarming')); \
          tab.setAttribute('data-e2e-pick', 'doc');");
    s.click("[data-e2e-pick=\"doc\"]");
    s.wait_for(
        "the reader to open seed-003",
        "return document.querySelector('#reader').getAttribute('data-doc') === 'seed-003'",
        5,
    );
    const EVENT_VALUES: &str = "return Array.from(document.querySelectorAll(\
         '#timeline .event[data-doc=\"seed-003\"]')).map(e => e.getAttribute('data-value')).join(',')";
    let events_before = s.js(EVENT_VALUES).to_string();
    const DATE_STATE: &str =
        "(d => d.getAttribute('data-value') + '|' + d.getAttribute('data-inferred'))\
                              (document.querySelector('#doc-date'))";
    let inferred_state = s.js(&format!("return {DATE_STATE}")).to_string();

    // A wrong date is refused with a message; a right one re-anchors the article.
    s.click(".date-fix summary");
    type_into(&s, "#date-fix-input", "June 2008");
    s.click("#date-fix-apply");
    s.wait_for(
        "the format message",
        "return document.querySelector('#date-fix-input').getAttribute('aria-invalid') === 'true'",
        5,
    );
    // A year after the inferred date, so that every relative date moves.
    type_into(&s, "#date-fix-input", "2009-06-25");
    s.click("#date-fix-apply");
    s.wait_for(
        "the corrected date",
        "const d = document.querySelector('#doc-date'); \
         return d.getAttribute('data-value') === '2009-06-25' && d.getAttribute('data-inferred') === 'false'",
        10,
    );
    let events_after = s.js(EVENT_VALUES).to_string();
    assert!(
        !events_after.is_empty() && events_after != events_before,
        "re-anchored relative dates should move on the timeline ({events_before} -> {events_after})"
    );
    s.screenshot(&screenshot_dir().join("desktop-date-corrected.png"));

    // "Infer it again" returns to what the text alone supports.
    s.click("#date-fix-infer");
    s.wait_for(
        "the inferred date again",
        &format!("return {DATE_STATE} === {inferred_state}"),
        10,
    );
}

const HASH: &str = "return location.hash";
const SEARCH_VALUE: &str = "return document.querySelector('input#search').value";

#[test]
fn the_view_lives_in_the_url_and_back_forward_walk_it() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        assert_eq!(s.js(HASH), "", "a fresh load has no state to record");
        unfold_facets(&s);

        // A facet click is a navigation: the fragment names the entity by its key.
        s.click("[data-facet=\"people\"] .facet-row[data-value=\"Felipe Calderón\"]");
        s.wait_for(
            "the filter in the URL",
            "return location.hash.includes('f=person:felipe-calderon')",
            5,
        );
        // Typing a search: the first keystroke adds an entry, the rest replace it.
        type_into(&s, "input#search", "cartel");
        type_into(&s, "input#search", "cartels");
        s.wait_for(
            "the query in the URL",
            "return location.hash.includes('q=cartels')",
            5,
        );
        let hash = s.js(HASH).as_str().unwrap_or_default().to_owned();
        assert!(
            hash.starts_with("#/?q=cartels&f=person:felipe-calderon"),
            "{hash}"
        );

        // A reload restores the view.
        s.js("location.reload()");
        s.wait_for("the app after a reload", READY, 30);
        s.wait_for(
            "the restored search",
            "return document.querySelectorAll('#search-results li').length > 0",
            5,
        );
        assert_eq!(s.js(SEARCH_VALUE), "cartels");
        assert_eq!(count(&s, CHIPS), 1);
        assert_eq!(
            s.js(HASH),
            hash.as_str(),
            "restoring must not rewrite the URL"
        );

        // Back: the search is gone, the filter stays; back again: the bare view; forward.
        s.js("history.back()");
        s.wait_for(
            "back to the filter only",
            "return document.querySelector('input#search').value === ''",
            5,
        );
        assert_eq!(count(&s, CHIPS), 1);
        s.js("history.back()");
        s.wait_for("back to no filter", &format!("{CHIPS} === 0"), 5);
        s.js("history.forward()");
        s.wait_for("forward to the filter", &format!("{CHIPS} === 1"), 5);
        eprintln!("{name}: back/forward ok");
    }

    // A bookmarked view: search, a year, an open entity page and a sentence in the reader.
    let s = harness.open_at(
        1440,
        900,
        "#/?q=%22drug+cartels%22&f=year:2009&e=person:felipe-calderon&doc=seed-004",
    );
    s.wait_for(
        "the entity page of the URL",
        "return document.querySelector('#entity-page[data-entity^=\"Felipe\"]') !== null",
        5,
    );
    assert_eq!(s.js(SEARCH_VALUE), "\"drug cartels\"");
    let chip = s.js("return document.querySelector('#active-filters .chip').textContent");
    assert!(
        chip.as_str().unwrap_or_default().contains("2009"),
        "chip {chip}"
    );
    // The reader opens the URL's article when it matches, else the first that does.
    let doc = s.js("return document.querySelector('#reader').getAttribute('data-doc')");
    assert!(
        doc.as_str().is_some_and(|d| d.starts_with("seed-")),
        "{doc}"
    );

    // A sentence opened from the entity page is in the URL, and a reload focuses it again.
    s.click("#entity-page .entity-mentions li button");
    s.wait_for(
        "the focused sentence in the URL",
        "return /&s=\\d+/.test(location.hash)",
        5,
    );
    let focused = s.js("return document.querySelector('#reader #focus-sentence').textContent");
    s.js("location.reload()");
    s.wait_for("the app after a reload", READY, 30);
    s.wait_for(
        "the focused sentence again",
        "return document.querySelector('#reader #focus-sentence') !== null",
        5,
    );
    assert_eq!(
        s.js("return document.querySelector('#reader #focus-sentence').textContent"),
        focused
    );
    s.screenshot(&screenshot_dir().join("desktop-url-restored.png"));
    drop(s); // one window per size at a time (they share a profile directory)

    // A stale link (unknown entity, gone article) still opens, without those parts.
    let s = harness.open_at(1440, 900, "#/?f=person:nobody-at-all&doc=gone&e=org:x");
    assert_eq!(count(&s, CHIPS), 0);
    assert_eq!(
        count(
            &s,
            "return document.querySelectorAll('#entity-page').length"
        ),
        0
    );
}

/// The matrix cell sharing the most: (id, data-a, data-b, count).
const STRONGEST_CELL: &str =
    "const cells = Array.from(document.querySelectorAll('#cooccur-matrix .mx-btn[data-count]')); \
    cells.sort((x, y) => y.dataset.count - x.dataset.count); const c = cells[0]; \
    return c ? [c.id, c.dataset.a, c.dataset.b, Number(c.dataset.count)] : null";
/// The names of the pair whose sentences are listed, sorted.
const DETAIL_PAIR: &str = "const d = document.querySelector('#pair-detail'); return d ? [d.dataset.a, d.dataset.b].sort() : null";
const MATRIX_ROWS: &str = "return document.querySelectorAll('#cooccur-matrix tbody tr').length";
const TAB_STOPS: &str =
    "return document.querySelectorAll('#cooccur-matrix .mx-btn[tabindex=\"0\"]').length";

/// Click the matrix's strongest cell and wait for its sentences; returns (a, b).
fn open_strongest_cell(s: &Session) -> (String, String) {
    let cell = s.js(STRONGEST_CELL);
    let id = cell[0].as_str().expect("a matrix cell").to_owned();
    s.js(&format!(
        "document.getElementById('{id}').scrollIntoView({{block: 'center'}})"
    ));
    s.click(&format!("#{id}"));
    s.wait_for(
        "the cell's shared sentences",
        "return document.querySelectorAll('#pair-sentences li').length > 0",
        5,
    );
    let mut pair = [
        cell[1].as_str().unwrap_or_default().to_owned(),
        cell[2].as_str().unwrap_or_default().to_owned(),
    ];
    pair.sort();
    assert_eq!(
        s.js(DETAIL_PAIR),
        serde_json::json!(pair),
        "the detail's pair"
    );
    let [a, b] = pair;
    (a, b)
}

#[test]
fn cooccurrence_matrix_cells_open_pairs_and_move_with_the_arrow_keys() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name, fits) in
        [(1440, 900, "desktop", 16..=20), (390, 844, "phone", 6..=10)]
    {
        let s = harness.open(width, height);
        // The matrix is the default view: the most-named entities on both axes, as many as
        // the panel's width holds (fewer on a phone).
        let axis = count(&s, MATRIX_ROWS);
        assert!(fits.contains(&axis), "{name}: {axis} rows");
        assert_eq!(
            count(
                &s,
                "return document.querySelectorAll('#cooccur-matrix thead .mx-col').length"
            ),
            axis
        );
        assert_eq!(count(&s, TAB_STOPS), 1, "one Tab stop in the grid");
        // Every cell is named: both full names and what they share.
        let unnamed = count(
            &s,
            "return Array.from(document.querySelectorAll('#cooccur-matrix .mx-btn')).filter(b => !b.getAttribute('aria-label')).length",
        );
        assert_eq!(unnamed, 0);
        let strongest = s.js(STRONGEST_CELL);
        let label = s.js(&format!(
            "return document.getElementById('{}').getAttribute('aria-label')",
            strongest[0].as_str().unwrap_or_default()
        ));
        let want = format!(
            "{} and {}: {} shared sentences",
            strongest[1].as_str().unwrap_or_default(),
            strongest[2].as_str().unwrap_or_default(),
            strongest[3]
        );
        assert_eq!(label.as_str(), Some(want.as_str()));
        // The matrix never widens the page.
        let overflow = s.js(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        assert!(overflow.as_i64().unwrap_or(0) <= 0, "{name}: {overflow}");

        // A cell lists the pair's shared sentences, both names marked, as the list does.
        let (a, b) = open_strongest_cell(&s);
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#pair-sentences li:first-child mark.m-pair').length"
            ) >= 2,
            "{a} & {b}"
        );
        assert_eq!(
            count(
                &s,
                "return document.querySelectorAll('#cooccur-matrix .mx-btn.on').length"
            ),
            2,
            "the cell and its mirror show the choice"
        );
        s.js("document.querySelector('#cooccur').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-matrix.png")));

        // The keyboard: one Tab stop moved by the arrows, Home and End; Enter chooses.
        s.js("document.getElementById('mx-0-0').focus()");
        press(&s, &["\u{E014}"]); // ArrowRight
        assert_eq!(s.js("return document.activeElement.id"), "mx-0-1");
        press(&s, &["\u{E015}", "\u{E015}"]); // ArrowDown twice
        assert_eq!(s.js("return document.activeElement.id"), "mx-2-1");
        press(&s, &["\u{E010}"]); // End
        assert_eq!(
            s.js("return document.activeElement.id"),
            format!("mx-2-{}", axis - 1).as_str()
        );
        press(&s, &["\u{E011}", "\u{E013}"]); // Home, ArrowUp
        assert_eq!(s.js("return document.activeElement.id"), "mx-1-0");
        assert_eq!(count(&s, TAB_STOPS), 1, "still one Tab stop");
        assert_eq!(
            s.js("return document.activeElement.getAttribute('tabindex')"),
            "0"
        );
        // Move onto a cell that shares something, from its left neighbour, and press Enter.
        let target = s.js(
            "const c = Array.from(document.querySelectorAll('#cooccur-matrix .mx-btn[data-count]')) \
             .find(c => Number(c.dataset.count) > 0 && !c.classList.contains('on') && !c.id.endsWith('-0')); \
             return [c.id, c.dataset.a, c.dataset.b]",
        );
        let id = target[0].as_str().unwrap_or_default().to_owned();
        let (r, c) = id
            .trim_start_matches("mx-")
            .split_once('-')
            .and_then(|(r, c)| Some((r.parse::<u64>().ok()?, c.parse::<u64>().ok()?)))
            .expect("a cell id");
        s.js(&format!(
            "document.getElementById('mx-{r}-{}').focus()",
            c - 1
        ));
        press(&s, &["\u{E014}", ENTER]);
        s.wait_for(
            "the pair chosen from the keyboard",
            &format!(
                "const d = document.querySelector('#pair-detail'); return d !== null && [d.dataset.a, d.dataset.b].sort().join('|') === [{}, {}].sort().join('|')",
                target[1], target[2]
            ),
            5,
        );
        assert_eq!(s.js("return document.activeElement.id"), id.as_str());

        // A shared sentence opens the reader there; "Filter by both" makes two chips.
        s.click("#pair-sentences li button");
        s.wait_for(
            "the reader at the shared sentence",
            "return document.querySelector('#reader #focus-sentence') !== null",
            5,
        );
        s.js("document.querySelector('#pair-filter').scrollIntoView({block: 'center'})");
        s.click("#pair-filter");
        s.wait_for("two chips", &format!("{CHIPS} === 2"), 5);
        s.click("#clear-filters");
        // Close, and the choice is gone from the grid.
        s.js("document.querySelector('#pair-close').scrollIntoView({block: 'center'})");
        s.click("#pair-close");
        s.wait_for(
            "no pair",
            "return document.querySelector('#pair-detail') === null",
            5,
        );
        eprintln!("{name}: matrix ok");
    }
}

#[test]
fn cooccurrence_lists_pairs_and_opens_their_sentences() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        // The list is the matrix's alternative.
        s.click("#cooccur .seg-btn:nth-child(2)");
        let pairs = count(
            &s,
            "return document.querySelectorAll('#cooccur .pair').length",
        );
        assert!(pairs >= 5, "only {pairs} pairs");
        assert_eq!(
            s.js("return document.querySelector('#cooccur .pairs').getAttribute('data-basis')"),
            "sentence"
        );

        // A pair lists the sentences naming both, with both names marked.
        s.click("#cooccur .pair");
        s.wait_for(
            "the pair's sentences",
            "return document.querySelectorAll('#pair-sentences li').length > 0",
            5,
        );
        let (a, b) = (
            s.js("return document.querySelector('#cooccur .pair').getAttribute('data-a')"),
            s.js("return document.querySelector('#cooccur .pair').getAttribute('data-b')"),
        );
        let first = s.js("return document.querySelector('#pair-sentences li').textContent");
        let first = first.as_str().unwrap_or_default().to_owned();
        assert!(
            count(
                &s,
                "return document.querySelectorAll('#pair-sentences li:first-child mark.m-pair').length"
            ) >= 2,
            "{a} & {b}: {first}"
        );
        s.js("document.querySelector('#cooccur').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-cooccur.png")));

        // A sentence opens the reader there.
        s.click("#pair-sentences li button");
        s.wait_for(
            "the reader at the shared sentence",
            "return document.querySelector('#reader #focus-sentence') !== null",
            5,
        );

        // "Filter by both" makes two chips; counting by article lists more or equal pairs.
        s.click("#pair-filter");
        s.wait_for("two chips", &format!("{CHIPS} === 2"), 5);
        s.click("#clear-filters");
        s.click("#cooccur .seg[aria-label^=\"Count\"] .seg-btn:nth-child(2)");
        s.wait_for(
            "pairs by article",
            "return document.querySelector('#cooccur .pairs').getAttribute('data-basis') === 'article'",
            5,
        );
    }
}

const TIMELINE_WINDOW: &str = "const t = document.querySelector('#timeline'); return [Number(t.dataset.d0), Number(t.dataset.d1)]";

#[test]
fn the_chosen_pair_and_the_timeline_zoom_live_in_the_url() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        // Choosing a pair is a navigation: its entities' keys enter the URL.
        let (a, b) = open_strongest_cell(&s);
        s.wait_for(
            "the pair in the URL",
            "return /[?&]pair=[a-z]+:[^,&]+,[a-z]+:[^,&]+/.test(location.hash)",
            5,
        );
        let with_pair = s.js(HASH).as_str().unwrap_or_default().to_owned();

        // Zooming the timeline replaces the entry once the window settles.
        let entries = s.js("return history.length");
        s.js("document.querySelector('#timeline').focus()");
        press(&s, &["+", "+", "\u{E014}"]);
        s.wait_for(
            "the zoom in the URL",
            "return /[?&]zoom=\\d{4}-\\d\\d-\\d\\d\\.\\.\\d{4}-\\d\\d-\\d\\d/.test(location.hash)",
            5,
        );
        assert_eq!(
            s.js("return history.length"),
            entries,
            "zooming adds no entry"
        );
        let zoomed = s.js(TIMELINE_WINDOW);
        let hash = s.js(HASH).as_str().unwrap_or_default().to_owned();
        assert!(hash.contains("pair="), "{hash}");

        // A reload restores both, without rewriting the URL.
        s.js("location.reload()");
        s.wait_for("the app after a reload", READY, 30);
        s.wait_for(
            "the restored pair",
            "return document.querySelectorAll('#pair-sentences li').length > 0",
            5,
        );
        assert_eq!(s.js(DETAIL_PAIR), serde_json::json!([a, b]));
        s.wait_for(
            "the restored zoom",
            &format!(
                "const t = document.querySelector('#timeline'); return t !== null && t.dataset.d0 === '{}' && t.dataset.d1 === '{}'",
                zoomed[0], zoomed[1]
            ),
            5,
        );
        std::thread::sleep(std::time::Duration::from_millis(600));
        assert_eq!(
            s.js(HASH),
            hash.as_str(),
            "restoring must not rewrite the URL"
        );
        s.js("document.querySelector('.timeline-pane').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-zoom-restored.png")));

        // Back: before the pair (and its zoom); forward: both again.
        s.js("history.back()");
        s.wait_for(
            "back to no pair",
            "return document.querySelector('#pair-detail') === null",
            5,
        );
        s.wait_for(
            "back to the whole timeline",
            "return document.querySelector('#tl-reset').disabled",
            5,
        );
        s.js("history.forward()");
        s.wait_for(
            "forward to the pair",
            "return document.querySelector('#pair-detail') !== null",
            5,
        );
        s.wait_for(
            "forward to the zoom",
            &format!(
                "return document.querySelector('#timeline').dataset.d0 === '{}'",
                zoomed[0]
            ),
            5,
        );
        assert_eq!(s.js(HASH), hash.as_str());
        assert!(!with_pair.contains("zoom="), "{with_pair}");
        eprintln!("{name}: pair and zoom restored ({hash})");
        drop(s);

        // A shared link with a pair and a zoom, opened fresh.
        let s = harness.open_at(
            width,
            height,
            "#/?pair=person:felipe-calderon,place:mexico&zoom=2009-01-01..2009-07-01",
        );
        s.wait_for(
            "the linked pair",
            "const d = document.querySelector('#pair-detail'); return d !== null && [d.dataset.a, d.dataset.b].sort().join('|') === 'Felipe Calderón|Mexico'",
            5,
        );
        // 2009-01-01 and 2009-07-01 in days since 1970-01-01.
        s.wait_for(
            "the linked zoom",
            "const t = document.querySelector('#timeline'); return t.dataset.d0 === '14245' && t.dataset.d1 === '14426'",
            5,
        );
        s.js("document.querySelector('#cooccur').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-pair-linked.png")));
    }
}

/// Press keys as a keyboard would, through WebDriver actions (to the focused element).
fn press(s: &Session, keys: &[&str]) {
    let mut actions = Vec::new();
    for k in keys {
        actions.push(serde_json::json!({"type": "keyDown", "value": k}));
        actions.push(serde_json::json!({"type": "keyUp", "value": k}));
    }
    s.actions(serde_json::json!([{ "type": "key", "id": "keyboard", "actions": actions }]));
}

const ACTIVE: &str = "const a = document.activeElement; return a ? (a.id || a.className || a.tagName) + '|' + a.textContent.slice(0, 60) : ''";
const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

#[test]
fn reader_legend_cards_keys_and_links() {
    let Some(harness) = Harness::start() else {
        return;
    };
    for (width, height, name) in [(1440, 900, "desktop"), (390, 844, "phone")] {
        let s = harness.open(width, height);
        let marks = |css: &str| {
            count(
                &s,
                &format!("return document.querySelectorAll('#reader {css}').length"),
            )
        };

        // The legend hides and shows a kind.
        let people = marks("mark.m-person");
        assert!(people > 0);
        s.click(".legend-toggle[data-kind=\"person\"]");
        assert_eq!(marks("mark.m-person"), 0, "hidden persons still marked");
        assert_eq!(
            s.js("return document.querySelector('.legend-toggle[data-kind=\"person\"]').getAttribute('aria-pressed')"),
            "false"
        );
        s.click(".legend-toggle[data-kind=\"person\"]");
        assert_eq!(marks("mark.m-person"), people);

        // n / p move the focus from highlight to highlight; the name's card shows.
        s.js("document.activeElement && document.activeElement.blur()");
        press(&s, &["n"]);
        let first = s.js(ACTIVE);
        assert!(
            first.as_str().unwrap_or_default().contains("m-"),
            "n did not focus a highlight: {first}"
        );
        press(&s, &["n", "n"]);
        let third = s.js(ACTIVE);
        press(&s, &["p"]);
        let second = s.js(ACTIVE);
        assert_ne!(second, third);
        assert_ne!(second, first);
        // Focus a name: its card appears.
        s.js("document.querySelector('#reader mark.m-person[data-entity]').focus()");
        s.wait_for(
            "the entity card",
            "return document.querySelector('#entity-card .entity-card-name') !== null",
            5,
        );
        s.screenshot(&screenshot_dir().join(format!("{name}-entity-card.png")));
        // Enter opens the page.
        press(&s, &[ENTER]);
        s.wait_for(
            "the entity page from the keyboard",
            "return document.querySelector('#entity-page') !== null",
            5,
        );
        s.click("#entity-close");

        // A figure leads to its row in the figures table.
        s.js("document.querySelector('#reader mark.m-figure.clickable').scrollIntoView({block: 'center'})");
        s.click("#reader mark.m-figure.clickable");
        s.wait_for(
            "the figure's row",
            "const a = document.activeElement; return a && a.closest('tr[id^=\"fig-\"]') !== null && document.querySelector('#figures details').open",
            5,
        );
    }
}

#[test]
fn keyboard_alone_reaches_search_facets_and_the_reader() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let s = harness.open(1440, 900);
    // The first Tab stops are the skip link and the search box.
    press(&s, &[TAB]);
    let first = s.js(ACTIVE);
    assert!(
        first.as_str().unwrap_or_default().contains("skip"),
        "first Tab stop: {first}"
    );
    press(&s, &[TAB]);
    assert_eq!(
        s.js("return document.activeElement.id"),
        "search",
        "second Tab stop"
    );
    press(&s, &["m", "u", "l", "l", "e", "n"]);
    s.wait_for(
        "results typed from the keyboard",
        "return document.querySelectorAll('#search-results li').length > 0",
        5,
    );
    // Tab forward to the first result and open it with Enter.
    for _ in 0..60 {
        press(&s, &[TAB]);
        if s.js("return document.activeElement.classList.contains('result')") == true {
            break;
        }
    }
    press(&s, &[ENTER]);
    s.wait_for(
        "the reader at the result",
        "return document.querySelector('#reader #focus-sentence') !== null",
        5,
    );
    // A facet row toggles with Enter too.
    s.js("document.querySelector('[data-facet=\"people\"] .facet-row').focus()");
    press(&s, &[ENTER]);
    s.wait_for("a chip from the keyboard", &format!("{CHIPS} === 1"), 5);
    // Focus is visible: the focused element draws an outline.
    let outline = s.js("return getComputedStyle(document.activeElement).outlineStyle");
    assert_ne!(outline, "none", "no visible focus");

    // A time filter without a pointer: zoom the timeline with +, pan with an arrow, then
    // "Filter to this view".
    s.js("document.querySelector('#timeline').focus()");
    press(&s, &["+", "+", "\u{E014}"]);
    s.js("document.querySelector('#tl-filter-view').focus()");
    press(&s, &[ENTER]);
    s.wait_for(
        "the time chip from the keyboard",
        &format!("{CHIPS} === 2"),
        5,
    );
    let chips = s.js("return Array.from(document.querySelectorAll('#active-filters .chip')).map(c => c.textContent).join('|')");
    assert!(
        chips.as_str().unwrap_or_default().contains("Time"),
        "chips: {chips}"
    );
}

/// Emulate a screen: CSS width and height, phone or not, dark or light colours.
fn emulate(s: &Session, width: u32, height: u32, mobile: bool, dark: bool) {
    s.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
    );
    set_media(s, dark);
}

/// Dark or light colours, and reduced motion: no smooth scrolling, so nothing moves
/// under a click.
fn set_media(s: &Session, dark: bool) {
    s.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({"features": [
            {"name": "prefers-color-scheme", "value": if dark { "dark" } else { "light" }},
            {"name": "prefers-reduced-motion", "value": "reduce"},
        ]}),
    );
}

/// The elements that stick out to the right of the screen.
const WIDER_THAN_SCREEN: &str = "const w = document.documentElement.clientWidth; \
    return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 0.5) \
    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')";

#[test]
fn no_serious_accessibility_violations_in_light_and_dark() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let mut serious = Vec::new();
    for (width, height, mobile, dark, name) in [
        (1440, 900, false, false, "desktop-light"),
        (1440, 900, false, true, "desktop-dark"),
        (360, 780, true, false, "phone360-light"),
        (390, 844, true, true, "phone-dark"),
    ] {
        let s = harness.open(1440, 900);
        emulate(&s, width, height, mobile, dark);
        // The page with an entity page, search results and a pair open, so they are checked too.
        type_into(&s, "input#search", "border");
        s.js("const c = Array.from(document.querySelectorAll('#cooccur-matrix .mx-btn[data-count]')).find(c => c.dataset.count > 0); if (c) c.click();");
        s.js("document.querySelector('[data-facet=\"people\"] .open-entity').click()");
        s.wait_for(
            "the entity page",
            "return document.querySelector('#entity-page') !== null",
            5,
        );
        // Its correction form too (rename, merge choices).
        s.js("const f = document.querySelector('#entity-fix'); if (f) f.open = true;");
        let found = axe_violations(&s);
        for v in &found {
            eprintln!("{name}: {v}");
            if matches!(v["impact"].as_str(), Some("serious" | "critical")) {
                serious.push(format!("{name}: {v}"));
            }
        }
        eprintln!("{name}: {} axe violations", found.len());
        s.js("window.scrollTo(0, 0)");
        s.screenshot(&screenshot_dir().join(format!("{name}.png")));
        s.js("document.querySelector('.reader-pane .mark-legend').scrollIntoView({block: 'end'})");
        s.screenshot(&screenshot_dir().join(format!("{name}-reader.png")));
        s.js("document.querySelector('#cooccur').scrollIntoView()");
        s.screenshot(&screenshot_dir().join(format!("{name}-matrix.png")));
        // The matrix fits too: fewer names on a phone rather than a scrolled grid.
        let hidden = s.js(
            "const w = document.querySelector('#cooccur .mx-wrap'); return w.scrollWidth - w.clientWidth",
        );
        assert!(
            hidden.as_i64().unwrap_or(0) <= 0,
            "{name}: the matrix scrolls sideways by {hidden} px"
        );
        // No sideways scrolling at this width.
        let overflow = s.js(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        assert!(
            overflow.as_i64().unwrap_or(0) <= 0,
            "{name}: the page scrolls sideways by {overflow} px: {}",
            s.js(WIDER_THAN_SCREEN)
        );
    }
    assert!(
        serious.is_empty(),
        "serious or critical accessibility violations:\n{}",
        serious.join("\n")
    );
}
