//! Every number word, in one place for both directions: the parser looks words
//! up here, and the speller writes the standard forms from the same constants.
//! A round-trip property test (`parse_number(&to_words(n)) == n`) holds the two
//! directions together.

use crate::unit::{currency_word, Currency, Unit};

// Standard forms, written by the speller and read by the parser.
pub(crate) const ZERO: &str = "صفر";
pub(crate) const UNITS: [&str; 10] = [
    "", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه",
];
pub(crate) const TEENS: [&str; 10] = [
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
];
pub(crate) const TENS: [&str; 10] = [
    "",
    "",
    "بیست",
    "سی",
    "چهل",
    "پنجاه",
    "شصت",
    "هفتاد",
    "هشتاد",
    "نود",
];
pub(crate) const HUNDREDS: [&str; 10] = [
    "",
    "صد",
    "دویست",
    "سیصد",
    "چهارصد",
    "پانصد",
    "ششصد",
    "هفتصد",
    "هشتصد",
    "نهصد",
];
/// Scale words by exponent / 3 (index 1 is هزار = 10^3).
pub(crate) const SCALES: [&str; 6] = ["", "هزار", "میلیون", "میلیارد", "تریلیون", "کوادریلیون"];
pub(crate) const AND: &str = "و";
pub(crate) const MINUS: &str = "منفی";
pub(crate) const POINT: &str = "ممیز";
pub(crate) const HALF: &str = "نیم";
pub(crate) const QUARTER: &str = "ربع";
pub(crate) const FIRST: &str = "اول";
pub(crate) const FIRST_ALT: &str = "نخست";
pub(crate) const THIRD: &str = "سوم";
/// Ordinal suffix after a consonant ("بیستم") and its attributive form ("بیستمین").
pub(crate) const ORD_M: &str = "م";
pub(crate) const ORD_MIN: &str = "مین";
/// Ordinal suffix after a vowel, written after a ZWNJ ("سی‌ام", "سی‌امین").
pub(crate) const ORD_AM: &str = "ام";
pub(crate) const ORD_AMIN: &str = "امین";
/// Unit words that are often written glued to a number word ("هزارتومان").
pub(crate) const GLUED_UNITS: [&str; 5] = ["تومان", "تومن", "ریال", "درصد", "دلار"];
/// Zero-width non-joiner.
pub(crate) const ZWNJ: char = '\u{200C}';

/// What a number word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Zero,
    /// 1..=9
    Unit(u8),
    /// 10..=19
    Teen(u8),
    /// 2..=9 (tens digit)
    Ten(u8),
    /// 1..=9 (hundreds digit)
    Hundred(u8),
    /// A scale word, by decimal exponent.
    Scale(u8),
    /// بیلیون: 10^9 or 10^12 depending on the parser's option.
    Bilion,
    Half,
    Quarter,
    Point,
    Minus,
    And,
    /// اول, نخست: ordinal one.
    First,
    /// A standalone ordinal suffix "ام", "امین" ("سی‌ام", "۲۱ام").
    Suffix,
    /// "م", "مین": an ordinal suffix only when glued to digits ("21مین").
    GluedSuffix,
}

/// The ordinal marking a word carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ordinal {
    None,
    /// یکم, بیستم, سی‌ام
    Plain,
    /// یکمین, بیستمین, سی‌امین
    Attributive,
}

/// Looks up a cardinal word already folded to standard letters.
pub(crate) fn cardinal(word: &str) -> Option<Lex> {
    Some(match word {
        "یک" | "یه" => Lex::Unit(1),
        "دو" => Lex::Unit(2),
        "سه" => Lex::Unit(3),
        "چهار" => Lex::Unit(4),
        "پنج" => Lex::Unit(5),
        "شش" | "شیش" => Lex::Unit(6),
        "هفت" => Lex::Unit(7),
        "هشت" => Lex::Unit(8),
        "نه" => Lex::Unit(9),
        "ده" => Lex::Teen(10),
        "یازده" => Lex::Teen(11),
        "دوازده" => Lex::Teen(12),
        "سیزده" => Lex::Teen(13),
        "چهارده" => Lex::Teen(14),
        "پانزده" | "پونزده" => Lex::Teen(15),
        "شانزده" | "شونزده" => Lex::Teen(16),
        "هفده" | "هیفده" => Lex::Teen(17),
        "هجده" | "هیجده" | "هژده" => Lex::Teen(18),
        "نوزده" => Lex::Teen(19),
        "بیست" => Lex::Ten(2),
        "سی" => Lex::Ten(3),
        "چهل" => Lex::Ten(4),
        "پنجاه" => Lex::Ten(5),
        "شصت" => Lex::Ten(6),
        "هفتاد" => Lex::Ten(7),
        "هشتاد" => Lex::Ten(8),
        "نود" => Lex::Ten(9),
        "صد" | "یکصد" => Lex::Hundred(1),
        "دویست" | "دوصد" => Lex::Hundred(2),
        "سیصد" => Lex::Hundred(3),
        "چهارصد" => Lex::Hundred(4),
        "پانصد" | "پونصد" => Lex::Hundred(5),
        "ششصد" => Lex::Hundred(6),
        "هفتصد" => Lex::Hundred(7),
        "هشتصد" => Lex::Hundred(8),
        "نهصد" => Lex::Hundred(9),
        "هزار" => Lex::Scale(3),
        "میلیون" | "ملیون" => Lex::Scale(6),
        "میلیارد" | "ملیارد" => Lex::Scale(9),
        "بیلیون" => Lex::Bilion,
        "تریلیون" => Lex::Scale(12),
        "کوادریلیون" | "کوآدریلیون" | "بیلیارد" => Lex::Scale(15),
        HALF => Lex::Half,
        QUARTER => Lex::Quarter,
        POINT => Lex::Point,
        MINUS => Lex::Minus,
        AND => Lex::And,
        ZERO => Lex::Zero,
        _ => return None,
    })
}

