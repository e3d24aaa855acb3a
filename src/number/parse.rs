//! Persian number expressions to exact values.
//!
//! The scanner reads tokens (digit groups and words) and feeds them to a
//! checked accumulator that rejects at the first token the grammar does not
//! allow. The same machinery serves [`parse_number`] (the whole text is one
//! expression) and the finder (the longest valid expression at a place).

use super::lexicon::{self, Lex, Ordinal, SOFT_HYPHEN, ZWNJ};
use super::quick;
use super::value::{pow10, Number, MAX_SCALE};
use crate::digits;
use crate::error::{ErrorKind, ParseError, Reject};

/// A configured number parser. [`parse_number`] and [`parse_ordinal`] use the
/// defaults; build one to change how ambiguous forms are read.
///
/// The builder is `const`, so a configured parser can live in a `static`.
///
/// ```
/// use parsi::{Number, Parser};
///
/// static LONG: Parser = Parser::new().long_scale(true);
/// assert_eq!(Parser::new().parse("دو بیلیون").unwrap(), Number::from(2_000_000_000u64));
/// assert_eq!(LONG.parse("دو بیلیون").unwrap(), Number::from(2_000_000_000_000u64));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parser {
    long_scale: bool,
    slash_decimal: bool,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// The defaults: بیلیون is 10^9, and "/" between digits is a decimal point
    /// where the result reads as one (one slash, at most three digits on each
    /// side).
    ///
    /// ```
    /// assert_eq!(parsi::Parser::new().parse("۳/۵").unwrap().to_string(), "3.5");
    /// ```
    pub const fn new() -> Parser {
        Parser {
            long_scale: false,
            slash_decimal: true,
        }
    }

    /// Reads بیلیون as 10^12 (the long scale of CLDR's Persian rules) instead
    /// of 10^9.
    ///
    /// ```
    /// let p = parsi::Parser::new().long_scale(true);
    /// assert_eq!(p.parse("بیلیون").unwrap().to_string(), "1000000000000");
    /// ```
    pub const fn long_scale(mut self, yes: bool) -> Parser {
        self.long_scale = yes;
        self
    }

    /// Whether "/" between digits may be a decimal point (default true). When
    /// false, "۳/۵" is malformed digits.
    ///
    /// ```
    /// let p = parsi::Parser::new().slash_decimal(false);
    /// assert!(p.parse("۳/۵").is_err());
    /// ```
    pub const fn slash_decimal(mut self, yes: bool) -> Parser {
        self.slash_decimal = yes;
        self
    }

    /// Parses the whole of `text` (trimmed) as one cardinal or ordinal number
    /// expression. See [`parse_number`].
    ///
    /// # Errors
    ///
    /// A [`ParseError`] naming the first part of `text` that is not a valid
    /// continuation of the expression.
    ///
    /// ```
    /// assert_eq!(parsi::Parser::new().parse("هزار و 214").unwrap(), parsi::Number::from(1214));
    /// ```
    pub fn parse(&self, text: &str) -> Result<Number, ParseError> {
        parse_whole(text, self).map(|s| s.value)
    }

    /// Parses the whole of `text` as an ordinal expression. See [`parse_ordinal`].
    ///
    /// # Errors
    ///
    /// As [`Parser::parse`], and [`ErrorKind::NotOrdinal`] for a cardinal.
    ///
    /// ```
    /// assert_eq!(parsi::Parser::new().parse_ordinal("سی‌ام").unwrap(), parsi::Number::from(30));
    /// ```
    pub fn parse_ordinal(&self, text: &str) -> Result<Number, ParseError> {
        let s = parse_whole(text, self)?;
        if s.ordinal != Ordinal::None {
            Ok(s.value)
        } else {
            Err(Reject::new(ErrorKind::NotOrdinal, s.start, s.end).into_error(text))
        }
    }
}

/// Parses the whole of `text` (trimmed) as one cardinal or ordinal number
/// expression and returns its exact value.
///
/// Words, digits in any of the three scripts, and mixtures of both are read;
/// see the [grammar](crate::number) for everything accepted.
///
/// # Errors
///
/// A [`ParseError`] with the [kind](ErrorKind) of problem and the byte range
/// of the offending part of `text`.
///
/// # Example
///
/// ```
/// use parsi::{parse_number, ErrorKind, Number};
///
/// assert_eq!(parse_number("2میلیارد و 521میلیون").unwrap(), Number::from(2_521_000_000u64));
/// assert_eq!(parse_number("سه هزار و 713").unwrap(), Number::from(3713));
/// assert_eq!(parse_number("سه میلیون و دویست هزار").unwrap(), Number::from(3_200_000));
/// assert_eq!(parse_number("۲٫۵ میلیون").unwrap(), Number::from(2_500_000));
/// assert_eq!(parse_number("بیست و یکم").unwrap(), Number::from(21));
/// assert_eq!(parse_number("سه چهارم").unwrap(), "0.75".parse().unwrap());
/// assert_eq!(parse_number("چهارشنبه").unwrap_err().kind(), ErrorKind::UnknownWord);
/// assert_eq!(parse_number("دو سوم").unwrap_err().kind(), ErrorKind::Inexact);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; no heap allocation unless an error is
/// returned.
pub fn parse_number(text: &str) -> Result<Number, ParseError> {
    Parser::new().parse(text)
}

/// Parses the whole of `text` as an ordinal number expression ("بیست و یکم",
/// "سومین", "اول", "نخستین", "سی‌ام", "۲۱ام") and returns its value.
///
/// # Errors
///
/// As [`parse_number`], and [`ErrorKind::NotOrdinal`] when `text` is a valid
/// cardinal.
///
/// # Example
///
/// ```
/// use parsi::{parse_ordinal, ErrorKind, Number};
///
/// assert_eq!(parse_ordinal("بیست و یکمین").unwrap(), Number::from(21));
/// assert_eq!(parse_ordinal("نخستین").unwrap(), Number::from(1));
/// assert_eq!(parse_ordinal("بیست و یک").unwrap_err().kind(), ErrorKind::NotOrdinal);
/// ```
pub fn parse_ordinal(text: &str) -> Result<Number, ParseError> {
    Parser::new().parse_ordinal(text)
}

