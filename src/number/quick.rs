//! The common case of a whole expression, read in one pass over the bytes.
//!
//! Most expressions a caller hands to [`parse_number`](super::parse_number)
//! are integer cardinals in standard words, plain digit runs, or both, with
//! scale words in descending order: "سه هزار و هفتصد و سیزده", "2میلیارد و
//! 521میلیون", "منفی سه هزار", "بیست و یکم". This reader takes exactly
//! those, driving the same group grammar as the general accumulator
//! ([`grammar`]) without its machinery (token values, fraction bases,
//! folding, error ranges). On anything else — fractions, separators in
//! digits, letters to fold, a word it does not know, scales out of
//! descending order, any input the grammar rejects — it answers `None` and
//! the general scanner decides, errors included. A proptest in `parse` and
//! the `parse_number` fuzz target hold the two to the same answer wherever
//! this one gives one.

use super::grammar::{self, Group, UNIT};
use super::lexicon::{self, Lex, Ordinal};
use super::value::{Number, POW10};
use crate::text::{self, Gap};

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
    pub(super) value: Number,
    /// The first token's start and the last token's end.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) ordinal: Ordinal,
}

/// The state of one read.
struct State {
    total: u128,
    /// Exponent of the last scale word (0: none yet).
    top: u8,
    group: Group<u64>,
    pending_and: bool,
    content: bool,
    after_scale: bool,
    neg: bool,
    ordinal: Ordinal,
    tokens: u32,
}

/// Past the gaps at `i` (line breaks too: the whole span is one expression).
#[inline(always)]
fn skip_gaps(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        match text::gap_at(b, i) {
            Some((_, n)) => i += n,
            None => break,
        }
    }
    i
}

/// Whether the general lexer's word ends at `i` too: what follows is a gap,
/// ASCII other than a letter (a digit, punctuation) or the end. Any other
/// character might continue the word.
#[inline(always)]
fn word_ends(b: &[u8], i: usize, end: usize) -> bool {
    i >= end
        || match b[i] {
            n @ 0..=0x7F => !n.is_ascii_alphabetic(),
            _ => matches!(text::gap_at(b, i), Some((Gap::Space | Gap::Joiner, _))),
        }
}

/// The ordinal suffixes this reader takes, on a word's key: "م" (D9 85) and
/// "مین" (D9 85 DB 8C D9 86) at the end of a word of `len` bytes. The stem's
/// key and the ordinal.
#[inline]
fn strip_ordinal(key: lexicon::Key, len: usize) -> Option<(lexicon::Key, Ordinal)> {
    let mask = |n: usize| (1u128 << (8 * n)) - 1;
    let tail = |n: usize| (key >> (8 * (len - n))) & mask(n);
    if len > 6 && tail(6) == 0x86D9_8CDB_85D9 {
        return Some((key & mask(len - 6), Ordinal::Attributive));
    }
    if len > 2 && tail(2) == 0x85D9 {
        return Some((key & mask(len - 2), Ordinal::Plain));
    }
    None
}

/// The keys of [`lexicon::NOT_ORDINAL_STEMS`].
const NOT_ORDINAL_KEYS: [lexicon::Key; 3] = {
    let mut k = [0; 3];
    let mut i = 0;
    while i < 3 {
        k[i] = lexicon::key_of(lexicon::NOT_ORDINAL_STEMS[i].as_bytes());
        i += 1;
    }
    k
};

/// The reading of a word this reader takes by its key: a number word, or a
/// unit, teen, ten, hundred or scale word with an ordinal suffix (not the
/// stems of [`lexicon::NOT_ORDINAL_STEMS`]).
#[inline(always)]
fn lookup(key: lexicon::Key, len: usize) -> Option<(Lex, Ordinal)> {
    if let Some(lex) = lexicon::lookup_quick(key) {
        return Some((lex, Ordinal::None));
    }
    let (stem, ord) = strip_ordinal(key, len)?;
    if NOT_ORDINAL_KEYS.contains(&stem) {
        return None;
    }
    match lexicon::lookup_quick(stem)? {
        Lex::And | Lex::Minus => None,
        lex => Some((lex, ord)),
    }
}

