//! Numbers found in running text, and text rewritten around them.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::lexicon::{self, Lex, Ordinal, ZWNJ_LIKE};
use super::parse::{scan_number, with_scale_adjective, Mode, Parser};
use super::value::Number;
use super::words::{OrdinalStyle, Spelling};
use crate::digits::{self, Script};
use crate::error::ErrorKind;
use crate::unit::Unit;

/// A number found in running text: where it stands, what it says, and its
/// exact value.
///
/// # Example
///
/// ```
/// use parsi::{find_numbers, Number};
///
/// let text = "هزار و 214کودک";
/// let m = find_numbers(text).next().unwrap();
/// assert_eq!(m.as_str(), "هزار و 214");
/// assert_eq!(m.range(), 0..15);
/// assert_eq!((m.start(), m.end()), (0, 15));
/// assert_eq!(&text[m.range()], m.as_str());
/// assert_eq!(m.value(), Number::from(1214));
/// assert!(!m.is_ordinal());
/// assert_eq!(m.unit(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    value: Number,
    ordinal: Ordinal,
    unit: Option<Unit>,
    /// Ends in a scale adjective ("۷۰ میلیونی"): spell_numbers keeps its ی.
    adjective: bool,
}

impl<'t> NumberMatch<'t> {
    /// Byte offset of the start of the match in the searched text.
    ///
    /// ```
    /// assert_eq!(parsi::find_numbers("سال ۱۴۰۰").next().unwrap().start(), 7);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end of the match.
    ///
    /// ```
    /// assert_eq!(parsi::find_numbers("سال ۱۴۰۰").next().unwrap().end(), 15);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range of the match.
    ///
    /// ```
    /// assert_eq!(parsi::find_numbers("سال ۱۴۰۰").next().unwrap().range(), 7..15);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The matched text.
    ///
    /// ```
    /// assert_eq!(parsi::find_numbers("در نیمه اول سال").next().unwrap().as_str(), "اول");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// The exact value.
    ///
    /// ```
    /// let m = parsi::find_numbers("۲٫۵ میلیون نفر").next().unwrap();
    /// assert_eq!(m.value(), parsi::Number::from(2_500_000));
    /// ```
    pub fn value(&self) -> Number {
        self.value
    }

    /// Whether the match is an ordinal ("اول", "بیست و یکمین", "۲۱ام").
    ///
    /// ```
    /// assert!(parsi::find_numbers("بیست و یکمین سالگرد").next().unwrap().is_ordinal());
    /// ```
    pub fn is_ordinal(&self) -> bool {
        self.ordinal != Ordinal::None
    }

    /// The unit written right after the number (percent or a currency), if
    /// any. The unit is not part of the match.
    ///
    /// ```
    /// use parsi::{Currency, Unit};
    /// let m = parsi::find_numbers("۵۰ هزار تومان").next().unwrap();
    /// assert_eq!(m.unit(), Some(Unit::Currency(Currency::Toman)));
    /// assert_eq!(m.as_str(), "۵۰ هزار");
    /// ```
    pub fn unit(&self) -> Option<Unit> {
        self.unit
    }
}

impl fmt::Debug for NumberMatch<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NumberMatch")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("text", &self.as_str())
            .field("value", &self.value)
            .field("ordinal", &self.is_ordinal())
            .field("unit", &self.unit)
            .finish()
    }
}

impl<'t> From<NumberMatch<'t>> for &'t str {
    fn from(m: NumberMatch<'t>) -> &'t str {
        m.as_str()
    }
}

impl<'t> From<NumberMatch<'t>> for Range<usize> {
    fn from(m: NumberMatch<'t>) -> Range<usize> {
        m.range()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for NumberMatch<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("NumberMatch", 6)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("ordinal", &self.is_ordinal())?;
        st.serialize_field("unit", &self.unit)?;
        st.end()
    }
}

/// An iterator over the numbers in a text, created by [`find_numbers`].
#[derive(Debug, Clone)]
pub struct NumberMatches<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> NumberMatches<'t> {
    /// The part of the text not yet searched.
    ///
    /// ```
    /// let mut it = parsi::find_numbers("۱ و ۲");
    /// it.next();
    /// assert_eq!(it.as_str(), " و ۲");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }
}

