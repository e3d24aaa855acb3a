//! The finder's context rules, one accept and one reject row at least for
//! each (`data/context.tsv`).

use std::collections::BTreeMap;

/// The rules of `src/number/context.rs`.
const RULES: [&str; 11] = [
    "verb_prefix",
    "plural",
    "approximate",
    "inexact_fraction",
    "nine_as_not",
    "give_verb",
    "weekday",
    "month_safar",
    "prime_minister",
    "letter_c",
    "half_compound",
];

#[test]
fn table() {
    let table = include_str!("data/context.tsv");
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (line, f) in crate::cases(table) {
        assert!(RULES.contains(&f[0]), "line {line}: rule {}", f[0]);
        assert!(matches!(f[1], "accept" | "reject"), "line {line}");
        // A reject row finds nothing; an accept row finds the number.
        assert_eq!(f[1] == "reject", f[3] == "-", "line {line}");
        *seen.entry((f[0], f[1])).or_default() += 1;
    }
    for rule in RULES {
        for way in ["accept", "reject"] {
            assert!(seen.contains_key(&(rule, way)), "no {way} row for {rule}");
        }
    }
    crate::check_table("context.tsv", table, 30, |f| {
        let got = crate::find::describe(f[2]);
        (got == f[3]).then_some(()).ok_or(got)
    });
}
