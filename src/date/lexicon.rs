//! The words of dates: the month names of the three calendars with their
//! common spellings, the weekdays, the words that name a year, and the era
//! marks written after one. Words are compared folded to standard letters
//! (`text::fold_word`), so Arabic ي and ك read the same.

use super::calendar::{Calendar, Weekday};
use crate::text;

/// How much context a month name needs before it counts as a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// A name that is rarely anything else: a month also after a word such
    /// as "در" or "اواخر" ("در آبان").
    Plain,
    /// A name that is also a common word or a person's name (مهر
    /// "kindness", تیر "arrow", دی, خرداد, بهمن, every lunar month, the
    /// Gregorian names): a month only with a day, a year or "ماه".
    Trap,
    /// "می" and "مه" (the verb prefix, "fog"): a month only between a day
    /// and a year.
    Strict,
}

/// A word a date may be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A month name.
    Month(Calendar, u8, Strength),
    /// The first word of a lunar month written in two (ربیع, جمادی, ذی):
    /// the number of its first month.
    HijriHead(u8),
    /// "سال".
    Year,
    /// A year named by one word: امسال (0), پارسال (-1), پیرارسال (-2).
    ThisYear(i8),
    /// "ماه".
    Mah,
}

use Calendar::{Gregorian as G, Hijri as H, Jalali as J};
use Strength::{Plain as P, Strict as S, Trap as T};

/// Every word of [`Word`], in standard letters.
const WORDS: &[(&str, Word)] = &[
    ("فروردین", Word::Month(J, 1, P)),
    ("اردیبهشت", Word::Month(J, 2, P)),
    ("خرداد", Word::Month(J, 3, T)),
    ("تیر", Word::Month(J, 4, T)),
    ("مرداد", Word::Month(J, 5, P)),
    ("امرداد", Word::Month(J, 5, P)),
    ("شهریور", Word::Month(J, 6, P)),
    ("مهر", Word::Month(J, 7, T)),
    ("آبان", Word::Month(J, 8, P)),
    ("آذر", Word::Month(J, 9, P)),
    ("دی", Word::Month(J, 10, T)),
    ("بهمن", Word::Month(J, 11, T)),
    ("اسفند", Word::Month(J, 12, P)),
    ("ژانویه", Word::Month(G, 1, T)),
    ("ژانویهٔ", Word::Month(G, 1, T)),
    ("فوریه", Word::Month(G, 2, T)),
    ("مارس", Word::Month(G, 3, T)),
    ("مارچ", Word::Month(G, 3, T)),
    ("آوریل", Word::Month(G, 4, T)),
    ("اپریل", Word::Month(G, 4, T)),
    ("مه", Word::Month(G, 5, S)),
    ("می", Word::Month(G, 5, S)),
    ("ژوئن", Word::Month(G, 6, T)),
    ("جون", Word::Month(G, 6, T)),
    ("ژوئیه", Word::Month(G, 7, T)),
    ("ژوییه", Word::Month(G, 7, T)),
    ("جولای", Word::Month(G, 7, T)),
    ("اوت", Word::Month(G, 8, T)),
    ("آگوست", Word::Month(G, 8, T)),
    ("اگوست", Word::Month(G, 8, T)),
    ("سپتامبر", Word::Month(G, 9, T)),
    ("اکتبر", Word::Month(G, 10, T)),
    ("نوامبر", Word::Month(G, 11, T)),
    ("دسامبر", Word::Month(G, 12, T)),
    ("محرم", Word::Month(H, 1, T)),
    ("صفر", Word::Month(H, 2, T)),
    ("ربیع", Word::HijriHead(3)),
    ("جمادی", Word::HijriHead(5)),
    ("رجب", Word::Month(H, 7, T)),
    ("شعبان", Word::Month(H, 8, T)),
    ("رمضان", Word::Month(H, 9, T)),
    ("شوال", Word::Month(H, 10, T)),
    ("ذیقعده", Word::Month(H, 11, T)),
    ("ذیالقعده", Word::Month(H, 11, T)),
    ("ذی", Word::HijriHead(11)),
    ("ذیحجه", Word::Month(H, 12, T)),
    ("ذیالحجه", Word::Month(H, 12, T)),
    ("سال", Word::Year),
    ("امسال", Word::ThisYear(0)),
    ("پارسال", Word::ThisYear(-1)),
    ("پیرارسال", Word::ThisYear(-2)),
    ("ماه", Word::Mah),
];

