//! Amounts of money read from a whole text: [`MoneyParser`].

use super::Money;
use crate::error::{ErrorKind, ParseError, Reject};
use crate::number::{self, Number, NumberParser};
use crate::text;
use crate::unit::{self, Currency, Unit};

/// A configured money parser.
///
/// ```
/// use parsi::{Currency, Money, MoneyParser};
///
/// static COLLOQUIAL: MoneyParser = MoneyParser::new().colloquial_thousands(true);
/// assert_eq!(COLLOQUIAL.parse("صد تومن").unwrap(), Money::new(100_000, Currency::Toman));
/// assert_eq!(MoneyParser::new().parse("صد تومن").unwrap(), Money::new(100, Currency::Toman));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MoneyParser {
    colloquial: bool,
    pub(super) numbers: NumberParser,
}

impl MoneyParser {
    /// Reads what is written.
    ///
    /// ```
    /// assert!(parsi::MoneyParser::new().parse("۵۰ تومان").is_ok());
    /// ```
    pub const fn new() -> MoneyParser {
        MoneyParser {
            colloquial: false,
            numbers: NumberParser::new(),
        }
    }

    /// Colloquial speech drops a thousand from toman prices: "صد تومن" often
    /// means 100,000 tomans. When on, a toman amount below 1000 is read as that
    /// many thousands. Off by default: the default reads what is written.
    ///
    /// ```
    /// let p = parsi::MoneyParser::new().colloquial_thousands(true);
    /// assert_eq!(p.parse("۲۵۰ تومن").unwrap().amount(), parsi::Number::from(250_000));
    /// assert_eq!(p.parse("۲۵۰ ریال").unwrap().amount(), parsi::Number::from(250));
    /// ```
    pub const fn colloquial_thousands(mut self, yes: bool) -> MoneyParser {
        self.colloquial = yes;
        self
    }

    /// Uses `numbers` to read the amount (for its بیلیون and "/" choices).
    ///
    /// ```
    /// let p = parsi::MoneyParser::new().numbers(parsi::NumberParser::new().long_scale(true));
    /// assert_eq!(p.parse("۱ بیلیون ریال").unwrap().amount().to_string(), "1000000000000");
    /// ```
    pub const fn numbers(mut self, numbers: NumberParser) -> MoneyParser {
        self.numbers = numbers;
        self
    }

    /// Parses the whole of `text` as one amount and its currency, the currency
    /// after the amount or before it.
    ///
    /// # Errors
    ///
    /// As [`Money::parse`].
    ///
    /// ```
    /// let m = parsi::MoneyParser::new().parse("IRR 2,500").unwrap();
    /// assert_eq!(m, parsi::Money::new(2500, parsi::Currency::Rial));
    /// ```
    pub fn parse(&self, text: &str) -> Result<Money, ParseError> {
        self.parse_inner(text).map_err(|r| r.into_error(text))
    }

    fn parse_inner(&self, text: &str) -> Result<Money, Reject> {
        let start = text.len() - text.trim_start_matches(text::is_space).len();
        let end = text.trim_end_matches(text::is_space).len().max(start);
        if start == end {
            return Err(Reject::new(ErrorKind::Empty, 0, text.len()));
        }
        // Currency first: "تومان ۵۰٬۰۰۰", "IRR 2,500".
        if let Some((Unit::Currency(c), e)) = unit::unit_at(text, start) {
            let rest = text::skip_spaces(text, e);
            if rest >= end {
                return Err(Reject::new(ErrorKind::MissingAmount, start, end));
            }
            let amount = number::parse_span(text, rest, end, &self.numbers)?;
            return Ok(self.finish(amount, c));
        }
        // "۷۰ همت": thousand billion tomans, one word for the scale and the
        // currency. (Most texts end in another word: its last letter says
        // so before the word is read.)
        if let Some(m) = self.scaled_currency_last(text, start, end)? {
            return Ok(m);
        }
        // Currency last, possibly glued: "۵۰۰ هزارتومان".
        let (cstart, currency) = last_currency(text, start, end)?;
        // Spaces, and the ZWNJ or soft hyphen some write before the name.
        let amount_end = text[..cstart].trim_end_matches(text::is_space).len();
        if amount_end <= start {
            return Err(Reject::new(ErrorKind::MissingAmount, start, end));
        }
        let amount = number::parse_span(text, start, amount_end, &self.numbers)?;
        Ok(self.finish(amount, currency))
    }

