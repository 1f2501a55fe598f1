//! Publication dates as files state them, reduced to the `YYYY[-MM[-DD]]` the core takes.

use frontera_core::input::is_valid_date;

/// `2009-03-25`, `2009-03-25T10:00:00Z`, `2009/03/25`, `2009-03` or `2009`; else `None`.
pub fn publication_date(raw: &str) -> Option<String> {
    let s = raw.trim().replace('/', "-");
    if is_valid_date(&s) {
        return Some(s);
    }
    let day = s.get(..10)?;
    let rest = &s[10..];
    (is_valid_date(day) && (rest.starts_with('T') || rest.starts_with(' ')))
        .then(|| day.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_and_timestamps() {
        assert_eq!(
            publication_date("2009-03-25T10:00:00+00:00").as_deref(),
            Some("2009-03-25")
        );
        assert_eq!(
            publication_date(" 2009/03/25 ").as_deref(),
            Some("2009-03-25")
        );
        assert_eq!(publication_date("2009-03").as_deref(), Some("2009-03"));
        assert_eq!(publication_date("March 25, 2009"), None);
        assert_eq!(publication_date("2009-13-01T00"), None);
        assert_eq!(publication_date("2009-03-25é"), None);
    }
}
