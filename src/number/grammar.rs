//! The grammar of a group below 1000 and of what may follow it, written once.
//!
//! Both readers of number expressions drive this state machine: the one-pass
//! reader of the common shape (`quick`, on `u64` values) and the general
//! accumulator (`acc`, on exact [`Number`]s). A group is built from at most
//! one hundreds word, then one tens word or one teen, then one unit, in that
//! order ("صد و بیست و سه"); "شش صد" is the split form of ششصد; digits stand
//! for a whole group, or complete a hundreds word after "و" ("یکصد و 58").
//! What each reader adds (scales, fractions, signs, ordinals) is its own.

use super::lexicon::Lex;
use super::value::Number;

/// A configured number parser: how the ambiguous forms are read, for whole
/// expressions ([`NumberParser::parse`]) and in running text
/// ([`NumberParser::find_numbers`]). [`parse_number`](crate::parse_number)
/// and [`find_numbers`](crate::find_numbers) use the defaults.
///
/// The builder is `const`, so a configured parser can live in a `static`.
///
/// ```
/// use parsi::{Number, NumberParser};
///
/// static LONG: NumberParser = NumberParser::new().long_scale(true);
/// assert_eq!(NumberParser::new().parse("دو بیلیون").unwrap(), Number::from(2_000_000_000u64));
/// assert_eq!(LONG.parse("دو بیلیون").unwrap(), Number::from(2_000_000_000_000u64));
///
/// let found: Vec<_> = LONG.find_numbers("حدود دو بیلیون نفر").map(|m| m.value()).collect();
/// assert_eq!(found, [Number::from(2_000_000_000_000u64)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberParser {
    pub(super) long_scale: bool,
    pub(super) slash_decimal: bool,
}

impl Default for NumberParser {
    fn default() -> Self {
        NumberParser::new()
    }
}

impl NumberParser {
    /// The defaults: بیلیون is 10^9, and "/" between digits is a decimal point
    /// where the result reads as one (one slash, at most three digits on each
    /// side).
    ///
    /// ```
    /// assert_eq!(parsi::NumberParser::new().parse("۳/۵").unwrap().to_string(), "3.5");
    /// ```
    pub const fn new() -> NumberParser {
        NumberParser {
            long_scale: false,
            slash_decimal: true,
        }
    }

    /// Reads the -illion names on the long scale (CLDR's Persian rules):
    /// بیلیون 10^12, تریلیون 10^18, کوادریلیون 10^24, the n-illion 10^(6n),
    /// instead of the short scale's 10^(3n+3) (بیلیون 10^9, تریلیون 10^12).
    /// بیلیارد is 10^15 and تریلیارد 10^21 either way; a value past 10^38 is
    /// an overflow.
    ///
    /// ```
    /// let p = parsi::NumberParser::new().long_scale(true);
    /// assert_eq!(p.parse("بیلیون").unwrap().to_string(), "1000000000000");
    /// assert_eq!(p.parse("تریلیون").unwrap().to_string(), "1000000000000000000");
    /// assert_eq!(parsi::parse_number("تریلیون").unwrap().to_string(), "1000000000000");
    /// ```
    pub const fn long_scale(mut self, yes: bool) -> NumberParser {
        self.long_scale = yes;
        self
    }

    /// Whether "/" between digits may be a decimal point (default true). When
    /// false, "۳/۵" is malformed digits, and in running text no number.
    ///
    /// ```
    /// let p = parsi::NumberParser::new().slash_decimal(false);
    /// assert!(p.parse("۳/۵").is_err());
    /// assert_eq!(p.find_numbers("نرخ ۳/۵ درصد").count(), 0);
    /// ```
    pub const fn slash_decimal(mut self, yes: bool) -> NumberParser {
        self.slash_decimal = yes;
        self
    }
}

/// A hundreds word is in the group.
pub(super) const HUNDRED: u8 = 1;
/// A tens word is in the group.
pub(super) const TEN: u8 = 2;
/// A teen is in the group.
pub(super) const TEEN: u8 = 4;
/// A unit is in the group.
pub(super) const UNIT: u8 = 8;
/// Nothing more may be added to the group (digits, zero, a fraction).
pub(super) const CLOSED: u8 = 16;
/// The group is zero (صفر): nothing may follow but the end.
pub(super) const ZERO: u8 = 32;

/// Why the grammar refuses a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    /// The word may not stand here ("بیست سی", "سه دو").
    Unexpected,
    /// The value would not fit.
    Overflow,
}

/// A group's value: what the two readers count in.
pub(super) trait GroupValue: Copy {
    /// A small value (below 1000).
    fn small(v: u16) -> Self;
    /// `self + other`, checked.
    fn plus(self, other: Self) -> Option<Self>;
    /// `self × 100`, checked (the split form "شش صد").
    fn times_hundred(self) -> Option<Self>;
    /// Whether the value is below 100 (digits that may complete a hundreds
    /// word).
    fn below_hundred(self) -> bool;
}

impl GroupValue for u64 {
    #[inline(always)]
    fn small(v: u16) -> u64 {
        v as u64
    }
    #[inline(always)]
    fn plus(self, other: u64) -> Option<u64> {
        self.checked_add(other)
    }
    #[inline(always)]
    fn times_hundred(self) -> Option<u64> {
        self.checked_mul(100)
    }
    #[inline(always)]
    fn below_hundred(self) -> bool {
        self < 100
    }
}

impl GroupValue for Number {
    #[inline]
    fn small(v: u16) -> Number {
        Number::from(v)
    }
    #[inline]
    fn plus(self, other: Number) -> Option<Number> {
        self.checked_add(other)
    }
    #[inline]
    fn times_hundred(self) -> Option<Number> {
        self.checked_mul_pow10(2)
    }
    #[inline]
    fn below_hundred(self) -> bool {
        self.is_integer() && !self.is_negative() && self < Number::from(100)
    }
}

