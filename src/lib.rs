//! # parsi
//!
//! Persian (Farsi) text and numbers: digits in three scripts, number words,
//! numbers found in running text, rial and toman amounts, normalization, and a
//! tokenizer and sentence splitter that understand Persian.
//!
//! Persian news mixes scripts and styles in one sentence. The crate's own test
//! article writes "در سال گذشته 2میلیارد و 521میلیون ریال ... تخصیص یافت":
//!
//! ```
//! use parsi::{find_numbers, find_money, Currency, Money, MoneyStyle, Number};
//!
//! let text = "در سال گذشته 2میلیارد و 521میلیون ریال تخصیص یافت";
//! let m = find_numbers(text).next().unwrap();
//! assert_eq!(m.as_str(), "2میلیارد و 521میلیون");
//! assert_eq!(m.value(), Number::from(2_521_000_000u64));
//!
//! let money = find_money(text).next().unwrap().money();
//! assert_eq!(money, Money::new(2_521_000_000u64, Currency::Rial));
//! assert_eq!(money.to_toman().unwrap().format(MoneyStyle::Mixed), "۲۵۲ میلیون و ۱۰۰ هزار تومان");
//! ```
//!
//! ## Usage
//!
//! | to | use |
//! |---|---|
//! | read a number expression | [`parse_number`], [`parse_ordinal`], [`NumberParser`] |
//! | spell a value | [`to_words`], [`to_ordinal_words`], [`Spelling`] |
//! | find numbers in text | [`find_numbers`] → [`NumberMatch`]; [`spell_numbers`], [`digitize_numbers`]; configured: [`NumberParser::find_numbers`], [`Spelling::spell_numbers`], [`NumberParser::digitize_numbers`] |
//! | money | [`Money`], [`Currency`], [`MoneyStyle`], [`MoneyFormat`], [`find_money`], [`MoneyParser::find_money`] |
//! | dates | [`JalaliDate`] (convert, format), [`find_dates`] → [`DateMatch`], [`parse_date`], [`DateFinder`] (an anchor date) |
//! | everything in one pass | [`find_entities`] → [`Entity`] (dates, money, numbers; not overlapping); configured: [`EntityFinder`] |
//! | convert digits | [`digits::to_persian`], [`digits::to_ascii`], [`digits::to_arabic`], [`Script`] |
//! | clean text | [`normalize`], [`Normalizer`] |
//! | split text | [`tokens`] → [`Token`], [`sentences`] |
//!
//! ```
//! use parsi::{parse_number, to_words, normalize, tokens, Number};
//!
//! assert_eq!(parse_number("سه هزار و 713").unwrap(), Number::from(3713));
//! assert_eq!(to_words(1214), "هزار و دویست و چهارده");
//! assert_eq!(normalize("كتاب ها"), "کتاب‌ها");
//! let words: Vec<&str> = tokens("117کودک").map(|t| t.as_str()).collect();
//! assert_eq!(words, ["117", "کودک"]);
//! ```
//!
//! ## The grammar of numbers
//!
//! A Persian number expression is read like a little program whose result is
//! an exact value or an error at the first word that does not fit:
//!
//! - units (یک … نه), teens (ده … نوزده), tens (بیست … نود) and hundreds
//!   (صد … نهصد) build a group below 1000, in that order and each at most
//!   once; "و" between the parts is optional;
//! - scale words (هزار, میلیون, میلیارد, بیلیون, تریلیون, کوادریلیون, and for
//!   reading the short-scale names past it, کوینتیلیون … دسیلیون, with
//!   بیلیارد and تریلیارد) multiply the group before them, with an implicit one when there is none
//!   ("هزار و ۲۱۴" is 1214) and "یک" glued or not ("یکهزار"); a larger scale
//!   after a smaller one multiplies only the groups below it ("سه میلیون و
//!   دویست هزار" is 3200000, "هزار میلیارد" is 10^12);
//! - digits of any script stand where a group may stand, glued to words or
//!   not ("2میلیارد و 521میلیون"); digit groups may carry separators
//!   ("۲٬۵۲۱٬۰۰۰") and a decimal point ("۲٫۵ میلیون");
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
//! "سه صدم" is three hundredths (0.03); the 300th is "سیصدم" ("سه صدمین" stays
//! the 300th). "دو هزارم" is the 2000th, as the speller writes it.
//!
//! ## How the crate is built
//!
//! Layers, each using only those below it (`tests/layers.rs` checks the
//! imports of every file against this order):
//!
//! 1. `text`: named characters (ZWNJ and the marks written for it), the one
//!    table of word characters, word ends and folding to standard letters,
//!    the gaps between words, the digit reader and the separators inside a
//!    number.
//! 2. `error` ([`ParseError`]) and [`digits`] (scripts and conversion).
//! 3. `unit`: [`Currency`] and [`Unit`], every currency one row of a table.
//! 4. `normalize` (with the offset map of [`normalize_with_offsets`]) and
//!    `tokenize`, on the text layer alone; the number lexicon
//!    (`number::lexicon`) and the exact [`Number`]. `search` ([`Searcher`])
//!    sits on `normalize`'s folding and the `regex` crate.
//! 5. The number grammar: the group rules written once (`number::grammar`),
//!    driven by a one-pass reader of the common shape (`number::quick`) and by
//!    the general accumulator over the lexer's tokens (`number::lexer`,
//!    `number::acc`, `number::fraction`); the entry points
//!    (`number::parse`) and spelling (`number::words`).
//! 6. Finding: the context rules (`number::context`), the finder
//!    (`number::find`) and the rewriters (`number::rewrite`).
//! 7. `money`: amounts parsed, converted, formatted and found, on numbers;
//!    [`date`]: the calendar, and dates read and found in text (on the
//!    number words and the text layer).
//! 8. `entity`: [`find_entities`], dates, amounts and numbers in one
//!    sequence.
//!
//! To add a currency, add a variant to [`Currency`] and a row to the table
//! in `src/unit.rs`; parsing, finding, formatting and the tests that iterate
//! over [`Currency::ALL`] follow. To add a month spelling, add a row to
//! `WORDS` in `src/date/lexicon.rs`.
//!
//! ## Guarantees
//!
//! - **No panics on any `&str`.** Every entry point accepts arbitrary text.
//!   Tested by proptest properties over arbitrary strings and by the hostile
//!   inputs in `tests/hostile.rs`.
//! - **Linear time.** Every scan moves forward; look-behind and look-ahead are
//!   bounded. `tests/hostile.rs` times each entry point on an input and on
//!   32 times that input and asserts the ratio stays far from quadratic.
//! - **Exact values.** [`Number`] is an `i128` mantissa with up to 18 digits
//!   after the point; no float is used in parsing. All arithmetic is checked:
//!   a value that does not fit is an [`ErrorKind::Overflow`] error, never a
//!   wrap. Tested at the boundaries (`i128::MAX`, 18 and 19 fractional
//!   digits) and by the round trip `parse_number(&to_words(n)) == n`.
//! - **Errors with byte ranges.** A [`ParseError`] says what was wrong
//!   ([`ErrorKind`]), where ([`ParseError::range`], bytes of the caller's own
//!   text) and what was found.
//! - **No allocation per word, token or match.** Iterators borrow the text;
//!   [`Spelling::write_words`] writes into any `fmt::Write`.
//! - No `unsafe` code (`#![forbid(unsafe_code)]`).
//!
//! ## Ambiguity
//!
//! Where Persian text can be read two ways the crate picks one reading by
//! default, documents it, and offers a switch:
//!
//! - بیلیون is 10^9 by default (the short scale: تریلیون 10^12 …), 10^12
//!   with [`NumberParser::long_scale`] (تریلیون 10^18 …).
//! - "/" between digits is a decimal point only where it reads as one ("۳/۵");
//!   "7388/6012" and "۱۴۰۲/۰۵/۱۲" are identifiers and dates
//!   ([`NumberParser::slash_decimal`]).
//! - "هزار" or "یک هزار": both parse; spelling writes "هزار" unless
//!   [`Spelling::explicit_one`].
//! - یکم or اول: both parse; [`Spelling::first_as_aval`] chooses.
//! - "صد تومن" meaning 100,000 tomans only with
//!   [`MoneyParser::colloquial_thousands`].
//! - A م glued to a four-digit year is its era letter ("۱۹۳۹م" is 1939); to
//!   other digits, an ordinal suffix ("۲۱م").
//! - In running text "نه" is "not" before words such as تنها, این, آن;
//!   weekdays (سه‌شنبه, "سه شنبه") and plurals (صدها, ده‌ها) are not numbers.
//! - Dates: a two-digit year is of the 1300s ("سال ۸۷" is 1387) unless a
//!   [`DateFinder::anchor`] says when the text was written; "10/12/11",
//!   whose parts could each be a day, reads year-first, as Iranian dates are
//!   written; a numeric date with a year of 1700 to 2199 is Gregorian
//!   ("2024-12-25") unless an era mark says otherwise; month names that are
//!   also words (مهر, تیر, دی, خرداد, بهمن, the lunar and Gregorian names)
//!   are months only beside a day, a year or "ماه".
//!
//! ## Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` on the public data
//!   types ([`Number`] as its canonical string). Changes no result.
//! - `jiff` (off by default): [`JalaliDate`] to and from
//!   `jiff::civil::Date` (`TryFrom` both ways).
//! - `chrono` (off by default): [`JalaliDate`] to and from
//!   `chrono::NaiveDate` (`TryFrom` both ways).
#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod date;
pub mod digits;
mod entity;
mod error;
mod money;
mod normalize;
mod number;
mod search;
mod text;
mod tokenize;
mod unit;

