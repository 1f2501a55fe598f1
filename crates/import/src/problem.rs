//! What went wrong (or was changed) while importing, in words a user can act on.

use std::fmt;

/// Whether something was left out of the import or only worth knowing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Imported, but differently from how the file says (re-encoded, duplicate skipped, date
    /// ignored, id renamed). Nothing the user wrote was lost.
    Note,
    /// A record or the whole file was not imported.
    Rejected,
}

/// One message about one file, optionally pinned to a line (or array element / CSV row start).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// 1-based line in the file (for `.json` arrays: the element's number).
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn rejected(message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Rejected,
            line: None,
            message: message.into(),
        }
    }
    pub fn note(message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Note,
            line: None,
            message: message.into(),
        }
    }
    pub fn at(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
    pub fn is_rejection(&self) -> bool {
        self.severity == Severity::Rejected
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}
