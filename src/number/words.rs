//! Values spelled as Persian words, cardinal and ordinal.

use std::fmt;

use super::lexicon::{
    group_phrase, AND, HUNDREDS, MINUS, ORD_AM, ORD_M, POINT, SCALES, TEENS, TENS, THIRD, UNITS,
    ZERO,
};
use super::value::Number;
use crate::text::ZWNJ;

/// How ordinals are written.
///
/// ```
/// use parsi::{OrdinalStyle, Spelling};
///
/// let attributive = Spelling::new().ordinal_style(OrdinalStyle::Attributive);
/// assert_eq!(attributive.ordinal_words(21).unwrap(), "بیست و یکمین");
/// assert_eq!(Spelling::new().ordinal_words(21).unwrap(), "بیست و یکم");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OrdinalStyle {
    /// After the noun: "بیست و یکم", "سی‌ام" (the default).
    #[default]
    Suffix,
    /// Before the noun, with مین: "بیست و یکمین", "سی‌امین".
    Attributive,
}

/// How the fractional part of a decimal is written.
///
/// ```
/// use parsi::{DecimalStyle, Number, Spelling};
///
/// let x: Number = "3.5".parse().unwrap();
/// assert_eq!(Spelling::new().words(x), "سه ممیز پنج");
/// assert_eq!(Spelling::new().decimal_style(DecimalStyle::Fraction).words(x), "سه و پنج دهم");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum DecimalStyle {
    /// "سه ممیز پنج", "سه ممیز صفر پنج" (3.05): the default, exact for every value.
    #[default]
    Point,
    /// "سه و پنج دهم", "سه و پنج صدم": tenths and hundredths. A value with
    /// more fractional digits, or one whose words would read back as another
    /// value ("هزار و پنج صدم" reads as 1500th, "هفتصد و بیست و یک صدم" as
    /// 700.21), falls back to [`DecimalStyle::Point`].
    Fraction,
}

/// Names for the scales above 10^9.
///
/// ```
/// use parsi::{ScaleNames, Spelling};
///
/// let n = 2_000_000_000_000u64;
/// assert_eq!(Spelling::new().words(n), "دو تریلیون");
/// assert_eq!(Spelling::new().scale_names(ScaleNames::Milliard).words(n), "دو هزار میلیارد");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ScaleNames {
    /// تریلیون (10^12) and کوادریلیون (10^15); beyond them کوادریلیون is
    /// repeated ("هزار کوادریلیون" for 10^18). The default.
    #[default]
    Short,
    /// Everything above 10^9 in terms of میلیارد, as Iranian news writes:
    /// "هزار میلیارد" (10^12), "میلیون میلیارد" (10^15).
    Milliard,
}

/// The error of spelling a value as an ordinal.
///
/// ```
/// use parsi::{to_ordinal_words, SpellError};
///
/// assert_eq!(to_ordinal_words(-3), Err(SpellError::NotPositive));
/// assert_eq!(to_ordinal_words("2.5".parse::<parsi::Number>().unwrap()), Err(SpellError::NotInteger));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SpellError {
    /// Ordinals are whole numbers.
    #[error("an ordinal must be a whole number")]
    NotInteger,
    /// Ordinals start at one.
    #[error("an ordinal must be positive")]
    NotPositive,
    /// The writer failed.
    #[error("the writer failed")]
    Write,
}

impl From<fmt::Error> for SpellError {
    fn from(_: fmt::Error) -> Self {
        SpellError::Write
    }
}

/// How to spell numbers: the choices real documents differ on.
///
/// The builder is `const`, so a configured speller can be a `static`.
///
/// ```
/// use parsi::{Spelling, OrdinalStyle};
///
/// static CHEQUE: Spelling = Spelling::new().explicit_one(true);
/// assert_eq!(CHEQUE.words(1214), "یک هزار و دویست و چهارده");
/// assert_eq!(Spelling::new().words(1214), "هزار و دویست و چهارده");
///
/// let mut s = String::new();
/// Spelling::new().write_words(3713, &mut s).unwrap();
/// assert_eq!(s, "سه هزار و هفتصد و سیزده");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Spelling {
    explicit_one: bool,
    aval: bool,
    ordinal: OrdinalStyle,
    decimal: DecimalStyle,
    scales: ScaleNames,
}

