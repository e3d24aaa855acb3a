//! The general accumulator: every form of the grammar, with checked exact
//! arithmetic, fed one token at a time and rejecting at the first token that
//! does not fit. Groups below 1000 follow the shared [grammar](super::grammar);
//! what is added here is the nesting of scales ("سیصد و پنجاه هزار میلیارد"),
//! zero, halves and quarters, "ممیز", signs and ordinals.

use super::grammar::{self, Group, Refusal, CLOSED, UNIT, ZERO};
use super::lexer::{Kind, Sep, Token};
use super::lexicon::{Lex, Ordinal};
use super::value::{pow10, Number};
use crate::error::{ErrorKind, Reject};

/// Completed groups, strictly descending by effective exponent (a multiple
/// of 3 that fits an i128).
const DEPTH: usize = 12;

#[derive(Debug, Clone, Copy)]
pub(super) struct Acc {
    /// Values of the completed groups.
    values: [Number; DEPTH],
    /// The exponent of the scale word that completed each group.
    word_exp: [u8; DEPTH],
    /// The power of ten each group was multiplied by in all.
    eff_exp: [u8; DEPTH],
    pub(super) len: usize,
    /// The group being built.
    pub(super) group: Group<Number>,
    pub(super) neg: bool,
    pub(super) pending_and: bool,
    /// Whether any value (not just "منفی") has been read.
    pub(super) content: bool,
    pub(super) ordinal: Ordinal,
    /// After "ممیز": the whole part and the count of leading zeros.
    pub(super) point: Option<(Number, u8)>,
    pub(super) tokens: u16,
    /// The only word taken, when the expression is one word so far.
    pub(super) single: Option<Lex>,
    pub(super) last_kind: Option<Kind>,
}

pub(super) fn reject(kind: ErrorKind, t: &Token) -> Reject {
    Reject::new(kind, t.start, t.end)
}

fn refused(r: Refusal, t: &Token) -> Reject {
    match r {
        Refusal::Unexpected => reject(ErrorKind::UnexpectedWord, t),
        Refusal::Overflow => reject(ErrorKind::Overflow, t),
    }
}

impl Acc {
    pub(super) fn new() -> Acc {
        Acc {
            values: [Number::ZERO; DEPTH],
            word_exp: [0; DEPTH],
            eff_exp: [0; DEPTH],
            len: 0,
            group: Group::empty(),
            neg: false,
            pending_and: false,
            content: false,
            ordinal: Ordinal::None,
            point: None,
            tokens: 0,
            single: None,
            last_kind: None,
        }
    }

    /// Whether what was read is a whole expression (no "و" left open).
    pub(super) fn complete(&self) -> bool {
        self.content && !self.pending_and
    }

    fn top_exp(&self) -> Option<u8> {
        self.len.checked_sub(1).map(|k| self.eff_exp[k])
    }

    /// The group must stay below the unit of the last completed scale.
    pub(super) fn check_group(&self, t: &Token) -> Result<(), Reject> {
        if let Some(limit) = self.top_exp().and_then(|e| pow10(e as u32)) {
            if self.group.value >= Number::from_i128(limit) {
                return Err(reject(ErrorKind::UnexpectedWord, t));
            }
        }
        Ok(())
    }

    /// Takes the next token; `long_scale` reads بیلیون as 10^12.
    pub(super) fn feed(&mut self, t: &Token, long_scale: bool) -> Result<(), Reject> {
        if self.ordinal != Ordinal::None {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        let lex = match t.kind {
            Kind::Digits(v) => {
                self.group
                    .digits(v, self.pending_and)
                    .map_err(|r| refused(r, t))?;
                self.check_group(t)?;
                return self.took_value(t);
            }
            Kind::Word(lex) => lex,
        };
        match lex {
            Lex::Zero => {
                if self.leading_zero(t) {
                    return Ok(());
                }
                if self.content || self.pending_and {
                    return Err(reject(ErrorKind::UnexpectedWord, t));
                }
                self.group.flags = CLOSED | ZERO;
            }
            Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) => {
                self.group
                    .word(lex, self.pending_and)
                    .map_err(|r| refused(r, t))?;
            }
            Lex::Hundred(h) => {
                // "سه صدم" is three hundredths (0.03), not the split form of
                // the 300th, which is written "سیصدم": left to the fraction
                // reader when the unit is all there is ("سه صدمین" stays the
                // 300th).
                let hundredths = self.group.flags == UNIT
                    && h == 1
                    && !self.pending_and
                    && t.ord == Ordinal::Plain
                    && self.len == 0;
                if hundredths {
                    return Err(reject(ErrorKind::UnexpectedWord, t));
                }
                self.group
                    .word(lex, self.pending_and)
                    .map_err(|r| refused(r, t))?;
            }
            Lex::Scale(e) => self.scale(e, t)?,
            Lex::Illion(n) => self.scale(if long_scale { 6 * n } else { 3 * n + 3 }, t)?,
            Lex::Half | Lex::Quarter => self.half_or_quarter(lex, t)?,
            Lex::Point => return self.point(t),
            Lex::Minus => return self.sign(t, true),
            Lex::Plus => return self.sign(t, false),
            Lex::And => return self.and(t),
            Lex::First => {
                if self.tokens != 0 {
                    return Err(reject(ErrorKind::UnexpectedWord, t));
                }
                self.group = Group {
                    value: Number::from(1),
                    flags: CLOSED,
                };
            }
            Lex::Suffix | Lex::GluedSuffix => return self.suffix(lex, t),
        }
        if t.ord != Ordinal::None {
            if self.point.is_some() {
                return Err(reject(ErrorKind::UnexpectedWord, t));
            }
            self.ordinal = t.ord;
        }
        self.took_value(t)
    }

