//! End-to-end tests of "Your articles" in headless Chromium: files chosen through the file
//! input (hostile fixtures included), paste with title / source / date, editing and
//! deleting, keeping articles across a reload (IndexedDB), exports, no network request
//! after the first load, and the page staying responsive while 1,000 articles import.
//!
//! Like tests/browser.rs: needs `dist/` (`trunk build --release --offline`) and
//! chromedriver, and runs only with FRONTERA_E2E=1 (scripts/test sets it).

#[path = "support/webdriver.rs"]
#[allow(dead_code)] // shared with tests/browser.rs, which uses more of it
mod webdriver;

#[path = "support/harness.rs"]
mod harness;

use harness::{axe_violations, Harness, READY};
use std::path::{Path, PathBuf};
use webdriver::Session;

impl Harness {
    /// A window of this size on the app with empty storage, once the seeds have rendered
    /// and the import worker has started.
    fn open_fresh(&self, width: u32, height: u32) -> Session {
        let s = Session::new(&self.driver, width, height);
        // Same origin, but not the app: nothing holds the database open while it is deleted.
        s.goto(&format!("{}no-such-page", self.url));
        s.js("window.__deleted = false; const r = indexedDB.deleteDatabase('frontera'); r.onsuccess = r.onerror = r.onblocked = () => { window.__deleted = true; };");
        s.wait_for(
            "the old database to be deleted",
            "return window.__deleted",
            10,
        );
        self.load(&s);
        s
    }

