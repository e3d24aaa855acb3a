//! The bottom layer: characters every other module agrees on.
//!
//! Named invisible characters, the one table of word characters, word ends
//! and the folding of a word to standard Persian letters, the gaps allowed
//! between words, the digit reader, and the separators that may stand inside
//! a number. Nothing here knows about numbers, money or tokens; everything
//! above reads text through these functions, so that a finder, the tokenizer
//! and the normalizer cannot disagree on what a word or a digit is.

/// Zero-width non-joiner (نیم‌فاصله), U+200C: joins the parts of a word
/// without joining their letters ("می‌شود", "کتاب‌ها").
use std::ops::Range;

pub(crate) const ZWNJ: char = '\u{200C}';
/// Zero-width joiner, U+200D.
pub(crate) const ZWJ: char = '\u{200D}';
/// The soft hyphen, U+00AD, which some editors write where a ZWNJ belongs
/// ("پنج\u{AD}شنبه").
pub(crate) const SOFT_HYPHEN: char = '\u{00AD}';
/// Left-to-right mark, U+200E.
pub(crate) const LRM: char = '\u{200E}';
/// Right-to-left mark, U+200F.
pub(crate) const RLM: char = '\u{200F}';
/// Byte-order mark (zero-width no-break space), U+FEFF.
pub(crate) const BOM: char = '\u{FEFF}';
/// Kashida (tatweel), U+0640: stretches a joined letter and means nothing.
pub(crate) const KASHIDA: char = '\u{0640}';
/// ZWNJ and what some editors write in its place: the soft hyphen and the
/// direction marks ("پنج\u{200E}شنبه").
pub(crate) const ZWNJ_LIKE: [char; 4] = [ZWNJ, SOFT_HYPHEN, LRM, RLM];

/// The prefixes of the continuous verb (نمی before می), which the
/// orthography writes with ZWNJ: "می‌روم".
pub(crate) const VERB_PREFIXES: [&str; 2] = ["نمی", "می"];

/// The plural ending with what may follow it (a possessive pronoun, the
/// indefinite ی), longest first; the orthography writes it with ZWNJ:
/// "کتاب‌هایشان".
pub(crate) const PLURAL_ENDINGS: [&str; 9] = [
    "هایشان",
    "هایتان",
    "هایمان",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "های",
    "ها",
];

// ---------------------------------------------------------------------------
// Word characters

/// Whether `c` continues a word: a letter of any script, a combining mark of
/// the Arabic block, or kashida. Digits, ZWNJ and punctuation end a word.
///
/// The Arabic block (U+0600..U+06FF) is decided by [`ARABIC_CLASS`], by hand
/// for Unicode 16.0 (the block's last addition, U+061D, came in 14.0); the
/// test `arabic_table_matches_unicode` holds it to `char::is_alphabetic`.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0600}'..='\u{06FF}' => ARABIC_CLASS[c as usize - 0x600] & WORD != 0,
        // ZWNJ, direction marks, dashes and quotes (General Punctuation has
        // no letter), and « »: common here, and dear in the Unicode table.
        '\u{2000}'..='\u{206F}' | '«' | '»' => false,
        _ => c.is_alphabetic(),
    }
}

/// Whether the two-byte char `lead`, `second` (lead 0xD8..=0xDB, the Arabic
/// block) is a word char: [`is_word_char`] without decoding.
#[inline(always)]
pub(crate) fn is_arabic_word_pair(lead: u8, second: u8) -> bool {
    ARABIC_CLASS[((lead.wrapping_sub(0xD8) & 3) as usize) << 6 | (second & 0x3F) as usize] & WORD
        != 0
}

/// The classes of U+0600..U+06FF, the two-byte chars with lead bytes
/// D8..DB, indexed by `(lead - 0xD8) << 6 | (second & 0x3F)`: [`WORD`] for
/// [`is_word_char`], [`FOLDS`] for the chars [`fold`] changes or drops.
static ARABIC_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        let cp = 0x600 + k as u32;
        if arabic_word_char(cp) {
            t[k] |= WORD;
        }
        if matches!(cp, 0x0610..=0x061A | 0x0640 | 0x0643 | 0x0649..=0x065F | 0x0670) {
            t[k] |= FOLDS;
        }
        k += 1;
    }
    t
};
const WORD: u8 = 1;
const FOLDS: u8 = 2;