    /// After a token that adds to the value.
    fn took_value(&mut self, t: &Token) -> Result<(), Reject> {
        self.content = true;
        self.pending_and = false;
        self.note(t);
        Ok(())
    }

    /// صفر after "ممیز" and before any other digit ("صفر ممیز صفر پنج" is
    /// 0.05): counted, and taken.
    fn leading_zero(&mut self, t: &Token) -> bool {
        let leading = self.point.is_some() && self.len == 0 && self.group.is_empty();
        if let Some((_, zeros)) = self.point.as_mut().filter(|_| leading) {
            *zeros = zeros.saturating_add(1);
            self.content = true;
            self.pending_and = false;
            self.note(t);
        }
        leading
    }

    /// نیم and ربع: alone ("نیم میلیون"), after "و" and a group ("دو و نیم"),
    /// or half of the last scale's unit ("دو میلیون و نیم").
    fn half_or_quarter(&mut self, lex: Lex, t: &Token) -> Result<(), Reject> {
        let (part, digits) = if lex == Lex::Half { (5, 1) } else { (25, 2) };
        let frac = Number::new(part, digits).unwrap_or(Number::ZERO);
        let overflow = || reject(ErrorKind::Overflow, t);
        let flags = self.group.flags;
        if !self.content {
            self.group.value = frac;
        } else if self.pending_and && flags & ZERO == 0 && flags != 0 {
            self.group.value = self.group.value.checked_add(frac).ok_or_else(overflow)?;
        } else if self.pending_and && flags == 0 && self.len > 0 {
            let e = self.top_exp().unwrap_or(0) as u32;
            self.group.value = frac.checked_mul_pow10(e).ok_or_else(overflow)?;
        } else {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        self.group.flags = CLOSED;
        self.check_group(t)
    }

    /// ممیز: what was read becomes the whole part.
    fn point(&mut self, t: &Token) -> Result<(), Reject> {
        if self.point.is_some() || !self.complete() {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        let whole = self.integer_value(t)?;
        let (neg, tokens) = (self.neg, self.tokens);
        *self = Acc::new();
        self.neg = neg;
        self.tokens = tokens;
        self.point = Some((whole, 0));
        self.note(t);
        self.single = None;
        Ok(())
    }

    /// منفی, منهای or a minus sign before digits (`negative`), or مثبت: only
    /// first.
    fn sign(&mut self, t: &Token, negative: bool) -> Result<(), Reject> {
        if self.tokens != 0 {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        self.neg = negative;
        self.note(t);
        Ok(())
    }

    fn and(&mut self, t: &Token) -> Result<(), Reject> {
        if !grammar::and_may_follow(self.content, self.pending_and) {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        self.pending_and = true;
        self.note(t);
        Ok(())
    }

    /// "سی‌ام", "۲۱ام"; "21مین" and "21م" only glued to digits. A م glued to
    /// a four-digit year is its era letter (میلادی): "۱۹۳۹م" is the year
    /// 1939, not the 1939th.
    fn suffix(&mut self, lex: Lex, t: &Token) -> Result<(), Reject> {
        let glued_ok = lex == Lex::Suffix
            || matches!(self.last_kind, Some(Kind::Digits(_))) && t.sep == Sep::None;
        let era = lex == Lex::GluedSuffix
            && t.ord == Ordinal::Plain
            && matches!(self.last_kind, Some(Kind::Digits(v))
                if v.is_integer() && (1000..=9999).contains(&v.mantissa()));
        if era {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        let whole = self.group.value.is_integer() && self.integer_value(t).is_ok();
        if !self.complete() || self.point.is_some() || !glued_ok || !whole {
            return Err(reject(ErrorKind::UnexpectedWord, t));
        }
        self.ordinal = t.ord;
        self.note(t);
        self.single = None;
        Ok(())
    }

    fn note(&mut self, t: &Token) {
        self.tokens = self.tokens.saturating_add(1);
        self.single = match (self.tokens, t.kind) {
            (1, Kind::Word(l)) => Some(l),
            _ => None,
        };
        self.last_kind = Some(t.kind);
    }

    /// A scale word of exponent `e`.
    ///
    /// With a group before it, the scale multiplies that group and every
    /// completed group of a smaller scale word ("سیصد و پنجاه هزار میلیارد");
    /// right after another scale word it multiplies what that one made, and
    /// may repeat it ("هزار میلیارد", "کوادریلیون کوادریلیون"); after "و" or at
    /// the start it stands for one of itself ("هزار و ۲۱۴").
    fn scale(&mut self, e: u8, t: &Token) -> Result<(), Reject> {
        let unexpected = || reject(ErrorKind::UnexpectedWord, t);
        let overflow = || reject(ErrorKind::Overflow, t);
        if !self.group.scale_may_follow(self.pending_and) {
            return Err(unexpected());
        }
        let consecutive = self.group.is_empty()
            && matches!(
                self.last_kind,
                Some(Kind::Word(Lex::Scale(_) | Lex::Illion(_)))
            );
        if consecutive && self.len > 0 && e < self.word_exp[self.len - 1] {
            // "میلیارد هزار": a smaller scale cannot multiply a larger one.
            return Err(unexpected());
        }
        let (sum, popped_eff) = self.pop_below(e, consecutive, t)?;
        let base = sum.unwrap_or(Number::from(1));
        let value = base.checked_mul_pow10(e as u32).ok_or_else(overflow)?;
        let eff = e.checked_add(popped_eff).ok_or_else(overflow)?;
        if let Some(top) = self.top_exp() {
            let too_big = pow10(top as u32).is_some_and(|l| value >= Number::from_i128(l));
            if top <= eff || too_big {
                return Err(unexpected());
            }
        }
        if self.len == DEPTH {
            return Err(overflow());
        }
        self.values[self.len] = value;
        self.word_exp[self.len] = e;
        self.eff_exp[self.len] = eff;
        self.len += 1;
        self.group = Group::empty();
        Ok(())
    }

    /// The open group and the completed groups a scale of exponent `e`
    /// multiplies, summed and taken off the stack, with the largest
    /// effective exponent among those taken.
    fn pop_below(
        &mut self,
        e: u8,
        consecutive: bool,
        t: &Token,
    ) -> Result<(Option<Number>, u8), Reject> {
        let mut sum = (!self.group.is_empty()).then_some(self.group.value);
        let mut popped_eff = 0u8;
        if sum.is_some() || consecutive {
            while self.len > 0 && (self.word_exp[self.len - 1] < e || consecutive && sum.is_none())
            {
                self.len -= 1;
                popped_eff = popped_eff.max(self.eff_exp[self.len]);
                let v = self.values[self.len];
                sum = Some(match sum {
                    Some(s) => s
                        .checked_add(v)
                        .ok_or_else(|| reject(ErrorKind::Overflow, t))?,
                    None => v,
                });
            }
        }
        Ok((sum, popped_eff))
    }

    /// The value so far, before "ممیز" and sign.
    pub(super) fn integer_value(&self, t: &Token) -> Result<Number, Reject> {
        let mut total = self.group.value;
        for &v in &self.values[..self.len] {
            total = total
                .checked_add(v)
                .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
        }
        Ok(total)
    }

    /// The value of the whole expression, `t` its last token.
    pub(super) fn value(&self, t: &Token) -> Result<Number, Reject> {
        let overflow = || reject(ErrorKind::Overflow, t);
        if let Some((whole, zeros)) = self.point {
            let v = self.integer_value(t)?;
            if !v.is_integer() || v.is_negative() {
                return Err(reject(ErrorKind::UnexpectedWord, t));
            }
            let digits = count_digits(v.mantissa());
            let frac = v
                .checked_div_pow10(zeros as u32 + digits)
                .ok_or_else(overflow)?;
            // Summed with the sign, so that a value near i128::MIN fits.
            let signed = |n: Number| if self.neg { n.checked_neg() } else { Some(n) };
            return signed(whole)
                .zip(signed(frac))
                .and_then(|(w, f)| w.checked_add(f))
                .ok_or_else(overflow);
        }
        if !self.neg {
            return self.integer_value(t);
        }
        // Summed with the sign, so that i128::MIN fits.
        let mut v = self.group.value.checked_neg().ok_or_else(overflow)?;
        for &part in &self.values[..self.len] {
            v = v
                .checked_add(part.checked_neg().ok_or_else(overflow)?)
                .ok_or_else(overflow)?;
        }
        Ok(v)
    }
}

/// The number of decimal digits of `m` (none for 0).
fn count_digits(m: i128) -> u32 {
    m.unsigned_abs().checked_ilog10().map_or(0, |d| d + 1)
}
