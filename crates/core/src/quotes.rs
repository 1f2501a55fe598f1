//! Direct quotations with their speakers.

use crate::model::{Entity, Quote};
use crate::text::Analysis;

/// Find quotations; speakers are resolved to `entities` where possible.
pub fn extract(_analysis: &Analysis, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
