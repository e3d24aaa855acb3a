//! Dates found in running text ([`find_dates`]) and read whole
//! ([`parse_date`]), with the settings of [`DateFinder`].

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::calendar::{Calendar, JalaliDate, Weekday};
use super::lexicon;
use super::read::{Reader, Reading, Year};
use crate::error::{ErrorKind, ParseError, Reject};
use crate::text;

/// Settings for finding and reading dates: the date the text was written
/// on (the *anchor*), for what the text leaves out.
///
/// Without an anchor (the default) a year the text does not write stays
/// unknown, and a two-digit year is read in the 1300s ("سال ۸۷" is 1387), as
/// most such text was written then. With an anchor:
///
/// - a two-digit year is the one within 90 years before the anchor's year
///   and 10 after ("۰۳" is 1403 for an anchor in 1405, "۸۷" 1387);
/// - "امسال", "سال جاری" name the anchor's year, "پارسال", "سال گذشته" the
///   one before, "سال آینده" the one after, with a month or alone;
/// - a day and month without a year take the year that puts the date
///   nearest the anchor ("۲۵ اسفند" read on 5 Farvardin 1404 is 1403).
///
/// # Example
///
/// ```
/// use parsi::{DateFinder, JalaliDate};
///
/// let finder = DateFinder::new().anchor(JalaliDate::new(1404, 1, 5)?);
/// let years: Vec<Option<i32>> = finder
///     .find_dates("مرداد ماه سال جاری، ۲۵ اسفند و سال ۰۳")
///     .map(|m| m.year())
///     .collect();
/// assert_eq!(years, [Some(1404), Some(1403), Some(1403)]);
///
/// let plain: Vec<Option<i32>> = parsi::find_dates("مرداد ماه سال جاری، ۲۵ اسفند و سال ۰۳")
///     .map(|m| m.year())
///     .collect();
/// assert_eq!(plain, [None, None, Some(1303)]);
/// # Ok::<(), parsi::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateFinder {
    anchor: Option<JalaliDate>,
}

impl DateFinder {
    /// A finder without an anchor.
    ///
    /// ```
    /// assert_eq!(parsi::DateFinder::new(), parsi::DateFinder::default());
    /// ```
    pub const fn new() -> DateFinder {
        DateFinder { anchor: None }
    }

    /// Sets the date the text was written on.
    ///
    /// ```
    /// use parsi::{DateFinder, JalaliDate};
    /// let f = DateFinder::new().anchor(JalaliDate::new(1403, 9, 12)?);
    /// assert_eq!(f.find_dates("پارسال").next().unwrap().year(), Some(1402));
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub const fn anchor(mut self, today: JalaliDate) -> DateFinder {
        self.anchor = Some(today);
        self
    }