impl Spelling {
    /// The prose defaults: "هزار" without "یک", یکم, ممیز, تریلیون.
    ///
    /// ```
    /// assert_eq!(parsi::Spelling::new().words(1000), "هزار");
    /// ```
    pub const fn new() -> Spelling {
        Spelling {
            explicit_one: false,
            aval: false,
            ordinal: OrdinalStyle::Suffix,
            decimal: DecimalStyle::Point,
            scales: ScaleNames::Short,
        }
    }

    /// Writes "یک هزار" instead of "هزار", as cheques do.
    ///
    /// ```
    /// assert_eq!(parsi::Spelling::new().explicit_one(true).words(1000), "یک هزار");
    /// ```
    pub const fn explicit_one(mut self, yes: bool) -> Spelling {
        self.explicit_one = yes;
        self
    }

    /// Writes the ordinal of one as "اول" ("اولین") instead of "یکم" ("یکمین").
    ///
    /// ```
    /// let s = parsi::Spelling::new().first_as_aval(true);
    /// assert_eq!(s.ordinal_words(1).unwrap(), "اول");
    /// assert_eq!(s.ordinal_words(21).unwrap(), "بیست و یکم");
    /// ```
    pub const fn first_as_aval(mut self, yes: bool) -> Spelling {
        self.aval = yes;
        self
    }

    /// Chooses the ordinal form.
    ///
    /// ```
    /// use parsi::{OrdinalStyle, Spelling};
    /// let s = Spelling::new().ordinal_style(OrdinalStyle::Attributive);
    /// assert_eq!(s.ordinal_words(30).unwrap(), "سی‌امین");
    /// ```
    pub const fn ordinal_style(mut self, style: OrdinalStyle) -> Spelling {
        self.ordinal = style;
        self
    }

    /// Chooses how fractions are written.
    ///
    /// ```
    /// use parsi::{DecimalStyle, Spelling};
    /// let s = Spelling::new().decimal_style(DecimalStyle::Fraction);
    /// assert_eq!(s.words("2.25".parse::<parsi::Number>().unwrap()), "دو و بیست و پنج صدم");
    /// ```
    pub const fn decimal_style(mut self, style: DecimalStyle) -> Spelling {
        self.decimal = style;
        self
    }

    /// Chooses the names of scales above 10^9.
    ///
    /// ```
    /// use parsi::{ScaleNames, Spelling};
    /// let s = Spelling::new().scale_names(ScaleNames::Milliard);
    /// assert_eq!(s.words(10u64.pow(15)), "یک میلیون میلیارد");
    /// ```
    pub const fn scale_names(mut self, names: ScaleNames) -> Spelling {
        self.scales = names;
        self
    }

    /// The cardinal words for `value`.
    ///
    /// ```
    /// assert_eq!(parsi::Spelling::new().words(2_521_000_000u64), "دو میلیارد و پانصد و بیست و یک میلیون");
    /// ```
    pub fn words(&self, value: impl Into<Number>) -> String {
        let n = value.into();
        // About twenty bytes a digit is enough for the words: one allocation.
        // The digit count from the bit length (log10 2 < 0.31) is close enough.
        let bits = 128 - n.mantissa().unsigned_abs().leading_zeros() as usize;
        let digits = bits * 31 / 100 + 1;
        let mut s = String::with_capacity(16 + 20 * digits);
        // Writing to a String cannot fail.
        let _ = self.write_words(n, &mut s);
        s
    }

