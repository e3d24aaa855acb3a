//! Text: normalization, digits, tokens and sentences.

use std::borrow::Cow;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::convert::{self, CharIndex};
use crate::numbers;

/// The result of a rewrite: `text` itself when it came out unchanged
/// (`None`; strings are immutable, so no copy is needed), else a new string.
fn same_or_new<'py>(text: &Bound<'py, PyAny>, s: &str, out: Option<String>) -> Bound<'py, PyAny> {
    match out {
        None if text.is_exact_instance_of::<PyString>() => text.clone(),
        // A subclass of str: a plain str comes back, as from every rewrite.
        None => PyString::new(text.py(), s).into_any(),
        Some(o) => PyString::new(text.py(), &o).into_any(),
    }
}

/// The switches, in the order of the crate's table, with their setters.
type Setter = fn(parsi::Normalizer, bool) -> parsi::Normalizer;
const SWITCHES: [(&str, Setter); 17] = [
    ("letters", parsi::Normalizer::letters),
    ("presentation_forms", parsi::Normalizer::presentation_forms),
    ("kashida", parsi::Normalizer::kashida),
    ("diacritics", parsi::Normalizer::diacritics),
    ("direction_marks", parsi::Normalizer::direction_marks),
    ("quotes", parsi::Normalizer::quotes),
    ("zwnj", parsi::Normalizer::zwnj),
    ("affixes", parsi::Normalizer::affixes),
    ("verb_prefixes", parsi::Normalizer::verb_prefixes),
    ("glued_suffixes", parsi::Normalizer::glued_suffixes),
    (
        "punctuation_spacing",
        parsi::Normalizer::punctuation_spacing,
    ),
    ("bracket_spacing", parsi::Normalizer::bracket_spacing),
    ("spaces", parsi::Normalizer::spaces),
    ("compounds", parsi::Normalizer::compounds),
    (
        "persian_punctuation",
        parsi::Normalizer::persian_punctuation,
    ),
    ("digit_spacing", parsi::Normalizer::digit_spacing),
    ("repeated_letters", parsi::Normalizer::repeated_letters),
];

/// A configured normalizer: one keyword switch per rule.
///
/// On by default: ``letters`` (Arabic letter forms to Persian),
/// ``presentation_forms``, ``kashida``, ``diacritics``, ``direction_marks``,
/// ``quotes`` (to « »), ``zwnj`` (cleaned), ``affixes`` (می روم → می‌روم,
/// کتاب ها → کتاب‌ها), ``verb_prefixes`` (glued: میترسند → می‌ترسند, by a
/// table of verb stems), ``glued_suffixes`` (بزرگترین → بزرگ‌ترین, رودهها →
/// روده‌ها), ``punctuation_spacing``, ``bracket_spacing`` (قاره(نقاط →
/// قاره (نقاط), ``digit_spacing`` (۹متر → ۹ متر), ``spaces``. Off by default:
/// ``compounds`` (رئیس جمهور → رئیس‌جمهور), ``digits`` (``None``, or
/// ``"persian"``, ``"arabic"``, ``"ascii"`` to unify the digits),
/// ``persian_punctuation`` (Latin , ; ? → ، ؛ ؟), ``repeated_letters``.
/// ``Normalizer.none(**switches)`` starts from every rule off.
///
/// >>> Normalizer(digits="persian").normalize("كتاب 12")
/// 'کتاب ۱۲'
/// >>> Normalizer.none(letters=True).normalize("كتاب ها")
/// 'کتاب ها'
/// >>> Normalizer().normalize("نمیشود 117کودک")
/// 'نمی\u200cشود 117 کودک'
/// >>> Normalizer(compounds=True).normalize("رئیس جمهور")
/// 'رئیس\u200cجمهور'
#[pyclass(module = "parsi", frozen, eq)]
#[derive(Clone)]
pub(crate) struct Normalizer {
    inner: parsi::Normalizer,
    /// Whether it starts from `none()`, and the switches given, for `repr`.
    none: bool,
    given: Vec<(&'static str, String)>,
}

/// The normalizer keyword switches ask for (``Normalizer(**switches)``).
pub(crate) fn normalizer_from(switches: Option<&Bound<'_, PyDict>>) -> PyResult<parsi::Normalizer> {
    Ok(Normalizer::build(false, switches)?.inner)
}

/// Two normalizers are equal when they run the same rules, however they
/// were written.
impl PartialEq for Normalizer {
    fn eq(&self, other: &Normalizer) -> bool {
        self.inner == other.inner
    }
}

impl Normalizer {
    fn build(none: bool, switches: Option<&Bound<'_, PyDict>>) -> PyResult<Normalizer> {
        let mut inner = if none {
            parsi::Normalizer::none()
        } else {
            parsi::Normalizer::new()
        };
        let mut given = Vec::new();
        if let Some(kw) = switches {
            for (key, value) in kw.iter() {
                let key: String = key.extract()?;
                if key == "digits" {
                    let script = if value.is_none() {
                        None
                    } else {
                        let name: String = value.extract().map_err(|_| {
                            PyTypeError::new_err("digits must be None or a script name")
                        })?;
                        Some(numbers::script(&name)?)
                    };
                    inner = inner.digits(script);
                    given.push(("digits", value.repr()?.to_string()));
                    continue;
                }
                let Some(&(name, set)) = SWITCHES.iter().find(|(n, _)| *n == key) else {
                    return Err(PyTypeError::new_err(format!(
                        "Normalizer got an unexpected switch {key:?}"
                    )));
                };
                let on: bool = value
                    .extract()
                    .map_err(|_| PyTypeError::new_err(format!("switch {name} must be a bool")))?;
                inner = set(inner, on);
                given.push((name, if on { "True" } else { "False" }.to_owned()));
            }
        }
        Ok(Normalizer { inner, none, given })
    }
}

#[pymethods]
impl Normalizer {
    #[new]
    #[pyo3(signature = (**switches))]
    fn new(switches: Option<&Bound<'_, PyDict>>) -> PyResult<Normalizer> {
        Normalizer::build(false, switches)
    }

