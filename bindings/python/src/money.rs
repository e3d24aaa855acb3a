//! Money: `Currency`, `Money`, and amounts found in text.

use parsi::{MoneyFormat, MoneyParser, MoneyStyle};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

use crate::convert::{self, CharIndex};
use crate::errors;
use crate::numbers;

/// A currency: ``Currency.RIAL``, ``Currency.TOMAN`` and the foreign ones
/// Persian news names (``USD``, ``EUR``, ``AED``, ``GBP``, ``CNY``, ``TRY``).
///
/// >>> Currency.TOMAN.code
/// 'IRT'
/// >>> Currency.from_word("تومن")
/// Currency.TOMAN
/// >>> len(Currency.all())
/// 8
#[pyclass(module = "parsi", eq, eq_int, frozen, hash, from_py_object)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) enum Currency {
    RIAL,
    TOMAN,
    USD,
    EUR,
    AED,
    GBP,
    CNY,
    TRY,
}

impl From<parsi::Currency> for Currency {
    fn from(c: parsi::Currency) -> Currency {
        match c {
            parsi::Currency::Rial => Currency::RIAL,
            parsi::Currency::Toman => Currency::TOMAN,
            parsi::Currency::Usd => Currency::USD,
            parsi::Currency::Eur => Currency::EUR,
            parsi::Currency::Aed => Currency::AED,
            parsi::Currency::Gbp => Currency::GBP,
            parsi::Currency::Cny => Currency::CNY,
            parsi::Currency::Try => Currency::TRY,
            // The crate's enum may grow: such a currency is unreachable
            // until it is added here, and its ISO code would fail lookups.
            _ => Currency::RIAL,
        }
    }
}

impl From<Currency> for parsi::Currency {
    fn from(c: Currency) -> parsi::Currency {
        match c {
            Currency::RIAL => parsi::Currency::Rial,
            Currency::TOMAN => parsi::Currency::Toman,
            Currency::USD => parsi::Currency::Usd,
            Currency::EUR => parsi::Currency::Eur,
            Currency::AED => parsi::Currency::Aed,
            Currency::GBP => parsi::Currency::Gbp,
            Currency::CNY => parsi::Currency::Cny,
            Currency::TRY => parsi::Currency::Try,
        }
    }
}

/// The lower-case name a number match gives its currency unit.
pub(crate) fn currency_name(c: parsi::Currency) -> &'static str {
    match Currency::from(c) {
        Currency::RIAL => "rial",
        Currency::TOMAN => "toman",
        Currency::USD => "usd",
        Currency::EUR => "eur",
        Currency::AED => "aed",
        Currency::GBP => "gbp",
        Currency::CNY => "cny",
        Currency::TRY => "try",
    }
}

#[pymethods]
impl Currency {
    /// The ISO 4217 code ("IRR"; toman, which has none, is "IRT").
    #[getter]
    fn code(&self) -> &'static str {
        parsi::Currency::from(*self).code()
    }

    /// The standard Persian name ("ریال", "تومان", "دلار", ...).
    #[getter]
    fn persian_name(&self) -> &'static str {
        parsi::Currency::from(*self).persian_name()
    }

    /// The currency a Persian name, a variant spelling or an ISO code names,
    /// or ``None``.
    #[staticmethod]
    fn from_word(word: &str) -> Option<Currency> {
        parsi::Currency::from_word(word).map(Currency::from)
    }

    /// Every currency, rial and toman first.
    #[staticmethod]
    fn all() -> Vec<Currency> {
        parsi::Currency::ALL
            .into_iter()
            .map(Currency::from)
            .collect()
    }
}

/// `currency` given as a `Currency`, or as a name or code.
fn currency_arg(currency: &Bound<'_, PyAny>) -> PyResult<parsi::Currency> {
    if let Ok(c) = currency.extract::<Currency>() {
        return Ok(c.into());
    }
    if let Ok(s) = currency.cast::<PyString>() {
        let word = s.to_str()?;
        return parsi::Currency::from_word(word)
            .ok_or_else(|| PyValueError::new_err(format!("unknown currency {word:?}")));
    }
    Err(PyTypeError::new_err(format!(
        "currency must be a Currency or str, not {}",
        currency.get_type().name()?
    )))
}

/// A money style by its Python name.
fn style(name: &str) -> PyResult<MoneyStyle> {
    match name {
        "digits" => Ok(MoneyStyle::Digits),
        "words" => Ok(MoneyStyle::Words),
        "mixed" => Ok(MoneyStyle::Mixed),
        "compact" => Ok(MoneyStyle::Compact),
        _ => Err(PyValueError::new_err(format!(
            "style must be \"digits\", \"words\", \"mixed\" or \"compact\", not {name:?}"
        ))),
    }
}

/// An exact amount of money in one currency.
///
/// ``amount`` is an ``int`` or ``Decimal`` (a ``str`` of digits is read
/// too; a float is refused); ``currency`` a ``Currency`` or its name or code.
/// Amounts compare and hash by value: ``Money(5, "IRR") == Money(Decimal("5.0"),
/// Currency.RIAL)``.
///
/// >>> m = Money.parse("۵۰ هزار تومان")
/// >>> m
/// Money(50000, Currency.TOMAN)
/// >>> m.to_rial()
/// Money(500000, Currency.RIAL)
/// >>> m.format("words")
/// 'پنجاه هزار تومان'
/// >>> str(m)
/// '۵۰٬۰۰۰ تومان'
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Money(pub(crate) parsi::Money);

#[pymethods]
impl Money {
    #[new]
    fn new(amount: &Bound<'_, PyAny>, currency: &Bound<'_, PyAny>) -> PyResult<Money> {
        let n = convert::number_from_py(amount)?;
        Ok(Money(parsi::Money::new(n, currency_arg(currency)?)))
    }