    /// Finds every date in `text` as [`find_dates`] does, with this
    /// finder's anchor.
    ///
    /// ```
    /// use parsi::{DateFinder, JalaliDate};
    /// let f = DateFinder::new().anchor(JalaliDate::new(1403, 9, 20)?);
    /// let d = f.find_dates("در ۱۲ آذر").next().unwrap();
    /// assert_eq!(d.jalali(), Some(JalaliDate::new(1403, 9, 12)?));
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`; nothing is allocated.
    pub fn find_dates<'t>(&self, text: &'t str) -> DateMatches<'t> {
        DateMatches {
            text,
            pos: 0,
            last_end: 0,
            finder: *self,
            whole: false,
        }
    }

    /// Reads `text` as one whole date expression, as [`parse_date`] does,
    /// with this finder's anchor.
    ///
    /// ```
    /// use parsi::{DateFinder, JalaliDate};
    /// let f = DateFinder::new().anchor(JalaliDate::new(1403, 1, 1)?);
    /// assert_eq!(f.parse_date("۳۱/۶/۷۷")?.year(), Some(1377));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_date<'t>(&self, text: &'t str) -> Result<DateMatch<'t>, ParseError> {
        let start = text.len() - text.trim_start_matches(text::is_space).len();
        let end = text.trim_end_matches(text::is_space).len();
        if start >= end {
            return Err(Reject::new(ErrorKind::Empty, 0, 0).into_error(text));
        }
        let mut it = DateMatches {
            text,
            pos: start,
            last_end: start,
            finder: *self,
            whole: true,
        };
        let first_word = text::word_end(text, start).max(text::char_end(text, start));
        let reject = |kind, s, e| Err(Reject::new(kind, s, e).into_error(text));
        let Some(r) = it.next_reading() else {
            return reject(ErrorKind::UnknownWord, start, first_word);
        };
        if r.start != start {
            return reject(ErrorKind::UnknownWord, start, first_word);
        }
        if r.end != end {
            let s = r.end
                + (text[r.end..].len() - text[r.end..].trim_start_matches(text::is_space).len());
            return reject(ErrorKind::UnexpectedWord, s, end);
        }
        let Some(m) = self.complete(text, &r) else {
            return reject(ErrorKind::InvalidDate, r.start, r.end);
        };
        if m.weekday_agrees() == Some(false) {
            return reject(ErrorKind::WeekdayMismatch, r.start, r.end);
        }
        Ok(m)
    }

    /// The year the anchor gives for `calendar`, when it can.
    fn anchor_year(&self, calendar: Calendar) -> Option<i32> {
        let a = self.anchor?;
        match calendar {
            Calendar::Jalali => Some(a.year()),
            Calendar::Gregorian => Some(a.to_gregorian().0),
            Calendar::Hijri => None,
        }
    }

    /// The year of a reading, what the anchor supplies filled in.
    fn year(&self, r: &Reading) -> Option<i32> {
        match r.year {
            Year::Full(y) => Some(y),
            Year::TwoDigits(yy) => {
                let yy = i32::from(yy);
                Some(match self.anchor_year(r.calendar) {
                    Some(ay) => {
                        let c = ay - ay.rem_euclid(100) + yy;
                        if c > ay + 10 {
                            c - 100
                        } else if c <= ay - 90 {
                            c + 100
                        } else {
                            c
                        }
                    }
                    None => 1300 + yy,
                })
            }
            Year::Relative(k) => self.anchor_year(r.calendar).map(|y| y + i32::from(k)),
            Year::Missing if r.day != 0 => self.nearest_year(r),
            Year::Missing => None,
        }
    }

    /// The year that puts a day and month nearest the anchor.
    fn nearest_year(&self, r: &Reading) -> Option<i32> {
        let anchor = self.anchor?;
        let ay = self.anchor_year(r.calendar)?;
        [ay - 1, ay, ay + 1]
            .into_iter()
            .filter_map(|y| {
                let d = to_jalali(r.calendar, y, r.month, r.day)?;
                Some((d.days_until(anchor).abs(), y))
            })
            .min()
            .map(|(_, y)| y)
    }

    /// The match for a reading, its year resolved; `None` when the day is
    /// not in its month.
    fn complete<'t>(&self, text: &'t str, r: &Reading) -> Option<DateMatch<'t>> {
        let year = self.year(r);
        let until_year = match r.until_year {
            Year::Full(y) => Some(y),
            _ => year,
        };
        let fits = |year: Option<i32>, month: u8, day: u8| {
            day <= r.calendar.max_days(month)
                && match year {
                    Some(y) if r.calendar != Calendar::Hijri => {
                        r.calendar.days_in_month(y, month).is_some_and(|n| day <= n)
                    }
                    _ => true,
                }
        };
        if r.day != 0 && !fits(year, r.month, r.day) {
            return None;
        }
        if let Some((m, d)) = r.until {
            if !fits(until_year, m, d) {
                return None;
            }
        }
        Some(DateMatch {
            text,
            start: r.start,
            end: r.end,
            calendar: r.calendar,
            year,
            month: (r.month != 0).then_some(r.month),
            day: (r.day != 0).then_some(r.day),
            weekday: r.weekday,
            relative: match r.year {
                Year::Relative(k) => Some(k),
                _ => None,
            },
            until: r.until.map(|(month, day)| DateUntil {
                calendar: r.calendar,
                year: until_year,
                month,
                day,
            }),
        })
    }
}

