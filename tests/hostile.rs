//! Hostile input: huge, repetitive, mixed and invisible text. Every entry
//! point must answer in linear time with an error or a sensible result.

use std::time::{Duration, Instant};

use parsi::{
    digits, find_money, find_numbers, normalize, parse_number, sentences, spell_numbers, tokens,
    ErrorKind, Money,
};

const MB: usize = 1 << 20;

/// Runs every entry point over `text`.
fn run_all(text: &str) {
    let _ = parse_number(text);
    let _ = Money::parse(text);
    for m in find_numbers(text) {
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
    }
    let _ = find_money(text).count();
    for m in parsi::find_dates(text) {
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
    }
    let _ = parsi::find_entities(text).count();
    let _ = parsi::parse_date(text);
    let _ = tokens(text).count();
    let _ = sentences(text).count();
    let n = normalize(text);
    assert_eq!(normalize(&n), n);
    let _ = digits::to_persian(text);
    let _ = digits::to_ascii(text);
}

fn time(f: impl Fn()) -> Duration {
    // The best of three, to keep a busy machine from deciding.
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// `make(n)` builds an input of about `n` bytes; running everything on 32
/// times the input must not take anywhere near 1024 times as long
/// (quadratic). The bound is 200 times plus a tenth of a second: linear is
/// 32, so a busy machine would have to slow the large run six-fold against
/// the small one to trip it, while a quadratic step trips it five-fold over.
fn assert_linear(name: &str, make: impl Fn(usize) -> String) {
    let small = make(MB / 8);
    let large = make(4 * MB);
    let t_small = time(|| run_all(&small));
    let t_large = time(|| run_all(&large));
    let bound = t_small * 200 + Duration::from_millis(100);
    assert!(
        t_large <= bound,
        "{name}: {t_large:?} for 32× the input of {t_small:?}"
    );
}

fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len().max(1) + 1)
}

#[test]
fn ten_megabytes_of_and() {
    // One enormous word made of و: not a number word.
    let text = repeat_to("و", 10 * MB);
    assert_eq!(
        parse_number(&text).unwrap_err().kind(),
        ErrorKind::UnknownWord
    );
    assert_eq!(find_numbers(&text).count(), 0);
    let spaced = repeat_to("و ", 10 * MB);
    assert_eq!(
        parse_number(&spaced).unwrap_err().kind(),
        ErrorKind::UnexpectedWord
    );
    assert_eq!(find_numbers(&spaced).count(), 0);
    assert_linear("و", |n| repeat_to("و", n));
    assert_linear("و ", |n| repeat_to("و ", n));
}