    fn load(&self, s: &Session) {
        s.goto(&self.url);
        s.wait_for("the app to render", READY, 30);
        s.wait_for(
            "the import panel",
            "return document.querySelector('#import') !== null",
            10,
        );
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures/hostile")
        .join(name)
        .display()
        .to_string()
}

fn text(s: &Session, script: &str) -> String {
    s.js(script).as_str().unwrap_or_default().to_owned()
}

/// The report line of one file.
fn report(s: &Session, file: &str) -> String {
    text(
        s,
        &format!("const r = document.querySelector('#import-reports li[data-file=\"{file}\"]'); return r ? r.textContent : ''"),
    )
}

/// The header's article count.
const ARTICLES: &str = "return Number(Array.from(document.querySelectorAll('.stats .stat')).find(x => x.querySelector('dt').textContent === 'articles').querySelector('dd').textContent)";

fn articles(s: &Session) -> u64 {
    s.js(ARTICLES).as_u64().unwrap_or(0)
}

fn wait_articles(s: &Session, n: u64, secs: u64) {
    s.wait_for(
        &format!("{n} articles"),
        &format!("{} === {n}", ARTICLES),
        secs,
    );
}

/// The import's summary is shown; its articles join the corpus a few frames later (it is
/// rebuilt a slice per task), so counts are waited for with [`wait_articles`].
fn wait_import_done(s: &Session, secs: u64) {
    s.wait_for(
        "the import to finish",
        "return document.querySelector('#import-summary') !== null && document.querySelector('#import-progress') === null",
        secs,
    );
}

fn shot(s: &Session, name: &str) {
    // Two frames first: a screenshot right after a scroll or a resized viewport can catch
    // the page before it is painted (a blank phone shot of the entity page).
    s.js_async(
        "const done = arguments[arguments.length - 1]; \
         requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
    );
    s.screenshot(&root().join("target/screenshots").join(name));
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("frontera-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path.display().to_string()
}

#[test]
fn hostile_files_are_reported_imported_as_text_kept_and_exported() {
    let Some(h) = Harness::start() else { return };
    let s = h.open_fresh(1440, 1000);
    // Let the worker's script and wasm load, then count every request made so far.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    s.js("window.__requests = performance.getEntriesByType('resource').length;");
    // Anything the hostile page would run calls alert, or sets this flag.
    s.js("window.__pwned = undefined; window.alert = () => { window.__pwned = true; };");

    s.click("#import-toggle");
    let over = temp_file("huge.txt", &vec![b'a'; 51 * 1024 * 1024]);
    let story = temp_file(
        "story.txt",
        "Soldiers arrested 14 suspects in Culiacán on Tuesday, the army said in a statement.\n\
         The operation began on March 2, 2010, officials told reporters."
            .as_bytes(),
    );
    let files = [
        story,
        fixture("hostile.html"),
        fixture("malformed.jsonl"),
        fixture("empty.txt"),
        fixture("binary.bin"),
        fixture("latin1.txt"),
        fixture("utf16.txt"),
        fixture("quoted.csv"),
        over,
    ];
    s.send_keys("#import-files", &files.join("\n"));
    wait_import_done(&s, 60);
    shot(&s, "import-desktop.png");

    let summary = text(
        &s,
        "return document.querySelector('#import-summary').textContent",
    );
    eprintln!("{summary}");
    assert!(summary.contains("3 files were not imported"), "{summary}");
    let r = report(&s, "story.txt");
    assert!(r.contains("1 article found"), "{r}");
    let r = report(&s, "hostile.html");
    assert!(r.contains("1 article found"), "{r}");
    let r = report(&s, "malformed.jsonl");
    assert!(r.contains("2 articles found"), "{r}");
    for line in [
        "line 2:", "line 4:", "line 5:", "line 6:", "line 7:", "line 9:",
    ] {
        assert!(r.contains(line), "malformed.jsonl lacks {line}: {r}");
    }
    assert!(r.contains("not imported twice"), "{r}");
    let r = report(&s, "empty.txt");
    assert!(
        r.contains("not imported") && r.contains("empty file"),
        "{r}"
    );
    let r = report(&s, "binary.bin");
    assert!(
        r.contains("not imported") && r.contains("binary file"),
        "{r}"
    );
    let r = report(&s, "latin1.txt");
    assert!(r.contains("Windows-1252"), "{r}");
    let r = report(&s, "utf16.txt");
    assert!(r.contains("UTF-16"), "{r}");
    let r = report(&s, "huge.txt");
    assert!(r.contains("over the 50 MB limit"), "{r}");
    let r = report(&s, "quoted.csv");
    assert!(r.contains("line 5:"), "{r}");
    for r in [
        "story.txt",
        "hostile.html",
        "malformed.jsonl",
        "latin1.txt",
        "utf16.txt",
        "quoted.csv",
    ] {
        eprintln!("{r}: {}", report(&s, r));
    }
    for r in ["empty.txt", "binary.bin", "huge.txt"] {
        eprintln!("{r}: {}", report(&s, r));
    }
    let total = articles(&s);
    assert!(total >= 5 + 8, "only {total} articles after the import");

    // The hostile page is text: nothing ran, no element or attribute of it is in the DOM.
    s.click("#imported li[data-id=\"hostile\"] .row-actions .btn");
    s.wait_for(
        "the hostile article in the reader",
        "return (document.querySelector('#reader') || {}).textContent.includes('LAREDO')",
        10,
    );
    let reader = text(&s, "return document.querySelector('#reader').textContent");
    assert!(reader.contains("Agents Seize Weapons"), "{reader}");
    // ("<scr<script>ipt>" leaves the words "ipt>alert('split')" as text, as in a browser.)
    for bad in [
        "alert(0)",
        "alert('body')",
        "alert('img')",
        "alert('end')",
        "alert('comment')",
        "document.write",
        "<script",
        "onerror",
        "injected",
        "template text",
        "Home",
        "Related",
    ] {
        assert!(!reader.contains(bad), "reader shows {bad:?}: {reader}");
    }
    assert_eq!(s.js("return window.__pwned === undefined"), true);
    let scripts = s.js("return Array.from(document.scripts).filter(x => !x.src.includes('frontera-app') && x.textContent.trim() !== '' && !x.textContent.includes('frontera-app')).length");
    assert_eq!(scripts, 0, "a script element from a document");
    let handlers = s.js("return Array.from(document.querySelectorAll('#app *')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length");
    assert_eq!(handlers, 0, "an on* attribute in the page");
    let js_links = s.js("return document.querySelectorAll('#app [href^=\"javascript\"], #app iframe, #app img, #app object, #app embed').length");
    assert_eq!(js_links, 0, "a link, frame or image from a document");

    // Exports: six files, made in the page.
    s.js("window.__blobs = []; const make = URL.createObjectURL; URL.createObjectURL = b => { window.__blobs.push(b); return make(b); }; window.__texts = [];");
    for name in [
        "frontera-extractions.jsonl",
        "frontera-entities.csv",
        "frontera-figures.csv",
        "frontera-events.csv",
        "frontera-quotes.csv",
        "frontera-timeline.json",
    ] {
        s.click(&format!("button[data-export=\"{name}\"]"));
        let status = text(
            &s,
            "return document.querySelector('.export-status').textContent",
        );
        assert!(status.contains(name), "{status}");
    }
    s.js("window.__blobs.forEach((b, i) => b.text().then(t => { window.__texts[i] = t; }));");
    s.wait_for(
        "the exported texts",
        "return window.__texts.filter(t => t !== undefined).length === 6",
        10,
    );
    let lines = s.js("return window.__texts[0].trim().split('\\n').length");
    assert_eq!(lines.as_u64(), Some(total), "one JSON line per article");
    let timeline = s.js("return JSON.parse(window.__texts[5]).events.length");
    assert!(timeline.as_u64().unwrap_or(0) > 10, "{timeline}");

    // No network request since the first load (imports, exports and storage included).
    let new_requests = s.js(
        "return performance.getEntriesByType('resource').slice(window.__requests).map(e => e.name)",
    );
    assert_eq!(
        new_requests,
        serde_json::json!([]),
        "requests after load: {new_requests}"
    );

    // A reload brings the imported articles back from storage.
    h.load(&s);
    wait_articles(&s, total, 60);
    assert!(text(
        &s,
        "return document.querySelector('#import .import-count').textContent"
    )
    .contains(&format!("{} imported", total - 5)));
}

#[test]
fn pasted_article_is_edited_deleted_and_dates_are_kept() {
    let Some(h) = Harness::start() else { return };
    let s = h.open_fresh(390, 844);
    // A phone's screen (a headless window cannot be narrower than 500 px).
    s.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}),
    );
    s.click("#import-toggle");
    s.send_keys(
        "#paste-text",
        "Federal police seized 300 kilograms of cocaine in Manzanillo, the attorney general's office said on Monday.",
    );
    s.send_keys("#paste-title", "Cocaine seized in Manzanillo");
    s.send_keys("#paste-source", "Wire");
    s.send_keys("#paste-date", "2009-06-15");
    s.click("#paste-form button[type=submit]");
    wait_import_done(&s, 30);
    wait_articles(&s, 6, 10);
    let row = "#imported .imported-row";
    let title = s.js(&format!(
        "return document.querySelector('{row} .f-title input').value"
    ));
    assert_eq!(title, "Cocaine seized in Manzanillo");
    let date = s.js(&format!(
        "return document.querySelector('{row} .f-date input').value"
    ));
    assert_eq!(date, "2009-06-15");
    s.js(&format!("document.querySelector('{row}').scrollIntoView()"));
    shot(&s, "import-phone.png");

    // Same text again: reported, not doubled.
    s.send_keys(
        "#paste-text",
        "Federal police  seized 300 kilograms of cocaine in Manzanillo, the attorney general's office said on Monday.",
    );
    s.click("#paste-form button[type=submit]");
    wait_import_done(&s, 30);
    assert!(text(
        &s,
        "return document.querySelector('#import-reports').textContent"
    )
    .contains("not imported twice"));
    assert_eq!(articles(&s), 6);
    s.js("document.querySelector('#import').scrollIntoView()");
    shot(&s, "import-phone-report.png");

    // Edit the title and the date; both survive a reload.
    s.js(&format!("const i = document.querySelector('{row} .f-title input'); i.value = 'Seizure in Colima'; i.dispatchEvent(new Event('change', {{bubbles: true}}));"));
    s.js(&format!("const i = document.querySelector('{row} .f-date input'); i.value = '2009-06-16'; i.dispatchEvent(new Event('change', {{bubbles: true}}));"));
    s.wait_for(
        "the new title in the articles facet",
        "return Array.from(document.querySelectorAll('[data-facet=\"articles\"] .facet-row')).some(r => r.textContent.includes('Seizure in Colima'))",
        10,
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    h.load(&s);
    s.wait_for(
        "the edited article to be restored",
        "return Array.from(document.querySelectorAll('[data-facet=\"articles\"] .facet-row')).some(r => r.textContent.includes('Seizure in Colima'))",
        30,
    );
    s.click("#import-toggle");
    let date = s.js(&format!(
        "return document.querySelector('{row} .f-date input').value"
    ));
    assert_eq!(date, "2009-06-16");

    // Storage refuses (as when the disk is full): said plainly, the page keeps the new
    // article for now, and what was stored before is still there after a reload.
    s.js("IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };");
    s.send_keys(
        "#paste-text",
        "Customs agents in Nogales found 2 tonnes of marijuana in a truck on Friday, a spokeswoman said.",
    );
    s.click("#paste-form button[type=submit]");
    wait_import_done(&s, 30);
    s.wait_for(
        "the storage error",
        "return (document.querySelector('#storage-error') || {}).textContent || ''",
        10,
    );
    let error = text(
        &s,
        "return document.querySelector('#storage-error').textContent",
    );
    eprintln!("{error}");
    assert!(error.contains("storage for this page is full"), "{error}");
    assert!(error.contains("saved earlier is kept"), "{error}");
    wait_articles(&s, 7, 10);
    h.load(&s);
    wait_articles(&s, 6, 30);
    s.click("#import-toggle");

    // Delete it: gone now and after a reload.
    s.click(&format!("{row} .btn-danger"));
    wait_articles(&s, 5, 10);
    std::thread::sleep(std::time::Duration::from_millis(500));
    h.load(&s);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(articles(&s), 5);
}