/// Reads `text[start..end]` as one integer cardinal or ordinal if it is of
/// the common shape.
pub(super) fn read(text: &str, start: usize, end: usize) -> Option<Quick> {
    // The text up to `end`, for the digit reader, and its bytes: every index
    // below `end` is then in bounds.
    let digits = text.get(..end)?;
    let b = digits.as_bytes();
    let mut st = State {
        total: 0,
        top: 0,
        group: Group::empty(),
        pending_and: false,
        content: false,
        after_scale: false,
        neg: false,
        ordinal: Ordinal::None,
        tokens: 0,
    };
    let mut i = start;
    let mut first = usize::MAX;
    let mut last = start;
    loop {
        i = skip_gaps(b, i, end);
        if i >= end {
            break;
        }
        // Nothing follows an ordinal.
        if st.ordinal != Ordinal::None {
            return None;
        }
        first = first.min(i);
        st.tokens += 1;
        i = if text::digit_at(digits, i).is_some() || b[i] == b'-' {
            st.digits(digits, i, end)?
        } else {
            st.word(b, i, end)?
        };
        last = i;
    }
    if !st.content || st.pending_and {
        return None;
    }
    let sum = i128::try_from(st.total.checked_add(st.group.value as u128)?).ok()?;
    Some(Quick {
        value: Number::from_i128(if st.neg { -sum } else { sum }),
        start: first,
        end: last,
        ordinal: st.ordinal,
    })
}

impl State {
    /// A run of digits at `i` (a minus sign before it when it comes first):
    /// its end.
    #[inline(always)]
    fn digits(&mut self, digits: &str, mut i: usize, end: usize) -> Option<usize> {
        let b = digits.as_bytes();
        if b[i] == b'-' {
            if self.tokens != 1 {
                return None;
            }
            self.neg = true;
            i += 1;
        }
        let (d, n) = text::digit_at(digits, i)?;
        let mut v = d as u64;
        let mut count = 1;
        i += n;
        while let Some((d, n)) = text::digit_at(digits, i) {
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
        self.group.digits(v, self.pending_and).ok()?;
        if self.top != 0 && self.group.value as i128 >= POW10[self.top as usize] {
            return None;
        }
        self.content = true;
        self.pending_and = false;
        self.after_scale = false;
        Some(i)
    }

    /// The word at `s`: its end.
    #[inline(always)]
    fn word(&mut self, b: &[u8], s: usize, end: usize) -> Option<usize> {
        // "و" (D9 88) standing alone, the most common word here.
        if b[s] == 0xD9 && b[s + 1] == 0x88 && (s + 2 == end || b[s + 2] == b' ') {
            return self.and(s + 2);
        }
        // A run of two-byte Arabic-block characters, its first sixteen bytes
        // the lookup key. (A digit inside the run makes a word the lexicon
        // does not know, and the general scanner takes over.)
        let (key, e) = word_at(b, s, end)?;
        if e == s || !word_ends(b, e, end) {
            return None;
        }
        let (lex, ord) = lookup(key, e - s)?;
        match lex {
            Lex::Scale(exp) => self.scale(exp)?,
            Lex::And => return self.and(e),
            Lex::Minus => {
                if self.tokens != 1 {
                    return None;
                }
                self.neg = true;
                return Some(e);
            }
            Lex::Hundred(1) if ord != Ordinal::None && self.group.flags == UNIT => {
                // "سه صدم" is three hundredths: the general reader's.
                return None;
            }
            _ => {
                self.group.word(lex, self.pending_and).ok()?;
                self.after_scale = false;
            }
        }
        self.ordinal = ord;
        self.content = true;
        self.pending_and = false;
        Some(e)
    }

    #[inline(always)]
    fn and(&mut self, e: usize) -> Option<usize> {
        if !grammar::and_may_follow(self.content, self.pending_and) {
            return None;
        }
        self.pending_and = true;
        self.after_scale = false;
        Some(e)
    }

    /// A scale word of exponent `exp`, in descending order only: a scale
    /// right after another, or above the last one, is the general scanner's.
    #[inline(always)]
    fn scale(&mut self, exp: u8) -> Option<()> {
        let consecutive = self.group.is_empty() && self.after_scale;
        if !self.group.scale_may_follow(self.pending_and)
            || consecutive
            || self.top != 0 && self.top <= exp
        {
            return None;
        }
        let base = if self.group.is_empty() {
            1
        } else {
            self.group.value
        };
        // A u64 times a u64: a u128 always holds it.
        let value = base as u128 * POW10[exp as usize] as u128;
        if self.top != 0 && value >= POW10[self.top as usize] as u128 {
            return None;
        }
        self.total = self.total.checked_add(value)?;
        self.top = exp;
        self.group = Group::empty();
        self.after_scale = true;
        Some(())
    }
}
