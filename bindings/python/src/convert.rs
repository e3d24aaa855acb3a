//! Between Python and the crate: exact values (`int`, `Decimal`) and string
//! offsets (the crate's byte offsets to Python's code point indices).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Mutex;

use parsi::Number;
use pyo3::exceptions::{PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyInt, PyString};

use crate::errors;

/// `decimal.Decimal`, imported once.
fn decimal_type(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    DECIMAL
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.import("decimal")?.getattr("Decimal")?.unbind())
        })
        .map(|d| d.bind(py))
}

/// A value as Python holds it exactly: an `int` when whole, a `Decimal`
/// otherwise.
pub(crate) fn number_to_py(py: Python<'_>, n: Number) -> PyResult<Bound<'_, PyAny>> {
    if n.scale() == 0 {
        Ok(n.mantissa().into_pyobject(py)?.into_any())
    } else {
        decimal_type(py)?.call1((n.to_string(),))
    }
}

/// A value from Python: an `int`, a `Decimal` or a string of digits in any
/// of the three scripts ("۲٫۵", "-3.25"). Floats are refused: they are not
/// exact.
pub(crate) fn number_from_py(value: &Bound<'_, PyAny>) -> PyResult<Number> {
    let py = value.py();
    if let Ok(int) = value.cast::<PyInt>() {
        let v: i128 = int.extract().map_err(|_| {
            PyOverflowError::new_err(format!(
                "{} is outside the range parsi holds exactly (about ±1.7e38)",
                value
            ))
        })?;
        return Ok(Number::from(v));
    }
    if value.is_instance(decimal_type(py)?)? {
        if !value.call_method0("is_finite")?.is_truthy()? {
            return Err(PyValueError::new_err(format!(
                "{value} is not a finite number"
            )));
        }
        let text: String = py
            .import("builtins")?
            .getattr("format")?
            .call1((value, "f"))?
            .extract()?;
        return parse_digits(py, &text);
    }
    if let Ok(s) = value.cast::<PyString>() {
        let text = s.to_str()?;
        return parse_digits(py, text);
    }
    Err(PyTypeError::new_err(format!(
        "expected int, decimal.Decimal or str, not {}{}",
        value.get_type().name()?,
        if value.is_instance_of::<pyo3::types::PyFloat>() {
            " (floats are not exact: pass a Decimal or a str)"
        } else {
            ""
        }
    )))
}

/// A string of digits as a [`Number`], or `ParseError`.
fn parse_digits(py: Python<'_>, text: &str) -> PyResult<Number> {
    text.parse::<Number>()
        .map_err(|e| errors::parse_error(py, text, &e))
}

/// Byte offsets of one text to Python string indices (code points), in one
/// pass: offsets asked for in increasing order cost the text's length in all,
/// whatever their number.
pub(crate) struct CharIndex<'t> {
    text: &'t [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        CharIndex {
            text: text.as_bytes(),
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code point index of byte offset `byte` (a char boundary).
    pub(crate) fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            // Out of order: count again from the start.
            self.byte = 0;
            self.chars = 0;
        }
        let end = byte.min(self.text.len());
        self.chars += self.text[self.byte..end]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        self.byte = end;
        self.chars
    }
}

/// The UTF-8 view of a Python string argument, with a clear `TypeError` for
/// anything else (`None`, `bytes`, ...). A string with lone surrogates has no
/// UTF-8 form: it raises `UnicodeEncodeError`, a `ValueError`.
pub(crate) fn text_arg<'a>(value: &'a Bound<'_, PyAny>, name: &str) -> PyResult<&'a str> {
    match value.cast::<PyString>() {
        Ok(s) => s.to_str(),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{name} must be str, not {}",
            value.get_type().name()?
        ))),
    }
}

/// Every item of `texts` as a UTF-8 string, with a `TypeError` naming the
/// first item that is not a `str`.
pub(crate) fn texts_arg<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not a single str",
        ));
    }
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        match item.cast_into::<PyString>() {
            Ok(s) => out.push(s),
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] must be str, not {}",
                    e.into_inner().get_type().name()?
                )))
            }
        }
    }
    Ok(out)
}

