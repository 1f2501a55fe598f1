//! What the import worker does, and the messages between it and the page.
//!
//! The page drives: it sends one request at a time and waits for the answer, so the worker
//! never holds more than one file or one small batch of documents, and cancelling is simply
//! not sending the next request. The work itself (`Job::handle`) is plain Rust, tested
//! natively; only the `gloo_worker::Worker` wrapper is wasm.

use frontera_core::{Document, Extraction};
use frontera_import::{import_into, Seen, MAX_BYTES};
use serde::{Deserialize, Serialize};

/// A request from the page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// A new import begins; the corpus already holds these `(id, text hash)`, so the same
    /// text is reported as a duplicate and ids stay unique.
    Begin { known: Vec<(String, u64)> },
    /// Read one file (its name tells the format) into documents.
    Read { name: String, bytes: Vec<u8> },
    /// Extract these documents.
    Extract { docs: Vec<Document> },
}

/// The worker's answer to a request, in the same order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Response {
    Begun,
    Read {
        documents: Vec<Document>,
        problems: Vec<Note>,
    },
    Extracted {
        items: Vec<(Document, Extraction)>,
    },
}

/// A `frontera_import::Problem`, serialisable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Something was not imported (else: imported, but worth knowing).
    pub rejected: bool,
    pub line: Option<usize>,
    pub message: String,
}

/// The worker's state: what this import has admitted so far.
#[derive(Default)]
pub struct Job {
    seen: Seen,
}

impl Job {
    pub fn handle(&mut self, request: Request) -> Response {
        match request {
            Request::Begin { known } => {
                self.seen = Seen::from_hashes(known);
                Response::Begun
            }
            Request::Read { name, bytes } => {
                let import = import_into(&name, &bytes, &mut self.seen, MAX_BYTES);
                Response::Read {
                    documents: import.documents,
                    problems: import
                        .problems
                        .into_iter()
                        .map(|p| Note {
                            rejected: p.is_rejection(),
                            line: p.line,
                            message: p.message,
                        })
                        .collect(),
                }
            }
            // Stage by stage over the request's documents (`extract_many`): faster than one
            // at a time.
            Request::Extract { docs } => {
                let xs = frontera_core::extract_many(&docs);
                Response::Extracted {
                    items: docs.into_iter().zip(xs).collect(),
                }
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::ExtractWorker;

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{Job, Request, Response};
    use gloo::worker::{HandlerId, Worker, WorkerScope};

    /// The dedicated worker: one `Job`, one answer per request.
    pub struct ExtractWorker(Job);

    impl Worker for ExtractWorker {
        type Message = ();
        type Input = Request;
        type Output = Response;

        fn create(_scope: &WorkerScope<Self>) -> Self {
            ExtractWorker(Job::default())
        }

        fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

        fn received(&mut self, scope: &WorkerScope<Self>, msg: Request, id: HandlerId) {
            scope.respond(id, self.0.handle(msg));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(job: &mut Job, name: &str, bytes: &[u8]) -> (Vec<Document>, Vec<Note>) {
        match job.handle(Request::Read {
            name: name.into(),
            bytes: bytes.to_vec(),
        }) {
            Response::Read {
                documents,
                problems,
            } => (documents, problems),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn known_texts_are_duplicates_and_ids_stay_unique() {
        let mut job = Job::default();
        let known = vec![(
            "note".to_string(),
            frontera_import::text_hash("Rain fell in Oaxaca."),
        )];
        job.handle(Request::Begin { known });
        let (docs, notes) = read(&mut job, "a/note.txt", b"Rain  fell in Oaxaca.\n");
        assert!(docs.is_empty());
        assert!(notes[0].message.contains("not imported twice"), "{notes:?}");
        let (docs, _) = read(&mut job, "note.txt", b"Snow fell in Chihuahua.");
        assert_eq!(docs.len(), 1);
        assert_ne!(docs[0].id, "note");
    }

    #[test]
    fn malformed_lines_are_reported_with_their_numbers() {
        let mut job = Job::default();
        let (docs, notes) = read(
            &mut job,
            "x.jsonl",
            b"{\"id\":\"a\",\"text\":\"One town.\"}\n{broken\n{\"id\":\"b\",\"text\":\"Two towns.\"}\n",
        );
        assert_eq!(docs.len(), 2);
        assert!(notes.iter().any(|n| n.rejected && n.line == Some(2)));
    }

    #[test]
    fn extraction_keeps_the_document() {
        let mut job = Job::default();
        let doc = Document {
            id: "d".into(),
            text: "Soldiers arrived in Tijuana on March 3, 2009.".into(),
            ..Document::default()
        };
        match job.handle(Request::Extract {
            docs: vec![doc.clone()],
        }) {
            Response::Extracted { items } => {
                assert_eq!(items.len(), 1);
                assert_eq!(items[0].0, doc);
                assert_eq!(items[0].1.id, "d");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
