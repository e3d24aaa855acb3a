//! Amounts of money found in running text: [`find_money`].

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::{Money, MoneyParser};
use crate::number::{Number, NumberMatch, NumberMatches};
use crate::text;
use crate::unit::{self, Currency, Unit};

/// An amount of money found in running text.
///
/// ```
/// let text = "۲میلیارد و ۵۲۱میلیون ریال تخصیص یافت";
/// let m = parsi::find_money(text).next().unwrap();
/// assert_eq!(m.as_str(), "۲میلیارد و ۵۲۱میلیون ریال");
/// assert_eq!(m.range(), 0..text.find(" تخصیص").unwrap());
/// assert_eq!((m.start(), m.end()), (m.range().start, m.range().end));
/// assert_eq!(m.money(), parsi::Money::new(2_521_000_000u64, parsi::Currency::Rial));
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct MoneyMatch<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    money: Money,
}

impl<'t> MoneyMatch<'t> {
    /// Byte offset of the start (the number, or a currency code before it).
    ///
    /// ```
    /// assert_eq!(parsi::find_money("IRR 2,500").next().unwrap().start(), 0);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end (after the currency word).
    ///
    /// ```
    /// assert_eq!(parsi::find_money("IRR 2,500").next().unwrap().end(), 9);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range.
    ///
    /// ```
    /// assert_eq!(parsi::find_money("۵ دلار").next().unwrap().range(), 0..11);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The matched text, amount and currency.
    ///
    /// ```
    /// assert_eq!(parsi::find_money("قیمت ۵ دلار است").next().unwrap().as_str(), "۵ دلار");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// The amount.
    ///
    /// ```
    /// let m = parsi::find_money("۵ دلار").next().unwrap();
    /// assert_eq!(m.money().currency(), parsi::Currency::Usd);
    /// ```
    pub fn money(&self) -> Money {
        self.money
    }

    /// The length of the match in bytes.
    ///
    /// ```
    /// assert_eq!(parsi::find_money("۵ دلار").next().unwrap().len(), 11);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

impl<'t> From<MoneyMatch<'t>> for &'t str {
    fn from(m: MoneyMatch<'t>) -> &'t str {
        m.as_str()
    }
}

impl<'t> From<MoneyMatch<'t>> for Range<usize> {
    fn from(m: MoneyMatch<'t>) -> Range<usize> {
        m.range()
    }
}

impl fmt::Debug for MoneyMatch<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MoneyMatch")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("text", &self.as_str())
            .field("money", &self.money)
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for MoneyMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("MoneyMatch", 4)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("money", &self.money)?;
        st.end()
    }
}

/// The amounts of money in a text, created by [`find_money`] or
/// [`MoneyParser::find_money`].
#[derive(Debug, Clone)]
pub struct MoneyMatches<'t> {
    text: &'t str,
    numbers: NumberMatches<'t>,
    parser: MoneyParser,
    /// The end of the last match: a code before a number may not reach back
    /// into it.
    last_end: usize,
}

/// Finds every amount of money in `text`: a number followed by a currency
/// word ("۵۰ هزار تومان", "2میلیارد و 521میلیون ریال") or by همت (هزار
/// میلیارد تومان: "بودجه ۷۰ همتی"), or a currency code or the ﷼ sign followed
/// by a number ("IRR 2,500").
///
/// # Example
///
/// ```
/// use parsi::{find_money, Currency, Money};
///
/// let text = "در سال گذشته 2میلیارد و 521میلیون ریال و امسال 2میلیارد و 335 میلیون ریال";
/// let found: Vec<Money> = find_money(text).map(|m| m.money()).collect();
/// assert_eq!(found, [
///     Money::new(2_521_000_000u64, Currency::Rial),
///     Money::new(2_335_000_000u64, Currency::Rial),
/// ]);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`, as [`find_numbers`](crate::find_numbers).
pub fn find_money(text: &str) -> MoneyMatches<'_> {
    MoneyParser::new().find_money(text)
}

