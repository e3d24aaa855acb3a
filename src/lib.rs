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
//! | read a number expression | [`parse_number`], [`parse_ordinal`], [`Parser`] |
//! | spell a value | [`to_words`], [`to_ordinal_words`], [`Spelling`] |
//! | find numbers in text | [`find_numbers`] → [`NumberMatch`]; [`spell_numbers`], [`digitize_numbers`] |
//! | money | [`Money`], [`Currency`], [`MoneyStyle`], [`MoneyFormat`], [`find_money`] |
//! | convert digits | [`digits::to_persian`], [`digits::to_ascii`], [`digits::to_arabic`] |
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
//! ## Guarantees
//!
//! - **No panics on any `&str`.** Every entry point accepts arbitrary text.
//!   Tested by proptest properties over arbitrary strings and by the hostile
//!   inputs in `tests/hostile.rs`.
//! - **Linear time.** Every scan moves forward; look-behind and look-ahead are
//!   bounded. `tests/hostile.rs` times each entry point on an input and on
//!   eight times that input and asserts the ratio stays far from quadratic.
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
//! - بیلیون is 10^9 by default, 10^12 with [`Parser::long_scale`].
//! - "/" between digits is a decimal point only where it reads as one ("۳/۵");
//!   "7388/6012" and "۱۴۰۲/۰۵/۱۲" are identifiers and dates
//!   ([`Parser::slash_decimal`]).
//! - "هزار" or "یک هزار": both parse; spelling writes "هزار" unless
//!   [`Spelling::explicit_one`].
//! - یکم or اول: both parse; [`Spelling::first_as_aval`] chooses.
//! - "صد تومن" meaning 100,000 tomans only with
//!   [`MoneyParser::colloquial_thousands`].
//! - In running text "نه" is "not" before words such as تنها, این, آن;
//!   weekdays (سه‌شنبه, "سه شنبه") and plurals (صدها, ده‌ها) are not numbers.
//!
//! ## Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` on the public data
//!   types ([`Number`] as its canonical string). Changes no result.
#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod digits;
mod error;
mod money;
mod normalize;
pub mod number;
mod tokenize;
mod unit;

pub use error::{ErrorKind, ParseError};
pub use money::{
    find_money, ConversionError, Money, MoneyFormat, MoneyMatch, MoneyMatches, MoneyParser,
    MoneyStyle,
};
pub use normalize::{normalize, Normalizer};
pub use number::{
    digitize_numbers, find_numbers, parse_number, parse_ordinal, spell_numbers, to_ordinal_words,
    to_words, DecimalStyle, Number, NumberMatch, NumberMatches, OrdinalStyle, Parser, ScaleNames,
    SpellError, Spelling, TryFromNumberError,
};
pub use tokenize::{sentences, tokens, SentenceIndices, Sentences, Token, TokenKind, Tokens};
pub use unit::{Currency, Unit};

/// The general number scanner alone, without the quick path, for the fuzz
/// target that holds the two to the same answers. Only in fuzzing builds
/// (`cargo fuzz` sets `--cfg fuzzing`); not part of the API.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn __parse_number_general(text: &str) -> Result<Number, ParseError> {
    number::parse_general(text)
}

/// The README's examples, run as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
