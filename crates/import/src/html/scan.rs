//! A small HTML tokenizer: text, start tags with attributes, end tags. Comments, CDATA,
//! doctypes and processing instructions are dropped; the contents of raw-text elements
//! (`script`, `style`, `title`, ...) are handed over whole, so a `</div>` inside a script
//! is never mistaken for markup.
//!
//! Written here rather than taken from an HTML5 parser crate: we only need the text, not a
//! tree, and a full parser (html5ever and its tables) would cost the browser app far more
//! wasm than the ~300 lines below. It follows the HTML tokenizer where it matters for
//! safety: quoted attribute values may contain `>`, a tag cut off by the end of the file is
//! dropped, and a `<` that does not start a tag is text.

/// Elements whose content is not markup: it runs to the matching end tag.
const RAW_TEXT: [&str; 10] = [
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    Text(&'a str),
    Start {
        /// Lowercase ASCII.
        name: String,
        attrs: Vec<(&'a str, &'a str)>,
        self_closing: bool,
        /// For raw-text elements: everything up to their end tag (which is consumed).
        raw: Option<&'a str>,
    },
    End {
        name: String,
    },
}

pub struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a str) -> Self {
        Tokenizer { s, pos: 0 }
    }

    /// Position of the next `needle` at or after `from` (ASCII only, so on a char boundary).
    fn find_from(&self, from: usize, needle: &str) -> Option<usize> {
        self.s.get(from..)?.find(needle).map(|i| from + i)
    }

    /// Skip a comment, CDATA section, doctype or processing instruction starting at `lt`.
    fn skip_markup_declaration(&mut self, lt: usize) {
        let rest = &self.s.as_bytes()[lt..];
        let end = if rest.starts_with(b"<!--") {
            // `<!-->` and `<!--->` are complete (empty) comments.
            let body = lt + 4;
            if self.s[body..].starts_with('>') {
                Some(body + 1)
            } else if self.s[body..].starts_with("->") {
                Some(body + 2)
            } else {
                // `--!>` also closes; look for it only before the first `-->`, so many
                // comments cost one pass, not one pass each.
                let close = self.find_from(body, "-->");
                let limit = close.map_or(self.s.len(), |c| c + 3);
                let bang = self.s[body..limit].find("--!>").map(|i| body + i + 4);
                bang.or(close.map(|c| c + 3))
            }
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<![CDATA[") {
            self.find_from(lt + 9, "]]>").map(|i| i + 3)
        } else {
            self.find_from(lt + 1, ">").map(|i| i + 1)
        };
        self.pos = end.unwrap_or(self.s.len());
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A tag's name, attributes and where it ends, from just after `<` or `</`. `None` when the
/// file ends inside the tag (the tag is then dropped, as browsers do).
struct TagBody<'a> {
    name: String,
    attrs: Vec<(&'a str, &'a str)>,
    self_closing: bool,
    end: usize,
}

fn tag_body(s: &str, start: usize) -> Option<TagBody<'_>> {
    let b = s.as_bytes();
    let mut p = start;
    while p < b.len() && !is_space(b[p]) && b[p] != b'/' && b[p] != b'>' {
        p += 1;
    }
    let name = s[start..p].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while p < b.len() && (is_space(b[p]) || b[p] == b'/') {
            self_closing = b[p] == b'/';
            p += 1;
        }
        match b.get(p) {
            None => return None,
            Some(b'>') => {
                return Some(TagBody {
                    name,
                    attrs,
                    self_closing,
                    end: p + 1,
                })
            }
            Some(_) => {}
        }
        self_closing = false;
        // Attribute name: a leading '=' belongs to it, as in the HTML tokenizer.
        let name_start = p;
        p += 1;
        while p < b.len() && !is_space(b[p]) && !matches!(b[p], b'/' | b'>' | b'=') {
            p += 1;
        }
        let attr_name = &s[name_start..p];
        while p < b.len() && is_space(b[p]) {
            p += 1;
        }
        let mut value = "";
        if b.get(p) == Some(&b'=') {
            p += 1;
            while p < b.len() && is_space(b[p]) {
                p += 1;
            }
            match b.get(p) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = s[p + 1..].find(char::from(q))? + p + 1;
                    value = &s[p + 1..close];
                    p = close + 1;
                }
                _ => {
                    let v = p;
                    while p < b.len() && !is_space(b[p]) && b[p] != b'>' {
                        p += 1;
                    }
                    value = &s[v..p];
                }
            }
        }
        attrs.push((attr_name, value));
    }
}