    /// Every rule off, then the switches given turned on (or off).
    #[staticmethod]
    #[pyo3(signature = (**switches))]
    fn none(switches: Option<&Bound<'_, PyDict>>) -> PyResult<Normalizer> {
        Normalizer::build(true, switches)
    }

    /// The text normalized. Idempotent: normalizing twice changes nothing
    /// more.
    fn normalize<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let s = convert::text_arg(text, "text")?;
        let out = convert::detached(py, s, |s| Some(self.inner.normalize(s)).filter(|n| n != s));
        Ok(same_or_new(text, s, out))
    }

    /// The text normalized, with the map back to it (a ``Normalized``).
    fn normalize_with_offsets(
        &self,
        text: &Bound<'_, PyAny>,
    ) -> PyResult<crate::search::Normalized> {
        let py = text.py();
        let s = convert::text_arg(text, "text")?;
        let original = text.cast::<PyString>()?;
        let inner = convert::detached(py, s, |s| self.inner.normalize_with_offsets(s));
        Ok(crate::search::Normalized::new(original, s, inner))
    }

    /// Every text normalized, on every core with the GIL released; results
    /// in input order.
    fn normalize_batch<'py>(&self, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = texts.py();
        let strings = convert::texts_arg(texts)?;
        let views = convert::utf8(&strings)?;
        // `None`: the text is already normal, and its own object is returned.
        let out: Vec<Option<String>> = py.detach(|| {
            views
                .par_iter()
                .map(|s| Some(self.inner.normalize(s)).filter(|n| n != s))
                .collect()
        });
        PyList::new(
            py,
            out.into_iter().zip(&strings).map(|(n, s)| match n {
                Some(n) => PyString::new(py, &n),
                None => s.clone(),
            }),
        )
    }

    fn __repr__(&self) -> String {
        let args: Vec<String> = self.given.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!(
            "Normalizer{}({})",
            if self.none { ".none" } else { "" },
            args.join(", ")
        )
    }
}

/// The text normalized with the standard rules (``Normalizer()``).
///
/// >>> normalize("كتاب ها را مي خوانم")
/// 'کتاب\u200cها را می\u200cخوانم'
#[pyfunction]
pub(crate) fn normalize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let s = convert::text_arg(text, "text")?;
    let out = convert::detached(py, s, |s| Some(parsi::normalize(s)).filter(|n| n != s));
    Ok(same_or_new(text, s, out))
}

/// Every digit written in Persian digits (۰–۹), from ASCII or Arabic-Indic.
///
/// >>> to_persian_digits("سال 1403")
/// 'سال ۱۴۰۳'
#[pyfunction]
pub(crate) fn to_persian_digits<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let s = convert::text_arg(text, "text")?;
    let out = convert::detached(py, s, |s| match parsi::digits::to_persian(s) {
        Cow::Borrowed(_) => None,
        Cow::Owned(o) => Some(o),
    });
    Ok(same_or_new(text, s, out))
}

/// Every digit written in ASCII (0–9).
///
/// >>> to_ascii_digits("۱۴۰۳ و ٤٥")
/// '1403 و 45'
#[pyfunction]
pub(crate) fn to_ascii_digits<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let s = convert::text_arg(text, "text")?;
    let out = convert::detached(py, s, |s| match parsi::digits::to_ascii(s) {
        Cow::Borrowed(_) => None,
        Cow::Owned(o) => Some(o),
    });
    Ok(same_or_new(text, s, out))
}

