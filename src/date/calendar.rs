//! The Iranian calendar's arithmetic: leap years, months, weekdays, the
//! day count shared with the Gregorian calendar, and Persian formatting.
//! The module docs of `date` say where the arithmetic holds.

use std::cmp::Ordering;
use std::fmt;

use thiserror::Error;

use crate::digits;
use crate::number::{to_ordinal_words, to_words};

/// Years in which the 33-year rule puts a leap day that the astronomical
/// calendar puts in the following year (1178–3000; from Calendrical
/// Calculations' Persian calendar, as checked by ICU4X against the
/// astronomical computation at 52.5° E).
///
/// ```
/// assert_eq!(parsi::date::CORRECTIONS[0], 1502);
/// assert!(!parsi::is_leap_year(1502) && parsi::is_leap_year(1503));
/// ```
pub const CORRECTIONS: [i32; 78] = [
    1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059,
    2063, 2096, 2129, 2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356,
    2360, 2389, 2393, 2422, 2426, 2455, 2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620,
    2624, 2653, 2657, 2686, 2690, 2719, 2723, 2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847,
    2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979, 2983, 2987,
];

/// The years a date may have: ±1,000,000.
const MAX_YEAR: i32 = 1_000_000;

/// Days from 1970-01-01 (Gregorian) to 1 Farvardin 1403 (2024-03-20), the
/// anchor of the day count.
const NOWRUZ_1403: i64 = 19_802;

/// The Persian month names, Farvardin first.
///
/// ```
/// assert_eq!(parsi::date::MONTH_NAMES[8], "آذر");
/// ```
pub const MONTH_NAMES: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// A date that cannot be, or a conversion out of range.
///
/// ```
/// use parsi::{DateError, JalaliDate};
///
/// let e = JalaliDate::new(1403, 12, 31).unwrap_err();
/// assert_eq!(e, DateError::Day { year: 1403, month: 12, day: 31 });
/// assert_eq!(e.to_string(), "day 31 is not in month 12 of 1403 (it has 30 days)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum DateError {
    /// The month is not 1 to 12.
    #[error("month {0} is not 1 to 12")]
    Month(u8),
    /// The day is not in its month (Esfand 30 only in a leap year).
    #[error("day {day} is not in month {month} of {year} (it has {} days)", days_in_month(*year, *month).unwrap_or(0))]
    Day {
        /// The year.
        year: i32,
        /// The month.
        month: u8,
        /// The day asked for.
        day: u8,
    },
    /// The year is beyond ±1,000,000.
    #[error("year {0} is out of range (±1,000,000)")]
    Year(i32),
    /// A Gregorian date that does not exist.
    #[error("{0}-{1:02}-{2:02} is not a Gregorian date")]
    Gregorian(i32, u8, u8),
}

/// The calendar a date found in text is written in.
///
/// ```
/// use parsi::{find_dates, Calendar};
///
/// let cals: Vec<Calendar> = find_dates("۱۲ آذر ۱۴۰۳، ۲۵ دسامبر ۲۰۲۴ و ۱۲ ربیع‌الاول ۱۴۴۶")
///     .map(|m| m.calendar())
///     .collect();
/// assert_eq!(cals, [Calendar::Jalali, Calendar::Gregorian, Calendar::Hijri]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Calendar {
    /// The Iranian solar calendar (Solar Hijri): فروردین … اسفند.
    Jalali,
    /// The Gregorian calendar written in Persian: ژانویه … دسامبر.
    Gregorian,
    /// The lunar Hijri calendar: محرم … ذی‌الحجه.
    Hijri,
}

