//! Words and sentences of Persian text.
//!
//! Persian and ASCII letters, digits, ZWNJ and punctuation take a byte-level
//! path of the crate's own; every other script is handed to
//! unicode-segmentation's word boundaries (UAX #29), and symbols such as emoji
//! are whole grapheme clusters.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::text::{self, ZWNJ};

mod sentences;

pub use sentences::{sentences, SentenceIndices, Sentences};

/// What a [`Token`] is.
///
/// ```
/// use parsi::{tokens, TokenKind};
///
/// let kinds: Vec<_> = tokens("117کودک، ۳٫۵ #خبر").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Number, TokenKind::Word, TokenKind::Punctuation, TokenKind::Number, TokenKind::Hashtag]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters of any script, with ZWNJ and combining marks inside ("می‌شود").
    Word,
    /// Digits of any script with the separators between them ("۲٬۵۲۱٬۰۰۰",
    /// "3.5", "7388/6012", "۱۰:۳۰").
    Number,
    /// One punctuation mark (، ؛ ؟ « » . ! : ( ) …); a run of dots is one.
    Punctuation,
    /// Anything else: emoji (a whole grapheme cluster), math and currency signs.
    Symbol,
    /// A web address starting with `http://`, `https://` or `www.`.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word ("#خبر").
    Hashtag,
    /// `@` and a user name ("@irna_news").
    Mention,
}

/// A token: a slice of the text with its byte range and kind.
///
/// ```
/// let t = parsi::tokens("سلام دنیا").nth(1).unwrap();
/// assert_eq!(t.as_str(), "دنیا");
/// assert_eq!(t.range(), 9..17);
/// assert_eq!((t.start(), t.end()), (9, 17));
/// assert_eq!(t.kind(), parsi::TokenKind::Word);
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    kind: TokenKind,
}

impl<'t> Token<'t> {
    /// The token's text.
    ///
    /// ```
    /// assert_eq!(parsi::tokens("می‌شود").next().unwrap().as_str(), "می‌شود");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// The byte range in the tokenized text.
    ///
    /// ```
    /// assert_eq!(parsi::tokens(" ۱۲").next().unwrap().range(), 1..5);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The byte offset where the token starts.
    ///
    /// ```
    /// assert_eq!(parsi::tokens(" ۱۲").next().unwrap().start(), 1);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset where the token ends.
    ///
    /// ```
    /// assert_eq!(parsi::tokens(" ۱۲").next().unwrap().end(), 5);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// What the token is.
    ///
    /// ```
    /// assert_eq!(parsi::tokens("؟").next().unwrap().kind(), parsi::TokenKind::Punctuation);
    /// ```
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The length of the token in bytes.
    ///
    /// ```
    /// assert_eq!(parsi::tokens("۱۲").next().unwrap().len(), 4);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("text", &self.as_str())
            .field("kind", &self.kind)
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 4)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}

impl<'t> From<Token<'t>> for &'t str {
    fn from(t: Token<'t>) -> &'t str {
        t.as_str()
    }
}

impl<'t> From<Token<'t>> for Range<usize> {
    fn from(t: Token<'t>) -> Range<usize> {
        t.range()
    }
}

/// The tokens of a text, created by [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tokens<'t> {
    /// The part of the text not yet tokenized.
    ///
    /// ```
    /// let mut it = parsi::tokens("یک دو");
    /// it.next();
    /// assert_eq!(it.as_str(), " دو");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }
}

/// Splits `text` into tokens, in order, skipping whitespace (and ZWNJ, soft
/// hyphens and direction marks that stand between tokens).
///
/// - ZWNJ joins: "می‌شود", "کتاب‌ها" are one token each; so does a soft
///   hyphen (U+00AD), which some editors write for ZWNJ, and, between two
///   Persian letters, a left-to-right or right-to-left mark (U+200E, U+200F),
///   which some write for it too. A zero-width joiner inside a word joins.
/// - Digits glued to letters are separate: "117کودک" → "117", "کودک".
/// - A number keeps its separators ("۲٬۵۲۱٬۰۰۰", "3.5", "۱۴۰۲/۰۵/۱۲", "۱۰:۳۰");
///   a comma or period not followed by a digit is punctuation.
///
/// # Example
///
/// ```
/// let t: Vec<&str> = parsi::tokens("از این تعداد61 کودک، ۲٬۵۲۱٬۰۰۰ ریال.").map(|t| t.as_str()).collect();
/// assert_eq!(t, ["از", "این", "تعداد", "61", "کودک", "،", "۲٬۵۲۱٬۰۰۰", "ریال", "."]);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; nothing is allocated.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Zwnj,
    Letter,
    Mark,
    Digit,
    Punct,
    /// Needs unicode-segmentation (another script) or is a symbol.
    Other,
}

