//! The Python exceptions: `ParseError` and `ConversionError`, both
//! `ValueError`s, with their kind and, for a parse, where in the text.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::convert::CharIndex;

create_exception!(
    parsi,
    ParseError,
    PyValueError,
    "Text that is not a number or an amount of money.\n\n\
     Attributes: ``kind`` (a string such as ``\"unknown_word\"``), ``start`` and\n\
     ``end`` (indices into the text passed in: ``text[e.start:e.end] == e.found``)\n\
     and ``found`` (the offending text)."
);

create_exception!(
    parsi,
    ConversionError,
    PyValueError,
    "An amount that cannot be converted to another currency.\n\n\
     Attributes: ``kind`` (``\"unconvertible\"``: no fixed rate, or\n\
     ``\"overflow\"``), ``source`` and ``target`` (the two ``Currency`` values)."
);

/// The kind's name in Python: snake case, stable.
pub(crate) fn kind_name(kind: parsi::ErrorKind) -> &'static str {
    use parsi::ErrorKind as K;
    match kind {
        K::Empty => "empty",
        K::UnknownWord => "unknown_word",
        K::UnexpectedWord => "unexpected_word",
        K::MalformedDigits => "malformed_digits",
        K::Overflow => "overflow",
        K::Incomplete => "incomplete",
        K::NotOrdinal => "not_ordinal",
        K::MissingCurrency => "missing_currency",
        K::MissingAmount => "missing_amount",
        K::Unconvertible => "unconvertible",
        K::Inexact => "inexact",
        K::InvalidDate => "invalid_date",
        K::WeekdayMismatch => "weekday_mismatch",
        _ => "other",
    }
}

/// A `ParseError` for `err` from parsing `text`, its byte range turned into
/// string indices.
pub(crate) fn parse_error(py: Python<'_>, text: &str, err: &parsi::ParseError) -> PyErr {
    let range = err.range();
    let mut index = CharIndex::new(text);
    let (start, end) = (index.at(range.start), index.at(range.end));
    let kind = kind_name(err.kind());
    let found = crate::convert::str_repr(py, err.found()).unwrap_or_default();
    let message = format!("{} at {start}..{end}: {found}", err.kind());
    let e = ParseError::new_err(message);
    let value = e.value(py);
    let set = || -> PyResult<()> {
        value.setattr("kind", kind)?;
        value.setattr("start", start)?;
        value.setattr("end", end)?;
        value.setattr("found", err.found())?;
        Ok(())
    };
    match set() {
        Ok(()) => e,
        Err(other) => other,
    }
}

/// A `ConversionError` for `err`.
pub(crate) fn conversion_error(py: Python<'_>, err: &parsi::ConversionError) -> PyErr {
    let e = ConversionError::new_err(err.to_string());
    let value = e.value(py);
    let set = || -> PyResult<()> {
        value.setattr("kind", kind_name(err.kind()))?;
        value.setattr("source", crate::money::Currency::from(err.from()))?;
        value.setattr("target", crate::money::Currency::from(err.to()))?;
        Ok(())
    };
    match set() {
        Ok(()) => e,
        Err(other) => other,
    }
}

/// A `ValueError` for a value that has no ordinal words.
pub(crate) fn spell_error(err: parsi::SpellError) -> PyErr {
    PyValueError::new_err(err.to_string())
}