/// Finds every number in `text`, in order: each match is the longest valid
/// number expression at its place, and matches do not overlap.
///
/// Everything [`parse_number`](crate::parse_number) accepts is found, glued to
/// the words around it or not ("تعداد61", "117کودک", "2میلیارد"). "و" joins
/// two parts only when together they are one expression ("هزار و 214" is
/// 1214, "سال 1400 و 1401" is two numbers).
///
/// Not reported: weekdays (چهارشنبه, "سه شنبه"), "نه" meaning "not" (a lone
/// "نه" is 9 only before a word it counts: "نه ماه", "نه درصد"), approximate
/// amounts (هزاران, صدها, ده‌ها, "صدها هزار", "چند صد"), words that merely
/// contain a numeral (سیب, صدا), verbs such as "می دهم" and "انجام دهم",
/// identifiers, dates and times written with "/" or ":" ("7388/6012",
/// "۱۴۰۲/۰۵/۱۲", "۱۰:۳۰"), digits joined by hyphens in three groups or more
/// ("0912-123-4567") or following a Latin name ("COVID-19").
///
/// The words around a number are compared in Persian letters, so text typed
/// with Arabic ي and ك is read the same way, and a soft hyphen or direction
/// mark written for ZWNJ reads as one. Arabic presentation forms ("ﻳﻚ",
/// copied out of PDFs) are not read: run such text through
/// [`normalize`](crate::normalize) first. A "/" between digits is a decimal
/// point only where the result reads as one ("۳/۵ درصد" is 3.5).
///
/// # Example
///
/// ```
/// use parsi::find_numbers;
///
/// let text = "در سال گذشته 2میلیارد و 521میلیون ریال تخصیص یافت";
/// let found: Vec<_> = find_numbers(text).map(|m| (m.as_str(), m.value().to_string())).collect();
/// assert_eq!(found, [("2میلیارد و 521میلیون", "2521000000".to_string())]);
///
/// let traps = "روز چهارشنبه، نه تنها 7388/6012";
/// assert_eq!(find_numbers(traps).count(), 0);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; nothing is allocated.
pub fn find_numbers(text: &str) -> NumberMatches<'_> {
    NumberMatches { text, pos: 0 }
}

impl<'t> Iterator for NumberMatches<'t> {
    type Item = NumberMatch<'t>;

    fn next(&mut self) -> Option<NumberMatch<'t>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let opts = Parser::new();
        while self.pos < bytes.len() {
            let i = self.pos;
            let b = bytes[i];
            let candidate_end = if is_digit_start(bytes, i) {
                if preceded_by_latin(bytes, i) {
                    self.pos = skip_alnum(text, i);
                    continue;
                }
                if let Some(end) = hyphen_chain_end(text, i) {
                    self.pos = end;
                    continue;
                }
                None
            } else if b < 0x80 {
                if matches!(b, b'-') && minus_starts_number(bytes, i, 1) {
                    None
                } else {
                    self.pos = i + 1;
                    continue;
                }
            } else {
                let c = match text[i..].chars().next() {
                    Some(c) => c,
                    None => break,
                };
                if c == '\u{2212}' && minus_starts_number(bytes, i, 3) {
                    // The minus sign, as parse_number reads it: "−۵".
                    None
                } else if !lexicon::is_word_char(c) {
                    self.pos = i + c.len_utf8();
                    continue;
                } else {
                    let (e, folds) = lexicon::word_end_folds(text, i);
                    if !may_start_number(&text[i..e], folds) || glued_by_zwnj(text, i) {
                        self.pos = e;
                        continue;
                    }
                    Some(e)
                }
            };
            let skip_to = candidate_end.unwrap_or(i + 1);
            match scan_number(text, i, text.len(), Mode::Prefix, &opts) {
                Ok(mut s) => {
                    if b == b'-' && list_marker(text, &s) {
                        // The number itself is read from the digit on.
                        self.pos = i + 1;
                        continue;
                    }
                    self.pos = s.end.max(after_char(text, i));
                    if rejected_by_context(text, &s) {
                        continue;
                    }
                    let adjective = match scale_adjective(text, &s, &opts) {
                        Some(a) => {
                            s = a;
                            self.pos = s.end;
                            true
                        }
                        None => false,
                    };
                    let mut m = NumberMatch {
                        text,
                        start: s.start,
                        end: s.end,
                        value: s.value,
                        ordinal: s.ordinal,
                        unit: None,
                        adjective,
                    };
                    let pos = skip_spaces(text, m.end);
                    m.unit = lexicon::unit_at(text, pos).map(|(u, _)| u);
                    return Some(m);
                }
                Err(r) => {
                    self.pos =
                        if r.kind == ErrorKind::MalformedDigits || r.kind == ErrorKind::Overflow {
                            r.end.max(after_char(text, i))
                        } else if candidate_end.is_none() {
                            skip_digits(text, i)
                        } else {
                            skip_to
                        };
                }
            }
        }
        self.pos = bytes.len();
        None
    }
}

