//! Arrow kernels: a string column in, a column out, every core busy and the
//! GIL released. Columns arrive through the Arrow PyCapsule interface
//! (pyarrow, Polars, DuckDB, ...) as any string type (`string`,
//! `large_string`, `string_view`), array or chunked; results go back the same
//! way, one output chunk per slice of rows worked on, nulls kept.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, GenericStringBuilder, Int64Builder, ListBuilder, StringBuilder,
    StringViewBuilder, StructBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef};
use arrow_schema::{DataType, Field, Fields};
use parsi::{MoneyParser, NumberParser, Unit};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::PyChunkedArray;
use rayon::prelude::*;

use crate::convert::CharIndex;

/// Rows worked on by one task: enough to amortize handing out work, few
/// enough to spread a column over the cores.
const ROWS: usize = 4096;

/// One chunk of strings, whatever its string type.
#[derive(Clone, Copy)]
enum Strings<'a> {
    Utf8(&'a arrow_array::StringArray),
    Large(&'a arrow_array::LargeStringArray),
    View(&'a arrow_array::StringViewArray),
}

impl<'a> Strings<'a> {
    fn of(array: &'a ArrayRef) -> PyResult<Strings<'a>> {
        Ok(match array.data_type() {
            DataType::Utf8 => Strings::Utf8(array.as_string::<i32>()),
            DataType::LargeUtf8 => Strings::Large(array.as_string::<i64>()),
            DataType::Utf8View => Strings::View(array.as_string_view()),
            other => {
                return Err(PyTypeError::new_err(format!(
                "expected an Arrow string array (string, large_string or string_view), not {other}"
            )))
            }
        })
    }

    fn get(self, i: usize) -> Option<&'a str> {
        match self {
            Strings::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::Large(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }
}

/// A builder of strings of the input's type.
enum Out {
    Utf8(StringBuilder),
    Large(GenericStringBuilder<i64>),
    View(StringViewBuilder),
}

impl Out {
    fn like(s: Strings<'_>, rows: usize) -> Out {
        match s {
            Strings::Utf8(_) => Out::Utf8(StringBuilder::with_capacity(rows, rows * 32)),
            Strings::Large(_) => Out::Large(GenericStringBuilder::with_capacity(rows, rows * 32)),
            Strings::View(_) => Out::View(StringViewBuilder::with_capacity(rows)),
        }
    }

    fn push(&mut self, v: Option<&str>) {
        match self {
            Out::Utf8(b) => b.append_option(v),
            Out::Large(b) => b.append_option(v),
            Out::View(b) => b.append_option(v),
        }
    }

    fn finish(self) -> ArrayRef {
        match self {
            Out::Utf8(mut b) => Arc::new(b.finish()),
            Out::Large(mut b) => Arc::new(b.finish()),
            Out::View(mut b) => Arc::new(b.finish()),
        }
    }
}

/// The input column's chunks, checked to be strings.
fn chunks(column: AnyArray) -> PyResult<Vec<ArrayRef>> {
    let chunked = column
        .into_chunked_array()
        .map_err(|e| PyTypeError::new_err(format!("not an Arrow array: {e}")))?;
    let (chunks, _) = chunked.into_inner();
    for c in &chunks {
        Strings::of(c)?;
    }
    Ok(chunks)
}

/// Runs `kernel` on every slice of rows of every chunk, in parallel with the
/// GIL released; the results, in order, as one chunked array.
fn run(
    py: Python<'_>,
    column: AnyArray,
    kernel: &(dyn Fn(Strings<'_>, std::ops::Range<usize>) -> ArrayRef + Sync),
) -> PyResult<PyChunkedArray> {
    let chunks = chunks(column)?;
    let tasks: Vec<(usize, std::ops::Range<usize>)> = chunks
        .iter()
        .enumerate()
        .flat_map(|(k, c)| {
            (0..c.len())
                .step_by(ROWS)
                .map(move |s| (k, s..(s + ROWS).min(c.len())))
        })
        .collect();
    let out: Vec<ArrayRef> = py.detach(|| {
        tasks
            .par_iter()
            .map(|(k, rows)| match Strings::of(&chunks[*k]) {
                Ok(s) => kernel(s, rows.clone()),
                // Checked above; an empty slice of nothing otherwise.
                Err(_) => arrow_array::new_empty_array(&DataType::Utf8),
            })
            .collect()
    });
    if out.is_empty() {
        let dt = chunks
            .first()
            .map_or(DataType::Utf8, |c| c.data_type().clone());
        let empty = arrow_array::new_empty_array(&dt);
        return PyChunkedArray::try_new(
            vec![],
            Arc::new(Field::new("", empty.data_type().clone(), true)),
        );
    }
    let field = Arc::new(Field::new("", out[0].data_type().clone(), true));
    PyChunkedArray::try_new(out, field)
}

/// A kernel from a function on one string.
fn strings<F>(f: F) -> impl Fn(Strings<'_>, std::ops::Range<usize>) -> ArrayRef + Sync
where
    F: Fn(&str) -> String + Sync,
{
    move |s, rows| {
        let mut out = Out::like(s, rows.len());
        for i in rows {
            match s.get(i) {
                Some(v) => out.push(Some(&f(v))),
                None => out.push(None),
            }
        }
        out.finish()
    }
}

/// A kernel giving a list of strings per row.
fn string_lists<F>(f: F) -> impl Fn(Strings<'_>, std::ops::Range<usize>) -> ArrayRef + Sync
where
    F: for<'t> Fn(&'t str, &mut dyn FnMut(&'t str)) + Sync,
{
    move |s, rows| {
        let mut b = ListBuilder::new(StringBuilder::new());
        for i in rows {
            match s.get(i) {
                Some(v) => {
                    f(v, &mut |item| b.values().append_value(item));
                    b.append(true);
                }
                None => b.append(false),
            }
        }
        Arc::new(b.finish())
    }
}

/// Every text normalized; keyword switches as ``Normalizer``'s.
#[pyfunction]
#[pyo3(signature = (column, **switches))]
pub(crate) fn arrow_normalize(
    py: Python<'_>,
    column: AnyArray,
    switches: Option<&Bound<'_, PyDict>>,
) -> PyResult<PyChunkedArray> {
    let n = crate::text::normalizer_from(switches)?;
    run(py, column, &strings(move |t| n.normalize(t)))
}

/// Every digit in Persian digits.
#[pyfunction]
pub(crate) fn arrow_to_persian_digits(
    py: Python<'_>,
    column: AnyArray,
) -> PyResult<PyChunkedArray> {
    run(
        py,
        column,
        &strings(|t| parsi::digits::to_persian(t).into_owned()),
    )
}

/// Every digit in ASCII digits.
#[pyfunction]
pub(crate) fn arrow_to_ascii_digits(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    run(
        py,
        column,
        &strings(|t| parsi::digits::to_ascii(t).into_owned()),
    )
}

/// Numbers in running text spelled in words.
#[pyfunction]
pub(crate) fn arrow_spell_numbers(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    run(py, column, &strings(parsi::spell_numbers))
}

/// Numbers in running text written in digits of ``script``.
#[pyfunction]
#[pyo3(signature = (column, script = "persian"))]
pub(crate) fn arrow_digitize_numbers(
    py: Python<'_>,
    column: AnyArray,
    script: &str,
) -> PyResult<PyChunkedArray> {
    let to = crate::numbers::script(script)?;
    run(
        py,
        column,
        &strings(move |t| parsi::digitize_numbers(t, to)),
    )
}

/// Each text's tokens as a list of strings.
#[pyfunction]
pub(crate) fn arrow_word_tokenize(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    run(
        py,
        column,
        &string_lists(|t, push| parsi::tokens(t).for_each(|x| push(x.as_str()))),
    )
}

/// Each text's sentences as a list of strings.
#[pyfunction]
pub(crate) fn arrow_sentences(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    run(
        py,
        column,
        &string_lists(|t, push| parsi::sentences(t).for_each(&mut *push)),
    )
}

/// Each text's exact value as a canonical decimal string (``"2521000000"``,
/// ``"2.5"``), null where the text is not one number (or is null). With
/// ``errors=True``, a struct {value, error} per row instead: ``error`` is
/// the error's kind (``"unknown_word"``, ...) where ``value`` is null for a
/// text that is not a number, and null otherwise.
#[pyfunction]
#[pyo3(signature = (column, errors = false))]
pub(crate) fn arrow_parse_number(
    py: Python<'_>,
    column: AnyArray,
    errors: bool,
) -> PyResult<PyChunkedArray> {
    let kernel = move |s: Strings<'_>, rows: std::ops::Range<usize>| -> ArrayRef {
        let mut values = StringBuilder::with_capacity(rows.len(), rows.len() * 8);
        let mut kinds = StringBuilder::with_capacity(rows.len(), rows.len() * 8);
        for i in rows {
            match s.get(i).map(parsi::parse_number) {
                Some(Ok(n)) => {
                    values.append_value(n.to_string());
                    kinds.append_null();
                }
                Some(Err(e)) => {
                    values.append_null();
                    kinds.append_value(crate::errors::kind_name(e.kind()));
                }
                None => {
                    values.append_null();
                    kinds.append_null();
                }
            }
        }
        let values: ArrayRef = Arc::new(values.finish());
        if !errors {
            return values;
        }
        let kinds: ArrayRef = Arc::new(kinds.finish());
        Arc::new(arrow_array::StructArray::from(vec![
            (Arc::new(Field::new("value", DataType::Utf8, true)), values),
            (Arc::new(Field::new("error", DataType::Utf8, true)), kinds),
        ]))
    };
    run(py, column, &kernel)
}

fn number_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("value", DataType::Utf8, false),
        Field::new("is_ordinal", DataType::Boolean, false),
        Field::new("unit", DataType::Utf8, true),
    ])
}

fn money_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("amount", DataType::Utf8, false),
        Field::new("currency", DataType::Utf8, false),
    ])
}

fn unit_name(unit: Option<Unit>) -> Option<&'static str> {
    unit.map(|u| match u {
        Unit::Percent => "percent",
        Unit::Currency(c) => crate::money::currency_name(c),
        _ => "other",
    })
}

/// Appends one match to a struct builder: `start`, `end`, then the strings
/// in order, with `flag` (a boolean field) before the third string.
fn append_struct(
    b: &mut StructBuilder,
    start: usize,
    end: usize,
    strs: &[Option<&str>],
    flag: Option<bool>,
) {
    if let Some(f) = b.field_builder::<Int64Builder>(0) {
        f.append_value(start as i64);
    }
    if let Some(f) = b.field_builder::<Int64Builder>(1) {
        f.append_value(end as i64);
    }
    let mut k = 2;
    for (j, s) in strs.iter().enumerate() {
        if let (2, Some(flag)) = (j, flag) {
            if let Some(f) = b.field_builder::<BooleanBuilder>(k) {
                f.append_value(flag);
            }
            k += 1;
        }
        if let Some(f) = b.field_builder::<StringBuilder>(k) {
            f.append_option(*s);
        }
        k += 1;
    }
    b.append(true);
}

/// Each text's numbers: a list of structs {start, end (string indices),
/// text, value (exact decimal string), is_ordinal, unit}.
#[pyfunction]
pub(crate) fn arrow_find_numbers(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    let numbers = NumberParser::new();
    let kernel = move |s: Strings<'_>, rows: std::ops::Range<usize>| -> ArrayRef {
        let mut b = ListBuilder::new(StructBuilder::from_fields(number_fields(), 0));
        for i in rows {
            let Some(t) = s.get(i) else {
                b.append(false);
                continue;
            };
            let mut index = CharIndex::new(t);
            for m in numbers.find_numbers(t) {
                let (start, end) = (index.at(m.start()), index.at(m.end()));
                let value = m.value().to_string();
                append_struct(
                    b.values(),
                    start,
                    end,
                    &[Some(m.as_str()), Some(&value), unit_name(m.unit())],
                    Some(m.is_ordinal()),
                );
            }
            b.append(true);
        }
        Arc::new(b.finish())
    };
    run(py, column, &kernel)
}

