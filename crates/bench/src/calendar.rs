//! Just enough of the Gregorian calendar to write consistent dates: an article published on
//! a Thursday says "on Tuesday" for a day two days earlier.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub const MONTHS: [&str; 12] = [
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

/// Associated Press style: short months abbreviated before a day, the rest spelt out.
pub const MONTHS_AP: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Self {
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn plus_days(self, n: i64) -> Self {
        Date::from_days(self.to_days() + n)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (index 3).
        (self.to_days() + 3).rem_euclid(7) as usize
    }

    pub fn month_name(self) -> &'static str {
        MONTHS[(self.month as usize + 11) % 12]
    }

    pub fn month_ap(self) -> &'static str {
        MONTHS_AP[(self.month as usize + 11) % 12]
    }

    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::new(2009, 3, 25);
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.weekday_name(), "Wednesday");
        assert_eq!(Date::new(2006, 12, 11).weekday_name(), "Monday");
        assert_eq!(Date::new(2012, 2, 28).plus_days(1), Date::new(2012, 2, 29));
        assert_eq!(Date::new(2011, 2, 28).plus_days(1), Date::new(2011, 3, 1));
        assert_eq!(Date::new(2010, 1, 1).plus_days(-1), Date::new(2009, 12, 31));
        assert_eq!(d.month_ap(), "March");
        assert_eq!(Date::new(2009, 9, 1).month_ap(), "Sept.");
    }
}
