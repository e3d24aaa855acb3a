//! Units a number in running text can carry: percent and currencies.
//!
//! Every fact about a currency lives in one row of [`CURRENCIES`]: its
//! Persian names and variant spellings, its code, and whether news writes it
//! glued to a number word ("هزارتومان"). The enum, [`Currency::ALL`], the
//! names, the codes, the glued forms the number lexicon splits, and the words
//! a lone "نه" counts are all read from that table, so adding a currency is
//! one variant and one row. [`SCALED_CURRENCIES`] holds the abbreviations
//! that name a scale and a currency in one word (همت).

use std::fmt;

use crate::text;

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

/// What the crate knows of one currency.
struct CurrencyInfo {
    currency: Currency,
    /// The standard Persian name first, then variant spellings, all in
    /// standard Persian letters (what [`text::fold_word`] gives).
    names: &'static [&'static str],
    /// The ISO 4217 code, upper case.
    code: &'static str,
    /// Whether news writes the name glued to a number word ("هزارتومان",
    /// "صدریال"): the lexicon then splits such words.
    glued: bool,
}

/// One row per currency, in the order of the enum (a test holds the two to
/// the same order). Names from Persian news (the team's reading of a 5.5 MB
/// news corpus: every spelling here occurs there) and the codes from ISO 4217;
/// toman, which has none, is "IRT" by common use.
const CURRENCIES: [CurrencyInfo; 8] = [
    CurrencyInfo {
        currency: Currency::Rial,
        names: &["ریال"],
        code: "IRR",
        glued: true,
    },
    CurrencyInfo {
        currency: Currency::Toman,
        names: &["تومان", "تومن"],
        code: "IRT",
        glued: true,
    },
    CurrencyInfo {
        currency: Currency::Usd,
        names: &["دلار"],
        code: "USD",
        glued: true,
    },
    CurrencyInfo {
        currency: Currency::Eur,
        names: &["یورو"],
        code: "EUR",
        glued: false,
    },
    CurrencyInfo {
        currency: Currency::Aed,
        names: &["درهم"],
        code: "AED",
        glued: false,
    },
    CurrencyInfo {
        currency: Currency::Gbp,
        names: &["پوند"],
        code: "GBP",
        glued: false,
    },
    CurrencyInfo {
        currency: Currency::Cny,
        names: &["یوان"],
        code: "CNY",
        glued: false,
    },
    CurrencyInfo {
        currency: Currency::Try,
        names: &["لیر", "لیره"],
        code: "TRY",
        glued: false,
    },
];

// The table's rows stand in the enum's order, so a currency's row is its
// discriminant.
const _: () = {
    let mut i = 0;
    while i < CURRENCIES.len() {
        assert!(CURRENCIES[i].currency as usize == i);
        i += 1;
    }
};

/// The percent word, which a number may carry like a currency.
pub(crate) const PERCENT: &str = "درصد";

/// A word that names a scale and a currency at once: "۷۰ همت" is 70 × 10^12
/// tomans (هزار میلیارد تومان, used by the news since budget figures outgrew
/// the scale words). The word, its adjective, the currency, the exponent.
pub(crate) const SCALED_CURRENCIES: [(&str, &str, Currency, u8); 1] =
    [("همت", "همتی", Currency::Toman, 12)];

impl Currency {
    /// Every currency, in declaration order.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::ALL.len(), 8);
    /// assert_eq!(parsi::Currency::ALL[0], parsi::Currency::Rial);
    /// ```
    pub const ALL: [Currency; CURRENCIES.len()] = {
        let mut all = [Currency::Rial; CURRENCIES.len()];
        let mut i = 0;
        while i < CURRENCIES.len() {
            all[i] = CURRENCIES[i].currency;
            i += 1;
        }
        all
    };

    const fn info(self) -> &'static CurrencyInfo {
        &CURRENCIES[self as usize]
    }

    /// The standard Persian name.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::Eur.persian_name(), "یورو");
    /// ```
    pub const fn persian_name(self) -> &'static str {
        self.info().names[0]
    }

    /// The ISO 4217 code; toman, which has none, is "IRT" by common use.
    ///
    /// ```
    /// assert_eq!(parsi::Currency::Toman.code(), "IRT");
    /// ```
    pub const fn code(self) -> &'static str {
        self.info().code
    }

    /// The currency a word or sign names: Persian names and their variant
    /// spellings (in Persian or Arabic letters), the codes (any letter case),
    /// and the rial sign ﷼.
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
        if word == RIAL_SIGN_STR {
            return Some(Currency::Rial);
        }
        if let Some(c) = from_code(word) {
            return Some(c);
        }
        let mut buf = [0u8; 64];
        from_name(text::fold_word(word, &mut buf)?)
    }
}

