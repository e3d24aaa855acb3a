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

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;
use std::str::FromStr;

use num_format::{Buffer, Locale};

use crate::digits::{self, Script};
use crate::error::{ErrorKind, ParseError, Reject};
use crate::number::{self, find_numbers, Number, NumberMatches};
use crate::unit::{Currency, Unit};

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
/// let err = Money::new(i128::MAX, Currency::Toman).to_rial().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Overflow);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot convert {from} to {to}: {kind}")]
pub struct ConversionError {
    kind: ErrorKind,
    from: &'static str,
    to: &'static str,
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
            from: self.currency.code(),
            to: to.code(),
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
        MoneyFormat::new(style).format(self)
    }
}

impl fmt::Display for Money {
    /// [`MoneyStyle::Digits`]: "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(MoneyStyle::Digits))
    }
}

impl FromStr for Money {
    type Err = ParseError;

    /// As [`Money::parse`].
    fn from_str(s: &str) -> Result<Money, ParseError> {
        Money::parse(s)
    }
}

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
    numbers: number::Parser,
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
            numbers: number::Parser::new(),
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
    /// let p = parsi::MoneyParser::new().numbers(parsi::Parser::new().long_scale(true));
    /// assert_eq!(p.parse("۱ بیلیون ریال").unwrap().amount().to_string(), "1000000000000");
    /// ```
    pub const fn numbers(mut self, numbers: number::Parser) -> MoneyParser {
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
        let start = text.len() - text.trim_start().len();
        let end = text.trim_end().len().max(start);
        if start == end {
            return Err(Reject::new(ErrorKind::Empty, 0, text.len()));
        }
        // Currency first: "تومان ۵۰٬۰۰۰", "IRR 2,500".
        if let Some((Unit::Currency(c), e)) = number::unit_at(text, start) {
            let rest = skip_space(text, e);
            if rest >= end {
                return Err(Reject::new(ErrorKind::MissingAmount, start, end));
            }
            let amount = number::scan_whole(text, rest, end, &self.numbers)?;
            return Ok(self.finish(amount, c));
        }
        // "۷۰ همت": thousand billion tomans, one word for the scale and the
        // currency. (Most texts end in another name: its last letter says so
        // before the word is read.)
        let may_be_hemat = text[..end]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, 'ت' | 'ی' | 'ي' | 'ى') || number::is_dropped_mark(c));
        let hemat = may_be_hemat
            .then(|| last_word_start(text, start, end))
            .flatten()
            .filter(|&k| hemat_at(text, k) == Some(end));
        if let Some(hemat) = hemat {
            let amount_end = text[..hemat].trim_end_matches(number::is_space).len();
            if amount_end <= start {
                return Err(Reject::new(ErrorKind::MissingAmount, start, end));
            }
            let amount = number::scan_whole(text, start, amount_end, &self.numbers)?;
            let amount = amount.checked_mul_pow10(12).ok_or(Reject::new(
                ErrorKind::Overflow,
                start,
                amount_end,
            ))?;
            return Ok(self.finish(amount, Currency::Toman));
        }
        // Currency last, possibly glued: "۵۰۰ هزارتومان".
        let (cstart, currency) = last_currency(text, start, end)?;
        // Spaces, and the ZWNJ or soft hyphen some write before the name.
        let amount_end = text[..cstart].trim_end_matches(number::is_space).len();
        if amount_end <= start {
            return Err(Reject::new(ErrorKind::MissingAmount, start, end));
        }
        let amount = number::scan_whole(text, start, amount_end, &self.numbers)?;
        Ok(self.finish(amount, currency))
    }

    fn finish(&self, amount: Number, currency: Currency) -> Money {
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

fn skip_space(text: &str, i: usize) -> usize {
    i + (text[i..].len() - text[i..].trim_start().len())
}

/// Where the last word of `text[start..end]` starts.
#[inline]
fn last_word_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let k = text[start..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !number::is_word_char(c))
        .map_or(start, |(k, c)| start + k + c.len_utf8());
    (k < end).then_some(k)
}

/// The end of "همت" or its adjective "همتی" at `pos`: the abbreviation of
/// هزار میلیارد تومان (10^12 tomans) that news has written since the
/// budget figures outgrew the scale words.
fn hemat_at(text: &str, pos: usize) -> Option<usize> {
    if !text.get(pos..)?.starts_with('ه') {
        return None;
    }
    let end = number::word_end(text, pos);
    let mut buf = [0u8; 64];
    let folded = number::fold_word(text.get(pos..end)?, &mut buf)?;
    matches!(folded, "همت" | "همتی").then_some(end)
}

