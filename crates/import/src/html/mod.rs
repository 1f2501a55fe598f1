//! HTML pages to article text: the readable text of the article, its title and its date.
//!
//! Only text ever leaves this module: tags, attributes, comments and the contents of
//! scripts, styles and frames are dropped by the tokenizer, so links (`javascript:` or not),
//! event handlers and embedded code cannot reach the document.

mod entities;
mod scan;

use scan::{Token, Tokenizer};

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlArticle {
    /// Paragraphs separated by blank lines, lines by `\n`, whitespace collapsed.
    pub text: String,
    pub title: Option<String>,
    /// The publication date as the page states it (`2009-03-25T10:00:00Z`), not yet checked.
    pub date: Option<String>,
}

/// Page furniture rather than article text.
const BOILERPLATE: [&str; 7] = ["nav", "header", "footer", "aside", "form", "menu", "dialog"];
/// Never text, whatever the page.
const NEVER_TEXT: [&str; 11] = [
    "head", "template", "svg", "math", "select", "button", "object", "embed", "canvas", "video",
    "audio",
];
/// End a paragraph.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "article",
    "section",
    "main",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "figure",
    "hr",
    "address",
    "details",
    "center",
];
/// End a line.
const LINES: [&str; 8] = [
    "br",
    "li",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "summary",
];
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The article of an HTML page.
///
/// Page furniture is dropped: `nav`, `header`, `footer`, `aside`, `form` and hidden
/// elements, and elements whose class or id names furniture ("sidebar", "comments", ...).
/// Each of these rules can lose the article on some page, so each is checked against the
/// next more lenient reading: class names must leave at least a third of what the tags
/// alone leave; tags must leave a tenth of the whole page, else forms are kept (old sites
/// wrap the whole page in one `<form>`), and if an element of furniture was never closed (an
/// unclosed `<header>` swallows the article), everything is kept.
pub fn article(html: &str) -> HtmlArticle {
    let by_class = Pass::run(html, &BOILERPLATE, true);
    let by_tag = Pass::run(html, &BOILERPLATE, false);
    let lenient = Pass::run(html, &[], false);
    let len = |p: &Pass| p.best_text().chars().count();
    let page = lenient.all.len_chars();
    let kept_enough = |p: &Pass| len(p) > 0 && len(p) * 10 >= page;
    if kept_enough(&by_class) && len(&by_class) * 3 >= len(&by_tag) {
        return by_class.into_article();
    }
    if kept_enough(&by_tag) || page == 0 {
        return by_tag.into_article();
    }
    let without_forms = Pass::run(html, &BOILERPLATE[..4], false);
    if kept_enough(&without_forms) {
        without_forms.into_article()
    } else if by_tag.unclosed {
        lenient.into_article()
    } else {
        by_tag.into_article()
    }
}

/// Collapses whitespace and turns block boundaries into line breaks.
#[derive(Default)]
struct TextSink {
    out: String,
    chars: usize,
    pending_space: bool,
    /// 1: a line break, 2: a paragraph break.
    pending_break: u8,
}

impl TextSink {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = true;
            return;
        }
        if c.is_control() {
            return;
        }
        if !self.out.is_empty() {
            match self.pending_break {
                2 => self.out.push_str("\n\n"),
                1 => self.out.push('\n'),
                _ if self.pending_space => self.out.push(' '),
                _ => {}
            }
        }
        self.pending_space = false;
        self.pending_break = 0;
        self.out.push(c);
        self.chars += 1;
    }
    fn brk(&mut self, level: u8) {
        self.pending_break = self.pending_break.max(level);
    }
    fn len_chars(&self) -> usize {
        self.chars
    }
}

/// One walk over the page with a given set of dropped elements.
#[derive(Default)]
struct Pass {
    all: TextSink,
    article: TextSink,
    main: TextSink,
    title: Option<String>,
    /// `og:title` and the like: the headline without the site's name, usually.
    meta_title: Option<String>,
    h1: Option<String>,
    date: Option<String>,
    /// A dropped element was still open at the end of the page.
    unclosed: bool,
}