/// The rial sign ﷼, U+FDFC.
pub(crate) const RIAL_SIGN: char = '\u{FDFC}';
const RIAL_SIGN_STR: &str = "\u{FDFC}";

/// The currency of a code in any letter case ("IRR", "irr").
pub(crate) fn from_code(word: &str) -> Option<Currency> {
    if word.len() != 3 || !word.is_ascii() {
        return None;
    }
    CURRENCIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(word))
        .map(|c| c.currency)
}

/// The currency a name in standard letters names.
pub(crate) fn from_name(folded: &str) -> Option<Currency> {
    CURRENCIES
        .iter()
        .find(|c| c.names.contains(&folded))
        .map(|c| c.currency)
}

/// The unit names written glued to a number word ("هزارتومان", "صددرصد"):
/// the glued currencies' names and the percent word, gathered from the
/// table at compile time.
pub(crate) const GLUED_NAMES: [&str; glued_count()] = {
    let mut t = [""; glued_count()];
    let mut n = 0;
    let mut i = 0;
    while i < CURRENCIES.len() {
        if CURRENCIES[i].glued {
            let mut k = 0;
            while k < CURRENCIES[i].names.len() {
                t[n] = CURRENCIES[i].names[k];
                n += 1;
                k += 1;
            }
        }
        i += 1;
    }
    t[n] = PERCENT;
    t
};

/// The last two bytes of every [`GLUED_NAMES`] word: a cheap test before
/// looking for a glued unit (the names are of two-byte letters; a const
/// check says so).
pub(crate) const GLUED_ENDINGS: [[u8; 2]; glued_count()] = {
    let mut t = [[0u8; 2]; glued_count()];
    let mut i = 0;
    while i < GLUED_NAMES.len() {
        t[i] = last_pair(GLUED_NAMES[i]);
        i += 1;
    }
    t
};

const fn glued_count() -> usize {
    let mut n = 1;
    let mut i = 0;
    while i < CURRENCIES.len() {
        if CURRENCIES[i].glued {
            n += CURRENCIES[i].names.len();
        }
        i += 1;
    }
    n
}

const fn last_pair(word: &str) -> [u8; 2] {
    let b = word.as_bytes();
    assert!(b.len() >= 2 && b[b.len() - 2] >= 0xC0);
    [b[b.len() - 2], b[b.len() - 1]]
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
            Unit::Percent => f.write_str(PERCENT),
            Unit::Currency(c) => c.fmt(f),
        }
    }
}

/// The unit a word in standard letters names: a currency name or "درصد".
fn unit_named(folded: &str) -> Option<Unit> {
    if folded == PERCENT {
        Some(Unit::Percent)
    } else {
        from_name(folded).map(Unit::Currency)
    }
}

/// Recognizes the unit word or sign starting exactly at `pos` (a currency
/// name or code, "درصد", their adjectives "درصدی", "تومانی", "لیره‌ای", ٪,
/// %, ﷼); returns it and its end.
pub(crate) fn unit_at(text: &str, pos: usize) -> Option<(Unit, usize)> {
    let rest = text.get(pos..)?;
    let first = rest.chars().next()?;
    match first {
        '%' | '\u{066A}' => return Some((Unit::Percent, pos + first.len_utf8())),
        RIAL_SIGN => return Some((Unit::Currency(Currency::Rial), pos + first.len_utf8())),
        _ => {}
    }
    if !text::is_word_char(first) {
        return None;
    }
    let end = text::word_end(text, pos);
    let word = &text[pos..end];
    if word.is_ascii() {
        return from_code(word).map(|c| (Unit::Currency(c), end));
    }
    let mut buf = [0u8; 64];
    let folded = text::fold_word(word, &mut buf)?;
    // "در صد" written apart is درصد ("۷۰ در صد").
    if folded == "در" {
        let at = text::skip_spaces(text, end);
        let e = text::word_end(text, at);
        if at > end && &text[at..e] == "صد" {
            return Some((Unit::Percent, e));
        }
    }
    // The adjective of the unit names the same unit: "رشد ۵ درصدی", "وام ۵۰
    // میلیون تومانی", "اسکناس ۱۰ یورویی".
    let stem = folded
        .strip_suffix("یی")
        .filter(|s| s.ends_with('و'))
        .or_else(|| folded.strip_suffix('ی'))
        .unwrap_or(folded);
    let unit = unit_named(folded).or_else(|| unit_named(stem))?;
    // After a vowel the adjective is written with a ZWNJ: "لیره‌ای".
    const ADJECTIVE: &str = "\u{200C}ای";
    let end = match text[end..].strip_prefix(ADJECTIVE) {
        Some(after) if !after.chars().next().is_some_and(text::is_word_char) => {
            end + ADJECTIVE.len()
        }
        _ => end,
    };
    Some((unit, end))
}

