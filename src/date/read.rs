//! The grammar of a date in running text, read around the word that
//! anchors it: digits (a day, or a numeric date "۱۴۰۳/۰۹/۱۲"), a month name,
//! "ماه" before one, "سال" before a year, and امسال or پارسال.
//!
//! ```text
//! date    = [weekday [،]] day [(تا | الی | -) day] month [ماه]
//!               [تا day month [ماه]] [year]
//!         | [weekday [،]] numeric [era]
//!         | [ماه] month [ماه] [year]          (a month alone needs context)
//!         | سال (digits | words | جاری | گذشته | …) [era] | امسال | پارسال
//!         | 4 digits era                      ("۱۳۹۸ش")
//! day     = digits 1..31 (glued to the month or not) | an ordinal word
//!         | a cardinal word (before a month rarely another word: "سی مرداد")
//! year    = 4 digits [era] | 2 digits where the clause goes on ("خرداد ۷۶ با")
//!         | [،] سال (digits | words | relative) | امسال | a year in words
//! numeric = y/m/d | d/m/y with one of / - . ؍
//! ```
//!
//! A day is read back from a month ("دوازدهم آذر", "بیست و ششم آذر"), and
//! so is a weekday from a day; a look-back never passes `floor`, the end of
//! the last match. What is read is not checked against the calendar here:
//! the finder does that, and [`parse_date`](crate::parse_date) reports it.

use super::calendar::{Calendar, Weekday};
use super::lexicon::{self, Strength, Word};
use crate::number;
use crate::text;
use crate::unit;

/// A year as the text writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Year {
    /// Not written.
    Missing,
    /// Written in full: "۱۴۰۳", "هزار و چهارصد و سه".
    Full(i32),
    /// Two digits: "سال ۸۷", "۳۱/۶/۷۷".
    TwoDigits(u8),
    /// Named relative to the writer's: امسال 0, "سال گذشته" -1.
    Relative(i8),
}

/// A date expression read from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) calendar: Calendar,
    pub(crate) year: Year,
    /// 0 when the date is a year alone.
    pub(crate) month: u8,
    /// 0 when not written.
    pub(crate) day: u8,
    pub(crate) weekday: Option<Weekday>,
    /// The last day of a range, (month, day).
    pub(crate) until: Option<(u8, u8)>,
    /// The year of the range's last day when it is written apart ("۱۲ اسفند
    /// ۱۴۰۲ تا ۵ فروردین ۱۴۰۳"); `Missing`: the year of the first.
    pub(crate) until_year: Year,
}

/// A month name read at a place, with "ماه" after it or not.
#[derive(Debug, Clone, Copy)]
struct MonthAt {
    calendar: Calendar,
    month: u8,
    strength: Strength,
    end: usize,
    mah: bool,
}

/// The date separators of a numeric date.
const SEPARATORS: [char; 4] = ['/', '-', '.', '\u{060D}'];

/// Words that join clauses or phrases, after which two digits that follow a
/// month were its year ("خرداد ۷۶ با").
const FUNCTION_WORDS: &[&str] = &[
    "و",
    "با",
    "به",
    "در",
    "که",
    "را",
    "تا",
    "از",
    "بود",
    "است",
    "بودند",
    "هستند",
    "شد",
    "شدند",
];

/// Whether `w` may start a year written in words (1000 to 9999): هزار,
/// یکهزار or a unit before هزار.
fn starts_year_in_words(w: &str) -> bool {
    text::folded_in(w, &["هزار", "یکهزار"]) || text::folded_in(w, &number::UNITS[1..])
}

/// Whether `w` may start a two-digit year in words: a ten from بیست ("سال
/// هشتاد"; "سال ده ساعت" is no year).
fn starts_two_digit_year(w: &str) -> bool {
    text::folded_in(w, &number::TENS[2..])
}

/// Whether `w` may end a cardinal day, 1 to 31: a unit, a teen, بیست, سی.
fn ends_cardinal_day(w: &str) -> bool {
    text::folded_in(w, &number::UNITS[1..])
        || text::folded_in(w, &number::TEENS)
        || text::folded_in(w, &number::TENS[2..4])
        || text::folded_in(w, &["هیجده"])
}

/// The ordinal words of a day that do not end in م ("اول", "نخست").
const FIRST: &[&str] = &["اول", "نخست"];