/// A complete date of any calendar as a Jalali date, when it converts.
fn to_jalali(calendar: Calendar, year: i32, month: u8, day: u8) -> Option<JalaliDate> {
    match calendar {
        Calendar::Jalali => JalaliDate::new(year, month, day).ok(),
        Calendar::Gregorian => JalaliDate::from_gregorian(year, month, day).ok(),
        Calendar::Hijri => None,
    }
}

/// A date found in running text: "۱۲ آذر ۱۴۰۳", "دوازدهم آذرماه",
/// "1387/2/17", "مرداد ماه سال جاری", "سال ۸۷".
///
/// The month is the number within its own [`calendar`](DateMatch::calendar);
/// a date may lack its year or its day.
///
/// ```
/// use parsi::{Calendar, JalaliDate, Weekday};
///
/// let text = "جلسه چهارشنبه ۳۰ شهریور ۱۴۰۱ برگزار شد";
/// let m = parsi::find_dates(text).next().unwrap();
/// assert_eq!(m.as_str(), "چهارشنبه ۳۰ شهریور ۱۴۰۱");
/// assert_eq!(&text[m.range()], m.as_str());
/// assert_eq!((m.start(), m.end()), (m.range().start, m.range().end));
/// assert_eq!(m.calendar(), Calendar::Jalali);
/// assert_eq!((m.year(), m.month(), m.day()), (Some(1401), Some(6), Some(30)));
/// assert_eq!(m.weekday(), Some(Weekday::Wednesday));
/// assert_eq!(m.weekday_agrees(), Some(true));
/// assert_eq!(m.jalali(), Some(JalaliDate::new(1401, 6, 30)?));
/// # Ok::<(), parsi::DateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct DateMatch<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    calendar: Calendar,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<Weekday>,
    relative: Option<i8>,
    until: Option<DateUntil>,
}

impl<'t> DateMatch<'t> {
    /// Byte offset of the start (the weekday, the day, or the month).
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("در ۱۲ آذر").next().unwrap().start(), 5);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ آذر است").next().unwrap().end(), 11);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ آذر").next().unwrap().range(), 0..11);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The matched text.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("از ۲۵خرداد تا").next().unwrap().as_str(), "۲۵خرداد");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// The length of the match in bytes.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ آذر").next().unwrap().len(), 11);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// The calendar the date is written in.
    ///
    /// ```
    /// use parsi::Calendar;
    /// assert_eq!(parsi::find_dates("۲۵ دسامبر ۲۰۲۴").next().unwrap().calendar(), Calendar::Gregorian);
    /// ```
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// The year: written, or supplied by the [`DateFinder`]'s anchor.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("سال ۱۳۸۷").next().unwrap().year(), Some(1387));
    /// assert_eq!(parsi::find_dates("۱۲ آذر").next().unwrap().year(), None);
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12 within its calendar (ربیع‌الاول is 3).
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ ربیع‌الاول").next().unwrap().month(), Some(3));
    /// assert_eq!(parsi::find_dates("سال ۱۴۰۳").next().unwrap().month(), None);
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month (the first day of a range).
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("دوازدهم آذر").next().unwrap().day(), Some(12));
    /// assert_eq!(parsi::find_dates("تیرماه").next().unwrap().day(), None);
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The weekday written before the date.
    ///
    /// ```
    /// use parsi::Weekday;
    /// let m = parsi::find_dates("سه شنبه ۱۲ آذر").next().unwrap();
    /// assert_eq!(m.weekday(), Some(Weekday::Tuesday));
    /// ```
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// Whether the weekday written agrees with the date: `None` when no
    /// weekday is written or the date is not complete; `Some(false)` for a
    /// mismatch (12 Azar 1403 was a Monday).
    ///
    /// ```
    /// let m = parsi::find_dates("سه‌شنبه ۱۲ آذر ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.weekday_agrees(), Some(false));
    /// ```
    pub fn weekday_agrees(&self) -> Option<bool> {
        let w = self.weekday?;
        Some(self.jalali()?.weekday() == w)
    }

    /// The year's offset from the writer's when the text names it so:
    /// امسال and "سال جاری" 0, پارسال and "سال گذشته" -1, "سال آینده" 1.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("مرداد ماه سال جاری").next().unwrap().relative_year(), Some(0));
    /// assert_eq!(parsi::find_dates("مرداد ۱۴۰۳").next().unwrap().relative_year(), None);
    /// ```
    pub fn relative_year(&self) -> Option<i8> {
        self.relative
    }

    /// The last day of a range ("۱۲ تا ۱۵ آذر", "۱۲ آذر تا ۱۵ دی", "۱۲
    /// اسفند ۱۴۰۲ تا ۵ فروردین ۱۴۰۳").
    ///
    /// ```
    /// let m = parsi::find_dates("از ۱۲ تا ۱۵ آذر ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.as_str(), "۱۲ تا ۱۵ آذر ۱۴۰۳");
    /// let until = m.until().unwrap();
    /// assert_eq!((until.year(), until.month(), until.day()), (Some(1403), 9, 15));
    /// ```
    pub fn until(&self) -> Option<DateUntil> {
        self.until
    }

    /// The date as a [`JalaliDate`], when it is complete (year, month and
    /// day) and its calendar converts: a Gregorian date is converted; a
    /// lunar Hijri date is not (Iran fixes its months by sighting the moon).
    ///
    /// ```
    /// use parsi::JalaliDate;
    /// let m = parsi::find_dates("۲۵ دسامبر ۲۰۲۴").next().unwrap();
    /// assert_eq!(m.jalali(), Some(JalaliDate::new(1403, 10, 5)?));
    /// assert_eq!(parsi::find_dates("۱۲ آذر").next().unwrap().jalali(), None);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn jalali(&self) -> Option<JalaliDate> {
        to_jalali(self.calendar, self.year?, self.month?, self.day?)
    }
}