fn parse_whole(text: &str, opts: &Parser) -> Result<Scanned, ParseError> {
    // The quick path skips the separators around the expression itself.
    if let Some(q) = quick::read(text, 0, text.len()) {
        return Ok(Scanned::quick(q));
    }
    parse_whole_general(text, opts)
}

/// [`parse_whole`] without the quick path.
fn parse_whole_general(text: &str, opts: &Parser) -> Result<Scanned, ParseError> {
    let start = text.len() - text.trim_start_matches(is_space).len();
    let end = text.trim_end_matches(is_space).len().max(start);
    if start == end {
        return Err(Reject::new(ErrorKind::Empty, 0, text.len()).into_error(text));
    }
    scan_general(text, start, end, Mode::Whole, opts)
        .or_else(|r| retry_with_scale_adjective(text, start, end, r, opts))
        .map_err(|r| r.into_error(text))
}

/// `text[start..end]`, rejected as a whole number with `r`, read again as
/// one ending in a scale adjective, "هفتاد میلیونی": the adjective is the one
/// word rejected, and the rest reads whole with the bare scale in its place.
/// `r` again when that fails.
pub(crate) fn retry_with_scale_adjective(
    text: &str,
    start: usize,
    end: usize,
    r: Reject,
    opts: &Parser,
) -> Result<Scanned, Reject> {
    if r.start > start && r.end == end {
        if let Some(a) = with_scale_adjective(text, start, r.start, opts) {
            if a.end == end {
                return Ok(a);
            }
        }
    }
    Err(r)
}

/// `text[start..]` read as a number that ends in the scale adjective
/// ("میلیونی", "هزاری") beginning at `adjective`: the number with the bare
/// scale in the adjective's place, its end moved past the adjective. `None`
/// when the word there is no scale adjective or the number does not read
/// whole; a cardinal only.
pub(crate) fn with_scale_adjective(
    text: &str,
    start: usize,
    adjective: usize,
    opts: &Parser,
) -> Option<Scanned> {
    let end = lexicon::word_end(text, adjective);
    let word = &text[adjective..end];
    let mut buf = [0u8; 64];
    let folded = lexicon::fold_word(word, &mut buf)?;
    let stem = folded.strip_suffix('ی')?;
    if !matches!(
        lexicon::classify(stem),
        Some((Lex::Scale(_) | Lex::Bilion, Ordinal::None))
    ) {
        return None;
    }
    let limit = adjective + lexicon::unfolded_len(word, stem.len())?;
    let whole = scan_number(text, start, limit, Mode::Whole, opts).ok()?;
    (whole.end == limit && whole.ordinal == Ordinal::None).then_some(Scanned {
        end,
        single: None,
        ..whole
    })
}

/// [`parse_number`] without the quick path.
#[cfg(fuzzing)]
pub(crate) fn parse_general(text: &str) -> Result<Number, ParseError> {
    parse_whole_general(text, &Parser::new()).map(|s| s.value)
}

pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, ZWNJ | SOFT_HYPHEN | '\u{200E}' | '\u{200F}' | '\u{FEFF}')
}

/// Whether the scan must take the whole input or may stop at the longest
/// valid prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Whole,
    Prefix,
}

/// The result of a successful scan.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scanned {
    pub(crate) value: Number,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) ordinal: Ordinal,
    /// The only word taken, when the expression is one word; reported in
    /// [`Mode::Prefix`], where the finder asks (the quick path of
    /// [`Mode::Whole`] leaves it `None`).
    pub(crate) single: Option<Lex>,
}

impl Scanned {
    fn quick(q: quick::Quick) -> Scanned {
        Scanned {
            value: Number::from_i128(q.value),
            start: q.start,
            end: q.end,
            ordinal: Ordinal::None,
            // Only the finder (prefix mode) asks.
            single: None,
        }
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Digits(Number),
    Word(Lex),
}

/// What stood between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    None,
    Space,
    Zwnj,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    ord: Ordinal,
    start: usize,
    end: usize,
    sep: Sep,
}

/// The result of one lexer step.
#[derive(Debug, Clone, Copy)]
enum Step {
    Token(Token),
    End,
    /// Something that is not a number token (an unknown word, punctuation),
    /// with its range and what separated it from the previous token.
    Stop(Reject, Sep),
}

#[derive(Debug, Clone, Copy)]
struct Lexer<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
    mode: Mode,
    opts: Parser,
    queued: Option<Token>,
}

