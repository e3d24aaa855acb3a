//! The common case of a whole expression, read in one pass over the bytes.
//!
//! Most expressions a caller hands to [`parse_number`](super::parse_number)
//! are cardinals in standard words, digit runs, or both, with scale words in
//! descending order: "سه هزار و هفتصد و سیزده", "2میلیارد و 521میلیون",
//! "منفی سه هزار", "بیست و یکم", "دو و نیم میلیون", "۲٫۵ میلیون", "دو ممیز
//! پنج". This reader takes exactly those, driving the same group grammar as
//! the general accumulator ([`grammar`]) without its machinery (token
//! values, fraction bases, folding, error ranges). On anything else —
//! fractions over a denominator, zero, group separators, more than two
//! decimals, letters to fold, a word it does not know, scales out of
//! descending order, any input the grammar rejects — it answers `None` and
//! the general scanner decides, errors included. A proptest in `parse` and
//! the `parse_number` fuzz target hold the two to the same answer wherever
//! this one gives one.

use super::grammar::{self, Group, GroupValue, CLOSED, UNIT, ZERO};
use super::lexicon::{self, Lex, Ordinal};
use super::value::{Number, POW10};
use crate::text;

/// A group's value in hundredths (cents), so that halves, quarters and
/// decimals of two digits stay integers. A digit run here is at most 17
/// digits, so a group fits a u64; a group times its scale (up to تریلیارد,
/// 10^21) is checked, as is every sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cents(u64);

impl GroupValue for Cents {
    #[inline(always)]
    fn small(v: u16) -> Cents {
        Cents(v as u64 * 100)
    }
    #[inline(always)]
    fn plus(self, other: Cents) -> Option<Cents> {
        self.0.checked_add(other.0).map(Cents)
    }
    #[inline(always)]
    fn times_hundred(self) -> Option<Cents> {
        self.0.checked_mul(100).map(Cents)
    }
    #[inline(always)]
    fn below_hundred(self) -> bool {
        self.0 < 100 * 100 && self.0 % 100 == 0
    }
}

/// 10^e as a u128.
#[inline(always)]
fn pow10(e: u8) -> u128 {
    POW10[e as usize] as u128
}

/// The key and end of the run of two-byte Arabic-block characters (lead
/// bytes D8..=DB) starting at `s`; `None` when it is longer than eight
/// characters, longer than every word this path takes. `short` holds the
/// whole input, zero-padded, when it is under sixteen bytes.
#[inline(always)]
fn word_at(b: &[u8], s: usize, end: usize, short: u128) -> Option<(lexicon::Key, usize)> {
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
    // last sixteen shifted down (or the short input's), so that zero bytes
    // follow the end.
    let window = if s + 16 <= end {
        u128::from_le_bytes(b[s..s + 16].try_into().ok()?)
    } else if end >= 16 {
        let w = u128::from_le_bytes(b[end - 16..end].try_into().ok()?);
        w >> (8 * (16 - (end - s)))
    } else {
        short >> (8 * s)
    };
    let (lo, hi) = (window as u64, (window >> 64) as u64);
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
    Some((key, e))
}

/// The bytes of `b` (under sixteen) as a little-endian u128, zeros after
/// them: from overlapping loads, not a copy into a buffer (whose narrow
/// stores a wide load would wait for).
#[inline(always)]
fn padded(b: &[u8]) -> u128 {
    let n = b.len();
    let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4])) as u64;
    if n >= 8 {
        let hi = if n > 8 {
            u64_at(n - 8) >> (8 * (16 - n))
        } else {
            0
        };
        u64_at(0) as u128 | (hi as u128) << 64
    } else if n >= 4 {
        (u32_at(0) | (u32_at(n - 4) >> (8 * (8 - n))) << 32) as u128
    } else {
        b.iter().rev().fold(0u128, |w, &x| w << 8 | x as u128)
    }
}

