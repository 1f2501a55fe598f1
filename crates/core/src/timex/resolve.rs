//! Turning found expressions into TIMEX3 values against the publication date.

use chrono::{Datelike, Days, NaiveDate};

use super::lexicon::{Season, Unit};
use super::scan::{Dir, Expr, RefKind};

/// The publication date at whatever precision is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Anchor {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day is ignored).
    pub fn parse(s: &str) -> Option<Anchor> {
        let s = s.trim();
        let mut parts = s.get(..10.min(s.len()))?.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?;
        let year: i32 = year.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match (month, parts.next()) {
            (Some(m), Some(d)) => {
                let d: u32 = d.parse().ok()?;
                NaiveDate::from_ymd_opt(year, m, d)?;
                Some(d)
            }
            _ => None,
        };
        Some(Anchor { year, month, day })
    }

    pub fn from_date(d: NaiveDate) -> Anchor {
        Anchor {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// The value at the anchor's own precision.
    pub fn value(&self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, i64::from(self.year), 4);
        if let Some(m) = self.month {
            out.push('-');
            push_padded(&mut out, i64::from(m), 2);
            if let Some(d) = self.day {
                out.push('-');
                push_padded(&mut out, i64::from(d), 2);
            }
        }
        out
    }
}

/// Append `n` as `format!("{n:0width$}")` would: values are written for every date found,
/// and the formatting machinery cost more than the rest of resolving them.
fn push_padded(out: &mut String, n: i64, width: u32) {
    if n < 0 || n >= 10i64.pow(width) {
        out.push_str(&format!("{n:0w$}", w = width as usize));
        return;
    }
    let mut div = 10i64.pow(width - 1);
    while div > 0 {
        let digit = ((n / div) % 10) as u8;
        out.push(char::from(b'0' + digit));
        div /= 10;
    }
}

/// `format!("{year:04}")`.
fn year4(year: i32) -> String {
    let mut out = String::with_capacity(4);
    push_padded(&mut out, i64::from(year), 4);
    out
}

pub fn ymd(d: NaiveDate) -> String {
    Anchor::from_date(d).value()
}

fn ym(year: i32, month: u32) -> String {
    Anchor {
        year,
        month: Some(month),
        day: None,
    }
    .value()
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `months` months after (or before) year/month.
fn add_months(year: i32, month: u32, months: i32) -> (i32, u32) {
    let idx = year * 12 + month as i32 - 1 + months;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

fn add_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days as u64))
    } else {
        d.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The year of a month mentioned without one: the past or coming such month, or, when
/// nothing tells, the past one unless it is at most two months ahead.
fn year_of_month(anchor: &Anchor, month: u32, day: Option<u32>, dir: Option<Dir>) -> i32 {
    let Some(am) = anchor.month else {
        return anchor.year;
    };
    // Compare (month, day) with the anchor; an unknown anchor day counts as mid-month.
    let key = |m: u32, d: Option<u32>| m * 40 + d.unwrap_or(0);
    let anchor_key = am * 40 + anchor.day.unwrap_or(if day.is_some() { 15 } else { 0 });
    let mention = key(month, day);
    match dir {
        Some(Dir::Past) => anchor.year - i32::from(mention > anchor_key),
        Some(Dir::Future) => anchor.year + i32::from(mention < anchor_key),
        None => {
            if mention <= anchor_key || month <= am + 2 {
                anchor.year
            } else {
                anchor.year - 1
            }
        }
    }
}

/// The TIMEX3 value of `expr` against `anchor`, and whether it depended on it.
pub fn value(expr: &Expr, anchor: Option<&Anchor>, dir: Option<Dir>) -> (String, bool) {
    match *expr {
        Expr::Date { year, month, day } => match NaiveDate::from_ymd_opt(year, month, day) {
            Some(d) => (ymd(d), false),
            None => (ym(year, month), false),
        },
        Expr::YearMonth { year, month } => (ym(year, month), false),
        Expr::Year(y) => (year4(y), false),
        Expr::Decade(d) => (format!("{d:03}"), false),
        Expr::Season {
            season,
            year: Some(y),
            ..
        } => (format!("{y:04}-{}", season.code()), false),
        Expr::Quarter {
            quarter,
            year: Some(y),
            ..
        } => (format!("{y:04}-Q{quarter}"), false),
        Expr::Duration { unit, halves } => (duration(unit, halves), false),
        Expr::Ref(k) => (ref_value(k).to_owned(), true),
        _ => match anchor {
            Some(a) => (relative(expr, a, dir), true),
            None => (unanchored(expr, dir), true),
        },
    }
}

fn ref_value(k: RefKind) -> &'static str {
    match k {
        RefKind::Present => "PRESENT_REF",
        RefKind::Past => "PAST_REF",
        RefKind::Future => "FUTURE_REF",
    }
}