impl<'t> From<DateMatch<'t>> for &'t str {
    fn from(m: DateMatch<'t>) -> &'t str {
        m.as_str()
    }
}

impl<'t> From<DateMatch<'t>> for Range<usize> {
    fn from(m: DateMatch<'t>) -> Range<usize> {
        m.range()
    }
}

impl fmt::Debug for DateMatch<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DateMatch")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("text", &self.as_str())
            .field("calendar", &self.calendar)
            .field("year", &self.year)
            .field("month", &self.month)
            .field("day", &self.day)
            .field("weekday", &self.weekday)
            .field("until", &self.until)
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DateMatch", 9)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("calendar", &self.calendar)?;
        st.serialize_field("year", &self.year)?;
        st.serialize_field("month", &self.month)?;
        st.serialize_field("day", &self.day)?;
        st.serialize_field("weekday", &self.weekday)?;
        st.serialize_field("until", &self.until)?;
        st.end()
    }
}

/// The last day of a range of dates ([`DateMatch::until`]), in the calendar
/// of its match.
///
/// ```
/// let m = parsi::find_dates("۱۲ آذر تا ۱۵ دی ۱۴۰۳").next().unwrap();
/// let u = m.until().unwrap();
/// assert_eq!((u.month(), u.day()), (10, 15));
/// assert_eq!(u.jalali(), Some(parsi::JalaliDate::new(1403, 10, 15)?));
/// # Ok::<(), parsi::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DateUntil {
    calendar: Calendar,
    year: Option<i32>,
    month: u8,
    day: u8,
}

impl DateUntil {
    /// The year: written with the last day ("۱۲ اسفند ۱۴۰۲ تا ۵ فروردین
    /// ۱۴۰۳"), or the range's first day's.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ تا ۱۵ آذر").next().unwrap().until().unwrap().year(), None);
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ تا ۱۵ آذر").next().unwrap().until().unwrap().month(), 9);
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day.
    ///
    /// ```
    /// assert_eq!(parsi::find_dates("۱۲ تا ۱۵ آذر").next().unwrap().until().unwrap().day(), 15);
    /// ```
    pub fn day(&self) -> u8 {
        self.day
    }