/// The Arabic block's letters and marks, not its digits, signs (U+06FD,
/// U+06FE and the Quranic signs U+06DD, U+06DE, U+06E9) and punctuation.
const fn arabic_word_char(cp: u32) -> bool {
    matches!(
        cp,
        0x0610..=0x061A
            | 0x0620..=0x065F
            | 0x066E..=0x06D3
            | 0x06D5..=0x06DC
            | 0x06DF..=0x06E8
            | 0x06EA..=0x06EF
            | 0x06FA..=0x06FC
            | 0x06FF
    )
}

/// Letters of the Arabic block proper (no marks, no kashida): what the
/// normalizer's spacing rules treat as a Persian letter.
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
    )
}

/// The end of the run of word characters starting at `start`.
#[inline]
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    word_end_folds(text, start).0
}

/// [`word_end`], and whether the word has a char that [`fold`] changes or
/// drops (what [`needs_fold`] answers), found in the same pass.
#[inline]
pub(crate) fn word_end_folds(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut class = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            break;
        }
        // The Arabic block, two bytes at a time without decoding.
        if (0xD8..=0xDB).contains(&b) {
            match bytes.get(i + 1) {
                Some(&b2) => {
                    let c = ARABIC_CLASS[((b - 0xD8) as usize) << 6 | (b2 & 0x3F) as usize];
                    if c & WORD == 0 {
                        break;
                    }
                    class |= c;
                    i += 2;
                    continue;
                }
                None => break,
            }
        }
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        if !is_word_char(c) {
            break;
        }
        i += c.len_utf8();
    }
    (i, class & FOLDS != 0)
}

/// Where the word that ends at `end` starts (`end` itself when no word char
/// stands before it).
#[inline]
pub(crate) fn word_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

// ---------------------------------------------------------------------------
// Folding

/// One char folded to standard letters: Arabic yeh and kaf to Persian;
/// `None` for the diacritics and kashida that folding drops.
#[inline]
fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064A}' | '\u{0649}' => Some('ی'),
        '\u{0643}' => Some('ک'),
        _ if is_dropped_mark(c) => None,
        _ => Some(c),
    }
}

/// The diacritics and kashida that folding drops from a word.
#[inline]
pub(crate) fn is_dropped_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | KASHIDA)
}

/// Folds a word to standard Persian letters: Arabic yeh and kaf to Persian,
/// diacritics and kashida dropped. Writes into `buf` and returns the folded
/// word, or `None` if it does not fit (no word any table holds is that long).
#[inline]
pub(crate) fn fold<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    // [`fold_char`] on UTF-8 bytes, a char at a time (a unit test holds the
    // two equal): ي ى (D9 8A, D9 89) to ی (DB 8C), ك (D9 83) to ک (DA A9),
    // and the marks D8 90..9A, D9 8B..9F, D9 B0 and kashida D9 80 dropped.
    const YEH: [u8; 2] = [0xDB, 0x8C];
    const KAF: [u8; 2] = [0xDA, 0xA9];
    let b = word.as_bytes();
    let mut len = 0;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let n = match x {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let chunk = b.get(i..i + n)?;
        let out: &[u8] = match chunk {
            [0xD9, 0x8A | 0x89] => &YEH,
            [0xD9, 0x83] => &KAF,
            [0xD8, 0x90..=0x9A] | [0xD9, 0x80 | 0x8B..=0x9F | 0xB0] => &[],
            _ => chunk,
        };
        let dst = buf.get_mut(len..len + out.len())?;
        for (d, &s) in dst.iter_mut().zip(out) {
            *d = s;
        }
        len += out.len();
        i += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// The length in `word` of the part that folds to its first `folded` bytes,
/// with the marks that follow that part (they belong to its last letter).
/// `None` if no char boundary of the folded word falls at `folded`.
pub(crate) fn unfolded_len(word: &str, folded: usize) -> Option<usize> {
    let mut count = 0;
    for (i, c) in word.char_indices() {
        match fold_char(c) {
            // Marks after the part go with it.
            None => continue,
            Some(f) => {
                if count == folded {
                    return Some(i);
                }
                count += f.len_utf8();
            }
        }
    }
    (count == folded).then_some(word.len())
}

/// Whether a word needs folding at all (a check on bytes).
#[inline]
pub(crate) fn needs_fold(word: &str) -> bool {
    let b = word.as_bytes();
    // A char at a time by its lead byte: most words are two-byte letters.
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let second = b.get(i + 1).copied().unwrap_or(0);
        match x {
            0xD9 if matches!(second, 0x80 | 0x83 | 0x89 | 0x8A | 0x8B..=0x9F | 0xB0) => {
                return true
            }
            0xD8 if matches!(second, 0x90..=0x9A) => return true,
            0x00..=0x7F => i += 1,
            0xC0..=0xDF => i += 2,
            0xE0..=0xEF => i += 3,
            _ => i += 4,
        }
    }
    false
}