    /// Writes the cardinal words for `value` to `out` without allocating.
    ///
    /// # Errors
    ///
    /// Only the writer's own error.
    ///
    /// ```
    /// use std::fmt::Write;
    /// let mut s = String::from("مبلغ: ");
    /// parsi::Spelling::new().write_words(-50, &mut s).unwrap();
    /// assert_eq!(s, "مبلغ: منفی پنجاه");
    /// ```
    pub fn write_words<W: fmt::Write>(&self, value: impl Into<Number>, out: &mut W) -> fmt::Result {
        let n = value.into();
        if self.decimal == DecimalStyle::Fraction && !n.is_integer() && n.scale() <= 2 {
            // "هفتصد و بیست و یک صدم" reads as 700.21, not 720.01: the
            // fraction form is used only where it reads back as the value.
            let mut buf = StackBuf::new();
            let mut o = Out::new(&mut buf, None);
            let written = self.cardinal(n, &mut o, true).and_then(|()| o.finish());
            if written.is_ok() && super::parse::parses_to(buf.as_str(), n) {
                return out.write_str(buf.as_str());
            }
        }
        if n.scale() == 0 {
            if let Ok(abs) = u64::try_from(n.mantissa().unsigned_abs()) {
                if abs < QUINTILLION && (self.scales == ScaleNames::Short || abs < BILLION as u64) {
                    return self.write_integer(n.is_negative(), abs, out);
                }
            }
        }
        let mut o = Out::new(out, None);
        self.cardinal(n, &mut o, false)?;
        o.finish()
    }

    /// The cardinal words of an integer below 10^18 whose scales are all
    /// single words, written in a few pieces: each group's phrase and its
    /// scale with the spaces and "و" around it ("یک", " میلیون و ", "یک").
    fn write_integer<W: fmt::Write>(&self, negative: bool, n: u64, out: &mut W) -> fmt::Result {
        if n == 0 {
            return out.write_str(ZERO);
        }
        if negative {
            out.write_str(MINUS)?;
            out.write_char(' ')?;
        }
        let mut groups = [0u16; 13];
        let count = split_groups(n, &mut groups);
        // Bit k is set when group k is not zero.
        let nonzero = (0..count).fold(0u32, |bits, k| bits | u32::from(groups[k] != 0) << k);
        for k in (0..count).rev() {
            let g = groups[k];
            if g == 0 {
                continue;
            }
            let mut tail = SCALE_TAILS[k];
            if g == 1 && k == 1 && !self.explicit_one {
                // "هزار", not "یک هزار".
                tail = &tail[1..];
            } else {
                out.write_str(group_phrase(g))?;
            }
            if nonzero & ((1 << k) - 1) == 0 {
                // Nothing follows: no "و".
                tail = &tail[..tail.len() - AND_BETWEEN.len()];
            }
            out.write_str(tail)?;
        }
        Ok(())
    }

    /// The ordinal words for `value`.
    ///
    /// # Errors
    ///
    /// [`SpellError::NotInteger`] for a fraction and [`SpellError::NotPositive`]
    /// for zero or a negative value.
    ///
    /// ```
    /// assert_eq!(parsi::Spelling::new().ordinal_words(3).unwrap(), "سوم");
    /// ```
    pub fn ordinal_words(&self, value: impl Into<Number>) -> Result<String, SpellError> {
        let mut s = String::new();
        self.write_ordinal_words(value, &mut s)?;
        Ok(s)
    }

    /// Writes the ordinal words for `value` to `out` without allocating.
    ///
    /// # Errors
    ///
    /// As [`Spelling::ordinal_words`], and [`SpellError::Write`] if the writer fails.
    ///
    /// ```
    /// let mut s = String::new();
    /// parsi::Spelling::new().write_ordinal_words(100, &mut s).unwrap();
    /// assert_eq!(s, "صدم");
    /// ```
    pub fn write_ordinal_words<W: fmt::Write>(
        &self,
        value: impl Into<Number>,
        out: &mut W,
    ) -> Result<(), SpellError> {
        let n = value.into();
        if !n.is_integer() {
            return Err(SpellError::NotInteger);
        }
        if n.mantissa() <= 0 {
            return Err(SpellError::NotPositive);
        }
        let ord = OrdForm {
            attributive: self.ordinal == OrdinalStyle::Attributive,
            aval: self.aval && n.mantissa() == 1,
        };
        let mut o = Out::new(out, Some(ord));
        self.integer(n.mantissa().unsigned_abs(), &mut o)?;
        o.finish()?;
        Ok(())
    }