/// A duration value: halves of a unit become the next smaller unit ("P18M").
fn duration(unit: Unit, halves: Option<u32>) -> String {
    let clock = matches!(unit, Unit::Hour | Unit::Minute);
    let Some(h) = halves else {
        let t = if clock { "T" } else { "" };
        return format!("P{t}X{}", unit.code());
    };
    // Clock units take the time designator ("PT2H"); half an hour is thirty minutes.
    match (unit, h % 2) {
        (Unit::Hour, 0) => return format!("PT{}H", h / 2),
        (Unit::Hour, _) => return format!("PT{}M", h * 30),
        (Unit::Minute, 0) => return format!("PT{}M", h / 2),
        (Unit::Minute, _) => return format!("PT{}S", h * 30),
        _ => {}
    }
    // Decades and centuries counted in years, as annotators write them ("P20Y").
    match unit {
        Unit::Decade => return format!("P{}Y", h * 5),
        Unit::Century => return format!("P{}Y", h * 50),
        _ => {}
    }
    if h % 2 == 0 {
        return format!("P{}{}", h / 2, unit.code());
    }
    match unit {
        Unit::Year => format!("P{}M", h * 6),
        Unit::Month => format!("P{}D", h * 15),
        Unit::Week => format!("PT{}H", h * 84),
        Unit::Day | Unit::Hour | Unit::Minute => format!("PT{}H", h * 12),
        Unit::Decade => format!("P{}Y", h * 5),
        Unit::Century => format!("P{}Y", h * 50),
    }
}

/// Without a publication date: the direction alone, or the month with an unknown year.
fn unanchored(expr: &Expr, dir: Option<Dir>) -> String {
    let by_shift = |s: i32| {
        ref_value(match s.signum() {
            -1 => RefKind::Past,
            0 => RefKind::Present,
            _ => RefKind::Future,
        })
        .to_owned()
    };
    match *expr {
        Expr::Month {
            month,
            day: Some(d),
        } => format!("XXXX-{month:02}-{d:02}"),
        Expr::Month { month, day: None }
        | Expr::MonthShift { month, .. }
        | Expr::MonthOfYear {
            month, day: None, ..
        } => format!("XXXX-{month:02}"),
        Expr::MonthOfYear {
            month,
            day: Some(d),
            ..
        } => format!("XXXX-{month:02}-{d:02}"),
        Expr::Weekday { day, .. } => format!("XXXX-WXX-{}", day + 1),
        Expr::Weekend { .. } => "XXXX-WXX-WE".to_owned(),
        Expr::Relative { shift, .. } => by_shift(shift),
        Expr::Ago { .. } => by_shift(-1),
        Expr::Season { season, .. } => format!("XXXX-{}", season.code()),
        Expr::Quarter { quarter, .. } => format!("XXXX-Q{quarter}"),
        _ => match dir {
            Some(Dir::Past) => by_shift(-1),
            Some(Dir::Future) => by_shift(1),
            None => by_shift(0),
        },
    }
}

