//! The `parsi` binary run as a user runs it: each command on the article,
//! stdin and files, -j1 against -j2, in-place rewriting, bad input, line
//! ends, a large input, and a reader that goes away.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = include_str!("../../tests/data/article.txt");

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data")
        .join(name)
}

fn read_data(name: &str) -> String {
    std::fs::read_to_string(data(name)).unwrap()
}

fn parsi(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parsi"));
    c.args(args);
    c
}

/// Runs with `input` on stdin.
fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = parsi(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "failed: {}", stderr(&o));
    assert_eq!(stderr(&o), "");
    stdout(&o)
}

#[test]
fn rewriting_commands_on_the_article_match_the_checked_files() {
    let article = data("article.txt");
    let a = article.to_str().unwrap();
    for (cmd, file) in [
        ("normalize", "article.normalized.txt"),
        ("spell", "article.spelled.txt"),
        ("digitize", "article.digitized.txt"),
        ("sentences", "article.sentences.txt"),
    ] {
        assert_eq!(
            ok(parsi(&[cmd, a]).output().unwrap()),
            read_data(file),
            "{cmd}"
        );
        // The same from standard input.
        assert_eq!(
            ok(run_stdin(&[cmd], ARTICLE.as_bytes())),
            read_data(file),
            "{cmd} stdin"
        );
    }
    let tokens: String = read_data("article.tokens.tsv")
        .lines()
        .map(|l| format!("{}\n", l.split_once('\t').unwrap().1))
        .collect();
    assert_eq!(ok(parsi(&["tokens", a]).output().unwrap()), tokens);
    let persian = ok(parsi(&["digits", "--to", "persian", a]).output().unwrap());
    assert!(!persian.contains(|c: char| c.is_ascii_digit()));
    let back = ok(run_stdin(&["digits", "--to", "ascii"], persian.as_bytes()));
    assert_eq!(back, ARTICLE);
}

#[test]
fn find_on_the_article() {
    let out = ok(parsi(&["find", data("article.txt").to_str().unwrap()])
        .output()
        .unwrap());
    let mut rows = out.lines();
    assert_eq!(
        rows.next(),
        Some("file\tline\tstart\tend\ttext\tvalue\tkind\tunit")
    );
    let rows: Vec<Vec<&str>> = rows.map(|r| r.split('\t').collect()).collect();
    // The article's numbers, as tests/data/article.numbers.tsv holds them.
    let want: Vec<(String, String, String)> = read_data("article.numbers.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect();
    let got: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r[4].to_string(), r[5].to_string(), r[6].to_string()))
        .collect();
    assert_eq!(want.len(), 16);
    assert_eq!(got, want);
    // Offsets are bytes of the line: the text is there.
    let lines: Vec<&str> = ARTICLE.lines().collect();
    for r in &rows {
        let line = lines[r[1].parse::<usize>().unwrap() - 1];
        let (s, e): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
        assert_eq!(&line[s..e], r[4]);
    }
    // --money: the two amounts.
    let out = ok(
        parsi(&["find", "--money", data("article.txt").to_str().unwrap()])
            .output()
            .unwrap(),
    );
    let money: Vec<Vec<&str>> = out
        .lines()
        .skip(1)
        .map(|r| r.split('\t').collect())
        .collect();
    assert_eq!(
        money.iter().map(|r| (r[4], r[5], r[6])).collect::<Vec<_>>(),
        [
            ("2میلیارد و 521میلیون ریال", "2521000000", "IRR"),
            ("2میلیارد و 335 میلیون ریال", "2335000000", "IRR")
        ]
    );
}

#[test]
fn find_offsets_in_chars_and_json() {
    let text = "😀 سه هزار و 713 خدمت، ۲٫۵ درصد\n";
    let out = ok(run_stdin(&["find", "--chars"], text.as_bytes()));
    // Worked out by hand: "😀 " is two code points; "سه هزار و 713" is 13.
    assert_eq!(
        out,
        "file\tline\tstart\tend\ttext\tvalue\tkind\tunit\n\
         -\t1\t2\t15\tسه هزار و 713\t3713\tcardinal\t\n\
         -\t1\t22\t25\t۲٫۵\t2.5\tcardinal\tpercent\n"
    );
    // Bytes: "😀 " is 5; "سه هزار و 713" 20; " خدمت، " 12.
    let out = ok(run_stdin(&["find", "--json"], text.as_bytes()));
    assert_eq!(
        out,
        "{\"file\":\"-\",\"line\":1,\"start\":5,\"end\":25,\"text\":\"سه هزار و 713\",\"value\":\"3713\",\"kind\":\"cardinal\",\"unit\":null}\n\
         {\"file\":\"-\",\"line\":1,\"start\":37,\"end\":43,\"text\":\"۲٫۵\",\"value\":\"2.5\",\"kind\":\"cardinal\",\"unit\":\"percent\"}\n"
    );
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], v["text"].as_str().unwrap());
    }
    let out = ok(run_stdin(
        &["find", "--money", "--json"],
        "۵۰ هزار تومان".as_bytes(),
    ));
    assert_eq!(
        out,
        "{\"file\":\"-\",\"line\":1,\"start\":0,\"end\":24,\"text\":\"۵۰ هزار تومان\",\"amount\":\"50000\",\"currency\":\"IRT\"}\n"
    );
}

