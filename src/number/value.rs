//! The exact decimal value type.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::error::{ErrorKind, ParseError, Reject};
use crate::text;

/// The largest number of digits after the decimal point a [`Number`] holds.
pub(crate) const MAX_SCALE: u8 = 18;

/// An exact signed decimal: an `i128` mantissa and a count of digits after the
/// decimal point (at most 18).
///
/// Values are kept canonical (no trailing zeros after the point), so equal
/// values are equal as data and hash alike. `Display` writes the canonical
/// ASCII form: no exponent, no trailing zeros, no `.0`.
///
/// # Example
///
/// ```
/// use parsi::Number;
///
/// let n: Number = "2.50".parse().unwrap();
/// assert_eq!(n.to_string(), "2.5");
/// assert_eq!(Number::from(2521000000u64).to_string(), "2521000000");
/// assert_eq!(Number::from(-50).to_string(), "-50");
/// assert!(Number::from(3) < n.checked_add(Number::from(1)).unwrap());
/// assert_eq!(i64::try_from(Number::from(7)).unwrap(), 7);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Number {
    mantissa: i128,
    scale: u8,
}

pub(crate) const POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `10^exp` if it fits an `i128`.
pub(crate) const fn pow10(exp: u32) -> Option<i128> {
    if exp < 39 {
        Some(POW10[exp as usize])
    } else {
        None
    }
}

