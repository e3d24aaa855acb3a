//! Numbers: parsing, spelling, finding and rewriting.

use parsi::{DecimalStyle, Number, NumberParser, OrdinalStyle, ScaleNames, Script, Spelling, Unit};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;
use rayon::prelude::*;

use crate::convert::{self, CharIndex};
use crate::errors;

/// A number parser from the keyword switches.
fn parser(long_scale: bool, slash_decimal: bool) -> NumberParser {
    NumberParser::new()
        .long_scale(long_scale)
        .slash_decimal(slash_decimal)
}

/// A digit script by its Python name.
pub(crate) fn script(name: &str) -> PyResult<Script> {
    match name {
        "persian" => Ok(Script::Persian),
        "arabic" => Ok(Script::ArabicIndic),
        "ascii" => Ok(Script::Ascii),
        _ => Err(PyValueError::new_err(format!(
            "script must be \"persian\", \"arabic\" or \"ascii\", not {name:?}"
        ))),
    }
}

/// A spelling from the keyword options.
fn spelling(
    explicit_one: bool,
    first_as_aval: bool,
    ordinal_style: &str,
    decimal_style: &str,
    scale_names: &str,
) -> PyResult<Spelling> {
    let ordinal = match ordinal_style {
        "suffix" => OrdinalStyle::Suffix,
        "attributive" => OrdinalStyle::Attributive,
        _ => {
            return Err(PyValueError::new_err(format!(
                "ordinal_style must be \"suffix\" or \"attributive\", not {ordinal_style:?}"
            )))
        }
    };
    let decimal = match decimal_style {
        "point" => DecimalStyle::Point,
        "fraction" => DecimalStyle::Fraction,
        _ => {
            return Err(PyValueError::new_err(format!(
                "decimal_style must be \"point\" or \"fraction\", not {decimal_style:?}"
            )))
        }
    };
    let scales = match scale_names {
        "short" => ScaleNames::Short,
        "milliard" => ScaleNames::Milliard,
        _ => {
            return Err(PyValueError::new_err(format!(
                "scale_names must be \"short\" or \"milliard\", not {scale_names:?}"
            )))
        }
    };
    Ok(Spelling::new()
        .explicit_one(explicit_one)
        .first_as_aval(first_as_aval)
        .ordinal_style(ordinal)
        .decimal_style(decimal)
        .scale_names(scales))
}

/// The exact value of one number expression: words, digits in any script,
/// or both ("2میلیارد و 521میلیون").
///
/// Returns an ``int`` when the value is whole and a ``decimal.Decimal``
/// otherwise; never a float. An ordinal ("بیست و یکم") gives its value.
///
/// ``long_scale=True`` reads بیلیون as 10**12; ``slash_decimal=False`` stops
/// reading "/" between digits as a decimal point ("۳/۵" is 3.5 by default).
///
/// Raises ``ParseError`` (a ``ValueError``) with ``kind``, ``start``, ``end``
/// and ``found`` for text that is not one number.
///
/// >>> parse_number("سه هزار و هفتصد و سیزده")
/// 3713
/// >>> parse_number("۲٫۵ میلیون")
/// 2500000
/// >>> parse_number("دو ممیز پنج")
/// Decimal('2.5')
#[pyfunction]
#[pyo3(signature = (text, *, long_scale = false, slash_decimal = true))]
pub(crate) fn parse_number<'py>(
    text: &Bound<'py, PyAny>,
    long_scale: bool,
    slash_decimal: bool,
) -> PyResult<Bound<'py, PyAny>> {
    parse_with(text, parser(long_scale, slash_decimal), NumberParser::parse)
}

/// The value of one ordinal expression ("بیست و یکم", "سومین", "اول").
///
/// Raises ``ParseError`` with kind ``"not_ordinal"`` for a cardinal.
///
/// >>> parse_ordinal("صد و بیست و یکمین")
/// 121
#[pyfunction]
#[pyo3(signature = (text, *, long_scale = false, slash_decimal = true))]
pub(crate) fn parse_ordinal<'py>(
    text: &Bound<'py, PyAny>,
    long_scale: bool,
    slash_decimal: bool,
) -> PyResult<Bound<'py, PyAny>> {
    parse_with(
        text,
        parser(long_scale, slash_decimal),
        NumberParser::parse_ordinal,
    )
}