/// Reads dates in one text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reader<'t> {
    pub(crate) text: &'t str,
    /// The earliest byte a reading may start at.
    pub(crate) floor: usize,
    /// Reading one whole expression: a month name alone is a month.
    pub(crate) whole: bool,
}

impl<'t> Reader<'t> {
    /// The digits of any script at `i`: value (saturating), count, end.
    fn digits(&self, i: usize) -> Option<(u32, u8, usize)> {
        let (mut value, mut count, mut end) = (0u32, 0u8, i);
        while let Some((d, n)) = text::digit_at(self.text, end) {
            value = value.saturating_mul(10).saturating_add(u32::from(d));
            count = count.saturating_add(1);
            end += n;
        }
        (count > 0).then_some((value, count, end))
    }

    /// Past the spaces and joiners at `i`, on one line.
    fn gap(&self, i: usize) -> usize {
        text::skip_spaces(self.text, i)
    }

    /// Back over the spaces and joiners that end at `end`, on one line.
    fn gap_back(&self, end: usize) -> usize {
        text::skip_spaces_back(self.text, end)
    }

    /// The word starting at `i`, with its end.
    fn word_at(&self, i: usize) -> Option<(&'t str, usize)> {
        let end = text::word_end(self.text, i);
        (end > i).then(|| (&self.text[i..end], end))
    }

    /// The word ending at `end` (after going back over a gap), with its
    /// start; never one that starts before `floor`.
    fn word_before(&self, end: usize) -> Option<(&'t str, usize)> {
        let r = text::word_before(self.text, end).filter(|r| r.start >= self.floor)?;
        Some((&self.text[r.clone()], r.start))
    }

    /// Whether a separator and a digit stand at `i` ("۱۲/۵": no day).
    fn separator_then_digit(&self, i: usize) -> bool {
        let mut chars = self.text[i..].chars();
        matches!(chars.next(), Some(c) if SEPARATORS.contains(&c) || text::is_number_separator(c))
            && chars.next().is_some_and(text::is_digit)
    }

    /// A date anchored by the digits at `i`.
    pub(crate) fn at_digits(&self, i: usize) -> Option<Reading> {
        let (a, na, e1) = self.digits(i)?;
        if let Some(r) = self.numeric(i, a, na, e1) {
            return Some(self.with_weekday(r));
        }
        if na == 4 && !self.separator_then_digit(e1) {
            // A year with its era mark: "۱۳۹۸ش", "۲۰۲۴ میلادی".
            return match self.era_after(e1) {
                (Some(cal), end) => Some(self.year_alone(i, end, Year::Full(a as i32), Some(cal))),
                (None, _) => None,
            };
        }
        let dash = self.text[e1..].starts_with('-');
        if na > 2 || !(1..=31).contains(&a) || (!dash && self.separator_then_digit(e1)) {
            return None;
        }
        let mut p = e1;
        let mut until = None;
        // "۱۲ تا ۱۵ آذر", "۱۲-۱۵ آذر".
        let q = self.gap(p);
        let after_to = match self.word_at(q) {
            Some(("تا" | "الی", we)) => Some(self.gap(we)),
            _ => self.text[q..]
                .strip_prefix(['-', '–'])
                .map(|rest| self.gap(self.text.len() - rest.len())),
        };
        if let Some(r) = after_to {
            if let Some((b, nb, e2)) = self.digits(r) {
                if nb <= 2 && b > a && b <= 31 && !self.separator_then_digit(e2) {
                    until = Some(b as u8);
                    p = e2;
                }
            }
        }
        let m = self
            .month_at(self.gap(p))
            .or_else(|| self.month_and_copula(self.gap(p)))?;
        let until = until.map(|d| (m.month, d));
        let r = self.after_month(i, a as u8, until, m)?;
        Some(self.with_weekday(r))
    }