impl Calendar {
    /// The most days month `month` (1 to 12) may have in any year of this
    /// calendar; 0 for a month not 1 to 12. A lunar month has 29 or 30 days,
    /// fixed in Iran by sighting the moon, so 30 for each.
    ///
    /// ```
    /// use parsi::Calendar;
    /// assert_eq!(Calendar::Jalali.max_days(1), 31);
    /// assert_eq!(Calendar::Jalali.max_days(12), 30);
    /// assert_eq!(Calendar::Gregorian.max_days(2), 29);
    /// assert_eq!(Calendar::Hijri.max_days(9), 30);
    /// assert_eq!(Calendar::Hijri.max_days(13), 0);
    /// ```
    pub const fn max_days(self, month: u8) -> u8 {
        match (self, month) {
            (_, 0) | (_, 13..) => 0,
            (Calendar::Jalali, 1..=6) => 31,
            (Calendar::Jalali, _) | (Calendar::Hijri, _) => 30,
            (Calendar::Gregorian, 2) => 29,
            (Calendar::Gregorian, 4 | 6 | 9 | 11) => 30,
            (Calendar::Gregorian, _) => 31,
        }
    }

    /// The days of month `month` in year `year` of this calendar, where the
    /// calendar fixes them: `None` for a month not 1 to 12 and for every
    /// lunar month (sighted, not computed).
    ///
    /// ```
    /// use parsi::Calendar;
    /// assert_eq!(Calendar::Jalali.days_in_month(1402, 12), Some(29));
    /// assert_eq!(Calendar::Gregorian.days_in_month(2024, 2), Some(29));
    /// assert_eq!(Calendar::Gregorian.days_in_month(1900, 2), Some(28));
    /// assert_eq!(Calendar::Hijri.days_in_month(1446, 1), None);
    /// ```
    pub fn days_in_month(self, year: i32, month: u8) -> Option<u8> {
        match self {
            Calendar::Jalali => days_in_month(year, month),
            Calendar::Gregorian => {
                let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                match month {
                    2 if !leap => Some(28),
                    1..=12 => Some(self.max_days(month)),
                    _ => None,
                }
            }
            Calendar::Hijri => None,
        }
    }
}

/// A day of the Persian week, which starts on Saturday (شنبه).
///
/// ```
/// use parsi::Weekday;
///
/// assert_eq!(Weekday::Saturday.name(), "شنبه");
/// assert_eq!(Weekday::Tuesday.name(), "سه‌شنبه");
/// assert_eq!(Weekday::Friday.number(), 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Weekday {
    /// شنبه, the first day.
    Saturday,
    /// یکشنبه.
    Sunday,
    /// دوشنبه.
    Monday,
    /// سه‌شنبه.
    Tuesday,
    /// چهارشنبه.
    Wednesday,
    /// پنجشنبه.
    Thursday,
    /// جمعه, the weekend.
    Friday,
}

pub(crate) const WEEKDAYS: [Weekday; 7] = [
    Weekday::Saturday,
    Weekday::Sunday,
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
];

impl Weekday {
    /// The Persian name, as the orthography writes it.
    ///
    /// ```
    /// assert_eq!(parsi::Weekday::Thursday.name(), "پنجشنبه");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Weekday::Saturday => "شنبه",
            Weekday::Sunday => "یکشنبه",
            Weekday::Monday => "دوشنبه",
            Weekday::Tuesday => "سه‌شنبه",
            Weekday::Wednesday => "چهارشنبه",
            Weekday::Thursday => "پنجشنبه",
            Weekday::Friday => "جمعه",
        }
    }

    /// The day's place in the Persian week, 1 (Saturday) to 7 (Friday).
    ///
    /// ```
    /// assert_eq!(parsi::Weekday::Saturday.number(), 1);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8 + 1
    }
}

/// How [`JalaliDate::format`] writes a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateStyle {
    /// "۱۴۰۳/۰۹/۱۲".
    Digits,
    /// "1403/09/12".
    AsciiDigits,
    /// "۱۲ آذر ۱۴۰۳".
    Long,
    /// "دوشنبه ۱۲ آذر ۱۴۰۳".
    WithWeekday,
    /// "دوازدهم آذر هزار و چهارصد و سه".
    Words,
}

