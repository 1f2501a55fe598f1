//! `frontera-import`: the user's own articles, as files, turned into documents for the
//! extraction core.
//!
//! One call, the same for the CLI and the browser app: bytes and a file name in, documents
//! and problems out ([`import`]). Nothing here panics on any input, and one bad record never
//! loses the others. Every problem is a sentence a user can act on ("line 3: ...").
//!
//! | file                  | read as                                                   |
//! |-----------------------|-----------------------------------------------------------|
//! | `.txt`, `.text`, `.md`| one article; UTF-8, UTF-16 (BOM) or Windows-1252           |
//! | `.html`, `.htm`, ...  | the article text of the page, its title and date          |
//! | `.jsonl`, `.json`     | FORMAT.md documents: lines, an array or one object        |
//! | `.csv`, `.tsv`        | a header row, one article per row                         |
//! | anything else         | sniffed: markup, JSON or plain text, or refused as binary |
//!
//! Pure Rust without web dependencies, like the core: the wasm app links it as is.

mod csv;
mod dates;
mod decode;
mod dedup;
mod html;
mod json;
mod problem;
mod txt;

use frontera_core::Document;

pub use dates::publication_date;
pub use decode::{decode, Encoding};
pub use dedup::{text_hash, Admission, Seen};
pub use html::{article as html_article, HtmlArticle};
pub use problem::{Problem, Severity};

/// Files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// The documents found in one file and what went wrong or was changed on the way.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

impl Import {
    /// True when part of the file (or all of it) was not imported.
    pub fn rejected_any(&self) -> bool {
        self.problems.iter().any(Problem::is_rejection)
    }
}

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Json,
    Csv,
    Tsv,
}

/// The format a file name promises, `Ok(None)` when it promises none (then the content is
/// sniffed), or the refusal for formats that are not text.
pub fn format_for(name: &str) -> Result<Option<Format>, Problem> {
    let ext = extension(name).to_ascii_lowercase();
    let format = match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "jsonl" | "ndjson" | "json" => Format::Json,
        "csv" => Format::Csv,
        "tsv" | "tab" => Format::Tsv,
        "pdf" | "doc" | "docx" | "odt" | "rtf" | "pages" | "epub" | "xls" | "xlsx" | "ods"
        | "zip" | "gz" | "png" | "jpg" | "jpeg" | "gif" | "webp" => {
            return Err(Problem::rejected(format!(
                ".{ext} files are not supported: save or export the article as .txt or .html"
            )))
        }
        _ => return Ok(None),
    };
    Ok(Some(format))
}

/// Refuse sizes over `limit` bytes, saying both.
pub fn check_size(len: u64, limit: u64) -> Result<(), Problem> {
    const MB: u64 = 1024 * 1024;
    if len > limit {
        // Tenths by integer arithmetic: float formatting would add ~20 KB to the wasm.
        let tenths = (len.saturating_mul(10) + MB / 2) / MB;
        return Err(Problem::rejected(format!(
            "over the {} MB limit ({}.{} MB); split it into smaller files",
            limit / MB,
            tenths / 10,
            tenths % 10
        )));
    }
    Ok(())
}

/// Import one file on its own (duplicates only within it).
pub fn import(name: &str, bytes: &[u8]) -> Import {
    import_into(name, bytes, &mut Seen::default(), MAX_BYTES)
}

