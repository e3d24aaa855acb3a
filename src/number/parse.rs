//! Persian number expressions to exact values: the entry points.
//!
//! The [lexer](super::lexer) reads tokens (digit groups and words) and the
//! [accumulator](super::acc) takes them one by one, rejecting at the first
//! token the grammar does not allow; a rejected token may still end a
//! [fraction](super::fraction). The [one-pass reader](super::quick) answers
//! first for the common shape. The same machinery serves a whole text
//! ([`parse_number`]) and the finder (the longest valid expression at a
//! place, [`Mode::Prefix`]).

use super::acc::Acc;
use super::fraction::fraction_from;
use super::grammar::NumberParser;
use super::lexer::{Kind, Lexer, Mode, Sep, Step, Token};
use super::lexicon::{self, Lex, Ordinal};
use super::quick;
use super::value::Number;
use crate::error::{ErrorKind, ParseError, Reject};
use crate::text;

impl NumberParser {
    /// Parses the whole of `text` (trimmed) as one cardinal or ordinal number
    /// expression. See [`parse_number`].
    ///
    /// # Errors
    ///
    /// A [`ParseError`] naming the first part of `text` that is not a valid
    /// continuation of the expression.
    ///
    /// ```
    /// assert_eq!(parsi::NumberParser::new().parse("هزار و 214").unwrap(), parsi::Number::from(1214));
    /// ```
    pub fn parse(&self, text: &str) -> Result<Number, ParseError> {
        whole_text(text, self).map(|s| s.value)
    }

    /// Parses the whole of `text` as an ordinal expression. See [`parse_ordinal`].
    ///
    /// # Errors
    ///
    /// As [`NumberParser::parse`], and [`ErrorKind::NotOrdinal`] for a cardinal.
    ///
    /// ```
    /// assert_eq!(parsi::NumberParser::new().parse_ordinal("سی‌ام").unwrap(), parsi::Number::from(30));
    /// ```
    pub fn parse_ordinal(&self, text: &str) -> Result<Number, ParseError> {
        let s = whole_text(text, self)?;
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
/// see [the grammar](crate#the-grammar-of-numbers) for everything accepted.
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
    NumberParser::new().parse(text)
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
    NumberParser::new().parse_ordinal(text)
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
            value: q.value,
            start: q.start,
            end: q.end,
            ordinal: q.ordinal,
            // Only the finder (prefix mode) asks.
            single: None,
        }
    }
}

/// The whole of `text`, trimmed, as one expression: the one-pass reader,
/// then every form of the grammar.
fn whole_text(text: &str, opts: &NumberParser) -> Result<Scanned, ParseError> {
    // The quick path skips the gaps around the expression itself; it reads
    // the short scale only.
    if !opts.long_scale {
        if let Some(q) = quick::read(text, 0, text.len()) {
            return Ok(Scanned::quick(q));
        }
    }
    whole_text_all_forms(text, opts)
}

/// [`whole_text`] without the one-pass reader.
fn whole_text_all_forms(text: &str, opts: &NumberParser) -> Result<Scanned, ParseError> {
    let start = text.len() - text.trim_start_matches(text::is_space).len();
    let end = text.trim_end_matches(text::is_space).len().max(start);
    if start == end {
        return Err(Reject::new(ErrorKind::Empty, 0, text.len()).into_error(text));
    }
    scan_all_forms(text, start, end, Mode::Whole, opts)
        .or_else(|r| retry_with_scale_adjective(text, start, end, r, opts))
        .map_err(|r| r.into_error(text))
}

/// [`parse_number`] without the one-pass reader, for the fuzz target that
/// holds the two paths to the same answers.
#[cfg(fuzzing)]
pub(crate) fn parse_without_quick_path(text: &str) -> Result<Number, ParseError> {
    whole_text_all_forms(text, &NumberParser::new()).map(|s| s.value)
}

/// `text[start..end]` as one whole cardinal or ordinal, a scale adjective
/// allowed at its end ("۵۰ هزاری"): the amount of a money expression.
pub(crate) fn parse_span(
    text: &str,
    start: usize,
    end: usize,
    opts: &NumberParser,
) -> Result<Number, Reject> {
    scan(text, start, end, Mode::Whole, opts)
        .or_else(|r| retry_with_scale_adjective(text, start, end, r, opts))
        .map(|s| s.value)
}

/// Whether `text`, whole, reads as `n` with the default parser (no
/// allocation): the speller's check of its own words.
pub(crate) fn parses_to(text: &str, n: Number) -> bool {
    scan(text, 0, text.len(), Mode::Whole, &NumberParser::new()).is_ok_and(|s| s.value == n)
}