/// A date of the Iranian calendar. Ordered by time; `Copy`.
///
/// ```
/// use parsi::JalaliDate;
///
/// let nowruz = JalaliDate::new(1404, 1, 1)?;
/// let last = JalaliDate::new(1403, 12, 30)?; // 1403 is a leap year
/// assert!(last < nowruz);
/// assert_eq!(last.days_until(nowruz), 1);
/// assert_eq!(last.checked_add_days(1)?, nowruz);
/// # Ok::<(), parsi::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JalaliDate {
    year: i32,
    month: u8,
    day: u8,
}

impl PartialOrd for JalaliDate {
    fn partial_cmp(&self, other: &JalaliDate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for JalaliDate {
    fn cmp(&self, other: &JalaliDate) -> Ordering {
        (self.year, self.month, self.day).cmp(&(other.year, other.month, other.day))
    }
}

/// Whether `year` is a leap year (Esfand has 30 days).
///
/// ```
/// assert!(parsi::is_leap_year(1403));
/// assert!(!parsi::is_leap_year(1404));
/// assert!(!parsi::is_leap_year(1502)); // the 33-year rule says leap; the sky says 1503
/// assert!(parsi::is_leap_year(1503));
/// ```
pub fn is_leap_year(year: i32) -> bool {
    let by_rule = |y: i32| (25 * i64::from(y) + 11).rem_euclid(33) < 8;
    if CORRECTIONS.binary_search(&year).is_ok() {
        false
    } else if year > i32::MIN && CORRECTIONS.binary_search(&(year - 1)).is_ok() {
        true
    } else {
        by_rule(year)
    }
}

/// The number of days of `month` (1 to 12) in `year`; `None` for another
/// month.
///
/// ```
/// assert_eq!(parsi::days_in_month(1403, 1), Some(31));
/// assert_eq!(parsi::days_in_month(1403, 7), Some(30));
/// assert_eq!(parsi::days_in_month(1404, 12), Some(29));
/// assert_eq!(parsi::days_in_month(1404, 13), None);
/// ```
pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
    match month {
        1..=6 => Some(31),
        7..=11 => Some(30),
        12 if is_leap_year(year) => Some(30),
        12 => Some(29),
        _ => None,
    }
}

/// Leap years of the 33-year rule before `year` (from a fixed origin): the
/// difference between two years counts the leap years between them.
fn rule_leaps_before(year: i64) -> i64 {
    (8 * year + 21).div_euclid(33)
}

/// Days from 1970-01-01 to 1 Farvardin of `year`.
fn nowruz(year: i32) -> i64 {
    let y = i64::from(year);
    let by_rule = NOWRUZ_1403 + 365 * (y - 1403) + rule_leaps_before(y) - rule_leaps_before(1403);
    // After a correction year the leap day it lost is not yet made up.
    if year > i32::MIN && CORRECTIONS.binary_search(&(year - 1)).is_ok() {
        by_rule - 1
    } else {
        by_rule
    }
}

fn check_year(year: i32) -> Result<(), DateError> {
    if (-MAX_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(DateError::Year(year))
    }
}

impl JalaliDate {
    /// The date `day` `month` `year`, checked: month 1 to 12, the day within
    /// its month (Esfand 30 only in a leap year), the year within ±1,000,000.
    ///
    /// ```
    /// use parsi::JalaliDate;
    ///
    /// assert!(JalaliDate::new(1403, 12, 30).is_ok());
    /// assert!(JalaliDate::new(1404, 12, 30).is_err());
    /// assert!(JalaliDate::new(1404, 0, 1).is_err());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<JalaliDate, DateError> {
        check_year(year)?;
        let days = days_in_month(year, month).ok_or(DateError::Month(month))?;
        if day == 0 || day > days {
            return Err(DateError::Day { year, month, day });
        }
        Ok(JalaliDate { year, month, day })
    }