    /// Reads one amount: "2میلیارد و 521میلیون ریال", "IRR 2,500", "۷۰ همت".
    /// ``colloquial_thousands=True`` reads a bare "۵۰ تومن" in speech as
    /// thousands (هزار left out).
    ///
    /// Raises ``ParseError`` (kinds include ``"missing_currency"`` and
    /// ``"missing_amount"``).
    #[staticmethod]
    #[pyo3(signature = (text, *, colloquial_thousands = false))]
    fn parse(text: &Bound<'_, PyAny>, colloquial_thousands: bool) -> PyResult<Money> {
        let s = convert::text_arg(text, "text")?;
        MoneyParser::new()
            .colloquial_thousands(colloquial_thousands)
            .parse(s)
            .map(Money)
            .map_err(|e| errors::parse_error(text.py(), s, &e))
    }

    /// The exact amount: an ``int``, or a ``Decimal`` with a fraction.
    #[getter]
    fn amount<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::number_to_py(py, self.0.amount())
    }

    /// The ``Currency``.
    #[getter]
    fn currency(&self) -> Currency {
        self.0.currency().into()
    }

    /// The amount in rials (a toman is ten rials). Raises
    /// ``ConversionError`` for a foreign currency.
    fn to_rial(&self, py: Python<'_>) -> PyResult<Money> {
        self.0
            .to_rial()
            .map(Money)
            .map_err(|e| errors::conversion_error(py, &e))
    }

    /// The amount in tomans. Raises ``ConversionError`` for a foreign
    /// currency.
    fn to_toman(&self, py: Python<'_>) -> PyResult<Money> {
        self.0
            .to_toman()
            .map(Money)
            .map_err(|e| errors::conversion_error(py, &e))
    }

    /// The amount written out: ``style`` is ``"digits"`` ("۲٬۵۲۱٬۰۰۰٬۰۰۰
    /// ریال", the default), ``"words"``, ``"mixed"`` ("۲ میلیارد و ۵۲۱ میلیون
    /// ریال") or ``"compact"`` ("۲٫۵ میلیارد ریال", rounded). ``script``
    /// picks the digits; ``code=True`` writes the ISO code for the name.
    #[pyo3(signature = (style = "digits", *, script = "persian", code = false))]
    fn format(&self, style: &str, script: &str, code: bool) -> PyResult<String> {
        let f = MoneyFormat::new(self::style(style)?)
            .script(numbers::script(script)?)
            .currency_code(code);
        Ok(f.money(&self.0))
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Money({}, Currency.{})",
            repr_amount(self.0.amount()),
            Currency::from(self.0.currency()).name()
        )
    }
}

impl Currency {
    fn name(self) -> &'static str {
        match self {
            Currency::RIAL => "RIAL",
            Currency::TOMAN => "TOMAN",
            Currency::USD => "USD",
            Currency::EUR => "EUR",
            Currency::AED => "AED",
            Currency::GBP => "GBP",
            Currency::CNY => "CNY",
            Currency::TRY => "TRY",
        }
    }
}

/// An amount as Python would write it: `5` or `Decimal('2.5')`.
pub(crate) fn repr_amount(n: parsi::Number) -> String {
    if n.scale() == 0 {
        n.to_string()
    } else {
        format!("Decimal('{n}')")
    }
}

/// An amount of money found in text: ``start`` and ``end`` are string
/// indices (``text[m.start:m.end] == m.text``), ``money`` the ``Money``.
#[pyclass(module = "parsi", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct MoneyMatch {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    money: Money,
}

#[pymethods]
impl MoneyMatch {
    /// The ``Money`` read.
    #[getter]
    fn money(&self) -> Money {
        self.money.clone()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "MoneyMatch(start={}, end={}, text={}, money={})",
            self.start,
            self.end,
            convert::str_repr(py, &self.text)?,
            self.money.__repr__()
        ))
    }
}

fn money_in(text: &str, parser: &MoneyParser) -> Vec<MoneyMatch> {
    let mut index = CharIndex::new(text);
    parser
        .find_money(text)
        .map(|m| MoneyMatch::of(&m, &mut index))
        .collect()
}

impl MoneyMatch {
    /// The Python match of a crate match, offsets through `index`.
    pub(crate) fn of(m: &parsi::MoneyMatch<'_>, index: &mut CharIndex<'_>) -> MoneyMatch {
        MoneyMatch {
            start: index.at(m.start()),
            end: index.at(m.end()),
            text: m.as_str().to_owned(),
            money: Money(m.money()),
        }
    }
}

/// Every amount of money in running text, in order.
///
/// >>> [str(m.money) for m in find_money("در سال گذشته 2میلیارد و 521میلیون ریال")]
/// ['۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال']
#[pyfunction]
#[pyo3(signature = (text, *, colloquial_thousands = false))]
pub(crate) fn find_money(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    colloquial_thousands: bool,
) -> PyResult<Vec<MoneyMatch>> {
    let s = convert::text_arg(text, "text")?;
    let parser = MoneyParser::new().colloquial_thousands(colloquial_thousands);
    Ok(convert::detached(py, s, |s| money_in(s, &parser)))
}

/// ``find_money`` over many texts on every core, the GIL released; one
/// list per text, in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, colloquial_thousands = false))]
pub(crate) fn find_money_batch<'py>(
    texts: &Bound<'py, PyAny>,
    colloquial_thousands: bool,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let strings = convert::texts_arg(texts)?;
    let views = convert::utf8(&strings)?;
    let parser = MoneyParser::new().colloquial_thousands(colloquial_thousands);
    let found: Vec<Vec<MoneyMatch>> =
        py.detach(|| views.par_iter().map(|s| money_in(s, &parser)).collect());
    PyList::new(py, found)
}