    /// As a [`JalaliDate`], when the year is known and the calendar converts.
    ///
    /// ```
    /// let m = parsi::find_dates("۱۲ تا ۱۵ آذر ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.until().unwrap().jalali(), Some(parsi::JalaliDate::new(1403, 9, 15)?));
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub fn jalali(&self) -> Option<JalaliDate> {
        to_jalali(self.calendar, self.year?, self.month, self.day)
    }
}

/// The dates in a text, in order, created by [`find_dates`] or
/// [`DateFinder::find_dates`].
#[derive(Debug, Clone)]
pub struct DateMatches<'t> {
    text: &'t str,
    pos: usize,
    last_end: usize,
    finder: DateFinder,
    whole: bool,
}

impl<'t> DateMatches<'t> {
    /// The part of the text not yet searched.
    ///
    /// ```
    /// let mut it = parsi::find_dates("۱۲ آذر و ۱۵ دی");
    /// it.next();
    /// assert_eq!(it.as_str(), " و ۱۵ دی");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// The next date expression read, before it is checked.
    fn next_reading(&mut self) -> Option<Reading> {
        let text = self.text;
        let bytes = text.as_bytes();
        let reader = Reader {
            text,
            floor: self.last_end,
            whole: self.whole,
        };
        let n = bytes.len();
        let mut i = self.pos;
        while i < n {
            let b = bytes[i];
            if b < 0x80 {
                if !b.is_ascii_digit() {
                    i += 1;
                    continue;
                }
            } else if !text::is_digit_start(bytes, i) {
                if is_letter_pair(b, bytes.get(i + 1).copied().unwrap_or(0))
                    && !lexicon::may_start(bytes, i, is_letter_pair)
                {
                    // No date word starts so: past the word's letters (to a
                    // digit, a joiner, a space or punctuation).
                    i = skip_letters(bytes, i + 2);
                    continue;
                }
                self.pos = i;
                let e = text::word_end(text, i);
                if e == i {
                    i = text::char_end(text, i);
                    continue;
                }
                i = e;
                if let Some((w, _)) = lexicon::word(&text[self.pos..e]) {
                    if let Some(r) = reader.at_word(self.pos, e, w) {
                        self.pos = e;
                        return Some(r);
                    }
                }
                continue;
            }
            // Digits.
            let run = skip_run(text, i);
            let prev_latin = i > 0 && bytes[i - 1].is_ascii_alphabetic();
            if !prev_latin {
                if let Some(r) = reader.at_digits(i) {
                    self.pos = run;
                    return Some(r);
                }
            }
            i = run;
        }
        self.pos = n;
        None
    }
}

/// Past the two-byte letters of the Arabic block from `j`
/// ([`is_letter_pair`]).
#[inline(always)]
fn skip_letters(bytes: &[u8], mut j: usize) -> usize {
    while j + 1 < bytes.len() && is_letter_pair(bytes[j], bytes[j + 1]) {
        j += 2;
    }
    j.min(bytes.len())
}

/// Whether two bytes are a word char of the Arabic block (a letter or a
/// mark; not a digit or punctuation such as ، ؛ ٫): [`text::is_word_char`]
/// on bytes.
#[inline(always)]
fn is_letter_pair(lead: u8, second: u8) -> bool {
    (0xD8..=0xDB).contains(&lead) && text::is_arabic_word_pair(lead, second)
}

/// Past the digits at `i` and the separators and digits that continue them
/// ("۱۴۰۲/۰۵/۱۲/۷": one run, no date inside).
fn skip_run(text: &str, mut i: usize) -> usize {
    loop {
        while let Some((_, n)) = text::digit_at(text, i) {
            i += n;
        }
        let mut chars = text[i..].chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some(d))
                if (c == '-' || c == '\u{060D}' || text::is_number_separator(c))
                    && text::is_digit(d) =>
            {
                i += c.len_utf8();
            }
            _ => return i,
        }
    }
}

impl<'t> Iterator for DateMatches<'t> {
    type Item = DateMatch<'t>;

    fn next(&mut self) -> Option<DateMatch<'t>> {
        while let Some(r) = self.next_reading() {
            // Past the whole reading either way: "۳۱ اسفند ۱۴۰۳" is no date,
            // and "اسفند ۱۴۰۳" inside it none either.
            self.pos = r.end;
            if let Some(m) = self.finder.complete(self.text, &r) {
                self.last_end = r.end;
                return Some(m);
            }
        }
        None
    }
}

