//! Timeline events: sentences placed on the calendar by the dates they contain.
//!
//! A timex with a calendar value becomes a span of days: `YYYY-MM-DD` a day, `YYYY-MM` a
//! month, `YYYY` a year, and the sub-year periods `YYYY-Www` (ISO week), `YYYY-Qn` and
//! seasons (`YYYY-SP|SU|FA|WI`) their own spans. Durations and `PRESENT_REF`-style values
//! have no place on the calendar.

/// How precisely a date is known; drawn differently on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    /// A month, or a week / quarter / season: part of a year.
    Month,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A calendar span `[start, end)` in days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateSpan {
    pub start: i64,
    pub end: i64,
    pub precision: Precision,
}

impl DateSpan {
    /// The calendar year the span starts in.
    pub fn year(&self) -> i32 {
        civil_from_days(self.start).0
    }
}

/// Parse a TIMEX3 value into a calendar span; `None` for durations, references and
/// anything malformed.
pub fn parse_value(value: &str) -> Option<DateSpan> {
    let mut parts = value.split('-');
    let year: i32 = parse_digits(parts.next()?, 4)?;
    let second = parts.next();
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let span = |start: i64, end: i64, precision| {
        Some(DateSpan {
            start,
            end,
            precision,
        })
    };
    match (second, third) {
        (None, None) => span(
            days_from_civil(year, 1, 1),
            days_from_civil(year + 1, 1, 1),
            Precision::Year,
        ),
        (Some(p), None) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()) => {
            // Meteorological seasons of the northern hemisphere.
            let (m1, y2, m2) = match p {
                "SP" => (3, year, 6),
                "SU" => (6, year, 9),
                "FA" => (9, year, 12),
                "WI" => (12, year + 1, 3),
                _ => return None,
            };
            span(
                days_from_civil(year, m1, 1),
                days_from_civil(y2, m2, 1),
                Precision::Month,
            )
        }
        (Some(p), None) if p.starts_with('W') => {
            let week: u32 = parse_digits(&p[1..], 2)?;
            let monday = iso_week_monday(year, week)?;
            span(monday, monday + 7, Precision::Month)
        }
        (Some(p), None) if p.starts_with('Q') => {
            let q: u32 = parse_digits(&p[1..], 1)?;
            if !(1..=4).contains(&q) {
                return None;
            }
            let m = 3 * (q - 1) + 1;
            span(
                days_from_civil(year, m, 1),
                month_end(year, m + 2),
                Precision::Month,
            )
        }
        (Some(m), None) => {
            let month: u32 = parse_digits(m, 2)?;
            if !(1..=12).contains(&month) {
                return None;
            }
            span(
                days_from_civil(year, month, 1),
                month_end(year, month),
                Precision::Month,
            )
        }
        (Some(m), Some(d)) => {
            let month: u32 = parse_digits(m, 2)?;
            let day: u32 = parse_digits(d, 2)?;
            if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
                return None;
            }
            let start = days_from_civil(year, month, day);
            span(start, start + 1, Precision::Day)
        }
        (None, Some(_)) => None,
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// First day after the end of `month` (which may be 13 = January next year... up to 14).
fn month_end(year: i32, month: u32) -> i64 {
    if month >= 12 {
        days_from_civil(year + 1, month - 11, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day number: (year, month, day).
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday).
fn iso_week_monday(year: i32, week: u32) -> Option<i64> {
    if !(1..=53).contains(&week) {
        return None;
    }
    let jan4 = days_from_civil(year, 1, 4);
    // 1970-01-01 was a Thursday: weekday index with Monday = 0.
    let weekday = (jan4 + 3).rem_euclid(7);
    Some(jan4 - weekday + 7 * (i64::from(week) - 1))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A TIMEX3 calendar value in words: "25 March 2009", "March 2009", "week 12 of 2009",
/// "2009"; other values as they are.
pub fn describe_value(value: &str) -> String {
    let Some(span) = parse_value(value) else {
        return value.to_owned();
    };
    let (y, m, d) = civil_from_days(span.start);
    let month = MONTHS.get(m as usize - 1).copied().unwrap_or("");
    let mut parts = value.split('-').skip(1);
    match (parts.next(), parts.next()) {
        (None, _) => y.to_string(),
        (Some(_), Some(_)) => format!("{d} {month} {y}"),
        (Some(p), None) if p.starts_with('W') => {
            format!("week {} of {}", p[1..].trim_start_matches('0'), &value[..4])
        }
        (Some(p), None) if p.starts_with('Q') => {
            format!("{} quarter of {}", ordinal(&p[1..]), &value[..4])
        }
        (Some(p), None) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()) => {
            let season = match p {
                "SP" => "spring",
                "SU" => "summer",
                "FA" => "autumn",
                _ => "winter",
            };
            format!("{season} {}", &value[..4])
        }
        (Some(_), None) => format!("{month} {y}"),
    }
}

fn ordinal(n: &str) -> &'static str {
    match n {
        "1" => "first",
        "2" => "second",
        "3" => "third",
        _ => "fourth",
    }
}

/// Lay intervals out in lanes so that none overlap within a lane (first fit, in order of
/// start). `min_gap` is the free space required between neighbours. Returns each
/// interval's lane, in input order.
pub fn assign_lanes(intervals: &[(f64, f64)], min_gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by(|&a, &b| {
        intervals[a]
            .0
            .total_cmp(&intervals[b].0)
            .then(intervals[b].1.total_cmp(&intervals[a].1))
            .then(a.cmp(&b))
    });
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut lanes = vec![0; intervals.len()];
    for i in order {
        let (start, end) = intervals[i];
        let lane = match lane_ends.iter().position(|&e| e + min_gap <= start) {
            Some(l) => l,
            None => {
                lane_ends.push(f64::NEG_INFINITY);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = end.max(start);
        lanes[i] = lane;
    }
    lanes
}

/// Years to label on an axis from `first` to `last` inclusive: every year, or every 2nd,
/// 5th, 10th... so that at most `max_ticks` labels appear.
pub fn year_ticks(first: i32, last: i32, max_ticks: usize) -> Vec<i32> {
    if last < first {
        return Vec::new();
    }
    let span = (last - first) as usize + 1;
    let step = [1usize, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|s| span.div_ceil(*s) <= max_ticks.max(1))
        .unwrap_or(span);
    (first..=last).step_by(step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d)
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(date(1970, 1, 1), 0);
        assert_eq!(date(2000, 3, 1) - date(2000, 2, 28), 2);
        for z in [-800_000, -1, 0, 14_000, 15_000, 20_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(date(y, m, d), z);
        }
    }

    #[test]
    fn values_become_spans_of_their_precision() {
        let d = parse_value("2009-03-25").unwrap();
        assert_eq!(
            (d.start, d.end - d.start, d.precision),
            (date(2009, 3, 25), 1, Precision::Day)
        );
        let m = parse_value("2009-02").unwrap();
        assert_eq!((m.end - m.start, m.precision), (28, Precision::Month));
        let y = parse_value("2008").unwrap();
        assert_eq!(
            (y.end - y.start, y.precision, y.year()),
            (366, Precision::Year, 2008)
        );
        let q = parse_value("2010-Q4").unwrap();
        assert_eq!((q.start, q.end), (date(2010, 10, 1), date(2011, 1, 1)));
        let w = parse_value("WI").map(|s| s.precision);
        assert_eq!(w, None);
        let winter = parse_value("2009-WI").unwrap();
        assert_eq!(
            (winter.start, winter.end),
            (date(2009, 12, 1), date(2010, 3, 1))
        );
    }

    #[test]
    fn iso_weeks_start_on_monday() {
        // 2009-W12 is 16-22 March 2009; 2009-W01 starts on 29 December 2008.
        let w = parse_value("2009-W12").unwrap();
        assert_eq!((w.start, w.end), (date(2009, 3, 16), date(2009, 3, 23)));
        assert_eq!(parse_value("2009-W01").unwrap().start, date(2008, 12, 29));
        assert_eq!(parse_value("2009-W01").unwrap().year(), 2008);
    }

    #[test]
    fn non_calendar_values_are_rejected() {
        for v in [
            "",
            "P3Y",
            "PXY",
            "PRESENT_REF",
            "PAST_REF",
            "200",
            "20091",
            "2009-13",
            "2009-02-30",
            "2009-00-10",
            "2009-W54",
            "2009-Q5",
            "2009-XX",
            "XXXX-03",
            "2009-03-25-01",
            "２００９",
            "2009--01",
            "2009-W",
            "2009-é",
        ] {
            assert_eq!(parse_value(v), None, "{v}");
        }
        assert!(parse_value("2008-02-29").is_some());
    }

    #[test]
    fn values_read_as_words() {
        assert_eq!(describe_value("2009-03-05"), "5 March 2009");
        assert_eq!(describe_value("2009-03"), "March 2009");
        assert_eq!(describe_value("2009"), "2009");
        assert_eq!(describe_value("2009-W01"), "week 1 of 2009");
        assert_eq!(describe_value("2010-Q4"), "fourth quarter of 2010");
        assert_eq!(describe_value("2009-SU"), "summer 2009");
        assert_eq!(describe_value("PRESENT_REF"), "PRESENT_REF");
    }

    #[test]
    fn lanes_keep_overlapping_items_apart() {
        let lanes = assign_lanes(&[(0.0, 10.0), (5.0, 8.0), (12.0, 20.0), (9.0, 9.0)], 1.0);
        assert_eq!(lanes, vec![0, 1, 0, 1]);
        assert!(assign_lanes(&[], 1.0).is_empty());
    }

    #[test]
    fn ticks_thin_out_on_long_axes() {
        assert_eq!(year_ticks(2006, 2009, 10), vec![2006, 2007, 2008, 2009]);
        assert_eq!(
            year_ticks(1990, 2012, 6),
            vec![1990, 1995, 2000, 2005, 2010]
        );
        assert!(year_ticks(2010, 2009, 5).is_empty());
    }
}
