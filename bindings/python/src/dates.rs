//! Dates: `JalaliDate`, dates found in text and read whole, and every kind
//! found in one pass (`find_entities`).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::convert::{self, CharIndex};
use crate::errors;
use crate::money::MoneyMatch;
use crate::numbers::NumberMatch;

/// A date of the Iranian calendar: validated, ordered, hashable.
///
/// >>> d = JalaliDate(1403, 9, 12)
/// >>> d.to_gregorian()
/// (2024, 12, 2)
/// >>> d.format("long"), d.weekday
/// ('۱۲ آذر ۱۴۰۳', 3)
/// >>> JalaliDate.from_gregorian(2025, 3, 21)
/// JalaliDate(1404, 1, 1)
#[pyclass(module = "parsi", frozen, eq, ord, hash)]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct JalaliDate(pub(crate) parsi::JalaliDate);

fn date_error(e: parsi::DateError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

#[pymethods]
impl JalaliDate {
    #[new]
    fn new(year: i32, month: u8, day: u8) -> PyResult<JalaliDate> {
        parsi::JalaliDate::new(year, month, day)
            .map(JalaliDate)
            .map_err(date_error)
    }

    /// The date of a Gregorian year, month and day.
    #[staticmethod]
    fn from_gregorian(year: i32, month: u8, day: u8) -> PyResult<JalaliDate> {
        parsi::JalaliDate::from_gregorian(year, month, day)
            .map(JalaliDate)
            .map_err(date_error)
    }

    /// Whether ``year`` has 366 days (Esfand 30).
    #[staticmethod]
    fn is_leap_year(year: i32) -> bool {
        parsi::is_leap_year(year)
    }

    /// The year.
    #[getter]
    fn year(&self) -> i32 {
        self.0.year()
    }

    /// The month, 1 (Farvardin) to 12 (Esfand).
    #[getter]
    fn month(&self) -> u8 {
        self.0.month()
    }

    /// The day of the month.
    #[getter]
    fn day(&self) -> u8 {
        self.0.day()
    }

    /// The day of the Persian week: 1 (Saturday, شنبه) to 7 (Friday).
    #[getter]
    fn weekday(&self) -> u8 {
        self.0.weekday().number()
    }

    /// The Gregorian ``(year, month, day)``.
    fn to_gregorian(&self) -> (i32, u8, u8) {
        self.0.to_gregorian()
    }

    /// The date ``days`` later (earlier when negative).
    fn add_days(&self, days: i64) -> PyResult<JalaliDate> {
        self.0
            .checked_add_days(days)
            .map(JalaliDate)
            .map_err(date_error)
    }

    /// Days from this date to ``other``.
    fn days_until(&self, other: PyRef<'_, JalaliDate>) -> i64 {
        self.0.days_until(other.0)
    }

    /// The date written: ``"digits"`` (۱۴۰۳/۰۹/۱۲), ``"ascii"``,
    /// ``"long"`` (۱۲ آذر ۱۴۰۳), ``"weekday"`` or ``"words"``.
    #[pyo3(signature = (style = "digits"))]
    fn format(&self, style: &str) -> PyResult<String> {
        let s = match style {
            "digits" => parsi::DateStyle::Digits,
            "ascii" => parsi::DateStyle::AsciiDigits,
            "long" => parsi::DateStyle::Long,
            "weekday" => parsi::DateStyle::WithWeekday,
            "words" => parsi::DateStyle::Words,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown style {other:?}: digits, ascii, long, weekday or words"
                )))
            }
        };
        Ok(self.0.format(s))
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "JalaliDate({}, {}, {})",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// A date found in text. ``calendar`` is ``"jalali"``, ``"gregorian"`` or
/// ``"hijri"``; ``year``, ``month`` and ``day`` may be ``None``;
/// ``weekday`` is the weekday written (1 Saturday .. 7 Friday);
/// ``until`` the last ``(month, day)`` of a range.
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct DateMatch {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    calendar: &'static str,
    #[pyo3(get)]
    year: Option<i32>,
    #[pyo3(get)]
    month: Option<u8>,
    #[pyo3(get)]
    day: Option<u8>,
    #[pyo3(get)]
    weekday: Option<u8>,
    #[pyo3(get)]
    weekday_agrees: Option<bool>,
    #[pyo3(get)]
    relative_year: Option<i8>,
    #[pyo3(get)]
    until: Option<(u8, u8)>,
    date: Option<JalaliDate>,
}

#[pymethods]
impl DateMatch {
    /// The date as a ``JalaliDate`` when complete and convertible (a lunar
    /// date is not converted).
    #[getter]
    fn jalali(&self) -> Option<JalaliDate> {
        self.date.clone()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let opt = |v: Option<String>| v.unwrap_or_else(|| "None".into());
        Ok(format!(
            "DateMatch(start={}, end={}, text={}, calendar='{}', year={}, month={}, day={})",
            self.start,
            self.end,
            convert::str_repr(py, &self.text)?,
            self.calendar,
            opt(self.year.map(|v| v.to_string())),
            opt(self.month.map(|v| v.to_string())),
            opt(self.day.map(|v| v.to_string())),
        ))
    }
}

