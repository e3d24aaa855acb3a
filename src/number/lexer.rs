//! The tokens of a number expression: digit groups and number words, with
//! the glued forms split ("هزارو", "وپنج", "هفتادوچهار", "یکهزار",
//! "هزارتومان") and what stood between each token and the one before it.

use super::lexicon::{self, Lex, Ordinal};
use super::value::{Number, MAX_SCALE};
use crate::error::{ErrorKind, Reject};
use crate::text::{self, Gap};

/// Whether a scan must take the whole input or may stop at the longest
/// valid prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Whole,
    Prefix,
}

/// A token's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Digits(Number),
    Word(Lex),
}

/// What stood between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    None,
    Space,
    Zwnj,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) ord: Ordinal,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) sep: Sep,
}

/// The result of one lexer step.
#[derive(Debug, Clone, Copy)]
pub(super) enum Step {
    Token(Token),
    End,
    /// Something that is not a number token (an unknown word, punctuation),
    /// with its range and what separated it from the previous token.
    Stop(Reject, Sep),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Lexer<'t> {
    text: &'t str,
    pub(super) pos: usize,
    end: usize,
    mode: Mode,
    slash_decimal: bool,
    /// The second half of a glued word, given out at the next step.
    pub(super) queued: Option<Token>,
}

const AND_LEN: usize = lexicon::AND.len();

fn token(kind: Kind, ord: Ordinal, start: usize, end: usize, sep: Sep) -> Token {
    Token {
        kind,
        ord,
        start,
        end,
        sep,
    }
}

impl<'t> Lexer<'t> {
    /// A lexer over `text[start..end]`.
    pub(super) fn new(
        text: &'t str,
        start: usize,
        end: usize,
        mode: Mode,
        slash_decimal: bool,
    ) -> Lexer<'t> {
        Lexer {
            text,
            pos: start,
            end,
            mode,
            slash_decimal,
            queued: None,
        }
    }

    /// Past the gaps at `pos`: where the next token starts and what stood
    /// before it. A line break counts only in [`Mode::Whole`]; the marks
    /// written for ZWNJ ("پنج\u{200E}شنبه") read as one.
    fn skip(&self) -> Option<(usize, Sep)> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        let mut sep = Sep::None;
        while i < self.end {
            match text::gap_at(bytes, i) {
                Some((Gap::Space, n)) => {
                    sep = Sep::Space;
                    i += n;
                }
                Some((Gap::Line, n)) if self.mode == Mode::Whole => {
                    sep = Sep::Space;
                    i += n;
                }
                Some((Gap::Joiner, n)) => {
                    if sep == Sep::None {
                        sep = Sep::Zwnj;
                    }
                    i += n;
                }
                _ => return Some((i, sep)),
            }
        }
        None
    }

    pub(super) fn next(&mut self) -> Step {
        if let Some(t) = self.queued.take() {
            self.pos = t.end;
            return Step::Token(t);
        }
        let Some((p, sep)) = self.skip() else {
            self.pos = self.end;
            return Step::End;
        };
        let text = self.text;
        let Some(c) = text[p..].chars().next() else {
            return Step::End;
        };
        if text::is_digit(c) {
            return self.digits(p, sep);
        }
        if matches!(c, '-' | '\u{2212}')
            && text[p + c.len_utf8()..self.end]
                .chars()
                .next()
                .is_some_and(text::is_digit)
        {
            let end = p + c.len_utf8();
            self.pos = end;
            return Step::Token(word_token(Lex::Minus, Ordinal::None, p, end, sep));
        }
        if !text::is_word_char(c) {
            let r = Reject::new(ErrorKind::UnknownWord, p, p + c.len_utf8());
            return Step::Stop(r, sep);
        }
        self.word(p, sep)
    }

    /// The digit group at `p`.
    fn digits(&mut self, p: usize, sep: Sep) -> Step {
        match read_digits(self.text, p, self.end, self.mode, self.slash_decimal) {
            Ok(Digits::Number(value, end)) => {
                self.pos = end;
                Step::Token(token(Kind::Digits(value), Ordinal::None, p, end, sep))
            }
            Ok(Digits::NotANumber(end)) => {
                Step::Stop(Reject::new(ErrorKind::MalformedDigits, p, end), sep)
            }
            Err(r) => Step::Stop(r, sep),
        }
    }

    /// The word at `p`: a number word, or one of the glued forms split.
    fn word(&mut self, p: usize, sep: Sep) -> Step {
        let e = text::word_end(self.text, p).min(self.end);
        let word = &self.text[p..e];
        let unknown = Step::Stop(Reject::new(ErrorKind::UnknownWord, p, e), sep);
        let mut buf = [0u8; 64];
        let Some(folded) = text::fold_word(word, &mut buf) else {
            return unknown;
        };
        if let Some((lex, ord)) = lexicon::classify(folded) {
            self.pos = e;
            return Step::Token(word_token(lex, ord, p, e, sep));
        }
        match self.glued(word, folded, p, e, sep) {
            Some(t) => {
                self.pos = t.end;
                Step::Token(t)
            }
            None => unknown,
        }
    }

    /// A word made of a number word and something glued to it: the first
    /// token, with the second queued when there is one.
    fn glued(&mut self, word: &str, folded: &str, p: usize, e: usize, sep: Sep) -> Option<Token> {
        let not_and = |&(l, _): &(Lex, Ordinal)| l != Lex::And;
        // "و" glued after a number word ("هزارو") or before one ("وپنج").
        let before_and = folded
            .strip_suffix(lexicon::AND)
            .filter(|_| word.ends_with(lexicon::AND))
            .and_then(lexicon::classify)
            .filter(not_and);
        if let Some((lex, ord)) = before_and {
            let and = word_token(Lex::And, Ordinal::None, e - AND_LEN, e, Sep::None);
            self.queued = Some(and);
            return Some(word_token(lex, ord, p, e - AND_LEN, sep));
        }
        let after_and = folded
            .strip_prefix(lexicon::AND)
            .filter(|_| word.starts_with(lexicon::AND))
            .and_then(lexicon::classify)
            .filter(not_and);
        if let Some((lex, ord)) = after_and {
            let s = p + AND_LEN;
            self.queued = Some(word_token(lex, ord, s, e, Sep::None));
            return Some(word_token(Lex::And, Ordinal::None, p, s, sep));
        }
        self.glued_and_between(word, folded, p, sep)
            .or_else(|| self.glued_to_scale(word, folded, p, e, sep))
            .or_else(|| glued_to_unit(word, folded, p, sep))
            .or_else(|| glued_to_quantity(word, folded, p, sep))
    }

    /// "و" glued on both sides: "هفتادوچهار", "هزاروسیصد".
    fn glued_and_between(&mut self, word: &str, folded: &str, p: usize, sep: Sep) -> Option<Token> {
        let k = lexicon::glued_and_split(folded)?;
        let head = p + text::unfolded_len(word, k)?;
        let after = p + text::unfolded_len(word, k + AND_LEN)?;
        let lex = lexicon::cardinal(&folded[..k])?;
        self.queued = Some(word_token(Lex::And, Ordinal::None, head, after, Sep::None));
        Some(word_token(lex, Ordinal::None, p, head, sep))
    }

    /// "یکهزار", "يكميليون", "دوهزار", "سیصدهزار": a number word glued to a
    /// scale, as "یکصد" is to صد.
    fn glued_to_scale(
        &mut self,
        word: &str,
        folded: &str,
        p: usize,
        e: usize,
        sep: Sep,
    ) -> Option<Token> {
        let (len, head, (lex, ord)) = lexicon::glued_to_scale(folded)?;
        let k = p + text::unfolded_len(word, len)?;
        self.queued = Some(word_token(lex, ord, k, e, Sep::None));
        Some(word_token(head, Ordinal::None, p, k, sep))
    }
}