/// `word` folded to standard letters, borrowing it when nothing changes.
#[inline]
pub(crate) fn fold_word<'a>(word: &'a str, buf: &'a mut [u8; 64]) -> Option<&'a str> {
    if needs_fold(word) {
        fold(word, buf)
    } else {
        Some(word)
    }
}

/// Whether `word`, folded, is one of `list` (words in standard letters): the
/// test every word list of the crate is read with.
#[inline]
pub(crate) fn folded_in(word: &str, list: &[&str]) -> bool {
    let mut buf = [0u8; 64];
    fold_word(word, &mut buf).is_some_and(|w| list.contains(&w))
}

// ---------------------------------------------------------------------------
// Gaps between words

/// What stands between two words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// A space, a tab or a no-break space.
    Space,
    /// A line break.
    Line,
    /// ZWNJ, or what some editors write for it: a soft hyphen, a direction
    /// mark.
    Joiner,
}

/// The gap char starting at byte `i`, with its length; `None` for anything
/// else. Read on bytes: ' ' \t, \n \r, U+00A0 (C2 A0), U+00AD (C2 AD), and
/// U+200C, U+200E, U+200F (E2 80 8C / 8E / 8F).
#[inline(always)]
pub(crate) fn gap_at(b: &[u8], i: usize) -> Option<(Gap, usize)> {
    match *b.get(i)? {
        b' ' | b'\t' => Some((Gap::Space, 1)),
        b'\n' | b'\r' => Some((Gap::Line, 1)),
        0xC2 => match *b.get(i + 1)? {
            0xA0 => Some((Gap::Space, 2)),
            0xAD => Some((Gap::Joiner, 2)),
            _ => None,
        },
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C | 0x8E | 0x8F)) => {
            Some((Gap::Joiner, 3))
        }
        _ => None,
    }
}

/// The length of the gap char at byte `i` (0 when none): [`gap_at`] without
/// telling which, for the one-pass number reader (a unit test holds the two
/// equal).
#[inline(always)]
pub(crate) fn gap_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b' ' | b'\t' | b'\n' | b'\r' => 1,
        0xC2 if matches!(b.get(i + 1), Some(0xA0 | 0xAD)) => 2,
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C | 0x8E | 0x8F)) => {
            3
        }
        _ => 0,
    }
}

/// Past the spaces and joiners at `i`, on one line: what may stand between
/// a number and its unit, or two words of one phrase.
#[inline]
pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while let Some((gap, n)) = gap_at(b, i) {
        if gap == Gap::Line {
            break;
        }
        i += n;
    }
    i
}

/// Back over the spaces and joiners that end at `end`, on one line: the
/// start of the gap [`skip_spaces`] would cross forward.
#[inline]
pub(crate) fn skip_spaces_back(text: &str, end: usize) -> usize {
    text[..end]
        .trim_end_matches(|c| matches!(c, ' ' | '\t' | '\u{00A0}') || ZWNJ_LIKE.contains(&c))
        .len()
}