impl DateMatch {
    fn of(m: &parsi::DateMatch<'_>, index: &mut CharIndex<'_>) -> DateMatch {
        DateMatch {
            start: index.at(m.start()),
            end: index.at(m.end()),
            text: m.as_str().to_owned(),
            calendar: match m.calendar() {
                parsi::Calendar::Gregorian => "gregorian",
                parsi::Calendar::Hijri => "hijri",
                _ => "jalali",
            },
            year: m.year(),
            month: m.month(),
            day: m.day(),
            weekday: m.weekday().map(parsi::Weekday::number),
            weekday_agrees: m.weekday_agrees(),
            relative_year: m.relative_year(),
            until: m.until().map(|u| (u.month(), u.day())),
            date: m.jalali().map(JalaliDate),
        }
    }
}

/// The finder with the anchor given, if any.
pub(crate) fn finder(anchor: Option<parsi::JalaliDate>) -> parsi::DateFinder {
    match anchor {
        Some(a) => parsi::DateFinder::new().anchor(a),
        None => parsi::DateFinder::new(),
    }
}

/// Every date in running text, in order. ``anchor``, the date the text was
/// written on, fills in what it leaves out (امسال, "سال ۸۷", a missing
/// year).
///
/// >>> [(m.text, m.year, m.month, m.day) for m in find_dates("جلسه ۱۲ آذر ۱۴۰۳ و دوازدهم دی")]
/// [('۱۲ آذر ۱۴۰۳', 1403, 9, 12), ('دوازدهم دی', None, 10, 12)]
/// >>> find_dates("پارسال", anchor=JalaliDate(1403, 9, 12))[0].year
/// 1402
#[pyfunction]
#[pyo3(signature = (text, *, anchor = None))]
pub(crate) fn find_dates(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    anchor: Option<PyRef<'_, JalaliDate>>,
) -> PyResult<Vec<DateMatch>> {
    let s = convert::text_arg(text, "text")?;
    let f = finder(anchor.map(|a| a.0));
    Ok(convert::detached(py, s, |s| {
        let mut index = CharIndex::new(s);
        f.find_dates(s)
            .map(|m| DateMatch::of(&m, &mut index))
            .collect()
    }))
}

/// One whole date expression; ``ParseError`` (kinds ``invalid_date``,
/// ``weekday_mismatch``, ``unknown_word``, ...) otherwise.
///
/// >>> parse_date("دوشنبه ۱۲ آذر ۱۴۰۳").jalali
/// JalaliDate(1403, 9, 12)
#[pyfunction]
#[pyo3(signature = (text, *, anchor = None))]
pub(crate) fn parse_date(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    anchor: Option<PyRef<'_, JalaliDate>>,
) -> PyResult<DateMatch> {
    let s = convert::text_arg(text, "text")?;
    match finder(anchor.map(|a| a.0)).parse_date(s) {
        Ok(m) => Ok(DateMatch::of(&m, &mut CharIndex::new(s))),
        Err(e) => Err(errors::parse_error(py, s, &e)),
    }
}

/// Dates, amounts of money and numbers in one list, in text order and not
/// overlapping: a date or an amount claims its numbers. ``anchor`` as for
/// ``find_dates``, ``colloquial_thousands`` as for ``find_money``.
///
/// >>> [type(e).__name__ for e in find_entities("۱۲ آذر ۱۴۰۳، ۵ دلار و ۳ نفر")]
/// ['DateMatch', 'MoneyMatch', 'NumberMatch']
#[pyfunction]
#[pyo3(signature = (text, *, anchor = None, colloquial_thousands = false))]
pub(crate) fn find_entities<'py>(
    text: &Bound<'py, PyAny>,
    anchor: Option<PyRef<'py, JalaliDate>>,
    colloquial_thousands: bool,
) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let s = convert::text_arg(text, "text")?;
    let mut index = CharIndex::new(s);
    let f = parsi::EntityFinder::new()
        .dates(finder(anchor.map(|a| a.0)))
        .money(parsi::MoneyParser::new().colloquial_thousands(colloquial_thousands));
    let items: Vec<Bound<'py, PyAny>> = f
        .find_entities(s)
        .map(|e| match e {
            parsi::Entity::Date(m) => DateMatch::of(&m, &mut index)
                .into_pyobject(py)
                .map(|b| b.into_any()),
            parsi::Entity::Money(m) => MoneyMatch::of(&m, &mut index)
                .into_pyobject(py)
                .map(|b| b.into_any()),
            parsi::Entity::Number(m) => NumberMatch::of(&m, &mut index)
                .into_pyobject(py)
                .map(|b| b.into_any()),
            _ => Ok(py.None().into_bound(py)),
        })
        .collect::<PyResult<_>>()?;
    PyList::new(py, items)
}