/// `text[start..end]`, rejected as a whole number with `r`, read again as
/// one ending in a scale adjective, "هفتاد میلیونی": the adjective is the one
/// word rejected, and the rest reads whole with the bare scale in its place.
/// `r` again when that fails.
fn retry_with_scale_adjective(
    text: &str,
    start: usize,
    end: usize,
    r: Reject,
    opts: &NumberParser,
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
    opts: &NumberParser,
) -> Option<Scanned> {
    let end = text::word_end(text, adjective);
    let word = &text[adjective..end];
    let mut buf = [0u8; 64];
    let folded = text::fold_word(word, &mut buf)?;
    let stem = folded.strip_suffix('ی')?;
    if !matches!(
        lexicon::classify(stem),
        Some((Lex::Scale(_) | Lex::Illion(_), Ordinal::None))
    ) {
        return None;
    }
    let limit = adjective + text::unfolded_len(word, stem.len())?;
    let whole = scan(text, start, limit, Mode::Whole, opts).ok()?;
    (whole.end == limit && whole.ordinal == Ordinal::None).then_some(Scanned {
        end,
        single: None,
        ..whole
    })
}

/// Scans a number expression in `text[start..limit]`: the one-pass reader
/// first where the whole span is wanted, then every form of the grammar.
///
/// In [`Mode::Whole`] every token up to `limit` must belong to it; in
/// [`Mode::Prefix`] the longest valid expression starting at `start` is taken.
pub(crate) fn scan(
    text: &str,
    start: usize,
    limit: usize,
    mode: Mode,
    opts: &NumberParser,
) -> Result<Scanned, Reject> {
    if mode == Mode::Whole && !opts.long_scale {
        if let Some(q) = quick::read(text, start, limit) {
            return Ok(Scanned::quick(q));
        }
    }
    scan_all_forms(text, start, limit, mode, opts)
}

/// A complete state, with the token that completed it and where it ends.
type Complete = (Acc, Token, usize);