impl<'t> Lexer<'t> {
    fn skip(&self) -> Option<(usize, Sep)> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        let mut sep = Sep::None;
        while i < self.end {
            match bytes[i] {
                b' ' | b'\t' => {
                    sep = Sep::Space;
                    i += 1;
                }
                b'\n' | b'\r' if self.mode == Mode::Whole => {
                    sep = Sep::Space;
                    i += 1;
                }
                // U+200C ZWNJ, U+200E/U+200F marks: E2 80 8C / 8E / 8F
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0x8C | 0x8E | 0x8F)) =>
                {
                    // The marks are written for ZWNJ between words
                    // ("پنج\u{200E}شنبه") and read as one.
                    if sep == Sep::None {
                        sep = Sep::Zwnj;
                    }
                    i += 3;
                }
                // U+00A0 no-break space
                0xC2 if bytes.get(i + 1) == Some(&0xA0) => {
                    sep = Sep::Space;
                    i += 2;
                }
                // U+00AD soft hyphen, read as ZWNJ
                0xC2 if bytes.get(i + 1) == Some(&0xAD) => {
                    if sep == Sep::None {
                        sep = Sep::Zwnj;
                    }
                    i += 2;
                }
                _ => return Some((i, sep)),
            }
        }
        if i >= self.end {
            return None;
        }
        Some((i, sep))
    }

    fn next(&mut self) -> Step {
        if let Some(t) = self.queued.take() {
            self.pos = t.end;
            return Step::Token(t);
        }
        let Some((p, sep)) = self.skip() else {
            self.pos = self.end;
            return Step::End;
        };
        let text = self.text;
        let c = match text[p..].chars().next() {
            Some(c) => c,
            None => return Step::End,
        };
        if digits::value(c).is_some() {
            return match read_digits(text, p, self.end, self.mode, self.opts.slash_decimal) {
                Ok(Digits::Number(value, end)) => {
                    self.pos = end;
                    Step::Token(Token {
                        kind: Kind::Digits(value),
                        ord: Ordinal::None,
                        start: p,
                        end,
                        sep,
                    })
                }
                Ok(Digits::NotANumber(end)) => {
                    Step::Stop(Reject::new(ErrorKind::MalformedDigits, p, end), sep)
                }
                Err(r) => Step::Stop(r, sep),
            };
        }
        if matches!(c, '-' | '\u{2212}')
            && text[p + c.len_utf8()..self.end]
                .chars()
                .next()
                .and_then(digits::value)
                .is_some()
        {
            let end = p + c.len_utf8();
            self.pos = end;
            return Step::Token(Token {
                kind: Kind::Word(Lex::Minus),
                ord: Ordinal::None,
                start: p,
                end,
                sep,
            });
        }
        if !lexicon::is_word_char(c) {
            let r = Reject::new(ErrorKind::UnknownWord, p, p + c.len_utf8());
            return Step::Stop(r, sep);
        }
        let e = lexicon::word_end(text, p).min(self.end);
        let word = &text[p..e];
        let unknown = Step::Stop(Reject::new(ErrorKind::UnknownWord, p, e), sep);
        let mut buf = [0u8; 64];
        let Some(folded) = lexicon::fold_word(word, &mut buf) else {
            return unknown;
        };
        let tok = |kind, ord, start, end, sep| Token {
            kind,
            ord,
            start,
            end,
            sep,
        };
        if let Some((lex, ord)) = lexicon::classify(folded) {
            self.pos = e;
            return Step::Token(tok(Kind::Word(lex), ord, p, e, sep));
        }
        // "و" glued after a number word ("هزارو") or before one ("وپنج").
        const AND_LEN: usize = lexicon::AND.len();
        if let Some(stem) = folded.strip_suffix(lexicon::AND) {
            if word.ends_with(lexicon::AND) {
                if let Some((lex, ord)) = lexicon::classify(stem).filter(|&(l, _)| l != Lex::And) {
                    self.queued = Some(tok(
                        Kind::Word(Lex::And),
                        Ordinal::None,
                        e - AND_LEN,
                        e,
                        Sep::None,
                    ));
                    self.pos = e - AND_LEN;
                    return Step::Token(tok(Kind::Word(lex), ord, p, e - AND_LEN, sep));
                }
            }
        }
        if let Some(rest) = folded.strip_prefix(lexicon::AND) {
            if word.starts_with(lexicon::AND) {
                if let Some((lex, ord)) = lexicon::classify(rest).filter(|&(l, _)| l != Lex::And) {
                    let s = p + AND_LEN;
                    self.queued = Some(tok(Kind::Word(lex), ord, s, e, Sep::None));
                    self.pos = s;
                    return Step::Token(tok(Kind::Word(Lex::And), Ordinal::None, p, s, sep));
                }
            }
        }
        // "و" glued on both sides: "هفتادوچهار", "هزاروسیصد".
        if let Some(k) = lexicon::glued_and_split(folded) {
            let head = lexicon::unfolded_len(word, k);
            let and = lexicon::unfolded_len(word, k + AND_LEN);
            if let (Some(head), Some(and)) = (head, and) {
                if let Some(lex) = lexicon::cardinal(&folded[..k]) {
                    let (h, a) = (p + head, p + and);
                    self.queued = Some(tok(Kind::Word(Lex::And), Ordinal::None, h, a, Sep::None));
                    self.pos = h;
                    return Step::Token(tok(Kind::Word(lex), Ordinal::None, p, h, sep));
                }
            }
        }
        // "یکهزار", "يكميليون": one glued to a scale, as "یکصد" is to صد.
        if let Some((lex, ord)) = lexicon::one_glued_to_scale(folded) {
            if let Some(k) = lexicon::unfolded_len(word, lexicon::UNITS[1].len()) {
                let k = p + k;
                self.queued = Some(tok(Kind::Word(lex), ord, k, e, Sep::None));
                self.pos = k;
                return Step::Token(tok(Kind::Word(Lex::Unit(1)), Ordinal::None, p, k, sep));
            }
        }
        // A number word glued to a unit or the unit's adjective: "هزارتومان",
        // "صددرصد", "میلیاردتومانی".
        if let Some((stem, lex, ord)) = lexicon::glued_unit_stem(folded) {
            // Where the stem ends in the word as written: folding may have
            // dropped marks or kashida on the way ("هفدهریالِ"), so the
            // folded length is mapped back.
            if let Some(k) = lexicon::unfolded_len(word, stem.len()) {
                let k = p + k;
                self.pos = k;
                return Step::Token(tok(Kind::Word(lex), ord, p, k, sep));
            }
        }
        unknown
    }
}

enum Digits {
    Number(Number, usize),
    /// A run of digits that is an identifier, a date or a time, not a number.
    NotANumber(usize),
}