/// Where the raw text of element `name` ends after `from`: (content end, after the end tag).
fn raw_text_end(s: &str, from: usize, name: &str) -> (usize, usize) {
    let b = s.as_bytes();
    let mut p = from;
    while let Some(i) = s.get(p..).and_then(|r| r.find("</")) {
        let at = p + i;
        let name_end = at + 2 + name.len();
        let matches_name = b
            .get(at + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let delimited = matches!(b.get(name_end), None | Some(b'>' | b'/'))
            || b.get(name_end).is_some_and(|&c| is_space(c));
        if matches_name && delimited {
            let after = tag_body(s, at + 2).map_or(s.len(), |t| t.end);
            return (at, after);
        }
        p = at + 2;
    }
    (s.len(), s.len())
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        loop {
            if self.pos >= s.len() {
                return None;
            }
            let lt = match self.find_from(self.pos, "<") {
                Some(lt) if lt > self.pos => {
                    let text = &s[self.pos..lt];
                    self.pos = lt;
                    return Some(Token::Text(text));
                }
                Some(lt) => lt,
                None => {
                    let text = &s[self.pos..];
                    self.pos = s.len();
                    return Some(Token::Text(text));
                }
            };
            match b.get(lt + 1) {
                Some(b'!' | b'?') => self.skip_markup_declaration(lt),
                Some(b'/') => match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => match tag_body(s, lt + 2) {
                        Some(tag) => {
                            self.pos = tag.end;
                            return Some(Token::End { name: tag.name });
                        }
                        None => self.pos = s.len(),
                    },
                    // `</>` is nothing; `</ x>` and the like are bogus comments.
                    _ => self.skip_markup_declaration(lt),
                },
                Some(c) if c.is_ascii_alphabetic() => match tag_body(s, lt + 1) {
                    Some(tag) => {
                        self.pos = tag.end;
                        let raw = RAW_TEXT.contains(&tag.name.as_str()).then(|| {
                            let (content_end, after) = raw_text_end(s, tag.end, &tag.name);
                            self.pos = after;
                            &s[tag.end..content_end]
                        });
                        return Some(Token::Start {
                            name: tag.name,
                            attrs: tag.attrs,
                            self_closing: tag.self_closing,
                            raw,
                        });
                    }
                    None => self.pos = s.len(),
                },
                _ => {
                    // A '<' that starts no tag is text.
                    self.pos = lt + 1;
                    return Some(Token::Text(&s[lt..lt + 1]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> String {
        Tokenizer::new(html)
            .filter_map(|t| match t {
                Token::Text(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn tags_attributes_and_text() {
        let tokens: Vec<_> = Tokenizer::new(r#"<P class="a>b" data-x=1 hidden>Hi</p>"#).collect();
        assert_eq!(
            tokens,
            vec![
                Token::Start {
                    name: "p".into(),
                    attrs: vec![("class", "a>b"), ("data-x", "1"), ("hidden", "")],
                    self_closing: false,
                    raw: None
                },
                Token::Text("Hi"),
                Token::End { name: "p".into() }
            ]
        );
    }

    #[test]
    fn raw_text_elements_swallow_markup() {
        let html =
            "a<script>if (x</div>) {}</SCRIPT >b<style>p{}</style>c<title>T &amp; <b></title>";
        assert_eq!(texts(html), "abc");
        let titles: Vec<_> = Tokenizer::new(html)
            .filter_map(|t| match t {
                Token::Start { name, raw, .. } if name == "title" => raw,
                _ => None,
            })
            .collect();
        assert_eq!(titles, vec!["T &amp; <b>"]);
        // `</scripts>` does not end a script; an unclosed one runs to the end.
        assert_eq!(texts("<script>a</scripts>b</script>c"), "c");
        assert_eq!(texts("x<script>never closed <p>y"), "x");
    }

    #[test]
    fn comments_cdata_and_declarations_are_dropped() {
        let html =
            "<!DOCTYPE html>a<!-- <p>hidden</p> -->b<![CDATA[<x>]]>c<?php echo ?>d<!-->e</ x>f</>g";
        assert_eq!(texts(html), "abcdefg");
        assert_eq!(texts("a<!-- never closed <p>b"), "a");
    }

    #[test]
    fn stray_angle_brackets_are_text_and_cut_tags_are_dropped() {
        assert_eq!(texts("1 < 2 and 3 <> 4 <3"), "1 < 2 and 3 <> 4 <3");
        assert_eq!(texts("ok <a href=\"x>never closed"), "ok ");
        assert_eq!(texts("ok <img src=x onerror=alert(1)"), "ok ");
    }
}
