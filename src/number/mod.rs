//! Numbers: the exact [`Number`] type, parsing Persian number expressions,
//! spelling values as words, and finding numbers in running text.
//!
//! # The grammar
//!
//! A Persian number expression is read like a little program whose result is
//! an exact value or an error at the first word that does not fit:
//!
//! - units (یک … نه), teens (ده … نوزده), tens (بیست … نود) and hundreds
//!   (صد … نهصد) build a group below 1000, in that order and each at most once;
//!   "و" between the parts is optional;
//! - scale words (هزار, میلیون, میلیارد, تریلیون, کوادریلیون, and بیلیون) multiply
//!   the group before them, with an implicit one when there is none ("هزار و
//!   ۲۱۴" is 1214) and "یک" glued or not ("یکهزار"); a larger scale after a smaller one multiplies only the
//!   groups below it ("سه میلیون و دویست هزار" is 3200000, "هزار میلیارد" is
//!   10^12);
//! - digits of any script stand where a group may stand, glued to words or not
//!   ("2میلیارد و 521میلیون"); digit groups may carry separators ("۲٬۵۲۱٬۰۰۰")
//!   and a decimal point ("۲٫۵ میلیون");
//! - fractions: "نیم", "و نیم", "ربع", "X ممیز Y", and a numerator before an
//!   ordinal denominator ("X و Y دهم/صدم/هزارم", "سه چهارم" is 0.75, "یک
//!   هشتم" 0.125) when the quotient has an exact decimal form ("دو سوم" has
//!   none: an error of kind `Inexact`); the numerator is the longest one
//!   below its denominator ("بیست و نه صدم" is 0.29, "بیست و پنج دهم" 20.5);
//!   "منفی" makes the value negative;
//! - a scale adjective may end a cardinal after a number ("هفتاد میلیونی" is
//!   70000000, "۱۰ هزاری" 10000); alone ("هزاری") it is no number;
//! - ordinals: the suffixes م, ام, مین, امین after words or digits, and اول,
//!   نخست, یکم with their مین forms.
//!
//! # Ambiguity
//!
//! - **بیلیون**: 10^9 by default (the short scale of English-influenced text),
//!   10^12 with [`Parser::long_scale`].
//! - **"سه صدم"**: three hundredths (0.03); the 300th is "سیصدم" ("سه صدمین"
//!   stays the 300th). "دو هزارم" is the 2000th, as the speller writes it.
//! - **"/" between digits**: a decimal point only where the result reads as one:
//!   one slash, at most three digits on each side ("۳/۵" is 3.5); otherwise
//!   ("7388/6012", "۱۴۰۲/۰۵/۱۲") the digits are an identifier or a date and
//!   are not a number.

mod find;
mod lexicon;
mod parse;
mod quick;
mod value;
mod words;

pub(crate) use find::skip_spaces;
pub use find::{digitize_numbers, find_numbers, spell_numbers, NumberMatch, NumberMatches};
pub(crate) use parse::is_space;
pub use parse::{parse_number, parse_ordinal, Parser};
pub use value::{Number, TryFromNumberError};
pub use words::{
    to_ordinal_words, to_words, DecimalStyle, OrdinalStyle, ScaleNames, SpellError, Spelling,
};

pub(crate) use find::ascii_digits;
pub(crate) use lexicon::{
    fold_word, is_dropped_mark, is_word_char, unit_at, word_end, MINUS as MINUS_WORD,
};
pub(crate) use words::write_scale_name;

/// Parses `text[start..end]` as one whole number expression.
#[inline]
pub(crate) fn scan_whole(
    text: &str,
    start: usize,
    end: usize,
    opts: &Parser,
) -> Result<Number, crate::error::Reject> {
    parse::scan_number(text, start, end, parse::Mode::Whole, opts)
        .or_else(|r| parse::retry_with_scale_adjective(text, start, end, r, opts))
        .map(|s| s.value)
}

/// [`parse_number`] through the general scanner only (see `crate::__parse_number_general`).
#[cfg(fuzzing)]
pub(crate) fn parse_general(text: &str) -> Result<Number, crate::ParseError> {
    parse::parse_general(text)
}