fn relative(expr: &Expr, a: &Anchor, dir: Option<Dir>) -> String {
    let date = a.date();
    match *expr {
        Expr::Month { month, day } => {
            let y = year_of_month(a, month, day, dir);
            match day.and_then(|d| NaiveDate::from_ymd_opt(y, month, d)) {
                Some(d) => ymd(d),
                None => ym(y, month),
            }
        }
        Expr::MonthOfYear { month, day, shift } => {
            let y = a.year + shift;
            match day.and_then(|d| NaiveDate::from_ymd_opt(y, month, d)) {
                Some(d) => ymd(d),
                None => ym(y, month),
            }
        }
        Expr::MonthShift { month, shift } => {
            let y = match a.month {
                Some(am) if shift < 0 => a.year - i32::from(month >= am),
                Some(am) => a.year + i32::from(month <= am),
                None => a.year,
            };
            ym(y, month)
        }
        Expr::Weekend { shift } => match week_base(a) {
            Some(d) => {
                let saturday_or_sunday = d.weekday().num_days_from_monday() >= 5;
                // "this weekend" told in the past on a weekday is the one just gone.
                let weeks = match (shift, dir) {
                    (Some(s), _) if s != 0 => s,
                    (_, Some(Dir::Past)) if !saturday_or_sunday => -1,
                    _ => 0,
                };
                let day = add_days(d, 7 * weeks as i64).unwrap_or(d);
                format!("{}-WE", iso_week(day))
            }
            None => a.value(),
        },
        Expr::Weekday { day, shift } => match date {
            Some(d) => ymd(weekday_near(d, day, shift, dir)),
            None => a.value(),
        },
        Expr::Season { season, shift, .. } => {
            let y = match (shift, a.month) {
                (Some(s), _) => a.year + s,
                (None, Some(m)) => season_year(season, m, a.year, dir),
                (None, None) => a.year,
            };
            format!("{y:04}-{}", season.code())
        }
        Expr::Quarter {
            quarter,
            shift: Some(s),
            ..
        } => format!("{:04}-Q{quarter}", a.year + s),
        Expr::Quarter { quarter, .. } => {
            let y = match (a.month, dir) {
                (Some(m), Some(Dir::Past)) if (quarter - 1) * 3 + 1 > m => a.year - 1,
                (Some(m), Some(Dir::Future)) if quarter * 3 < m => a.year + 1,
                _ => a.year,
            };
            format!("{y:04}-Q{quarter}")
        }
        Expr::Relative { unit, shift } => shifted(a, unit, shift),
        Expr::Ago { unit, halves } => ago(a, unit, halves),
        _ => a.value(),
    }
}

fn season_year(season: Season, month: u32, year: i32, dir: Option<Dir>) -> i32 {
    let first = season.first_month();
    match dir {
        Some(Dir::Past) if first > month => year - 1,
        Some(Dir::Future) if first + 2 < month => year + 1,
        _ => year,
    }
}

/// The `day` of the week nearest `d` in the direction given; the same day counts.
fn weekday_near(d: NaiveDate, day: u32, shift: i32, dir: Option<Dir>) -> NaiveDate {
    let today = d.weekday().num_days_from_monday() as i64;
    let back = (today - day as i64).rem_euclid(7);
    let ahead = (day as i64 - today).rem_euclid(7);
    let offset = match (shift, dir) {
        // "last Monday": strictly before today; "next Monday": strictly after.
        (s, _) if s < 0 => -(if back == 0 { 7 } else { back }),
        (s, _) if s > 0 => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        (_, Some(Dir::Future)) => ahead,
        _ => -back,
    };
    add_days(d, offset).unwrap_or(d)
}

