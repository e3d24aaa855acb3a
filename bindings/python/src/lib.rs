//! `parsi._parsi`: the compiled core of the Python package `parsi`.
//!
//! A thin layer over the crate: each function takes Python strings, runs the
//! crate, and gives back exact values (`int`, `Decimal`) and string indices
//! (code points, as Python counts them). The package `parsi` re-exports
//! everything here; see its `__init__.py` and type stubs.
#![forbid(unsafe_code)]

mod arrow;
mod convert;
mod dates;
mod errors;
mod money;
mod numbers;
mod search;
mod text;

use pyo3::prelude::*;

#[pymodule]
fn _parsi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ParseError", py.get_type::<errors::ParseError>())?;
    m.add("ConversionError", py.get_type::<errors::ConversionError>())?;

    m.add_function(wrap_pyfunction!(numbers::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::parse_ordinal, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::to_words, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::to_ordinal_words, m)?)?;
    m.add_class::<numbers::NumberMatch>()?;
    m.add_function(wrap_pyfunction!(numbers::find_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::find_numbers_batch, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::spell_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::digitize_numbers, m)?)?;

    m.add_class::<money::Currency>()?;
    m.add_class::<money::Money>()?;
    m.add_class::<money::MoneyMatch>()?;
    m.add_function(wrap_pyfunction!(money::find_money, m)?)?;
    m.add_function(wrap_pyfunction!(money::find_money_batch, m)?)?;

    m.add_class::<dates::JalaliDate>()?;
    m.add_class::<dates::DateMatch>()?;
    m.add_function(wrap_pyfunction!(dates::find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(dates::parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(dates::find_entities, m)?)?;

    m.add_class::<text::Normalizer>()?;
    m.add_function(wrap_pyfunction!(text::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(text::to_persian_digits, m)?)?;
    m.add_function(wrap_pyfunction!(text::to_ascii_digits, m)?)?;
    m.add_function(wrap_pyfunction!(text::to_arabic_digits, m)?)?;
    m.add_class::<text::Token>()?;
    m.add_function(wrap_pyfunction!(text::tokens, m)?)?;
    m.add_function(wrap_pyfunction!(text::word_tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(text::word_tokenize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(text::sentences, m)?)?;
    m.add_function(wrap_pyfunction!(text::sentences_batch, m)?)?;

    m.add_class::<search::Normalized>()?;
    m.add_function(wrap_pyfunction!(search::normalize_with_offsets, m)?)?;
    m.add_class::<search::Searcher>()?;
    m.add_class::<search::SearchMatch>()?;

    m.add_function(wrap_pyfunction!(arrow::arrow_normalize, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_to_persian_digits, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_to_ascii_digits, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_spell_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_digitize_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_word_tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_find_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_find_money, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_find_dates, m)?)?;
    Ok(())
}
