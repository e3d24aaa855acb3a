//! # parsi
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