fn shifted(a: &Anchor, unit: Unit, shift: i32) -> String {
    match unit {
        Unit::Year | Unit::Decade | Unit::Century => year4(a.year + shift),
        Unit::Month => match a.month {
            Some(m) => {
                let (y, m) = add_months(a.year, m, shift);
                ym(y, m)
            }
            None => year4(a.year),
        },
        Unit::Week => match week_base(a) {
            Some(d) => iso_week(add_days(d, 7 * shift as i64).unwrap_or(d)),
            None => a.value(),
        },
        Unit::Day => match a.date() {
            Some(d) => ymd(add_days(d, shift as i64).unwrap_or(d)),
            None => a.value(),
        },
        // "the last hour": within the day of the anchor.
        Unit::Hour | Unit::Minute => a.value(),
    }
}

/// A day to count weeks from: the anchor, or mid-month when only the month is known.
fn week_base(a: &Anchor) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(a.year, a.month?, a.day.unwrap_or(15))
}

fn ago(a: &Anchor, unit: Unit, halves: u32) -> String {
    offset(a, unit, halves as i32, -1)
}

/// `halves` half units after (`sign` 1) or before (`sign` -1) the anchor, at the unit's
/// granularity: "two years ago" is a year, "a year and a half ago" a month.
pub fn offset(a: &Anchor, unit: Unit, halves: i32, sign: i32) -> String {
    let h = halves * sign;
    match unit {
        Unit::Year if h % 2 == 0 => year4(a.year + h / 2),
        Unit::Decade => year4(a.year + 5 * h),
        Unit::Century => year4(a.year + 50 * h),
        Unit::Year | Unit::Month => {
            let months = if unit == Unit::Year { 6 * h } else { h / 2 };
            match a.month {
                Some(m) => {
                    let (y, m) = add_months(a.year, m, months);
                    ym(y, m)
                }
                None => year4(a.year + (f64::from(months) / 12.0).round() as i32),
            }
        }
        Unit::Week => match week_base(a) {
            Some(d) => iso_week(add_days(d, 7 * (h / 2) as i64).unwrap_or(d)),
            None => a.value(),
        },
        Unit::Day => match a.date() {
            Some(d) => ymd(add_days(d, (h / 2) as i64).unwrap_or(d)),
            None => a.value(),
        },
        // "two hours later", "hours ago": the anchor's own day, as precise as it is.
        Unit::Hour | Unit::Minute => a.value(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_numbers_match_the_formatter() {
        for n in [
            -12345, -100, -1, 0, 7, 42, 99, 100, 999, 2009, 9999, 10000, 123456,
        ] {
            for width in [2, 3, 4] {
                let mut out = String::new();
                push_padded(&mut out, n, width);
                assert_eq!(out, format!("{n:0w$}", w = width as usize));
            }
        }
        assert_eq!(
            ymd(NaiveDate::from_ymd_opt(2009, 3, 5).unwrap()),
            "2009-03-05"
        );
        assert_eq!(ym(812, 11), "0812-11");
        assert_eq!(year4(-3), "-003");
    }

    fn anchor(s: &str) -> Anchor {
        Anchor::parse(s).expect("valid anchor")
    }

    fn v(expr: Expr, a: &str, dir: Option<Dir>) -> String {
        value(&expr, Some(&anchor(a)), dir).0
    }

    #[test]
    fn parses_anchors_at_any_precision() {
        assert_eq!(anchor("2009").month, None);
        assert_eq!(anchor("2009-03").month, Some(3));
        assert_eq!(anchor("2009-03-25T10:00").day, Some(25));
        assert_eq!(Anchor::parse("2009-02-30"), None);
        assert_eq!(Anchor::parse("soon"), None);
    }

    #[test]
    fn weekdays_follow_tense_and_allow_the_same_day() {
        // 2010-06-09 is a Wednesday.
        let wed = "2010-06-09";
        let day = |d| Expr::Weekday { day: d, shift: 0 };
        assert_eq!(v(day(2), wed, Some(Dir::Past)), "2010-06-09");
        assert_eq!(v(day(0), wed, Some(Dir::Past)), "2010-06-07");
        assert_eq!(v(day(0), wed, Some(Dir::Future)), "2010-06-14");
        assert_eq!(v(day(4), wed, None), "2010-06-04");
        assert_eq!(
            v(Expr::Weekday { day: 2, shift: -1 }, wed, None),
            "2010-06-02"
        );
        assert_eq!(
            v(Expr::Weekday { day: 2, shift: 1 }, wed, None),
            "2010-06-16"
        );
    }

    #[test]
    fn relative_units() {
        let rel = |unit, shift| Expr::Relative { unit, shift };
        assert_eq!(v(rel(Unit::Year, -1), "2011-01-25", None), "2010");
        assert_eq!(v(rel(Unit::Month, -1), "2011-01-25", None), "2010-12");
        assert_eq!(v(rel(Unit::Week, -1), "2010-06-09", None), "2010-W22");
        assert_eq!(v(rel(Unit::Week, 0), "2010-06-09", None), "2010-W23");
        assert_eq!(v(rel(Unit::Day, -1), "2010-03-01", None), "2010-02-28");
        assert_eq!(v(rel(Unit::Year, 1), "2010", None), "2011");
    }

    #[test]
    fn ago_counts_back() {
        let ago = |unit, halves| Expr::Ago { unit, halves };
        assert_eq!(v(ago(Unit::Year, 3), "2010-05", None), "2008-11");
        assert_eq!(v(ago(Unit::Year, 4), "2010-05-02", None), "2008");
        assert_eq!(v(ago(Unit::Day, 6), "2010-05-02", None), "2010-04-29");
        assert_eq!(v(ago(Unit::Month, 4), "2010-01", None), "2009-11");
    }

    #[test]
    fn months_without_a_year() {
        let m = |month| Expr::Month { month, day: None };
        assert_eq!(v(m(11), "2010-03-02", Some(Dir::Past)), "2009-11");
        assert_eq!(v(m(4), "2010-03-25", Some(Dir::Future)), "2010-04");
        assert_eq!(v(m(2), "2010-03-25", Some(Dir::Future)), "2011-02");
        assert_eq!(v(m(6), "2010-07", Some(Dir::Past)), "2010-06");
        assert_eq!(v(m(10), "2010-03", None), "2009-10");
        assert_eq!(v(m(4), "2010-03", None), "2010-04");
        let md = Expr::Month {
            month: 2,
            day: Some(5),
        };
        assert_eq!(v(md, "2010-03-02", Some(Dir::Past)), "2010-02-05");
    }

    #[test]
    fn seasons_quarters_and_durations() {
        let su = Expr::Season {
            season: Season::Summer,
            year: None,
            shift: None,
        };
        assert_eq!(v(su, "2010-03", Some(Dir::Past)), "2009-SU");
        assert_eq!(v(su, "2010-03", Some(Dir::Future)), "2010-SU");
        let last_winter = Expr::Season {
            season: Season::Winter,
            year: None,
            shift: Some(-1),
        };
        assert_eq!(v(last_winter, "2010-03", None), "2009-WI");
        let q = Expr::Quarter {
            quarter: 4,
            year: None,
            shift: None,
        };
        assert_eq!(v(q, "2010-03", Some(Dir::Past)), "2009-Q4");
        assert_eq!(duration(Unit::Year, Some(6)), "P3Y");
        assert_eq!(duration(Unit::Year, Some(3)), "P18M");
        assert_eq!(duration(Unit::Year, None), "PXY");
        assert_eq!(duration(Unit::Decade, None), "PXDE");
    }

    #[test]
    fn without_an_anchor_directions_remain() {
        let e = Expr::Relative {
            unit: Unit::Year,
            shift: -1,
        };
        assert_eq!(value(&e, None, None).0, "PAST_REF");
        let m = Expr::Month {
            month: 5,
            day: None,
        };
        assert_eq!(value(&m, None, None).0, "XXXX-05");
    }
}