impl FusedIterator for NumberMatches<'_> {}

#[inline]
fn is_digit_start(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'0'..=b'9' => true,
        0xDB => matches!(bytes.get(i + 1), Some(0xB0..=0xB9)),
        0xD9 => matches!(bytes.get(i + 1), Some(0xA0..=0xA9)),
        _ => false,
    }
}

/// Digits right after a Latin letter, or after a letter and a hyphen: part
/// of a name or code ("A4", "X5", "COVID-19", "F-16").
fn preceded_by_latin(bytes: &[u8], i: usize) -> bool {
    match i {
        0 => false,
        1 => bytes[0].is_ascii_alphabetic(),
        _ => {
            bytes[i - 1].is_ascii_alphabetic()
                || bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_alphabetic()
        }
    }
}

/// The end of three or more digit groups joined by hyphens starting at `i`
/// (a telephone number "0912-123-4567", an ISBN): an identifier, not numbers.
/// Two groups ("10-15", "۹۹-۹۸") are a range and are read as two numbers.
fn hyphen_chain_end(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = skip_digits(text, i);
    let mut hyphens = 0;
    while j + 1 < bytes.len() && bytes[j] == b'-' && is_digit_start(bytes, j + 1) {
        j = skip_digits(text, j + 1);
        hyphens += 1;
    }
    (hyphens >= 2).then_some(j)
}

/// Words before a hyphen and digits that make the hyphen a minus sign even
/// when a word follows the number: "به -3 رسید", "از -2 تا 4".
const SIGNED_AFTER: [&str; 7] = ["به", "تا", "از", "دمای", "دما", "حدود", "برابر"];

/// Whether the hyphen starting `s` marks a numbered list item ("-1 کلیه
/// فعالیت‌ها", "-2 انجام صحیح امور": the "1-" of a list, stored in logical
/// order) rather than a minus sign. In 5.5 MB of news every hyphen before
/// digits after a space is such a marker. The hyphen stays a minus sign where
/// no word follows ("دمای -5."), where a unit or درجه follows ("-2 درصد", "-5
/// درجه"), and after a word of [`SIGNED_AFTER`].
fn list_marker(text: &str, s: &super::parse::Scanned) -> bool {
    let mut next_buf = [0u8; 64];
    let Some(next) = next_word(text, s.end).and_then(|w| lexicon::fold_word(w, &mut next_buf))
    else {
        return false;
    };
    if next == "درجه" || lexicon::unit_at(text, skip_spaces(text, s.end)).is_some() {
        return false;
    }
    let mut prev_buf = [0u8; 64];
    let prev = prev_word(text, s.start).and_then(|w| lexicon::fold_word(w, &mut prev_buf));
    !prev.is_some_and(|w| SIGNED_AFTER.contains(&w))
}

/// The number `s` taken together with a scale adjective right after it:
/// "جمعیت ۷۰ میلیونی" (seventy-million), "فرار مالیاتی 1000 میلیاردی", "اسکناس
/// ده هزاری". The match ends after the adjective and its value includes the
/// scale, read by the grammar as if the word were the bare scale ("سه میلیون
/// و دویست هزاری" is 3,200,000). A scale adjective with no number before it
/// ("هزاری", also a family name) is not a number.
fn scale_adjective(
    text: &str,
    s: &super::parse::Scanned,
    opts: &Parser,
) -> Option<super::parse::Scanned> {
    if s.ordinal != Ordinal::None {
        return None;
    }
    let at = skip_spaces(text, s.end);
    // Most numbers are followed by no scale word at all: test its first
    // letter before reading the word.
    if !text[at..].starts_with(lexicon::SCALE_INITIALS) {
        return None;
    }
    with_scale_adjective(text, s.start, at, opts)
}