impl Pass {
    /// `by_class`: also drop elements whose class or id names furniture, and hidden ones.
    fn run(html: &str, boilerplate: &[&str], by_class: bool) -> Pass {
        let mut pass = Pass::default();
        // Open dropped elements, innermost last; an end tag closes up to its match.
        let mut dropped: Vec<String> = Vec::new();
        // How many of `dropped` are svg/math, whose <title> and <h1> are not the page's.
        let mut foreign = 0usize;
        let mut article_depth = 0usize;
        let mut main_depth = 0usize;
        let mut h1: Option<TextSink> = None;
        let mut time_date: Option<String> = None;
        let mut ld_date: Option<String> = None;
        for token in Tokenizer::new(html) {
            let in_foreign = foreign > 0;
            match token {
                Token::Text(raw) => {
                    let visible = dropped.is_empty();
                    entities::decode(raw, |c| {
                        if visible {
                            pass.all.push(c);
                            if article_depth > 0 {
                                pass.article.push(c);
                            }
                            if main_depth > 0 {
                                pass.main.push(c);
                            }
                        }
                        if let Some(h) = h1.as_mut() {
                            h.push(c);
                        }
                    });
                }
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                    raw,
                } => {
                    let n = name.as_str();
                    if n == "title" && pass.title.is_none() && !in_foreign {
                        pass.title = raw.map(clean_line).filter(|t| !t.is_empty());
                    }
                    if n == "meta" {
                        if pass.date.is_none() {
                            pass.date = meta_content(&attrs, &DATE_KEYS);
                        }
                        if pass.meta_title.is_none() {
                            pass.meta_title = meta_content(&attrs, &TITLE_KEYS)
                                .map(|t| clean_line(&t))
                                .filter(|t| !t.is_empty());
                        }
                    }
                    if n == "script" && ld_date.is_none() {
                        let is_ld = attr(&attrs, "type").is_some_and(|t| t.contains("ld+json"));
                        ld_date = raw.filter(|_| is_ld).and_then(json_ld_date);
                    }
                    if n == "time" && time_date.is_none() {
                        time_date = attr(&attrs, "datetime").map(entities::decode_to_string);
                    }
                    if raw.is_some() {
                        // Raw-text elements are complete already: no end tag will follow.
                        pass.brk(1);
                        continue;
                    }
                    if n == "body" {
                        // `</head>` is optional: the body ends the head.
                        if let Some(i) = dropped.iter().position(|d| d == "head") {
                            foreign -= dropped.drain(i..).filter(|d| is_foreign(d)).count();
                        }
                    }
                    let furniture = by_class
                        && !matches!(n, "html" | "body" | "article" | "main")
                        && (hidden(&attrs) || named_like_furniture(&attrs));
                    let drop = boilerplate.contains(&n) || NEVER_TEXT.contains(&n) || furniture;
                    // Inside a dropped element every element is tracked, so that a nested
                    // `</div>` closes its own `<div>`, not the dropped one. Capped, so hostile
                    // nesting cannot make end tags quadratic.
                    let track = drop || !dropped.is_empty();
                    if track && !self_closing && !VOID.contains(&n) && dropped.len() < MAX_DEPTH {
                        foreign += usize::from(is_foreign(n));
                        dropped.push(name.clone());
                    }
                    if dropped.is_empty() {
                        match n {
                            "article" => article_depth += 1,
                            "main" => main_depth += 1,
                            _ => {}
                        }
                    }
                    if n == "h1" && pass.h1.is_none() && h1.is_none() && !in_foreign {
                        h1 = Some(TextSink::default());
                    }
                    pass.break_for(n);
                }
                Token::End { name } => {
                    let n = name.as_str();
                    if let Some(i) = dropped.iter().rposition(|d| *d == name) {
                        foreign -= dropped.drain(i..).filter(|d| is_foreign(d)).count();
                    } else if dropped.is_empty() {
                        match n {
                            "article" => article_depth = article_depth.saturating_sub(1),
                            "main" => main_depth = main_depth.saturating_sub(1),
                            _ => {}
                        }
                    }
                    if n == "h1" {
                        if let Some(h) = h1.take() {
                            pass.h1 = Some(h.out).filter(|t| !t.is_empty());
                        }
                    }
                    pass.break_for(n);
                }
            }
        }
        pass.unclosed = !dropped.is_empty();
        pass.date = pass
            .date
            .or(ld_date)
            .or(time_date)
            .filter(|d| !d.trim().is_empty());
        pass
    }

    fn brk(&mut self, level: u8) {
        self.all.brk(level);
        self.article.brk(level);
        self.main.brk(level);
    }

    fn break_for(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.brk(2);
        } else if LINES.contains(&name) {
            self.brk(1);
        } else if matches!(name, "td" | "th") {
            for sink in [&mut self.all, &mut self.article, &mut self.main] {
                sink.pending_space = true;
            }
        }
    }

    /// `<article>` when it holds the article, else `<main>`, else the whole page. A short
    /// `<article>` on a long page is a teaser card, not the story.
    fn best_text(&self) -> &str {
        let holds_the_story =
            |s: &TextSink| s.len_chars() >= 500 || s.len_chars() * 2 >= self.all.len_chars();
        [&self.article, &self.main]
            .into_iter()
            .find(|s| s.len_chars() > 0 && holds_the_story(s))
            .unwrap_or(&self.all)
            .out
            .as_str()
    }

    fn into_article(self) -> HtmlArticle {
        let text = self.best_text().to_string();
        // The page's metadata headline, else the first <h1> when the <title> merely adds the
        // site's name to it, else the <title>. (On Readability's 111 test pages with a
        // known title, metadata first gets 81 exactly right, <title>/<h1> alone 65.)
        let title = match (self.title, self.h1) {
            _ if self.meta_title.is_some() => self.meta_title,
            (Some(t), Some(h)) if t.contains(h.as_str()) => Some(h),
            (Some(t), _) => Some(t),
            (None, h) => h,
        };
        HtmlArticle {
            text,
            title,
            date: self.date,
        }
    }
}