/// A number word glued to a unit or the unit's adjective: "هزارتومان",
/// "صددرصد", "میلیاردتومانی"; the unit is left for the next look. Where the
/// stem ends in the word as written: folding may have dropped marks or
/// kashida on the way ("هفدهریالِ"), so the folded length is mapped back.
fn glued_to_unit(word: &str, folded: &str, p: usize, sep: Sep) -> Option<Token> {
    let (stem, lex, ord) = lexicon::glued_unit_stem(folded)?;
    let k = p + text::unfolded_len(word, stem.len())?;
    Some(word_token(lex, ord, p, k, sep))
}

/// A number word glued to a quantity adjective: "دوطبقه", "پنجساله"; the
/// adjective is left for the next look.
fn glued_to_quantity(word: &str, folded: &str, p: usize, sep: Sep) -> Option<Token> {
    let (stem, lex) = lexicon::glued_quantity_stem(folded)?;
    let k = p + text::unfolded_len(word, stem.len())?;
    Some(word_token(lex, Ordinal::None, p, k, sep))
}

fn word_token(lex: Lex, ord: Ordinal, start: usize, end: usize, sep: Sep) -> Token {
    token(Kind::Word(lex), ord, start, end, sep)
}

/// A run of digits read.
pub(super) enum Digits {
    Number(Number, usize),
    /// A run of digits that is an identifier, a date or a time, not a number.
    NotANumber(usize),
}

/// The integer part of a digit run while it is read.
struct Int {
    value: i128,
    overflow: bool,
}

impl Int {
    #[inline]
    fn push(&mut self, d: u8) {
        match self
            .value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as i128))
        {
            Some(v) => self.value = v,
            None => self.overflow = true,
        }
    }
}

