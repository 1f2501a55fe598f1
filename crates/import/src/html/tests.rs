use super::*;

#[test]
fn paragraphs_lines_and_entities() {
    let a = article(
        "<html><head><title>Troops &amp; Police</title></head><body>\
         <p>First   paragraph,\n  one line.</p><p>Second<br>line two &#8217;ok&#8217;</p>\
         <ul><li>one</li><li>two</li></ul><div>Tail&nbsp;end</div></body></html>",
    );
    assert_eq!(
        a.text,
        "First paragraph, one line.\n\nSecond\nline two \u{2019}ok\u{2019}\n\none\ntwo\n\nTail end"
    );
    assert_eq!(a.title.as_deref(), Some("Troops & Police"));
}

#[test]
fn page_furniture_and_code_are_dropped() {
    let a = article(
        "<nav><a href=/>Home</a></nav><header>Site name</header>\
         <script>document.write('<p>evil</p>')</script><style>p{color:red}</style>\
         <p onclick=\"steal()\">The story.</p><aside>Related</aside>\
         <form><input value=x>Sign up</form><iframe src=x>frame text</iframe>\
         <noscript>Enable JS</noscript><svg><text>chart</text></svg><footer>(c)</footer>",
    );
    assert_eq!(a.text, "The story.");
}

#[test]
fn article_or_main_is_preferred() {
    let story = "Agents seized cash near the border on Monday. ".repeat(12);
    let html = format!(
        "<div>Menu Home World</div><article><h1>Seizure</h1><p>{story}</p></article><div>More stories</div>"
    );
    let a = article(&html);
    assert!(a.text.starts_with("Seizure\n\nAgents"), "{}", a.text);
    assert!(!a.text.contains("Menu") && !a.text.contains("More stories"));
    assert_eq!(a.title.as_deref(), Some("Seizure"));
    let a = article(&format!("<p>Sidebar</p><main><p>{story}</p></main>"));
    assert!(!a.text.contains("Sidebar"));
    // A teaser card on a long page is not the story.
    let a = article(&format!("<article>Teaser</article><p>{story}</p>"));
    assert!(a.text.contains("Agents seized"));
}

#[test]
fn whole_page_form_and_unclosed_header_do_not_lose_the_article() {
    let a = article(
        "<form id=aspnetForm><nav>Menu</nav><p>The story is here and it is long enough.</p></form>",
    );
    assert_eq!(a.text, "The story is here and it is long enough.");
    let a = article("<header>Site<p>The story, after a header that never closes.</p>");
    assert!(a.text.contains("The story"));
    let a = article("<html><head><title>T</title><body><nav>x</nav><p>The story.</p>");
    assert_eq!(a.text, "The story.");
    let a = article("<nav>Only navigation</nav><footer>and a footer</footer>");
    assert_eq!(a.text, "");
}

#[test]
fn title_prefers_the_h1_the_title_repeats() {
    let a = article(
        "<title>Clinton Visits Mexico | The Daily</title><h1>Clinton Visits Mexico</h1><p>x</p>",
    );
    assert_eq!(a.title.as_deref(), Some("Clinton Visits Mexico"));
    let a = article("<title>Page</title><h1>Other</h1>");
    assert_eq!(a.title.as_deref(), Some("Page"));
    let a = article(
        r#"<title>Seizure - Border Daily</title><meta property="og:title" content="Seizure &amp; Arrests"><p>x</p>"#,
    );
    assert_eq!(a.title.as_deref(), Some("Seizure & Arrests"));
    let a = article("<header><h1>Only &amp; H1</h1></header><p>x</p>");
    assert_eq!(a.title.as_deref(), Some("Only & H1"));
}

#[test]
fn dates_from_meta_or_time() {
    let a = article(
        r#"<meta property="article:published_time" content="2009-03-25T10:00:00Z"><p>x</p>"#,
    );
    assert_eq!(a.date.as_deref(), Some("2009-03-25T10:00:00Z"));
    let a = article(r#"<p>Posted <time datetime="2011-01-25">Tuesday</time></p>"#);
    assert_eq!(a.date.as_deref(), Some("2011-01-25"));
    assert_eq!(article("<p>no date</p>").date, None);
    let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2011-01-25T05:00:00Z"}</script><p>x <time datetime="2011-02-01">later</time></p>"#;
    assert_eq!(article(ld).date.as_deref(), Some("2011-01-25T05:00:00Z"));
    assert_eq!(
        article(r#"<script type="application/ld+json">{"datePublished": </script><p>x</p>"#).date,
        None
    );
}

#[test]
fn hostile_markup_only_ever_yields_text() {
    let a = article(
        "<p>Safe <a href=\"javascript:alert(1)\">link</a> <img src=x onerror=\"alert('>')\">\
         <scr<script>x</script>ipt>alert(2)</p><p title='a>b' onmouseover=x>after</p>\
         <!-- <script>alert(3)</script> --><![CDATA[<script>]]>\
         <math><mtext><script>alert(4)</script></mtext></math>done",
    );
    for bad in [
        "<script",
        "onerror",
        "javascript:",
        "alert(1)",
        "alert(3)",
        "alert(4)",
    ] {
        assert!(!a.text.contains(bad), "{bad} in {:?}", a.text);
    }
    assert!(a.text.contains("Safe link"));
    assert!(a.text.contains("after") && a.text.ends_with("done"));
}

#[test]
fn furniture_by_class_id_or_hidden_is_dropped_unless_it_holds_the_story() {
    let story = "Agents seized cash near the border on Monday. ".repeat(12);
    let a = article(&format!(
        "<div class=\"story\"><p>{story}</p><div class=\"share-tools\"><div>Tweet</div></div>\
         <p>After share.</p></div><div id=\"comments\">Nice post!</div><p hidden>Secret</p>\
         <span style=\"display: none\">Invisible</span><div aria-hidden=\"true\">Icon</div>"
    ));
    assert!(a.text.contains("After share."), "{}", a.text);
    for gone in ["Tweet", "Nice post", "Secret", "Invisible", "Icon"] {
        assert!(!a.text.contains(gone), "{gone} in {}", a.text);
    }
    // A container named like furniture that holds the whole story is kept.
    let a = article(&format!(
        "<div class=\"page-header-wrap\"><p>{story}</p></div><p>Footnote.</p>"
    ));
    assert!(a.text.contains("Agents seized"), "{}", a.text);
}
