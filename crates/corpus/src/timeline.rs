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

/// The unit of axis ticks at some zoom: coarse when zoomed out, fine when zoomed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TickUnit {
    Decade,
    Year,
    Month,
    Day,
}

impl TickUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            TickUnit::Decade => "decade",
            TickUnit::Year => "year",
            TickUnit::Month => "month",
            TickUnit::Day => "day",
        }
    }
}

/// One labelled tick: its day number and label. `major` ticks start a larger unit (a
/// year among months, a month among days) and are drawn stronger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub day: i64,
    pub label: String,
    pub major: bool,
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_abbr(m: u32) -> &'static str {
    MONTH_ABBR
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// A day number in words for labels and chips: "5 Mar 2009".
pub fn day_label(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{d} {} {y}", month_abbr(m))
}

/// A day range `[start, end)` in words: "2009", "Mar 2009", "Mar – Jun 2009",
/// "5 Mar 2009 – 2 Apr 2009": whole years and months are named as such.
pub fn range_label(start: i64, end: i64) -> String {
    let end = end.max(start + 1);
    let (y0, m0, d0) = civil_from_days(start);
    let (y1, m1, d1) = civil_from_days(end);
    if (m0, d0, m1, d1) == (1, 1, 1, 1) {
        return if y1 == y0 + 1 {
            y0.to_string()
        } else {
            format!("{y0} – {}", y1 - 1)
        };
    }
    if d0 == 1 && d1 == 1 {
        let (ly, lm, _) = civil_from_days(end - 1);
        return if (ly, lm) == (y0, m0) {
            format!("{} {y0}", month_abbr(m0))
        } else if ly == y0 {
            format!("{} – {} {y0}", month_abbr(m0), month_abbr(lm))
        } else {
            format!("{} {y0} – {} {ly}", month_abbr(m0), month_abbr(lm))
        };
    }
    if end - start == 1 {
        return day_label(start);
    }
    format!("{} – {}", day_label(start), day_label(end - 1))
}

/// Ticks for an axis showing days `[d0, d1)`, at most about `max_ticks` of them: decades,
/// years (every 1, 2 or 5), months (every 1, 2, 3, 4 or 6) or days (every 1, 2, 7 or 14),
/// whichever is the finest that fits.
pub fn time_ticks(d0: f64, d1: f64, max_ticks: usize) -> (TickUnit, Vec<Tick>) {
    let max_ticks = max_ticks.max(2) as f64;
    let span = (d1 - d0).max(1.0);
    let (first, last) = (d0.floor() as i64, d1.ceil() as i64);
    let (y_first, _, _) = civil_from_days(first);
    let (y_last, _, _) = civil_from_days(last);
    let fits = |approx_days: f64| span / approx_days <= max_ticks;
    if let Some(step) = [1u32, 2, 7, 14].into_iter().find(|&s| fits(f64::from(s))) {
        // Days: the 1st of each month is major; steps restart on each month so
        // labels stay on round days (1, 15, ...).
        let mut ticks = Vec::new();
        for day in first..=last {
            let (y, m, d) = civil_from_days(day);
            let on_step = d == 1 || (step > 1 && (d - 1) % step == 0 && d + step / 2 <= 29);
            if (step == 1 || on_step) && (day as f64) >= d0 && (day as f64) <= d1 {
                let label = if d == 1 {
                    format!("{} {y}", month_abbr(m))
                } else {
                    d.to_string()
                };
                ticks.push(Tick {
                    day,
                    label,
                    major: d == 1,
                });
            }
        }
        return (TickUnit::Day, ticks);
    }
    if let Some(step) = [1u32, 2, 3, 4, 6]
        .into_iter()
        .find(|&s| fits(30.44 * f64::from(s)))
    {
        let mut ticks = Vec::new();
        for y in y_first..=y_last {
            for m in (1..=12).step_by(step as usize) {
                let day = days_from_civil(y, m, 1);
                if (day as f64) >= d0 && (day as f64) <= d1 {
                    let label = if m == 1 {
                        y.to_string()
                    } else {
                        month_abbr(m).to_owned()
                    };
                    ticks.push(Tick {
                        day,
                        label,
                        major: m == 1,
                    });
                }
            }
        }
        return (TickUnit::Month, ticks);
    }
    let years = |step: i32, unit| {
        let start = y_first.div_euclid(step) * step;
        let ticks = (start..=y_last)
            .step_by(step as usize)
            .map(|y| (y, days_from_civil(y, 1, 1)))
            .filter(|&(_, day)| (day as f64) >= d0 && (day as f64) <= d1)
            .map(|(y, day)| Tick {
                day,
                label: y.to_string(),
                major: y % (step * 10) == 0 || step == 1 && y % 10 == 0,
            })
            .collect();
        (unit, ticks)
    };
    match [1, 2, 5].into_iter().find(|&s| fits(365.25 * f64::from(s))) {
        Some(step) => years(step, TickUnit::Year),
        None => {
            let step = [10, 20, 50, 100, 1000]
                .into_iter()
                .find(|&s| fits(365.25 * f64::from(s)))
                .unwrap_or(1000);
            years(step, TickUnit::Decade)
        }
    }
}

