//! Sentences of Persian text: [`sentences`].

use std::iter::FusedIterator;
use std::ops::Range;

use crate::text::{self, ZWNJ};

/// The sentences of a text, created by [`sentences`]: trimmed slices.
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    inner: SentenceIndices<'t>,
}

impl<'t> Sentences<'t> {
    /// Turns this iterator into one that also yields each sentence's byte range.
    ///
    /// ```
    /// let v: Vec<_> = parsi::sentences("یک. دو.").with_ranges().collect();
    /// assert_eq!(v, [(0..5, "یک."), (6..11, "دو.")]);
    /// ```
    pub fn with_ranges(self) -> SentenceIndices<'t> {
        self.inner
    }

    /// The part of the text not yet split.
    ///
    /// ```
    /// let mut it = parsi::sentences("یک. دو.");
    /// it.next();
    /// assert_eq!(it.as_str(), " دو.");
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.inner.as_str()
    }
}

impl<'t> Iterator for Sentences<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        self.inner.next().map(|(_, s)| s)
    }
}

impl FusedIterator for Sentences<'_> {}

/// The sentences of a text with their byte ranges, created by
/// [`Sentences::with_ranges`].
#[derive(Debug, Clone)]
pub struct SentenceIndices<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> SentenceIndices<'t> {
    /// The part of the text not yet split.
    ///
    /// ```
    /// let mut it = parsi::sentences("یک. دو.").with_ranges();
    /// it.next();
    /// assert_eq!(it.as_str(), " دو.");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.pos..]
    }
}

/// Splits `text` into sentences: trimmed slices, in order.
///
/// A sentence ends at `.` `!` `?` `؟` `…` (with the closing quotes and
/// brackets after them) and at a line break; not at a decimal point ("۳.۵"),
/// not inside a « » quotation that continues, not inside a domain name
/// ("www.irna.ir"), not after an abbreviation (a single letter such as the
/// "ق" of "ق.م", a letter name of an acronym such as "بی.بی.سی", or Dr.,
/// Mr., etc.), and not at an ellipsis after "و" ("X، Y و ... اشاره کرد": "and
/// so on").
///
/// # Example
///
/// ```
/// let s: Vec<&str> = parsi::sentences("او گفت: «امروز نه. فردا» و رفت. نرخ ۳.۵ است؟ بله").collect();
/// assert_eq!(s, ["او گفت: «امروز نه. فردا» و رفت.", "نرخ ۳.۵ است؟", "بله"]);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; nothing is allocated.
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        inner: SentenceIndices { text, pos: 0 },
    }
}

/// Latin abbreviations that end in a period inside a sentence ("Dr. Smith"):
/// the common English titles and Latin short forms.
const ABBREVIATIONS: [&str; 12] = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "etc", "vs", "St", "Jr", "Sr", "No", "Inc",
];

impl<'t> Iterator for SentenceIndices<'t> {
    type Item = (Range<usize>, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            if self.pos >= bytes.len() {
                return None;
            }
            let start = self.pos;
            let end = sentence_end(text, start);
            self.pos = end;
            let raw = &text[start..end];
            let trimmed_start = raw.len() - raw.trim_start_matches(is_trim).len();
            let s = raw.trim_matches(is_trim);
            if !s.is_empty() {
                let a = start + trimmed_start;
                return Some((a..a + s.len(), s));
            }
        }
    }
}

impl FusedIterator for SentenceIndices<'_> {}

fn is_trim(c: char) -> bool {
    text::is_space(c)
}

/// Bytes that may end a char the sentence splitter looks at.
static SENTENCE_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [b'.', b'!', b'?', b'\n', b'\r', 0x9F, 0xAB, 0xBB, 0xA6];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// The end of the sentence starting at `start` (exclusive).
fn sentence_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast path: a table of the bytes that can belong to a char that ends
        // a sentence or changes the depth: . ! ? and line breaks, and the
        // last bytes of ؟ (D8 9F), « » (C2 AB, C2 BB) and … (E2 80 A6).
        if !SENTENCE_BYTES[b as usize] {
            i += 1;
            continue;
        }
        let char_start = match b {
            b'.' | b'!' | b'?' | b'\n' | b'\r' => i,
            0x9F if i >= 1 && bytes[i - 1] == 0xD8 => i - 1,
            0xAB | 0xBB if i >= 1 && bytes[i - 1] == 0xC2 => i - 1,
            0xA6 if i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 => i - 2,
            _ => {
                i += 1;
                continue;
            }
        };
        i = char_start;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        match c {
            '\n' | '\r' => return i + clen,
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            '.' | '!' | '?' | '؟' | '…' => {
                if c == '.'
                    && (between_digits(text, i)
                        || after_abbreviation(text, i)
                        || inside_latin_word(bytes, i)
                        || list_number(&text[start..i]))
                {
                    i += clen;
                    continue;
                }
                // Take the run of terminators and closers.
                let mut j = i + clen;
                while let Some(n) = text[j..].chars().next() {
                    match n {
                        '.' | '!' | '?' | '؟' | '…' | ')' | ']' | '"' | '\'' | '”' => {
                            j += n.len_utf8()
                        }
                        '»' => {
                            depth = depth.saturating_sub(1);
                            j += n.len_utf8();
                        }
                        _ => break,
                    }
                }
                if depth == 0 && !ellipsis_after_and(text, i) {
                    return j + citation_len(&text[j..]);
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += clen;
    }
    bytes.len()
}

/// A period inside a domain name or a Latin abbreviation ("www.irna.ir",
/// "U.S.A"): a Latin letter or digit before it and a Latin letter after.
fn inside_latin_word(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1].is_ascii_alphanumeric()
        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
}