/// The second word of a lunar month written in two, after its head: which
/// of the head's two months it names (0 the first, 1 the second).
const HIJRI_TAILS: &[(u8, &str, u8)] = &[
    (3, "الاول", 0),
    (3, "الثانی", 1),
    (3, "الآخر", 1),
    (3, "الاخر", 1),
    (5, "الاول", 0),
    (5, "الاولی", 0),
    (5, "الثانی", 1),
    (5, "الثانیه", 1),
    (5, "الآخر", 1),
    (5, "الاخر", 1),
    (5, "الاخری", 1),
    (11, "القعده", 0),
    (11, "الحجه", 1),
];

/// The words after "سال" that name a year relative to the writer's:
/// "سال جاری" is this year.
const RELATIVE: &[(&str, i8)] = &[
    ("جاری", 0),
    ("گذشته", -1),
    ("قبل", -1),
    ("آینده", 1),
    ("آتی", 1),
];

/// The words before a month name alone that make it a month: "در آبان",
/// "اواخر اسفند". A month of [`Strength::Plain`] needs one of them.
const BEFORE_MONTH: &[&str] = &[
    "در",
    "از",
    "تا",
    "اوایل",
    "اوائل",
    "اواسط",
    "اواخر",
    "ابتدای",
    "انتهای",
    "پایان",
    "نیمه",
    "نیمهٔ",
    "طی",
    "آخر",
    "ماه",
    "اول",
];

/// The word that ends a weekday written in two ("سه شنبه") or alone.
const SHANBE: &str = "شنبه";

/// Weekdays written as one word, in standard letters (with ZWNJ the parts
/// are two words, read through [`SHANBE`] and the number before it).
const WEEKDAY_WORDS: &[(&str, Weekday)] = &[
    ("شنبه", Weekday::Saturday),
    ("یکشنبه", Weekday::Sunday),
    ("دوشنبه", Weekday::Monday),
    ("سهشنبه", Weekday::Tuesday),
    ("چهارشنبه", Weekday::Wednesday),
    ("پنجشنبه", Weekday::Thursday),
    ("جمعه", Weekday::Friday),
];

/// The number words written before a separate "شنبه".
const WEEKDAY_HEADS: &[(&str, Weekday)] = &[
    ("یک", Weekday::Sunday),
    ("دو", Weekday::Monday),
    ("سه", Weekday::Tuesday),
    ("چهار", Weekday::Wednesday),
    ("پنج", Weekday::Thursday),
];

/// Era marks after a year, in standard letters, longest first where one
/// starts another: the calendar each names.
const ERAS: &[(&str, Calendar)] = &[
    ("هجری شمسی", J),
    ("هجری قمری", H),
    ("ه.ش", J),
    ("ه.ق", H),
    // With ZWJ, as typesetters join the ه to the full stop.
    ("ه\u{200D}.ش", J),
    ("ه\u{200D}.ق", H),
    ("ه ش", J),
    ("ه ق", H),
    ("شمسی", J),
    ("خورشیدی", J),
    ("میلادی", G),
    ("قمری", H),
    ("ش", J),
    ("م", G),
    ("ق", H),
];

/// The first three letters of every word of [`WORDS`] (the first two and
/// "no third" for a word of two: دی, می), with Arabic ي ى and ك for their
/// Persian letters, hashed into 65,536 bits: a word that starts otherwise is
/// no date word, and the finder skips it without reading it.
const STARTS: [u64; 1024] = starts();