/// The word of [`SCALED_CURRENCIES`] (or its adjective) starting at `pos`:
/// its currency, its exponent and its end.
pub(crate) fn scaled_currency_at(text: &str, pos: usize) -> Option<(Currency, u8, usize)> {
    let rest = text.get(pos..)?;
    // A first-letter test before the word is read: most words are no such
    // abbreviation.
    if !SCALED_CURRENCIES
        .iter()
        .any(|(w, ..)| rest.starts_with(w.chars().next().unwrap_or(' ')))
    {
        return None;
    }
    let end = text::word_end(text, pos);
    let mut buf = [0u8; 64];
    let folded = text::fold_word(&text[pos..end], &mut buf)?;
    SCALED_CURRENCIES
        .iter()
        .find(|(w, adj, ..)| folded == *w || folded == *adj)
        .map(|&(_, _, c, exp)| (c, exp, end))
}

/// Whether the last char of a text could end a [`SCALED_CURRENCIES`] word
/// (after folding): a cheap test before looking for one at the end.
pub(crate) fn may_end_scaled_currency(c: char) -> bool {
    // The Arabic yeh and kaf fold to the Persian letters.
    let c = match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        _ => c,
    };
    text::is_dropped_mark(c)
        || SCALED_CURRENCIES
            .iter()
            .any(|(w, adj, ..)| w.ends_with(c) || adj.ends_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_currency_reads_back_by_name_and_code() {
        for (i, c) in Currency::ALL.into_iter().enumerate() {
            assert_eq!(c as usize, i);
            assert_eq!(Currency::from_word(c.persian_name()), Some(c));
            assert_eq!(Currency::from_word(c.code()), Some(c));
            assert_eq!(Currency::from_word(&c.code().to_ascii_lowercase()), Some(c));
            for name in c.info().names {
                assert_eq!(from_name(name), Some(c), "{name}");
                let mut buf = [0u8; 64];
                assert_eq!(text::fold_word(name, &mut buf), Some(*name), "{name}");
                assert_eq!(text::word_end(name, 0), name.len(), "{name}");
                let adjective = format!("{name}ی");
                assert_eq!(unit_at(&adjective, 0).map(|u| u.0), Some(Unit::Currency(c)));
            }
            assert_eq!(c.to_string(), c.persian_name());
        }
    }

    #[test]
    fn glued_endings_cover_the_glued_names() {
        for name in GLUED_NAMES {
            let b = name.as_bytes();
            assert!(GLUED_ENDINGS.contains(&[b[b.len() - 2], b[b.len() - 1]]));
            assert!(from_name(name).is_some() || name == PERCENT, "{name}");
        }
        assert_eq!(GLUED_NAMES.len(), GLUED_ENDINGS.len());
    }

    #[test]
    fn scaled_currencies_are_found_with_their_prefilter() {
        for (w, adj, c, exp) in SCALED_CURRENCIES {
            for word in [w, adj] {
                let text = format!("{word} بعد");
                assert_eq!(scaled_currency_at(&text, 0), Some((c, exp, word.len())));
                assert!(may_end_scaled_currency(word.chars().next_back().unwrap()));
            }
        }
        assert_eq!(scaled_currency_at("همه", 0), None);
    }
}