/// The state of a scan over every form of the grammar.
struct Scan<'t> {
    text: &'t str,
    mode: Mode,
    long_scale: bool,
    lx: Lexer<'t>,
    acc: Acc,
    /// States where a fraction's numerator may begin: the start (or after
    /// "منفی") and after each of the last three "و"s; a numerator below 1000
    /// has at most two "و"s of its own. Cleared once a fraction is read, so
    /// that no base is used twice. Oldest first: each "و" drops the first and
    /// appends at the end.
    bases: [Option<Lexer<'t>>; 4],
    /// Where the bases are replayed from: the start, or the state after the
    /// last fraction. Replaying on the rare rejection is cheaper than keeping
    /// a copy of the accumulator at every "و".
    anchor: (Acc, Lexer<'t>),
    /// The last two complete states (for backing out of a compound word).
    best: Option<Complete>,
    before_best: Option<Complete>,
    first_start: Option<usize>,
    last: Option<Token>,
}

impl<'t> Scan<'t> {
    fn new(text: &'t str, start: usize, limit: usize, mode: Mode, opts: &NumberParser) -> Self {
        let lx = Lexer::new(text, start, limit, mode, opts.slash_decimal);
        let acc = Acc::new();
        Scan {
            text,
            mode,
            long_scale: opts.long_scale,
            lx,
            acc,
            bases: [None, None, None, Some(lx)],
            anchor: (acc, lx),
            best: None,
            before_best: None,
            first_start: None,
            last: None,
        }
    }

    /// Notes a token the accumulator took.
    fn took(&mut self, t: Token) {
        self.first_start.get_or_insert(t.start);
        if t.kind == Kind::Word(Lex::And) {
            self.bases.rotate_left(1);
            self.bases[3] = Some(self.lx);
        }
        // A fraction's numerator starts again after a sign or ممیز.
        if matches!(t.kind, Kind::Word(Lex::Minus | Lex::Plus | Lex::Point)) {
            self.bases = [None, None, None, Some(self.lx)];
        }
        self.last = Some(t);
        if self.mode == Mode::Prefix && self.acc.complete() {
            self.before_best = self.best;
            self.best = Some((self.acc, t, t.end));
        }
    }

    /// A fraction that explains the rejected token `t`: the state after it,
    /// taken. The longest numerator (earliest base) wins. `Err` with the
    /// rejection to report otherwise.
    fn fraction(&mut self, t: Token, r: Reject) -> Result<(), Reject> {
        let mut inexact = false;
        let (anchor, long_scale) = (self.anchor, self.long_scale);
        let found = self
            .bases
            .iter()
            .flatten()
            .find_map(|&base| fraction_from(anchor, base, &t, long_scale, &mut inexact));
        let Some((a, after)) = found else {
            return Err(if inexact {
                Reject::new(ErrorKind::Inexact, r.start, r.end)
            } else {
                r
            });
        };
        self.bases = [None; 4];
        self.anchor = (a, after);
        self.acc = a;
        self.lx = after;
        self.first_start.get_or_insert(t.start);
        let end = after.pos;
        let t = Token { end, ..t };
        self.last = Some(t);
        if self.mode == Mode::Prefix {
            self.before_best = self.best;
            self.best = Some((a, t, end));
        }
        Ok(())
    }

    /// Reads tokens until the grammar or the text ends; the rejection that
    /// ended it, with the gap before the rejected part, if any.
    fn run(&mut self) -> Option<(Reject, Sep)> {
        loop {
            match self.lx.next() {
                Step::Token(t) => match self.acc.feed(&t, self.long_scale) {
                    Ok(()) => self.took(t),
                    Err(r) => {
                        if let Err(r) = self.fraction(t, r) {
                            return Some((r, t.sep));
                        }
                    }
                },
                Step::End => return None,
                Step::Stop(r, sep) => return Some((r, sep)),
            }
        }
    }

    /// A number word joined by ZWNJ to a word that is not a number is part of
    /// a compound ("سه‌شنبه", "ده‌ها"): back out of that word. Not when
    /// punctuation follows the ZWNJ ("صد و پانزده\u{200C}،"): nothing is
    /// joined there; nor before a quantity adjective ("هشت‌ساله" counts 8).
    fn back_out_of_compound(&mut self, err: Reject, sep: Sep) {
        let word_follows = self
            .text
            .get(err.start..)
            .and_then(|r| r.chars().next())
            .is_some_and(text::is_word_char);
        let quantity = || {
            let word = &self.text[err.start..text::word_end(self.text, err.start)];
            text::folded_in(word, &lexicon::QUANTITY_ADJECTIVES)
        };
        if sep == Sep::Zwnj && err.kind == ErrorKind::UnknownWord && word_follows && !quantity() {
            if let Some((_, t, _)) = self.best {
                if matches!(t.kind, Kind::Word(_)) {
                    self.best = self.before_best;
                }
            }
        }
    }
}

/// [`scan`] without the one-pass reader: every form of the grammar.
fn scan_all_forms(
    text: &str,
    start: usize,
    limit: usize,
    mode: Mode,
    opts: &NumberParser,
) -> Result<Scanned, Reject> {
    let mut s = Scan::new(text, start, limit, mode, opts);
    if let Some((err, sep)) = s.run() {
        if mode == Mode::Whole || s.best.is_none() && s.acc.tokens == 0 {
            return Err(err);
        }
        s.back_out_of_compound(err, sep);
    }
    if mode == Mode::Whole {
        let Some(t) = s.last else {
            return Err(Reject::new(ErrorKind::Empty, start, limit));
        };
        if !s.acc.complete() {
            return Err(Reject::new(ErrorKind::Incomplete, t.start, t.end));
        }
        s.best = Some((s.acc, t, t.end));
    }
    let Some((acc, t, end)) = s.best else {
        return Err(Reject::new(ErrorKind::Incomplete, start, limit));
    };
    Ok(Scanned {
        value: acc.value(&t)?,
        start: s.first_start.unwrap_or(start),
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

    fn general(text: &str) -> Option<(Number, usize, usize, Ordinal)> {
        scan_all_forms(text, 0, text.len(), Mode::Whole, &NumberParser::new())
            .ok()
            .map(|s| (s.value, s.start, s.end, s.ordinal))
    }

    fn fast(text: &str) -> Option<(Number, usize, usize, Ordinal)> {
        quick::read(text, 0, text.len()).map(|q| (q.value, q.start, q.end, q.ordinal))
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
            ("منفی سه هزار", -3000),
            ("منفی سه هزار و هفتصد و سیزده", -3713),
            ("-۵۰۰", -500),
            ("بیست و یکم", 21),
            ("صد و بیست و یکمین", 121),
            ("سه هزارم", 3000),
            ("یکصد و 58", 158),
        ] {
            assert_eq!(fast(text).map(|q| q.0), Some(Number::from(value)), "{text}");
            assert_eq!(
                general(text).map(|q| q.0),
                Some(Number::from(value)),
                "{text}"
            );
        }
        // Halves, quarters, ممیز and two decimals, in hundredths.
        for (text, value) in [
            ("دو ممیز پنج", "2.5"),
            ("سه و نیم", "3.5"),
            ("سه و ربع", "3.25"),
            ("نیم", "0.5"),
            ("۲٫۵ میلیون", "2500000"),
            ("2.25 هزار", "2250"),
            ("دو و نیم میلیون", "2500000"),
            ("دو میلیون و نیم", "2500000"),
            ("ربع میلیون", "250000"),
            ("منفی یک ممیز بیست و پنج", "-1.25"),
            ("۳٫۷۵", "3.75"),
            ("یک ممیز 1234567890123456", "1.1234567890123456"),
            ("دو ممیز صد و بیست و پنج", "2.125"),
        ] {
            let value: Number = value.parse().unwrap();
            assert_eq!(fast(text).map(|q| q.0), Some(value), "{text}");
            assert_eq!(general(text).map(|q| q.0), Some(value), "{text}");
        }
        // Left to the general scanner.
        for text in [
            "سیصد و پنجاه هزار میلیارد",
            "هزار میلیارد",
            "2,521,000",
            "سوم",
            "سی\u{200C}ام",
            "هزارو یک",
            "يك",
            "صفر",
            "بیست سی",
            "سه صدم",
            "سهم",
            "یهم",
            "منفی",
            "سه منفی",
            "9999999999999999999",
            "۲٫۱۲۵ میلیون",
            "صفر ممیز پنج",
            "۳/۵",
        ] {
            assert!(fast(text).is_none(), "{text}");
        }
    }
}