/// `text` read by `read` with `numbers`, as an exact Python value.
fn parse_with<'py>(
    text: &Bound<'py, PyAny>,
    numbers: NumberParser,
    read: fn(&NumberParser, &str) -> Result<parsi::Number, parsi::ParseError>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = text.py();
    let s = convert::text_arg(text, "text")?;
    let n = read(&numbers, s).map_err(|e| errors::parse_error(py, s, &e))?;
    convert::number_to_py(py, n)
}

/// A value in Persian words. ``value`` is an ``int``, a ``Decimal`` or a
/// string of digits in any script.
///
/// Options: ``explicit_one`` ("یک هزار" for 1000), ``decimal_style``
/// (``"point"``: "سه ممیز پنج", or ``"fraction"``: "سه و پنج دهم"),
/// ``scale_names`` (``"short"``: تریلیون, or ``"milliard"``: "هزار میلیارد").
///
/// >>> to_words(3713)
/// 'سه هزار و هفتصد و سیزده'
/// >>> to_words("2.5")
/// 'دو ممیز پنج'
#[pyfunction]
#[pyo3(signature = (value, *, explicit_one = false, decimal_style = "point", scale_names = "short"))]
pub(crate) fn to_words(
    value: &Bound<'_, PyAny>,
    explicit_one: bool,
    decimal_style: &str,
    scale_names: &str,
) -> PyResult<String> {
    let n = convert::number_from_py(value)?;
    Ok(spelling(explicit_one, false, "suffix", decimal_style, scale_names)?.words(n))
}

/// A positive whole value as ordinal words: "بیست و یکم", or with
/// ``style="attributive"`` "بیست و یکمین"; ``first_as_aval=True`` writes 1
/// as "اول".
///
/// >>> to_ordinal_words(21)
/// 'بیست و یکم'
/// >>> to_ordinal_words(3, style="attributive")
/// 'سومین'
#[pyfunction]
#[pyo3(signature = (value, *, style = "suffix", first_as_aval = false, explicit_one = false, scale_names = "short"))]
pub(crate) fn to_ordinal_words(
    value: &Bound<'_, PyAny>,
    style: &str,
    first_as_aval: bool,
    explicit_one: bool,
    scale_names: &str,
) -> PyResult<String> {
    let n = convert::number_from_py(value)?;
    spelling(explicit_one, first_as_aval, style, "point", scale_names)?
        .ordinal_words(n)
        .map_err(errors::spell_error)
}

/// A number found in text.
///
/// ``start`` and ``end`` are string indices: ``text[m.start:m.end] ==
/// m.text``. ``value`` is an ``int`` or a ``Decimal``; ``unit`` is ``None``,
/// ``"percent"`` or a currency (``"rial"``, ``"toman"``, ``"usd"``, ``"eur"``,
/// ``"aed"``, ``"gbp"``, ``"cny"``, ``"try"``).
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct NumberMatch {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    number: Number,
    #[pyo3(get)]
    is_ordinal: bool,
    unit: Option<Unit>,
}

/// The Python name of a unit.
fn unit_name(unit: Option<Unit>) -> Option<&'static str> {
    unit.map(|u| match u {
        Unit::Percent => "percent",
        Unit::Currency(c) => crate::money::currency_name(c),
        _ => "other",
    })
}

#[pymethods]
impl NumberMatch {
    /// The exact value: an ``int``, or a ``Decimal`` with a fraction.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::number_to_py(py, self.number)
    }

    /// ``None``, ``"percent"`` or the currency's name (``"rial"``, ...).
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        unit_name(self.unit)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "NumberMatch(start={}, end={}, text={}, value={}, is_ordinal={}, unit={})",
            self.start,
            self.end,
            convert::str_repr(py, &self.text)?,
            crate::money::repr_amount(self.number),
            if self.is_ordinal { "True" } else { "False" },
            match unit_name(self.unit) {
                Some(u) => format!("'{u}'"),
                None => "None".to_owned(),
            }
        ))
    }
}

