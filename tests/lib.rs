//! parsi's test suite: one binary, case tables in `data/`.

mod article;
mod find;
mod hostile;
mod layers;
mod money;
mod normalize;
mod numbers;
mod properties;
mod serde;
mod tokenize;
mod words;

/// The lines of a case table: `#` comments and blank lines skipped, fields
/// split on tabs.
pub fn cases(table: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| (n + 1, l.split('\t').collect()))
}

/// The `ErrorKind` a case table names.
pub fn error_kind(name: &str) -> parsi::ErrorKind {
    use parsi::ErrorKind::*;
    match name {
        "Empty" => Empty,
        "UnknownWord" => UnknownWord,
        "UnexpectedWord" => UnexpectedWord,
        "MalformedDigits" => MalformedDigits,
        "Overflow" => Overflow,
        "Incomplete" => Incomplete,
        "MissingAmount" => MissingAmount,
        "MissingCurrency" => MissingCurrency,
        "Inexact" => Inexact,
        other => panic!("unknown kind {other}"),
    }
}

/// Every spelling style that changes cardinal words.
pub fn cardinal_styles() -> Vec<parsi::Spelling> {
    use parsi::{DecimalStyle, ScaleNames, Spelling};
    let mut v = Vec::new();
    for one in [false, true] {
        for dec in [DecimalStyle::Point, DecimalStyle::Fraction] {
            for sc in [ScaleNames::Short, ScaleNames::Milliard] {
                v.push(
                    Spelling::new()
                        .explicit_one(one)
                        .decimal_style(dec)
                        .scale_names(sc),
                );
            }
        }
    }
    v
}

/// Every spelling style that changes ordinal words.
pub fn ordinal_styles() -> Vec<parsi::Spelling> {
    use parsi::{OrdinalStyle, ScaleNames, Spelling};
    let mut v = Vec::new();
    for one in [false, true] {
        for aval in [false, true] {
            for ord in [OrdinalStyle::Suffix, OrdinalStyle::Attributive] {
                for sc in [ScaleNames::Short, ScaleNames::Milliard] {
                    v.push(
                        Spelling::new()
                            .explicit_one(one)
                            .first_as_aval(aval)
                            .ordinal_style(ord)
                            .scale_names(sc),
                    );
                }
            }
        }
    }
    v
}
