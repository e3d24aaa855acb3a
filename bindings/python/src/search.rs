//! Offset-preserving normalization and variant-aware search.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::convert::{self, CharTable};

/// A normalized text that remembers where each part came from.
///
/// ``text`` is the normalized text; ``original`` the text given.
/// ``original_range(start, end)`` maps a span of the normalized text
/// (string indices) to the span of the original it came from;
/// ``original_offset(pos)`` one position.
///
/// >>> n = normalize_with_offsets("كتابِ ما را مي خوانم")
/// >>> n.text
/// 'کتاب ما را می\u200cخوانم'
/// >>> start = n.text.index("می")
/// >>> s, e = n.original_range(start, len(n.text))
/// >>> n.original[s:e]
/// 'مي خوانم'
#[pyclass(module = "parsi", frozen)]
pub(crate) struct Normalized {
    inner: parsi::Normalized,
    original: Py<pyo3::types::PyString>,
    original_table: CharTable,
    text_table: CharTable,
}

impl Normalized {
    pub(crate) fn new(
        original: &Bound<'_, pyo3::types::PyString>,
        s: &str,
        inner: parsi::Normalized,
    ) -> Normalized {
        Normalized {
            original_table: CharTable::new(s),
            text_table: CharTable::new(inner.as_str()),
            inner,
            original: original.clone().unbind(),
        }
    }
}

#[pymethods]
impl Normalized {
    /// The normalized text.
    #[getter]
    fn text(&self) -> &str {
        self.inner.as_str()
    }

    /// The original text.
    #[getter]
    fn original(&self, py: Python<'_>) -> Py<pyo3::types::PyString> {
        self.original.clone_ref(py)
    }

    /// The span ``(start, end)`` of the original text that the span
    /// ``start:end`` of the normalized text came from (string indices).
    fn original_range(&self, py: Python<'_>, start: usize, end: usize) -> PyResult<(usize, usize)> {
        let original = self.original.bind(py).to_str()?;
        let text = self.inner.as_str();
        let (a, b) = (
            self.text_table.byte(text, start),
            self.text_table.byte(text, end),
        );
        if a > b {
            return Err(PyValueError::new_err("start must not be after end"));
        }
        let r = self.inner.original_range(a..b);
        Ok((
            self.original_table.char(original, r.start),
            self.original_table.char(original, r.end),
        ))
    }

    /// The position of the original text where position ``pos`` of the
    /// normalized text falls (string indices).
    fn original_offset(&self, py: Python<'_>, pos: usize) -> PyResult<usize> {
        let original = self.original.bind(py).to_str()?;
        let text = self.inner.as_str();
        let o = self.inner.original_offset(self.text_table.byte(text, pos));
        Ok(self.original_table.char(original, o))
    }

    fn __str__(&self) -> &str {
        self.inner.as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Normalized({})",
            convert::str_repr(py, self.inner.as_str())?
        ))
    }
}

/// A match of a ``Searcher``: ``start`` and ``end`` index the searched text
/// as written (``text[m.start:m.end] == m.text``); ``phrase`` is the index of
/// the phrase that matched, or ``None`` for a regular expression.
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct SearchMatch {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    phrase: Option<usize>,
}

#[pymethods]
impl SearchMatch {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "SearchMatch(start={}, end={}, text={}, phrase={})",
            self.start,
            self.end,
            convert::str_repr(py, &self.text)?,
            self.phrase.map_or("None".to_owned(), |p| p.to_string())
        ))
    }
}

/// Finds a phrase, many phrases or a regular expression in Persian text
/// whatever its spelling variants: Arabic and Persian letter forms,
/// diacritics and kashida, ZWNJ, space or nothing between the parts of a
/// compound, digits of any script, presentation forms. Each is a keyword
/// switch, on by default: ``letters``, ``marks``, ``joiners``, ``digits``,
/// ``presentation_forms``; ``whole_words`` (on) keeps a phrase from matching
/// inside a longer word.
///
/// >>> s = Searcher("کتاب‌ها")
/// >>> [m.text for m in s.find_iter("كتاب ها و کتابها و کتابخانه")]
/// ['كتاب ها', 'کتابها']
/// >>> g = Searcher.phrases(["تهران", "تهران بزرگ"])
/// >>> [(m.text, m.phrase) for m in g.find_iter("استان تهران بزرگ و تهران")]
/// [('تهران بزرگ', 1), ('تهران', 0)]
#[pyclass(module = "parsi", frozen)]
pub(crate) struct Searcher {
    inner: parsi::Searcher,
    description: String,
}

