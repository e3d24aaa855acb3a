//! The common case of a whole expression, read in one pass over the bytes.
//!
//! Most expressions a caller hands to [`parse_number`](super::parse_number)
//! are integer cardinals in standard words, plain digit runs, or both, with
//! scale words in descending order: "سه هزار و هفتصد و سیزده", "2میلیارد و
//! 521میلیون". This reader takes exactly those, with the same rules as the
//! general scanner (`parse::Acc::feed`) and none of its machinery (token
//! values, fraction bases, folding, error ranges). On anything else —
//! fractions, ordinals, signs, separators in digits, letters to fold, a word
//! it does not know, any input the grammar rejects — it answers `None` and the
//! general scanner decides, errors included. A proptest in `parse` and the
//! `parse_number` fuzz target hold the two to the same answer wherever this
//! one gives one.

use super::lexicon::{self, Lex};
use super::parse::digit_at;
use super::value::POW10;

// The same group flags as the general accumulator.
const HUNDRED: u8 = 1;
const TEN: u8 = 2;
const TEEN: u8 = 4;
const UNIT: u8 = 8;
const CLOSED: u8 = 16;

// Scale exponents here are at most 15 and a digit run at most 18 digits, so
// a group times its scale is a u64 times a u64, which a u128 always holds;
// the sums are checked all the same.

/// The key and end of the run of two-byte Arabic-block characters (lead
/// bytes D8..=DB) starting at `s`; `None` when it is longer than eight
/// characters, longer than every word this path takes.
#[inline(always)]
fn word_at(b: &[u8], s: usize, end: usize) -> Option<(lexicon::Key, usize)> {
    /// Characters in `x` (eight bytes) before the first byte pair whose
    /// first byte is no Arabic-block lead: 0..=4.
    #[inline(always)]
    fn leads(x: u64) -> usize {
        let m = (x ^ 0xD8D8_D8D8_D8D8_D8D8) & 0x00FC_00FC_00FC_00FC;
        if m == 0 {
            4
        } else {
            m.trailing_zeros() as usize / 16
        }
    }
    #[inline(always)]
    fn low_bytes(x: u64, n: usize) -> u64 {
        if n >= 8 {
            x
        } else {
            x & ((1u64 << (8 * n)) - 1)
        }
    }
    // Sixteen bytes at once: those at `s`, or near the end of the input the
    // last sixteen shifted down, so that zero bytes follow the end.
    let window = if s + 16 <= end {
        Some(u128::from_le_bytes(b[s..s + 16].try_into().ok()?))
    } else if end >= 16 {
        let w = u128::from_le_bytes(b[end - 16..end].try_into().ok()?);
        Some(w >> (8 * (16 - (end - s))))
    } else {
        None
    };
    if let Some(w) = window {
        let (lo, hi) = (w as u64, (w >> 64) as u64);
        let n = leads(lo);
        if n < 4 {
            return Some((low_bytes(lo, 2 * n) as lexicon::Key, s + 2 * n));
        }
        let m = leads(hi);
        let key = lo as lexicon::Key | (low_bytes(hi, 2 * m) as lexicon::Key) << 64;
        let e = s + 8 + 2 * m;
        if m == 4 && e < end && b[e] & 0xFC == 0xD8 {
            return None;
        }
        return Some((key, e));
    }
    // Near the end of the input: a character at a time.
    let mut key: lexicon::Key = 0;
    let mut i = s;
    while i < end && b[i] & 0xFC == 0xD8 {
        if i - s == 16 {
            return None;
        }
        key |= (b[i] as lexicon::Key | (b[i + 1] as lexicon::Key) << 8) << (8 * (i - s));
        i += 2;
    }
    Some((key, i))
}