/// The UTF-8 views of `strings`, borrowed for as long as they live.
pub(crate) fn utf8<'a>(strings: &'a [Bound<'_, PyString>]) -> PyResult<Vec<&'a str>> {
    strings.iter().map(|s| s.to_str()).collect()
}

/// Texts longer than this release the GIL while the crate works on them; for
/// shorter ones releasing and taking it back costs more than it frees.
const DETACH_BYTES: usize = 16 * 1024;

/// Runs `f` on `s`, with the GIL released when `s` is long enough for that
/// to pay.
pub(crate) fn detached<T: Send>(py: Python<'_>, s: &str, f: impl FnOnce(&str) -> T + Send) -> T {
    if s.len() > DETACH_BYTES {
        py.detach(|| f(s))
    } else {
        f(s)
    }
}

/// `s` as Python writes a string literal: `'کتاب\u200cها'`.
pub(crate) fn str_repr(py: Python<'_>, s: &str) -> PyResult<String> {
    Ok(PyString::new(py, s).repr()?.to_string())
}

/// Python strings for short, frequent texts (tokens), made once and shared:
/// a Python string is immutable, so handing out the same object for the same
/// text is invisible to callers, and costs a hash lookup instead of a UTF-8
/// decode and an allocation per token. Bounded: cleared when full.
pub(crate) struct StrCache {
    map: HashMap<Box<str>, Py<PyString>, BuildHasherDefault<Fnv>>,
}

/// Entries before the cache is cleared: a few megabytes at most, enough for
/// the frequent words of a language.
const CACHE_ENTRIES: usize = 1 << 16;
/// Longer texts are rarely repeated: made fresh.
const CACHE_MAX_BYTES: usize = 32;

static CACHE: Mutex<Option<StrCache>> = Mutex::new(None);

impl StrCache {
    /// The Python string for `s`.
    pub(crate) fn get<'py>(&mut self, py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        if s.len() > CACHE_MAX_BYTES {
            return PyString::new(py, s);
        }
        if let Some(p) = self.map.get(s) {
            return p.bind(py).clone();
        }
        if self.map.len() >= CACHE_ENTRIES {
            self.map.clear();
        }
        let p = PyString::new(py, s);
        self.map.insert(s.into(), p.clone().unbind());
        p
    }
}

/// Runs `f` with the shared string cache. Only string creation may happen
/// inside (no Python code runs there, so no reentrant call can wait on the
/// lock); if the cache is busy all the same, `f` gets a fresh empty one.
pub(crate) fn with_str_cache<R>(f: impl FnOnce(&mut StrCache) -> R) -> R {
    match CACHE.try_lock() {
        Ok(mut guard) => f(guard.get_or_insert_with(|| StrCache {
            map: HashMap::default(),
        })),
        Err(_) => f(&mut StrCache {
            map: HashMap::default(),
        }),
    }
}

/// FNV-1a: a fast hash for short keys; the keys are the caller's own tokens,
/// and a collision costs only speed.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// String index ↔ byte offset for one text, from a checkpoint every 64
/// chars: a lookup walks at most 64 chars, and the table is a sixteenth of
/// the text's chars in size.
#[derive(Debug)]
pub(crate) struct CharTable {
    /// The byte offset of every 64th char.
    marks: Vec<usize>,
    ascii: bool,
}

const STEP: usize = 64;

impl CharTable {
    pub(crate) fn new(s: &str) -> CharTable {
        if s.is_ascii() {
            return CharTable {
                marks: Vec::new(),
                ascii: true,
            };
        }
        let marks = s.char_indices().step_by(STEP).map(|(b, _)| b).collect();
        CharTable {
            marks,
            ascii: false,
        }
    }

    /// The byte offset of string index `i` (the end when past it).
    pub(crate) fn byte(&self, s: &str, i: usize) -> usize {
        if self.ascii {
            return i.min(s.len());
        }
        let Some(&from) = self.marks.get(i / STEP) else {
            return s.len();
        };
        s[from..]
            .char_indices()
            .nth(i % STEP)
            .map_or(s.len(), |(b, _)| from + b)
    }

    /// The string index of byte offset `b` (a char boundary).
    pub(crate) fn char(&self, s: &str, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let k = self.marks.partition_point(|&m| m <= b).saturating_sub(1);
        let from = self.marks.get(k).copied().unwrap_or(0);
        k * STEP + s[from..b.min(s.len())].chars().count()
    }
}
