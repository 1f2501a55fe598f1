//! Publication dates as files state them, reduced to the `YYYY[-MM[-DD]]` the core takes.

use frontera_core::input::is_valid_date;

/// ISO dates and timestamps (`2009-03-25`, `2009-03-25T10:00:00Z`, `2009/03/25`, `2009-03`,
/// `2009`), written-out dates (`March 25, 2009`, `Tue, 25 Mar 2009 10:00 GMT`, `May 2011`)
/// and numeric day/month orders that only one reading allows (`25/03/2009`, `3/25/2009`);
/// `None` for anything else, such as the ambiguous `3/4/2009`.
pub fn publication_date(raw: &str) -> Option<String> {
    let s = raw.trim().replace('/', "-");
    if is_valid_date(&s) {
        return Some(s);
    }
    if let Some(day) = s.get(..10) {
        let rest = &s[10..];
        if is_valid_date(day) && (rest.starts_with('T') || rest.starts_with(' ')) {
            return Some(day.to_string());
        }
    }
    // A numeric date may carry a time of day: `05/29/2007 09:49:00`.
    let first_word = raw.split_whitespace().next().unwrap_or("");
    numeric_day_month_year(first_word).or_else(|| written(raw))
}

/// `25/03/2009`, `3/25/2009`, `25.03.2009`: day and month told apart by a value over 12.
fn numeric_day_month_year(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let num = |p: &str| {
        (!p.is_empty() && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (num(a)?, num(b)?);
    if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    let date = format!("{y}-{month:02}-{day:02}");
    is_valid_date(&date).then_some(date)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Words a written date may carry besides its parts (time of day, zones, fillers).
const FILLERS: [&str; 14] = [
    "am", "pm", "of", "the", "at", "utc", "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "z",
];

/// `March 25, 2009`, `25 March 2009`, `Tue, 25 Mar 2009 10:00:00 GMT`, `Sept. 3rd 2010`,
/// `May 2011`. Every word must be a month, a weekday or a filler; the day must come before
/// the year (later numbers are times of day).
fn written(raw: &str) -> Option<String> {
    let (mut month, mut day, mut year) = (None, None, None);
    for token in raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let lower = token.to_ascii_lowercase();
        let digits = lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
            if year.is_some() {
                continue;
            }
            match digits.len() {
                4 => year = Some(digits.to_string()),
                1 | 2 if day.is_none() => day = digits.parse::<u32>().ok(),
                _ => return None,
            }
        } else if let Some(m) = month_number(&lower) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if !WEEKDAYS
            .iter()
            .any(|w| w.starts_with(&lower) && lower.len() >= 3)
            && !FILLERS.contains(&lower.as_str())
        {
            return None;
        }
    }
    let (year, month) = (year?, month?);
    let date = match day {
        Some(d) => format!("{year}-{month:02}-{d:02}"),
        None => format!("{year}-{month:02}"),
    };
    is_valid_date(&date).then_some(date)
}

/// `March`, `Mar`, `Sept` -> 3, 3, 9.
fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| m.starts_with(word) || (word == "sept" && *m == "september"))?;
    Some(i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        publication_date(s)
    }

    #[test]
    fn iso_forms_and_timestamps() {
        assert_eq!(
            d("2009-03-25T10:00:00+00:00").as_deref(),
            Some("2009-03-25")
        );
        assert_eq!(d(" 2009/03/25 ").as_deref(), Some("2009-03-25"));
        assert_eq!(d("2009-03").as_deref(), Some("2009-03"));
        assert_eq!(d("2009-13-01T00"), None);
        assert_eq!(d("2009-03-25é"), None);
    }

    #[test]
    fn written_dates() {
        assert_eq!(d("March 25, 2009").as_deref(), Some("2009-03-25"));
        assert_eq!(
            d("Tue, 25 Mar 2009 10:00:00 GMT").as_deref(),
            Some("2009-03-25")
        );
        assert_eq!(
            d("Tuesday, January 25, 2011").as_deref(),
            Some("2011-01-25")
        );
        assert_eq!(d("Sept. 3rd 2010").as_deref(), Some("2010-09-03"));
        assert_eq!(d("May 2011").as_deref(), Some("2011-05"));
        assert_eq!(
            d("March 25, 2009 at 10:30 PM EST").as_deref(),
            Some("2009-03-25")
        );
        for bad in [
            "last Tuesday",
            "March",
            "25 March",
            "Mayday 2011",
            "2009 March 2009 May",
            "soon, 2009",
        ] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }

    #[test]
    fn numeric_orders_only_when_unambiguous() {
        assert_eq!(d("25/03/2009").as_deref(), Some("2009-03-25"));
        assert_eq!(d("3/25/2009").as_deref(), Some("2009-03-25"));
        assert_eq!(d("25.03.2009").as_deref(), Some("2009-03-25"));
        assert_eq!(d("05/29/2007 09:49:00").as_deref(), Some("2007-05-29"));
        assert_eq!(d("3/4/2009"), None);
        assert_eq!(d("33/44/2009"), None);
    }
}
