//! Units a number in running text can carry: percent and currencies.

use std::fmt;

/// A currency Iranian text quotes amounts in.
///
/// Rial is the official unit; toman is ten rials in everyday use. The foreign
/// currencies are the ones Persian news quotes most.
///
/// ```
/// use parsi::Currency;
///
/// assert_eq!(Currency::Toman.persian_name(), "تومان");
/// assert_eq!(Currency::Rial.code(), "IRR");
/// assert_eq!(Currency::from_word("تومن"), Some(Currency::Toman));
/// assert_eq!(Currency::from_word("USD"), Some(Currency::Usd));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Currency {
    /// ریال (IRR), the official unit; also written ريال and ﷼.
    Rial,
    /// تومان (IRT), ten rials; also written تومن.
    Toman,
    /// دلار, US dollar (USD).
    Usd,
    /// یورو, euro (EUR).
    Eur,
    /// درهم, UAE dirham (AED).
    Aed,
    /// پوند, pound sterling (GBP).
    Gbp,
    /// یوان, Chinese yuan (CNY).
    Cny,
    /// لیر, Turkish lira (TRY).
    Try,
}

impl Currency {
    /// Every currency, in declaration order.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::ALL.len(), 8);
    /// ```
    pub const ALL: [Currency; 8] = [
        Currency::Rial,
        Currency::Toman,
        Currency::Usd,
        Currency::Eur,
        Currency::Aed,
        Currency::Gbp,
        Currency::Cny,
        Currency::Try,
    ];

    /// The standard Persian name.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::Eur.persian_name(), "یورو");
    /// ```
    pub const fn persian_name(self) -> &'static str {
        match self {
            Currency::Rial => "ریال",
            Currency::Toman => "تومان",
            Currency::Usd => "دلار",
            Currency::Eur => "یورو",
            Currency::Aed => "درهم",
            Currency::Gbp => "پوند",
            Currency::Cny => "یوان",
            Currency::Try => "لیر",
        }
    }

    /// The ISO 4217 code; toman, which has none, is "IRT" by common use.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::Toman.code(), "IRT");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Rial => "IRR",
            Currency::Toman => "IRT",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Aed => "AED",
            Currency::Gbp => "GBP",
            Currency::Cny => "CNY",
            Currency::Try => "TRY",
        }
    }

    /// The currency a word or sign names: Persian names and their variant
    /// spellings, the ISO-style codes (any letter case), and the rial sign ﷼.
    ///
    /// ```
    /// use parsi::Currency;
    ///
    /// assert_eq!(Currency::from_word("ريال"), Some(Currency::Rial));
    /// assert_eq!(Currency::from_word("﷼"), Some(Currency::Rial));
    /// assert_eq!(Currency::from_word("irr"), Some(Currency::Rial));
    /// assert_eq!(Currency::from_word("سکه"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Currency> {
        if word == "\u{FDFC}" {
            return Some(Currency::Rial);
        }
        if word.is_ascii() && word.len() == 3 {
            let mut up = [0u8; 3];
            up.copy_from_slice(word.as_bytes());
            up.make_ascii_uppercase();
            return Currency::ALL
                .into_iter()
                .find(|c| c.code().as_bytes() == up);
        }
        let mut buf = [0u8; 64];
        let folded = crate::number::fold_word(word, &mut buf)?;
        currency_word(folded)
    }
}

/// Currency names in folded Persian letters, and the codes in upper case.
pub(crate) fn currency_word(word: &str) -> Option<Currency> {
    Some(match word {
        "ریال" | "IRR" => Currency::Rial,
        "تومان" | "تومن" | "IRT" => Currency::Toman,
        "دلار" | "USD" => Currency::Usd,
        "یورو" | "EUR" => Currency::Eur,
        "درهم" | "AED" => Currency::Aed,
        "پوند" | "GBP" => Currency::Gbp,
        "یوان" | "CNY" => Currency::Cny,
        "لیر" | "لیره" | "TRY" => Currency::Try,
        _ => return None,
    })
}

impl fmt::Display for Currency {
    /// Writes the Persian name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.persian_name())
    }
}

/// The unit written right after a number in running text.
///
/// ```
/// use parsi::{find_numbers, Currency, Unit};
///
/// let units: Vec<_> = find_numbers("۳/۵ درصد و ۵۰ هزار تومان").map(|m| m.unit()).collect();
/// assert_eq!(units, [Some(Unit::Percent), Some(Unit::Currency(Currency::Toman))]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Unit {
    /// درصد, ٪ or %.
    Percent,
    /// A currency word or code.
    Currency(Currency),
}

impl fmt::Display for Unit {
    /// Writes the Persian word: "درصد" or the currency's name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Percent => f.write_str("درصد"),
            Unit::Currency(c) => c.fmt(f),
        }
    }
}