impl FusedIterator for DateMatches<'_> {}

/// Finds every date in `text`, in order and not overlapping.
///
/// Read: a day in digits of any script, glued to the month or not
/// ("۲۵خرداد"), as an ordinal word ("دوازدهم", "بیست و ششم", "اول") or,
/// before a month that is rarely another word, a cardinal ("سی مرداد");
/// month names of the Iranian, Gregorian and lunar calendars with "ماه"
/// attached or apart ("تیرماه", "تیر ماه"); years in digits ("۱۴۰۳",
/// "۱۴۰۳ ه.ش"), in words ("هزار و چهارصد و سه", "سال هشتاد") or in two
/// digits where the clause goes on after them ("خرداد ۷۶ با", "سال ۸۷");
/// numeric dates year-first or day-first with "/", "-" or "." ("1387/2/17",
/// "24/10/1385"); "مرداد ماه سال جاری", امسال; a weekday before the date
/// (checked: [`DateMatch::weekday_agrees`]); ranges ("۱۲ تا ۱۵ آذر").
///
/// Not dates: a weekday alone ("روز چهارشنبه"), month names that are also
/// words (مهر, تیر, دی, خرداد, بهمن and the lunar and Gregorian names) unless
/// a day, a year or "ماه" goes with them, a fraction or decimal ("5/2
/// میلیون"), an identifier with more parts ("7388/6012", "192.168.1.1"), a
/// day that is not in its month ("۳۱ اسفند"). Years the text leaves out and
/// two-digit years are read as [`DateFinder`] says.
///
/// # Example
///
/// ```
/// let text = "۱۲ آذر ۱۴۰۳ و دوازدهم آذرماه؛ روز چهارشنبه، مهر مادر، 1387/2/17";
/// let found: Vec<_> = parsi::find_dates(text)
///     .map(|m| (m.as_str(), m.year(), m.month(), m.day()))
///     .collect();
/// assert_eq!(found, [
///     ("۱۲ آذر ۱۴۰۳", Some(1403), Some(9), Some(12)),
///     ("دوازدهم آذرماه", None, Some(9), Some(12)),
///     ("1387/2/17", Some(1387), Some(2), Some(17)),
/// ]);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; nothing is allocated.
pub fn find_dates(text: &str) -> DateMatches<'_> {
    DateFinder::new().find_dates(text)
}

/// Reads `text` as one whole date expression (spaces around it allowed):
/// every form [`find_dates`] reads, and a month name alone ("مهر"). The
/// result is the match over the whole text.
///
/// # Errors
///
/// [`ErrorKind::Empty`] for an empty text; [`ErrorKind::UnknownWord`] when
/// no date starts the text; [`ErrorKind::UnexpectedWord`] for what follows
/// a date; [`ErrorKind::InvalidDate`] for a day not in its month ("۳۰
/// اسفند ۱۴۰۲": 1402 is not a leap year); [`ErrorKind::WeekdayMismatch`]
/// when the weekday written is not the date's.
///
/// # Example
///
/// ```
/// use parsi::{parse_date, ErrorKind, JalaliDate};
///
/// let d = parse_date("دوشنبه ۱۲ آذر ۱۴۰۳")?;
/// assert_eq!(d.jalali(), Some(JalaliDate::new(1403, 9, 12)?));
/// assert_eq!(parse_date("۱۲ آذر ۱۴۰۳ ساعت ۱۰").unwrap_err().kind(), ErrorKind::UnexpectedWord);
/// assert_eq!(parse_date("۳۰ اسفند ۱۴۰۲").unwrap_err().kind(), ErrorKind::InvalidDate);
/// let e = parse_date("سه‌شنبه ۱۲ آذر ۱۴۰۳").unwrap_err();
/// assert_eq!(e.kind(), ErrorKind::WeekdayMismatch);
/// assert_eq!(e.range(), 0..e.found().len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_date(text: &str) -> Result<DateMatch<'_>, ParseError> {
    DateFinder::new().parse_date(text)
}