/// Looks up a word (folded) as a cardinal, an ordinal, or a standalone suffix.
pub(crate) fn classify(word: &str) -> Option<(Lex, Ordinal)> {
    if let Some(lex) = cardinal(word) {
        return Some((lex, Ordinal::None));
    }
    match word {
        FIRST | FIRST_ALT => return Some((Lex::First, Ordinal::Plain)),
        "اولین" | "نخستین" => return Some((Lex::First, Ordinal::Attributive)),
        THIRD => return Some((Lex::Unit(3), Ordinal::Plain)),
        "سومین" => return Some((Lex::Unit(3), Ordinal::Attributive)),
        ORD_AM => return Some((Lex::Suffix, Ordinal::Plain)),
        ORD_AMIN => return Some((Lex::Suffix, Ordinal::Attributive)),
        ORD_M => return Some((Lex::GluedSuffix, Ordinal::Plain)),
        ORD_MIN => return Some((Lex::GluedSuffix, Ordinal::Attributive)),
        _ => {}
    }
    let (stem, ord) = if let Some(stem) = word.strip_suffix(ORD_MIN) {
        (stem, Ordinal::Attributive)
    } else if let Some(stem) = word.strip_suffix(ORD_M) {
        (stem, Ordinal::Plain)
    } else {
        return None;
    };
    match stem {
        // سهم is "share" and سیم "wire": the ordinals are سوم and سی‌ام.
        "سه" | "سی" | "یه" => None,
        _ => match cardinal(stem)? {
            lex @ (Lex::Unit(_)
            | Lex::Teen(_)
            | Lex::Ten(_)
            | Lex::Hundred(_)
            | Lex::Scale(_)
            | Lex::Bilion) => Some((lex, ord)),
            _ => None,
        },
    }
}

/// Whether `c` continues a word: a letter, a combining mark, or kashida.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        // Arabic digits and punctuation inside the Arabic block are not letters.
        '\u{0660}'..='\u{066D}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{060C}'
        | '\u{061B}'
        | '\u{061F}'
        | '\u{06D4}' => false,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => true,
        _ => c.is_alphabetic(),
    }
}

/// The end of the run of word characters starting at `start`.
#[inline]
pub(crate) fn word_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    for (i, c) in rest.char_indices() {
        if !is_word_char(c) {
            return start + i;
        }
    }
    text.len()
}

/// Folds a word to the letters the lexicon is written in: Arabic yeh and kaf
/// to Persian, diacritics and kashida dropped. Writes into `buf` and returns
/// the folded word, or `None` if it does not fit (no number word is that long).
#[inline]
pub(crate) fn fold<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let mut len = 0;
    for c in word.chars() {
        let c = match c {
            '\u{064A}' | '\u{0649}' => 'ی',
            '\u{0643}' => 'ک',
            '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            _ => c,
        };
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// Whether a word needs folding at all (a check on bytes).
#[inline]
pub(crate) fn needs_fold(word: &str) -> bool {
    let b = word.as_bytes();
    b.windows(2).any(|w| {
        w[0] == 0xD9 && matches!(w[1], 0x80 | 0x83 | 0x89 | 0x8A | 0x8B..=0x9F | 0xB0)
            || w[0] == 0xD8 && matches!(w[1], 0x90..=0x9A)
    })
}

/// `word` folded to lexicon letters, borrowing it when nothing changes.
#[inline]
pub(crate) fn fold_word<'a>(word: &'a str, buf: &'a mut [u8; 64]) -> Option<&'a str> {
    if needs_fold(word) {
        fold(word, buf)
    } else {
        Some(word)
    }
}

/// Recognizes the unit word or sign starting exactly at `pos` (a currency
/// name or code, "درصد", ٪, %); returns it and its end.
pub(crate) fn unit_at(text: &str, pos: usize) -> Option<(Unit, usize)> {
    let rest = text.get(pos..)?;
    let first = rest.chars().next()?;
    match first {
        '%' | '\u{066A}' => return Some((Unit::Percent, pos + first.len_utf8())),
        '\u{FDFC}' => return Some((Unit::Currency(Currency::Rial), pos + first.len_utf8())),
        _ => {}
    }
    if !is_word_char(first) {
        return None;
    }
    let end = word_end(text, pos);
    let word = &text[pos..end];
    if word.len() == 3 && word.is_ascii() {
        // Currency codes in any letter case: "IRR", "irr".
        let mut up = [0u8; 3];
        up.copy_from_slice(word.as_bytes());
        up.make_ascii_uppercase();
        let code = std::str::from_utf8(&up).ok()?;
        return currency_word(code).map(|c| (Unit::Currency(c), end));
    }
    let mut buf = [0u8; 64];
    let folded = fold_word(word, &mut buf)?;
    if folded == "درصد" {
        return Some((Unit::Percent, end));
    }
    currency_word(folded).map(|c| (Unit::Currency(c), end))
}
