//! parsi's test suite: one binary, case tables in `data/` (see
//! `data/README.md`).

mod article;
mod configured;
mod context;
mod date;
mod date_find;
mod find;
mod hostile;
mod layers;
mod money;
mod normalize;
mod numbers;
mod offsets;
mod properties;
mod search;
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

/// Runs `check` on every row of a case table and fails once, listing every
/// row that failed with its line, when any did or when the table has fewer
/// than `min` rows. `check` answers `Err` with what it got.
pub fn check_table(
    name: &str,
    table: &str,
    min: usize,
    mut check: impl FnMut(&[&str]) -> Result<(), String>,
) {
    let mut count = 0;
    let mut failures = Vec::new();
    for (line, fields) in cases(table) {
        count += 1;
        if let Err(got) = check(&fields) {
            failures.push(format!("{name}:{line}: {fields:?}: {got}"));
        }
    }
    assert!(count >= min, "{name}: only {count} rows");
    assert!(
        failures.is_empty(),
        "{} of {count} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A table field with its escapes written out: `\u{200C}` and the like for
/// invisible characters, `\n`, `\r`, `\t` and `\\`.
pub fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&code, 16).expect("a hex code point");
                out.push(char::from_u32(cp).expect("a char"));
            }
            other => panic!("unknown escape \\{other:?} in {field:?}"),
        }
    }
    out
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
