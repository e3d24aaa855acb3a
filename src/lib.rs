//! # parsi
//!
//! Persian (Farsi) text and numbers.
#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod digits;
mod error;
pub mod number;
mod unit;

pub use error::{ErrorKind, ParseError};
pub use number::{
    digitize_numbers, find_numbers, parse_number, parse_ordinal, spell_numbers, to_ordinal_words,
    to_words, DecimalStyle, Number, NumberMatch, NumberMatches, OrdinalStyle, Parser, ScaleNames,
    SpellError, Spelling, TryFromNumberError,
};
pub use unit::{Currency, Unit};