    fn cardinal<W: fmt::Write>(
        &self,
        n: Number,
        o: &mut Out<'_, W>,
        fraction: bool,
    ) -> fmt::Result {
        if n.is_negative() {
            o.word(MINUS)?;
        }
        let abs = n.mantissa().unsigned_abs();
        let (whole, frac) = if n.scale() == 0 {
            (abs, 0)
        } else {
            let p = 10u128.pow(n.scale() as u32);
            (abs / p, abs % p)
        };
        self.integer(whole, o)?;
        if frac == 0 {
            return Ok(());
        }
        let scale = n.scale();
        if fraction && scale <= 2 {
            o.word(AND)?;
            self.integer(frac, o)?;
            o.word(if scale == 1 { "دهم" } else { "صدم" })
        } else {
            o.word(POINT)?;
            let digits = count_digits(frac);
            for _ in digits..scale as u32 {
                o.word(ZERO)?;
            }
            self.integer(frac, o)
        }
    }

    fn integer<W: fmt::Write>(&self, n: u128, o: &mut Out<'_, W>) -> fmt::Result {
        if n == 0 {
            return o.word(ZERO);
        }
        if self.scales == ScaleNames::Milliard && n >= BILLION {
            // Blocks below a billion, each followed by میلیارد as many times
            // as its place: "دو هزار و پانصد میلیارد".
            return self.blocks(n, BILLION, SCALES[3], o);
        }
        self.groups(n, o)
    }

    /// `n` in blocks below `base`, most significant first, joined by "و",
    /// each block's groups followed by `scale` as many times as its place
    /// ("دو هزار و پانصد میلیارد", "هزار کوادریلیون و دویست تریلیون").
    fn blocks<W: fmt::Write>(
        &self,
        n: u128,
        base: u128,
        scale: &'static str,
        o: &mut Out<'_, W>,
    ) -> fmt::Result {
        // A u128 has at most five blocks of nine digits.
        let mut blocks = [0u128; 5];
        let (mut m, mut count) = (n, 0);
        while m > 0 && count < blocks.len() {
            blocks[count] = m % base;
            m /= base;
            count += 1;
        }
        let mut first = true;
        for j in (0..count).rev() {
            if blocks[j] == 0 {
                continue;
            }
            if !first {
                o.word(AND)?;
            }
            first = false;
            self.groups(blocks[j], o)?;
            for _ in 0..j {
                o.word(scale)?;
            }
        }
        Ok(())
    }

    /// Three-digit groups with their scale words, most significant first.
    /// From 10^18 on, the count of each power of کوادریلیون is one number:
    /// 1,234 × 10^15 is "هزار و دویست و سی و چهار کوادریلیون", and 10^30
    /// "یک کوادریلیون کوادریلیون".
    fn groups<W: fmt::Write>(&self, n: u128, o: &mut Out<'_, W>) -> fmt::Result {
        const QUADRILLION: u128 = 1_000_000_000_000_000;
        if n >= QUADRILLION * 1000 {
            return self.blocks(n, QUADRILLION, SCALES[5], o);
        }
        let mut groups = [0u16; 13];
        let mut count = 0;
        // Division of a u128 is a library call; most values fit a u64, whose
        // division by a constant is a multiplication.
        match u64::try_from(n) {
            Ok(m) => count = split_groups(m, &mut groups),
            Err(_) => {
                let mut m = n;
                while m > 0 {
                    groups[count] = (m % 1000) as u16;
                    m /= 1000;
                    count += 1;
                }
            }
        }
        let mut first = true;
        for k in (0..count).rev() {
            let g = groups[k];
            if g == 0 {
                continue;
            }
            if !first {
                o.word(AND)?;
            }
            first = false;
            // "هزار", not "یک هزار", in prose (also for هزار کوادریلیون).
            let thousand_first = k > 0 && (k - 1) % 5 == 0;
            if !(g == 1 && thousand_first && !self.explicit_one) {
                if o.ordinal.is_none() {
                    // One phrase for the group; an ordinal needs its last word.
                    o.word(group_phrase(g))?;
                } else {
                    group_words(g, o)?;
                }
            }
            scale_name(k, o)?;
        }
        Ok(())
    }
}

const BILLION: u128 = 1_000_000_000;

/// Writes the three-digit groups of `m` into `groups`, least significant
/// first, and returns how many there are (none for 0).
#[inline(always)]
fn split_groups(mut m: u64, groups: &mut [u16; 13]) -> usize {
    let mut count = 0;
    while m > 0 {
        groups[count] = (m % 1000) as u16;
        m /= 1000;
        count += 1;
    }
    count
}
const QUINTILLION: u64 = 1_000_000_000_000_000_000;

