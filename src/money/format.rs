//! Amounts of money written out: [`MoneyStyle`] and [`MoneyFormat`].

use std::fmt::{self, Write};

use num_format::{Buffer, Locale};

use super::Money;
use crate::digits::{self, Script};
use crate::number::{self, Number};

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
/// use parsi::{Currency, Money, MoneyFormat, MoneyStyle, Script};
///
/// let m = Money::new(2_521_000_000u64, Currency::Rial);
/// let latin = MoneyFormat::new(MoneyStyle::Digits)
///     .script(Script::Ascii)
///     .group_separator(',')
///     .currency_code(true);
/// assert_eq!(latin.money(&m), "2,521,000,000 IRR");
/// assert_eq!(m.format_with(&latin), "2,521,000,000 IRR");
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
    /// assert_eq!(f.money(&parsi::Money::new(1500, parsi::Currency::Toman)), "۱٬۵۰۰ تومان");
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
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle, Script};
    /// let f = MoneyFormat::new(MoneyStyle::Mixed).script(Script::ArabicIndic);
    /// assert_eq!(f.money(&Money::new(2_500_000, Currency::Rial)), "٢ میلیون و ٥٠٠ هزار ریال");
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
    /// assert_eq!(f.money(&Money::new(1000, Currency::Rial)), "۱،۰۰۰ ریال");
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
    /// assert_eq!(f.money(&Money::new(25, Currency::Rial).to_toman().unwrap()), "۲/۵ تومان");
    /// ```
    pub const fn decimal_separator(mut self, sep: char) -> MoneyFormat {
        self.decimal = sep;
        self
    }

    /// Writes the currency's code ("IRR") instead of its Persian name.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Digits).currency_code(true);
    /// assert_eq!(f.money(&Money::new(5, Currency::Usd)), "۵ USD");
    /// ```
    pub const fn currency_code(mut self, yes: bool) -> MoneyFormat {
        self.code = yes;
        self
    }

    /// The old name of [`MoneyFormat::currency_code`].
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Digits).code(true);
    /// assert_eq!(f.money(&Money::new(5, Currency::Usd)), "۵ USD");
    /// ```
    #[deprecated(
        since = "0.2.0",
        note = "renamed `currency_code`: `code` read like a getter"
    )]
    pub const fn code(self, yes: bool) -> MoneyFormat {
        self.currency_code(yes)
    }

    /// Digits after the point in [`MoneyStyle::Compact`] (at most 18).
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let f = MoneyFormat::new(MoneyStyle::Compact).precision(2);
    /// assert_eq!(f.money(&Money::new(2_521_000_000u64, Currency::Rial)), "۲٫۵۲ میلیارد ریال");
    /// ```
    pub const fn precision(mut self, digits: u8) -> MoneyFormat {
        self.precision = if digits > 18 { 18 } else { digits };
        self
    }

    /// `money` formatted.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// assert_eq!(MoneyFormat::new(MoneyStyle::Words).money(&Money::new(-50, Currency::Toman)), "منفی پنجاه تومان");
    /// ```
    pub fn money(&self, money: &Money) -> String {
        let mut out = String::with_capacity(48);
        // Writing to a String cannot fail.
        let _ = self.write_money(money, &mut out);
        out
    }

    /// Writes `money`, formatted, to `out`: [`MoneyFormat::money`] without
    /// allocating (into a buffer reused across calls, a formatter, a file).
    ///
    /// # Errors
    ///
    /// Only what `out` reports.
    ///
    /// ```
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    ///
    /// let digits = MoneyFormat::new(MoneyStyle::Digits);
    /// let mut line = String::from("مبلغ: ");
    /// digits.write_money(&Money::new(50_000, Currency::Toman), &mut line).unwrap();
    /// assert_eq!(line, "مبلغ: ۵۰٬۰۰۰ تومان");
    /// ```
    pub fn write_money<W: Write>(&self, money: &Money, out: &mut W) -> fmt::Result {
        match self.style {
            MoneyStyle::Digits => self.write_grouped(money.amount, out)?,
            MoneyStyle::Words => number::Spelling::new().write_words(money.amount, out)?,
            MoneyStyle::Mixed => self.write_mixed(money.amount, out)?,
            MoneyStyle::Compact => self.write_compact(money.amount, out)?,
        }
        out.write_char(' ')?;
        out.write_str(if self.code {
            money.currency.code()
        } else {
            money.currency.persian_name()
        })
    }

    /// The old name of [`MoneyFormat::money`].
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// assert_eq!(MoneyFormat::new(MoneyStyle::Digits).format(&Money::new(5, Currency::Rial)), "۵ ریال");
    /// ```
    #[deprecated(
        since = "0.2.0",
        note = "renamed `money`, beside `Money::format(style)`"
    )]
    pub fn format(&self, money: &Money) -> String {
        self.money(money)
    }

    /// The old form of [`MoneyFormat::write_money`], for a `String` only.
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use parsi::{Currency, Money, MoneyFormat, MoneyStyle};
    /// let mut s = String::new();
    /// MoneyFormat::new(MoneyStyle::Digits).format_into(&Money::new(5, Currency::Rial), &mut s);
    /// assert_eq!(s, "۵ ریال");
    /// ```
    #[deprecated(
        since = "0.2.0",
        note = "use `write_money`, which takes any `fmt::Write`"
    )]
    pub fn format_into(&self, money: &Money, out: &mut String) {
        let _ = self.write_money(money, out);
    }

    /// Grouped digits: num-format groups them (with `,` under the standard
    /// grouping of its `en` locale), then each digit is written in this
    /// format's script and each `,` as this format's separator.
    fn write_grouped<W: Write>(&self, n: Number, out: &mut W) -> fmt::Result {
        let mut buf = Buffer::new();
        let whole = n.trunc().unsigned_abs();
        // num-format writes a u64 without the u128 library division.
        match u64::try_from(whole) {
            Ok(w) => buf.write_formatted(&w, &Locale::en),
            Err(_) => buf.write_formatted(&whole, &Locale::en),
        };
        if n.is_negative() {
            out.write_char('-')?;
        }
        digits::write_from_ascii(out, buf.as_str(), self.script, self.group)?;
        let (frac, scale) = n.fraction_digits();
        if scale > 0 {
            out.write_char(self.decimal)?;
            let mut b = [0u8; 64];
            let s = write_padded(frac, scale, &mut b);
            self.write_digits(s, out)?;
        }
        Ok(())
    }

    /// Writes `ascii` with its digits in this format's script.
    fn write_digits<W: Write>(&self, ascii: &str, out: &mut W) -> fmt::Result {
        digits::write_from_ascii(out, ascii, self.script, ',')
    }

    fn write_mixed<W: Write>(&self, n: Number, out: &mut W) -> fmt::Result {
        if !n.is_integer() || n.mantissa() == 0 {
            return self.write_grouped(n, out);
        }
        if n.is_negative() {
            out.write_str(number::MINUS_WORD)?;
            out.write_char(' ')?;
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
                out.write_str(" و ")?;
            }
            first = false;
            self.write_plain(Number::from(groups[k]), out)?;
            if k > 0 {
                out.write_char(' ')?;
                number::write_scale_name(k, out)?;
            }
        }
        Ok(())
    }

    fn write_compact<W: Write>(&self, n: Number, out: &mut W) -> fmt::Result {
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
            plain.write_grouped(rounded, out)
        } else {
            plain.write_plain(rounded, out)?;
            out.write_char(' ')?;
            number::write_scale_name(k as usize, out)
        }
    }

    /// Digits without grouping.
    fn write_plain<W: Write>(&self, n: Number, out: &mut W) -> fmt::Result {
        let mut b = [0u8; 64];
        let s = number::ascii_digits(n, &mut b);
        match s.split_once('.') {
            Some((whole, frac)) => {
                self.write_digits(whole, out)?;
                out.write_char(self.decimal)?;
                self.write_digits(frac, out)
            }
            None => self.write_digits(s, out),
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
