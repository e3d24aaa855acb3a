//! The error type of reading text: numbers, money and dates.
//!
//! # Design
//!
//! [`ParseError`] is opaque: callers ask it for its [`kind`](ParseError::kind),
//! the byte [`range`](ParseError::range) of the offending part of *their* text,
//! and the [`found`](ParseError::found) text itself. New kinds can be added to
//! [`ErrorKind`] (it is `#[non_exhaustive]`) without breaking anyone.
//!
//! Inside the crate a rejection is a small `Copy` value ([`Reject`]); the
//! public error, which owns a copy of the offending text, is built only when a
//! public function is about to return `Err`.

use std::fmt;
use std::ops::Range;

/// What was wrong with the input.
///
/// A [`ParseError`] (reading text) carries every kind but `Unconvertible`;
/// a [`ConversionError`](crate::ConversionError) (converting an amount)
/// carries `Unconvertible` and `Overflow`. The money kinds (`MissingCurrency`,
/// `MissingAmount`) come only from reading amounts of money.
///
/// # Example
///
/// ```
/// use parsi::{parse_number, ErrorKind};
///
/// assert_eq!(parse_number("").unwrap_err().kind(), ErrorKind::Empty);
/// assert_eq!(parse_number("سلام").unwrap_err().kind(), ErrorKind::UnknownWord);
/// assert_eq!(parse_number("بیست سی").unwrap_err().kind(), ErrorKind::UnexpectedWord);
/// assert_eq!(parse_number("2,52,1").unwrap_err().kind(), ErrorKind::MalformedDigits);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only whitespace.
    Empty,
    /// A word that is not part of any number expression.
    UnknownWord,
    /// A number word in a place the grammar does not allow ("بیست سی", "سه دو").
    UnexpectedWord,
    /// Digits with misplaced separators ("2,52,1") or an unreadable digit group.
    MalformedDigits,
    /// The value does not fit the exact representation of [`Number`](crate::Number).
    Overflow,
    /// The input ends where more was required (a trailing "و", a lone "منفی").
    Incomplete,
    /// An ordinal was required but a cardinal was found.
    NotOrdinal,
    /// A money amount without a currency (money parsing only).
    MissingCurrency,
    /// A currency without an amount (money parsing only).
    MissingAmount,
    /// A conversion between currencies that have no fixed rate (a
    /// [`ConversionError`](crate::ConversionError) only).
    Unconvertible,
    /// A fraction whose value has no exact decimal form ("دو سوم", two
    /// thirds); [`Number`](crate::Number) holds only exact values.
    Inexact,
    /// A date whose day is not in its month ("۳۰ اسفند ۱۴۰۲", "۳۱ مهر")
    /// (dates only).
    InvalidDate,
    /// A weekday written before a date that falls on another day (dates
    /// only).
    WeekdayMismatch,
}

impl ErrorKind {
    fn describe(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty input",
            ErrorKind::UnknownWord => "unknown word",
            ErrorKind::UnexpectedWord => "word not allowed here",
            ErrorKind::MalformedDigits => "malformed digits",
            ErrorKind::Overflow => "value out of range",
            ErrorKind::Incomplete => "incomplete number",
            ErrorKind::NotOrdinal => "not an ordinal",
            ErrorKind::MissingCurrency => "missing currency",
            ErrorKind::MissingAmount => "missing amount",
            ErrorKind::Unconvertible => "no fixed rate",
            ErrorKind::Inexact => "no exact decimal value",
            ErrorKind::InvalidDate => "no such date",
            ErrorKind::WeekdayMismatch => "weekday does not match the date",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// An error from parsing a number or an amount of money.
///
/// # Example
///
/// ```
/// use parsi::{parse_number, ErrorKind};
///
/// let err = parse_number("بیست سلام").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownWord);
/// assert_eq!(err.range(), 9..17);
/// assert_eq!(err.found(), "سلام");
/// assert_eq!(err.to_string(), "unknown word at bytes 9..17: \"سلام\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at bytes {start}..{end}: {found:?}")]
pub struct ParseError {
    kind: ErrorKind,
    start: usize,
    end: usize,
    found: Box<str>,
}

impl ParseError {
    /// What was wrong.
    ///
    /// ```
    /// assert_eq!(parsi::parse_number("بیست سی").unwrap_err().kind(), parsi::ErrorKind::UnexpectedWord);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The byte range of the offending part, in the caller's text.
    ///
    /// ```
    /// assert_eq!(parsi::parse_number("سه دو").unwrap_err().range(), 5..9);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The offending text (empty for [`ErrorKind::Empty`]).
    ///
    /// ```
    /// assert_eq!(parsi::parse_number("سه دو").unwrap_err().found(), "دو");
    /// ```
    pub fn found(&self) -> &str {
        &self.found
    }
}

/// A rejection inside the crate: cheap to pass around, turned into a
/// [`ParseError`] only at the public boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reject {
    pub(crate) kind: ErrorKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Reject {
    pub(crate) const fn new(kind: ErrorKind, start: usize, end: usize) -> Self {
        Reject { kind, start, end }
    }

    /// Builds the public error; `text` is the caller's whole input.
    #[cold]
    #[inline(never)]
    pub(crate) fn into_error(self, text: &str) -> ParseError {
        let found = text.get(self.start..self.end).unwrap_or("");
        ParseError {
            kind: self.kind,
            start: self.start,
            end: self.end,
            found: found.into(),
        }
    }
}