/// The currency that ends `text[start..end]`: a word, a code, the ﷼ sign, or
/// a name glued to the amount.
fn last_currency(text: &str, start: usize, end: usize) -> Result<(usize, Currency), Reject> {
    let body = &text[start..end];
    let last = body.chars().next_back().unwrap_or(' ');
    let word_start = if last == '\u{FDFC}' {
        end - last.len_utf8()
    } else {
        last_word_start(text, start, end).ok_or(Reject::new(
            ErrorKind::MissingCurrency,
            start,
            end,
        ))?
    };
    let missing = Reject::new(ErrorKind::MissingCurrency, word_start, end);
    if let Some((Unit::Currency(c), e)) = number::unit_at(text, word_start) {
        if e == end {
            return Ok((word_start, c));
        }
    }
    // The adjective after a vowel, "لیره‌ای": the name is the word before
    // the ZWNJ.
    if let Some(name_end) = text[..end].strip_suffix("\u{200C}ای").map(str::len) {
        let name_start = last_word_start(text, start, name_end).unwrap_or(name_end);
        if let Some((Unit::Currency(c), e)) = number::unit_at(text, name_start) {
            if e == end {
                return Ok((name_start, c));
            }
        }
    }
    // Glued: the word ends with a currency name (at most a few letters, and
    // the marks after them).
    let word = &text[word_start..end];
    let letters_end = word.trim_end_matches(number::is_dropped_mark).len();
    for (k, _) in word
        .char_indices()
        .skip(1)
        .filter(|&(k, _)| k < letters_end && letters_end - k <= 16)
    {
        if let Some((Unit::Currency(c), e)) = number::unit_at(text, word_start + k) {
            if e == end {
                return Ok((word_start + k, c));
            }
        }
    }
    Err(missing)
}

/// How an amount is written.
///
/// ```
/// use parsi::{Currency, Money, MoneyStyle};
///
/// let m = Money::new(50_000, Currency::Toman);
/// assert_eq!(m.format(MoneyStyle::Digits), "۵۰٬۰۰۰ تومان");
/// assert_eq!(m.format(MoneyStyle::Words), "پنجاه هزار تومان");
/// assert_eq!(m.format(MoneyStyle::Mixed), "۵۰ هزار تومان");
/// assert_eq!(m.format(MoneyStyle::Compact), "۵۰ هزار تومان");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum MoneyStyle {
    /// Grouped digits: "۲٬۵۲۱٬۰۰۰٬۰۰۰ ریال". Exact.
    #[default]
    Digits,
    /// Words: "دو میلیارد و پانصد و بیست و یک میلیون ریال". Exact.
    Words,
    /// Digits for each group with its scale word, the article's own style:
    /// "۲ میلیارد و ۵۲۱ میلیون ریال". Exact; an amount with a fraction is
    /// written as [`MoneyStyle::Digits`].
    Mixed,
    /// The largest scale with a short decimal: "۲٫۵ میلیارد ریال". Rounded
    /// half away from zero to [`MoneyFormat::precision`] digits (1 by
    /// default), trailing zeros dropped. Not exact.
    Compact,
}

/// A configured money formatter: style, digit script, separators, and the
/// currency as a Persian name or a code.
///
/// ```
/// use parsi::{digits::Script, Currency, Money, MoneyFormat, MoneyStyle};
///
/// let m = Money::new(2_521_000_000u64, Currency::Rial);
/// let latin = MoneyFormat::new(MoneyStyle::Digits).script(Script::Ascii).group_separator(',').code(true);
/// assert_eq!(latin.format(&m), "2,521,000,000 IRR");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MoneyFormat {
    style: MoneyStyle,
    script: Script,
    group: char,
    decimal: char,
    code: bool,
    precision: u8,
}

impl Default for MoneyFormat {
    fn default() -> Self {
        MoneyFormat::new(MoneyStyle::Digits)
    }
}

impl MoneyFormat {
    /// Persian digits, ٬ and ٫, the Persian name; one decimal in `Compact`.
    ///
    /// ```
    /// let f = parsi::MoneyFormat::new(parsi::MoneyStyle::Digits);
    /// assert_eq!(f.format(&parsi::Money::new(1500, parsi::Currency::Toman)), "۱٬۵۰۰ تومان");
    /// ```
    pub const fn new(style: MoneyStyle) -> MoneyFormat {
        MoneyFormat {
            style,
            script: Script::Persian,
            group: digits::GROUP_SEPARATOR,
            decimal: digits::DECIMAL_SEPARATOR,
            code: false,
            precision: 1,
        }
    }

    /// The digit script. With [`Script::Ascii`] the decimal separator becomes
    /// `.` unless set otherwise afterwards.
    ///
    /// ```
    /// use parsi::{digits::Script, Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Mixed).script(Script::ArabicIndic);
    /// assert_eq!(f.format(&Money::new(2_500_000, Currency::Rial)), "٢ میلیون و ٥٠٠ هزار ریال");
    /// ```
    pub const fn script(mut self, script: Script) -> MoneyFormat {
        self.script = script;
        if matches!(script, Script::Ascii) && self.decimal == digits::DECIMAL_SEPARATOR {
            self.decimal = '.';
        }
        self
    }