/// 1,000 generated articles in one JSON Lines file: the import keeps the page answering
/// (a timer's lateness is measured throughout) and the time is reported.
#[test]
fn a_thousand_articles_import_while_the_page_stays_responsive() {
    let Some(h) = Harness::start() else { return };
    let docs = frontera_bench::generate(1000, 7);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let jsonl: String = docs
        .iter()
        .map(|d| serde_json::to_string(d).expect("json") + "\n")
        .collect();
    let path = temp_file("thousand.jsonl", jsonl.as_bytes());
    let s = h.open_fresh(1440, 900);
    std::thread::sleep(std::time::Duration::from_millis(1000));
    s.click("#import-toggle");

    // Cancel stops at once and keeps only what was extracted before it.
    s.send_keys("#import-files", &path);
    s.wait_for(
        "some articles extracted",
        "return Number((document.querySelector('#import-progress progress') || {}).value || 0) > 0",
        60,
    );
    s.click("#import-cancel");
    wait_import_done(&s, 10);
    let summary = text(
        &s,
        "return document.querySelector('#import-summary').textContent",
    );
    eprintln!("{summary}");
    assert!(summary.contains("cancelled"), "{summary}");
    // The summary's count joins the corpus once it is rebuilt (a slice per task).
    let kept: u64 = summary
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX);
    assert!(kept < 1000, "cancel kept all {kept}");
    wait_articles(&s, 5 + kept, 20);
    if kept > 0 {
        s.js("window.confirm = () => true;");
        s.click("#delete-all");
        wait_articles(&s, 5, 20);
    }

    // A 10 ms timer: how late it fires is how long the page could not answer input.
    s.js("window.__lag = []; window.__last = performance.now(); window.__tick = setInterval(() => { const t = performance.now(); window.__lag.push(t - window.__last - 10); window.__last = t; }, 10);");
    // And the browser's own account of the main thread: every task over 50 ms
    // (`longtask`) and every frame that took over 50 ms to produce (`long-animation-frame`,
    // which also counts style, layout and paint after the script).
    s.js(STALL_OBSERVER);
    let t0 = std::time::Instant::now();
    s.send_keys("#import-files", &path);
    s.wait_for(
        "the progress bar",
        "return document.querySelector('#import-progress progress[value]') !== null && Number(document.querySelector('#import-progress progress').value) > 0",
        60,
    );
    // A screenshot holds the page's frame: its time is left out of the stalls.
    s.js("window.__shot = [performance.now()]");
    shot(&s, "import-progress.png");
    s.js("window.__shot.push(performance.now())");
    wait_import_done(&s, 300);
    wait_articles(&s, 1005, 120);
    let wall = t0.elapsed();
    s.js("clearInterval(window.__tick)");
    let summary = text(
        &s,
        "return document.querySelector('#import-summary').textContent",
    );
    let lag = s.js("const l = window.__lag.slice().sort((a, b) => a - b); return [l[Math.floor(l.length * 0.5)], l[Math.floor(l.length * 0.99)], l[l.length - 1], l.filter(x => x > 100).length, l.length]");
    eprintln!(
        "1,000 articles ({:.1} MB): {summary} wall {:.1} s; timer lateness ms [median, p99, max, >100ms count, samples] = {lag}",
        bytes as f64 / 1e6,
        wall.as_secs_f64()
    );
    shot(&s, "import-thousand.png");
    assert!(summary.contains("1000 articles added"), "{summary}");
    // The end of the import (corpus rebuilt, views rendered, articles stored) included.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let stalls = s.js(STALLS);
    eprintln!("1,000 articles: main-thread stalls during and after the import: {stalls}");
    let longest = stalls["longest_task_ms"].as_f64().unwrap_or(f64::MAX);
    assert!(
        longest < 100.0,
        "the page could not answer input for {longest:.0} ms: {stalls}"
    );

    // All 1,000 were stored: a reload extracts them again from IndexedDB.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let t0 = std::time::Instant::now();
    h.load(&s);
    wait_articles(&s, 1005, 120);
    eprintln!(
        "reload with 1,000 stored articles: all back in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    let _ = Path::new(&path);
}

