//! Money: rial and toman amounts (and the foreign currencies Persian news
//! quotes) parsed, converted and formatted.
//!
//! ```
//! use parsi::{Currency, Money, MoneyStyle};
//!
//! let m: Money = "2میلیارد و 521میلیون ریال".parse().unwrap();
//! assert_eq!(m.amount(), parsi::Number::from(2_521_000_000u64));
//! assert_eq!(m.currency(), Currency::Rial);
//! assert_eq!(m.to_string(), "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال");
//! assert_eq!(m.format(MoneyStyle::Mixed), "۲ میلیارد و ۵۲۱ میلیون ریال");
//! assert_eq!(m.to_toman().unwrap().format(MoneyStyle::Compact), "۲۵۲٫۱ میلیون تومان");
//! ```

mod find;
mod format;
mod parse;

use std::fmt;
use std::str::FromStr;

use crate::error::{ErrorKind, ParseError};
use crate::number::Number;
use crate::unit::Currency;

pub use find::{find_money, MoneyMatch, MoneyMatches};
pub use format::{MoneyFormat, MoneyStyle};
pub use parse::MoneyParser;

/// An exact amount in a currency.
///
/// ```
/// use parsi::{Currency, Money};
///
/// let m = Money::new(50_000, Currency::Toman);
/// assert_eq!(m.to_rial().unwrap(), Money::new(500_000, Currency::Rial));
/// assert_eq!(Money::parse("۵۰ هزار تومان").unwrap(), m);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Money {
    amount: Number,
    currency: Currency,
}

/// The error of converting an amount between units.
///
/// ```
/// use parsi::{Currency, ErrorKind, Money};
///
/// let err = Money::new(5, Currency::Usd).to_rial().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Unconvertible);
/// assert_eq!((err.from(), err.to()), (Currency::Usd, Currency::Rial));
/// assert_eq!(err.to_string(), "cannot convert USD to IRR: no fixed rate");
/// let err = Money::new(i128::MAX, Currency::Toman).to_rial().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Overflow);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot convert {} to {}: {kind}", from.code(), to.code())]
pub struct ConversionError {
    kind: ErrorKind,
    from: Currency,
    to: Currency,
}

impl ConversionError {
    /// [`ErrorKind::Unconvertible`] between currencies with no fixed rate, or
    /// [`ErrorKind::Overflow`] when the result does not fit.
    ///
    /// ```
    /// let e = parsi::Money::new(1, parsi::Currency::Eur).to_toman().unwrap_err();
    /// assert_eq!(e.kind(), parsi::ErrorKind::Unconvertible);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The currency converted from.
    ///
    /// ```
    /// let e = parsi::Money::new(1, parsi::Currency::Eur).to_toman().unwrap_err();
    /// assert_eq!(e.from(), parsi::Currency::Eur);
    /// ```
    pub fn from(&self) -> Currency {
        self.from
    }

    /// The currency converted to.
    ///
    /// ```
    /// let e = parsi::Money::new(1, parsi::Currency::Eur).to_toman().unwrap_err();
    /// assert_eq!(e.to(), parsi::Currency::Toman);
    /// ```
    pub fn to(&self) -> Currency {
        self.to
    }
}

impl Money {
    /// An amount in a currency.
    ///
    /// ```
    /// let m = parsi::Money::new(25, parsi::Currency::Rial);
    /// assert_eq!(m.amount(), parsi::Number::from(25));
    /// ```
    pub fn new(amount: impl Into<Number>, currency: Currency) -> Money {
        Money {
            amount: amount.into(),
            currency,
        }
    }

    /// The exact amount.
    ///
    /// ```
    /// assert_eq!(parsi::Money::new(7, parsi::Currency::Toman).amount(), parsi::Number::from(7));
    /// ```
    pub fn amount(&self) -> Number {
        self.amount
    }

    /// The currency.
    ///
    /// ```
    /// assert_eq!(parsi::Money::new(7, parsi::Currency::Toman).currency(), parsi::Currency::Toman);
    /// ```
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Parses a whole text as one amount with its currency, with the default
    /// [`MoneyParser`]: "2میلیارد و 521میلیون ریال", "۵۰ هزار تومان", "تومان
    /// ۵۰٬۰۰۰", "IRR 2,500", "۵۰۰ هزارتومان", and "۷۰ همت" (همت abbreviates
    /// هزار میلیارد تومان, 10^12 tomans).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MissingCurrency`], [`ErrorKind::MissingAmount`], or any
    /// error of [`parse_number`](crate::parse_number) for the amount, with the
    /// byte range in `text`.
    ///
    /// ```
    /// use parsi::{ErrorKind, Money};
    ///
    /// assert_eq!(Money::parse("ریال").unwrap_err().kind(), ErrorKind::MissingAmount);
    /// assert_eq!(Money::parse("۵۰ هزار").unwrap_err().kind(), ErrorKind::MissingCurrency);
    /// assert_eq!(Money::parse("۷۰ همت").unwrap(), Money::new(70_000_000_000_000u64, parsi::Currency::Toman));
    /// ```
    pub fn parse(text: &str) -> Result<Money, ParseError> {
        MoneyParser::new().parse(text)
    }

