//! What each command does with a line, and the two commands that take their
//! text from the arguments.

use std::io::{self, Write};
use std::path::PathBuf;

use parsi::{MoneyParser, Normalizer, Number, TokenKind, Unit};

use crate::args::{Command, GrepArgs, NormalizeArgs, ParseArgs, Rule, WordsArgs};
use crate::pipeline::Line;
use crate::Failure;

/// The work on one line: append the output to the buffer.
pub type LineFn = dyn Fn(&Line<'_>, &mut Vec<u8>) + Sync;

/// The files a streaming command reads and its work on a line.
pub fn line_fn(command: &Command) -> Result<(Vec<PathBuf>, Box<LineFn>), Failure> {
    Ok(match command {
        Command::Normalize(a) => {
            let n = normalizer(a);
            (a.input.files.clone(), rewrite(move |t| n.normalize(t)))
        }
        Command::Digits(a) => {
            let to = a.to.into();
            (
                a.input.files.clone(),
                rewrite(move |t| parsi::digits::convert(t, to).into_owned()),
            )
        }
        Command::Spell(a) => {
            let s = a.spelling.spelling(a.ordinal);
            (a.input.files.clone(), rewrite(move |t| s.spell_numbers(t)))
        }
        Command::Digitize(a) => {
            let (p, to) = (a.reading.parser(), a.script.into());
            (
                a.input.files.clone(),
                rewrite(move |t| p.digitize_numbers(t, to)),
            )
        }
        Command::Find(a) => {
            let (json, chars, numbers) = (a.json, a.chars, a.reading.parser());
            let finder = match a.anchor {
                Some(d) => parsi::DateFinder::new().anchor(d),
                None => parsi::DateFinder::new(),
            };
            if a.entities {
                let f = parsi::EntityFinder::new().dates(finder).money(
                    MoneyParser::new()
                        .colloquial_thousands(a.colloquial_thousands)
                        .numbers(numbers),
                );
                (
                    a.input.files.clone(),
                    Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
                        find_entities(&f, json, chars, l, out)
                    }),
                )
            } else if a.dates {
                (
                    a.input.files.clone(),
                    Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
                        find_dates(&finder, json, chars, l, out)
                    }),
                )
            } else if a.money {
                let money = MoneyParser::new()
                    .colloquial_thousands(a.colloquial_thousands)
                    .numbers(numbers);
                (
                    a.input.files.clone(),
                    Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
                        find_money(&money, json, chars, l, out)
                    }),
                )
            } else {
                (
                    a.input.files.clone(),
                    Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
                        find_numbers(&numbers, json, chars, l, out)
                    }),
                )
            }
        }
        Command::Tokens(a) => {
            let (json, chars) = (a.json, a.chars);
            (
                a.input.files.clone(),
                Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| tokens(json, chars, l, out)),
            )
        }
        Command::Sentences(a) => (
            a.files.clone(),
            Box::new(|l: &Line<'_>, out: &mut Vec<u8>| {
                for s in parsi::sentences(l.text) {
                    out.extend_from_slice(s.as_bytes());
                    out.push(b'\n');
                }
            }),
        ),
        Command::Grep(a) => {
            let (searcher, phrases) = searcher(a)?;
            let (spans, chars) = (a.spans, a.chars);
            let mut files = a.input.files.clone();
            if a.phrases.is_some() {
                // With --phrases there is no PHRASE: the first positional is
                // an input.
                if let Some(p) = &a.pattern {
                    files.insert(0, PathBuf::from(p));
                }
            }
            (
                files,
                Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
                    grep(&searcher, &phrases, spans, chars, l, out)
                }),
            )
        }
        Command::Parse(_) | Command::Words(_) => {
            return Err(Failure::Error("not a streaming command".to_string()))
        }
    })
}

/// What a command writes before its first line: the TSV header of `find`.
pub fn header(command: &Command) -> &'static str {
    match command {
        Command::Find(a) if !a.json && a.entities => "file\tline\tstart\tend\ttext\tkind\tvalue\n",
        Command::Find(a) if !a.json && a.dates => {
            "file\tline\tstart\tend\ttext\tcalendar\tyear\tmonth\tday\tweekday\tjalali\n"
        }
        Command::Find(a) if !a.json && a.money => {
            "file\tline\tstart\tend\ttext\tamount\tcurrency\n"
        }
        Command::Find(a) if !a.json => "file\tline\tstart\tend\ttext\tvalue\tkind\tunit\n",
        _ => "",
    }
}