impl Number {
    /// Zero.
    pub const ZERO: Number = Number {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`, or `None` if `scale` is above 18.
    ///
    /// ```
    /// use parsi::Number;
    ///
    /// assert_eq!(Number::new(35, 1).unwrap().to_string(), "3.5");
    /// assert_eq!(Number::new(2500, 3).unwrap().to_string(), "2.5");
    /// assert!(Number::new(1, 19).is_none());
    /// ```
    pub const fn new(mantissa: i128, scale: u8) -> Option<Number> {
        if scale > MAX_SCALE {
            return None;
        }
        let (mut m, mut s) = (mantissa, scale);
        // Trailing zeros dropped: in i64 where the mantissa fits (a 128-bit
        // division is a library call), in i128 otherwise.
        if m as i64 as i128 == m {
            let mut small = m as i64;
            while s > 0 && small % 10 == 0 {
                small /= 10;
                s -= 1;
            }
            m = small as i128;
        } else {
            while s > 0 && m % 10 == 0 {
                m /= 10;
                s -= 1;
            }
        }
        Some(Number {
            mantissa: m,
            scale: s,
        })
    }

    /// The integer `value`.
    ///
    /// ```
    /// assert_eq!(parsi::Number::from_i128(-3).to_string(), "-3");
    /// ```
    pub const fn from_i128(value: i128) -> Number {
        Number {
            mantissa: value,
            scale: 0,
        }
    }

    /// The mantissa: the value is `mantissa() × 10^-scale()`.
    ///
    /// ```
    /// let n: parsi::Number = "-3.25".parse().unwrap();
    /// assert_eq!((n.mantissa(), n.scale()), (-325, 2));
    /// ```
    pub const fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// The number of digits after the decimal point.
    ///
    /// ```
    /// assert_eq!(parsi::Number::from(12).scale(), 0);
    /// ```
    pub const fn scale(self) -> u8 {
        self.scale
    }

    /// Whether the value has no fractional part.
    ///
    /// ```
    /// assert!(parsi::Number::from(3).is_integer());
    /// assert!(!"3.5".parse::<parsi::Number>().unwrap().is_integer());
    /// ```
    pub const fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// Whether the value is below zero.
    ///
    /// ```
    /// assert!(parsi::Number::from(-1).is_negative());
    /// ```
    pub const fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// The integer part, truncated toward zero.
    ///
    /// ```
    /// let n: parsi::Number = "-3.75".parse().unwrap();
    /// assert_eq!(n.trunc(), -3);
    /// ```
    pub const fn trunc(self) -> i128 {
        if self.scale == 0 {
            // An i128 division is a library call; integers need none.
            return self.mantissa;
        }
        self.mantissa / POW10[self.scale as usize]
    }

    /// The digits after the decimal point as an integer, and how many there
    /// are: 3.05 gives `(5, 2)`; the sign is dropped.
    ///
    /// ```
    /// let n: parsi::Number = "-3.05".parse().unwrap();
    /// assert_eq!(n.fraction_digits(), (5, 2));
    /// ```
    pub const fn fraction_digits(self) -> (u128, u8) {
        if self.scale == 0 {
            return (0, 0);
        }
        let p = POW10[self.scale as usize];
        ((self.mantissa % p).unsigned_abs(), self.scale)
    }

    /// The nearest `f64`; for display and statistics, never for parsing.
    ///
    /// ```
    /// assert_eq!("2.5".parse::<parsi::Number>().unwrap().to_f64(), 2.5);
    /// ```
    pub fn to_f64(self) -> f64 {
        // Through the canonical decimal string, which Rust parses to the
        // correctly rounded f64.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// `self + other`, or `None` on overflow.
    ///
    /// ```
    /// use parsi::Number;
    /// let half: Number = "0.5".parse().unwrap();
    /// assert_eq!(Number::from(2).checked_add(half).unwrap().to_string(), "2.5");
    /// ```
    pub fn checked_add(self, other: Number) -> Option<Number> {
        if self.scale == 0 && other.scale == 0 {
            return self
                .mantissa
                .checked_add(other.mantissa)
                .map(Number::from_i128);
        }
        let scale = self.scale.max(other.scale);
        let a = self.rescaled(scale)?;
        let b = other.rescaled(scale)?;
        Number::new(a.checked_add(b)?, scale)
    }

    /// `self × other`, or `None` on overflow (including more than 18 digits
    /// after the point).
    ///
    /// ```
    /// use parsi::Number;
    /// let x: Number = "2.5".parse().unwrap();
    /// assert_eq!(x.checked_mul(Number::from(1_000_000)).unwrap(), Number::from(2_500_000));
    /// ```
    pub fn checked_mul(self, other: Number) -> Option<Number> {
        let m = self.mantissa.checked_mul(other.mantissa)?;
        let s = self.scale + other.scale;
        if s <= MAX_SCALE {
            Number::new(m, s)
        } else {
            // Trailing zeros may bring the scale back into range.
            let excess = (s - MAX_SCALE) as u32;
            let p = pow10(excess)?;
            if m % p == 0 {
                Number::new(m / p, MAX_SCALE)
            } else {
                None
            }
        }
    }

    /// `-self`, or `None` for the one value whose negation overflows.
    ///
    /// ```
    /// assert_eq!(parsi::Number::from(5).checked_neg().unwrap(), parsi::Number::from(-5));
    /// ```
    pub const fn checked_neg(self) -> Option<Number> {
        match self.mantissa.checked_neg() {
            Some(m) => Some(Number {
                mantissa: m,
                scale: self.scale,
            }),
            None => None,
        }
    }

    /// `self × 10^exp`, or `None` on overflow.
    ///
    /// ```
    /// assert_eq!(parsi::Number::from(2).checked_mul_pow10(9).unwrap(), parsi::Number::from(2_000_000_000));
    /// ```
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Number> {
        let drop = (self.scale as u32).min(exp);
        let rest = exp - drop;
        let m = self.mantissa.checked_mul(pow10(rest)?)?;
        Some(Number {
            mantissa: m,
            scale: self.scale - drop as u8,
        })
    }

    /// `self × 10^-exp` (a division by a power of ten), or `None` when more
    /// than 18 digits would follow the point.
    ///
    /// ```
    /// assert_eq!(parsi::Number::from(5).checked_div_pow10(1).unwrap().to_string(), "0.5");
    /// ```
    pub fn checked_div_pow10(self, exp: u32) -> Option<Number> {
        let s = self.scale as u32 + exp;
        if s > MAX_SCALE as u32 {
            // Canonical values have no trailing zero to give back.
            return if self.mantissa == 0 {
                Some(Number::ZERO)
            } else {
                None
            };
        }
        Number::new(self.mantissa, s as u8)
    }

    fn rescaled(self, scale: u8) -> Option<i128> {
        self.mantissa
            .checked_mul(pow10((scale - self.scale) as u32)?)
    }
}

/// The canonical ASCII form of `n` ([`Display`](fmt::Display)), written on
/// the stack.
pub(crate) fn ascii_digits(n: Number, buf: &mut [u8; 64]) -> &str {
    use std::io::Write;
    let mut cur = std::io::Cursor::new(&mut buf[..]);
    let _ = write!(cur, "{n}");
    let len = cur.position() as usize;
    std::str::from_utf8(&buf[..len]).unwrap_or("")
}

impl Default for Number {
    fn default() -> Self {
        Number::ZERO
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.scale == other.scale {
            return self.mantissa.cmp(&other.mantissa);
        }
        // Integer parts first; they decide unless equal.
        let (ia, ib) = (self.trunc(), other.trunc());
        if ia != ib {
            return ia.cmp(&ib);
        }
        // Same integer part: compare the signed fractions on a common scale.
        // Both are below 10^18 in magnitude, so the products fit an i128.
        let fa = self.mantissa % POW10[self.scale as usize];
        let fb = other.mantissa % POW10[other.scale as usize];
        let (fa, fb) = (
            fa * POW10[other.scale as usize],
            fb * POW10[self.scale as usize],
        );
        fa.cmp(&fb)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return fmt::Display::fmt(&self.mantissa, f);
        }
        let p = POW10[self.scale as usize];
        let int = (self.mantissa / p).unsigned_abs();
        let frac = (self.mantissa % p).unsigned_abs();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        write!(f, "{sign}{int}.{frac:0width$}", width = self.scale as usize)
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({self})")
    }
}

impl FromStr for Number {
    type Err = ParseError;