#[test]
fn settings_reach_the_commands() {
    let o = ok(run_stdin(
        &["digitize", "--script", "ascii"],
        "دو بیلیون نفر".as_bytes(),
    ));
    assert_eq!(o, "2000000000 نفر");
    let o = ok(run_stdin(
        &["digitize", "--script", "ascii", "--long-scale"],
        "دو بیلیون نفر".as_bytes(),
    ));
    assert_eq!(o, "2000000000000 نفر");
    let o = ok(run_stdin(
        &["spell", "--scale-names", "milliard"],
        "2000000000000 ریال".as_bytes(),
    ));
    assert_eq!(o, "دو هزار میلیارد ریال");
    let o = ok(run_stdin(
        &["normalize", "--digits", "persian"],
        "سال 1403\n".as_bytes(),
    ));
    assert_eq!(o, "سال ۱۴۰۳\n");
    let o = ok(run_stdin(
        &["normalize", "--off", "letters"],
        "كتاب ها".as_bytes(),
    ));
    assert_eq!(o, "كتاب\u{200c}ها");
    let o = ok(run_stdin(
        &["normalize", "--none", "--on", "letters"],
        "كتاب  ها".as_bytes(),
    ));
    assert_eq!(o, "کتاب  ها");
    // The orthography rules: on by default, and each switch by its name.
    let o = ok(run_stdin(
        &["normalize"],
        "نمیشود بزرگترین 117کودک قاره(نقاط".as_bytes(),
    ));
    assert_eq!(o, "نمی\u{200c}شود بزرگ\u{200c}ترین 117 کودک قاره (نقاط");
    let o = ok(run_stdin(
        &[
            "normalize",
            "--off",
            "verb-prefixes,glued-suffixes,digit-spacing,bracket-spacing",
            "--on",
            "compounds",
        ],
        "نمیشود 117کودک رئیس جمهور".as_bytes(),
    ));
    assert_eq!(o, "نمیشود 117کودک رئیس\u{200c}جمهور");
    let o = ok(run_stdin(
        &["find", "--no-slash-decimal"],
        "نرخ ۳/۵ درصد".as_bytes(),
    ));
    assert_eq!(o.lines().count(), 1, "only the header: {o}");
    let o = ok(run_stdin(
        &["find", "--money", "--colloquial-thousands"],
        "بلیت صد تومن شد".as_bytes(),
    ));
    assert!(o.ends_with("\t100000\tIRT\n"), "{o}");
}