/// Reads a run of digits with its separators starting at `p`.
///
/// In [`Mode::Whole`] a separator that does not fit is an error; in
/// [`Mode::Prefix`] the number stops before it.
fn read_digits(
    text: &str,
    p: usize,
    limit: usize,
    mode: Mode,
    slash_decimal: bool,
) -> Result<Digits, Reject> {
    let s = &text[..limit];
    let mut i = p;
    let mut int: i128 = 0;
    let mut overflow = false;
    let mut first_len = 0usize;
    let mut grouped = false;

    // Leading digit run.
    while let Some((d, len)) = digit_at(s, i) {
        push_digit(&mut int, d, &mut overflow);
        first_len += 1;
        i += len;
    }
    let strict = mode == Mode::Whole;
    while let Some(c) = s[i..].chars().next() {
        let clen = c.len_utf8();
        if digits::is_group_separator(c) && digit_at(s, i + clen).is_some() {
            // A group is exactly three digits, and the first at most three.
            let mut j = i + clen;
            let mut n = 0;
            let mut g: i128 = 0;
            while let Some((d, len)) = digit_at(s, j) {
                if n < 3 {
                    g = g * 10 + d as i128;
                }
                n += 1;
                j += len;
            }
            if n == 3 && first_len <= 3 {
                int = match int.checked_mul(1000).and_then(|v| v.checked_add(g)) {
                    Some(v) => v,
                    None => {
                        overflow = true;
                        0
                    }
                };
                grouped = true;
                i = j;
                continue;
            }
            if strict {
                return Err(Reject::new(ErrorKind::MalformedDigits, p, run_end(s, i)));
            }
            break;
        }
        if (c == '.' || c == digits::DECIMAL_SEPARATOR) && digit_at(s, i + clen).is_some() {
            let mut j = i + clen;
            let mut frac: i128 = int;
            let mut scale = 0u32;
            while let Some((d, len)) = digit_at(s, j) {
                push_digit(&mut frac, d, &mut overflow);
                scale += 1;
                j += len;
            }
            // "1.2.3" is a version or an address, not a decimal.
            if let Some(c2) = s[j..].chars().next() {
                let sep =
                    matches!(c2, '.' | '\u{066B}' | '/' | ':') || digits::is_group_separator(c2);
                if sep && digit_at(s, j + c2.len_utf8()).is_some() {
                    return not_a_number(s, p, j, strict);
                }
            }
            return finish_digits(frac, scale, overflow, p, j);
        }
        if c == '/' && digit_at(s, i + clen).is_some() {
            // One slash, at most three digits on each side: a decimal point.
            let mut j = i + clen;
            let mut frac = int;
            let mut scale = 0u32;
            while let Some((d, len)) = digit_at(s, j) {
                push_digit(&mut frac, d, &mut overflow);
                scale += 1;
                j += len;
            }
            let more = s[j..].starts_with(['/', ':'])
                && s[j + 1..].chars().next().and_then(digits::value).is_some();
            if slash_decimal && !grouped && first_len <= 3 && scale <= 3 && !more {
                return finish_digits(frac, scale, overflow, p, j);
            }
            return not_a_number(s, p, j, strict);
        }
        if c == ':' && digit_at(s, i + 1).is_some() {
            return not_a_number(s, p, i, strict);
        }
        break;
    }
    finish_digits(int, 0, overflow, p, i)
}

fn not_a_number(s: &str, p: usize, from: usize, strict: bool) -> Result<Digits, Reject> {
    let end = run_end(s, from);
    if strict {
        Err(Reject::new(ErrorKind::MalformedDigits, p, end))
    } else {
        Ok(Digits::NotANumber(end))
    }
}

/// The end of a run of digits and the separators between them.
fn run_end(s: &str, from: usize) -> usize {
    let mut end = from;
    let mut iter = s[from..].char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        let sep = matches!(c, '.' | '/' | ':' | '\u{066B}') || digits::is_group_separator(c);
        if digits::value(c).is_some() {
            end = from + k + c.len_utf8();
        } else if !(sep
            && iter
                .peek()
                .is_some_and(|&(_, n)| digits::value(n).is_some()))
        {
            break;
        }
    }
    end
}

fn finish_digits(
    mantissa: i128,
    scale: u32,
    overflow: bool,
    p: usize,
    end: usize,
) -> Result<Digits, Reject> {
    if overflow || scale > MAX_SCALE as u32 {
        return Err(Reject::new(ErrorKind::Overflow, p, end));
    }
    match Number::new(mantissa, scale as u8) {
        Some(n) => Ok(Digits::Number(n, end)),
        None => Err(Reject::new(ErrorKind::Overflow, p, end)),
    }
}

#[inline]
fn push_digit(acc: &mut i128, d: u8, overflow: &mut bool) {
    match acc.checked_mul(10).and_then(|v| v.checked_add(d as i128)) {
        Some(v) => *acc = v,
        None => *overflow = true,
    }
}

