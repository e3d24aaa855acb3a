//! Dates: the Iranian (Solar Hijri, Jalali) calendar, its conversion to and
//! from the Gregorian calendar and Persian formatting; and dates found in
//! Persian text ([`find_dates`],
//! [`parse_date`], [`DateFinder`]).
//!
//! ```
//! use parsi::{DateStyle, JalaliDate, Weekday};
//!
//! let d = JalaliDate::new(1403, 9, 12)?;
//! assert_eq!(d.to_gregorian(), (2024, 12, 2));
//! assert_eq!(d.weekday(), Weekday::Monday);
//! assert_eq!(d.format(DateStyle::Long), "۱۲ آذر ۱۴۰۳");
//! assert_eq!(JalaliDate::from_gregorian(2025, 3, 21)?, JalaliDate::new(1404, 1, 1)?);
//!
//! let m = parsi::find_dates("جلسه ۲۵خرداد ۱۴۰۳ برگزار شد").next().unwrap();
//! assert_eq!(m.jalali(), Some(JalaliDate::new(1403, 3, 25)?));
//! # Ok::<(), parsi::DateError>(())
//! ```
//!
//! # The arithmetic, and where it holds
//!
//! Iran's official calendar is astronomical: the year starts on the day of
//! the vernal equinox as seen at 52.5° E (before noon there; after noon, the
//! next day). This module computes it with the 33-year rule (a year `y` is
//! leap when `(25y + 11) mod 33 < 8`) and the corrections that make the rule
//! agree with the astronomical calendar: in the years of [`CORRECTIONS`] the
//! rule's leap day moves to the following year. With them the rule matches
//! the calendar of the University of Tehran's calendar centre, the official
//! authority, over its published table (1206–1498, every Nowruz tested), and
//! the astronomical computation from 1178 to 3000 (the range the corrections
//! were checked over). Outside 1178–3000 dates are still accepted, computed
//! by the same rule, which may differ from the astronomical calendar by a
//! day there. Years are limited to ±1,000,000.
//!
//! # Dates in text
//!
//! Inside: `lexicon` (month names of the three calendars and their
//! spellings, weekdays, the words of years and eras), `read` (the grammar
//! of one date, read around the word that anchors it) and `find` (the
//! finder, the matches, the anchor's rules). The forms read and the traps
//! avoided are listed at [`find_dates`].

mod calendar;
mod find;
mod interop;
mod lexicon;
mod read;

pub use calendar::{
    days_in_month, is_leap_year, Calendar, DateError, DateStyle, JalaliDate, Weekday, CORRECTIONS,
    MONTH_NAMES,
};
pub use find::{find_dates, parse_date, DateFinder, DateMatch, DateMatches, DateUntil};