    /// Parses a plain decimal: an optional sign (`-`, `+` or the minus sign
    /// `−`), digits of any of the three scripts, and optionally a decimal
    /// point (`.` or `٫`) and more digits. [`Display`](fmt::Display) writes the
    /// canonical ASCII form back. For number words and grouped digits use
    /// [`parse_number`](crate::parse_number).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`], [`ErrorKind::MalformedDigits`] at the first char
    /// that does not fit, or [`ErrorKind::Overflow`].
    ///
    /// ```
    /// use parsi::{ErrorKind, Number};
    ///
    /// assert_eq!("-0012.500".parse::<Number>().unwrap().to_string(), "-12.5");
    /// assert_eq!("۲".parse::<Number>().unwrap(), Number::from(2));
    /// assert_eq!("۳٫۱۴".parse::<Number>().unwrap().to_string(), "3.14");
    /// assert_eq!("−٥".parse::<Number>().unwrap(), Number::from(-5));
    /// assert_eq!("1e5".parse::<Number>().unwrap_err().kind(), ErrorKind::MalformedDigits);
    /// ```
    fn from_str(s: &str) -> Result<Number, ParseError> {
        parse_plain(s).map_err(|r| r.into_error(s))
    }
}

fn parse_plain(s: &str) -> Result<Number, Reject> {
    if s.is_empty() {
        return Err(Reject::new(ErrorKind::Empty, 0, 0));
    }
    let mut chars = s.char_indices().peekable();
    let neg = match chars.peek() {
        Some(&(_, '-' | '\u{2212}')) => true,
        Some(&(_, '+')) => false,
        _ => {
            return parse_digits(s, chars, false);
        }
    };
    chars.next();
    parse_digits(s, chars, neg)
}

/// The digits and point of [`parse_plain`], after the sign.
fn parse_digits(
    s: &str,
    chars: std::iter::Peekable<std::str::CharIndices<'_>>,
    neg: bool,
) -> Result<Number, Reject> {
    let bad = |i: usize| Reject::new(ErrorKind::MalformedDigits, i, s.len());
    let overflow = || Reject::new(ErrorKind::Overflow, 0, s.len());
    let mut m: i128 = 0;
    let mut scale: u32 = 0;
    let mut digits = 0;
    let mut point = false;
    for (i, c) in chars {
        match (text::digit_value(c), c) {
            (Some(d), _) => {
                // Accumulated with the sign, so that i128::MIN fits.
                let d = d as i128;
                m = m
                    .checked_mul(10)
                    .and_then(|m| {
                        if neg {
                            m.checked_sub(d)
                        } else {
                            m.checked_add(d)
                        }
                    })
                    .ok_or_else(overflow)?;
                digits += 1;
                if point {
                    scale += 1;
                }
            }
            (None, '.' | text::DECIMAL_SEPARATOR) if !point && digits > 0 => point = true,
            _ => return Err(bad(i)),
        }
    }
    if digits == 0 || (point && scale == 0) {
        return Err(bad(0));
    }
    // Drop trailing zeros of the fraction before checking the scale limit.
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    if scale > MAX_SCALE as u32 {
        return Err(overflow());
    }
    Ok(Number {
        mantissa: m,
        scale: scale as u8,
    })
}

macro_rules! from_int {
    ($($t:ty)*) => {$(
        impl From<$t> for Number {
            fn from(v: $t) -> Number {
                Number { mantissa: v as i128, scale: 0 }
            }
        }
    )*};
}
from_int!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 usize);

/// A `u128` above `i128::MAX` does not fit the mantissa and is an error.
///
/// ```
/// use parsi::Number;
/// assert!(Number::try_from(u128::MAX).is_err());
/// assert_eq!(Number::try_from(7u128).unwrap(), Number::from(7));
/// ```
impl TryFrom<u128> for Number {
    type Error = TryFromNumberError;