    /// `text[start..end]` as an amount ending in a word of
    /// [`unit::SCALED_CURRENCIES`] ("۷۰ همت"), if it ends in one.
    fn scaled_currency_last(
        &self,
        text: &str,
        start: usize,
        end: usize,
    ) -> Result<Option<Money>, Reject> {
        let may_end = text[..end]
            .chars()
            .next_back()
            .is_some_and(unit::may_end_scaled_currency);
        let found = may_end
            .then(|| last_word_start(text, start, end))
            .flatten()
            .and_then(|k| Some((k, unit::scaled_currency_at(text, k)?)))
            .filter(|&(_, (_, _, e))| e == end);
        let Some((word, (currency, exp, _))) = found else {
            return Ok(None);
        };
        let amount_end = text[..word].trim_end_matches(text::is_space).len();
        if amount_end <= start {
            return Err(Reject::new(ErrorKind::MissingAmount, start, end));
        }
        let amount = number::parse_span(text, start, amount_end, &self.numbers)?;
        let amount = amount.checked_mul_pow10(exp as u32).ok_or(Reject::new(
            ErrorKind::Overflow,
            start,
            amount_end,
        ))?;
        Ok(Some(self.finish(amount, currency)))
    }

    pub(super) fn finish(&self, amount: Number, currency: Currency) -> Money {
        let amount = if self.colloquial
            && currency == Currency::Toman
            && amount < Number::from(1000)
            && !amount.is_negative()
        {
            amount.checked_mul_pow10(3).unwrap_or(amount)
        } else {
            amount
        };
        Money::new(amount, currency)
    }
}

/// Where the last word of `text[start..end]` starts.
#[inline]
pub(super) fn last_word_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let k = text::word_start(text, end).max(start);
    (k < end).then_some(k)
}

/// The currency that ends `text[start..end]`: a word, a code, the ﷼ sign, or
/// a name glued to the amount.
fn last_currency(text: &str, start: usize, end: usize) -> Result<(usize, Currency), Reject> {
    let body = &text[start..end];
    let last = body.chars().next_back().unwrap_or(' ');
    let word_start = if last == unit::RIAL_SIGN {
        end - last.len_utf8()
    } else {
        last_word_start(text, start, end).ok_or(Reject::new(
            ErrorKind::MissingCurrency,
            start,
            end,
        ))?
    };
    let missing = Reject::new(ErrorKind::MissingCurrency, word_start, end);
    if let Some((Unit::Currency(c), e)) = unit::unit_at(text, word_start) {
        if e == end {
            return Ok((word_start, c));
        }
    }
    // The adjective after a vowel, "لیره‌ای": the name is the word before
    // the ZWNJ.
    if let Some(name_end) = text[..end].strip_suffix("\u{200C}ای").map(str::len) {
        let name_start = last_word_start(text, start, name_end).unwrap_or(name_end);
        if let Some((Unit::Currency(c), e)) = unit::unit_at(text, name_start) {
            if e == end {
                return Ok((name_start, c));
            }
        }
    }
    // Glued: the word ends with a currency name (at most a few letters, and
    // the marks after them).
    let word = &text[word_start..end];
    let letters_end = word.trim_end_matches(text::is_dropped_mark).len();
    for (k, _) in word
        .char_indices()
        .skip(1)
        .filter(|&(k, _)| k < letters_end && letters_end - k <= 16)
    {
        if let Some((Unit::Currency(c), e)) = unit::unit_at(text, word_start + k) {
            if e == end {
                return Ok((word_start + k, c));
            }
        }
    }
    Err(missing)
}