/// The distinct date spans of a corpus's events, sorted, and the span of each event. The
/// timeline counts the events it shows per span and lays out the spans: at 10,000 articles
/// 155,000 events fall on a few thousand spans, so a redraw no longer handles every event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpanIndex {
    pub spans: Vec<DateSpan>,
    /// Per event: its place in `spans`.
    pub of_event: Vec<u32>,
}

impl SpanIndex {
    pub fn new(dates: impl IntoIterator<Item = DateSpan>) -> SpanIndex {
        let dates: Vec<DateSpan> = dates.into_iter().collect();
        let mut spans = dates.clone();
        // Events come sorted by date: then so do their spans.
        if !spans.is_sorted() {
            frontera_core::order::sort(&mut spans);
        }
        spans.dedup();
        let of_event = dates
            .iter()
            .map(|d| spans.binary_search(d).unwrap_or(0) as u32)
            .collect();
        SpanIndex { spans, of_event }
    }

    /// How many of `events` (indices into the events the index was made from) fall on
    /// each span.
    pub fn count(&self, events: &[usize]) -> Vec<usize> {
        let mut counts = vec![0usize; self.spans.len()];
        for &i in events {
            if let Some(n) = self
                .of_event
                .get(i)
                .and_then(|&s| counts.get_mut(s as usize))
            {
                *n += 1;
            }
        }
        counts
    }
}

/// How marks are drawn at the current zoom: each mark in a lane, or grouped into clusters
/// where too many would pile up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// `(input index, lane)` of each mark drawn on its own, sorted; an input counting `n`
    /// marks appears `n` times, in different lanes.
    pub marks: Vec<(usize, usize)>,
    /// Groups drawn as one counted cluster, each with its members' input indices.
    pub clusters: Vec<Cluster>,
    /// Lanes used by the single marks.
    pub lanes: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cluster {
    pub members: Vec<usize>,
    /// The marks it stands for (the members' counts added up).
    pub count: usize,
    /// Pixel extent covered by the members.
    pub start: f64,
    pub end: f64,
}

/// Lay pixel intervals out in at most `max_lanes` lanes. Intervals that touch (within
/// `min_gap`) form a group; a group that fits in `max_lanes` lanes is drawn mark by mark,
/// a denser one is cut into clusters of at most `bin` pixels of start positions each.
/// O(n log n) for the sort plus O(n · max_lanes) for the lanes.
pub fn layout_marks(intervals: &[(f64, f64)], min_gap: f64, max_lanes: usize, bin: f64) -> Layout {
    layout_counted(
        intervals,
        &vec![1; intervals.len()],
        min_gap,
        max_lanes,
        bin,
    )
}