/// Every number in `text` with string offsets, the crate's byte ranges
/// turned into indices in one pass.
fn matches_in(text: &str, numbers: &NumberParser) -> Vec<NumberMatch> {
    let mut index = CharIndex::new(text);
    numbers
        .find_numbers(text)
        .map(|m| NumberMatch::of(&m, &mut index))
        .collect()
}

impl NumberMatch {
    /// The Python match of a crate match, offsets through `index`.
    pub(crate) fn of(m: &parsi::NumberMatch<'_>, index: &mut CharIndex<'_>) -> NumberMatch {
        NumberMatch {
            start: index.at(m.start()),
            end: index.at(m.end()),
            text: m.as_str().to_owned(),
            number: m.value(),
            is_ordinal: m.is_ordinal(),
            unit: m.unit(),
        }
    }
}

/// Every number in running text, in order: words, digits, both mixed, with
/// their units ("۵۰ هزار تومان", "۳ درصد"). Weekdays, identifiers
/// ("7388/6012"), "نه" meaning "not" and the like are left out.
///
/// >>> [m.value for m in find_numbers("سه هزار و 713 خدمت و هزار و 214کودک")]
/// [3713, 1214]
#[pyfunction]
#[pyo3(signature = (text, *, long_scale = false, slash_decimal = true))]
pub(crate) fn find_numbers(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    long_scale: bool,
    slash_decimal: bool,
) -> PyResult<Vec<NumberMatch>> {
    let s = convert::text_arg(text, "text")?;
    let numbers = parser(long_scale, slash_decimal);
    Ok(convert::detached(py, s, |s| matches_in(s, &numbers)))
}

/// ``find_numbers`` over many texts at once, on every core with the GIL
/// released; one list of matches per text, in input order.
///
/// >>> [[m.value for m in ms] for ms in find_numbers_batch(["دو و سه", "هیچ"])]
/// [[2, 3], []]
#[pyfunction]
#[pyo3(signature = (texts, *, long_scale = false, slash_decimal = true))]
pub(crate) fn find_numbers_batch<'py>(
    texts: &Bound<'py, PyAny>,
    long_scale: bool,
    slash_decimal: bool,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let strings = convert::texts_arg(texts)?;
    let views = convert::utf8(&strings)?;
    let numbers = parser(long_scale, slash_decimal);
    let found: Vec<Vec<NumberMatch>> =
        py.detach(|| views.par_iter().map(|s| matches_in(s, &numbers)).collect());
    PyList::new(py, found)
}

/// Every number in running text spelled in words; the rest unchanged.
/// Takes the options of ``to_words``.
///
/// >>> spell_numbers("در سال 1400 و ۳ درصد")
/// 'در سال هزار و چهارصد و سه درصد'
#[pyfunction]
#[pyo3(signature = (text, *, explicit_one = false, decimal_style = "point", scale_names = "short"))]
pub(crate) fn spell_numbers(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    explicit_one: bool,
    decimal_style: &str,
    scale_names: &str,
) -> PyResult<String> {
    let s = convert::text_arg(text, "text")?;
    let sp = spelling(explicit_one, false, "suffix", decimal_style, scale_names)?;
    Ok(convert::detached(py, s, |s| sp.spell_numbers(s)))
}

/// Every number in running text written in digits of ``script``
/// (``"persian"``, ``"arabic"`` or ``"ascii"``); the rest unchanged.
///
/// >>> digitize_numbers("سه هزار و هفتصد و سیزده خدمت")
/// '۳۷۱۳ خدمت'
/// >>> digitize_numbers("بیست و پنج درصد", "ascii")
/// '25 درصد'
#[pyfunction]
#[pyo3(signature = (text, script = "persian", *, long_scale = false, slash_decimal = true))]
pub(crate) fn digitize_numbers(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    script: &str,
    long_scale: bool,
    slash_decimal: bool,
) -> PyResult<String> {
    let s = convert::text_arg(text, "text")?;
    let to = self::script(script)?;
    let numbers = parser(long_scale, slash_decimal);
    Ok(convert::detached(py, s, |s| {
        numbers.digitize_numbers(s, to)
    }))
}