/// Whether the minus (`len` bytes: "-", or U+2212) at `i` starts a number:
/// digits right after it, and before it the start of the text, a space, a
/// bracket, or a direction mark (written to keep "-2.5" the right way round
/// in right-to-left text).
fn minus_starts_number(bytes: &[u8], i: usize, len: usize) -> bool {
    let before_ok = i == 0
        || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'(')
        || i >= 3 && matches!(bytes[i - 3..i], [0xE2, 0x80, 0x8E | 0x8F]);
    before_ok && i + len < bytes.len() && is_digit_start(bytes, i + len)
}

fn skip_alnum(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric()))
        .map_or(text.len(), |(k, _)| i + k)
}

fn skip_digits(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| digits::value(c).is_none())
        .map_or(text.len(), |(k, _)| i + k)
        .max(after_char(text, i))
}

/// The end of the char at `i` (a candidate may start with the three-byte
/// minus sign).
fn after_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

/// Past spaces, tabs, ZWNJ (E2 80 8C), the direction marks (E2 80 8E, 8F),
/// soft hyphens (C2 AD) and no-break spaces (C2 A0), by their bytes.
pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        match b[i..] {
            [b' ' | b'\t', ..] => i += 1,
            [0xC2, 0xAD | 0xA0, ..] => i += 2,
            // ZWNJ and the direction marks written for it
            [0xE2, 0x80, 0x8C | 0x8E | 0x8F, ..] => i += 3,
            _ => break,
        }
    }
    i
}

/// Whether a word can begin a number expression (a cheap check before the
/// scanner runs); `folds` tells whether the word needs [`lexicon::fold`].
fn may_start_number(word: &str, folds: bool) -> bool {
    if word.len() < 2 || word.len() > 64 || word == lexicon::AND {
        return false;
    }
    let mut buf = [0u8; 64];
    // Whether it folds was learnt while finding the word's end.
    let folded = if folds {
        match lexicon::fold(word, &mut buf) {
            Some(f) => f,
            None => return false,
        }
    } else {
        word
    };
    match lexicon::classify(folded) {
        Some((Lex::And | Lex::Suffix | Lex::GluedSuffix | Lex::Point, _)) => false,
        Some(_) => true,
        None => {
            // Glued forms the scanner splits: "وپنج", "هزارو", "هزارتومان".
            // (Not "هفتادوچهار", number words glued on both sides of و: the
            // scanner reads it inside an expression, "سه هزاروسیصد", but
            // testing every word for it here cost 8% of the finder's speed
            // when measured, for a form seen once in 5.5 MB of news.)
            folded.starts_with(lexicon::AND) && lexicon::classify(&folded[2..]).is_some()
                || folded.ends_with(lexicon::AND)
                    && lexicon::classify(&folded[..folded.len() - 2]).is_some()
                || lexicon::glued_unit_stem(folded).is_some()
                || lexicon::one_glued_to_scale(folded).is_some()
        }
    }
}

/// Whether the word at `i` is joined by ZWNJ (or what stands for it) to a
/// word before it ("چند‌صد").
fn glued_by_zwnj(text: &str, i: usize) -> bool {
    let before = &text[..i];
    match before.strip_suffix(ZWNJ_LIKE) {
        Some(b) => b.chars().next_back().is_some_and(lexicon::is_word_char),
        None => false,
    }
}

