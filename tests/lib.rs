//! parsi's test suite: one binary, case tables in `data/`.

mod article;
mod find;
mod hostile;
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
