//! Fractions: a numerator before an ordinal denominator ("سه چهارم" is 0.75,
//! "بیست و پنج صدم" 0.25, "سه و پنج دهم" 3.5), read when the plain reading
//! rejects a token, and only where the quotient has an exact decimal form.

use super::acc::Acc;
use super::grammar::{CLOSED, ZERO};
use super::lexer::{Kind, Lexer, Step, Token};
use super::lexicon::{Lex, Ordinal};
use super::value::{pow10, Number};

/// `n / den` when it has a finite decimal form (`den` has no prime factor
/// but 2 and 5): "سه چهارم" is 0.75, "دو سوم" has none.
fn exact_quotient(n: i128, den: i128) -> Option<Number> {
    if den <= 0 {
        return None;
    }
    let (mut d, mut twos, mut fives) = (den, 0u32, 0u32);
    while d % 2 == 0 {
        d /= 2;
        twos += 1;
    }
    while d % 5 == 0 {
        d /= 5;
        fives += 1;
    }
    if d != 1 {
        return None;
    }
    // n / den = n * (10^k / den) / 10^k, with 10^k / den an integer.
    let k = twos.max(fives);
    let m = pow10(k)?.checked_div(den)?;
    Number::new(n.checked_mul(m)?, u8::try_from(k).ok()?)
}

/// Tries to read "numerator denominator" (پنج دهم, بیست و پنج صدم, ۵ هزارم)
/// from `lx`; returns the fraction and the lexer after it.
/// The value is `None` for a fraction with no exact decimal form ("دو سوم").
fn try_fraction<'t>(
    mut lx: Lexer<'t>,
    long_scale: bool,
) -> Option<(Option<Number>, i128, Lexer<'t>)> {
    let mut num = Acc::new();
    loop {
        let Step::Token(t) = lx.next() else {
            return None;
        };
        if t.ord != Ordinal::None {
            // The denominator: an ordinal of one word ("چهارم", "دهم", "صدم",
            // "هزارم"), in its plain form.
            let den: i128 = match (t.kind, t.ord) {
                (Kind::Word(Lex::Scale(e)), _) => pow10(e as u32)?,
                (Kind::Word(Lex::Teen(10)), _) => 10,
                (Kind::Word(Lex::Hundred(1)), _) => 100,
                (Kind::Word(Lex::Unit(v) | Lex::Teen(v)), Ordinal::Plain) if v >= 2 => v as i128,
                (Kind::Word(Lex::Ten(v)), Ordinal::Plain) => v as i128 * 10,
                (Kind::Word(Lex::Hundred(h)), Ordinal::Plain) => h as i128 * 100,
                _ => return None,
            };
            if !num.complete() || num.len != 0 || num.point.is_some() || num.neg {
                return None;
            }
            let n = num.group.value;
            if !n.is_integer() || n.mantissa() <= 0 || n.mantissa() >= den {
                return None;
            }
            return Some((exact_quotient(n.mantissa(), den), den, lx));
        }
        match t.kind {
            Kind::Word(Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_) | Lex::And)
            | Kind::Digits(_) => num.feed(&t, long_scale).ok()?,
            _ => return None,
        }
    }
}

/// The accumulator after feeding the tokens from `anchor` up to `pos`.
fn replay(anchor: (Acc, Lexer), pos: usize, long_scale: bool) -> Option<Acc> {
    let (mut acc, mut lx) = anchor;
    while lx.pos < pos || lx.queued.is_some() {
        match lx.next() {
            Step::Token(t) => acc.feed(&t, long_scale).ok()?,
            _ => return None,
        }
    }
    (lx.pos == pos).then_some(acc)
}

/// The state after reading a fraction from `base`: its whole part, "و" and
/// then numerator and denominator at `lx`.
///
/// The whole part is replayed from `anchor` only once a fraction is read:
/// most rejections have none, and replaying is the dearer step.
pub(super) fn fraction_from<'t>(
    anchor: (Acc, Lexer<'t>),
    lx: Lexer<'t>,
    t: &Token,
    long_scale: bool,
    inexact: &mut bool,
) -> Option<(Acc, Lexer<'t>)> {
    let (frac, den, after) = try_fraction(lx, long_scale)?;
    // The rejected token must lie inside what the fraction read.
    if after.pos < t.end {
        return None;
    }
    let base = replay(anchor, lx.pos, long_scale)?;
    if base.ordinal != Ordinal::None {
        return None;
    }
    if base.point.is_some() {
        return after_point(base, frac, den, t).map(|a| (a, after));
    }
    let Some(frac) = frac else {
        *inexact = true;
        return None;
    };
    let flags = base.group.flags;
    let value = if flags & ZERO != 0 || flags == 0 && base.len == 0 {
        frac
    } else {
        base.group.value.checked_add(frac)?
    };
    with_fraction(base, value, t).map(|a| (a, after))
}

/// `base` with its group closed at `value`, the fraction's two tokens
/// (numerator and denominator) taken.
fn with_fraction(base: Acc, value: Number, t: &Token) -> Option<Acc> {
    let mut a = base;
    a.group.value = value;
    a.group.flags = CLOSED;
    a.content = true;
    a.pending_and = false;
    a.tokens = a.tokens.saturating_add(2);
    a.single = None;
    a.last_kind = Some(Kind::Word(Lex::Half));
    a.check_group(t).ok()?;
    Some(a)
}

/// A fraction right after ممیز: the denominator names the decimal places
/// ("هفت ممیز بیست و پنج صدم" is 7.25, "صفر ممیز سه دهم" 0.3), and the
/// numerator is below it (try_fraction checks): "سه ممیز چهارده دهم" is no
/// number. `base` is the state right after ممیز.
fn after_point(base: Acc, frac: Option<Number>, den: i128, t: &Token) -> Option<Acc> {
    let (whole, zeros) = base.point?;
    let power_of_ten = den > 1 && pow10(den.checked_ilog10()?).is_some_and(|p| p == den);
    if zeros != 0 || base.len != 0 || !base.group.is_empty() || !power_of_ten {
        return None;
    }
    let mut a = base;
    a.point = None;
    with_fraction(a, whole.checked_add(frac?)?, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_quotients() {
        let q = |n, d| exact_quotient(n, d).map(|v| v.to_string());
        assert_eq!(q(3, 4).as_deref(), Some("0.75"));
        assert_eq!(q(1, 8).as_deref(), Some("0.125"));
        assert_eq!(q(7, 20).as_deref(), Some("0.35"));
        assert_eq!(q(1, 1000).as_deref(), Some("0.001"));
        assert_eq!(q(2, 3), None);
        assert_eq!(q(1, 6), None);
        assert_eq!(q(1, 0), None);
    }
}