/// Words a lone "نه" counts ("نه ماه", "نه نفر", "نه درصد"). Anywhere else
/// a lone "نه" is far more often "not" ("نه اینکه", "نه رئیس هیئت مدیره",
/// "نه شرقی، نه غربی"): in 5.5 MB of news, nearly every one.
const COUNTED_BY_NINE: [&str; 56] = [
    "سال",
    "ماه",
    "روز",
    "هفته",
    "ساعت",
    "دقیقه",
    "ثانیه",
    "قرن",
    "دهه",
    "شب",
    "نفر",
    "تن",
    "کودک",
    "فرزند",
    "عضو",
    "نماینده",
    "بازیکن",
    "دانشجو",
    "شهرستان",
    "کارگر",
    "زن",
    "مرد",
    "کیلومتر",
    "متر",
    "سانتیمتر",
    "کیلوگرم",
    "کیلو",
    "گرم",
    "لیتر",
    "هکتار",
    "درجه",
    "درصد",
    "برابر",
    "بار",
    "مرتبه",
    "مرحله",
    "دوره",
    "عدد",
    "تا",
    "مورد",
    "نوع",
    "جلد",
    "بخش",
    "فصل",
    "گل",
    "امتیاز",
    "مدال",
    "بازی",
    "کشور",
    "استان",
    "شهر",
    "واحد",
    "دستگاه",
    "تومان",
    "ریال",
    "دلار",
];

/// Nouns that make a verb with دادن: after them "ده" and "دهم" are its
/// forms ("انجام دهم", "پاسخ ده", "زیان ده"), not 10 or the 10th. Nouns that
/// often stand before the ordinal ("دور دهم", "گزارش دهم", "جای دهم") are
/// left out.
const GIVE_VERB_NOUNS: [&str; 52] = [
    "انجام",
    "ادامه",
    "پاسخ",
    "جواب",
    "تغییر",
    "پایان",
    "خاتمه",
    "قرار",
    "نشان",
    "توضیح",
    "اجازه",
    "ترجیح",
    "گوش",
    "رای",
    "رأی",
    "شکست",
    "انتقال",
    "هدیه",
    "صدقه",
    "فریب",
    "آموزش",
    "ارائه",
    "تحویل",
    "ترتیب",
    "تشخیص",
    "فرمان",
    "قول",
    "یاد",
    "رخ",
    "ربط",
    "جان",
    "اهمیت",
    "اختصاص",
    "کاهش",
    "افزایش",
    "بهبود",
    "توسعه",
    "تخفیف",
    "رضایت",
    "وعده",
    "فشار",
    "سامان",
    "پرورش",
    "ارتقا",
    "ارجاع",
    "تکان",
    "نجات",
    "تشکیل",
    "خبر",
    "زیان",
    "سود",
    "ندا",
];

/// Words that make the number word after them approximate ("صدها هزار",
/// "چند صد", "هزاران هزار"; "ده‌ها میلیون" is [`after_plural_number`]).
const APPROXIMATE_BEFORE: [&str; 6] = ["دهها", "صدها", "هزاران", "میلیونها", "چند", "چندین"];

fn rejected_by_context(text: &str, s: &super::parse::Scanned) -> bool {
    // Every rule here is about a number of one word.
    let Some(single) = s.single else {
        return false;
    };
    // The words around it in lexicon letters ("مي" is "می").
    let (mut next_buf, mut prev_buf) = ([0u8; 64], [0u8; 64]);
    let next = next_word(text, s.end).and_then(|w| lexicon::fold_word(w, &mut next_buf));
    let prev = prev_word(text, s.start).and_then(|w| lexicon::fold_word(w, &mut prev_buf));
    // "می دهم", "نمی دهم": a verb, not an ordinal. "ده ها", "صد ها": the
    // approximate plural ("ده‌ها") with a space for the ZWNJ. "صدها هزار",
    // "ده‌ها میلیون", "چند صد": no exact number either.
    if matches!(prev, Some("می" | "نمی")) || next == Some("ها") {
        return true;
    }
    if prev.is_some_and(|w| APPROXIMATE_BEFORE.contains(&w)) || after_plural_number(text, s.start) {
        return true;
    }
    // "دو سوم", "یک ششم": a fraction with no exact decimal value (those with
    // one, "سه چهارم", are read whole), neither a count nor an ordinal.
    let classify = |w: Option<&str>| w.and_then(lexicon::classify);
    let small = |l: Lex| {
        matches!(
            l,
            Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
        )
    };
    match s.ordinal {
        Ordinal::None if small(single) => {
            if matches!(classify(next), Some((l, Ordinal::Plain)) if small(l)) {
                return true;
            }
        }
        Ordinal::Plain if small(single) && single != Lex::Unit(1) => {
            if matches!(classify(prev), Some((l, Ordinal::None)) if small(l)) {
                return true;
            }
        }
        _ => {}
    }
    match single {
        // "نه تنها", "نه این و نه آن", "گفت: نه."
        Lex::Unit(9) if s.ordinal == Ordinal::None => {
            !next.is_some_and(|w| COUNTED_BY_NINE.contains(&w))
        }
        // "انجام دهم", "پاسخ ده".
        Lex::Teen(10) => prev.is_some_and(|w| GIVE_VERB_NOUNS.contains(&w)),
        // "سه شنبه", "پنج شنبه": weekdays.
        Lex::Unit(1..=5) => next == Some("شنبه"),
        // "محرم و صفر", "ماه صفر": the month Safar.
        Lex::Zero => {
            matches!(prev, Some("محرم" | "ماه"))
                || prev == Some(lexicon::AND)
                    && prev_word_range(text, s.start)
                        .and_then(|r| prev_word(text, r.start))
                        .is_some_and(|w| {
                            let mut buf = [0u8; 64];
                            lexicon::fold_word(w, &mut buf) == Some("محرم")
                        })
        }
        // "نخست وزیر": prime minister.
        Lex::First => next == Some("وزیر"),
        // The letter C in a spelled acronym: "بی بی سی", "سی ان ان".
        Lex::Ten(3) if s.ordinal == Ordinal::None => {
            prev == Some("بی") || matches!(next, Some("بی" | "ان"))
        }
        _ => false,
    }
}

