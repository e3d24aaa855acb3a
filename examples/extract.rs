//! Prints every number in the input, one per line, tab-separated: byte start,
//! byte end, text, value, "ordinal" or "cardinal", unit.
//!
//! ```text
//! cargo run --example extract < news.txt
//! cargo run --example extract -- a.txt b.txt
//! ```
//!
//! With files, each line starts with the file name.

use std::io::{self, BufWriter, Read, Write};

fn print_numbers(out: &mut impl Write, prefix: &str, text: &str) -> io::Result<()> {
    for m in parsi::find_numbers(text) {
        let unit = m.unit().map(|u| u.to_string()).unwrap_or_default();
        let kind = if m.is_ordinal() {
            "ordinal"
        } else {
            "cardinal"
        };
        // Tabs and line breaks inside a match would break the columns.
        let shown = m.as_str().replace(['\t', '\n'], " ");
        writeln!(
            out,
            "{prefix}{}\t{}\t{shown}\t{}\t{kind}\t{unit}",
            m.start(),
            m.end(),
            m.value()
        )?;
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        print_numbers(&mut out, "", &text)?;
    } else {
        for path in &files {
            let text = std::fs::read_to_string(path)?;
            print_numbers(&mut out, &format!("{path}\t"), &text)?;
        }
    }
    out.flush()
}