/// Import one file into a collection that already holds `seen` (updated with what is
/// admitted), refusing files over `limit` bytes.
pub fn import_into(name: &str, bytes: &[u8], seen: &mut Seen, limit: u64) -> Import {
    let mut found = Found::default();
    read(name, bytes, limit, &mut found);
    let mut import = Import {
        documents: Vec::with_capacity(found.documents.len()),
        problems: found.problems,
    };
    for (doc, line) in found.documents {
        let at = |p: Problem| match line {
            Some(l) => p.at(l),
            None => p,
        };
        if is_blank(&doc.text) {
            import.problems.push(at(Problem::rejected(format!(
                "{:?} has no text; skipped",
                doc.id
            ))));
            continue;
        }
        match seen.admit(doc) {
            Admission::New(doc, renamed) => {
                if let Some(old) = renamed {
                    import.problems.push(at(Problem::note(format!(
                        "id {old:?} is already used; imported as {:?}",
                        doc.id
                    ))));
                }
                import.documents.push(doc);
            }
            Admission::Duplicate(of) => import.problems.push(at(Problem::note(format!(
                "same text as {of:?} (ignoring spacing); not imported twice"
            )))),
        }
    }
    frontera_core::order::sort_by_key(&mut import.problems, |p| p.line);
    import
}

/// Documents (with the line they start on) and problems, as the readers find them.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub documents: Vec<(Document, Option<usize>)>,
    pub problems: Vec<Problem>,
}

impl Found {
    pub fn document(&mut self, doc: Document, line: Option<usize>) {
        self.documents.push((doc, line));
    }
    pub fn problem(&mut self, problem: Problem) {
        self.problems.push(problem);
    }
}

fn read(name: &str, bytes: &[u8], limit: u64, found: &mut Found) {
    if let Err(p) = check_size(bytes.len() as u64, limit) {
        return found.problem(p);
    }
    let named = match format_for(name) {
        Ok(f) => f,
        Err(p) => return found.problem(p),
    };
    let text = match decode::decode_text(bytes) {
        Ok((text, notes)) => {
            found.problems.extend(notes);
            text
        }
        Err(p) => return found.problem(p),
    };
    if is_blank(&text) {
        found.problems.clear();
        return found.problem(Problem::rejected("empty file: nothing to import"));
    }
    let format = named.unwrap_or_else(|| {
        let sniffed = sniff(&text);
        found.problem(Problem::note(format!(
            "unknown file type; read as {}",
            match sniffed {
                Format::Html => "HTML",
                Format::Json => "JSON",
                _ => "plain text",
            }
        )));
        sniffed
    });
    let id = stem(name);
    match format {
        Format::Text => found.document(txt::document(id, &text), None),
        Format::Html => {
            let page = html::article(&text);
            if is_blank(&page.text) {
                return found.problem(Problem::rejected(
                    "no article text found in the page (only markup, scripts or navigation)",
                ));
            }
            let date = page.date.as_deref().and_then(|d| {
                let iso = publication_date(d);
                if iso.is_none() {
                    found.problem(Problem::note(format!(
                        "the page's date {d:?} is not understood; it will be inferred from the text"
                    )));
                }
                iso
            });
            found.document(
                Document {
                    id: id.to_string(),
                    text: page.text,
                    date,
                    title: page.title,
                    ..Document::default()
                },
                None,
            );
        }
        Format::Json => json::documents(&text, found),
        Format::Csv | Format::Tsv => csv::documents(id, &text, format == Format::Tsv, found),
    }
}

/// Nothing but whitespace and byte-order marks.
fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}

/// A file with no telling extension: markup, JSON, or else plain text.
fn sniff(text: &str) -> Format {
    let head = text.trim_start();
    let lower: String = head
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with('<')
        && [
            "<html",
            "<!doctype html",
            "<body",
            "<p>",
            "<p ",
            "<div",
            "<article",
            "<head",
        ]
        .iter()
        .any(|t| lower.contains(t))
    {
        Format::Html
    } else if head.starts_with('{') || head.starts_with('[') {
        Format::Json
    } else {
        Format::Text
    }
}

/// The last path component without its extension: `dir/a.b.txt` -> `a.b`.
fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match base.rfind('.') {
        Some(0) | None => base,
        Some(dot) => &base[..dot],
    };
    if stem.trim().is_empty() {
        "document"
    } else {
        stem
    }
}

fn extension(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rfind('.') {
        Some(dot) if dot > 0 => &base[dot + 1..],
        _ => "",
    }
}

#[cfg(test)]
mod tests;