/// The group being built: its value and which parts it has (the flags
/// above).
#[derive(Debug, Clone, Copy)]
pub(super) struct Group<V> {
    pub(super) value: V,
    pub(super) flags: u8,
}

impl<V: GroupValue> Group<V> {
    /// No group yet.
    #[inline(always)]
    pub(super) fn empty() -> Group<V> {
        Group {
            value: V::small(0),
            flags: 0,
        }
    }

    /// Whether nothing has been added.
    #[inline(always)]
    pub(super) fn is_empty(&self) -> bool {
        self.flags == 0
    }

    /// A unit, teen, ten or hundreds word; `after_and` when "و" came right
    /// before it. Other words are the caller's: they are refused here.
    #[inline(always)]
    pub(super) fn word(&mut self, lex: Lex, after_and: bool) -> Result<(), Refusal> {
        match lex {
            Lex::Unit(u) => self.unit(u),
            Lex::Teen(v) => self.teen(v),
            Lex::Ten(v) => self.ten(v),
            Lex::Hundred(h) => self.hundred(h, after_and),
            _ => Err(Refusal::Unexpected),
        }
    }

    /// A unit (1..=9): after no unit or teen.
    #[inline(always)]
    pub(super) fn unit(&mut self, u: u8) -> Result<(), Refusal> {
        self.add(u as u16, UNIT, UNIT | TEEN | CLOSED)
    }

    /// A teen (10..=19): after no unit, teen or ten.
    #[inline(always)]
    pub(super) fn teen(&mut self, v: u8) -> Result<(), Refusal> {
        self.add(v as u16, TEEN, UNIT | TEEN | TEN | CLOSED)
    }

    /// A tens word (its digit, 2..=9): after no unit, teen or ten.
    #[inline(always)]
    pub(super) fn ten(&mut self, v: u8) -> Result<(), Refusal> {
        self.add(v as u16 * 10, TEN, UNIT | TEEN | TEN | CLOSED)
    }

    /// Adds `v`, a part marked `bit`, unless a part of `refused_after` is
    /// there already.
    #[inline(always)]
    fn add(&mut self, v: u16, bit: u8, refused_after: u8) -> Result<(), Refusal> {
        if self.flags & refused_after != 0 {
            return Err(Refusal::Unexpected);
        }
        self.value = self.value.plus(V::small(v)).ok_or(Refusal::Overflow)?;
        self.flags |= bit;
        Ok(())
    }

    /// A hundreds word: first in its group, or the split form after a unit
    /// ("شش صد" is 600; "شش و صد" is no number).
    #[inline(always)]
    pub(super) fn hundred(&mut self, h: u8, after_and: bool) -> Result<(), Refusal> {
        if self.flags == UNIT && h == 1 && !after_and {
            self.value = self.value.times_hundred().ok_or(Refusal::Overflow)?;
        } else if self.flags != 0 {
            return Err(Refusal::Unexpected);
        } else {
            self.value = V::small(h as u16 * 100);
        }
        self.flags = HUNDRED;
        Ok(())
    }

    /// Digits where a group may stand: a whole group, or after a hundreds
    /// word and "و" the rest of its group ("یکصد و 58" is 158).
    #[inline(always)]
    pub(super) fn digits(&mut self, v: V, after_and: bool) -> Result<(), Refusal> {
        if self.flags == HUNDRED && after_and && v.below_hundred() {
            self.value = self.value.plus(v).ok_or(Refusal::Overflow)?;
        } else if self.flags != 0 {
            return Err(Refusal::Unexpected);
        } else {
            self.value = v;
        }
        self.flags = CLOSED;
        Ok(())
    }

    /// Whether a scale word may follow: not after zero, and not after "و"
    /// with a group open ("دو و هزار").
    #[inline(always)]
    pub(super) fn scale_may_follow(&self, after_and: bool) -> bool {
        self.flags & ZERO == 0 && !(after_and && self.flags != 0)
    }
}

/// Whether "و" may follow: only after something, and not after another "و".
#[inline(always)]
pub(super) fn and_may_follow(content: bool, after_and: bool) -> bool {
    content && !after_and
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same words give the same answers on both value types.
    #[test]
    fn both_value_types_follow_one_grammar() {
        let words = [
            Lex::Unit(3),
            Lex::Teen(13),
            Lex::Ten(2),
            Lex::Hundred(1),
            Lex::Hundred(7),
            Lex::Unit(9),
        ];
        for a in words {
            for b in words {
                for and in [false, true] {
                    let mut x = Group::<u64>::empty();
                    let mut y = Group::<Number>::empty();
                    let rx = x.word(a, false).and_then(|()| x.word(b, and));
                    let ry = y.word(a, false).and_then(|()| y.word(b, and));
                    assert_eq!(rx, ry, "{a:?} {b:?}");
                    if rx.is_ok() {
                        assert_eq!(Number::from(x.value), y.value);
                        assert_eq!(x.flags, y.flags);
                    }
                }
            }
        }
        let mut g = Group::<u64>::empty();
        g.word(Lex::Unit(6), false).unwrap();
        g.word(Lex::Hundred(1), false).unwrap();
        assert_eq!(g.value, 600);
        let mut g = Group::<u64>::empty();
        g.word(Lex::Hundred(1), false).unwrap();
        assert_eq!(g.digits(58, true), Ok(()));
        assert_eq!(g.value, 158);
        assert_eq!(g.digits(1, true), Err(Refusal::Unexpected));
    }
}