/// " و " between two parts.
const AND_BETWEEN: &str = " و ";

/// Each scale word with a space before it and " و " after it; the group
/// without a scale has only the " و ".
const SCALE_TAILS: [&str; 6] = [
    " و ",
    " هزار و ",
    " میلیون و ",
    " میلیارد و ",
    " تریلیون و ",
    " کوادریلیون و ",
];

/// The words of the scale for group `k` (10^(3k)): above کوادریلیون it is
/// repeated ("هزار کوادریلیون"; the money formats' compact and mixed styles
/// write these).
#[inline]
fn scale_name<W: fmt::Write>(k: usize, o: &mut Out<'_, W>) -> fmt::Result {
    if k == 0 {
        return Ok(());
    }
    // The part below کوادریلیون first, then کوادریلیون as often as it goes.
    let (rest, repeats) = match k % 5 {
        0 => (5, k / 5 - 1),
        r => (r, k / 5),
    };
    o.word(SCALES[rest])?;
    for _ in 0..repeats {
        o.word(SCALES[5])?;
    }
    Ok(())
}

/// The number of decimal digits of `m` (none for 0).
fn count_digits(m: u128) -> u32 {
    m.checked_ilog10().map_or(0, |d| d + 1)
}

/// A fixed buffer on the stack that words can be written into.
struct StackBuf {
    buf: [u8; 4096],
    len: usize,
}