/// The header's count of people.
const PEOPLE: &str = "return Number(Array.from(document.querySelectorAll('.stats .stat')).find(x => x.querySelector('dt').textContent === 'people').querySelector('dd').textContent)";

/// The name of the entity page shown.
const ENTITY: &str =
    "const p = document.querySelector('#entity-page'); return p ? p.getAttribute('data-entity') : ''";

/// Merge one person into another and rename it from the entity page; both survive a
/// reload, show in the facets and the list of corrections, and undo from that list.
#[test]
fn entities_are_merged_renamed_kept_and_undone() {
    let Some(h) = Harness::start() else { return };
    let s = h.open_fresh(1440, 1000);
    let people = s.js(PEOPLE).as_u64().unwrap_or(0);
    let names = s.js("return Array.from(document.querySelectorAll('[data-facet=\"people\"] .facet-row')).map(r => r.getAttribute('data-value'))");
    let names: Vec<String> = names
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    assert!(names.len() >= 2 && people >= 2, "{names:?}");
    let (keep, merge) = (names[0].clone(), names[1].clone());

    // Open the second person's page and merge it into the first, found by typing.
    s.js("document.querySelectorAll('[data-facet=\"people\"] .open-entity')[1].click()");
    s.wait_for("the entity page", &format!("{ENTITY} === {merge:?}"), 10);
    s.js("document.querySelector('#entity-fix').open = true");
    let typed: String = keep.chars().take(5).collect();
    s.send_keys("#merge-search", &typed);
    let choice = format!("#merge-choices .merge-into[data-entity={keep:?}]");
    s.wait_for(
        "the merge choice",
        &format!("return document.querySelector('{choice}') !== null"),
        10,
    );
    s.js("document.querySelector('#entity-page').scrollIntoView()");
    shot(&s, "corrections-entity-merge.png");
    s.click(&choice);
    s.wait_for(
        "the merged entity's page",
        &format!("{ENTITY} === {keep:?}"),
        10,
    );
    s.wait_for(
        "one person fewer",
        &format!("{PEOPLE} === {}", people - 1),
        10,
    );
    assert!(text(
        &s,
        "return document.querySelector('#entity-page').textContent"
    )
    .contains("Merged by you"));

    // Rename it.
    s.js("document.querySelector('#entity-fix').open = true");
    s.js("document.querySelector('#rename-input').value = ''");
    s.send_keys("#rename-input", "Persona Corregida");
    s.click("#rename-form button[type=submit]");
    s.wait_for(
        "the renamed page",
        &format!("{ENTITY} === 'Persona Corregida'"),
        10,
    );
    const RENAMED_ROW: &str = "return document.querySelector('[data-facet=\"people\"] .facet-row[data-value=\"Persona Corregida\"]') !== null";
    s.wait_for("the new name in the facet", RENAMED_ROW, 10);
    let url = text(&s, "return location.hash");
    assert!(url.contains("e=person:persona-corregida"), "{url}");
    // The facet's search finds it by a name it was found under.
    s.send_keys("#facet-search-people", &merge);
    s.wait_for(
        "the renamed entity found by the merged name",
        "const rows = document.querySelectorAll('[data-facet=\"people\"] .facet-row'); return rows.length === 1 && rows[0].getAttribute('data-value') === 'Persona Corregida'",
        10,
    );
    s.js("const i = document.querySelector('#facet-search-people'); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true}));");
    s.js("document.querySelector('#entity-fix').open = true");
    s.js("document.querySelector('#entity-page').scrollIntoView()");
    shot(&s, "corrections-entity.png");

    // Reload: both corrections are back, and the URL's new key opens the page again.
    std::thread::sleep(std::time::Duration::from_millis(500));
    s.js("window.__before_reload = true; location.reload()");
    s.wait_for(
        "the app to render again",
        &format!("if (window.__before_reload) return false; {READY}"),
        30,
    );
    s.wait_for("the corrections after a reload", RENAMED_ROW, 20);
    assert_eq!(s.js(PEOPLE).as_u64(), Some(people - 1));
    s.wait_for(
        "the renamed entity's page from the URL",
        &format!("{ENTITY} === 'Persona Corregida'"),
        10,
    );
    s.click("#import-toggle");
    let rows = text(&s, "return Array.from(document.querySelectorAll('#corrections .correction-text')).map(r => r.textContent).join(' | ')");
    eprintln!("corrections: {rows}");
    assert!(rows.contains("renamed “Persona Corregida”"), "{rows}");
    assert!(
        rows.contains(&format!("{merge} merged into Persona Corregida")),
        "{rows}"
    );
    s.js("document.querySelector('#corrections').scrollIntoView()");
    shot(&s, "corrections-list.png");
    // The list, the entity page and its open correction form pass axe.
    s.js("document.querySelector('#entity-fix').open = true");
    let violations = axe_violations(&s);
    assert!(violations.is_empty(), "axe: {violations:?}");
    s.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}),
    );
    s.js("document.querySelector('#corrections').scrollIntoView()");
    shot(&s, "corrections-list-phone.png");
    s.js("document.querySelector('#entity-fix').open = true; document.querySelector('#entity-page').scrollIntoView()");
    shot(&s, "corrections-entity-phone.png");
    s.cdp(
        "Emulation.clearDeviceMetricsOverride",
        serde_json::json!({}),
    );

    // Undo both from the list: the automatic entities are back, also after a reload.
    s.click("#corrections .correction-undo");
    s.wait_for(
        "the automatic name",
        &format!("return document.querySelector('[data-facet=\"people\"] .facet-row[data-value={keep:?}]') !== null"),
        10,
    );
    s.click("#corrections .correction-undo");
    s.wait_for("the split", &format!("{PEOPLE} === {people}"), 10);
    assert_eq!(
        s.js("return document.querySelectorAll('#corrections .correction').length"),
        0
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    h.load(&s);
    std::thread::sleep(std::time::Duration::from_millis(1000));
    assert_eq!(s.js(PEOPLE).as_u64(), Some(people));
}