/// The digit of any script starting at byte `i` of `s`, with its length.
#[inline]
pub(super) fn digit_at(s: &str, i: usize) -> Option<(u8, usize)> {
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

// ---------------------------------------------------------------------------
// The accumulator

const HUNDRED: u8 = 1;
const TEN: u8 = 2;
const TEEN: u8 = 4;
const UNIT: u8 = 8;
/// Nothing more may be added to the group (digits, zero, a fraction).
const CLOSED: u8 = 16;
const ZERO: u8 = 32;

/// Completed groups, strictly descending by effective exponent (a multiple
/// of 3 that fits an i128).
const DEPTH: usize = 12;

#[derive(Debug, Clone, Copy)]
struct Acc {
    /// Values of the completed groups.
    values: [Number; DEPTH],
    /// The exponent of the scale word that completed each group.
    word_exp: [u8; DEPTH],
    /// The power of ten each group was multiplied by in all.
    eff_exp: [u8; DEPTH],
    len: usize,
    group: Number,
    flags: u8,
    neg: bool,
    pending_and: bool,
    /// Whether any value (not just "منفی") has been read.
    content: bool,
    ordinal: Ordinal,
    /// After "ممیز": the whole part and the count of leading zeros.
    point: Option<(Number, u8)>,
    tokens: u16,
    single: Option<Lex>,
    last_kind: Option<Kind>,
}

impl Acc {
    const fn new() -> Acc {
        Acc {
            values: [Number::ZERO; DEPTH],
            word_exp: [0; DEPTH],
            eff_exp: [0; DEPTH],
            len: 0,
            group: Number::ZERO,
            flags: 0,
            neg: false,
            pending_and: false,
            content: false,
            ordinal: Ordinal::None,
            point: None,
            tokens: 0,
            single: None,
            last_kind: None,
        }
    }

    fn complete(&self) -> bool {
        self.content && !self.pending_and
    }

    fn top_exp(&self) -> Option<u8> {
        if self.len == 0 {
            None
        } else {
            Some(self.eff_exp[self.len - 1])
        }
    }

    /// The group must stay below the unit of the last completed scale.
    fn check_group(&self, t: &Token) -> Result<(), Reject> {
        if let Some(e) = self.top_exp() {
            if let Some(limit) = pow10(e as u32) {
                if self.group >= Number::from_i128(limit) {
                    return Err(reject(ErrorKind::UnexpectedWord, t));
                }
            }
        }
        Ok(())
    }

    fn feed(&mut self, t: &Token, opts: &Parser) -> Result<(), Reject> {
        let unexpected = || reject(ErrorKind::UnexpectedWord, t);
        if self.ordinal != Ordinal::None {
            return Err(unexpected());
        }
        match t.kind {
            Kind::Digits(v) => {
                // "یکصد و 58" (158): digits below a hundred, after a
                // hundreds word and "و", complete its group.
                let after_hundred = self.flags == HUNDRED
                    && self.pending_and
                    && v.is_integer()
                    && !v.is_negative()
                    && v < Number::from(100);
                if after_hundred {
                    self.group = self
                        .group
                        .checked_add(v)
                        .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
                } else if self.flags != 0 {
                    return Err(unexpected());
                } else {
                    self.group = v;
                }
                self.flags = CLOSED;
                self.check_group(t)?;
            }
            Kind::Word(lex) => match lex {
                Lex::Zero => {
                    let leading_zero = self.point.is_some() && self.len == 0 && self.flags == 0;
                    if leading_zero {
                        if let Some((_, zeros)) = &mut self.point {
                            *zeros = zeros.saturating_add(1);
                        }
                        self.content = true;
                        self.pending_and = false;
                        self.note(t);
                        return Ok(());
                    }
                    if self.content || self.pending_and {
                        return Err(unexpected());
                    }
                    self.flags = CLOSED | ZERO;
                }
                Lex::Unit(u) => {
                    if self.flags & (UNIT | TEEN | CLOSED) != 0 {
                        return Err(unexpected());
                    }
                    self.add(u as i128, t)?;
                    self.flags |= UNIT;
                }
                Lex::Teen(v) => {
                    if self.flags & (UNIT | TEEN | TEN | CLOSED) != 0 {
                        return Err(unexpected());
                    }
                    self.add(v as i128, t)?;
                    self.flags |= TEEN;
                }
                Lex::Ten(v) => {
                    if self.flags & (UNIT | TEEN | TEN | CLOSED) != 0 {
                        return Err(unexpected());
                    }
                    self.add(v as i128 * 10, t)?;
                    self.flags |= TEN;
                }
                Lex::Hundred(h) => {
                    if self.flags == UNIT && h == 1 && !self.pending_and {
                        // "سه صدم" is three hundredths (0.03), not the split
                        // form of the 300th, which is written "سیصدم": left
                        // to the fraction reader when the unit is all there
                        // is ("سه صدمین" stays the 300th).
                        if t.ord == Ordinal::Plain && self.len == 0 {
                            return Err(unexpected());
                        }
                        // Split form: "شش صد" is 600.
                        self.group = self
                            .group
                            .checked_mul_pow10(2)
                            .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
                        self.flags = HUNDRED;
                    } else if self.flags != 0 {
                        return Err(unexpected());
                    } else {
                        self.group = Number::from(h as i128 * 100);
                        self.flags = HUNDRED;
                    }
                }
                Lex::Scale(e) => self.scale(e, t)?,
                Lex::Bilion => self.scale(if opts.long_scale { 12 } else { 9 }, t)?,
                Lex::Half | Lex::Quarter => {
                    let part = if lex == Lex::Half { 5 } else { 25 };
                    let digits = if lex == Lex::Half { 1 } else { 2 };
                    let frac = Number::new(part, digits).unwrap_or(Number::ZERO);
                    if !self.content {
                        // "نیم" alone, "نیم میلیون"
                        self.group = frac;
                    } else if self.pending_and && self.flags & ZERO == 0 && self.flags != 0 {
                        // "دو و نیم"
                        self.group = self
                            .group
                            .checked_add(frac)
                            .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
                    } else if self.pending_and && self.flags == 0 && self.len > 0 {
                        // "دو میلیون و نیم": half of the last scale's unit
                        let e = self.top_exp().unwrap_or(0) as u32;
                        self.group = frac
                            .checked_mul_pow10(e)
                            .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
                    } else {
                        return Err(unexpected());
                    }
                    self.flags = CLOSED;
                    self.check_group(t)?;
                }
                Lex::Point => {
                    if self.point.is_some() || !self.complete() {
                        return Err(unexpected());
                    }
                    let whole = self.integer_value(t)?;
                    let (neg, tokens) = (self.neg, self.tokens);
                    *self = Acc::new();
                    self.neg = neg;
                    self.tokens = tokens;
                    self.point = Some((whole, 0));
                    self.note(t);
                    self.single = None;
                    return Ok(());
                }
                Lex::Minus => {
                    if self.tokens != 0 {
                        return Err(unexpected());
                    }
                    self.neg = true;
                    self.note(t);
                    return Ok(());
                }
                Lex::And => {
                    if !self.complete() {
                        return Err(unexpected());
                    }
                    self.pending_and = true;
                    self.note(t);
                    return Ok(());
                }
                Lex::First => {
                    if self.tokens != 0 {
                        return Err(unexpected());
                    }
                    self.group = Number::from(1);
                    self.flags = CLOSED;
                }
                Lex::Suffix | Lex::GluedSuffix => {
                    // "سی‌ام", "۲۱ام"; "21مین" and "21م" only glued to digits
                    let glued_ok = lex == Lex::Suffix
                        || matches!(self.last_kind, Some(Kind::Digits(_))) && t.sep == Sep::None;
                    if !self.complete() || self.point.is_some() || !glued_ok {
                        return Err(unexpected());
                    }
                    if self.group.is_integer() && self.integer_value(t).is_ok() {
                        self.ordinal = t.ord;
                        self.note(t);
                        self.single = None;
                        return Ok(());
                    }
                    return Err(unexpected());
                }
            },
        }
        if t.ord != Ordinal::None {
            if self.point.is_some() {
                return Err(unexpected());
            }
            self.ordinal = t.ord;
        }
        self.content = true;
        self.pending_and = false;
        self.note(t);
        Ok(())
    }

    fn note(&mut self, t: &Token) {
        self.tokens = self.tokens.saturating_add(1);
        self.single = match (self.tokens, t.kind) {
            (1, Kind::Word(l)) => Some(l),
            _ => None,
        };
        self.last_kind = Some(t.kind);
    }

    fn add(&mut self, v: i128, t: &Token) -> Result<(), Reject> {
        self.group = self
            .group
            .checked_add(Number::from_i128(v))
            .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
        Ok(())
    }

    /// A scale word of exponent `e`.
    ///
    /// With a group before it, the scale multiplies that group and every
    /// completed group of a smaller scale word ("سیصد و پنجاه هزار میلیارد");
    /// right after another scale word it multiplies what that one made, and
    /// may repeat it ("هزار میلیارد", "کوادریلیون کوادریلیون"); after "و" or at
    /// the start it stands for one of itself ("هزار و ۲۱۴").
    fn scale(&mut self, e: u8, t: &Token) -> Result<(), Reject> {
        let unexpected = || reject(ErrorKind::UnexpectedWord, t);
        let overflow = || reject(ErrorKind::Overflow, t);
        if self.flags & ZERO != 0 || self.pending_and && self.flags != 0 {
            return Err(unexpected());
        }
        let consecutive = self.flags == 0
            && matches!(
                self.last_kind,
                Some(Kind::Word(Lex::Scale(_) | Lex::Bilion))
            );
        if consecutive && self.len > 0 && e < self.word_exp[self.len - 1] {
            // "میلیارد هزار": a smaller scale cannot multiply a larger one.
            return Err(unexpected());
        }
        let mut sum = if self.flags != 0 {
            Some(self.group)
        } else {
            None
        };
        let mut popped_eff = 0u8;
        if sum.is_some() || consecutive {
            while self.len > 0 && (self.word_exp[self.len - 1] < e || consecutive && sum.is_none())
            {
                self.len -= 1;
                popped_eff = popped_eff.max(self.eff_exp[self.len]);
                let v = self.values[self.len];
                sum = Some(match sum {
                    Some(s) => s.checked_add(v).ok_or_else(overflow)?,
                    None => v,
                });
            }
        }
        let base = sum.unwrap_or(Number::from(1));
        let value = base.checked_mul_pow10(e as u32).ok_or_else(overflow)?;
        let eff = e.checked_add(popped_eff).ok_or_else(overflow)?;
        if self.len > 0 {
            let top = self.eff_exp[self.len - 1];
            if top <= eff {
                return Err(unexpected());
            }
            if let Some(limit) = pow10(top as u32) {
                if value >= Number::from_i128(limit) {
                    return Err(unexpected());
                }
            }
        }
        if self.len == DEPTH {
            return Err(overflow());
        }
        self.values[self.len] = value;
        self.word_exp[self.len] = e;
        self.eff_exp[self.len] = eff;
        self.len += 1;
        self.group = Number::ZERO;
        self.flags = 0;
        Ok(())
    }

    /// The value so far, before "ممیز" and sign.
    fn integer_value(&self, t: &Token) -> Result<Number, Reject> {
        let mut total = self.group;
        for &v in &self.values[..self.len] {
            total = total
                .checked_add(v)
                .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
        }
        Ok(total)
    }

    fn value(&self, t: &Token) -> Result<Number, Reject> {
        if self.neg && self.point.is_none() {
            // Summed with the sign, so that i128::MIN fits.
            let overflow = || reject(ErrorKind::Overflow, t);
            let mut v = self.group.checked_neg().ok_or_else(overflow)?;
            for &part in &self.values[..self.len] {
                v = v
                    .checked_add(part.checked_neg().ok_or_else(overflow)?)
                    .ok_or_else(overflow)?;
            }
            return Ok(v);
        }
        let mut v = self.integer_value(t)?;
        if let Some((whole, zeros)) = self.point {
            if !v.is_integer() || v.is_negative() {
                return Err(reject(ErrorKind::UnexpectedWord, t));
            }
            let digits = count_digits(v.mantissa());
            let frac = v
                .checked_div_pow10(zeros as u32 + digits)
                .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
            // Summed with the sign, so that a value near i128::MIN fits.
            let signed = |n: Number| if self.neg { n.checked_neg() } else { Some(n) };
            return signed(whole)
                .zip(signed(frac))
                .and_then(|(w, f)| w.checked_add(f))
                .ok_or_else(|| reject(ErrorKind::Overflow, t));
        }
        if self.neg {
            v = v
                .checked_neg()
                .ok_or_else(|| reject(ErrorKind::Overflow, t))?;
        }
        Ok(v)
    }
}

/// The number of decimal digits of `m` (none for 0).
fn count_digits(m: i128) -> u32 {
    m.unsigned_abs().checked_ilog10().map_or(0, |d| d + 1)
}

fn reject(kind: ErrorKind, t: &Token) -> Reject {
    Reject::new(kind, t.start, t.end)
}

/// `n / den` when it has a finite decimal form (`den` has no prime factor
/// but 2 and 5): "سه چهارم" is 0.75, "دو سوم" has none.
fn exact_quotient(n: i128, den: i128) -> Option<Number> {
    if den <= 0 {
        return None;
    }
    let (mut d, mut twos, mut fives) = (den, 0u32, 0u32);
    while d % 2 == 0 {
        d /= 2;
        twos += 1;
    }
    while d % 5 == 0 {
        d /= 5;
        fives += 1;
    }
    if d != 1 {
        return None;
    }
    // n / den = n * (10^k / den) / 10^k, with 10^k / den an integer.
    let k = twos.max(fives);
    let m = pow10(k)?.checked_div(den)?;
    Number::new(n.checked_mul(m)?, u8::try_from(k).ok()?)
}

/// Tries to read "numerator denominator" (پنج دهم, بیست و پنج صدم, ۵ هزارم)
/// from `lx`; returns the fraction and the lexer after it.
/// The value is `None` for a fraction with no exact decimal form ("دو سوم").
fn try_fraction<'t>(mut lx: Lexer<'t>, opts: &Parser) -> Option<(Option<Number>, Lexer<'t>)> {
    let mut num = Acc::new();
    loop {
        let Step::Token(t) = lx.next() else {
            return None;
        };
        if t.ord != Ordinal::None {
            // The denominator: an ordinal of one word ("چهارم", "دهم", "صدم",
            // "هزارم"), in its plain form.
            let den: i128 = match (t.kind, t.ord) {
                (Kind::Word(Lex::Scale(e)), _) => pow10(e as u32)?,
                (Kind::Word(Lex::Teen(10)), _) => 10,
                (Kind::Word(Lex::Hundred(1)), _) => 100,
                (Kind::Word(Lex::Unit(v) | Lex::Teen(v)), Ordinal::Plain) if v >= 2 => v as i128,
                (Kind::Word(Lex::Ten(v)), Ordinal::Plain) => v as i128 * 10,
                (Kind::Word(Lex::Hundred(h)), Ordinal::Plain) => h as i128 * 100,
                _ => return None,
            };
            if !num.complete() || num.len != 0 || num.point.is_some() || num.neg {
                return None;
            }
            let n = num.group;
            if !n.is_integer() || n.mantissa() <= 0 || n.mantissa() >= den {
                return None;
            }
            return Some((exact_quotient(n.mantissa(), den), lx));
        }
        match t.kind {
            Kind::Word(Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_) | Lex::And)
            | Kind::Digits(_) => num.feed(&t, opts).ok()?,
            _ => return None,
        }
    }
}