#[test]
fn parse_and_words() {
    let o = parsi(&[
        "parse",
        "سه هزار و هفتصد و سیزده",
        "۲٫۵ میلیون",
        "دو ممیز پنج",
    ])
    .output()
    .unwrap();
    assert_eq!(ok(o), "3713\n2500000\n2.5\n");
    let o = parsi(&["parse", "بیست", "بیست سلام", "سی"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "20\n30\n");
    assert_eq!(
        stderr(&o),
        "parsi: \"بیست سلام\": unknown word at 5..9 (code points): \"سلام\"\n"
    );
    let o = parsi(&["parse", "--ordinal", "بیست و یکم", "صدمین"])
        .output()
        .unwrap();
    assert_eq!(ok(o), "21\n100\n");
    let o = parsi(&["words", "3713", "۲٫۵"]).output().unwrap();
    assert_eq!(ok(o), "سه هزار و هفتصد و سیزده\nدو ممیز پنج\n");
    let o = parsi(&["words", "--ordinal", "attributive", "21"])
        .output()
        .unwrap();
    assert_eq!(ok(o), "بیست و یکمین\n");
    let o = parsi(&["words", "--", "-5"]).output().unwrap();
    assert_eq!(ok(o), "منفی پنج\n");
    let o = parsi(&["words", "12x"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

/// Text of about `bytes` bytes: the article's lines with numbers changed,
/// some lines CRLF.
fn generated(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 4096);
    let mut i = 0u64;
    while s.len() < bytes {
        for line in ARTICLE.lines() {
            s.push_str(line);
            s.push_str(&format!(" و {i} ریال"));
            s.push_str(if i % 7 == 0 { "\r\n" } else { "\n" });
            i += 1;
        }
    }
    s
}

#[test]
fn output_is_the_same_for_every_j() {
    let text = generated(3 << 20);
    for args in [
        &["find"][..],
        &["normalize"],
        &["tokens", "--json"],
        &["spell"],
    ] {
        let one = ok(run_stdin(
            &[&["-j", "1"][..], args].concat(),
            text.as_bytes(),
        ));
        let two = ok(run_stdin(
            &[&["-j", "2"][..], args].concat(),
            text.as_bytes(),
        ));
        assert_eq!(one, two, "{args:?}");
        assert!(!one.is_empty());
    }
}

#[test]
fn line_ends_and_empty_input() {
    let text = "كتاب ها\r\nسه هزار\n\nآخر بدون پایان";
    let o = ok(run_stdin(&["normalize"], text.as_bytes()));
    assert_eq!(o, "کتاب\u{200c}ها\r\nسه هزار\n\nآخر بدون پایان");
    let o = ok(run_stdin(&["normalize"], b""));
    assert_eq!(o, "");
    let o = ok(run_stdin(&["find"], b""));
    assert_eq!(o, "file\tline\tstart\tend\ttext\tvalue\tkind\tunit\n");
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let o = ok(parsi(&["sentences", empty.to_str().unwrap()])
        .output()
        .unwrap());
    assert_eq!(o, "");
    // Files one after another, with their names and line numbers.
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "پنج\nشش").unwrap();
    let o = ok(
        parsi(&["find", a.to_str().unwrap(), "-", a.to_str().unwrap()])
            .stdin(Stdio::null())
            .output()
            .unwrap(),
    );
    let name = a.to_str().unwrap();
    assert_eq!(
        o,
        format!(
            "file\tline\tstart\tend\ttext\tvalue\tkind\tunit\n\
             {name}\t1\t0\t6\tپنج\t5\tcardinal\t\n{name}\t2\t0\t4\tشش\t6\tcardinal\t\n\
             {name}\t1\t0\t6\tپنج\t5\tcardinal\t\n{name}\t2\t0\t4\tشش\t6\tcardinal\t\n"
        )
    );
}

#[test]
fn in_place_rewrites_a_copy_safely() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("news.txt");
    std::fs::write(&f, ARTICLE).unwrap();
    ok(parsi(&["normalize", "--in-place", f.to_str().unwrap()])
        .output()
        .unwrap());
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        read_data("article.normalized.txt")
    );
    // Nothing left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
    // A file that is not UTF-8 is left as it was.
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"ok\n\xff\n").unwrap();
    let o = parsi(&["normalize", "--in-place", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&bad).unwrap(), b"ok\n\xff\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    let o = run_stdin(&["normalize", "--in-place"], b"x");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_input_gets_a_one_line_error() {
    let o = run_stdin(&["normalize"], b"ok\nabc \xff\xfe bad\n");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "ok\n");
    assert_eq!(
        stderr(&o),
        "parsi: -:2: invalid UTF-8 at byte 4 of the line (byte 7 of the file); --lossy replaces it\n"
    );
    let o = run_stdin(&["--lossy", "normalize"], b"ok\nabc \xff bad\n");
    assert_eq!(ok(o), "ok\nabc \u{fffd} bad\n");
    let o = parsi(&["find", "/no/such/file.txt"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "parsi: /no/such/file.txt: No such file or directory\n"
    );
    let o = parsi(&["digits", "--to", "roman"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_large_input_and_a_reader_that_goes_away() {
    let text = generated(50 << 20);
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, &text).unwrap();
    let big = big.to_str().unwrap();
    // The whole 50 MB: one row per number, every line counted.
    let o = parsi(&["find", big]).output().unwrap();
    assert!(o.status.success());
    let out = stdout(&o);
    let lines = text.lines().count();
    let last = out.lines().last().unwrap();
    assert_eq!(last.split('\t').nth(1).unwrap(), lines.to_string());
    // `parsi find big | head -1`: the reader goes; parsi ends at once,
    // quietly, with success.
    let mut child = parsi(&["find", big])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("file\t"));
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{status:?}");
    assert_eq!(err, "");
}

#[test]
fn help_and_version() {
    let o = ok(parsi(&["--version"]).output().unwrap());
    assert!(o.starts_with("parsi "));
    for cmd in [
        "normalize",
        "digits",
        "find",
        "spell",
        "digitize",
        "parse",
        "words",
        "tokens",
        "sentences",
    ] {
        let h = ok(parsi(&[cmd, "--help"]).output().unwrap());
        assert!(h.contains("Example"), "{cmd} --help has an example");
    }
}

#[test]
fn grep_finds_variants_and_prints_lines_or_spans() {
    let text = "كتاب ها را خواندم\nهیچ\nکتابها و کتاب\u{200C}ها\r\n";
    let o = ok(run_stdin(&["grep", "کتاب\u{200C}ها"], text.as_bytes()));
    assert_eq!(o, "-:1:كتاب ها را خواندم\n-:3:کتابها و کتاب\u{200C}ها\n");
    let o = ok(run_stdin(
        &["grep", "--spans", "--chars", "کتاب\u{200C}ها"],
        text.as_bytes(),
    ));
    assert_eq!(
        o,
        "-\t1\t0\t7\tكتاب ها\n-\t3\t0\t6\tکتابها\n-\t3\t9\t16\tکتاب\u{200C}ها\n"
    );
    // Whole words unless --partial.
    let o = ok(run_stdin(&["grep", "کتاب"], "کتابخانه\n".as_bytes()));
    assert_eq!(o, "");
    let o = ok(run_stdin(
        &["grep", "--partial", "کتاب"],
        "کتابخانه\n".as_bytes(),
    ));
    assert_eq!(o, "-:1:کتابخانه\n");
    // A gazetteer from a file, with the phrase that matched.
    let dir = tempfile::tempdir().unwrap();
    let places = dir.path().join("places.txt");
    std::fs::write(&places, "تهران\nتهران بزرگ\n").unwrap();
    let o = ok(run_stdin(
        &["grep", "--phrases", places.to_str().unwrap(), "--spans"],
        "استان تهران بزرگ و تهران".as_bytes(),
    ));
    assert_eq!(
        o,
        "-\t1\t11\t30\tتهران بزرگ\tتهران بزرگ\n-\t1\t34\t44\tتهران\tتهران\n"
    );
    let o = ok(run_stdin(
        &["grep", "--regex", "--spans", "سال [۰-۹]+"],
        "سال 1403 و سال ۱۴۰۴".as_bytes(),
    ));
    assert_eq!(o, "-\t1\t0\t11\tسال 1403\n-\t1\t15\t30\tسال ۱۴۰۴\n");
    let o = run_stdin(&["grep", "--regex", "("], b"x");
    assert_eq!(o.status.code(), Some(2));
    let o = run_stdin(&["grep"], b"x");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn find_dates_with_an_anchor() {
    let text = "جلسه دوشنبه ۱۲ آذر ۱۴۰۳ و مرداد ماه سال جاری، روز چهارشنبه\n";
    let out = ok(run_stdin(
        &["find", "--dates", "--chars", "--anchor", "1403/09/20"],
        text.as_bytes(),
    ));
    // Worked out by hand: "جلسه " is 5 code points, the first date 18.
    assert_eq!(
        out,
        "file\tline\tstart\tend\ttext\tcalendar\tyear\tmonth\tday\tweekday\tjalali\n\
         -\t1\t5\t23\tدوشنبه ۱۲ آذر ۱۴۰۳\tjalali\t1403\t9\t12\t3\t1403/09/12\n\
         -\t1\t26\t44\tمرداد ماه سال جاری\tjalali\t1403\t5\t\t\t\n"
    );
    let out = ok(run_stdin(
        &["find", "--dates", "--json"],
        "۱۲ آذر".as_bytes(),
    ));
    assert_eq!(
        out,
        "{\"file\":\"-\",\"line\":1,\"start\":0,\"end\":11,\"text\":\"۱۲ آذر\",\"calendar\":\"jalali\",\
         \"year\":null,\"month\":9,\"day\":12,\"weekday\":null,\"jalali\":null}\n"
    );
    // A bad anchor is a usage error.
    let bad = run_stdin(&["find", "--dates", "--anchor", "1402/12/30"], b"");
    assert!(!bad.status.success());
}

#[test]
fn find_entities_claims_numbers() {
    let text = "در ۱۲ آذر ۱۴۰۳ مبلغ ۵ میلیون تومان به ۳ نفر\n";
    let out = ok(run_stdin(
        &["find", "--entities", "--chars"],
        text.as_bytes(),
    ));
    // Worked out by hand: "در " is 3 code points, the date 11, " مبلغ " 6,
    // the amount 14, " به " 4.
    assert_eq!(
        out,
        "file\tline\tstart\tend\ttext\tkind\tvalue\n\
         -\t1\t3\t14\t۱۲ آذر ۱۴۰۳\tdate\t1403/09/12\n\
         -\t1\t20\t34\t۵ میلیون تومان\tmoney\t5000000 IRT\n\
         -\t1\t38\t39\t۳\tnumber\t3\n"
    );
    // --anchor goes with --dates or --entities only.
    assert!(!run_stdin(&["find", "--anchor", "1403/01/01"], b"")
        .status
        .success());
}