/// The word that ends at `end`, or before it across spaces and joiners on
/// one line.
#[inline]
pub(crate) fn word_before(text: &str, end: usize) -> Option<Range<usize>> {
    let end = skip_spaces_back(text, end);
    let start = word_start(text, end);
    (start < end).then_some(start..end)
}

/// The end of the char at byte `i` (`i + 1` past the text's end).
#[inline]
pub(crate) fn char_end(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

/// Whether `c` is trimmed from around a whole expression or sentence:
/// whitespace, and the invisible joiners and marks ([`ZWNJ_LIKE`], the BOM).
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, ZWNJ | SOFT_HYPHEN | LRM | RLM | BOM)
}

/// Horizontal whitespace: what the normalizer collapses to one space.
#[inline]
pub(crate) fn is_horizontal_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}'
    )
}

// ---------------------------------------------------------------------------
// Digits and the separators inside numbers

/// The value of a digit in any of the three scripts (ASCII, Persian
/// U+06F0..U+06F9, Arabic-Indic U+0660..U+0669).
#[inline]
pub(crate) const fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        _ => None,
    }
}

/// Whether `c` is a digit of any of the three scripts.
#[inline]
pub(crate) const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The digit of any script starting at byte `i` of `s`, with its length.
#[inline]
pub(crate) fn digit_at(s: &str, i: usize) -> Option<(u8, usize)> {
    let b = s.as_bytes();
    match b.get(i)? {
        &d @ b'0'..=b'9' => Some((d - b'0', 1)),
        0xDB => match b.get(i + 1)? {
            &d @ 0xB0..=0xB9 => Some((d - 0xB0, 2)),
            _ => None,
        },
        0xD9 => match b.get(i + 1)? {
            &d @ 0xA0..=0xA9 => Some((d - 0xA0, 2)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a digit of any script starts at byte `i`.
#[inline]
pub(crate) fn is_digit_start(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'0'..=b'9' => true,
        0xDB => matches!(bytes.get(i + 1), Some(0xB0..=0xB9)),
        0xD9 => matches!(bytes.get(i + 1), Some(0xA0..=0xA9)),
        _ => false,
    }
}

/// The Persian thousands separator, U+066C `٬`.
pub(crate) const GROUP_SEPARATOR: char = '\u{066C}';
/// The Persian decimal separator, U+066B `٫`.
pub(crate) const DECIMAL_SEPARATOR: char = '\u{066B}';

/// Whether `c` is read as a group (thousands) separator: `٬`, `,` or `،`.
#[inline]
pub(crate) const fn is_group_separator(c: char) -> bool {
    matches!(c, GROUP_SEPARATOR | ',' | '\u{060C}')
}

/// Whether `c` is read as a decimal point: `٫` or `.` (and `/` when `slash`:
/// the caller decides whether "۳/۵" is 3.5).
#[inline]
pub(crate) const fn is_decimal_point(c: char, slash: bool) -> bool {
    matches!(c, DECIMAL_SEPARATOR | '.') || (slash && c == '/')
}

/// Whether `c` may stand between two digits inside one written number: the
/// group separators, the decimal points, and `/` `:` of dates, times and
/// identifiers ("۲٬۵۲۱", "3.5", "۱۴۰۲/۰۵/۱۲", "۱۰:۳۰").
#[inline]
pub(crate) const fn is_number_separator(c: char) -> bool {
    is_group_separator(c) || is_decimal_point(c, true) || c == ':'
}

/// The end of a run of digits and the separators between them starting at
/// `from`: a separator counts only with a digit after it.
pub(crate) fn number_run_end(s: &str, from: usize) -> usize {
    let mut end = from;
    let mut iter = s[from..].char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        if is_digit(c) {
            end = from + k + c.len_utf8();
        } else if !(is_number_separator(c) && iter.peek().is_some_and(|&(_, n)| is_digit(n))) {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_shortcut_holds_no_letter() {
        for c in ('\u{2000}'..='\u{206F}').chain(['«', '»']) {
            assert!(!c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    /// Every alphabetic char of the Arabic block is a word char; every word
    /// char that is not alphabetic is one of the block's combining marks.
    #[test]
    fn arabic_table_matches_unicode() {
        let marks = |cp: u32| {
            matches!(
                cp,
                0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
                    | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED | 0x0640
            )
        };
        for cp in 0x0600..0x0700u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if c.is_alphabetic() && !marks(cp) {
                assert!(is_word_char(c), "U+{cp:04X} is a letter");
            }
            if is_word_char(c) {
                assert!(c.is_alphabetic() || marks(cp), "U+{cp:04X} is no letter");
            }
            let bytes = c.to_string().into_bytes();
            assert_eq!(is_arabic_word_pair(bytes[0], bytes[1]), is_word_char(c));
        }
        // The Sindhi signs are symbols, not letters: tokens and finders agree.
        assert!(!is_word_char('\u{06FD}') && !is_word_char('\u{06FE}'));
    }

    #[test]
    fn fold_class_is_needs_fold() {
        for cp in 0x0600..0x0700u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let word = format!("ب{c}ب");
            let (_, folds) = word_end_folds(&word, 0);
            if is_word_char(c) {
                assert_eq!(folds, needs_fold(&word), "U+{cp:04X}");
            }
        }
        assert_eq!(word_end_folds("كتاب سه", 0), (8, true));
        assert_eq!(word_end_folds("کتاب سه", 0), (8, false));
    }

    #[test]
    fn byte_fold_is_char_fold() {
        let words = [
            "علي",
            "موسى",
            "كتاب",
            "ســـلام",
            "بِسْمِ",
            "\u{0610}\u{061A}\u{0670}a\u{0640}",
            "چهار‌صد",
            "ﻻ€𝄞",
            "",
        ];
        for w in words {
            let expected: String = w.chars().filter_map(fold_char).collect();
            let mut buf = [0u8; 64];
            assert_eq!(fold(w, &mut buf), Some(expected.as_str()), "{w:?}");
        }
        let mut buf = [0u8; 64];
        assert_eq!(fold(&"ي".repeat(33), &mut buf), None);
        assert_eq!(
            fold(&"ي".repeat(32), &mut buf),
            Some("ی".repeat(32).as_str())
        );
    }

    #[test]
    fn gaps_and_digits_on_bytes_agree_with_chars() {
        for c in ['\u{00A0}', SOFT_HYPHEN, ZWNJ, LRM, RLM, ' ', '\t', '\n'] {
            let s = c.to_string();
            let (_, n) = gap_at(s.as_bytes(), 0).expect("a gap");
            assert_eq!(n, c.len_utf8());
            assert!(is_space(c), "U+{:04X}", c as u32);
        }
        assert_eq!(gap_at("\u{200D}".as_bytes(), 0), None);
        for c in ('\0'..='\u{07FF}').chain('\u{2000}'..='\u{20FF}') {
            let s = c.to_string();
            let b = s.as_bytes();
            assert_eq!(gap_len(b, 0), gap_at(b, 0).map_or(0, |g| g.1), "{c:?}");
        }
        assert_eq!(skip_spaces("۵ \u{200C} درصد", 2), 7);
        assert_eq!(skip_spaces("۵\nدرصد", 2), 2);
        for c in ('\0'..='\u{07FF}').chain(['\u{2212}']) {
            let s = c.to_string();
            assert_eq!(digit_at(&s, 0).map(|d| d.0), digit_value(c), "{c:?}");
            assert_eq!(is_digit_start(s.as_bytes(), 0), is_digit(c), "{c:?}");
        }
        assert_eq!(number_run_end("۱۴۰۲/۰۵/۱۲ و", 0), 18);
        assert_eq!(number_run_end("3.5. بعد", 0), 3);
        assert_eq!(word_start("سه کتاب", 13), 5);
    }
}