/// Starts collecting the main thread's long tasks and long animation frames.
const STALL_OBSERVER: &str = "window.__stalls = [];
    for (const type of ['longtask', 'long-animation-frame']) {
      try {
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) {
            window.__stalls.push({ type, start: e.startTime, ms: e.duration,
              blocking: e.blockingDuration || 0,
              scripts: (e.scripts || []).map(x => `${x.invoker} ${Math.round(x.duration)}`).join('; ') });
          }
        }).observe({ type, buffered: false });
      } catch (_) {}
    }";

/// What the observer saw (except while a screenshot was taken): the longest task (how long
/// input could wait for the page's thread), the longest frame (that wait plus the rendering
/// after it), how many of either were over 100 ms, and the five longest of each kind.
const STALLS: &str = "const [a, b] = window.__shot || [0, 0];
    const s = (window.__stalls || []).filter(e => e.start > b || e.start + e.ms < a);
    const top = t => s.filter(e => e.type === t).sort((a, b) => b.ms - a.ms).slice(0, 5)
      .map(e => `${Math.round(e.ms)} ms at ${Math.round(e.start)} (${e.scripts})`);
    const longest = t => s.filter(e => e.type === t).reduce((m, e) => Math.max(m, e.ms), 0);
    return { longest_task_ms: longest('longtask'), longest_frame_ms: longest('long-animation-frame'),
      over_100: s.filter(e => e.ms > 100).length,
      count: s.length, longtask: top('longtask'), frames: top('long-animation-frame') };";

