//! Figures a reader would chart: deaths, money, percentages and counts.

use crate::model::{Quantity, Timex};
use crate::text::Analysis;

/// Find the figures of a document; `timex` gives each its period.
pub fn extract(_analysis: &Analysis, _timex: &[Timex]) -> Vec<Quantity> {
    Vec::new()
}