impl MoneyParser {
    /// Finds every amount of money in `text` as [`find_money`] does, reading
    /// the amounts with this parser's settings: what [`MoneyParser::parse`]
    /// gives for each match's text.
    ///
    /// # Example
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyParser};
    ///
    /// let text = "بلیت صد تومن شد";
    /// let default: Vec<Money> = parsi::find_money(text).map(|m| m.money()).collect();
    /// assert_eq!(default, [Money::new(100, Currency::Toman)]);
    /// let colloquial = MoneyParser::new().colloquial_thousands(true);
    /// let found: Vec<Money> = colloquial.find_money(text).map(|m| m.money()).collect();
    /// assert_eq!(found, [Money::new(100_000, Currency::Toman)]);
    /// ```
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`, as [`find_numbers`](crate::find_numbers).
    pub fn find_money<'t>(&self, text: &'t str) -> MoneyMatches<'t> {
        MoneyMatches {
            text,
            numbers: self.numbers.find_numbers(text),
            parser: *self,
            last_end: 0,
        }
    }
}

impl<'t> MoneyMatches<'t> {
    /// The part of the text not yet searched.
    ///
    /// ```
    /// let mut it = parsi::find_money("۵ دلار و ۶ یورو");
    /// it.next();
    /// assert_eq!(it.as_str(), " و ۶ یورو");
    /// ```
    pub fn as_str(&self) -> &'t str {
        let searched = self.text.len() - self.numbers.as_str().len();
        &self.text[searched.max(self.last_end)..]
    }

    /// The next number of the text, as an amount of money when it is one:
    /// what [`find_entities`](crate::find_entities) reads numbers and
    /// amounts with, in one pass.
    pub(crate) fn next_amount_or_number(
        &mut self,
    ) -> Option<Result<MoneyMatch<'t>, NumberMatch<'t>>> {
        let m = self.numbers.next()?;
        if m.is_ordinal() {
            return Some(Err(m));
        }
        let found = self
            .currency_after(&m)
            .or_else(|| self.scaled_currency_after(&m))
            .or_else(|| self.code_before(&m));
        Some(found.ok_or(m))
    }

    fn found(&mut self, start: usize, end: usize, amount: Number, c: Currency) -> MoneyMatch<'t> {
        self.last_end = end;
        MoneyMatch {
            text: self.text,
            start,
            end,
            money: self.parser.finish(amount, c),
        }
    }

    /// A currency word right after the number: "۵۰ هزار تومان".
    fn currency_after(&mut self, m: &NumberMatch<'t>) -> Option<MoneyMatch<'t>> {
        let Some(Unit::Currency(c)) = m.unit() else {
            return None;
        };
        let pos = text::skip_spaces(self.text, m.end());
        let end = unit::unit_at(self.text, pos).map_or(m.end(), |(_, e)| e);
        Some(self.found(m.start(), end, m.value(), c))
    }

    /// A word naming a scale and a currency right after the number: "۷۰
    /// همت" is 70 thousand billion tomans.
    fn scaled_currency_after(&mut self, m: &NumberMatch<'t>) -> Option<MoneyMatch<'t>> {
        if m.unit().is_some() {
            return None;
        }
        let pos = text::skip_spaces(self.text, m.end());
        let (c, exp, end) = unit::scaled_currency_at(self.text, pos)?;
        let amount = m.value().checked_mul_pow10(exp as u32)?;
        Some(self.found(m.start(), end, amount, c))
    }

    /// A code or the rial sign before the number: "IRR 2,500".
    fn code_before(&mut self, m: &NumberMatch<'t>) -> Option<MoneyMatch<'t>> {
        let before = self.text[..m.start()].trim_end_matches([' ', '\t', '\u{00A0}']);
        // Codes are three letters; look no further back than that.
        let mut word_start = before.len();
        for (k, c) in before.char_indices().rev().take(4) {
            if c.is_ascii_alphabetic() || c == unit::RIAL_SIGN {
                word_start = k;
            } else {
                break;
            }
        }
        let word = &before[word_start..];
        // A code glued to a number word (a letter or a mark) is part of
        // that word ("IRRیک"); the rial sign glued to digits is not
        // ("﷼100").
        let glued_to_word = before.len() == m.start()
            && m.as_str()
                .chars()
                .next()
                .is_some_and(|c| text::is_word_char(c) && !c.is_numeric());
        if word.is_empty() || glued_to_word || word_start < self.last_end {
            return None;
        }
        let c = if word == "\u{FDFC}" {
            Currency::Rial
        } else {
            unit::from_code(word)?
        };
        Some(self.found(word_start, m.end(), m.value(), c))
    }
}

impl<'t> Iterator for MoneyMatches<'t> {
    type Item = MoneyMatch<'t>;

    fn next(&mut self) -> Option<MoneyMatch<'t>> {
        loop {
            if let Ok(m) = self.next_amount_or_number()? {
                return Some(m);
            }
        }
    }
}

impl FusedIterator for MoneyMatches<'_> {}