/// Classifies the char at `i`; returns its class and length in bytes.
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        let class = match b {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
            b'!' | b'"' | b'\'' | b'(' | b')' | b',' | b'-' | b'.' | b'/' | b':' | b';' | b'?'
            | b'[' | b']' | b'{' | b'}' | b'_' => Class::Punct,
            _ => Class::Other,
        };
        return (class, 1);
    }
    if (0xD8..=0xDB).contains(&b) {
        if let Some(&b2) = bytes.get(i + 1) {
            let class = match (b, b2) {
                (0xD8, 0x8C | 0x9B | 0x9F) => Class::Punct, // ، ؛ ؟
                (0xD8, 0x90..=0x9A) => Class::Mark,
                (0xD8, 0xA0..=0xBF) => Class::Letter,
                (0xD8, _) => Class::Other,
                (0xD9, 0x80..=0x8A) => Class::Letter,
                (0xD9, 0x8B..=0x9F) | (0xD9, 0xB0) => Class::Mark,
                (0xD9, 0xA0..=0xA9) => Class::Digit,
                (0xD9, 0xAA..=0xAD) => Class::Punct, // ٪ ٫ ٬ ٭
                (0xD9, _) => Class::Letter,
                (0xDA, _) => Class::Letter,
                (0xDB, 0x94) => Class::Punct, // ۔
                (0xDB, 0x80..=0x93 | 0x95) => Class::Letter,
                (0xDB, 0xB0..=0xB9) => Class::Digit,
                // The letters ۺ ۻ ۼ ۿ; the Sindhi signs ۽ ۾ are symbols.
                (0xDB, 0xBA..=0xBF) if text::is_arabic_word_pair(b, b2) => Class::Letter,
                (0xDB, 0xBA..=0xBF) => Class::Other,
                (0xDB, _) => Class::Mark,
                _ => Class::Other,
            };
            return (class, 2);
        }
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    let len = c.len_utf8();
    let class = match c {
        // The soft hyphen, which some editors write for ZWNJ ("سال\u{AD}های"),
        // and ZWJ, which inside a word changes nothing ("وی\u{200D}ژه").
        ZWNJ | text::SOFT_HYPHEN | text::ZWJ => Class::Zwnj,
        text::LRM
        | text::RLM
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | text::BOM
        | '\u{200B}' => Class::Space,
        // The ornate parentheses around a Quran verse number: "﴿77﴾".
        '«' | '»' | '…' | '–' | '—' | '‘' | '’' | '“' | '”' | '¡' | '¿' | '·' | '‹' | '›' | '﴾'
        | '﴿' => Class::Punct,
        _ if c.is_whitespace() => Class::Space,
        // Latin letters with diacritics, and the Arabic presentation forms.
        '\u{00C0}'..='\u{024F}'
        | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}'
            if c.is_alphabetic() =>
        {
            Class::Letter
        }
        '\u{0300}'..='\u{036F}' => Class::Mark,
        _ => Class::Other,
    };
    (class, len)
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    fn next(&mut self) -> Option<Token<'t>> {
        let text = self.text;
        let len = text.len();
        // Skip whitespace, lone ZWNJ and marks between tokens.
        let mut i = self.pos;
        let mut class;
        let mut clen;
        let bytes = text.as_bytes();
        loop {
            // Spaces are the most common thing between tokens.
            while i < len && bytes[i] == b' ' {
                i += 1;
            }
            if i >= len {
                self.pos = len;
                return None;
            }
            (class, clen) = class_at(text, i);
            match class {
                Class::Space | Class::Zwnj => i += clen,
                _ => break,
            }
        }
        let start = i;
        let (end, kind) = match class {
            Class::Letter | Class::Mark => {
                // URLs and e-mail addresses start with an ASCII letter.
                let special = if text.as_bytes()[start] < 0x80 {
                    special_at(text, start)
                } else {
                    None
                };
                special.unwrap_or_else(|| (word_end(text, start + clen), TokenKind::Word))
            }
            Class::Digit => (number_end(text, start + clen), TokenKind::Number),
            Class::Punct => {
                if text.as_bytes()[start] == b'.' {
                    let dots = text[start..].bytes().take_while(|&b| b == b'.').count();
                    (start + dots, TokenKind::Punctuation)
                } else {
                    (start + clen, TokenKind::Punctuation)
                }
            }
            _ => special_at(text, start).unwrap_or_else(|| other_at(text, start)),
        };
        self.pos = end;
        Some(Token {
            text,
            start,
            end,
            kind,
        })
    }
}

impl FusedIterator for Tokens<'_> {}

