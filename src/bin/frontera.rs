//! `frontera`: the native command-line face of the extraction core.
//!
//! `frontera extract < docs.jsonl > out.jsonl` reads documents as JSON Lines and writes one
//! extraction per valid line, in order. Bad lines are reported on stderr with their line
//! number and skipped; the exit code says whether any were.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const HELP: &str = "\
frontera — extract people, organisations, places, dates, figures and quotes from news text

USAGE:
    frontera extract < docs.jsonl > out.jsonl
    frontera claims < docs.jsonl > claims.jsonl
    frontera --help | --version

COMMANDS:
    extract    Read documents as JSON Lines on stdin, one object per line:
                 {\"id\": \"a1\", \"text\": \"...\", \"date\": \"2009-03-25\"}
               (\"date\" is optional: YYYY, YYYY-MM or YYYY-MM-DD; without it the
               publication date is inferred from the text). Write one JSON object per
               valid input line to stdout, in input order, with doc_date, entities,
               timex, quantities, quotes and sentences (byte offsets into the text).
    claims     Read documents as for `extract` and write the claims ledger: one JSON
               object per measure that figures from two or more documents share,
               {\"measure\", \"unit\", \"period\", \"claims\": [{\"doc\", \"value\",
               \"value_high\", \"text\", \"start\", \"end\"}]}.

EXIT STATUS:
    0  every line was read
    1  some lines were rejected (each is reported on stderr as `line N: why`);
       the valid lines were still processed
    2  usage error or I/O failure
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") if args.len() == 1 => run_extract(),
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
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut line_no = 0;
    let mut rejected = 0usize;
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("frontera: cannot read input: {e}");
                return ExitCode::from(2);
            }
        }
        line_no += 1;
        let doc = match frontera_core::input::parse_line(line_no, &line) {
            Ok(Some(doc)) => doc,
            Ok(None) => continue,
            Err(e) => {
                eprintln!("frontera: {e}");
                rejected += 1;
                continue;
            }
        };
        // Last line of defence: a bug in one stage must not lose the other documents.
        let extraction = match std::panic::catch_unwind(|| frontera_core::extract(&doc)) {
            Ok(x) => x,
            Err(_) => {
                eprintln!("frontera: line {line_no}: internal error while extracting {:?}; skipped (please report it)", doc.id);
                rejected += 1;
                continue;
            }
        };
        let written = serde_json::to_writer(&mut out, &extraction)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            eprintln!("frontera: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("frontera: cannot write output: {e}");
        return ExitCode::from(2);
    }
    if rejected > 0 {
        eprintln!("frontera: {rejected} line(s) rejected, {} read", line_no);
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `frontera claims`: extract every document, then print the measures their figures share.
fn run_claims() -> ExitCode {
    let mut docs = Vec::new();
    let mut rejected = 0usize;
    for (i, line) in io::stdin().lock().split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("frontera: cannot read input: {e}");
                return ExitCode::from(2);
            }
        };
        match frontera_core::input::parse_line(i + 1, &line) {
            Ok(Some(doc)) => match std::panic::catch_unwind(|| frontera_core::extract(&doc)) {
                Ok(x) => docs.push((doc, x)),
                Err(_) => {
                    eprintln!(
                        "frontera: line {}: internal error while extracting; skipped",
                        i + 1
                    );
                    rejected += 1;
                }
            },
            Ok(None) => {}
            Err(e) => {
                eprintln!("frontera: {e}");
                rejected += 1;
            }
        }
    }
    let refs: Vec<_> = docs.iter().map(|(d, x)| (d, x)).collect();
    let mut out = BufWriter::new(io::stdout().lock());
    for m in frontera_corpus::claims::ledger(&refs) {
        let written = serde_json::to_writer(&mut out, &m)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            eprintln!("frontera: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("frontera: cannot write output: {e}");
        return ExitCode::from(2);
    }
    if rejected > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
