//! The per-character rules of the normalizer, in one pass that copies
//! untouched runs: letters, presentation forms, kashida, diacritics,
//! direction marks, digits, Latin punctuation, repeated letters.

use std::borrow::Cow;

use super::presentation::PRESENTATION_FORMS;
use super::{
    bits, is_digit, is_ignorable, soft_hyphen_joins, spacing_capacity, vanishing_mark, zwj_stays,
    Normalizer,
};
use crate::digits::Script;
use crate::text::{self, KASHIDA, SOFT_HYPHEN, ZWJ, ZWNJ};

impl Normalizer {
    /// The per-character rules, in one pass that copies untouched runs.
    pub(super) fn map_chars<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if !self.char_rules() {
            return Cow::Borrowed(text);
        }
        let bytes = text.as_bytes();
        let plain = self.plain_table();
        let mut out = String::new();
        let mut copied = 0;
        let mut i = 0;
        let mut last: Option<char> = None;
        let mut run = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            // Fast path: ASCII letters and spaces, and Persian letters that
            // need nothing, pass through untouched.
            if !self.repeated_letters {
                // The table answers for ASCII and the Arabic block; the few
                // other plain chars (« » NBSP ZWNJ ZWJ) ask byte_is_plain.
                let lead = b.wrapping_sub(0xD8) as usize;
                if b < 0x80 {
                    if plain.ascii[(b >> 6) as usize] >> (b & 0x3F) & 1 != 0 {
                        i += 1;
                        continue;
                    }
                } else if lead < 4 {
                    if plain.arabic[lead] >> (bytes[i + 1] & 0x3F) & 1 != 0 {
                        i += 2;
                        continue;
                    }
                } else if self.byte_is_plain(bytes, i) {
                    i += if b >= 0xE0 { 3 } else { 2 };
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            if out.capacity() == 0 {
                // Room for the spacing pass too, which reuses this buffer.
                out.reserve(spacing_capacity(text.len()) + 16);
            }
            out.push_str(&text[copied..i]);
            if copied < i && self.repeated_letters {
                last = text[copied..i].chars().next_back();
                run = 1;
            }
            self.push_mapped(c, text, i, &mut out, &mut last, &mut run);
            i += len;
            copied = i;
        }
        if copied == 0 && out.capacity() == 0 {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[copied..]);
        Cow::Owned(out)
    }

    /// [`Normalizer::byte_is_plain`] as bit tables for ASCII and for the
    /// two-byte chars of the Arabic block (lead bytes D8..=DB, a bit for the
    /// low six bits of the second byte). A unit test checks the two agree.
    fn plain_table(&self) -> PlainTable {
        let digits_kept = |script| self.digits.is_none() || self.digits == Some(script);
        let mut ascii = [u64::MAX, u64::MAX];
        if !digits_kept(Script::Ascii) {
            ascii[0] &= !bits(b'0', b'9');
        }
        if self.persian_punctuation {
            ascii[0] &= !(bits(b',', b',') | bits(b';', b';') | bits(b'?', b'?'));
        }
        // U+0600..U+063F: ، ؛ ؟ and the letters ء..غ (ة folded with letters).
        let mut d8 = bits(0x8C, 0x8C) | bits(0x9B, 0x9B) | bits(0x9F, 0x9F) | bits(0xA1, 0xBA);
        if self.letters {
            d8 &= !bits(0xA9, 0xA9);
        }
        // U+0640..U+067F
        let mut d9 = bits(0x81, 0x82) | bits(0x84, 0x88) | bits(0xBE, 0xBE);
        if !self.kashida {
            d9 |= bits(0x80, 0x80);
        }
        if !self.letters {
            d9 |= bits(0x83, 0x83) | bits(0x89, 0x8A);
        }
        if !self.diacritics {
            d9 |= bits(0x8B, 0x9F) | bits(0xB0, 0xB0);
        }
        if digits_kept(Script::ArabicIndic) {
            d9 |= bits(0xA0, 0xA9);
        }
        // U+0680..U+06BF: پ چ ژ ک گ
        let da = bits(0x86, 0x86) | bits(0x98, 0x98) | bits(0xA9, 0xA9) | bits(0xAF, 0xAF);
        // U+06C0..U+06FF: ی and the Persian digits
        let mut db = bits(0x8C, 0x8C);
        if digits_kept(Script::Persian) {
            db |= bits(0xB0, 0xB9);
        }
        PlainTable {
            ascii,
            arabic: [d8, d9, da, db],
        }
    }