pub use date::{
    days_in_month, find_dates, is_leap_year, parse_date, Calendar, DateError, DateFinder,
    DateMatch, DateMatches, DateStyle, DateUntil, JalaliDate, Weekday,
};
pub use digits::Script;
pub use entity::{find_entities, Entities, Entity, EntityFinder};
pub use error::{ErrorKind, ParseError};
pub use money::{
    find_money, ConversionError, Money, MoneyFormat, MoneyMatch, MoneyMatches, MoneyParser,
    MoneyStyle,
};
pub use normalize::{normalize, normalize_with_offsets, Normalized, Normalizer};
#[allow(deprecated)]
pub use number::Parser;
pub use number::{
    digitize_numbers, find_numbers, parse_number, parse_ordinal, spell_numbers, to_ordinal_words,
    to_words, DecimalStyle, Number, NumberMatch, NumberMatches, NumberParser, OrdinalStyle,
    ScaleNames, SpellError, Spelling, TryFromNumberError,
};
pub use search::{SearchError, SearchMatch, SearchMatches, SearchOptions, Searcher};
pub use tokenize::{sentences, tokens, SentenceIndices, Sentences, Token, TokenKind, Tokens};
pub use unit::{Currency, Unit};

/// The general number scanner alone, without the quick path, for the fuzz
/// target that holds the two to the same answers. Only in fuzzing builds
/// (`cargo fuzz` sets `--cfg fuzzing`); not part of the API.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn __parse_number_general(text: &str) -> Result<Number, ParseError> {
    number::parse_without_quick_path(text)
}

/// The README's examples, run as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