/// Reads a run of digits with its separators starting at `p`.
///
/// In [`Mode::Whole`] a separator that does not fit is an error; in
/// [`Mode::Prefix`] the number stops before it.
pub(super) fn read_digits(
    text: &str,
    p: usize,
    limit: usize,
    mode: Mode,
    slash_decimal: bool,
) -> Result<Digits, Reject> {
    let s = &text[..limit];
    let mut int = Int {
        value: 0,
        overflow: false,
    };
    let mut i = p;
    let mut first_len = 0usize;
    while let Some((d, len)) = text::digit_at(s, i) {
        int.push(d);
        first_len += 1;
        i += len;
    }
    let strict = mode == Mode::Whole;
    let mut grouped = false;
    while let Some(c) = s[i..].chars().next() {
        let after = i + c.len_utf8();
        if text::digit_at(s, after).is_none() {
            break;
        }
        if text::is_group_separator(c) {
            match read_group(s, after) {
                Some((g, j)) if first_len <= 3 => {
                    int.value = match int.value.checked_mul(1000).and_then(|v| v.checked_add(g)) {
                        Some(v) => v,
                        None => {
                            int.overflow = true;
                            0
                        }
                    };
                    grouped = true;
                    i = j;
                    continue;
                }
                _ if strict => {
                    let end = text::number_run_end(s, i);
                    return Err(Reject::new(ErrorKind::MalformedDigits, p, end));
                }
                _ => break,
            }
        }
        if text::is_decimal_point(c, false) {
            return read_decimal(s, p, after, int, strict);
        }
        if c == '/' {
            let one_slash = slash_decimal && !grouped && first_len <= 3;
            return read_slash(s, p, after, int, one_slash, strict);
        }
        if c == ':' {
            return not_a_number(s, p, i, strict);
        }
        break;
    }
    finish_digits(int, 0, p, i)
}

/// A group of exactly three digits at `i` (after a group separator): its
/// value and end.
fn read_group(s: &str, i: usize) -> Option<(i128, usize)> {
    let mut j = i;
    let mut n = 0;
    let mut g: i128 = 0;
    while let Some((d, len)) = text::digit_at(s, j) {
        if n < 3 {
            g = g * 10 + d as i128;
        }
        n += 1;
        j += len;
    }
    (n == 3).then_some((g, j))
}

/// The fractional digits at `j` after a decimal point: the number, its scale
/// and their end.
fn read_fraction(s: &str, mut j: usize, mut int: Int) -> (Int, u32, usize) {
    let mut scale = 0u32;
    while let Some((d, len)) = text::digit_at(s, j) {
        int.push(d);
        scale += 1;
        j += len;
    }
    (int, scale, j)
}

/// The digits after a decimal point `٫` or `.` at `after`: a decimal, unless
/// another separator and digits follow ("1.2.3" is a version or an address).
fn read_decimal(s: &str, p: usize, after: usize, int: Int, strict: bool) -> Result<Digits, Reject> {
    let (frac, scale, j) = read_fraction(s, after, int);
    if let Some(c2) = s[j..].chars().next() {
        if text::is_number_separator(c2) && text::digit_at(s, j + c2.len_utf8()).is_some() {
            return not_a_number(s, p, j, strict);
        }
    }
    finish_digits(frac, scale, p, j)
}

/// The digits after "/" at `after`: a decimal where it reads as one (one
/// slash, at most three digits on each side: `one_slash` says the left side
/// allows it), otherwise a date or an identifier.
fn read_slash(
    s: &str,
    p: usize,
    after: usize,
    int: Int,
    one_slash: bool,
    strict: bool,
) -> Result<Digits, Reject> {
    let (frac, scale, j) = read_fraction(s, after, int);
    let more = s[j..].starts_with(['/', ':']) && text::digit_at(s, j + 1).is_some();
    if one_slash && scale <= 3 && !more {
        return finish_digits(frac, scale, p, j);
    }
    not_a_number(s, p, j, strict)
}

fn not_a_number(s: &str, p: usize, from: usize, strict: bool) -> Result<Digits, Reject> {
    let end = text::number_run_end(s, from);
    if strict {
        Err(Reject::new(ErrorKind::MalformedDigits, p, end))
    } else {
        Ok(Digits::NotANumber(end))
    }
}

fn finish_digits(int: Int, scale: u32, p: usize, end: usize) -> Result<Digits, Reject> {
    if int.overflow || scale > MAX_SCALE as u32 {
        return Err(Reject::new(ErrorKind::Overflow, p, end));
    }
    match Number::new(int.value, scale as u8) {
        Some(n) => Ok(Digits::Number(n, end)),
        None => Err(Reject::new(ErrorKind::Overflow, p, end)),
    }
}