    /// Whether the byte at `i` starts a char no char rule touches.
    #[inline(always)]
    fn byte_is_plain(&self, bytes: &[u8], i: usize) -> bool {
        let b = bytes[i];
        if b < 0x80 {
            return match b {
                b'0'..=b'9' => self.digits.is_none() || self.digits == Some(Script::Ascii),
                b',' | b';' | b'?' => !self.persian_punctuation,
                _ => true,
            };
        }
        let Some(&b2) = bytes.get(i + 1) else {
            return false;
        };
        match b {
            // « » and the no-break space
            0xC2 => matches!(b2, 0xAB | 0xBB | 0xA0),
            // ZWNJ (E2 80 8C), and ZWJ (E2 80 8D) unless the ZWNJ rule
            // decides it; not the direction marks
            0xE2 => {
                b2 == 0x80
                    && match bytes.get(i + 2) {
                        Some(0x8C) => true,
                        Some(0x8D) => !self.zwnj,
                        _ => false,
                    }
            }
            // ، ؛ ؟
            0xD8 if matches!(b2, 0x8C | 0x9B | 0x9F) => true,
            // U+0600..U+063F: letters from ء to غ are plain.
            // (ة, U+0629, is folded to ه.)
            0xD8 => (0xA1..=0xBA).contains(&b2) && (b2 != 0xA9 || !self.letters),
            // U+0640..U+067F
            0xD9 => match b2 {
                0x80 => !self.kashida,
                0x81 | 0x82 | 0x84..=0x88 => true,
                0x83 | 0x89 | 0x8A => !self.letters,
                0x8B..=0x9F | 0xB0 => !self.diacritics,
                0xA0..=0xA9 => self.digits.is_none() || self.digits == Some(Script::ArabicIndic),
                0xBE => true,
                _ => false,
            },
            // U+0680..U+06BF: پ چ ژ ک گ and friends
            0xDA => matches!(b2, 0x86 | 0x98 | 0xA9 | 0xAF),
            // U+06C0..U+06FF
            0xDB => match b2 {
                0x8C => true,
                0xB0..=0xB9 => self.digits.is_none() || self.digits == Some(Script::Persian),
                _ => false,
            },
            _ => false,
        }
    }

    fn push_mapped(
        &self,
        c: char,
        text: &str,
        at: usize,
        out: &mut String,
        last: &mut Option<char>,
        run: &mut usize,
    ) {
        if self.presentation_forms && c >= '\u{FB50}' {
            for d in expansion(c) {
                self.push_one(d, text, at, out, last, run);
            }
            return;
        }
        self.push_one(c, text, at, out, last, run);
    }

    fn push_one(
        &self,
        c: char,
        text: &str,
        at: usize,
        out: &mut String,
        last: &mut Option<char>,
        run: &mut usize,
    ) {
        let c = match c {
            // Between two digits a kashida is a dash ("6ــ1", verses one to
            // six), not a stretched letter: kept, so the numbers stay apart.
            KASHIDA if self.kashida => {
                if kashida_between_digits(text, at) {
                    c
                } else {
                    return;
                }
            }
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' if self.diacritics => {
                return
            }
            // Some editors write a left-to-right or right-to-left mark where a
            // ZWNJ belongs ("می\u{200E}شود"): between two Persian letters it
            // becomes one, so that the word is not run together.
            '\u{200E}' | '\u{200F}' if self.direction_marks => {
                if direction_mark_joins(text, at) {
                    ZWNJ
                } else {
                    return;
                }
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
                if self.direction_marks =>
            {
                return
            }
            // Decided here too, not only in the spacing pass, so that the
            // rule for repeated letters sees the letters it joins.
            ZWJ if self.zwnj => {
                if zwj_stays(out.chars().next_back(), &text[at + 3..]) {
                    ZWJ
                } else {
                    return;
                }
            }
            // Here too, not only in the spacing pass, so that the rule for
            // repeated letters sees the letters it joins ("ss\u{AD}s").
            SOFT_HYPHEN if self.zwnj => {
                // After a Persian letter in the text (past a few marks and
                // kashida, which this pass may drop; a bounded look back keeps
                // a long run of them linear) a ZWNJ; elsewhere nothing.
                let prev = text[..at].chars().rev().take(8).find(|&p| !is_ignorable(p));
                if prev.is_some_and(soft_hyphen_joins) {
                    ZWNJ
                } else {
                    return;
                }
            }
            _ if self.letters => fold_letter(c),
            _ => c,
        };
        let c = match (self.digits, text::digit_value(c)) {
            (Some(script), Some(d)) => script.digit(d),
            _ => c,
        };
        let c = if self.persian_punctuation {
            let before = out.chars().rev().find(|&c| !is_ignorable(c));
            latin_to_persian_punct(c, text, at, before)
        } else {
            c
        };
        if self.repeated_letters && c.is_alphabetic() && *last == Some(c) {
            *run += 1;
            if *run >= 3 {
                // A third repeat: keep only the first of the run.
                if *run == 3 {
                    // Remove the second copy already written.
                    out.pop();
                }
                return;
            }
        } else {
            *run = 1;
        }
        *last = Some(c);
        out.push(c);
    }
}