/// Whether `text` parses, whole, to `n` (no allocation).
pub(crate) fn reads_as(text: &str, n: Number) -> bool {
    scan_number(text, 0, text.len(), Mode::Whole, &Parser::new()).is_ok_and(|s| s.value == n)
}

/// The accumulator after feeding the tokens from `anchor` up to `pos`.
fn replay(anchor: (Acc, Lexer), pos: usize, opts: &Parser) -> Option<Acc> {
    let (mut acc, mut lx) = anchor;
    while lx.pos < pos || lx.queued.is_some() {
        match lx.next() {
            Step::Token(t) => acc.feed(&t, opts).ok()?,
            _ => return None,
        }
    }
    (lx.pos == pos).then_some(acc)
}

/// The state after reading a fraction from `base`: its whole part, "و" and
/// then numerator and denominator at `lx`.
///
/// The whole part is replayed from `anchor` only once a fraction is read:
/// most rejections have none, and replaying is the dearer step.
fn fraction_from<'t>(
    anchor: (Acc, Lexer<'t>),
    lx: Lexer<'t>,
    t: &Token,
    opts: &Parser,
    inexact: &mut bool,
) -> Option<(Acc, Lexer<'t>)> {
    let (frac, after) = try_fraction(lx, opts)?;
    // The rejected token must lie inside what the fraction read.
    if after.pos < t.end {
        return None;
    }
    let base = replay(anchor, lx.pos, opts)?;
    if base.point.is_some() || base.ordinal != Ordinal::None {
        return None;
    }
    let Some(frac) = frac else {
        *inexact = true;
        return None;
    };
    let mut a = base;
    a.group = if a.flags & ZERO != 0 || a.flags == 0 && a.len == 0 {
        frac
    } else {
        a.group.checked_add(frac)?
    };
    a.flags = CLOSED;
    a.content = true;
    a.pending_and = false;
    a.tokens = a.tokens.saturating_add(2);
    a.single = None;
    a.last_kind = Some(Kind::Word(Lex::Half));
    a.check_group(t).ok()?;
    Some((a, after))
}