/// The index of an Arabic-block letter from its two bytes: 0..256.
const fn letter_index(lead: u8, second: u8) -> usize {
    ((lead.wrapping_sub(0xD8) as usize) & 3) << 6 | (second & 0x3F) as usize
}

/// The bit of a word's start: its first two letters and the third (0 for
/// none).
const fn start_bit(l1: usize, l2: usize, l3: usize) -> usize {
    ((l1 << 8 | l2) * 263 + l3) & 0xFFFF
}

/// The Arabic ي ى and ك a Persian ی and ک may be written with.
const fn variants(lead: u8, second: u8) -> [(u8, u8); 3] {
    match (lead, second) {
        (0xDB, 0x8C) => [(0xDB, 0x8C), (0xD9, 0x8A), (0xD9, 0x89)],
        (0xDA, 0xA9) => [(0xDA, 0xA9), (0xD9, 0x83), (0xD9, 0x83)],
        _ => [(lead, second); 3],
    }
}

const fn starts() -> [u64; 1024] {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0.as_bytes();
        let (a, b) = (variants(w[0], w[1]), variants(w[2], w[3]));
        let c = if w.len() >= 6 {
            variants(w[4], w[5])
        } else {
            // A word of two letters alone, and دی with ماه glued
            // ("دیماه").
            let di = w[0] == 0xD8 && w[1] == 0xAF && w[2] == 0xDB && w[3] == 0x8C;
            [(0, 0), if di { (0xD9, 0x85) } else { (0, 0) }, (0, 0)]
        };
        let mut x = 0;
        while x < 27 {
            let (p, q, r) = (a[x / 9], b[x / 3 % 3], c[x % 3]);
            let l3 = if r.0 == 0 {
                0
            } else {
                letter_index(r.0, r.1) + 1
            };
            let k = start_bit(letter_index(p.0, p.1), letter_index(q.0, q.1), l3);
            bits[k >> 6] |= 1 << (k & 63);
            x += 1;
        }
        i += 1;
    }
    bits
}

/// Whether the letters at `b[i..]` may start a date word. The caller has
/// checked that a letter of the Arabic block starts at `i`; a third letter
/// counts when it is one too (a letter of the block, `is_letter` says).
#[inline(always)]
pub(crate) fn may_start(b: &[u8], i: usize, is_letter: impl Fn(u8, u8) -> bool) -> bool {
    let Some(&[l1, s1, l2, s2]) = b.get(i..i + 4) else {
        return false;
    };
    if !is_letter(l2, s2) {
        return false;
    }
    let l3 = match b.get(i + 4..i + 6) {
        Some(&[l3, s3]) if is_letter(l3, s3) => letter_index(l3, s3) + 1,
        _ => 0,
    };
    let k = start_bit(letter_index(l1, s1), letter_index(l2, s2), l3);
    STARTS[k >> 6] & (1 << (k & 63)) != 0
}

/// The date word `word` is (as written, folded here), if any; a month with
/// "ماه" glued to it ("تیرماه") also, with `true`.
#[inline]
pub(crate) fn word(word: &str) -> Option<(Word, bool)> {
    let mut buf = [0u8; 64];
    let word = text::fold_word(word, &mut buf)?;
    // The finder's filter: most words start like no date word.
    let letter = |lead: u8, _: u8| (0xD8..=0xDB).contains(&lead);
    if !may_start(word.as_bytes(), 0, letter) {
        return None;
    }
    if let Some(w) = lookup(word) {
        return Some((w, false));
    }
    // "تیرماه", "آذرماه": the month before a glued ماه.
    let stem = word.strip_suffix("ماه")?;
    match lookup(stem)? {
        w @ Word::Month(..) => Some((w, true)),
        _ => None,
    }
}

/// A folded word's entry in [`WORDS`].
fn lookup(word: &str) -> Option<Word> {
    entry(word, WORDS)
}

/// The value `word` (in standard letters) has in `table`.
fn entry<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    table.iter().find(|(s, _)| *s == word).map(|&(_, v)| v)
}

