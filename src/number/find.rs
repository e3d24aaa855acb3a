//! Numbers found in running text, and text rewritten around them.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use super::context::{self, next_word, prev_word};
use super::grammar::NumberParser;
use super::lexer::Mode;
use super::lexicon::{self, Lex, Ordinal};
use super::parse::{scan, with_scale_adjective, Scanned};
use super::value::Number;
use crate::error::ErrorKind;
use crate::text::{self, ZWNJ_LIKE};
use crate::unit::{self, Unit};

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

    /// The length of the match in bytes.
    ///
    /// ```
    /// assert_eq!(parsi::find_numbers("سال ۱۴۰۰").next().unwrap().len(), 8);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Plain ("بیست و یکم") or attributive ("بیست و یکمین"), or no ordinal.
    pub(super) fn ordinal_form(&self) -> Ordinal {
        self.ordinal
    }

    /// Whether the match ends in a scale adjective ("۷۰ میلیونی").
    pub(super) fn ends_in_scale_adjective(&self) -> bool {
        self.adjective
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

/// An iterator over the numbers in a text, created by [`find_numbers`] or
/// [`NumberParser::find_numbers`].
#[derive(Debug, Clone)]
pub struct NumberMatches<'t> {
    text: &'t str,
    pos: usize,
    parser: NumberParser,
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

impl NumberParser {
    /// Finds every number in `text` as [`find_numbers`] does, reading the
    /// ambiguous forms with this parser's settings.
    ///
    /// # Example
    ///
    /// ```
    /// use parsi::{Number, NumberParser};
    ///
    /// let text = "نرخ ۳/۵ درصد و دو بیلیون دلار";
    /// let default: Vec<Number> = parsi::find_numbers(text).map(|m| m.value()).collect();
    /// assert_eq!(default, ["3.5".parse().unwrap(), Number::from(2_000_000_000u64)]);
    ///
    /// let p = NumberParser::new().slash_decimal(false).long_scale(true);
    /// let found: Vec<Number> = p.find_numbers(text).map(|m| m.value()).collect();
    /// assert_eq!(found, [Number::from(2_000_000_000_000u64)]);
    /// ```
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`; nothing is allocated.
    pub fn find_numbers<'t>(&self, text: &'t str) -> NumberMatches<'t> {
        NumberMatches {
            text,
            pos: 0,
            parser: *self,
        }
    }
}

/// Finds every number in `text`, in order: each match is the longest valid
/// number expression at its place, and matches do not overlap.
///
/// Everything [`parse_number`](crate::parse_number) accepts is found, glued to
/// the words around it or not ("تعداد61", "117کودک", "2میلیارد"). "و" joins
/// two parts only when together they are one expression ("هزار و 214" is
/// 1214, "سال 1400 و 1401" is two numbers). The ambiguous forms are read
/// with the defaults of [`NumberParser::new`]; [`NumberParser::find_numbers`]
/// takes other settings.
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
    NumberParser::new().find_numbers(text)
}

/// What stands at a place the finder looks at.
enum Candidate {
    /// Nothing that may start a number: go on from here.
    Skip(usize),
    /// A number may start here; a word candidate gives the word's end.
    Start(Option<usize>),
}

impl<'t> NumberMatches<'t> {
    /// What stands at byte `i`.
    #[inline]
    fn candidate(&self, i: usize) -> Candidate {
        let text = self.text;
        let bytes = text.as_bytes();
        let b = bytes[i];
        if text::is_digit_start(bytes, i) {
            if preceded_by_latin(bytes, i) {
                return Candidate::Skip(skip_alnum(text, i));
            }
            if let Some(end) = hyphen_chain_end(text, i) {
                return Candidate::Skip(end);
            }
            if let Some(end) = code_end(text, i) {
                return Candidate::Skip(end);
            }
            return Candidate::Start(None);
        }
        if b < 0x80 {
            return if b == b'-' && minus_starts_number(bytes, i, 1) {
                Candidate::Start(None)
            } else {
                Candidate::Skip(i + 1)
            };
        }
        let Some(c) = text[i..].chars().next() else {
            return Candidate::Skip(bytes.len());
        };
        if c == '\u{2212}' && minus_starts_number(bytes, i, 3) {
            // The minus sign, as parse_number reads it: "−۵".
            return Candidate::Start(None);
        }
        if !text::is_word_char(c) {
            return Candidate::Skip(i + c.len_utf8());
        }
        let (e, folds) = text::word_end_folds(text, i);
        if !may_start_number(&text[i..e], folds) || glued_by_zwnj(text, i) {
            return Candidate::Skip(e);
        }
        Candidate::Start(Some(e))
    }

    /// The match for the number `s` read at `i`, unless its context says it
    /// is none; `pos` moved past it either way.
    fn accept(&mut self, i: usize, mut s: Scanned) -> Option<NumberMatch<'t>> {
        let text = self.text;
        if text.as_bytes()[i] == b'-' && list_marker(text, &s) {
            // The number itself is read from the digit on.
            self.pos = i + 1;
            return None;
        }
        self.pos = s.end.max(text::char_end(text, i));
        if context::rejected_by_context(text, &s) || numbered_identifier(text, &s) {
            return None;
        }
        let adjective = match scale_adjective(text, &s, &self.parser) {
            Some(a) => {
                s = a;
                self.pos = s.end;
                true
            }
            None => false,
        };
        let unit = unit::unit_at(text, text::skip_spaces(text, s.end)).map(|(u, end)| {
            // The unit is no number of its own ("۷۰ در صد").
            self.pos = self.pos.max(end);
            u
        });
        Some(NumberMatch {
            text,
            start: s.start,
            end: s.end,
            value: s.value,
            ordinal: s.ordinal,
            unit,
            adjective,
        })
    }
}

impl<'t> Iterator for NumberMatches<'t> {
    type Item = NumberMatch<'t>;

    fn next(&mut self) -> Option<NumberMatch<'t>> {
        let text = self.text;
        while self.pos < text.len() {
            let i = self.pos;
            let word_end = match self.candidate(i) {
                Candidate::Skip(to) => {
                    self.pos = to;
                    continue;
                }
                Candidate::Start(word_end) => word_end,
            };
            match scan(text, i, text.len(), Mode::Prefix, &self.parser) {
                Ok(s) => {
                    if let Some(m) = self.accept(i, s) {
                        return Some(m);
                    }
                }
                Err(r) => {
                    self.pos = if matches!(r.kind, ErrorKind::MalformedDigits | ErrorKind::Overflow)
                    {
                        r.end.max(text::char_end(text, i))
                    } else {
                        word_end.unwrap_or_else(|| skip_digits(text, i))
                    };
                }
            }
        }
        self.pos = text.len();
        None
    }
}

impl FusedIterator for NumberMatches<'_> {}

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
    while j + 1 < bytes.len() && bytes[j] == b'-' && text::is_digit_start(bytes, j + 1) {
        j = skip_digits(text, j + 1);
        hyphens += 1;
    }
    (hyphens >= 2).then_some(j)
}

/// Whether `s` is digits with a slash after "شماره" ("قطعنامه شماره
/// 237/47", a case or plate number): an identifier, not a decimal.
fn numbered_identifier(text: &str, s: &Scanned) -> bool {
    text[s.start..s.end].contains('/')
        && prev_word(text, s.start).is_some_and(|w| text::folded_in(w, &["شماره"]))
}

/// The end of a code starting at `i`: digits with a leading zero and
/// another digit right after it (a phone prefix "۰۹۱۲", an area code "۰۲۱"),
/// with the separators and digits of its run ("000/000/83") and the Latin
/// letters and digits glued after it ("۰۹۳x"). "0", "۰٫۲", "0.5" stay
/// numbers.
fn code_end(text: &str, i: usize) -> Option<usize> {
    let (zero, n) = text::digit_at(text, i)?;
    if zero != 0 || text::digit_at(text, i + n).is_none() {
        return None;
    }
    let end = text::number_run_end(text, i);
    let tail = text[end..]
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    Some(end + tail)
}

/// Words before a hyphen and digits that make the hyphen a minus sign even
/// when a word follows the number: "به -3 رسید", "از -2 تا 4". From the news
/// corpus (temperatures and indices); recount with
/// `scripts/context_words.py signed CORPUS`.
const SIGNED_AFTER: [&str; 7] = ["به", "تا", "از", "دمای", "دما", "حدود", "برابر"];

/// Whether the hyphen starting `s` marks a numbered list item ("-1 کلیه
/// فعالیت‌ها", "-2 انجام صحیح امور": the "1-" of a list, stored in logical
/// order) rather than a minus sign. In 5.5 MB of news every hyphen before
/// digits after a space is such a marker. The hyphen stays a minus sign where
/// no word follows ("دمای -5."), where a unit or درجه follows ("-2 درصد", "-5
/// درجه"), and after a word of [`SIGNED_AFTER`].
fn list_marker(text: &str, s: &Scanned) -> bool {
    let Some(next) = next_word(text, s.end) else {
        return false;
    };
    if text::folded_in(next, &["درجه"])
        || unit::unit_at(text, text::skip_spaces(text, s.end)).is_some()
    {
        return false;
    }
    !prev_word(text, s.start).is_some_and(|w| text::folded_in(w, &SIGNED_AFTER))
}

/// The number `s` taken together with a scale adjective right after it:
/// "جمعیت ۷۰ میلیونی" (seventy-million), "فرار مالیاتی 1000 میلیاردی", "اسکناس
/// ده هزاری". The match ends after the adjective and its value includes the
/// scale, read by the grammar as if the word were the bare scale ("سه میلیون
/// و دویست هزاری" is 3,200,000). A scale adjective with no number before it
/// ("هزاری", also a family name) is not a number.
fn scale_adjective(text: &str, s: &Scanned, opts: &NumberParser) -> Option<Scanned> {
    if s.ordinal != Ordinal::None {
        return None;
    }
    let at = text::skip_spaces(text, s.end);
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
    before_ok && i + len < bytes.len() && text::is_digit_start(bytes, i + len)
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
        .find(|&(_, c)| !text::is_digit(c))
        .map_or(text.len(), |(k, _)| i + k)
        .max(text::char_end(text, i))
}

/// Whether a word can begin a number expression (a cheap check before the
/// scanner runs); `folds` tells whether the word needs [`text::fold`].
fn may_start_number(word: &str, folds: bool) -> bool {
    if word.len() < 2 || word.len() > 64 || word == lexicon::AND {
        return false;
    }
    let mut buf = [0u8; 64];
    // Whether it folds was learnt while finding the word's end.
    let folded = if folds {
        match text::fold(word, &mut buf) {
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
                || lexicon::glued_to_scale(folded).is_some()
                || lexicon::glued_quantity_stem(folded).is_some()
        }
    }
}

/// Whether the word at `i` is joined by ZWNJ (or what stands for it) to a
/// word before it ("چند‌صد").
fn glued_by_zwnj(text: &str, i: usize) -> bool {
    let before = &text[..i];
    match before.strip_suffix(ZWNJ_LIKE) {
        Some(b) => b.chars().next_back().is_some_and(text::is_word_char),
        None => false,
    }
}