/// The word right after `end`, across spaces only (not punctuation or lines).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let start = skip_spaces(text, end);
    let e = lexicon::word_end(text, start);
    (e > start).then(|| &text[start..e])
}

/// The word right before `start`, across spaces or a ZWNJ.
fn prev_word(text: &str, start: usize) -> Option<&str> {
    prev_word_range(text, start).map(|r| &text[r])
}

/// Where [`prev_word`] stands in `text`.
fn prev_word_range(text: &str, start: usize) -> Option<Range<usize>> {
    let before = text[..start]
        .trim_end_matches(|c| matches!(c, ' ' | '\t' | '\u{00A0}') || ZWNJ_LIKE.contains(&c));
    if before.len() == start {
        return None;
    }
    let begin = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !lexicon::is_word_char(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    (begin < before.len()).then_some(begin..before.len())
}

/// Whether the word before `start` is "ها" written after a number word
/// ("ده‌ها", "صد ها", "میلیون‌ها"): an approximate plural, not a plural noun
/// ("قیمت‌ها سه برابر شد").
fn after_plural_number(text: &str, start: usize) -> bool {
    let Some(r) = prev_word_range(text, start) else {
        return false;
    };
    if &text[r.clone()] != "ها" {
        return false;
    }
    prev_word(text, r.start).is_some_and(|w| {
        let mut buf = [0u8; 64];
        lexicon::fold_word(w, &mut buf).is_some_and(|f| {
            matches!(
                lexicon::classify(f),
                Some((
                    Lex::Teen(10) | Lex::Hundred(1) | Lex::Scale(_) | Lex::Bilion,
                    _
                ))
            )
        })
    })
}

/// Every number in `text` written out in words, the rest of the text byte for
/// byte unchanged: the front end of Persian text-to-speech. Ordinals become
/// ordinal words; a number already written in words stays as it is written
/// ("سه چهارم" is not rewritten as "هفتاد و پنج صدم"). A word glued to the
/// digits, or joined to them by ZWNJ, is set apart by a space, so that the
/// number words stay words of their own.
///
/// # Example
///
/// ```
/// assert_eq!(
///     parsi::spell_numbers("2میلیارد و 521میلیون ریال"),
///     "دو میلیارد و پانصد و بیست و یک میلیون ریال"
/// );
/// assert_eq!(parsi::spell_numbers("117کودک"), "صد و هفده کودک");
/// assert_eq!(parsi::spell_numbers("تعداد61"), "تعداد شصت و یک");
/// assert_eq!(parsi::spell_numbers("۲۵۰\u{200C}پزشک"), "دویست و پنجاه پزشک");
/// assert_eq!(parsi::spell_numbers("سه چهارم جمعیت و ۳ نفر"), "سه چهارم جمعیت و سه نفر");
/// ```
pub fn spell_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut copied = 0;
    for m in find_numbers(text) {
        if !m.as_str().chars().any(|c| digits::value(c).is_some()) {
            // Words already: nothing to say differently.
            continue;
        }
        // Words glued before digits get a space too: "تعداد61" is "تعداد شصت
        // و یک"; so do words joined to them by ZWNJ ("گذشت\u{200C}۱۴۰۰"),
        // which joined to the number words would make one compound word.
        let before = &text[copied..m.start];
        let unjoined = before.trim_end_matches(ZWNJ_LIKE);
        if text[..copied + unjoined.len()]
            .chars()
            .next_back()
            .is_some_and(lexicon::is_word_char)
        {
            out.push_str(unjoined);
            out.push(' ');
        } else {
            out.push_str(before);
        }
        if m.is_ordinal() {
            let style = if m.ordinal == Ordinal::Attributive {
                OrdinalStyle::Attributive
            } else {
                OrdinalStyle::Suffix
            };
            let sp = Spelling::new().ordinal_style(style).first_as_aval(true);
            let _ = sp.write_ordinal_words(m.value, &mut out);
        } else {
            let _ = Spelling::new().write_words(m.value, &mut out);
            if m.adjective {
                // The words end in the scale: "هفتاد میلیون" + ی.
                out.push('ی');
            }
        }
        // Words glued to digits get a space: "117کودک" is "صد و هفده کودک",
        // and "۲۵۰\u{200C}پزشک" is "دویست و پنجاه پزشک".
        let after = &text[m.end..];
        let unjoined = after.trim_start_matches(ZWNJ_LIKE);
        copied = m.end;
        if unjoined.chars().next().is_some_and(lexicon::is_word_char) {
            out.push(' ');
            copied += after.len() - unjoined.len();
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Every number in `text` written in digits of `script`, the rest unchanged:
/// for search indexing and for text that must be compared. Decimals use the
/// script's decimal separator (`٫` for Persian and Arabic-Indic); ordinals
/// keep a glued suffix ("۲۱م", "۲۱مین"); a number ending in a scale adjective
/// ("هفتاد میلیونی") is written as its value.
///
/// # Example
///
/// ```
/// use parsi::{digitize_numbers, digits::Script};
///
/// assert_eq!(digitize_numbers("سه هزار و 713 خدمت", Script::Persian), "۳۷۱۳ خدمت");
/// assert_eq!(digitize_numbers("دو و نیم میلیون", Script::Ascii), "2500000");
/// ```
pub fn digitize_numbers(text: &str, script: Script) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for m in find_numbers(text) {
        out.push_str(&text[copied..m.start]);
        write_digits(m.value, script, &mut out);
        match m.ordinal {
            Ordinal::None => {}
            Ordinal::Plain => out.push_str(lexicon::ORD_M),
            Ordinal::Attributive => out.push_str(lexicon::ORD_MIN),
        }
        copied = m.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Writes `n` in the digits of `script`, without grouping.
pub(crate) fn write_digits(n: Number, script: Script, out: &mut String) {
    let mut buf = [0u8; 64];
    let ascii = ascii_digits(n, &mut buf);
    for c in ascii.chars() {
        match c {
            '0'..='9' => out.push(script.digit(c as u8 - b'0')),
            '.' => out.push(if script == Script::Ascii {
                '.'
            } else {
                digits::DECIMAL_SEPARATOR
            }),
            _ => out.push(c),
        }
    }
}

/// The canonical ASCII form of `n`, written on the stack.
pub(crate) fn ascii_digits(n: Number, buf: &mut [u8; 64]) -> &str {
    use std::io::Write;
    let mut cur = std::io::Cursor::new(&mut buf[..]);
    let _ = write!(cur, "{n}");
    let len = cur.position() as usize;
    std::str::from_utf8(&buf[..len]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The context lists are compared with words folded to lexicon letters,
    /// so each entry must be one word already in those letters.
    #[test]
    fn context_words_are_folded_single_words() {
        for w in COUNTED_BY_NINE
            .iter()
            .chain(&GIVE_VERB_NOUNS)
            .chain(&APPROXIMATE_BEFORE)
        {
            let mut buf = [0u8; 64];
            assert_eq!(lexicon::fold_word(w, &mut buf), Some(*w), "{w}");
            assert_eq!(lexicon::word_end(w, 0), w.len(), "{w}");
        }
    }
}
