//! CSV with a header row (RFC 4180: quoted fields may hold delimiters, line breaks and
//! doubled quotes). Our own ~100-line reader rather than the `csv` crate: we need records
//! of strings with the line each starts on, not serde, and the crate would bring serde
//! derive machinery and its buffering into the wasm for what is one loop here.

use frontera_core::Document;

use crate::dates::publication_date;
use crate::problem::Problem;
use crate::txt::normalise_line_breaks;
use crate::Found;

struct Record {
    /// 1-based line the record starts on.
    line: usize,
    fields: Vec<String>,
}

/// Split `text` into records. Lenient where RFC 4180 is strict: a quote inside an unquoted
/// field is kept as written, text after a closing quote is appended, and a quote left open
/// at the end of the file is reported and its field kept.
fn records(text: &str, delimiter: u8, found: &mut Found) -> Vec<Record> {
    let b = text.as_bytes();
    let mut records = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < b.len() {
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        loop {
            // One field, starting at i.
            if b.get(i) == Some(&b'"') {
                let quote_line = line;
                i += 1;
                loop {
                    let Some(q) = text[i..].find('"').map(|q| i + q) else {
                        field.push_str(&text[i..]);
                        line += text[i..].matches('\n').count();
                        i = b.len();
                        found.problem(
                            Problem::note(
                                "a quoted field is never closed; read to the end of the file",
                            )
                            .at(quote_line),
                        );
                        break;
                    };
                    field.push_str(&text[i..q]);
                    line += text[i..q].matches('\n').count();
                    if b.get(q + 1) == Some(&b'"') {
                        field.push('"');
                        i = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
            }
            let rest_end = b[i..]
                .iter()
                .position(|&c| c == delimiter || c == b'\n')
                .map_or(b.len(), |p| i + p);
            field.push_str(&text[i..rest_end]);
            i = rest_end;
            fields.push(std::mem::take(&mut field));
            match b.get(i) {
                Some(&c) if c == delimiter => i += 1,
                Some(_) => {
                    i += 1;
                    line += 1;
                    break;
                }
                None => break,
            }
        }
        for f in &mut fields {
            if f.ends_with('\r') {
                f.pop();
            }
        }
        let blank = fields.len() == 1 && fields[0].trim().is_empty();
        if !blank {
            records.push(Record {
                line: start_line,
                fields,
            });
        }
    }
    records
}

/// The delimiter the header row uses most: comma, semicolon (spreadsheets in many
/// locales) or tab.
fn delimiter(text: &str, tab_by_name: bool) -> u8 {
    if tab_by_name {
        return b'\t';
    }
    let header = text.lines().next().unwrap_or("");
    let count = |d: char| header.matches(d).count();
    [',', ';', '\t']
        .into_iter()
        .max_by_key(|&d| (count(d), d == ','))
        .map_or(b',', |d| d as u8)
}

/// Header names compared without case, spaces, underscores or hyphens.
fn normalised(name: &str) -> String {
    // ASCII case only: the names looked for are English.
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn column(header: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| header.iter().position(|h| h == n))
}

pub fn documents(stem: &str, text: &str, tab_by_name: bool, found: &mut Found) {
    let mut rows = records(text, delimiter(text, tab_by_name), found).into_iter();
    let Some(header) = rows.next() else {
        return found.problem(Problem::rejected("empty file: nothing to import"));
    };
    let mut rows: Vec<Record> = rows.collect();
    // A first row with a long field is an article, not a header: a file without a header.
    let header = if header.fields.iter().any(|f| f.chars().count() > 80) {
        found.problem(Problem::note(
            "no header row (the first row holds an article); the longest column is the text",
        ));
        let columns = header.fields.len();
        rows.insert(0, header);
        vec![String::new(); columns]
    } else {
        header.fields.iter().map(|h| normalised(h)).collect()
    };
    if rows.is_empty() {
        return found.problem(Problem::rejected(
            "only a header row: no articles to import",
        ));
    }
    let text_col = column(
        &header,
        &[
            "text",
            "body",
            "content",
            "article",
            "fulltext",
            "articletext",
            "bodytext",
            "story",
        ],
    )
    .unwrap_or_else(|| longest_column(&rows, header.len()));
    let title_col = column(&header, &["title", "headline", "heading"]);
    let date_col = column(
        &header,
        &[
            "date",
            "published",
            "publishdate",
            "publisheddate",
            "datepublished",
            "publishedat",
            "pubdate",
        ],
    );
    let source_col = column(&header, &["source", "outlet", "publisher", "publication"]);
    let url_col = column(&header, &["url", "link"]);
    let id_col = column(&header, &["id", "docid", "documentid"]);
    let text_name = header.get(text_col).cloned().unwrap_or_default();

    for (n, row) in rows.iter().enumerate() {
        let get = |col: Option<usize>| {
            col.and_then(|c| row.fields.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        let Some(body) = get(Some(text_col)) else {
            found.problem(
                Problem::rejected(format!(
                    "the text column ({text_name:?}) is empty; row skipped"
                ))
                .at(row.line),
            );
            continue;
        };
        let date = get(date_col).and_then(|d| {
            let iso = publication_date(d);
            if iso.is_none() {
                found.problem(
                    Problem::note(format!(
                        "date {d:?} not understood (expected YYYY-MM-DD); it will be inferred from the text"
                    ))
                    .at(row.line),
                );
            }
            iso
        });
        let doc = Document {
            id: get(id_col).map_or_else(|| format!("{stem}-{}", n + 1), str::to_string),
            text: normalise_line_breaks(body),
            date,
            title: get(title_col).map(str::to_string),
            source: get(source_col).map(str::to_string),
            url: get(url_col).map(str::to_string),
        };
        found.document(doc, Some(row.line));
    }
}

/// The column with the longest values on average: the article text when no header says so.
fn longest_column(rows: &[Record], columns: usize) -> usize {
    (0..columns.max(1))
        .max_by_key(|&c| {
            let total: usize = rows
                .iter()
                .map(|r| r.fields.get(c).map_or(0, |f| f.chars().count()))
                .sum();
            (total, std::cmp::Reverse(c))
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Found {
        let mut found = Found::default();
        documents("news", text, false, &mut found);
        found
    }

    #[test]
    fn quoted_fields_hold_commas_newlines_and_quotes() {
        let found = read(
            "id,Title,Body,Date\r\n\
             a1,\"Cash, guns\",\"Agents said \"\"no\"\".\r\nSecond paragraph.\",2009-03-25\r\n\
             a2,Plain,Short text,2010-01-02T08:00:00Z\n",
        );
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        let docs: Vec<_> = found.documents.iter().map(|(d, _)| d).collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a1");
        assert_eq!(docs[0].title.as_deref(), Some("Cash, guns"));
        assert_eq!(docs[0].text, "Agents said \"no\".\nSecond paragraph.");
        assert_eq!(docs[1].date.as_deref(), Some("2010-01-02"));
        assert_eq!(found.documents[1].1, Some(4));
    }

    #[test]
    fn text_column_by_length_and_semicolons() {
        let found =
            read("name;notes\nx;A much longer field that is the article.\ny;Another long one.\n");
        let docs: Vec<_> = found.documents.iter().map(|(d, _)| d).collect();
        assert_eq!(docs[0].text, "A much longer field that is the article.");
        assert_eq!(docs[1].id, "news-2");
    }

    #[test]
    fn bad_rows_are_reported_and_the_rest_kept() {
        let found = read("text,date\n,2009\nGood one,March 5\n\"open quote,x\n");
        assert_eq!(found.documents.len(), 2);
        let messages: Vec<String> = found.problems.iter().map(|p| p.to_string()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("line 2: the text column")),
            "{messages:?}"
        );
        assert!(messages
            .iter()
            .any(|m| m.contains("\"March 5\" not understood")));
        assert!(messages.iter().any(|m| m.contains("never closed")));
        assert!(read("text\n").problems[0].message.contains("only a header"));
    }

    #[test]
    fn a_file_without_a_header_keeps_its_first_article() {
        let long =
            "Soldiers were sent to the city after a week of attacks, officials said on Monday.";
        let found = read(&format!(
            "2009-03-02,\"{long}\"\n2009-03-03,\"{long} Again.\"\n"
        ));
        assert_eq!(found.documents.len(), 2);
        assert_eq!(found.documents[0].0.text, long);
        assert!(found.problems[0].message.starts_with("no header row"));
    }
}