/// A command that rewrites each line, keeping its end.
fn rewrite(f: impl Fn(&str) -> String + Sync + 'static) -> Box<LineFn> {
    Box::new(move |l: &Line<'_>, out: &mut Vec<u8>| {
        out.extend_from_slice(f(l.text).as_bytes());
        out.extend_from_slice(l.end.as_bytes());
    })
}

/// The normalizer the flags ask for.
fn normalizer(a: &NormalizeArgs) -> Normalizer {
    let mut n = if a.none {
        Normalizer::none()
    } else {
        Normalizer::new()
    };
    for (rules, on) in [(&a.on, true), (&a.off, false)] {
        for rule in rules {
            n = match rule {
                Rule::Letters => n.letters(on),
                Rule::PresentationForms => n.presentation_forms(on),
                Rule::Kashida => n.kashida(on),
                Rule::Diacritics => n.diacritics(on),
                Rule::DirectionMarks => n.direction_marks(on),
                Rule::Quotes => n.quotes(on),
                Rule::Zwnj => n.zwnj(on),
                Rule::Affixes => n.affixes(on),
                Rule::VerbPrefixes => n.verb_prefixes(on),
                Rule::GluedSuffixes => n.glued_suffixes(on),
                Rule::PunctuationSpacing => n.punctuation_spacing(on),
                Rule::BracketSpacing => n.bracket_spacing(on),
                Rule::Spaces => n.spaces(on),
                Rule::Compounds => n.compounds(on),
                Rule::PersianPunctuation => n.persian_punctuation(on),
                Rule::DigitSpacing => n.digit_spacing(on),
                Rule::RepeatedLetters => n.repeated_letters(on),
            };
        }
    }
    if let Some(script) = a.digits {
        n = n.digits(Some(script.into()));
    }
    n
}

/// Byte offsets of a line to code points, counted once along the line.
struct Offsets<'t> {
    text: &'t [u8],
    chars: bool,
    byte: usize,
    count: usize,
}