    /// A numeric date at `i`, its first part read: "۱۴۰۳/۰۹/۱۲",
    /// "24/10/1385", "1387-2-17", "31/6/77".
    fn numeric(&self, i: usize, a: u32, na: u8, e1: usize) -> Option<Reading> {
        let sep = self.text[e1..]
            .chars()
            .next()
            .filter(|c| SEPARATORS.contains(c))?;
        let (b, nb, e2) = self.digits(e1 + sep.len_utf8())?;
        if !self.text[e2..].starts_with(sep) {
            return None;
        }
        let (c, nc, e3) = self.digits(e2 + sep.len_utf8())?;
        // A fourth part makes an address or a version, not a date.
        if self.separator_then_digit(e3) || nb > 2 {
            return None;
        }
        let (year, month, day) = match (na, nc) {
            (4, 1 | 2) => (Year::Full(a as i32), b, c),
            (1 | 2, 4) => (Year::Full(c as i32), b, a),
            (2, 2) if a > 31 || c <= 31 => (Year::TwoDigits(a as u8), b, c),
            (1 | 2, 2) if c > 31 => (Year::TwoDigits(c as u8), b, a),
            _ => return None,
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let (era, end) = self.era_after(e3);
        let calendar = era.unwrap_or(match year {
            Year::Full(1700..=2199) => Calendar::Gregorian,
            _ => Calendar::Jalali,
        });
        Some(Reading {
            start: i,
            end,
            calendar,
            year,
            month: month as u8,
            day: day as u8,
            weekday: None,
            until: None,
            until_year: Year::Missing,
        })
    }

    /// An era mark after a year ("ه.ش", "میلادی", a glued "ش"), with the
    /// end of the year and its mark.
    fn era_after(&self, end: usize) -> (Option<Calendar>, usize) {
        let at = self.gap(end);
        match lexicon::era_at(self.text, at) {
            // A glued mark, or one after a space on the same line.
            Some((cal, e)) => (Some(cal), e),
            None => (None, end),
        }
    }

    /// The month name at `i` ("آذر", "تیرماه", "ربیع‌الاول"), and "ماه"
    /// after it.
    fn month_at(&self, i: usize) -> Option<MonthAt> {
        let (w, we) = self.word_at(i)?;
        let mut m = match lexicon::word(w)? {
            (Word::Month(calendar, month, strength), mah) => MonthAt {
                calendar,
                month,
                strength,
                end: we,
                mah,
            },
            (Word::HijriHead(head), _) => {
                let (tail, te) = self.word_at(self.gap(we))?;
                MonthAt {
                    calendar: Calendar::Hijri,
                    month: lexicon::hijri_tail(head, tail)?,
                    strength: Strength::Trap,
                    end: te,
                    mah: false,
                }
            }
            _ => return None,
        };
        if !m.mah {
            if let Some((w, we)) = self.word_at(self.gap(m.end)) {
                if lexicon::word(w) == Some((Word::Mah, false)) {
                    m.end = we;
                    m.mah = true;
                }
            }
        }
        Some(m)
    }

    /// A month with the spoken copula glued after a day, as chat writes it:
    /// "تولدم ۲۵ شهریوره" (is 25 Shahrivar). Only after a day, and only a
    /// month that is rarely another word: "۱۲ مهره" is twelve beads, "دیه"
    /// blood money, "تیره" dark.
    fn month_and_copula(&self, i: usize) -> Option<MonthAt> {
        let (w, we) = self.word_at(i)?;
        let stem = w.strip_suffix('ه')?;
        match lexicon::word(stem)? {
            (Word::Month(calendar, month, strength @ Strength::Plain), mah) => Some(MonthAt {
                calendar,
                month,
                strength,
                end: we,
                mah,
            }),
            _ => None,
        }
    }

    /// The rest of a date after its month (the day, if any, read before):
    /// a range to a second day and month, the year; `None` when a month
    /// without the context it needs is no month.
    fn after_month(
        &self,
        start: usize,
        day: u8,
        mut until: Option<(u8, u8)>,
        m: MonthAt,
    ) -> Option<Reading> {
        let mut end = m.end;
        if day != 0 && until.is_none() {
            // "۱۲ آذر تا ۱۵ دی".
            let q = self.gap(end);
            if let Some((_, we)) = self.word_at(q).filter(|(w, _)| matches!(*w, "تا" | "الی"))
            {
                let r = self.gap(we);
                if let Some((d, nd, e)) = self.digits(r) {
                    let second = self.month_at(self.gap(e));
                    if let Some(m2) = second.filter(|m2| m2.calendar == m.calendar) {
                        let fits = (1..=u32::from(m.calendar.max_days(m2.month))).contains(&d);
                        if nd <= 2 && fits && (m2.month, d as u8) > (m.month, day) {
                            until = Some((m2.month, d as u8));
                            end = m2.end;
                        }
                    }
                }
            }
        }
        let (year, year_end, era) = self.year_after(end, m.calendar, day != 0);
        if year != Year::Missing {
            end = year_end;
        }
        let context = match m.strength {
            _ if self.whole => true,
            Strength::Strict => day != 0 && matches!(year, Year::Full(_)),
            Strength::Trap => day != 0 || m.mah || year != Year::Missing,
            Strength::Plain => {
                day != 0
                    || m.mah
                    || year != Year::Missing
                    || self
                        .word_before(start)
                        .is_some_and(|(w, _)| lexicon::before_month(w))
            }
        };
        if !context || era.is_some_and(|c| c != m.calendar) {
            return None;
        }
        let mut until_year = Year::Missing;
        if let (Year::Full(y), true, None) = (year, day != 0, until) {
            // "۱۲ اسفند ۱۴۰۲ تا ۵ فروردین ۱۴۰۳": a range across years.
            if let Some((m2, d2, y2, e2)) = self.dated_end(end, m.calendar) {
                if (y2, m2, d2) > (y, m.month, day) {
                    until = Some((m2, d2));
                    until_year = Year::Full(y2);
                    end = e2;
                }
            }
        }
        Some(Reading {
            start,
            end,
            calendar: m.calendar,
            year,
            month: m.month,
            day,
            weekday: None,
            until,
            until_year,
        })
    }

    /// "تا" and a complete date with a four-digit year after `p`, in
    /// `calendar`: (month, day, year, end).
    fn dated_end(&self, p: usize, calendar: Calendar) -> Option<(u8, u8, i32, usize)> {
        let (w, we) = self.word_at(self.gap(p))?;
        if !matches!(w, "تا" | "الی") {
            return None;
        }
        let (d, nd, e) = self.digits(self.gap(we))?;
        if nd > 2 || !(1..=31).contains(&d) {
            return None;
        }
        let m = self
            .month_at(self.gap(e))
            .filter(|m| m.calendar == calendar)?;
        let (y, n, ye) = self.digits(self.gap(m.end))?;
        if n != 4 || self.separator_then_digit(ye) || self.unit_or_scale_after(ye) {
            return None;
        }
        // A last day not in its month leaves the first date alone.
        let days = calendar.days_in_month(y as i32, m.month);
        if d as u8 > days.unwrap_or(calendar.max_days(m.month)) {
            return None;
        }
        Some((m.month, d as u8, y as i32, ye))
    }

    /// The year after a month: four digits, "سال …", امسال, or a year in
    /// words; with where it ends and the era mark after it.
    fn year_after(
        &self,
        p: usize,
        calendar: Calendar,
        dated: bool,
    ) -> (Year, usize, Option<Calendar>) {
        let missing = (Year::Missing, p, None);
        let g = self.gap(p);
        // "هفتم خرداد ماه، سال 1364": a full year after a comma.
        if let Some(rest) = self.text[g..].strip_prefix(['،', ',']) {
            let at = self.gap(self.text.len() - rest.len());
            return match self.word_at(at) {
                Some((w, we)) if lexicon::word(w) == Some((Word::Year, false)) => {
                    match self.year_word(we) {
                        Some(full @ (Year::Full(_), _, _)) => full,
                        _ => missing,
                    }
                }
                _ => missing,
            };
        }
        if let Some((y, n, e)) = self.digits(g) {
            if self.separator_then_digit(e) || self.unit_or_scale_after(e) {
                return missing;
            }
            return match n {
                4 => {
                    let (era, end) = self.era_after(e);
                    (Year::Full(y as i32), end, era)
                }
                // "انتخابات خرداد ۷۶ با ...", "۱۵ خرداد ۴۲.": two digits
                // are a year where a clause goes on or ends after them, not
                // before a word they may count ("خرداد ۲۰ نفر").
                2 if calendar == Calendar::Jalali && self.clause_goes_on(e, dated) => {
                    (Year::TwoDigits(y as u8), e, None)
                }
                _ => missing,
            };
        }
        let Some((w, we)) = self.word_at(g) else {
            return missing;
        };
        match lexicon::word(w) {
            Some((Word::Year, _)) => self.year_word(we).unwrap_or(missing),
            Some((Word::ThisYear(k), _)) => (Year::Relative(k), we, None),
            Some(_) => missing,
            // "دوازدهم آذر هزار و چهارصد و سه": a year in words starts
            // with هزار or a unit before it.
            None if (calendar != Calendar::Hijri || self.whole) && starts_year_in_words(w) => {
                match self.year_in_words(g).map(|(v, e)| (i32::try_from(v), e)) {
                    Some((Ok(y @ 1000..=9999), e)) => (Year::Full(y), e, None),
                    _ => missing,
                }
            }
            None => missing,
        }
    }

    /// A year written in words at `g`: a cardinal with no digit in it and
    /// no unit or scale after it, with its end.
    fn year_in_words(&self, g: usize) -> Option<(crate::Number, usize)> {
        let (v, e, false) = number::number_at(self.text, g)? else {
            return None;
        };
        if self.text[g..e].chars().any(text::is_digit) || self.unit_or_scale_after(e) {
            return None;
        }
        Some((v, e))
    }

    /// Whether what follows `e` ends the phrase: the end of the text or the
    /// line, punctuation, or a word that joins clauses (با, در, که …; "و"
    /// only after a date with its day: "آذر ۱۲ و ۱۳" lists numbers).
    fn clause_goes_on(&self, e: usize, dated: bool) -> bool {
        let g = self.gap(e);
        match self.text[g..].chars().next() {
            None => true,
            Some(c) if !text::is_word_char(c) => !text::is_digit(c),
            Some(_) => self
                .word_at(g)
                .is_some_and(|(w, _)| text::folded_in(w, FUNCTION_WORDS) && (dated || w != "و")),
        }
    }

    /// After "سال" (ending at `e`): the year's digits or a relative word.
    fn year_word(&self, e: usize) -> Option<(Year, usize, Option<Calendar>)> {
        // "سال‌های": a plural, no year.
        if self.text[e..].starts_with(text::ZWNJ_LIKE) {
            return None;
        }
        let g = self.gap(e);
        if let Some((y, n, de)) = self.digits(g) {
            if !(2..=4).contains(&n)
                || self.separator_then_digit(de)
                || self.unit_or_scale_after(de)
            {
                return None;
            }
            let (era, end) = self.era_after(de);
            let year = if n == 2 {
                Year::TwoDigits(y as u8)
            } else {
                Year::Full(y as i32)
            };
            return Some((year, end, era));
        }
        let (w, we) = self.word_at(g)?;
        if let Some(k) = lexicon::relative(w) {
            return Some((Year::Relative(k), we, None));
        }
        // "سال هشتاد", "سال هزار و چهارصد و سه"; not "سال سه هزار و 713
        // خدمت" (a count: a year is written in words or in digits).
        if !starts_year_in_words(w) && !starts_two_digit_year(w) {
            return None;
        }
        let (v, e) = self.year_in_words(g)?;
        match i32::try_from(v).ok()? {
            y @ 10..=99 => Some((Year::TwoDigits(y as u8), e, None)),
            y @ 1000..=9999 => Some((Year::Full(y), e, None)),
            _ => None,
        }
    }

    /// Whether a unit or a scale word follows a number ending at `e`: "سال
    /// ۹۸ هزار", "سال ۲۰ درصد" is no year.
    fn unit_or_scale_after(&self, e: usize) -> bool {
        let g = self.gap(e);
        if unit::unit_at(self.text, g).is_some() {
            return true;
        }
        // "همت" is a scale and a currency: a thousand billion tomans.
        self.word_at(g).is_some_and(|(w, _)| {
            text::folded_in(w, &number::SCALES[1..]) || text::folded_in(w, &["همت"])
        })
    }

    /// A date anchored by the word `word` at `start..end`.
    pub(crate) fn at_word(&self, start: usize, end: usize, word: Word) -> Option<Reading> {
        match word {
            Word::Month(..) | Word::HijriHead(_) => {
                let m = self.month_at(start)?;
                let cardinal = m.strength == Strength::Plain;
                let r = match self.day_before(start, cardinal) {
                    Some((day, s)) => match self.first_day_before(s, day, cardinal) {
                        // "دوازدهم تا پانزدهم آذر".
                        Some((first, s0)) => {
                            self.after_month(s0, first, Some((m.month, day)), m)?
                        }
                        None => self.after_month(s, day, None, m)?,
                    },
                    None => self.after_month(start, 0, None, m)?,
                };
                Some(self.with_weekday(r))
            }
            Word::Mah => {
                let m = self.month_at(self.gap(end))?;
                if m.mah {
                    return None;
                }
                let m = MonthAt { mah: true, ..m };
                self.after_month(start, 0, None, m)
            }
            Word::Year => {
                let (year, end, era) = self.year_word(end)?;
                if self.counted(start) {
                    return None;
                }
                Some(self.year_alone(start, end, year, era))
            }
            Word::ThisYear(k) => Some(self.year_alone(start, end, Year::Relative(k), None)),
        }
    }

    fn year_alone(&self, start: usize, end: usize, year: Year, era: Option<Calendar>) -> Reading {
        let calendar = era.unwrap_or(match year {
            Year::Full(1700..=2199) => Calendar::Gregorian,
            _ => Calendar::Jalali,
        });
        Reading {
            start,
            end,
            calendar,
            year,
            month: 0,
            day: 0,
            weekday: None,
            until: None,
            until_year: Year::Missing,
        }
    }

    /// Whether a number stands right before "سال" at `start`: "دو سال
    /// گذشته" is a length of time.
    fn counted(&self, start: usize) -> bool {
        let p = self.gap_back(start);
        if self.text[..p]
            .chars()
            .next_back()
            .is_some_and(text::is_digit)
        {
            return true;
        }
        match self.word_before(start) {
            Some((_, ws)) => {
                number::number_at(self.text, ws).is_some_and(|(_, e, ord)| e == p && !ord)
            }
            None => false,
        }
    }

    /// A day in words right before a month at `start`: an ordinal
    /// ("دوازدهم", "بیست و ششم", "سی‌ام", "اول"), or with `cardinal` (a month
    /// that is rarely another word) a cardinal ("سی مرداد", "پانزده خرداد"
    /// is a trap month: "چمن پنج مهر" is a place).
    fn day_before(&self, start: usize, cardinal: bool) -> Option<(u8, usize)> {
        let end = self.gap_back(start);
        // An ordinal ends in م (دوازدهم, سی‌ام) or is اول or نخست; a
        // cardinal day ends in a unit, a teen, بیست or سی: read nothing back
        // otherwise.
        let (last, _) = self.word_before(start)?;
        let ordinal = last.ends_with('م') || text::folded_in(last, FIRST);
        if !(ordinal || (cardinal && ends_cardinal_day(last))) {
            return None;
        }
        let mut at = start;
        let mut best = None;
        // The day is at most three words back ("بیست و ششم"; "سی‌ام" is two).
        for _ in 0..3 {
            let Some((_, ws)) = self.word_before(at) else {
                break;
            };
            if let Some((v, e, ord)) = number::number_at(self.text, ws) {
                if e == end && ord == ordinal {
                    match i64::try_from(v) {
                        Ok(d @ 1..=31) => best = Some((d as u8, ws)),
                        // A longer number ends here ("هزار و دو آذر"): its
                        // last word is no day.
                        _ => return None,
                    }
                }
            }
            at = ws;
        }
        best
    }

    /// The first day of a range in words before the day at `s`: "دوازدهم
    /// تا" before "پانزدهم آذر".
    fn first_day_before(&self, s: usize, last: u8, cardinal: bool) -> Option<(u8, usize)> {
        let (w, ws) = self.word_before(s)?;
        if !matches!(w, "تا" | "الی") {
            return None;
        }
        self.day_before(ws, cardinal).filter(|&(d, _)| d < last)
    }

    /// The reading with the weekday written before it, when it has a day:
    /// "چهارشنبه ۳۰ شهریور", "سه شنبه، ۱۲ آذر".
    fn with_weekday(&self, mut r: Reading) -> Reading {
        if r.day == 0 {
            return r;
        }
        let mut p = self.gap_back(r.start);
        if self.text[..p].ends_with(['،', ',']) {
            p = self.gap_back(p - self.text[..p].chars().next_back().map_or(0, char::len_utf8));
        }
        let Some((w, ws)) = self.word_before(p) else {
            return r;
        };
        let Some(mut day) = lexicon::weekday(w) else {
            return r;
        };
        let mut start = ws;
        if lexicon::is_shanbe(w) {
            if let Some((h, hs)) = self.word_before(ws) {
                if let Some(d) = lexicon::weekday_head(h) {
                    day = d;
                    start = hs;
                }
            }
        }
        r.weekday = Some(day);
        r.start = start;
        r
    }
}