/// Each text's amounts of money: a list of structs {start, end (string
/// indices), text, amount (exact decimal string), currency (ISO code)}.
#[pyfunction]
pub(crate) fn arrow_find_money(py: Python<'_>, column: AnyArray) -> PyResult<PyChunkedArray> {
    let parser = MoneyParser::new();
    let kernel = move |s: Strings<'_>, rows: std::ops::Range<usize>| -> ArrayRef {
        let mut b = ListBuilder::new(StructBuilder::from_fields(money_fields(), 0));
        for i in rows {
            let Some(t) = s.get(i) else {
                b.append(false);
                continue;
            };
            let mut index = CharIndex::new(t);
            for m in parser.find_money(t) {
                let (start, end) = (index.at(m.start()), index.at(m.end()));
                let money = m.money();
                let amount = money.amount().to_string();
                append_struct(
                    b.values(),
                    start,
                    end,
                    &[
                        Some(m.as_str()),
                        Some(&amount),
                        Some(money.currency().code()),
                    ],
                    None,
                );
            }
            b.append(true);
        }
        Arc::new(b.finish())
    };
    run(py, column, &kernel)
}

fn date_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("calendar", DataType::Utf8, false),
        Field::new("year", DataType::Int64, true),
        Field::new("month", DataType::Int64, true),
        Field::new("day", DataType::Int64, true),
        Field::new("weekday", DataType::Int64, true),
        Field::new("jalali", DataType::Utf8, true),
    ])
}