const MAX_DEPTH: usize = 64;

/// Class and id words of page furniture, and words that mark a likely article container
/// anyway (the lists of Mozilla's Readability, `unlikelyCandidates`/`okMaybeItsACandidate`,
/// plus share/newsletter/cookie/promo).
const FURNITURE_WORDS: [&str; 35] = [
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "share",
    "newsletter",
    "cookie",
    "promo",
];
const CONTAINER_WORDS: [&str; 8] = [
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

fn named_like_furniture(attrs: &[(&str, &str)]) -> bool {
    let names = format!(
        "{} {}",
        attr(attrs, "class").unwrap_or(""),
        attr(attrs, "id").unwrap_or("")
    )
    .to_ascii_lowercase();
    FURNITURE_WORDS.iter().any(|w| names.contains(w))
        && !CONTAINER_WORDS.iter().any(|w| names.contains(w))
}

/// `hidden`, `aria-hidden="true"`, `style="display: none"` or `visibility: hidden`.
fn hidden(attrs: &[(&str, &str)]) -> bool {
    let style: String = attr(attrs, "style")
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    attr(attrs, "hidden").is_some()
        || attr(attrs, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || style.contains("display:none")
        || style.contains("visibility:hidden")
}

fn is_foreign(name: &str) -> bool {
    name == "svg" || name == "math"
}

fn attr<'a>(attrs: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, v)| v)
}

/// `<meta property="article:published_time" ...>` and its common synonyms.
const DATE_KEYS: [&str; 9] = [
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
];
const TITLE_KEYS: [&str; 5] = [
    "og:title",
    "twitter:title",
    "dc.title",
    "dc:title",
    "dcterms.title",
];

/// The `content` of a `<meta>` whose property, name or itemprop is one of `keys`.
fn meta_content(attrs: &[(&str, &str)], keys: &[&str]) -> Option<String> {
    let key = ["property", "name", "itemprop"]
        .iter()
        .find_map(|k| attr(attrs, k))?;
    let wanted = keys.iter().any(|k| k.eq_ignore_ascii_case(key.trim()));
    let value = attr(attrs, "content").or_else(|| attr(attrs, "datetime"))?;
    wanted.then(|| entities::decode_to_string(value.trim()))
}

/// `"datePublished": "2009-03-25T..."` in a JSON-LD block (schema.org metadata, which many
/// news pages carry instead of meta tags). A string search, not a JSON parse: we want one
/// value and the block may be malformed.
fn json_ld_date(raw: &str) -> Option<String> {
    let after = &raw[raw.find("\"datePublished\"")? + "\"datePublished\"".len()..];
    let value = after
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let end = value.find('"')?;
    Some(value[..end].to_string()).filter(|v| v.len() <= 64)
}

/// A title: references decoded, whitespace collapsed to single spaces.
fn clean_line(raw: &str) -> String {
    let mut sink = TextSink::default();
    entities::decode(raw, |c| sink.push(c));
    sink.out
}

#[cfg(test)]
mod tests;