/// Scans a number expression in `text[start..limit]`.
///
/// In [`Mode::Whole`] every token up to `limit` must belong to it; in
/// [`Mode::Prefix`] the longest valid expression starting at `start` is taken.
pub(crate) fn scan_number(
    text: &str,
    start: usize,
    limit: usize,
    mode: Mode,
    opts: &Parser,
) -> Result<Scanned, Reject> {
    if mode == Mode::Whole {
        if let Some(q) = quick::read(text, start, limit) {
            return Ok(Scanned::quick(q));
        }
    }
    scan_general(text, start, limit, mode, opts)
}

/// [`scan_number`] without the quick path: every form of the grammar.
fn scan_general(
    text: &str,
    start: usize,
    limit: usize,
    mode: Mode,
    opts: &Parser,
) -> Result<Scanned, Reject> {
    let mut lx = Lexer {
        text,
        pos: start,
        end: limit,
        mode,
        opts: *opts,
        queued: None,
    };
    let mut acc = Acc::new();
    // States where a fraction's numerator may begin: the start (or after
    // "منفی") and after each of the last three "و"s; a numerator below 1000
    // has at most two "و"s of its own. Cleared once a fraction is read, so
    // that no base is used twice. Oldest first: each "و" drops the first
    // and appends at the end.
    let mut bases: [Option<Lexer>; 4] = [None, None, None, Some(lx)];
    // Where the bases are replayed from: the start, or the state after the
    // last fraction. Replaying on the rare rejection is cheaper than keeping
    // a copy of the accumulator at every "و".
    let mut anchor: (Acc, Lexer) = (acc, lx);
    // The last two complete states (for backing out of a compound word).
    let mut best: Option<(Acc, Token, usize)> = None;
    let mut before_best: Option<(Acc, Token, usize)> = None;
    let mut first_start: Option<usize> = None;
    let mut last: Option<Token> = None;
    loop {
        let step = lx.next();
        let (err, sep) = match step {
            Step::Token(t) => {
                match acc.feed(&t, opts) {
                    Ok(()) => {
                        first_start.get_or_insert(t.start);
                        if t.kind == Kind::Word(Lex::And) {
                            bases.rotate_left(1);
                            bases[3] = Some(lx);
                        }
                        if t.kind == Kind::Word(Lex::Minus) {
                            bases = [None, None, None, Some(lx)];
                        }
                        last = Some(t);
                        if mode == Mode::Prefix && acc.complete() {
                            before_best = best;
                            best = Some((acc, t, t.end));
                        }
                        continue;
                    }
                    Err(r) => {
                        // A fraction may explain what the plain reading
                        // rejects; the longest numerator (earliest base) wins.
                        let mut inexact = false;
                        if let Some((a, after)) = bases.iter().flatten().find_map(|&base_lx| {
                            fraction_from(anchor, base_lx, &t, opts, &mut inexact)
                        }) {
                            bases = [None; 4];
                            anchor = (a, after);
                            acc = a;
                            lx = after;
                            first_start.get_or_insert(t.start);
                            let end = after.pos;
                            let t = Token { end, ..t };
                            last = Some(t);
                            if mode == Mode::Prefix {
                                before_best = best;
                                best = Some((acc, t, end));
                            }
                            continue;
                        }
                        if inexact {
                            (Reject::new(ErrorKind::Inexact, r.start, r.end), t.sep)
                        } else {
                            (r, t.sep)
                        }
                    }
                }
            }
            Step::End => break,
            Step::Stop(r, sep) => (r, sep),
        };
        if mode == Mode::Whole || best.is_none() && acc.tokens == 0 {
            return Err(err);
        }
        // A number word joined by ZWNJ to a word that is not a number is part
        // of a compound ("سه‌شنبه", "ده‌ها"): back out of that word. Not when
        // punctuation follows the ZWNJ ("صد و پانزده\u{200C}،"): nothing is
        // joined there.
        let word_follows = text
            .get(err.start..)
            .and_then(|r| r.chars().next())
            .is_some_and(lexicon::is_word_char);
        if sep == Sep::Zwnj && err.kind == ErrorKind::UnknownWord && word_follows {
            if let Some((_, t, _)) = best {
                if matches!(t.kind, Kind::Word(_)) {
                    best = before_best;
                }
            }
        }
        break;
    }
    if mode == Mode::Whole {
        let Some(t) = last else {
            return Err(Reject::new(ErrorKind::Empty, start, limit));
        };
        if !acc.complete() {
            return Err(Reject::new(ErrorKind::Incomplete, t.start, t.end));
        }
        best = Some((acc, t, t.end));
    }
    let Some((acc, t, end)) = best else {
        return Err(Reject::new(ErrorKind::Incomplete, start, limit));
    };
    let value = acc.value(&t)?;
    Ok(Scanned {
        value,
        start: first_start.unwrap_or(start),
        end,
        ordinal: acc.ordinal,
        single: acc.single,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of number expressions, well-formed and not: words of every
    /// kind, digits in each script and with separators, glued forms, words to
    /// fold, and junk.
    const PIECES: &[&str] = &[
        "یک",
        "دو",
        "سه",
        "نه",
        "ده",
        "یازده",
        "سیزده",
        "بیست",
        "سی",
        "نود",
        "صد",
        "یکصد",
        "دویست",
        "پانصد",
        "هزار",
        "میلیون",
        "میلیارد",
        "ملیون",
        "بیلیون",
        "تریلیون",
        "کوادریلیون",
        "بیلیارد",
        "و",
        "و",
        "و",
        "صفر",
        "نیم",
        "ربع",
        "ممیز",
        "منفی",
        "اول",
        "سوم",
        "بیستم",
        "ام",
        "مین",
        "م",
        "دهم",
        "صدم",
        "هزارم",
        "هزارو",
        "وپنج",
        "شیش",
        "یه",
        "7",
        "21",
        "۲۱",
        "٥٠٠",
        "999",
        "1000",
        "2521",
        "999999999999999999",
        "1000000000000000000",
        "2,521",
        "۲٬۵۲۱",
        "2.5",
        "۳/۵",
        "۲٫۵",
        "12:30",
        "-",
        "-5",
        "سلام",
        "a",
        "ك",
        "يك",
        "سه‌",
        "ـ",
        ",",
        "،",
        "\u{FEFF}",
        "\u{2003}",
        "\u{0600}",
        "\u{064B}",
        "\u{06DD}",
        "é",
        "٪",
        "کوادریلیون",
    ];
    const SEPARATORS: &[&str] = &[
        "", " ", " ", " ", "\u{200C}", "  ", "\n", "\u{00A0}", "\u{200F}",
    ];

    fn expression() -> impl Strategy<Value = String> {
        proptest::collection::vec((0..PIECES.len(), 0..SEPARATORS.len()), 1..12).prop_map(|parts| {
            let mut s = String::new();
            for (p, sep) in parts {
                s.push_str(PIECES[p]);
                s.push_str(SEPARATORS[sep]);
            }
            s
        })
    }

    fn general(text: &str) -> Option<(Number, usize, usize)> {
        scan_general(text, 0, text.len(), Mode::Whole, &Parser::new())
            .ok()
            .filter(|s| s.ordinal == Ordinal::None)
            .map(|s| (s.value, s.start, s.end))
    }

    fn fast(text: &str) -> Option<(Number, usize, usize)> {
        quick::read(text, 0, text.len()).map(|q| (Number::from_i128(q.value), q.start, q.end))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Wherever the quick path answers, the general scanner gives the
        /// same value and range.
        #[test]
        fn quick_path_agrees_with_the_general_scanner(text in expression()) {
            if let Some(q) = fast(&text) {
                prop_assert_eq!(Some(q), general(&text), "{:?}", text);
            }
        }

        /// The quick path takes every non-negative integer spelled in words
        /// below 10^15 (کوادریلیون, the longest word, is the general
        /// scanner's).
        #[test]
        fn quick_path_takes_spelled_integers(n in 0i64..1_000_000_000_000_000) {
            let words = crate::to_words(n);
            prop_assert_eq!(fast(&words).map(|q| q.0), Some(Number::from(n)), "{}", words);
        }
    }

    #[test]
    fn exact_quotients() {
        let q = |n, d| exact_quotient(n, d).map(|v| v.to_string());
        assert_eq!(q(3, 4).as_deref(), Some("0.75"));
        assert_eq!(q(1, 8).as_deref(), Some("0.125"));
        assert_eq!(q(7, 20).as_deref(), Some("0.35"));
        assert_eq!(q(1, 1000).as_deref(), Some("0.001"));
        assert_eq!(q(2, 3), None);
        assert_eq!(q(1, 6), None);
        assert_eq!(q(1, 0), None);
    }

    #[test]
    fn quick_path_takes_the_common_shapes() {
        for (text, value) in [
            ("سه هزار و هفتصد و سیزده", 3713i64),
            ("دو میلیارد و پانصد و بیست و یک میلیون", 2_521_000_000),
            ("صد و بیست و سه هزار و چهارصد و پنجاه و شش", 123_456),
            ("هزار و 214", 1214),
            ("2میلیارد و 521میلیون", 2_521_000_000),
            ("۲ میلیارد و ۵۲۱ میلیون", 2_521_000_000),
            ("شش صد", 600),
            ("یک\u{200C}صد", 100),
            ("999999999999999999", 999_999_999_999_999_999),
        ] {
            assert_eq!(fast(text).map(|q| q.0), Some(Number::from(value)), "{text}");
            assert_eq!(
                general(text).map(|q| q.0),
                Some(Number::from(value)),
                "{text}"
            );
        }
        // Left to the general scanner.
        for text in [
            "سیصد و پنجاه هزار میلیارد",
            "هزار میلیارد",
            "دو و نیم میلیون",
            "2,521,000",
            "منفی پنجاه",
            "بیست و یکم",
            "هزارو یک",
            "يك",
            "صفر",
            "بیست سی",
        ] {
            assert!(fast(text).is_none(), "{text}");
        }
    }
}
