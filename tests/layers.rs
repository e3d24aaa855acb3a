//! The crate's shape, checked: no module imports from a module above it in
//! the layer order the crate docs state ("How the crate is built"), no
//! source file is over 800 lines, and no function is over 100 lines without
//! a reason in a comment right above it (a line starting `// Long:`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, bottom first. A unit is a top-level module, except under
/// `number`, where each file is a unit of its own; a unit may use units of a
/// lower rank only (and, within a directory module, its own files).
const LAYERS: &[(&str, u8)] = &[
    ("text", 0),
    ("error", 1),
    ("digits", 1),
    ("unit", 2),
    ("normalize", 3),
    ("tokenize", 3),
    // Search folds text as the normalizer does and runs `regex` on it.
    ("search", 4),
    ("number::value", 3),
    ("number::lexicon", 3),
    ("number::grammar", 4),
    ("number::quick", 5),
    ("number::lexer", 5),
    ("number::acc", 6),
    ("number::fraction", 7),
    ("number::parse", 8),
    ("number::words", 9),
    ("number::context", 10),
    ("number::find", 11),
    ("number::rewrite", 12),
    // The facade that re-exports the number units.
    ("number", 12),
    ("money", 13),
    // The calendar spells dates with the number words.
    ("date", 13),
    // One scanner over dates, money and numbers.
    ("entity", 14),
    ("lib", 15),
];

fn rank(unit: &str) -> Option<u8> {
    LAYERS.iter().find(|(u, _)| *u == unit).map(|&(_, r)| r)
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            source_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The unit a file belongs to, from its path under `src`.
fn unit_of(rel: &str) -> String {
    let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["lib"] => "lib".into(),
        ["number", "mod"] => "number".into(),
        ["number", file] => format!("number::{file}"),
        [top, ..] => (*top).into(),
        [] => unreachable!("a path has a part"),
    }
}

/// The unit a path names, seen from `from`: `crate::a::b…` or `super::b…`.
fn unit_named(from: &str, path: &[&str]) -> Option<String> {
    let (first, rest) = path.split_first()?;
    let top = match *first {
        "crate" => rest.first().copied()?,
        "super" if from.starts_with("number::") => {
            let name = rest.first().copied()?;
            let unit = format!("number::{name}");
            // `super::Item` is the facade's item.
            return Some(if rank(&unit).is_some() {
                unit
            } else {
                "number".into()
            });
        }
        // Inside another directory module, `super` is the module itself.
        "super" => return None,
        _ => return None,
    };
    if top == "number" {
        if let Some(name) = rest.get(1) {
            let unit = format!("number::{name}");
            if rank(&unit).is_some() {
                return Some(unit);
            }
        }
    }
    Some(top.to_string())
}

/// Every `crate::…` and `super::…` path in a line of code, brace groups of a
/// `use` expanded one level (`use super::{acc, lexer::Token}`).
fn paths_in(line: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(k) = line[from..].find(start) {
            let at = from + k;
            from = at + start.len();
            // Only a whole word: not `mycrate::`.
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &line[at..];
            let head: String = rest
                .chars()
                .take_while(|&c| c.is_alphanumeric() || c == '_' || c == ':')
                .collect();
            let segs: Vec<String> = head
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let after = &rest[head.len()..];
            if let Some(group) = after.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                for item in group.split(',') {
                    let first = item
                        .trim()
                        .split("::")
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    if !first.is_empty() {
                        let mut p = segs.clone();
                        p.push(first);
                        found.push(p);
                    }
                }
            } else {
                found.push(segs);
            }
        }
    }
    found
}

/// The code of a line: without a `//` comment (doc comments included).
fn code(line: &str) -> &str {
    match line.find("//") {
        Some(k) if !line[..k].contains('"') => &line[..k],
        _ if line.trim_start().starts_with("//") => "",
        _ => line,
    }
}

fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&src)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&p).expect("a readable source file");
            (rel, text)
        })
        .collect()
}

#[test]
fn no_module_imports_from_above() {
    let mut wrong = Vec::new();
    let mut seen = BTreeMap::new();
    for (rel, text) in sources() {
        let unit = unit_of(&rel);
        let own = rank(&unit).unwrap_or_else(|| panic!("{rel}: no layer for {unit}"));
        for (n, line) in text.lines().enumerate() {
            for path in paths_in(code(line)) {
                let path: Vec<&str> = path.iter().map(String::as_str).collect();
                let Some(used) = unit_named(&unit, &path) else {
                    continue;
                };
                if used == unit || unit == "lib" {
                    continue;
                }
                let Some(r) = rank(&used) else {
                    // Not a module of the crate (an item of the root, a
                    // macro): nothing to check.
                    continue;
                };
                *seen.entry((unit.clone(), used.clone())).or_insert(0) += 1;
                if r >= own && !(unit == "number" && used.starts_with("number::")) {
                    wrong.push(format!(
                        "{rel}:{}: {unit} (layer {own}) uses {used} (layer {r})",
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports from above:\n{}",
        wrong.join("\n")
    );
    // The check saw the imports it is about.
    assert!(seen.contains_key(&("number::quick".into(), "number::grammar".into())));
    assert!(seen.contains_key(&("number::lexicon".into(), "unit".into())));
    assert!(seen.contains_key(&("tokenize".into(), "text".into())));
}

#[test]
fn the_check_catches_an_import_from_above() {
    let paths = paths_in("use super::{acc::Acc, grammar::Group};");
    let units: Vec<_> = paths
        .iter()
        .map(|p| {
            let p: Vec<&str> = p.iter().map(String::as_str).collect();
            unit_named("number::quick", &p)
        })
        .collect();
    assert_eq!(
        units,
        [Some("number::acc".into()), Some("number::grammar".into())]
    );
    assert!(rank("number::acc") > rank("number::quick"));
    let p = paths_in("let n = crate::number::parse_span(t);");
    let p: Vec<&str> = p[0].iter().map(String::as_str).collect();
    assert_eq!(unit_named("text", &p).as_deref(), Some("number"));
    assert_eq!(code("/// uses crate::money"), "");
}

#[test]
fn the_crate_forbids_unsafe_code() {
    let lib = sources()
        .into_iter()
        .find(|(rel, _)| rel == "lib.rs")
        .expect("src/lib.rs");
    assert!(lib.1.lines().any(|l| l == "#![forbid(unsafe_code)]"));
}

#[test]
fn files_and_functions_stay_short() {
    let mut long = Vec::new();
    for (rel, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() > 800 {
            long.push(format!("{rel}: {} lines", lines.len()));
        }
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "pub(super) fn ",
                "const fn ",
            ]
            .iter()
            .chain(&[
                "pub const fn ",
                "pub(crate) const fn ",
                "pub(super) const fn ",
            ])
            .any(|p| t.starts_with(p));
            if !is_fn || t.ends_with(';') {
                continue;
            }
            let indent = line.len() - t.len();
            let close = format!("{}}}", " ".repeat(indent));
            let Some(len) = lines[i..].iter().position(|l| *l == close) else {
                continue;
            };
            let reason = lines[..i]
                .iter()
                .rev()
                .take_while(|l| {
                    let l = l.trim_start();
                    l.starts_with("//") || l.starts_with("#[")
                })
                .any(|l| l.trim_start().starts_with("// Long:"));
            if len + 1 > 100 && !reason {
                long.push(format!("{rel}:{}: a function of {} lines", i + 1, len + 1));
            }
        }
    }
    assert!(long.is_empty(), "too long:\n{}", long.join("\n"));
}