    /// Whether `year` is a leap year: [`is_leap_year`] as an associated
    /// function.
    ///
    /// ```
    /// assert!(parsi::JalaliDate::is_leap_year(1403));
    /// ```
    pub fn is_leap_year(year: i32) -> bool {
        is_leap_year(year)
    }

    /// The days of `month` in `year`: [`days_in_month`] as an associated
    /// function.
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::days_in_month(1403, 12), Some(30));
    /// ```
    pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
        days_in_month(year, month)
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 9, 12)?.year(), 1403);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 (Farvardin) to 12 (Esfand).
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 9, 12)?.month(), 9);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 9, 12)?.day(), 12);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The month's Persian name.
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 9, 12)?.month_name(), "آذر");
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn month_name(&self) -> &'static str {
        MONTH_NAMES[usize::from(self.month - 1)]
    }

    /// The day of the year, 1 (1 Farvardin) to 366.
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 7, 1)?.day_of_year(), 187);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn day_of_year(&self) -> u16 {
        let m = u16::from(self.month);
        let before = if m <= 7 {
            (m - 1) * 31
        } else {
            186 + (m - 7) * 30
        };
        before + u16::from(self.day)
    }

    /// Days from 1970-01-01.
    fn days(&self) -> i64 {
        nowruz(self.year) + i64::from(self.day_of_year()) - 1
    }

    /// The date `days` days after 1970-01-01.
    fn from_days(days: i64) -> Result<JalaliDate, DateError> {
        // 33 years of the rule are 12,053 days: a first guess within a year
        // or two, then a step at a time.
        let offset = days.saturating_sub(NOWRUZ_1403);
        if offset.unsigned_abs() > 366 * u64::from(MAX_YEAR.unsigned_abs() + 2000) {
            return Err(DateError::Year(if offset < 0 {
                -MAX_YEAR
            } else {
                MAX_YEAR
            }));
        }
        let guess = 1403 + (offset * 33).div_euclid(12_053);
        let mut year = i32::try_from(guess).map_err(|_| DateError::Year(MAX_YEAR))?;
        while nowruz(year) > days {
            year -= 1;
        }
        while nowruz(year + 1) <= days {
            year += 1;
        }
        check_year(year)?;
        let doy = days - nowruz(year) + 1;
        let (month, day) = if doy <= 186 {
            ((doy - 1) / 31 + 1, (doy - 1) % 31 + 1)
        } else {
            ((doy - 187) / 30 + 7, (doy - 187) % 30 + 1)
        };
        JalaliDate::new(year, month as u8, day as u8)
    }

    /// The day of the week.
    ///
    /// ```
    /// use parsi::{JalaliDate, Weekday};
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.weekday(), Weekday::Friday);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn weekday(&self) -> Weekday {
        // 1970-01-01 was a Thursday, the sixth day of the Persian week.
        WEEKDAYS[(self.days() + 5).rem_euclid(7) as usize]
    }

    /// The Jalali date of a Gregorian date (proleptic before 1582).
    ///
    /// ```
    /// use parsi::JalaliDate;
    /// assert_eq!(JalaliDate::from_gregorian(2024, 3, 20)?, JalaliDate::new(1403, 1, 1)?);
    /// assert!(JalaliDate::from_gregorian(2023, 2, 29).is_err());
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn from_gregorian(year: i32, month: u8, day: u8) -> Result<JalaliDate, DateError> {
        let bad = DateError::Gregorian(year, month, day);
        let Some(days) = Calendar::Gregorian.days_in_month(year, month) else {
            return Err(bad);
        };
        if day == 0 || day > days || !(-MAX_YEAR..=MAX_YEAR).contains(&year) {
            return Err(bad);
        }
        JalaliDate::from_days(days_from_civil(i64::from(year), month, day))
    }

    /// The Gregorian date of this date, as (year, month, day).
    ///
    /// ```
    /// assert_eq!(parsi::JalaliDate::new(1403, 12, 30)?.to_gregorian(), (2025, 3, 20));
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn to_gregorian(&self) -> (i32, u8, u8) {
        let (y, m, d) = civil_from_days(self.days());
        // Within ±1,000,000 Jalali years the Gregorian year fits.
        (i32::try_from(y).unwrap_or(i32::MAX), m, d)
    }

    /// The date `days` days later (earlier when negative); an error past
    /// the year range.
    ///
    /// ```
    /// use parsi::JalaliDate;
    /// let d = JalaliDate::new(1403, 6, 31)?;
    /// assert_eq!(d.checked_add_days(1)?, JalaliDate::new(1403, 7, 1)?);
    /// assert_eq!(d.checked_add_days(-186)?, JalaliDate::new(1402, 12, 29)?);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn checked_add_days(&self, days: i64) -> Result<JalaliDate, DateError> {
        let target = self
            .days()
            .checked_add(days)
            .ok_or(DateError::Year(self.year))?;
        JalaliDate::from_days(target)
    }

    /// The date `days` days earlier (later when negative); an error past
    /// the year range.
    ///
    /// ```
    /// use parsi::JalaliDate;
    /// let nowruz = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(nowruz.checked_sub_days(1)?, JalaliDate::new(1403, 12, 30)?);
    /// assert!(nowruz.checked_sub_days(i64::MIN).is_err());
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn checked_sub_days(&self, days: i64) -> Result<JalaliDate, DateError> {
        match days.checked_neg() {
            Some(n) => self.checked_add_days(n),
            None => Err(DateError::Year(self.year)),
        }
    }

    /// The number of days from this date to `other` (negative when `other`
    /// is earlier).
    ///
    /// ```
    /// use parsi::JalaliDate;
    /// let a = JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(a.days_until(JalaliDate::new(1404, 1, 1)?), 366);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn days_until(&self, other: JalaliDate) -> i64 {
        other.days() - self.days()
    }

    /// The date written in `style`, with the crate's digits and number
    /// words.
    ///
    /// ```
    /// use parsi::{DateStyle, JalaliDate};
    /// let d = JalaliDate::new(1403, 9, 12)?;
    /// assert_eq!(d.format(DateStyle::Digits), "۱۴۰۳/۰۹/۱۲");
    /// assert_eq!(d.format(DateStyle::AsciiDigits), "1403/09/12");
    /// assert_eq!(d.format(DateStyle::WithWeekday), "دوشنبه ۱۲ آذر ۱۴۰۳");
    /// assert_eq!(d.format(DateStyle::Words), "دوازدهم آذر هزار و چهارصد و سه");
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn format(&self, style: DateStyle) -> String {
        let persian = |s: String| digits::to_persian(&s).into_owned();
        match style {
            DateStyle::AsciiDigits => {
                format!("{}/{:02}/{:02}", self.year, self.month, self.day)
            }
            DateStyle::Digits => persian(self.format(DateStyle::AsciiDigits)),
            DateStyle::Long => persian(format!("{} {} {}", self.day, self.month_name(), self.year)),
            DateStyle::WithWeekday => {
                format!("{} {}", self.weekday().name(), self.format(DateStyle::Long))
            }
            DateStyle::Words => {
                // An ordinal of 1 to 31 always has words.
                let day = to_ordinal_words(i64::from(self.day)).unwrap_or_default();
                format!(
                    "{day} {} {}",
                    self.month_name(),
                    to_words(i64::from(self.year))
                )
            }
        }
    }
}

impl fmt::Display for JalaliDate {
    /// The date in Persian digits, "۱۴۰۳/۰۹/۱۲".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(DateStyle::Digits))
    }
}

/// Days from 1970-01-01 to a Gregorian date (proleptic). Years are counted
/// from March, so that the leap day ends the year, in eras of 400 years
/// (146,097 days).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (m + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date `days` days after 1970-01-01: the inverse of
/// [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u8, day as u8)
}