/// The value `word`, folded to standard letters, has in `table`.
fn folded_entry<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    let mut buf = [0u8; 64];
    entry(text::fold_word(word, &mut buf)?, table)
}

/// The month a lunar head and its second word name together.
pub(crate) fn hijri_tail(head: u8, tail: &str) -> Option<u8> {
    let mut buf = [0u8; 64];
    let t = text::fold_word(tail, &mut buf)?;
    HIJRI_TAILS
        .iter()
        .find(|&&(h, s, _)| h == head && s == t)
        .map(|&(_, _, k)| head + k)
}

/// The offset a word after "سال" gives ("جاری" 0, "گذشته" -1, …).
pub(crate) fn relative(word: &str) -> Option<i8> {
    folded_entry(word, RELATIVE)
}

/// Whether `word` before a month alone makes it one ("در", "اواخر").
pub(crate) fn before_month(word: &str) -> bool {
    text::folded_in(word, BEFORE_MONTH)
}

/// The weekday `word` names alone ("چهارشنبه", "شنبه").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    folded_entry(word, WEEKDAY_WORDS)
}

/// Whether `word` is "شنبه", which a number word before it may make another
/// day ("سه شنبه").
pub(crate) fn is_shanbe(word: &str) -> bool {
    text::folded_in(word, &[SHANBE])
}

/// The weekday a number word before a separate "شنبه" makes ("سه").
pub(crate) fn weekday_head(word: &str) -> Option<Weekday> {
    folded_entry(word, WEEKDAY_HEADS)
}

/// The era mark starting at `pos` (right after a year, glued or after a
/// space), with its end: "ه.ش", "میلادی", a glued "ش".
pub(crate) fn era_at(text: &str, pos: usize) -> Option<(Calendar, usize)> {
    let rest = text.get(pos..)?;
    for &(mark, cal) in ERAS {
        if let Some(after) = rest.strip_prefix(mark) {
            // The mark is a word of its own: no letter follows it.
            let end = pos + mark.len();
            if after.chars().next().is_none_or(|c| !text::is_word_char(c)) {
                return Some((cal, end));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_passes_the_filter() {
        for &(w, v) in WORDS {
            assert_eq!(word(w), Some((v, false)), "{w}");
        }
        assert_eq!(word("تیرماه"), Some((Word::Month(J, 4, T), true)));
        assert_eq!(word("ماهماه"), None);
        assert_eq!(word("كتاب"), None);
        // Arabic yeh folds: "دي" is دی.
        assert_eq!(word("دي"), Some((Word::Month(J, 10, T), false)));
    }

    #[test]
    fn starts_pass_every_word_and_few_others() {
        let letter = |lead: u8, _: u8| (0xD8..=0xDB).contains(&lead);
        for &(w, _) in WORDS {
            assert!(may_start(w.as_bytes(), 0, letter), "{w}");
            if w.len() >= 6 || w == "دی" {
                let glued = format!("{w}ماه");
                assert!(may_start(glued.as_bytes(), 0, letter), "{glued}");
            }
        }
        assert!(may_start("دي".as_bytes(), 0, letter));
        assert!(may_start("ربيع".as_bytes(), 0, letter));
        for w in [
            "کتاب", "هزار", "گفت", "وی", "این", "که", "است", "به", "مهم", "شود",
        ] {
            assert!(!may_start(w.as_bytes(), 0, letter), "{w}");
        }
    }

    #[test]
    fn tails_and_eras() {
        assert_eq!(hijri_tail(3, "الاول"), Some(3));
        assert_eq!(hijri_tail(3, "الثانی"), Some(4));
        assert_eq!(hijri_tail(11, "الحجه"), Some(12));
        assert_eq!(hijri_tail(11, "الاول"), None);
        assert_eq!(era_at("۱۴۰۳ ه.ش.", 9), Some((J, 14)));
        assert_eq!(era_at("x شمسی", 2), Some((J, 10)));
        assert_eq!(era_at("x شما", 2), None);
    }
}