    fn try_from(v: u128) -> Result<Number, TryFromNumberError> {
        i128::try_from(v)
            .map(Number::from_i128)
            .map_err(|_| TryFromNumberError(()))
    }
}

/// The error of converting a [`Number`] to an integer type it does not fit
/// (it has a fraction, or is out of the type's range).
///
/// ```
/// let half: parsi::Number = "0.5".parse().unwrap();
/// assert!(i64::try_from(half).is_err());
/// assert!(u64::try_from(parsi::Number::from(-1)).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("number does not fit the integer type")]
pub struct TryFromNumberError(());

macro_rules! try_into_int {
    ($($t:ty)*) => {$(
        impl TryFrom<Number> for $t {
            type Error = TryFromNumberError;

            fn try_from(n: Number) -> Result<$t, TryFromNumberError> {
                if n.scale != 0 {
                    return Err(TryFromNumberError(()));
                }
                <$t>::try_from(n.mantissa).map_err(|_| TryFromNumberError(()))
            }
        }
    )*};
}
try_into_int!(i64 u64 u32 i32 usize);

impl TryFrom<Number> for i128 {
    type Error = TryFromNumberError;

    fn try_from(n: Number) -> Result<i128, TryFromNumberError> {
        if n.scale != 0 {
            return Err(TryFromNumberError(()));
        }
        Ok(n.mantissa)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Number {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Number {
        s.parse().unwrap()
    }

    #[test]
    fn display_is_canonical() {
        assert_eq!(n("2521000000").to_string(), "2521000000");
        assert_eq!(n("-50").to_string(), "-50");
        assert_eq!(n("3.50").to_string(), "3.5");
        assert_eq!(n("3.0").to_string(), "3");
        assert_eq!(n("-0.05").to_string(), "-0.05");
        assert_eq!(
            n("0.000000000000000001").to_string(),
            "0.000000000000000001"
        );
        assert_eq!(Number::from(i128::MIN).to_string(), i128::MIN.to_string());
    }

    #[test]
    fn ordering_across_scales() {
        assert!(n("3.5") < n("4"));
        assert!(n("-3.5") < n("-3"));
        assert!(n("-3.5") < n("-3.25"));
        assert!(n("0.1") > n("0.05"));
        assert!(Number::from(i128::MAX) > n("0.5"));
        assert!(Number::from(i128::MIN) < n("-0.5"));
        assert_eq!(n("1.10").cmp(&n("1.1")), Ordering::Equal);
    }

    #[test]
    fn arithmetic_is_checked() {
        assert_eq!(Number::from(i128::MAX).checked_add(Number::from(1)), None);
        assert_eq!(Number::from(i128::MAX).checked_mul_pow10(1), None);
        assert_eq!(Number::from(1).checked_mul_pow10(39), None);
        assert_eq!(Number::from(1).checked_div_pow10(19), None);
        assert_eq!(Number::from(i128::MIN).checked_neg(), None);
        assert_eq!(n("0.5").checked_mul_pow10(1), Some(Number::from(5)));
        assert_eq!(
            n("0.000000001").checked_mul(n("0.000000001")),
            Some(n("0.000000000000000001"))
        );
        assert_eq!(n("0.0000000001").checked_mul(n("0.000000001")), None);
    }

    #[test]
    fn from_str_rejects() {
        for bad in [
            "",
            "-",
            ".",
            "1.",
            ".5",
            "1.2.3",
            "1,000",
            "۱٬۰۰۰",
            "٫۵",
            " 1",
            "۱a",
        ] {
            assert!(bad.parse::<Number>().is_err(), "{bad:?}");
        }
        // The digit scripts the crate reads (see: issue 17, §6).
        for (text, value) in [
            ("١", "1"),
            ("۱۲٫۵", "12.5"),
            ("-٠٫٢٥", "-0.25"),
            ("+۷", "7"),
        ] {
            assert_eq!(text.parse::<Number>().unwrap().to_string(), value, "{text}");
        }
        assert_eq!("۱a".parse::<Number>().unwrap_err().range(), 2..3);
        assert_eq!(
            "170141183460469231731687303715884105728"
                .parse::<Number>()
                .unwrap_err()
                .kind(),
            ErrorKind::Overflow
        );
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(u64::try_from(Number::from(u64::MAX)), Ok(u64::MAX));
        assert!(i64::try_from(Number::from(u64::MAX)).is_err());
        assert_eq!(i128::try_from(Number::from(i128::MIN)), Ok(i128::MIN));
        assert!(Number::try_from(u128::MAX).is_err());
    }
}