    /// The group (thousands) separator.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Digits).group_separator('،');
    /// assert_eq!(f.format(&Money::new(1000, Currency::Rial)), "۱،۰۰۰ ریال");
    /// ```
    pub const fn group_separator(mut self, sep: char) -> MoneyFormat {
        self.group = sep;
        self
    }

    /// The decimal separator.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Digits).decimal_separator('/');
    /// assert_eq!(f.format(&Money::new(25, Currency::Rial).to_toman().unwrap()), "۲/۵ تومان");
    /// ```
    pub const fn decimal_separator(mut self, sep: char) -> MoneyFormat {
        self.decimal = sep;
        self
    }

    /// Writes the currency's code ("IRR") instead of its Persian name.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Digits).code(true);
    /// assert_eq!(f.format(&Money::new(5, Currency::Usd)), "۵ USD");
    /// ```
    pub const fn code(mut self, yes: bool) -> MoneyFormat {
        self.code = yes;
        self
    }

    /// Digits after the point in [`MoneyStyle::Compact`] (at most 18).
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Compact).precision(2);
    /// assert_eq!(f.format(&Money::new(2_521_000_000u64, Currency::Rial)), "۲٫۵۲ میلیارد ریال");
    /// ```
    pub const fn precision(mut self, digits: u8) -> MoneyFormat {
        self.precision = if digits > 18 { 18 } else { digits };
        self
    }

    /// Formats `money`.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// assert_eq!(MoneyFormat::new(MoneyStyle::Words).format(&Money::new(-50, Currency::Toman)), "منفی پنجاه تومان");
    /// ```
    pub fn format(&self, money: &Money) -> String {
        let mut out = String::with_capacity(48);
        self.format_into(money, &mut out);
        out
    }

    /// Appends `money`, formatted, to `out`: [`MoneyFormat::format`] without
    /// the allocation when `out` has room (a buffer reused across calls).
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    ///
    /// let digits = MoneyFormat::new(MoneyStyle::Digits);
    /// let mut line = String::from("مبلغ: ");
    /// digits.format_into(&Money::new(50_000, Currency::Toman), &mut line);
    /// assert_eq!(line, "مبلغ: ۵۰٬۰۰۰ تومان");
    /// ```
    pub fn format_into(&self, money: &Money, out: &mut String) {
        match self.style {
            MoneyStyle::Digits => self.write_grouped(money.amount, out),
            MoneyStyle::Words => {
                let _ = number::Spelling::new().write_words(money.amount, out);
            }
            MoneyStyle::Mixed => self.write_mixed(money.amount, out),
            MoneyStyle::Compact => self.write_compact(money.amount, out),
        }
        out.push(' ');
        out.push_str(if self.code {
            money.currency.code()
        } else {
            money.currency.persian_name()
        });
    }

    /// Grouped digits: num-format groups them (with `,` under the standard
    /// grouping of its `en` locale), then each digit is written in this
    /// format's script and each `,` as this format's separator.
    fn write_grouped(&self, n: Number, out: &mut String) {
        let mut buf = Buffer::new();
        let whole = n.trunc().unsigned_abs();
        // num-format writes a u64 without the u128 library division.
        match u64::try_from(whole) {
            Ok(w) => buf.write_formatted(&w, &Locale::en),
            Err(_) => buf.write_formatted(&whole, &Locale::en),
        };
        if n.is_negative() {
            out.push('-');
        }
        digits::push_from_ascii(out, buf.as_str(), self.script, self.group);
        let (frac, scale) = n.fraction_digits();
        if scale > 0 {
            out.push(self.decimal);
            let mut b = [0u8; 64];
            let s = write_padded(frac, scale, &mut b);
            self.push_digits(s, out);
        }
    }

    /// Appends `ascii` with its digits in this format's script.
    fn push_digits(&self, ascii: &str, out: &mut String) {
        digits::push_from_ascii(out, ascii, self.script, ',');
    }

    fn write_mixed(&self, n: Number, out: &mut String) {
        if !n.is_integer() || n.mantissa() == 0 {
            return self.write_grouped(n, out);
        }
        if n.is_negative() {
            out.push_str(number::MINUS_WORD);
            out.push(' ');
        }
        let mut m = n.mantissa().unsigned_abs();
        let mut groups = [0u16; 13];
        let mut count = 0;
        while m > 0 {
            groups[count] = (m % 1000) as u16;
            m /= 1000;
            count += 1;
        }
        let mut first = true;
        for k in (0..count).rev() {
            if groups[k] == 0 {
                continue;
            }
            if !first {
                out.push_str(" و ");
            }
            first = false;
            self.write_plain(Number::from(groups[k]), out);
            if k > 0 {
                out.push(' ');
                number::write_scale_name(k, out);
            }
        }
    }

    fn write_compact(&self, n: Number, out: &mut String) {
        // The largest scale (up to کوادریلیون) not above the amount.
        let abs = n.trunc().unsigned_abs();
        let mut k = 0u32;
        while k < 5 && abs >= 10u128.pow(3 * (k + 1)) {
            k += 1;
        }
        let scaled = n.checked_div_pow10(3 * k).unwrap_or(n);
        let rounded = round_half_away(scaled, self.precision);
        let plain = MoneyFormat {
            group: if k == 0 { self.group } else { '\u{0}' },
            ..*self
        };
        if k == 0 {
            plain.write_grouped(rounded, out);
        } else {
            plain.write_plain(rounded, out);
            out.push(' ');
            number::write_scale_name(k as usize, out);
        }
    }

    /// Digits without grouping.
    fn write_plain(&self, n: Number, out: &mut String) {
        let mut b = [0u8; 64];
        let s = number::ascii_digits(n, &mut b);
        match s.split_once('.') {
            Some((whole, frac)) => {
                self.push_digits(whole, out);
                out.push(self.decimal);
                self.push_digits(frac, out);
            }
            None => self.push_digits(s, out),
        }
    }
}