impl<'t> Offsets<'t> {
    fn new(text: &'t str, chars: bool) -> Offsets<'t> {
        Offsets {
            text: text.as_bytes(),
            chars,
            byte: 0,
            count: 0,
        }
    }

    /// The offset to print for byte offset `byte` (not before the last one).
    fn at(&mut self, byte: usize) -> usize {
        if !self.chars {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.count = 0;
        }
        self.count += self.text[self.byte..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        self.byte = byte;
        self.count
    }
}

/// A TSV field: tabs, line breaks and backslashes escaped.
fn tsv(out: &mut Vec<u8>, s: &str) {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        out.extend_from_slice(s.as_bytes());
        return;
    }
    for c in s.chars() {
        match c {
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\\' => out.extend_from_slice(b"\\\\"),
            c => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// A JSON string.
fn json_str(out: &mut Vec<u8>, s: &str) {
    // Writing to a Vec cannot fail, nor can serializing a str.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// The start of a JSON row: file, line, start, end, text.
fn json_head(out: &mut Vec<u8>, l: &Line<'_>, start: usize, end: usize, text: &str) {
    out.extend_from_slice(b"{\"file\":");
    json_str(out, l.file);
    let _ = write!(
        out,
        ",\"line\":{},\"start\":{start},\"end\":{end},\"text\":",
        l.number
    );
    json_str(out, text);
}

/// The start of a TSV row: file, line, start, end, text.
fn tsv_head(out: &mut Vec<u8>, l: &Line<'_>, start: usize, end: usize, text: &str) {
    tsv(out, l.file);
    let _ = write!(out, "\t{}\t{start}\t{end}\t", l.number);
    tsv(out, text);
}

/// The name of a unit in `find`'s output.
fn unit_name(unit: Option<Unit>) -> &'static str {
    match unit {
        None => "",
        Some(Unit::Percent) => "percent",
        Some(Unit::Currency(c)) => match c {
            parsi::Currency::Rial => "rial",
            parsi::Currency::Toman => "toman",
            parsi::Currency::Usd => "usd",
            parsi::Currency::Eur => "eur",
            parsi::Currency::Aed => "aed",
            parsi::Currency::Gbp => "gbp",
            parsi::Currency::Cny => "cny",
            parsi::Currency::Try => "try",
            _ => "currency",
        },
        Some(_) => "unit",
    }
}

fn find_numbers(p: &parsi::NumberParser, json: bool, chars: bool, l: &Line<'_>, out: &mut Vec<u8>) {
    let mut offsets = Offsets::new(l.text, chars);
    for m in p.find_numbers(l.text) {
        let (start, end) = (offsets.at(m.start()), offsets.at(m.end()));
        let kind = if m.is_ordinal() {
            "ordinal"
        } else {
            "cardinal"
        };
        let unit = unit_name(m.unit());
        if json {
            json_head(out, l, start, end, m.as_str());
            let _ = write!(
                out,
                ",\"value\":\"{}\",\"kind\":\"{kind}\",\"unit\":",
                m.value()
            );
            if unit.is_empty() {
                out.extend_from_slice(b"null}\n");
            } else {
                let _ = writeln!(out, "\"{unit}\"}}");
            }
        } else {
            tsv_head(out, l, start, end, m.as_str());
            let _ = writeln!(out, "\t{}\t{kind}\t{unit}", m.value());
        }
    }
}

fn find_dates(f: &parsi::DateFinder, json: bool, chars: bool, l: &Line<'_>, out: &mut Vec<u8>) {
    let mut offsets = Offsets::new(l.text, chars);
    let field = |v: Option<String>| v.unwrap_or_default();
    for m in f.find_dates(l.text) {
        let (start, end) = (offsets.at(m.start()), offsets.at(m.end()));
        let calendar = match m.calendar() {
            parsi::Calendar::Gregorian => "gregorian",
            parsi::Calendar::Hijri => "hijri",
            _ => "jalali",
        };
        let year = m.year().map(|v| v.to_string());
        let month = m.month().map(|v| v.to_string());
        let day = m.day().map(|v| v.to_string());
        let weekday = m.weekday().map(|w| w.number().to_string());
        let jalali = m.jalali().map(|d| d.format(parsi::DateStyle::AsciiDigits));
        if json {
            let j = |v: Option<String>, quote: bool| match v {
                Some(v) if quote => format!("\"{v}\""),
                Some(v) => v,
                None => "null".into(),
            };
            json_head(out, l, start, end, m.as_str());
            let _ = writeln!(
                out,
                ",\"calendar\":\"{calendar}\",\"year\":{},\"month\":{},\"day\":{},\"weekday\":{},\"jalali\":{}}}",
                j(year, false),
                j(month, false),
                j(day, false),
                j(weekday, false),
                j(jalali, true)
            );
        } else {
            tsv_head(out, l, start, end, m.as_str());
            let _ = writeln!(
                out,
                "\t{calendar}\t{}\t{}\t{}\t{}\t{}",
                field(year),
                field(month),
                field(day),
                field(weekday),
                field(jalali)
            );
        }
    }
}

fn find_entities(
    f: &parsi::EntityFinder,
    json: bool,
    chars: bool,
    l: &Line<'_>,
    out: &mut Vec<u8>,
) {
    let mut offsets = Offsets::new(l.text, chars);
    for e in f.find_entities(l.text) {
        let (start, end) = (offsets.at(e.start()), offsets.at(e.end()));
        let (kind, value) = match e {
            parsi::Entity::Date(d) => (
                "date",
                d.jalali()
                    .map(|j| j.format(parsi::DateStyle::AsciiDigits))
                    .unwrap_or_default(),
            ),
            parsi::Entity::Money(m) => {
                let money = m.money();
                (
                    "money",
                    format!("{} {}", money.amount(), money.currency().code()),
                )
            }
            parsi::Entity::Number(n) => ("number", n.value().to_string()),
            _ => ("other", String::new()),
        };
        if json {
            json_head(out, l, start, end, e.as_str());
            let _ = writeln!(out, ",\"kind\":\"{kind}\",\"value\":\"{value}\"}}");
        } else {
            tsv_head(out, l, start, end, e.as_str());
            let _ = writeln!(out, "\t{kind}\t{value}");
        }
    }
}

fn find_money(p: &MoneyParser, json: bool, chars: bool, l: &Line<'_>, out: &mut Vec<u8>) {
    let mut offsets = Offsets::new(l.text, chars);
    for m in p.find_money(l.text) {
        let (start, end) = (offsets.at(m.start()), offsets.at(m.end()));
        let money = m.money();
        let code = money.currency().code();
        if json {
            json_head(out, l, start, end, m.as_str());
            let _ = writeln!(
                out,
                ",\"amount\":\"{}\",\"currency\":\"{code}\"}}",
                money.amount()
            );
        } else {
            tsv_head(out, l, start, end, m.as_str());
            let _ = writeln!(out, "\t{}\t{code}", money.amount());
        }
    }
}

/// The name of a token kind in `tokens --json`.
fn kind_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Punctuation => "punctuation",
        TokenKind::Symbol => "symbol",
        TokenKind::Url => "url",
        TokenKind::Email => "email",
        TokenKind::Hashtag => "hashtag",
        TokenKind::Mention => "mention",
        _ => "other",
    }
}

fn tokens(json: bool, chars: bool, l: &Line<'_>, out: &mut Vec<u8>) {
    let mut offsets = Offsets::new(l.text, chars);
    for t in parsi::tokens(l.text) {
        if json {
            let (start, end) = (offsets.at(t.start()), offsets.at(t.end()));
            json_head(out, l, start, end, t.as_str());
            let _ = writeln!(out, ",\"kind\":\"{}\"}}", kind_name(t.kind()));
        } else {
            out.extend_from_slice(t.as_str().as_bytes());
            out.push(b'\n');
        }
    }
}

/// `parsi parse`: each expression's value on its own line; errors on stderr.
pub fn parse(a: &ParseArgs) -> Result<(), Failure> {
    let parser = a.reading.parser();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for text in &a.texts {
        let result = if a.ordinal {
            parser.parse_ordinal(text)
        } else {
            parser.parse(text)
        };
        match result {
            Ok(n) => writeln!(out, "{n}")?,
            Err(e) => {
                failed = true;
                let r = e.range();
                let (start, end) = (
                    text[..r.start].chars().count(),
                    text[..r.end].chars().count(),
                );
                out.flush()?;
                let _ = writeln!(
                    io::stderr(),
                    "parsi: {text:?}: {} at {start}..{end} (code points): {:?}",
                    e.kind(),
                    e.found()
                );
            }
        }
    }
    out.flush()?;
    if failed {
        Err(Failure::NotANumber)
    } else {
        Ok(())
    }
}

/// `parsi words`: each value in words on its own line.
pub fn words(a: &WordsArgs) -> Result<(), Failure> {
    let spelling = a.spelling.spelling(a.ordinal);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for text in &a.numbers {
        let words = match text.trim().parse::<Number>() {
            Ok(n) if a.ordinal.is_some() => spelling.ordinal_words(n).map_err(|e| e.to_string()),
            Ok(n) => Ok(spelling.words(n)),
            Err(e) => Err(e.to_string()),
        };
        match words {
            Ok(w) => writeln!(out, "{w}")?,
            Err(e) => {
                failed = true;
                out.flush()?;
                let _ = writeln!(io::stderr(), "parsi: {text:?}: {e}");
            }
        }
    }
    out.flush()?;
    if failed {
        Err(Failure::NotANumber)
    } else {
        Ok(())
    }
}

/// The searcher `grep` asks for, and its phrases (for the last column).
fn searcher(a: &GrepArgs) -> Result<(parsi::Searcher, Vec<String>), Failure> {
    let options = parsi::SearchOptions::new()
        .whole_words(!a.partial)
        .letters(!a.exact_letters)
        .marks(!a.exact_marks)
        .joiners(!a.exact_joiners)
        .digits(!a.exact_digits);
    if let Some(path) = &a.phrases {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Failure::Error(format!("{}: {}", path.display(), crate::input::plain(&e)))
        })?;
        let phrases: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        return Ok((options.phrases(&phrases), phrases));
    }
    let Some(pattern) = &a.pattern else {
        return Err(Failure::Error(
            "grep needs a PHRASE, or --phrases FILE".to_string(),
        ));
    };
    if a.regex {
        let s = options
            .regex(pattern)
            .map_err(|e| Failure::Error(e.to_string()))?;
        return Ok((s, Vec::new()));
    }
    Ok((options.phrase(pattern), vec![pattern.clone()]))
}

fn grep(
    searcher: &parsi::Searcher,
    phrases: &[String],
    spans: bool,
    chars: bool,
    l: &Line<'_>,
    out: &mut Vec<u8>,
) {
    if !spans {
        if searcher.find_iter(l.text).next().is_some() {
            out.extend_from_slice(l.file.as_bytes());
            let _ = write!(out, ":{}:", l.number);
            out.extend_from_slice(l.text.as_bytes());
            out.push(b'\n');
        }
        return;
    }
    let mut offsets = Offsets::new(l.text, chars);
    for m in searcher.find_iter(l.text) {
        let (start, end) = (offsets.at(m.start()), offsets.at(m.end()));
        tsv_head(out, l, start, end, m.as_str());
        if phrases.len() > 1 {
            out.push(b'\t');
            if let Some(p) = m.phrase().and_then(|k| phrases.get(k)) {
                tsv(out, p);
            }
        }
        out.push(b'\n');
    }
}