/// The length of a citation right after a sentence's terminator, which
/// belongs to that sentence: a footnote number "(5)" or a source "(بقره/179)",
/// "(طوسی، 1383: 4 / 394)" — a parenthesis of at most 60 bytes, after at
/// most one space, holding a digit and nothing but digits or also one of
/// `/ : ، ,`, and followed by a space or the end. Zero when there is none
/// ("(در سال 1400) بعد" begins the next sentence).
fn citation_len(rest: &str) -> usize {
    let space = usize::from(rest.starts_with(' '));
    let Some(inner) = rest[space..].strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inner.bytes().take(60).position(|b| b == b')') else {
        return 0;
    };
    let content = &inner[..close];
    if content.contains(['(', '\n', '\r']) {
        return 0;
    }
    let digit = |c: char| text::is_digit(c);
    let citation = content.chars().any(digit)
        && (content.chars().all(digit) || content.contains(['/', ':', '،', ',']));
    if !citation {
        return 0;
    }
    // With the closing brackets after it: "(82)))".
    let end = space + 1 + close + 1;
    let end = end
        + rest[end..]
            .bytes()
            .take_while(|&b| b == b')' || b == b']')
            .count();
    // Only where the citation closes the sentence: not before "؛ و ...".
    if rest[end..].chars().next().is_none_or(char::is_whitespace) {
        end
    } else {
        0
    }
}

/// Words that name a numbered part of a text: "تبصره 1. منظور از طفل ...".
/// The part names of Iranian laws and regulations (ماده, تبصره, بند, اصل)
/// and of books (فصل, بخش); recount with `scripts/context_words.py labels
/// CORPUS`.
const PART_LABELS: [&str; 6] = ["تبصره", "ماده", "بند", "اصل", "فصل", "بخش"];

/// Whether `head`, the sentence up to a period, is the number of a list
/// item or of a labelled part ("1. متن", "۲. متن", "تبصره 1. متن"): the
/// period belongs to the number, and the item is the sentence. Read from the
/// end, so that a long sentence costs no more than a short one.
fn list_number(head: &str) -> bool {
    let rest = head.trim_end_matches(text::is_digit);
    let digits = head[rest.len()..].chars().count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let rest = rest.trim_end_matches(' ');
    let rest = PART_LABELS
        .iter()
        .find_map(|l| rest.strip_suffix(l))
        .filter(|r| r.len() < rest.len() && !r.ends_with(|c: char| c.is_alphabetic() || c == ZWNJ))
        .unwrap_or(rest);
    rest.trim_end_matches(is_trim).is_empty()
}

/// An ellipsis right after the word "و" ("X، Y و ... اشاره کرد", "و...
/// برگزار شد"): "and so on" inside a sentence. In 5.5 MB of news 133 of 135
/// such ellipses go on with the same sentence; a line break still ends it.
fn ellipsis_after_and(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    if !(rest.starts_with("..") || rest.starts_with('…')) {
        return false;
    }
    let before = text[..i].trim_end_matches(' ');
    match before.strip_suffix('و') {
        Some(b) => b
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphabetic() && c != ZWNJ),
        None => false,
    }
}

/// Persian names of Latin letters, with which acronyms are spelled with
/// periods: "بی.بی.سی" (BBC), "اف.بی.آی" (FBI), "سی.ان.ان". Not "ام", "ای",
/// "او" or "وی", which are also words that end sentences. The names of the
/// Latin letters as Persian writes them; recount with
/// `scripts/context_words.py letters CORPUS`.
const LETTER_NAMES: [&str; 19] = [
    "بی",
    "سی",
    "دی",
    "اف",
    "جی",
    "اچ",
    "آی",
    "ال",
    "ان",
    "پی",
    "کیو",
    "آر",
    "اس",
    "تی",
    "یو",
    "ایکس",
    "دبلیو",
    "زد",
    "کی",
];

/// Whether `word` is one of [`LETTER_NAMES`], in standard or Arabic letters
/// (folded as the number lexicon folds its words).
fn is_letter_name(word: &str) -> bool {
    text::folded_in(word, &LETTER_NAMES)
}

fn between_digits(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_some_and(text::is_digit) && after.is_some_and(text::is_digit)
}

fn after_abbreviation(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    // The first dot of an ellipsis ("ق...", "و...") is no abbreviation's.
    if word.is_empty() || text[i + 1..].starts_with('.') {
        return false;
    }
    // A single letter ("ق.م", "U.S.") or a known abbreviation, followed by
    // something other than the end of the text.
    let single = word.chars().count() == 1;
    let more = text[i + 1..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace() || c == ' ');
    // A Persian letter name glued to a letter after the period: "بی.بی.سی".
    let glued_letter = text[i + 1..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    (single || ABBREVIATIONS.contains(&word)) && more || glued_letter && is_letter_name(word)
}