/// Appends one date to a struct builder of [`date_fields`].
fn append_date(b: &mut StructBuilder, start: usize, end: usize, m: &parsi::DateMatch<'_>) {
    let calendar = match m.calendar() {
        parsi::Calendar::Gregorian => "gregorian",
        parsi::Calendar::Hijri => "hijri",
        _ => "jalali",
    };
    let ints = [
        (0, Some(start as i64)),
        (1, Some(end as i64)),
        (4, m.year().map(i64::from)),
        (5, m.month().map(i64::from)),
        (6, m.day().map(i64::from)),
        (7, m.weekday().map(|w| i64::from(w.number()))),
    ];
    for (k, v) in ints {
        if let Some(f) = b.field_builder::<Int64Builder>(k) {
            f.append_option(v);
        }
    }
    if let Some(f) = b.field_builder::<StringBuilder>(2) {
        f.append_value(m.as_str());
    }
    if let Some(f) = b.field_builder::<StringBuilder>(3) {
        f.append_value(calendar);
    }
    if let Some(f) = b.field_builder::<StringBuilder>(8) {
        f.append_option(m.jalali().map(|d| d.format(parsi::DateStyle::AsciiDigits)));
    }
    b.append(true);
}

/// Each text's dates: a list of structs {start, end (string indices), text,
/// calendar, year, month, day, weekday (as written, 1 Saturday .. 7 Friday),
/// jalali ("1403/09/12" when complete and convertible)}; `anchor` as for
/// `find_dates`.
#[pyfunction]
#[pyo3(signature = (column, anchor = None))]
pub(crate) fn arrow_find_dates(
    py: Python<'_>,
    column: AnyArray,
    anchor: Option<PyRef<'_, crate::dates::JalaliDate>>,
) -> PyResult<PyChunkedArray> {
    let finder = crate::dates::finder(anchor.map(|a| a.0));
    let kernel = move |s: Strings<'_>, rows: std::ops::Range<usize>| -> ArrayRef {
        let mut b = ListBuilder::new(StructBuilder::from_fields(date_fields(), 0));
        for i in rows {
            let Some(t) = s.get(i) else {
                b.append(false);
                continue;
            };
            let mut index = CharIndex::new(t);
            for m in finder.find_dates(t) {
                let (start, end) = (index.at(m.start()), index.at(m.end()));
                append_date(b.values(), start, end, &m);
            }
            b.append(true);
        }
        Arc::new(b.finish())
    };
    run(py, column, &kernel)
}