/// The end of a word: letters and marks, and ZWNJ between letters.
#[inline]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let latin = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphabetic);
    while i < len {
        let b = bytes[i];
        // Fast paths: Arabic-block letters two bytes at a time, ASCII letters.
        if (0xD8..=0xDB).contains(&b) && i + 1 < len {
            if text::is_arabic_word_pair(b, bytes[i + 1]) {
                i += 2;
                continue;
            }
            return i;
        }
        if b.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        if b < 0x80 {
            // An apostrophe inside a Latin word: "don't".
            if b == b'\'' && i > 0 && latin(i - 1) && latin(i + 1) {
                i += 1;
                continue;
            }
            return i;
        }
        let (class, clen) = class_at(text, i);
        match class {
            Class::Letter | Class::Mark => i += clen,
            Class::Zwnj => {
                // A run of them ("\u{AD}\u{200C}") joins as one.
                let mut after = i + clen;
                while after < len {
                    match class_at(text, after) {
                        (Class::Zwnj, n) => after += n,
                        (Class::Letter, _) => break,
                        _ => return i,
                    }
                }
                if after < len {
                    i = after;
                } else {
                    return i;
                }
            }
            // A left-to-right or right-to-left mark that some editors write
            // for ZWNJ ("می\u{200E}شود"), between two Persian letters.
            Class::Space if clen == 3 && matches!(bytes[i + 2], 0x8E | 0x8F) => {
                let before = text[..i].char_indices().next_back().map(|(k, _)| k);
                if before.is_some_and(|k| arabic_at(text, k, true)) && arabic_at(text, i + 3, false)
                {
                    i += clen;
                } else {
                    return i;
                }
            }
            _ => return i,
        }
    }
    i
}

/// Whether a letter (or, with `marks`, a mark) of the Arabic script starts
/// at `i`.
fn arabic_at(text: &str, i: usize, marks: bool) -> bool {
    text.as_bytes().get(i).is_some_and(|&b| b >= 0xD8)
        && match class_at(text, i).0 {
            Class::Letter => true,
            Class::Mark => marks,
            _ => false,
        }
}

/// The end of a number: digits, and separators followed by a digit.
#[inline]
fn number_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    while i < len {
        let (class, clen) = class_at(text, i);
        match class {
            Class::Digit => i += clen,
            Class::Punct | Class::Other if is_number_separator(text, i) => {
                let after = i + clen;
                if after < len && class_at(text, after).0 == Class::Digit {
                    i = after;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

fn is_number_separator(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(text::is_number_separator)
}

/// URLs, e-mail addresses, hashtags and mentions.
fn special_at(text: &str, i: usize) -> Option<(usize, TokenKind)> {
    let rest = &text[i..];
    let b = rest.as_bytes();
    match b[0] {
        b'h' | b'H' | b'w' | b'W' => {
            let starts =
                |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
            let is_url = starts("https://") || starts("http://") || starts("www.");
            if is_url {
                return Some((i + url_len(rest), TokenKind::Url));
            }
            email_at(text, i)
        }
        b'#' | b'@' => {
            let after = i + 1;
            if after < text.len() && matches!(class_at(text, after).0, Class::Letter | Class::Digit)
                || text.as_bytes().get(after) == Some(&b'_')
            {
                let mut j = after;
                while j < text.len() {
                    let (class, clen) = class_at(text, j);
                    let underscore = text.as_bytes()[j] == b'_';
                    match class {
                        Class::Letter | Class::Mark | Class::Digit => j += clen,
                        Class::Zwnj
                            if j + clen < text.len()
                                && class_at(text, j + clen).0 == Class::Letter =>
                        {
                            j += clen
                        }
                        _ if underscore => j += 1,
                        _ => break,
                    }
                }
                let kind = if b[0] == b'#' {
                    TokenKind::Hashtag
                } else {
                    TokenKind::Mention
                };
                return Some((j, kind));
            }
            None
        }
        c if c.is_ascii_alphanumeric() => email_at(text, i),
        _ => None,
    }
}

/// The length of a URL: up to whitespace, without trailing punctuation.
fn url_len(rest: &str) -> usize {
    let end = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '«' | '»' | '،' | '"' | '<' | '>'))
        .map_or(rest.len(), |(k, _)| k);
    rest[..end]
        .trim_end_matches(['.', ',', ')', ';', ':', '!', '?', '؟', '\''])
        .len()
}

fn email_at(text: &str, i: usize) -> Option<(usize, TokenKind)> {
    let b = text.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let mut j = i;
    while j < b.len() && local(b[j]) {
        j += 1;
    }
    if j == i || b.get(j) != Some(&b'@') {
        return None;
    }
    let dstart = j + 1;
    let mut k = dstart;
    while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'-' || b[k] == b'.') {
        k += 1;
    }
    let domain = text[dstart..k].trim_end_matches(['.', '-']);
    let tld_ok = domain.rsplit_once('.').is_some_and(|(host, tld)| {
        !host.is_empty() && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())
    });
    tld_ok.then_some((dstart + domain.len(), TokenKind::Email))
}

/// Another script's word (by UAX #29) or a symbol (a grapheme cluster).
fn other_at(text: &str, i: usize) -> (usize, TokenKind) {
    let rest = &text[i..];
    let c = rest.chars().next().unwrap_or(' ');
    if c.is_alphanumeric() {
        let seg = rest.split_word_bounds().next().unwrap_or(rest);
        let kind = if c.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        return (i + seg.len().max(c.len_utf8()), kind);
    }
    let g = rest.graphemes(true).next().unwrap_or(rest);
    (i + g.len().max(c.len_utf8()), TokenKind::Symbol)
}