/// [`layout_marks`] of intervals that each stand for `counts[i]` identical marks (a date
/// span and the events on it): as if each were given that many times, at the cost of one.
pub fn layout_counted(
    intervals: &[(f64, f64)],
    counts: &[usize],
    min_gap: f64,
    max_lanes: usize,
    bin: f64,
) -> Layout {
    let count = |i: usize| counts.get(i).copied().unwrap_or(0);
    let mut order: Vec<usize> = (0..intervals.len()).filter(|&i| count(i) > 0).collect();
    frontera_core::order::sort_by(&mut order, |&a, &b| {
        intervals[a]
            .0
            .total_cmp(&intervals[b].0)
            .then(intervals[b].1.total_cmp(&intervals[a].1))
            .then(a.cmp(&b))
    });
    let max_lanes = max_lanes.max(1);
    let bin = bin.max(1.0);
    let mut out = Layout::default();
    let mut group_start = 0;
    let mut reach = f64::NEG_INFINITY;
    for k in 0..=order.len() {
        let next = order.get(k).map(|&i| intervals[i]);
        let closes = match next {
            Some((s, _)) => k > group_start && s > reach + min_gap,
            None => k > group_start,
        };
        if closes {
            let group = Group {
                members: &order[group_start..k],
                intervals,
                counts,
            };
            group.place(min_gap, max_lanes, bin, &mut out);
            group_start = k;
            reach = f64::NEG_INFINITY;
        }
        if let Some((s, e)) = next {
            reach = reach.max(e.max(s));
        }
    }
    frontera_core::order::sort(&mut out.marks);
    // Neighbouring dense groups cluster separately: keep their clusters a bin apart too.
    frontera_core::order::sort_by(&mut out.clusters, |a, b| a.start.total_cmp(&b.start));
    let mut merged: Vec<Cluster> = Vec::with_capacity(out.clusters.len());
    for c in std::mem::take(&mut out.clusters) {
        match merged.last_mut() {
            Some(prev) if c.start < prev.start + bin => {
                prev.members.extend(c.members);
                prev.count += c.count;
                prev.end = prev.end.max(c.end);
            }
            _ => merged.push(c),
        }
    }
    for c in &mut merged {
        frontera_core::order::sort(&mut c.members);
    }
    out.clusters = merged;
    out
}

/// Touching intervals, sorted by start, laid out together.
struct Group<'a> {
    members: &'a [usize],
    intervals: &'a [(f64, f64)],
    counts: &'a [usize],
}

impl Group<'_> {
    fn place(&self, min_gap: f64, max_lanes: usize, bin: f64, out: &mut Layout) {
        let mut lane_ends: Vec<f64> = Vec::new();
        let mut placed = Vec::new();
        for &i in self.members {
            let (start, end) = self.intervals[i];
            for _ in 0..self.counts.get(i).copied().unwrap_or(0) {
                let lane = match lane_ends.iter().position(|&e| e + min_gap <= start) {
                    Some(l) => l,
                    None if lane_ends.len() < max_lanes => {
                        lane_ends.push(f64::NEG_INFINITY);
                        lane_ends.len() - 1
                    }
                    None => return self.cluster(bin, out),
                };
                lane_ends[lane] = end.max(start);
                placed.push((i, lane));
            }
        }
        out.lanes = out.lanes.max(lane_ends.len());
        out.marks.extend(placed);
    }

    /// Too dense: cluster the whole group by start position.
    fn cluster(&self, bin: f64, out: &mut Layout) {
        let mut current: Option<Cluster> = None;
        let mut bin_start = f64::NEG_INFINITY;
        for &j in self.members {
            let (s, e) = self.intervals[j];
            if s >= bin_start + bin {
                out.clusters.extend(current.take());
                bin_start = s;
            }
            let c = current.get_or_insert_with(|| Cluster {
                members: Vec::new(),
                count: 0,
                start: s,
                end: e.max(s),
            });
            c.members.push(j);
            c.count += self.counts.get(j).copied().unwrap_or(0);
            c.end = c.end.max(e);
        }
        out.clusters.extend(current);
        // A "cluster" of one mark is just a mark.
        out.clusters.retain(|c| match (&c.members[..], c.count) {
            ([only], 1) => {
                out.marks.push((*only, 0));
                out.lanes = out.lanes.max(1);
                false
            }
            _ => true,
        });
    }
}

