//! Conversions to and from the date types of `jiff` and `chrono`, each
//! behind its feature of the same name.

#[cfg(any(feature = "jiff", feature = "chrono"))]
use super::calendar::{DateError, JalaliDate};

/// `jiff::civil::Date` holds years -9999 to 9999: a Jalali date whose
/// Gregorian year is beyond them is a [`DateError::Year`].
///
/// ```
/// # #[cfg(feature = "jiff")] {
/// use parsi::JalaliDate;
/// let d = JalaliDate::new(1403, 9, 12).unwrap();
/// let j = jiff::civil::Date::try_from(d).unwrap();
/// assert_eq!(j, jiff::civil::date(2024, 12, 2));
/// assert_eq!(JalaliDate::try_from(j).unwrap(), d);
/// # }
/// ```
#[cfg(feature = "jiff")]
impl TryFrom<JalaliDate> for jiff::civil::Date {
    type Error = DateError;

    fn try_from(d: JalaliDate) -> Result<Self, DateError> {
        let (y, m, day) = d.to_gregorian();
        let year = i16::try_from(y).map_err(|_| DateError::Year(d.year()))?;
        jiff::civil::Date::new(year, m as i8, day as i8).map_err(|_| DateError::Year(d.year()))
    }
}

/// Every `jiff::civil::Date` is a Jalali date.
#[cfg(feature = "jiff")]
impl TryFrom<jiff::civil::Date> for JalaliDate {
    type Error = DateError;

    fn try_from(d: jiff::civil::Date) -> Result<Self, DateError> {
        JalaliDate::from_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8)
    }
}

/// `chrono::NaiveDate` holds years ±262,142: a Jalali date beyond them is a
/// [`DateError::Year`].
///
/// ```
/// # #[cfg(feature = "chrono")] {
/// use parsi::JalaliDate;
/// let d = JalaliDate::new(1404, 1, 1).unwrap();
/// let c = chrono::NaiveDate::try_from(d).unwrap();
/// assert_eq!(c, chrono::NaiveDate::from_ymd_opt(2025, 3, 21).unwrap());
/// assert_eq!(JalaliDate::try_from(c).unwrap(), d);
/// # }
/// ```
#[cfg(feature = "chrono")]
impl TryFrom<JalaliDate> for chrono::NaiveDate {
    type Error = DateError;

    fn try_from(d: JalaliDate) -> Result<Self, DateError> {
        let (y, m, day) = d.to_gregorian();
        chrono::NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(day))
            .ok_or(DateError::Year(d.year()))
    }
}

/// A `chrono::NaiveDate` within ±1,000,000 Jalali years is a Jalali date.
#[cfg(feature = "chrono")]
impl TryFrom<chrono::NaiveDate> for JalaliDate {
    type Error = DateError;

    fn try_from(d: chrono::NaiveDate) -> Result<Self, DateError> {
        use chrono::Datelike;
        JalaliDate::from_gregorian(d.year(), d.month() as u8, d.day() as u8)
    }
}
