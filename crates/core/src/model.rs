//! The data the extractor reads and writes: the JSON Lines shapes of FORMAT.md, plus
//! extra fields the app uses (the scorer ignores fields it does not know).
//!
//! Every span is a pair of UTF-8 byte offsets into the document text, end exclusive,
//! always on char boundaries, so `&text[start..end]` is the mention's text.

use serde::{Deserialize, Serialize};

/// One input article (a line of the extractor's JSON Lines input).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; inferred when absent.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Everything extracted from one document (a line of the extractor's output).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub id: String,
    pub doc_date: DocDate,
    pub entities: Vec<Entity>,
    pub timex: Vec<Timex>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    /// Sentence spans, in order; every other item can be mapped to its sentence.
    pub sentences: Vec<Span>,
}

/// A half-open byte range `[start, end)` into the document text.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The publication date the extraction is anchored to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when nothing in the text supports a guess.
    pub value: Option<String>,
    /// True when the extractor guessed it from the text rather than being given it.
    pub inferred: bool,
    /// 0.0..=1.0; 1.0 when given.
    #[serde(default)]
    pub confidence: f32,
    /// The spans the guess rests on (a dateline, the latest absolute date, ...).
    #[serde(default)]
    pub evidence: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Place,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Misc => "MISC",
        }
    }
}

/// One real-world referent in a document, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest name the document uses.
    pub canonical: String,
    pub mentions: Vec<Mention>,
    /// Distinct surface forms other than the canonical name.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Roles or titles the text gives ("Secretary of State"), each with the span it came from.
    #[serde(default)]
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Mention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A date or duration expression with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`, `YYYY-SU`..., `PRESENT_REF`,
    /// `PAST_REF`, `FUTURE_REF`, or a duration `P3Y`, `P2D`, `P8W`.
    pub value: String,
    /// True when the value depends on the document date ("last year", "Wednesday").
    #[serde(default)]
    pub relative: bool,
}

impl Timex {
    /// Durations (`P3Y`) are not points on the calendar.
    pub fn is_duration(&self) -> bool {
        let b = self.value.as_bytes();
        b.len() > 1 && b[0] == b'P' && (b[1].is_ascii_digit() || b[1] == b'T' || b[1] == b'X')
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    Deaths,
    Money,
    Percent,
    Count,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Deaths => "deaths",
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Count => "count",
        }
    }
}

/// A figure a reader would chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuantityKind,
    /// Money in whole units of `unit` (1.4 billion dollars -> 1400000000); a range's low end.
    pub value: f64,
    pub value_high: Option<f64>,
    /// `USD`, `percent`, `people`, `troops`, `agents`, ...
    pub unit: String,
    /// What the figure measures: a short phrase from its sentence.
    #[serde(default)]
    pub about: String,
    /// The TIMEX3 value of the date expression governing it, when there is one.
    #[serde(default)]
    pub period: Option<String>,
    /// "more than", "nearly", "about", "at least", ... as written.
    #[serde(default)]
    pub hedge: Option<String>,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Canonical name of the speaker entity, or the attribution as written.
    pub speaker: String,
    /// The quoted words, without the quote marks.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Span of the attribution cue that names the speaker ("Obama said"), when found.
    #[serde(default)]
    pub speaker_span: Option<Span>,
}