fn options(
    letters: bool,
    marks: bool,
    joiners: bool,
    digits: bool,
    presentation_forms: bool,
    whole_words: bool,
) -> parsi::SearchOptions {
    parsi::SearchOptions::new()
        .letters(letters)
        .marks(marks)
        .joiners(joiners)
        .digits(digits)
        .presentation_forms(presentation_forms)
        .whole_words(whole_words)
}

#[pymethods]
impl Searcher {
    #[new]
    #[pyo3(signature = (phrase, *, letters = true, marks = true, joiners = true, digits = true, presentation_forms = true, whole_words = true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        phrase: &Bound<'_, PyAny>,
        letters: bool,
        marks: bool,
        joiners: bool,
        digits: bool,
        presentation_forms: bool,
        whole_words: bool,
    ) -> PyResult<Searcher> {
        let p = convert::text_arg(phrase, "phrase")?;
        let o = options(
            letters,
            marks,
            joiners,
            digits,
            presentation_forms,
            whole_words,
        );
        Ok(Searcher {
            inner: o.phrase(p),
            description: format!("Searcher({})", convert::str_repr(py, p)?),
        })
    }

    /// A searcher for many phrases at once (a gazetteer); each match's
    /// ``phrase`` says which. Where phrases overlap, the longer wins.
    #[staticmethod]
    #[pyo3(signature = (phrases, *, letters = true, marks = true, joiners = true, digits = true, presentation_forms = true, whole_words = true))]
    #[allow(clippy::too_many_arguments)]
    fn phrases(
        phrases: &Bound<'_, PyAny>,
        letters: bool,
        marks: bool,
        joiners: bool,
        digits: bool,
        presentation_forms: bool,
        whole_words: bool,
    ) -> PyResult<Searcher> {
        let strings = convert::texts_arg(phrases)?;
        let views = convert::utf8(&strings)?;
        let o = options(
            letters,
            marks,
            joiners,
            digits,
            presentation_forms,
            whole_words,
        );
        Ok(Searcher {
            inner: o.phrases(&views),
            description: format!("Searcher.phrases(<{} phrases>)", views.len()),
        })
    }

    /// A searcher for a regular expression (Rust ``regex`` syntax) written
    /// against normalized text; raises ``ValueError`` if it is invalid.
    #[staticmethod]
    #[pyo3(signature = (pattern, *, letters = true, marks = true, joiners = true, digits = true, presentation_forms = true))]
    fn regex(
        py: Python<'_>,
        pattern: &Bound<'_, PyAny>,
        letters: bool,
        marks: bool,
        joiners: bool,
        digits: bool,
        presentation_forms: bool,
    ) -> PyResult<Searcher> {
        let p = convert::text_arg(pattern, "pattern")?;
        let o = options(letters, marks, joiners, digits, presentation_forms, true);
        let inner = o
            .regex(p)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Searcher {
            inner,
            description: format!("Searcher.regex({})", convert::str_repr(py, p)?),
        })
    }

    /// Every match in ``text``, in order, as a list.
    fn find_iter<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = text.py();
        let s = convert::text_arg(text, "text")?;
        let found: Vec<SearchMatch> = convert::detached(py, s, |s| matches(&self.inner, s));
        PyList::new(py, found)
    }

    fn __repr__(&self) -> String {
        self.description.clone()
    }
}

fn matches(searcher: &parsi::Searcher, s: &str) -> Vec<SearchMatch> {
    let mut index = convert::CharIndex::new(s);
    searcher
        .find_iter(s)
        .map(|m| SearchMatch {
            start: index.at(m.start()),
            end: index.at(m.end()),
            text: m.as_str().to_owned(),
            phrase: m.phrase(),
        })
        .collect()
}

/// ``Normalizer().normalize_with_offsets(text)``: the standard rules, with
/// the map back to ``text``.
#[pyfunction]
pub(crate) fn normalize_with_offsets(text: &Bound<'_, PyAny>) -> PyResult<Normalized> {
    let py = text.py();
    let s = convert::text_arg(text, "text")?;
    let original = text.cast::<pyo3::types::PyString>()?;
    let inner = convert::detached(py, s, parsi::normalize_with_offsets);
    Ok(Normalized::new(original, s, inner))
}