/// Every digit written in Arabic-Indic digits (٠–٩).
///
/// >>> to_arabic_digits("۱۴۰۳")
/// '١٤٠٣'
#[pyfunction]
pub(crate) fn to_arabic_digits<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let s = convert::text_arg(text, "text")?;
    let out = convert::detached(py, s, |s| match parsi::digits::to_arabic(s) {
        Cow::Borrowed(_) => None,
        Cow::Owned(o) => Some(o),
    });
    Ok(same_or_new(text, s, out))
}

/// A token of text: ``start`` and ``end`` are string indices
/// (``text[t.start:t.end] == t.text``); ``kind`` is one of ``"word"``,
/// ``"number"``, ``"punctuation"``, ``"symbol"``, ``"url"``, ``"email"``,
/// ``"hashtag"``, ``"mention"``.
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Token {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    kind: &'static str,
}

#[pymethods]
impl Token {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token(start={}, end={}, text={}, kind='{}')",
            self.start,
            self.end,
            convert::str_repr(py, &self.text)?,
            self.kind
        ))
    }
}

/// The Python name of a token kind.
fn kind_name(kind: parsi::TokenKind) -> &'static str {
    use parsi::TokenKind as K;
    match kind {
        K::Word => "word",
        K::Number => "number",
        K::Punctuation => "punctuation",
        K::Symbol => "symbol",
        K::Url => "url",
        K::Email => "email",
        K::Hashtag => "hashtag",
        K::Mention => "mention",
        _ => "other",
    }
}

fn tokens_in(text: &str) -> Vec<Token> {
    let mut index = CharIndex::new(text);
    parsi::tokens(text)
        .map(|t| Token {
            start: index.at(t.start()),
            end: index.at(t.end()),
            text: t.as_str().to_owned(),
            kind: kind_name(t.kind()),
        })
        .collect()
}

/// The tokens of ``text``, in order, spaces left out: words (with their
/// ZWNJ: "می‌شود" is one), numbers ("۲٬۵۲۱", "3.5"), punctuation, symbols,
/// URLs, e-mail addresses, hashtags and mentions.
///
/// >>> [(t.text, t.kind) for t in tokens("117کودک، ۳٫۵")]
/// [('117', 'number'), ('کودک', 'word'), ('،', 'punctuation'), ('۳٫۵', 'number')]
#[pyfunction]
pub(crate) fn tokens(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Token>> {
    let s = convert::text_arg(text, "text")?;
    Ok(convert::detached(py, s, tokens_in))
}

/// The token texts of ``text`` as strings (what ``tokens`` finds).
///
/// >>> word_tokenize("کتاب‌ها را خواندم.")
/// ['کتاب\u200cها', 'را', 'خواندم', '.']
#[pyfunction]
pub(crate) fn word_tokenize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let s = convert::text_arg(text, "text")?;
    let words: Vec<Bound<'py, PyString>> = convert::with_str_cache(|cache| {
        parsi::tokens(s)
            .map(|t| cache.get(py, t.as_str()))
            .collect()
    });
    PyList::new(py, words)
}

/// ``word_tokenize`` over many texts on every core, the GIL released.
#[pyfunction]
pub(crate) fn word_tokenize_batch<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let strings = convert::texts_arg(texts)?;
    let views = convert::utf8(&strings)?;
    let found: Vec<Vec<(usize, usize)>> = py.detach(|| {
        views
            .par_iter()
            .map(|s| parsi::tokens(s).map(|t| (t.start(), t.end())).collect())
            .collect()
    });
    let words: Vec<Vec<Bound<'py, PyString>>> = convert::with_str_cache(|cache| {
        views
            .iter()
            .zip(found)
            .map(|(s, ranges)| {
                ranges
                    .into_iter()
                    .map(|(a, b)| cache.get(py, &s[a..b]))
                    .collect()
            })
            .collect()
    });
    PyList::new(py, words)
}

/// The sentences of ``text``, each trimmed, in order. Abbreviations,
/// decimals ("۳.۵"), list numbers and closing quotes stay inside.
///
/// >>> sentences("سلام. حال شما چطور است؟ خوبم!")
/// ['سلام.', 'حال شما چطور است؟', 'خوبم!']
#[pyfunction]
pub(crate) fn sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let s = convert::text_arg(text, "text")?;
    let mut found = parsi::sentences(s);
    // A text that is one sentence, untrimmed, is returned as it is: no copy.
    if let (Some(first), None) = (found.next(), found.clone().next()) {
        if first.len() == s.len() && text.is_exact_instance_of::<PyString>() {
            return PyList::new(py, [text]);
        }
    }
    PyList::new(py, parsi::sentences(s).map(|x| PyString::new(py, x)))
}

/// ``sentences`` over many texts on every core, the GIL released.
#[pyfunction]
pub(crate) fn sentences_batch<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let strings = convert::texts_arg(texts)?;
    let views = convert::utf8(&strings)?;
    let found: Vec<Vec<&str>> = py.detach(|| {
        views
            .par_iter()
            .map(|s| parsi::sentences(s).collect())
            .collect()
    });
    PyList::new(py, found)
}
