//! Numbers: the exact [`Number`] type, parsing Persian number expressions,
//! spelling values as words, and finding numbers in running text.
//!
//! The grammar is described in the crate docs
//! ([the grammar of numbers](crate#the-grammar-of-numbers)). Inside, from the
//! bottom up: `value` (the exact type) and `lexicon` (every number word, for
//! both directions); `grammar` (the group rules and [`NumberParser`]'s
//! settings); `quick` (the one-pass reader of the common shape) and `lexer`
//! (tokens); `acc` (the general accumulator) and `fraction`; `parse` (the
//! entry points) and `words` (spelling); `context` (the words around a number
//! that say it is none) and `find` (numbers in running text); `rewrite`
//! (text rewritten around its numbers).

mod acc;
mod context;
mod find;
mod fraction;
mod grammar;
mod lexer;
mod lexicon;
mod parse;
mod quick;
mod rewrite;
mod value;
mod words;

pub use find::{find_numbers, NumberMatch, NumberMatches};
pub use grammar::NumberParser;
pub use parse::{parse_number, parse_ordinal};
pub use rewrite::{digitize_numbers, spell_numbers};
pub use value::{Number, TryFromNumberError};
pub use words::{
    to_ordinal_words, to_words, DecimalStyle, OrdinalStyle, ScaleNames, SpellError, Spelling,
};

/// The number parser's old name.
#[deprecated(since = "0.2.0", note = "renamed `NumberParser`, beside `MoneyParser`")]
pub type Parser = NumberParser;

pub(crate) use lexicon::MINUS as MINUS_WORD;
pub(crate) use lexicon::{SCALES, TEENS, TENS, UNITS};
pub(crate) use parse::parse_span;
pub(crate) use value::ascii_digits;
pub(crate) use words::write_scale_name;

/// The longest number expression starting at byte `start` of `text`, as the
/// date reader takes a day ("بیست و ششم") or a year ("هزار و چهارصد و سه")
/// written in words: its value, its end, and whether it is an ordinal.
pub(crate) fn number_at(text: &str, start: usize) -> Option<(Number, usize, bool)> {
    let s = parse::scan(
        text,
        start,
        text.len(),
        lexer::Mode::Prefix,
        &NumberParser::new(),
    )
    .ok()?;
    Some((s.value, s.end, s.ordinal != lexicon::Ordinal::None))
}

#[cfg(fuzzing)]
pub(crate) use parse::parse_without_quick_path;