/// True when the span `[start, end)` overlaps the day range `[from, to)`.
pub fn overlaps(span: &DateSpan, from: i64, to: i64) -> bool {
    span.start < to && from < span.end
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
    fn ticks_adapt_to_the_zoom() {
        let d = |y, m, dd| date(y, m, dd) as f64;
        let (unit, t) = time_ticks(d(1990, 1, 1), d(2013, 1, 1), 4);
        assert_eq!(unit, TickUnit::Decade);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1990", "2000", "2010"]);
        let (unit, t) = time_ticks(d(2006, 1, 1), d(2013, 1, 1), 10);
        assert_eq!(unit, TickUnit::Year);
        assert_eq!(t.len(), 8);
        let (unit, t) = time_ticks(d(2009, 1, 1), d(2010, 1, 1), 14);
        assert_eq!(unit, TickUnit::Month);
        assert_eq!(t[0].label, "2009");
        assert!(t[0].major && !t[1].major);
        assert_eq!(t[2].label, "Mar");
        let (unit, t) = time_ticks(d(2009, 3, 1), d(2009, 3, 11), 12);
        assert_eq!(unit, TickUnit::Day);
        assert_eq!(t[0].label, "Mar 2009");
        assert_eq!(t[1].label, "2");
        let (unit, t) = time_ticks(d(2009, 3, 1), d(2009, 5, 1), 12);
        assert_eq!(unit, TickUnit::Day);
        assert!(t.iter().all(|t| t.day >= date(2009, 3, 1)));
        assert!(t.len() <= 12, "{t:?}");
        // Ticks are in order and inside the range, whatever the range.
        for (a, b, n) in [(0.0, 1.0, 1), (-5000.0, 30000.0, 6), (14000.3, 14000.9, 20)] {
            let (_, t) = time_ticks(a, b, n);
            assert!(t.windows(2).all(|w| w[0].day < w[1].day));
            assert!(t.iter().all(|t| t.day as f64 >= a && t.day as f64 <= b));
        }
    }

    #[test]
    fn ranges_read_as_words() {
        assert_eq!(range_label(date(2009, 1, 1), date(2010, 1, 1)), "2009");
        assert_eq!(
            range_label(date(2008, 1, 1), date(2010, 1, 1)),
            "2008 – 2009"
        );
        assert_eq!(range_label(date(2009, 3, 1), date(2009, 4, 1)), "Mar 2009");
        assert_eq!(
            range_label(date(2009, 3, 1), date(2009, 7, 1)),
            "Mar – Jun 2009"
        );
        assert_eq!(
            range_label(date(2009, 11, 1), date(2010, 2, 1)),
            "Nov 2009 – Jan 2010"
        );
        assert_eq!(
            range_label(date(2009, 3, 5), date(2009, 3, 6)),
            "5 Mar 2009"
        );
        assert_eq!(
            range_label(date(2009, 3, 5), date(2009, 4, 3)),
            "5 Mar 2009 – 2 Apr 2009"
        );
    }

    #[test]
    fn sparse_marks_get_lanes_not_clusters() {
        let l = layout_marks(&[(0.0, 10.0), (5.0, 8.0), (30.0, 40.0)], 2.0, 4, 40.0);
        assert_eq!(l.marks, vec![(0, 0), (1, 1), (2, 0)]);
        assert!(l.clusters.is_empty());
        assert_eq!(l.lanes, 2);
        assert_eq!(layout_marks(&[], 2.0, 4, 40.0), Layout::default());
    }

    #[test]
    fn dense_marks_cluster_and_nothing_is_lost() {
        // Thousands of synthetic day marks over 800 px, piled up in a few busy weeks.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        let intervals: Vec<(f64, f64)> = (0..5000)
            .map(|i| {
                let x = if i % 5 == 0 {
                    next() * 800.0
                } else {
                    200.0 + next() * 60.0
                };
                (x - 5.0, x + 5.0)
            })
            .collect();
        let l = layout_marks(&intervals, 3.0, 8, 40.0);
        assert!(!l.clusters.is_empty());
        assert!(l.lanes <= 8);
        let mut seen: Vec<usize> = l.marks.iter().map(|m| m.0).collect();
        seen.extend(l.clusters.iter().flat_map(|c| c.members.iter().copied()));
        seen.sort_unstable();
        assert_eq!(seen, (0..5000).collect::<Vec<_>>());
        // Clusters are few and narrow enough to tell apart.
        assert!(l.clusters.len() < 100, "{} clusters", l.clusters.len());
        for c in &l.clusters {
            let (lo, hi) = c.members.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &m| {
                (lo.min(intervals[m].0), hi.max(intervals[m].0))
            });
            assert!(hi - lo < 40.0);
            assert!(c.start <= lo && c.end >= hi);
        }
        // Cluster starts are at least a bin apart, even across separate dense groups.
        assert!(l
            .clusters
            .windows(2)
            .all(|w| w[1].start >= w[0].start + 40.0));
        let two_groups: Vec<(f64, f64)> = (0..40)
            .map(|i| if i < 20 { (0.0, 10.0) } else { (15.0, 25.0) })
            .collect();
        let l = layout_marks(&two_groups, 3.0, 4, 40.0);
        assert_eq!(l.clusters.len(), 1);
        assert_eq!(l.clusters[0].members.len(), 40);
        // Spread the same marks over 100 times the width (zoomed in): no clusters.
        let wide: Vec<(f64, f64)> = (0..5000)
            .map(|i| (i as f64 * 20.0, i as f64 * 20.0 + 10.0))
            .collect();
        let l = layout_marks(&wide, 3.0, 8, 40.0);
        assert!(l.clusters.is_empty());
        assert_eq!(l.marks.len(), 5000);
    }

    #[test]
    fn counted_marks_lay_out_as_the_marks_repeated() {
        // Spans with several events each, sparse and dense stretches: the same lanes and
        // clusters as laying out every event on its own.
        let items: Vec<(f64, f64)> = (0..300)
            .map(|i| {
                let x = if i % 3 == 0 {
                    i as f64 * 9.0
                } else {
                    400.0 + (i % 40) as f64
                };
                (x - 5.0, x + 5.0 + (i % 4) as f64 * 6.0)
            })
            .collect();
        let counts: Vec<usize> = (0..300).map(|i| [1, 2, 0, 5, 1][i % 5]).collect();
        let mut repeated = Vec::new();
        let mut item_of = Vec::new();
        for (i, &iv) in items.iter().enumerate() {
            for _ in 0..counts[i] {
                repeated.push(iv);
                item_of.push(i);
            }
        }
        for lanes in [1, 3, 12] {
            let counted = layout_counted(&items, &counts, 3.0, lanes, 34.0);
            let each = layout_marks(&repeated, 3.0, lanes, 34.0);
            let mut marks: Vec<(usize, usize)> =
                each.marks.iter().map(|&(k, l)| (item_of[k], l)).collect();
            marks.sort_unstable();
            assert_eq!(counted.marks, marks);
            assert_eq!(counted.lanes, each.lanes);
            assert_eq!(counted.clusters.len(), each.clusters.len());
            for (c, e) in counted.clusters.iter().zip(&each.clusters) {
                let mut members: Vec<usize> = e.members.iter().map(|&k| item_of[k]).collect();
                members.dedup();
                assert_eq!(c.members, members);
                assert_eq!((c.count, c.start, c.end), (e.count, e.start, e.end));
            }
        }
    }

    #[test]
    fn span_index_counts_events_per_span() {
        let d = |v: &str| parse_value(v).unwrap();
        let dates = [d("2009-03-05"), d("2009"), d("2009-03-05"), d("2008-W10")];
        let index = SpanIndex::new(dates);
        assert_eq!(index.spans.len(), 3);
        assert!(index.spans.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(index.of_event[0], index.of_event[2]);
        let counts = index.count(&[0, 1, 2, 9]);
        assert_eq!(counts[index.of_event[0] as usize], 2);
        assert_eq!(counts[index.of_event[1] as usize], 1);
        assert_eq!(counts[index.of_event[3] as usize], 0);
    }

    #[test]
    fn spans_overlap_ranges() {
        let m = parse_value("2009-03").unwrap();
        assert!(overlaps(&m, date(2009, 3, 31), date(2009, 5, 1)));
        assert!(!overlaps(&m, date(2009, 4, 1), date(2009, 5, 1)));
        assert!(!overlaps(&m, date(2009, 1, 1), date(2009, 3, 1)));
    }
}
