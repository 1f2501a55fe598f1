//! `frontera`: the native command-line face of the extraction core.
//!
//! `frontera extract < docs.jsonl > out.jsonl` reads documents as JSON Lines and writes one
//! extraction per valid line, in order. Bad lines are reported on stderr with their line
//! number and skipped; the exit code says whether any were. `frontera extract FILE...` reads
//! articles from files of any format `frontera-import` knows (.txt, .html, .jsonl/.json,
//! .csv), with its messages on stderr prefixed by the file name.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const HELP: &str = "\
frontera — extract people, organisations, places, dates, figures and quotes from news text

USAGE:
    frontera extract < docs.jsonl > out.jsonl
    frontera extract FILE... > out.jsonl
    frontera claims < docs.jsonl > claims.jsonl
    frontera --help | --version

COMMANDS:
    extract    Read documents as JSON Lines on stdin, one object per line:
                 {\"id\": \"a1\", \"text\": \"...\", \"date\": \"2009-03-25\"}
               (\"date\" is optional: YYYY, YYYY-MM or YYYY-MM-DD; without it the
               publication date is inferred from the text). Write one JSON object per
               valid input line to stdout, in input order, with doc_date, entities,
               timex, quantities, quotes and sentences (byte offsets into the text).
               With FILE arguments, read the articles from the files instead, by
               extension: .txt (one article; UTF-8, UTF-16 with BOM, or Windows-1252),
               .html/.htm (the article text, title and date of the page), .jsonl/.json
               (documents as above; a .json file may hold an array), .csv/.tsv (a
               header row; the text column is text/body/content/article, else the
               longest; optional title, date, source, url, id). Other names are
               sniffed as text or refused. Empty, binary and over-50-MB files are
               refused; the same text twice is extracted once. Problems are reported
               on stderr as `FILE: line N: why`.
    claims     Read documents as for `extract` and write the claims ledger: one JSON
               object per measure that figures from two or more documents share,
               {\"measure\", \"unit\", \"period\", \"claims\": [{\"doc\", \"value\",
               \"value_high\", \"text\", \"start\", \"end\"}]}.

EXIT STATUS:
    0  every line (every file) was read
    1  some lines, records or files were rejected (each is reported on stderr as
       `line N: why` or `FILE: ...`); the valid ones were still processed
    2  usage error or I/O failure
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") if args.len() == 1 => run_extract(),
        Some("extract") => run_extract_files(&args[1..]),
        Some("claims") if args.len() == 1 => run_claims(),
        Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("frontera {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("frontera: expected a command\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

fn run_extract() -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut pending = Pending::default();
    // (Once output fails, nothing more is written or reported: the first error stands.)
    let mut broken = false;
    let mut write = |x: Option<frontera_core::Extraction>| match x {
        _ if broken => Err(ExitCode::from(2)),
        Some(x) => write_line(&mut out, &x).inspect_err(|_| broken = true),
        None => {
            failed += 1;
            Ok(())
        }
    };
    let read = read_stdin_documents(|line_no, doc| {
        pending.push(format!("line {line_no}"), doc);
        pending.drain(false, &mut write)
    });
    // What was read before any failure to read on is still extracted and written.
    let drained = pending.drain(true, &mut write);
    let read = read.and_then(|r| drained.map(|()| r));
    let (lines, rejected) = match read.and_then(|r| out.flush().map(|()| r).map_err(output_failed))
    {
        Ok(r) => r,
        Err(code) => return code,
    };
    let rejected = rejected + failed;
    if rejected > 0 {
        eprintln!("frontera: {rejected} line(s) rejected, {lines} read");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Documents read but not yet extracted, with where each came from: they go through
/// [`frontera_core::extract_many`] a batch at a time (faster than one by one), and come
/// out in the order they went in.
#[derive(Default)]
struct Pending {
    places: Vec<String>,
    docs: Vec<frontera_core::Document>,
}

impl Pending {
    fn push(&mut self, place: String, doc: frontera_core::Document) {
        self.places.push(place);
        self.docs.push(doc);
    }

    /// Extract what waits once a whole batch does (or anything, when `all`), handing each
    /// result, in order, to `each`.
    fn drain(
        &mut self,
        all: bool,
        mut each: impl FnMut(Option<frontera_core::Extraction>) -> Result<(), ExitCode>,
    ) -> Result<(), ExitCode> {
        if self.docs.is_empty() || (!all && self.docs.len() < frontera_core::BATCH) {
            return Ok(());
        }
        let results = extract_all_guarded(&self.docs, |i| self.places[i].clone());
        self.places.clear();
        self.docs.clear();
        results.into_iter().try_for_each(&mut each)
    }
}

/// Read JSON Lines documents from stdin and hand each valid one, with its line number, to
/// `each`. Bad lines are reported on stderr and counted. Returns (lines read, lines
/// rejected), or the exit code when input cannot be read or `each` fails.
fn read_stdin_documents(
    mut each: impl FnMut(usize, frontera_core::Document) -> Result<(), ExitCode>,
) -> Result<(usize, usize), ExitCode> {
    let mut input = io::stdin().lock();
    let mut line = Vec::new();
    let (mut line_no, mut rejected) = (0usize, 0usize);
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return Ok((line_no, rejected)),
            Ok(_) => {}
            Err(e) => {
                eprintln!("frontera: cannot read input: {e}");
                return Err(ExitCode::from(2));
            }
        }
        line_no += 1;
        match frontera_core::input::parse_line(line_no, &line) {
            Ok(Some(doc)) => each(line_no, doc)?,
            Ok(None) => {}
            Err(e) => {
                eprintln!("frontera: {e}");
                rejected += 1;
            }
        }
    }
}

/// Extract one document. Last line of defence: a bug in one stage is reported (with
/// `place`, a line or a file) and loses only this document, not the rest of the input.
fn extract_guarded(
    doc: &frontera_core::Document,
    place: &str,
) -> Option<frontera_core::Extraction> {
    let extracted = std::panic::catch_unwind(|| frontera_core::extract(doc));
    if extracted.is_err() {
        eprintln!(
            "frontera: {place}: internal error while extracting {:?}; skipped (please report it)",
            doc.id
        );
    }
    extracted.ok()
}

/// Extract many documents a batch at a time ([`frontera_core::extract_many`]), with
/// [`extract_guarded`]'s guarantee: a batch that fails is done again one document at a
/// time, so a bug loses only the document that meets it. `place(i)` names document `i`.
fn extract_all_guarded(
    docs: &[frontera_core::Document],
    place: impl Fn(usize) -> String,
) -> Vec<Option<frontera_core::Extraction>> {
    let mut out = Vec::with_capacity(docs.len());
    for (b, batch) in docs.chunks(frontera_core::BATCH).enumerate() {
        // Quiet while trying the batch: the retry below reports the document at fault.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let together = std::panic::catch_unwind(|| frontera_core::extract_many(batch));
        std::panic::set_hook(hook);
        match together {
            Ok(xs) => out.extend(xs.into_iter().map(Some)),
            Err(_) => out.extend(
                batch
                    .iter()
                    .enumerate()
                    .map(|(k, doc)| extract_guarded(doc, &place(b * frontera_core::BATCH + k))),
            ),
        }
    }
    out
}

/// Write one JSON Lines record; a write failure ends the command with exit code 2.
fn write_line(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), ExitCode> {
    serde_json::to_writer(&mut *out, value)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .map_err(output_failed)
}

fn output_failed(e: io::Error) -> ExitCode {
    eprintln!("frontera: cannot write output: {e}");
    ExitCode::from(2)
}

/// `frontera extract FILE...`: import every file, extract every document, in order.
fn run_extract_files(paths: &[String]) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut seen = frontera_import::Seen::default();
    let (mut rejected, mut extracted) = (0usize, 0usize);
    for path in paths {
        let import = match read_file(path) {
            Ok(bytes) => {
                frontera_import::import_into(path, &bytes, &mut seen, frontera_import::MAX_BYTES)
            }
            Err(problem) => frontera_import::Import {
                problems: vec![problem],
                ..Default::default()
            },
        };
        for problem in &import.problems {
            eprintln!("frontera: {path}: {problem}");
            rejected += usize::from(problem.is_rejection());
        }
        for x in extract_all_guarded(&import.documents, |_| path.clone()) {
            let Some(extraction) = x else {
                rejected += 1;
                continue;
            };
            if let Err(code) = write_line(&mut out, &extraction) {
                return code;
            }
            extracted += 1;
        }
    }
    if let Err(e) = out.flush() {
        return output_failed(e);
    }
    if rejected > 0 {
        eprintln!(
            "frontera: {rejected} rejected; {extracted} document(s) extracted from {} file(s)",
            paths.len()
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A file's bytes; the size limit is checked before reading, so a huge file costs nothing.
fn read_file(path: &str) -> Result<Vec<u8>, frontera_import::Problem> {
    let cannot = |e: io::Error| frontera_import::Problem::rejected(format!("cannot read: {e}"));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(frontera_import::Problem::rejected(
            "is a directory; name the files in it",
        ));
    }
    frontera_import::check_size(meta.len(), frontera_import::MAX_BYTES)?;
    std::fs::read(path).map_err(cannot)
}

/// `frontera claims`: extract every document, then print the measures their figures share.
fn run_claims() -> ExitCode {
    let mut docs = Vec::new();
    let mut failed = 0usize;
    let read = read_stdin_documents(|line_no, doc| {
        match extract_guarded(&doc, &format!("line {line_no}")) {
            Some(x) => docs.push((doc, x)),
            None => failed += 1,
        }
        Ok(())
    });
    let rejected = match read {
        Ok((_, rejected)) => rejected + failed,
        Err(code) => return code,
    };
    let refs: Vec<_> = docs.iter().map(|(d, x)| (d, x)).collect();
    let mut out = BufWriter::new(io::stdout().lock());
    for m in frontera_corpus::claims::ledger(&refs) {
        if let Err(code) = write_line(&mut out, &m) {
            return code;
        }
    }
    if let Err(e) = out.flush() {
        return output_failed(e);
    }
    if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