    /// The amount in rials: toman × 10. Exact.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Unconvertible`] for a foreign currency, [`ErrorKind::Overflow`]
    /// when the result does not fit.
    ///
    /// ```
    /// use parsi::{Currency, Money};
    /// assert_eq!(Money::new(252_100_000, Currency::Toman).to_rial().unwrap().amount(), parsi::Number::from(2_521_000_000u64));
    /// ```
    pub fn to_rial(&self) -> Result<Money, ConversionError> {
        let amount = match self.currency {
            Currency::Rial => self.amount,
            Currency::Toman => self
                .amount
                .checked_mul_pow10(1)
                .ok_or(self.conversion(ErrorKind::Overflow, Currency::Rial))?,
            _ => return Err(self.conversion(ErrorKind::Unconvertible, Currency::Rial)),
        };
        Ok(Money::new(amount, Currency::Rial))
    }

    /// The amount in tomans: rial ÷ 10. Exact: 25 rials are 2.5 tomans.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Unconvertible`] for a foreign currency, [`ErrorKind::Overflow`]
    /// when the result needs more than 18 fractional digits.
    ///
    /// ```
    /// use parsi::{Currency, Money};
    /// assert_eq!(Money::new(25, Currency::Rial).to_toman().unwrap().amount().to_string(), "2.5");
    /// ```
    pub fn to_toman(&self) -> Result<Money, ConversionError> {
        let amount = match self.currency {
            Currency::Toman => self.amount,
            Currency::Rial => self
                .amount
                .checked_div_pow10(1)
                .ok_or(self.conversion(ErrorKind::Overflow, Currency::Toman))?,
            _ => return Err(self.conversion(ErrorKind::Unconvertible, Currency::Toman)),
        };
        Ok(Money::new(amount, Currency::Toman))
    }

    /// The amount in the unit of the legislated redenomination, which drops
    /// four zeros: one new unit is 10,000 current rials (1,000 tomans). Never
    /// applied by anything else in this crate.
    ///
    /// # Errors
    ///
    /// As [`Money::to_rial`].
    ///
    /// ```
    /// use parsi::{Currency, Money};
    /// let m = Money::new(2_521_000_000u64, Currency::Rial);
    /// assert_eq!(m.redenominated().unwrap(), parsi::Number::from(252_100));
    /// ```
    pub fn redenominated(&self) -> Result<Number, ConversionError> {
        self.to_rial()?
            .amount
            .checked_div_pow10(4)
            .ok_or(self.conversion(ErrorKind::Overflow, Currency::Rial))
    }

    fn conversion(&self, kind: ErrorKind, to: Currency) -> ConversionError {
        ConversionError {
            kind,
            from: self.currency,
            to,
        }
    }

    /// Formats the amount in `style` with Persian digits, Persian separators
    /// and the currency's Persian name after the amount. See [`MoneyFormat`]
    /// for other scripts, separators and codes.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyStyle};
    ///
    /// let m = Money::new(2_521_000_000u64, Currency::Rial);
    /// assert_eq!(m.format(MoneyStyle::Digits), "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال");
    /// assert_eq!(m.format(MoneyStyle::Words), "دو میلیارد و پانصد و بیست و یک میلیون ریال");
    /// assert_eq!(m.format(MoneyStyle::Mixed), "۲ میلیارد و ۵۲۱ میلیون ریال");
    /// assert_eq!(m.format(MoneyStyle::Compact), "۲٫۵ میلیارد ریال");
    /// ```
    pub fn format(&self, style: MoneyStyle) -> String {
        MoneyFormat::new(style).money(self)
    }

    /// Formats the amount with a configured [`MoneyFormat`].
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle, Script};
    ///
    /// let latin = MoneyFormat::new(MoneyStyle::Digits).script(Script::Ascii).group_separator(',');
    /// assert_eq!(Money::new(2_500, Currency::Toman).format_with(&latin), "2,500 تومان");
    /// ```
    pub fn format_with(&self, format: &MoneyFormat) -> String {
        format.money(self)
    }
}

impl fmt::Display for Money {
    /// [`MoneyStyle::Digits`]: "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال", written straight to the
    /// formatter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        MoneyFormat::new(MoneyStyle::Digits).write_money(self, f)
    }
}

impl FromStr for Money {
    type Err = ParseError;

    /// As [`Money::parse`].
    fn from_str(s: &str) -> Result<Money, ParseError> {
        Money::parse(s)
    }
}