fn write_padded(frac: u128, scale: u8, buf: &mut [u8; 64]) -> &str {
    use std::io::Write;
    let mut cur = std::io::Cursor::new(&mut buf[..]);
    let _ = write!(cur, "{frac:0width$}", width = scale as usize);
    let len = cur.position() as usize;
    std::str::from_utf8(&buf[..len]).unwrap_or("")
}

/// `n` rounded to `digits` fractional digits, half away from zero.
fn round_half_away(n: Number, digits: u8) -> Number {
    if n.scale() <= digits {
        return n;
    }
    let drop = (n.scale() - digits) as u32;
    let p = 10i128.pow(drop);
    let m = n.mantissa();
    let (q, r) = (m / p, m % p);
    let half = p / 2;
    let q = if r.abs() >= half { q + m.signum() } else { q };
    Number::new(q, digits).unwrap_or(n)
}

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

/// The amounts of money in a text, created by [`find_money`].
#[derive(Debug, Clone)]
pub struct MoneyMatches<'t> {
    text: &'t str,
    numbers: NumberMatches<'t>,
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
/// Linear in the length of `text`, as [`find_numbers`].
pub fn find_money(text: &str) -> MoneyMatches<'_> {
    MoneyMatches {
        text,
        numbers: find_numbers(text),
        last_end: 0,
    }
}

impl<'t> Iterator for MoneyMatches<'t> {
    type Item = MoneyMatch<'t>;

    fn next(&mut self) -> Option<MoneyMatch<'t>> {
        let text = self.text;
        for m in self.numbers.by_ref() {
            if m.is_ordinal() {
                continue;
            }
            if let Some(Unit::Currency(c)) = m.unit() {
                let pos = number::skip_spaces(text, m.end());
                let end = number::unit_at(text, pos).map_or(m.end(), |(_, e)| e);
                self.last_end = end;
                return Some(MoneyMatch {
                    text,
                    start: m.start(),
                    end,
                    money: Money::new(m.value(), c),
                });
            }
            // "۷۰ همت": the number is the count of thousand billion tomans.
            if m.unit().is_none() {
                let pos = number::skip_spaces(text, m.end());
                if let Some(end) = hemat_at(text, pos) {
                    if let Some(amount) = m.value().checked_mul_pow10(12) {
                        self.last_end = end;
                        return Some(MoneyMatch {
                            text,
                            start: m.start(),
                            end,
                            money: Money::new(amount, Currency::Toman),
                        });
                    }
                }
            }
            // A code or the rial sign before the number: "IRR 2,500".
            let before = text[..m.start()].trim_end_matches([' ', '\t', '\u{00A0}']);
            // Codes are three letters; look no further back than that.
            let mut word_start = before.len();
            for (k, c) in before.char_indices().rev().take(4) {
                if c.is_ascii_alphabetic() || c == '\u{FDFC}' {
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
                    .is_some_and(|c| number::is_word_char(c) && !c.is_numeric());
            if !word.is_empty()
                && !glued_to_word
                && word_start >= self.last_end
                && (word.is_ascii() || word == "\u{FDFC}")
            {
                if let Some(c) = Currency::from_word(word) {
                    self.last_end = m.end();
                    return Some(MoneyMatch {
                        text,
                        start: word_start,
                        end: m.end(),
                        money: Money::new(m.value(), c),
                    });
                }
            }
        }
        None
    }
}

impl FusedIterator for MoneyMatches<'_> {}