/// The plainest shape, read first: an integer cardinal in words and digit
/// runs, scales descending; `None` for anything else, which
/// [`read_extended`] then reads.
// Long: one loop with its state in locals, so that the state stays in
// registers; split into methods on a state struct, the same steps took 12 to
// 15% more instructions (callgrind, on the parse bench's expressions).
#[inline(always)]
fn read_plain(text: &str, start: usize, end: usize, short: u128) -> Option<Quick> {
    // The text up to `end`, for the digit reader shared with the general
    // lexer, and its bytes: every index below `end` is then in bounds.
    let digits = text.get(..end)?;
    let b = digits.as_bytes();
    let mut i = start;
    let mut total: u128 = 0;
    // Exponent of the last scale word (0: none yet).
    let mut top: u8 = 0;
    let mut group: Group<u64> = Group::empty();
    let mut pending_and = false;
    let mut content = false;
    let mut after_scale = false;
    let mut first = usize::MAX;
    let mut last = start;
    loop {
        // Separators the general lexer skips between tokens.
        i = skip_gaps(b, i, end);
        if i >= end {
            break;
        }
        let s = i;
        first = first.min(s);
        if let Some((d, n)) = text::digit_at(digits, i) {
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
            group.digits(v, pending_and).ok()?;
            if top != 0 && group.value as i128 >= POW10[top as usize] {
                return None;
            }
            content = true;
            pending_and = false;
            after_scale = false;
            last = i;
            continue;
        }
        // "و" (D9 88) standing alone, the most common word here.
        if b[i] == 0xD9 && b[i + 1] == 0x88 && (i + 2 == end || b[i + 2] == b' ') {
            if !grammar::and_may_follow(content, pending_and) {
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
        let (key, word_end) = word_at(b, s, end, short)?;
        i = word_end;
        if i == s {
            return None;
        }
        // The general lexer's word must end here too: what follows is a
        // separator, ASCII (a digit, punctuation) or the end. Any other
        // character might continue the word.
        if !word_ends(b, i, end) {
            return None;
        }
        let lex = lexicon::lookup_quick(key)?;
        match lex {
            Lex::Unit(u) => group.unit(u).ok()?,
            Lex::Teen(v) => group.teen(v).ok()?,
            Lex::Ten(v) => group.ten(v).ok()?,
            Lex::Hundred(h) => group.hundred(h, pending_and).ok()?,
            Lex::Scale(e) => {
                // A scale after "و" and an open group, right after another
                // scale, or above the last one: the general scanner's cases.
                if !group.scale_may_follow(pending_and)
                    || group.is_empty() && after_scale
                    || top != 0 && top <= e
                {
                    return None;
                }
                let base = if group.is_empty() { 1 } else { group.value };
                // Checked: an 18-digit group times تریلیارد (10^21) passes
                // even a u128.
                let value = (base as u128).checked_mul(POW10[e as usize] as u128)?;
                if top != 0 && value >= POW10[top as usize] as u128 {
                    return None;
                }
                total = total.checked_add(value)?;
                top = e;
                group = Group::empty();
                content = true;
                pending_and = false;
                after_scale = true;
                last = i;
                continue;
            }
            Lex::And => {
                if !grammar::and_may_follow(content, pending_and) {
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
        value: Number::from_i128(i128::try_from(total.checked_add(group.value as u128)?).ok()?),
        start: first,
        end: last,
        ordinal: Ordinal::None,
    })
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
    /// The completed groups, integers (every scale is at least 10^3).
    total: u128,
    /// Exponent of the last scale word (0: none yet).
    top: u8,
    group: Group<Cents>,
    pending_and: bool,
    content: bool,
    after_scale: bool,
    neg: bool,
    ordinal: Ordinal,
    /// After "ممیز": the whole part, in cents.
    point: Option<u128>,
    /// An input under sixteen bytes, zero-padded (see [`word_at`]).
    short: u128,
}

/// Past the gaps at `i` (line breaks too: the whole span is one expression).
#[inline(always)]
fn skip_gaps(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        match text::gap_len(b, i) {
            0 => break,
            n => i += n,
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
            _ => text::gap_len(b, i) != 0,
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
        lex @ (Lex::Unit(_)
        | Lex::Teen(_)
        | Lex::Ten(_)
        | Lex::Hundred(_)
        | Lex::Scale(_)
        | Lex::Illion(2..=4)) => Some((lex, ord)),
        _ => None,
    }
}

/// Reads `text[start..end]` as one cardinal or ordinal if it is of the
/// common shape: the plainest shape first, then the rest of it.
#[inline(never)]
pub(super) fn read(text: &str, start: usize, end: usize) -> Option<Quick> {
    // A text that ends in an ordinal suffix (…م, …مین) is not the plain
    // shape: the plain reader would read up to the last word and give up.
    if ends_ordinal(text.as_bytes(), end) {
        return read_extended(text, start, end);
    }
    let short = match text.get(..end) {
        Some(t) if end < 16 => padded(t.as_bytes()),
        _ => 0,
    };
    read_plain(text, start, end, short).or_else(|| read_extended(text, start, end))
}

/// Whether `b[..end]` ends in م or مین, the ordinal suffixes: the last two
/// bytes first, the cheap test every plain number fails.
#[inline(always)]
fn ends_ordinal(b: &[u8], end: usize) -> bool {
    match end.checked_sub(2).and_then(|i| b.get(i..end)) {
        Some([0xD9, 0x85]) => true,
        Some([0xD9, 0x86]) => {
            end >= 6 && matches!(b.get(end - 6..end - 2), Some([0xD9, 0x85, 0xDB, 0x8C]))
        }
        _ => false,
    }
}

/// Signs, ordinals, halves, ممیز and decimals besides the plain shape.
#[cold]
#[inline(never)]
fn read_extended(text: &str, start: usize, end: usize) -> Option<Quick> {
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
        point: None,
        short: if end < 16 { padded(b) } else { 0 },
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
        // "منفی" and "-" come first or not at all.
        let is_first = first == usize::MAX;
        first = first.min(i);
        i = if text::digit_at(digits, i).is_some() || b[i] == b'-' {
            st.digits(digits, i, end, is_first)?
        } else {
            st.word(b, i, end, is_first)?
        };
        last = i;
    }
    Some(Quick {
        value: st.value()?,
        start: first,
        end: last,
        ordinal: st.ordinal,
    })
}

impl State {
    /// A run of digits at `i` (a minus sign before it when it comes first),
    /// with at most two decimals after `.` or `٫`: its end.
    #[inline(always)]
    fn digits(&mut self, digits: &str, mut i: usize, end: usize, is_first: bool) -> Option<usize> {
        let b = digits.as_bytes();
        if b[i] == b'-' {
            if !is_first {
                return None;
            }
            self.neg = true;
            i += 1;
        }
        let (mut v, mut n) = (0u64, 0);
        while let Some((d, len)) = text::digit_at(digits, i) {
            n += 1;
            if n > 17 {
                return None;
            }
            v = v * 10 + d as u64;
            i += len;
        }
        if n == 0 {
            return None;
        }
        let mut cents = v * 100;
        // A decimal point and one or two digits; any other separator (group
        // separators, slashes, colons, a third decimal) is the general
        // reader's.
        if i < end {
            let point = match b[i] {
                b'.' => 1,
                0xD9 if b[i + 1] == 0xAB => 2,
                b',' | b'/' | b':' => return None,
                0xD9 if b[i + 1] == 0xAC => return None,
                0xD8 if b[i + 1] == 0x8C => return None,
                _ => 0,
            };
            if point > 0 {
                let (c, after) = decimals(digits, i + point)?;
                cents = cents.checked_add(c)?;
                i = after;
            }
        }
        self.group.digits(Cents(cents), self.pending_and).ok()?;
        if self.top != 0 && self.group.value.0 as u128 >= pow10(self.top) * 100 {
            return None;
        }
        self.took(Ordinal::None);
        Some(i)
    }

    /// The word at `s`: its end.
    #[inline(always)]
    fn word(&mut self, b: &[u8], s: usize, end: usize, is_first: bool) -> Option<usize> {
        // "و" (D9 88) standing alone, the most common word here.
        if b[s] == 0xD9 && b[s + 1] == 0x88 && (s + 2 == end || b[s + 2] == b' ') {
            return self.and(s + 2);
        }
        // A run of two-byte Arabic-block characters, its first sixteen bytes
        // the lookup key. (A digit inside the run makes a word the lexicon
        // does not know, and the general scanner takes over.)
        let (key, e) = word_at(b, s, end, self.short)?;
        if e == s || !word_ends(b, e, end) {
            return None;
        }
        let (lex, ord) = lookup(key, e - s)?;
        match lex {
            Lex::Unit(u) => {
                self.group.unit(u).ok()?;
                self.after_scale = false;
            }
            Lex::Teen(v) => {
                self.group.teen(v).ok()?;
                self.after_scale = false;
            }
            Lex::Ten(v) => {
                self.group.ten(v).ok()?;
                self.after_scale = false;
            }
            Lex::Scale(exp) => self.scale(exp)?,
            // The short scale: the caller leaves the long one to the
            // general scanner.
            Lex::Illion(n @ 2..=4) => self.scale(3 * n + 3)?,
            Lex::And => return self.and(e),
            Lex::Minus | Lex::Plus => {
                if !is_first {
                    return None;
                }
                self.neg = lex == Lex::Minus;
                return Some(e);
            }
            Lex::Point => {
                self.point()?;
                return Some(e);
            }
            Lex::Half | Lex::Quarter => self.half_or_quarter(lex)?,
            Lex::Hundred(h) => {
                if h == 1 && ord != Ordinal::None && self.group.flags == UNIT {
                    // "سه صدم" is three hundredths: the general reader's.
                    return None;
                }
                self.group.hundred(h, self.pending_and).ok()?;
                self.after_scale = false;
            }
            _ => return None,
        }
        if ord != Ordinal::None && self.point.is_some() {
            return None;
        }
        self.took(ord);
        Some(e)
    }

    /// After a token that adds to the value.
    #[inline(always)]
    fn took(&mut self, ord: Ordinal) {
        self.ordinal = ord;
        self.content = true;
        self.pending_and = false;
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
        // Cents times 10^exp is the value times 10^(exp - 2): an integer.
        let base = if self.group.is_empty() {
            100
        } else {
            self.group.value.0
        };
        let value = (base as u128).checked_mul(pow10(exp - 2))?;
        if self.top != 0 && value >= pow10(self.top) {
            return None;
        }
        self.total = self.total.checked_add(value)?;
        self.top = exp;
        self.group = Group::empty();
        self.after_scale = true;
        Some(())
    }

    /// نیم and ربع, as the general accumulator reads them: alone ("نیم
    /// میلیون"), after "و" and a group ("دو و نیم"), or half of the last
    /// scale's unit ("دو میلیون و نیم").
    #[cold]
    #[inline(never)]
    fn half_or_quarter(&mut self, lex: Lex) -> Option<()> {
        let part = if lex == Lex::Half { 50 } else { 25 };
        let flags = self.group.flags;
        let value = if !self.content {
            part
        } else if self.pending_and && flags & ZERO == 0 && flags != 0 {
            self.group.value.0.checked_add(part)?
        } else if self.pending_and && flags == 0 && self.top != 0 {
            part.checked_mul(POW10[self.top as usize] as u64)?
        } else {
            return None;
        };
        if self.top != 0 && value as u128 >= pow10(self.top) * 100 {
            return None;
        }
        self.group = Group {
            value: Cents(value),
            flags: CLOSED,
        };
        self.after_scale = false;
        Some(())
    }

    /// ممیز: what was read becomes the whole part.
    #[cold]
    #[inline(never)]
    fn point(&mut self) -> Option<()> {
        if self.point.is_some() || !self.content || self.pending_and {
            return None;
        }
        let whole = self
            .total
            .checked_mul(100)?
            .checked_add(self.group.value.0 as u128)?;
        self.point = Some(whole);
        self.total = 0;
        self.top = 0;
        self.group = Group::empty();
        self.content = false;
        self.after_scale = false;
        Some(())
    }

    /// The value read, if the expression is complete.
    #[inline(always)]
    fn value(&self) -> Option<Number> {
        if !self.content || self.pending_and {
            return None;
        }
        let cents = self.group.value.0;
        let sign = |n: Number| if self.neg { n.checked_neg() } else { Some(n) };
        if self.point.is_none() && cents % 100 == 0 {
            let v = self.total.checked_add((cents / 100) as u128)?;
            return sign(Number::from_i128(i128::try_from(v).ok()?));
        }
        self.fraction_value()
    }

    /// [`State::value`] with a fraction: hundredths, or ممیز.
    #[cold]
    #[inline(never)]
    fn fraction_value(&self) -> Option<Number> {
        let cents = self.group.value.0;
        let sign = |n: Number| if self.neg { n.checked_neg() } else { Some(n) };
        let Some(whole) = self.point else {
            let v = self.total.checked_mul(100)?.checked_add(cents as u128)?;
            return sign(Number::new(i128::try_from(v).ok()?, 2)?);
        };
        // The digits after ممیز are an integer, as many decimals as it has
        // digits.
        if cents % 100 != 0 {
            return None;
        }
        let v = self.total.checked_add((cents / 100) as u128)?;
        // The common case in 64 bits (128-bit logarithms and products cost
        // library calls): both parts under 10^9, so the mantissa is under
        // 10^18.
        if let (Ok(w @ 0..1_000_000_000), Ok(f @ 0..1_000_000_000)) =
            (u64::try_from(whole), u64::try_from(v))
        {
            let places = f.checked_ilog10().map_or(0, |d| d + 1);
            let m = w * 10u64.pow(places) + f * 100;
            return sign(Number::new(m as i128, places as u8 + 2)?);
        }
        let places = v.checked_ilog10().map_or(0, |d| d + 1);
        // No more decimals than a Number holds (the general reader's error).
        if places > 16 {
            return None;
        }
        // whole / 100 + v / 10^places, over 10^(places + 2).
        let m = whole
            .checked_mul(pow10(u8::try_from(places).ok()?))?
            .checked_add(v.checked_mul(100)?)?;
        sign(Number::new(
            i128::try_from(m).ok()?,
            u8::try_from(places + 2).ok()?,
        )?)
    }
}

/// One or two decimals at `i` (after a decimal point), not followed by
/// another digit or by a separator and a digit ("1.2.3"): their cents and
/// end.
#[cold]
#[inline(never)]
fn decimals(digits: &str, i: usize) -> Option<(u64, usize)> {
    let (d1, n1) = text::digit_at(digits, i)?;
    let mut cents = d1 as u64 * 10;
    let mut j = i + n1;
    if let Some((d2, n2)) = text::digit_at(digits, j) {
        cents += d2 as u64;
        j += n2;
    }
    match digits[j..].chars().next() {
        Some(c) if text::is_digit(c) || text::is_number_separator(c) => None,
        _ => Some((cents, j)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_is_the_bytes_zero_extended() {
        let bytes: Vec<u8> = (1..=15u8).map(|x| x.wrapping_mul(37) | 1).collect();
        for n in 0..16 {
            let mut pad = [0u8; 16];
            pad[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(padded(&bytes[..n]), u128::from_le_bytes(pad), "{n}");
        }
    }
}