#[test]
fn ten_megabytes_of_digits() {
    let plain = repeat_to("1234567890", 10 * MB);
    assert_eq!(
        parse_number(&plain).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(find_numbers(&plain).count(), 0);
    let grouped = format!("1{}", repeat_to(",234", 10 * MB));
    assert_eq!(
        parse_number(&grouped).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    let persian = digits::to_persian(&plain).into_owned();
    assert_eq!(
        parse_number(&persian).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    let bad_groups = repeat_to("1,2", 10 * MB);
    assert_eq!(
        parse_number(&bad_groups).unwrap_err().kind(),
        ErrorKind::MalformedDigits
    );
    assert_linear("digits", |n| repeat_to("1234567890", n));
    assert_linear("grouped", |n| format!("1{}", repeat_to(",234", n)));
    assert_linear("bad groups", |n| repeat_to("1,2", n));
    assert_linear("slashes", |n| repeat_to("1/2", n));
    assert_linear("points", |n| repeat_to("۱٫۲", n));
}

#[test]
fn date_words_in_long_runs() {
    assert_linear("month then a year in words", |n| {
        format!("آذر {}", repeat_to("هزار و ", n))
    });
    assert_linear("months and ordinal days", |n| {
        repeat_to("بیست و ششم آذر ماه سال ", n)
    });
    assert_linear("weekdays and spaces", |n| {
        repeat_to("سه شنبه ، ", n) + "۱۲ آذر"
    });
    assert_linear("numeric parts", |n| repeat_to("1/2/", n));
}

#[test]
fn a_hundred_thousand_scale_words() {
    let text = vec!["هزار"; 100_000].join(" ");
    assert_eq!(parse_number(&text).unwrap_err().kind(), ErrorKind::Overflow);
    // 10^36 fits; the match stops before the word that would overflow.
    let first = find_numbers(&text).next().unwrap();
    assert_eq!(first.value().to_string(), format!("1{}", "0".repeat(36)));
    assert_linear("هزار", |n| repeat_to("هزار ", n));
    assert_linear("هزار و", |n| repeat_to("هزار و ", n));
    assert_linear("یک و", |n| repeat_to("یک و ", n));
    assert_linear("glued", |n| repeat_to("2میلیارد", n));
}

#[test]
fn alternating_scripts() {
    let text = repeat_to("۱2٣a", MB);
    run_all(&text);
    let words = repeat_to("یک1دو۲سه٣", MB);
    run_all(&words);
    assert_linear("scripts", |n| repeat_to("۱2٣a بیست3", n));
}

#[test]
fn every_arabic_code_point() {
    let blocks = [
        0x0600..=0x06FF,
        0x0750..=0x077F,
        0x08A0..=0x08FF,
        0xFB50..=0xFDFF,
        0xFE70..=0xFEFF,
    ];
    let all: String = blocks
        .into_iter()
        .flatten()
        .filter_map(char::from_u32)
        .collect();
    run_all(&all);
    let spaced: String = all.chars().flat_map(|c| [c, ' ']).collect();
    run_all(&spaced);
    for c in all.chars() {
        run_all(&c.to_string());
    }
}

#[test]
fn invisible_characters() {
    for s in [
        "\u{200C}",
        "\u{200C}\u{200C}\u{200C}",
        "\u{200D}",
        "\u{200E}\u{200F}",
        "\u{FEFF}",
        "یک\u{200C}\u{200D}\u{200C}دو",
        "یک\u{200D}\u{200E}\u{200C}دو\u{200D}",
        "\u{202B}۱۲\u{202C}",
    ] {
        run_all(s);
        // A ZWNJ joins only letters: no token here is made of ZWNJ alone.
        assert!(tokens(s).all(|t| !t.as_str().chars().all(|c| c == '\u{200C}')));
    }
    assert_eq!(normalize("\u{200C}\u{200C}"), "");
    assert_linear("zwnj", |n| repeat_to("\u{200C}", n));
    assert_linear("marks", |n| repeat_to("\u{200E}\u{200F}\u{FEFF}", n));
    // The stand-ins for ZWNJ that look around them: long runs of joiners and
    // direction marks between letters, and letters between them.
    assert_linear("joiners", |n| format!("ا{}ب", repeat_to("\u{200D}", n)));
    assert_linear("joiners and letters", |n| repeat_to("ا\u{200D}\u{200D}", n));
    assert_linear("direction marks", |n| {
        format!("ا{}ب", repeat_to("\u{200E}", n))
    });
    assert_linear("direction marks and letters", |n| repeat_to("ا\u{200E}", n));
}

#[test]
fn only_combining_marks() {
    let marks = repeat_to("\u{064B}\u{064F}\u{0670}", MB);
    run_all(&marks);
    assert_eq!(normalize(&marks), "");
    assert_eq!(
        parse_number(&marks).unwrap_err().kind(),
        ErrorKind::UnknownWord
    );
    assert_linear("marks", |n| repeat_to("\u{064B}\u{064F}", n));
}

#[test]
fn a_ten_megabyte_line_of_news() {
    let article = include_str!("data/article.txt").replace('\n', " ");
    let text = repeat_to(&article, 10 * MB);
    let count = find_numbers(&text).count();
    assert!(count > 10_000);
    let spelled = spell_numbers(&text);
    assert!(spelled.len() > text.len());
}

// See: fuzz target parse_ordinal, crash-e30d4380: an 18-digit group times
// تریلیارد (10^21) overflowed the one-pass reader's u128 in a debug build.
#[test]
fn a_long_group_times_the_largest_quick_scale() {
    let crash =
        "4444444444444444405تریلیارد08بیلیارد2111میلیون119س4444444میمیز44961444119611\u{00A0}114";
    let _ = parsi::parse_ordinal(crash);
    let _ = parse_number(crash);
    assert_eq!(
        parse_number("999999999999999999 تریلیارد")
            .unwrap_err()
            .kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        parse_number("99999999999999999 تریلیارد")
            .unwrap()
            .to_string(),
        format!("99999999999999999{}", "0".repeat(21))
    );
}