/// Which chars no char rule touches, as bits; see [`Normalizer::plain_table`].
struct PlainTable {
    ascii: [u64; 2],
    arabic: [u64; 4],
}

/// The chars a presentation form stands for, or `c` itself.
pub(super) fn expansion(c: char) -> impl Iterator<Item = char> {
    let table = match PRESENTATION_FORMS.binary_search_by(|&(p, _)| p.cmp(&c)) {
        Ok(k) => PRESENTATION_FORMS[k].1,
        Err(_) => "",
    };
    let own = table.is_empty().then_some(c);
    table.chars().chain(own)
}

/// Letter variants folded to the Persian letter a reader expects.
pub(crate) fn fold_letter(c: char) -> char {
    match c {
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' | 'ے' | 'ۓ' | 'ٸ' => 'ی',
        'ك' | 'ڪ' | 'ػ' | 'ؼ' | 'ڬ' | 'ڭ' | 'ڮ' => 'ک',
        'ە' | 'ھ' | 'ہ' | 'ة' | 'ۃ' | 'ۂ' => 'ه',
        'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => 'ا',
        'ۆ' | 'ۇ' | 'ۈ' | 'ۉ' | 'ۊ' | 'ۋ' | 'ٶ' | 'ٷ' => 'و',
        _ => c,
    }
}

fn latin_to_persian_punct(c: char, text: &str, at: usize, last: Option<char>) -> char {
    let to = match c {
        ',' => '،',
        ';' => '؛',
        '?' => '؟',
        _ => return c,
    };
    let before = last.is_some_and(text::is_arabic_letter);
    // The next char that survives normalization: presentation forms count by
    // their first lasting letter, and vanish if they expand to marks only.
    let after = text[at + 1..]
        .chars()
        .flat_map(expansion)
        .find(|&c| !is_ignorable(c))
        .is_some_and(|c| text::is_arabic_letter(fold_letter(c)));
    let between_digits =
        last.is_some_and(is_digit) && text[at + 1..].chars().next().is_some_and(is_digit);
    if (before || after) && !between_digits {
        to
    } else {
        c
    }
}

/// Whether the kashida written by the char at `at` (a kashida, or a
/// presentation form that expands to one) stands between two digits, past
/// the kashidas next to it (a bounded look each way keeps a long run linear).
fn kashida_between_digits(text: &str, at: usize) -> bool {
    let not_kashida = |&c: &char| c != KASHIDA;
    let mut rest = text[at..].chars();
    rest.next();
    let before = text[..at].chars().rev().take(8).find(not_kashida);
    let after = rest.take(8).find(not_kashida);
    before.is_some_and(is_digit) && after.is_some_and(is_digit)
}

/// The direction marks and the byte-order mark (the direction-mark rule).
pub(super) fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Whether the direction mark (U+200E or U+200F, three bytes) at `at` stands
/// for a ZWNJ: a Persian letter on each side, past a few diacritics, kashida
/// and other direction marks (a bounded look each way keeps a long run of
/// them linear). Next to a space or in Latin text it is only a mark.
fn direction_mark_joins(text: &str, at: usize) -> bool {
    let skipped = |c: char| c == ZWJ || vanishing_mark(c);
    let letter = |c: Option<char>| c.is_some_and(soft_hyphen_joins);
    let before = text[..at].chars().rev().take(8).find(|&c| !skipped(c));
    let after = text
        .get(at + 3..)
        .and_then(|t| t.chars().take(8).find(|&c| !skipped(c)));
    letter(before) && letter(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_table_agrees_with_byte_is_plain() {
        let scripts = [
            None,
            Some(Script::Persian),
            Some(Script::ArabicIndic),
            Some(Script::Ascii),
        ];
        for bits in 0..16u32 {
            for digits in scripts {
                let n = Normalizer::new()
                    .letters(bits & 1 != 0)
                    .kashida(bits & 2 != 0)
                    .diacritics(bits & 4 != 0)
                    .persian_punctuation(bits & 8 != 0)
                    .digits(digits);
                let t = n.plain_table();
                for b in 0..0x80u8 {
                    let table = t.ascii[(b >> 6) as usize] >> (b & 0x3F) & 1 != 0;
                    assert_eq!(table, n.byte_is_plain(&[b], 0), "{b:#x} {bits} {digits:?}");
                }
                for lead in 0xD8..=0xDBu8 {
                    for second in 0x80..=0xBFu8 {
                        let table = t.arabic[(lead - 0xD8) as usize] >> (second & 0x3F) & 1 != 0;
                        let pair = [lead, second];
                        assert_eq!(
                            table,
                            n.byte_is_plain(&pair, 0),
                            "{lead:#x} {second:#x} {bits} {digits:?}"
                        );
                    }
                }
            }
        }
    }
}