/// Once loaded, the app opens again without network (service worker), with the articles
/// kept in this browser, and imports still work (the worker comes from the cache too).
#[test]
fn once_loaded_the_app_works_offline() {
    let Some(h) = Harness::start() else { return };
    let s = h.open_fresh(1280, 900);
    s.js("window.__cached = 0; navigator.serviceWorker.ready.then(() => caches.open('frontera-v1')).then(c => c.keys()).then(k => { window.__cached = k.length; });");
    s.wait_for(
        "the service worker to store the app",
        "return window.__cached >= 5",
        30,
    );
    // A seed article's corrected date is kept too.
    let seed = text(
        &s,
        "return document.querySelector('#reader').getAttribute('data-doc')",
    );
    s.click(".date-fix summary");
    s.js("document.querySelector('#date-fix-input').value = ''");
    s.send_keys("#date-fix-input", "2009-01-15");
    s.click("#date-fix-apply");
    const CORRECTED: &str = "const d = document.querySelector('#doc-date'); \
         return d.getAttribute('data-value') === '2009-01-15' && d.getAttribute('data-inferred') === 'false'";
    s.wait_for("the corrected seed date", CORRECTED, 10);

    s.click("#import-toggle");
    s.send_keys(
        "#paste-text",
        "Army patrols returned to the streets of Reynosa on Sunday after a night of gunfire, residents said.",
    );
    s.click("#paste-form button[type=submit]");
    wait_import_done(&s, 30);
    wait_articles(&s, 6, 10);
    std::thread::sleep(std::time::Duration::from_millis(500));

    s.cdp("Network.enable", serde_json::json!({}));
    s.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({"offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
    );
    h.load(&s);
    wait_articles(&s, 6, 30);
    assert_eq!(s.js("return navigator.onLine"), false);
    assert_eq!(
        text(
            &s,
            "return document.querySelector('#reader').getAttribute('data-doc')"
        ),
        seed
    );
    s.wait_for("the seed's corrected date after the reload", CORRECTED, 10);
    assert_eq!(
        s.js("return navigator.serviceWorker.controller !== null"),
        true,
        "the offline page is not served by the service worker"
    );
    // Importing still works offline: the worker's script and wasm come from the cache.
    s.click("#import-toggle");
    s.send_keys(
        "#paste-text",
        "Marines seized 40 rifles in a warehouse in Matamoros on Tuesday, the navy said.",
    );
    s.click("#paste-form button[type=submit]");
    wait_import_done(&s, 30);
    wait_articles(&s, 7, 10);
    s.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({"offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
    );
}