impl StackBuf {
    fn new() -> Self {
        StackBuf {
            buf: [0; 4096],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Words for 1..=999.
fn group_words<W: fmt::Write>(g: u16, o: &mut Out<'_, W>) -> fmt::Result {
    let (h, rest) = ((g / 100) as usize, g % 100);
    if h > 0 {
        o.word(HUNDREDS[h])?;
        if rest > 0 {
            o.word(AND)?;
        }
    }
    match rest {
        0 => Ok(()),
        1..=9 => o.word(UNITS[rest as usize]),
        10..=19 => o.word(TEENS[rest as usize - 10]),
        _ => {
            o.word(TENS[(rest / 10) as usize])?;
            if rest % 10 > 0 {
                o.word(AND)?;
                o.word(UNITS[(rest % 10) as usize])?;
            }
            Ok(())
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct OrdForm {
    attributive: bool,
    aval: bool,
}

/// Writes words separated by spaces, holding the last one back so that an
/// ordinal suffix can be put on it.
struct Out<'w, W: fmt::Write> {
    w: &'w mut W,
    pending: Option<&'static str>,
    written: bool,
    ordinal: Option<OrdForm>,
}

impl<'w, W: fmt::Write> Out<'w, W> {
    fn new(w: &'w mut W, ordinal: Option<OrdForm>) -> Self {
        Out {
            w,
            pending: None,
            written: false,
            ordinal,
        }
    }

    fn word(&mut self, s: &'static str) -> fmt::Result {
        if let Some(p) = self.pending.replace(s) {
            self.emit(p)?;
        }
        Ok(())
    }

    fn emit(&mut self, s: &str) -> fmt::Result {
        if self.written {
            self.w.write_char(' ')?;
        }
        self.written = true;
        self.w.write_str(s)
    }

    fn finish(&mut self) -> fmt::Result {
        let Some(last) = self.pending.take() else {
            return Ok(());
        };
        let Some(ord) = self.ordinal else {
            return self.emit(last);
        };
        if ord.aval {
            self.emit(super::lexicon::FIRST)?;
        } else if last == UNITS[3] {
            self.emit(THIRD)?;
        } else if last == TENS[3] {
            // After a vowel: "سی‌ام".
            self.emit(last)?;
            self.w.write_char(ZWNJ)?;
            self.w.write_str(ORD_AM)?;
        } else {
            self.emit(last)?;
            self.w.write_str(ORD_M)?;
        }
        if ord.attributive {
            self.w.write_str("ین")?;
        }
        Ok(())
    }
}

/// The cardinal words for `value`, spelled with the defaults of
/// [`Spelling::new`].
///
/// Every value is spellable: above the largest scale word the largest scale is
/// repeated ("هزار کوادریلیون").
///
/// # Example
///
/// ```
/// use parsi::to_words;
///
/// assert_eq!(to_words(2_521_000_000u64), "دو میلیارد و پانصد و بیست و یک میلیون");
/// assert_eq!(to_words(3713), "سه هزار و هفتصد و سیزده");
/// assert_eq!(to_words(1214), "هزار و دویست و چهارده");
/// assert_eq!(to_words(0), "صفر");
/// assert_eq!(to_words(-50), "منفی پنجاه");
/// assert_eq!(to_words(10u64.pow(12)), "یک تریلیون");
/// assert_eq!(to_words("3.5".parse::<parsi::Number>().unwrap()), "سه ممیز پنج");
/// ```
pub fn to_words(value: impl Into<Number>) -> String {
    Spelling::new().words(value)
}

/// The ordinal words for `value`, spelled with the defaults of [`Spelling::new`].
///
/// # Errors
///
/// [`SpellError::NotInteger`] for a fraction, [`SpellError::NotPositive`] for
/// zero or a negative value.
///
/// # Example
///
/// ```
/// use parsi::to_ordinal_words;
///
/// assert_eq!(to_ordinal_words(1).unwrap(), "یکم");
/// assert_eq!(to_ordinal_words(3).unwrap(), "سوم");
/// assert_eq!(to_ordinal_words(21).unwrap(), "بیست و یکم");
/// assert_eq!(to_ordinal_words(30).unwrap(), "سی‌ام");
/// assert_eq!(to_ordinal_words(100).unwrap(), "صدم");
/// ```
pub fn to_ordinal_words(value: impl Into<Number>) -> Result<String, SpellError> {
    Spelling::new().ordinal_words(value)
}

/// Appends the scale words for group `k` (10^(3k)) with the default names.
pub(crate) fn write_scale_name<W: fmt::Write>(k: usize, out: &mut W) -> fmt::Result {
    let mut o = Out::new(out, None);
    scale_name(k, &mut o)?;
    o.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_phrases_are_the_group_words() {
        for g in 1..=999u16 {
            let mut s = String::new();
            let mut o = Out::new(&mut s, None);
            group_words(g, &mut o).unwrap();
            o.finish().unwrap();
            assert_eq!(group_phrase(g), s, "{g}");
        }
        assert_eq!(group_phrase(521), "پانصد و بیست و یک");
        assert_eq!(group_phrase(14), "چهارده");
    }

    #[test]
    fn scale_tails_are_the_scale_words() {
        assert_eq!(SCALE_TAILS[0], format!(" {AND} "));
        assert_eq!(AND_BETWEEN, SCALE_TAILS[0]);
        for k in 1..6 {
            assert_eq!(SCALE_TAILS[k], format!(" {} {AND} ", SCALES[k]), "{k}");
        }
    }

    /// The integer writer and the word-by-word writer agree.
    #[test]
    fn integer_writer_is_the_word_writer() {
        let general = |sp: &Spelling, v: i64| {
            let mut s = String::new();
            let mut o = Out::new(&mut s, None);
            sp.cardinal(Number::from(v), &mut o, false).unwrap();
            o.finish().unwrap();
            s
        };
        let mut values = vec![
            0i64,
            1,
            1000,
            1001,
            1_000_000,
            1_000_001,
            999_999_999_999_999_999,
        ];
        // Every pattern of zero, one and other groups across six groups.
        for pattern in 0..3i64.pow(6) {
            let (mut p, mut v) = (pattern, 0i64);
            for _ in 0..6 {
                v = v * 1000 + [0, 1, 721][(p % 3) as usize];
                p /= 3;
            }
            values.push(v);
        }
        for sp in [Spelling::new(), Spelling::new().explicit_one(true)] {
            for &v in &values {
                for v in [v, -v] {
                    let mut fast = String::new();
                    sp.write_words(v, &mut fast).unwrap();
                    assert_eq!(fast, general(&sp, v), "{v}");
                }
            }
        }
        assert_eq!(to_words(1_000_001), "یک میلیون و یک");
        assert_eq!(to_words(-1_001_000), "منفی یک میلیون و هزار");
    }
}