/// What [`read`] found.
pub(super) struct Quick {
    pub(super) value: i128,
    /// The first token's start and the last token's end.
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Reads `text[start..end]` as one integer cardinal if it is of the common
/// shape.
pub(super) fn read(text: &str, start: usize, end: usize) -> Option<Quick> {
    // The text up to `end`, for the digit reader shared with the general
    // lexer, and its bytes: every index below `end` is then in bounds.
    let digits = text.get(..end)?;
    let b = digits.as_bytes();
    let mut i = start;
    let mut total: u128 = 0;
    // Exponent of the last scale word (0: none yet).
    let mut top: u8 = 0;
    let mut group: u64 = 0;
    let mut flags: u8 = 0;
    let mut pending_and = false;
    let mut content = false;
    let mut after_scale = false;
    let mut first = usize::MAX;
    let mut last = start;
    loop {
        // Separators the general lexer skips between tokens.
        while i < end {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                0xE2 if b[i + 1] == 0x80 && matches!(b[i + 2], 0x8C | 0x8E | 0x8F) => i += 3,
                0xC2 if b[i + 1] == 0xA0 => i += 2,
                _ => break,
            }
        }
        if i >= end {
            break;
        }
        let s = i;
        first = first.min(s);
        if let Some((d, n)) = digit_at(digits, i) {
            let mut v = d as u64;
            let mut count = 1;
            i += n;
            while let Some((d, n)) = digit_at(digits, i) {
                count += 1;
                if count > 18 {
                    return None;
                }
                v = v.checked_mul(10)?.checked_add(d as u64)?;
                i += n;
            }
            // Group and decimal separators, slashes and colons: the general
            // reader's business.
            if i < end {
                match b[i] {
                    b',' | b'.' | b'/' | b':' => return None,
                    0xD9 if matches!(b[i + 1], 0xAB | 0xAC) => return None,
                    0xD8 if b[i + 1] == 0x8C => return None,
                    _ => {}
                }
            }
            if flags != 0 || top != 0 && v as i128 >= POW10[top as usize] {
                return None;
            }
            group = v;
            flags = CLOSED;
            content = true;
            pending_and = false;
            after_scale = false;
            last = i;
            continue;
        }
        // "و" (D9 88) standing alone, the most common word here.
        if b[i] == 0xD9 && b[i + 1] == 0x88 && (i + 2 == end || b[i + 2] == b' ') {
            if !content || pending_and {
                return None;
            }
            pending_and = true;
            after_scale = false;
            i += 2;
            last = i;
            continue;
        }
        // A word: a run of two-byte Arabic-block characters, its first
        // sixteen bytes the lookup key. (A digit inside the run makes a word
        // the lexicon does not know, and the general scanner takes over.)
        let (key, word_end) = word_at(b, s, end)?;
        i = word_end;
        if i == s {
            return None;
        }
        // The general lexer's word must end here too: what follows is a
        // separator, ASCII (a digit, punctuation) or the end. Any other
        // character might continue the word.
        if i < end {
            let n = b[i];
            let ends = match n {
                0..=0x7F => !n.is_ascii_alphabetic(),
                0xE2 => b[i + 1] == 0x80 && matches!(b[i + 2], 0x8C | 0x8E | 0x8F),
                0xC2 => b[i + 1] == 0xA0,
                _ => false,
            };
            if !ends {
                return None;
            }
        }
        let lex = lexicon::lookup_quick(key)?;
        match lex {
            Lex::Unit(u) => {
                if flags & (UNIT | TEEN | CLOSED) != 0 {
                    return None;
                }
                group = group.checked_add(u as u64)?;
                flags |= UNIT;
            }
            Lex::Teen(v) => {
                if flags & (UNIT | TEEN | TEN | CLOSED) != 0 {
                    return None;
                }
                group = group.checked_add(v as u64)?;
                flags |= TEEN;
            }
            Lex::Ten(v) => {
                if flags & (UNIT | TEEN | TEN | CLOSED) != 0 {
                    return None;
                }
                group = group.checked_add(v as u64 * 10)?;
                flags |= TEN;
            }
            Lex::Hundred(h) => {
                if flags == UNIT && h == 1 && !pending_and {
                    // Split form: "شش صد".
                    group = group.checked_mul(100)?;
                } else if flags != 0 {
                    return None;
                } else {
                    group = h as u64 * 100;
                }
                flags = HUNDRED;
            }
            Lex::Scale(e) => {
                // A scale after "و" and an open group, right after another
                // scale, or above the last one: the general scanner's cases.
                if pending_and && flags != 0 || flags == 0 && after_scale || top != 0 && top <= e {
                    return None;
                }
                let base = if flags != 0 { group } else { 1 };
                // A u64 times a u64: a u128 always holds it.
                let value = base as u128 * POW10[e as usize] as u128;
                if top != 0 && value >= POW10[top as usize] as u128 {
                    return None;
                }
                total = total.checked_add(value)?;
                top = e;
                group = 0;
                flags = 0;
                content = true;
                pending_and = false;
                after_scale = true;
                last = i;
                continue;
            }
            Lex::And => {
                if !content || pending_and {
                    return None;
                }
                pending_and = true;
                after_scale = false;
                last = i;
                continue;
            }
            _ => return None,
        }
        content = true;
        pending_and = false;
        after_scale = false;
        last = i;
    }
    if !content || pending_and {
        return None;
    }
    Some(Quick {
        value: i128::try_from(total.checked_add(group as u128)?).ok()?,
        start: first,
        end: last,
    })
}
