//! Dates in text: the hand-worked table `data/dates.tsv`, texts with more
//! than one date, `parse_date` and its errors, `find_entities`, and the
//! property that every format of a date parses back to it.

use parsi::{
    find_dates, find_entities, parse_date, Calendar, DateFinder, DateStyle, Entity, ErrorKind,
    JalaliDate, Weekday,
};
use proptest::prelude::*;

const TABLE: &str = include_str!("data/dates.tsv");

fn field<T: std::str::FromStr>(s: &str) -> Option<T> {
    (s != "-").then(|| s.parse().ok()).flatten()
}

fn calendar(code: &str) -> Calendar {
    match code {
        "J" => Calendar::Jalali,
        "G" => Calendar::Gregorian,
        "H" => Calendar::Hijri,
        other => panic!("unknown calendar {other}"),
    }
}

fn finder(anchor: &str) -> DateFinder {
    if anchor == "-" {
        return DateFinder::new();
    }
    let p: Vec<i32> = anchor.split('/').map(|x| x.parse().unwrap()).collect();
    DateFinder::new().anchor(JalaliDate::new(p[0], p[1] as u8, p[2] as u8).unwrap())
}

#[test]
fn the_table_of_dates() {
    crate::check_table("dates.tsv", TABLE, 120, |f| {
        let text = f[1];
        let found: Vec<_> = finder(f[0]).find_dates(text).collect();
        if f[2] == "-" {
            return match found.first() {
                None => Ok(()),
                Some(m) => Err(format!("found {m:?}")),
            };
        }
        if found.len() != 1 {
            return Err(format!("{} dates: {found:?}", found.len()));
        }
        let m = found[0];
        let until = m.until().map(|u| format!("{}/{}", u.month(), u.day()));
        let agrees = m.weekday_agrees().map(|a| if a { "y" } else { "n" });
        let got = (
            m.as_str(),
            m.calendar(),
            m.year(),
            m.month(),
            m.day(),
            m.weekday().map(Weekday::number),
            agrees.unwrap_or("-"),
            until.unwrap_or_else(|| "-".into()),
        );
        let want = (
            f[2],
            calendar(f[3]),
            field::<i32>(f[4]),
            field::<u8>(f[5]),
            field::<u8>(f[6]),
            field::<u8>(f[7]),
            f[8],
            f[9].to_string(),
        );
        if got != want {
            return Err(format!("got {got:?}"));
        }
        if &text[m.range()] != m.as_str() {
            return Err("range and text disagree".into());
        }
        Ok(())
    });
}

#[test]
fn several_dates_in_one_text() {
    let text = "قرارداد در 1387/2/17 امضا و در ۲۵ دسامبر ۲۰۲۴ تمدید شد؛ \
                جلسه بعد چهارشنبه 30 شهریور 1401 و سپس در ماه رمضان بود.";
    let found: Vec<(&str, Calendar)> = find_dates(text)
        .map(|m| (m.as_str(), m.calendar()))
        .collect();
    assert_eq!(
        found,
        [
            ("1387/2/17", Calendar::Jalali),
            ("۲۵ دسامبر ۲۰۲۴", Calendar::Gregorian),
            ("چهارشنبه 30 شهریور 1401", Calendar::Jalali),
            ("ماه رمضان", Calendar::Hijri),
        ]
    );
}

#[test]
fn a_range_across_years_keeps_both_years() {
    let m = find_dates("از ۱۲ اسفند ۱۴۰۲ تا ۵ فروردین ۱۴۰۳")
        .next()
        .unwrap();
    let u = m.until().unwrap();
    assert_eq!(m.jalali(), Some(JalaliDate::new(1402, 12, 12).unwrap()));
    assert_eq!(u.jalali(), Some(JalaliDate::new(1403, 1, 5).unwrap()));
    // 1402 is common: 17 days to 29 Esfand, 1 to Nowruz, 4 to 5 Farvardin.
    assert_eq!(m.jalali().unwrap().days_until(u.jalali().unwrap()), 22);
}

#[test]
fn the_article_has_years_but_no_day() {
    let text = include_str!("data/article.txt");
    let found: Vec<&str> = find_dates(text).map(|m| m.as_str()).collect();
    assert_eq!(
        found,
        [
            "سال جاری",
            "سال جاری",
            "سال 1400",
            "سال گذشته",
            "سال جاری",
            "سال جاری"
        ]
    );
    // Written in 1399 (the article looks ahead to 1400).
    let f = DateFinder::new().anchor(JalaliDate::new(1399, 6, 1).unwrap());
    let years: Vec<Option<i32>> = f.find_dates(text).map(|m| m.year()).collect();
    assert_eq!(
        years,
        [
            Some(1399),
            Some(1399),
            Some(1400),
            Some(1398),
            Some(1399),
            Some(1399)
        ]
    );
}

#[test]
fn parse_date_reads_a_whole_expression() {
    let d = |y, m, day| JalaliDate::new(y, m, day).unwrap();
    assert_eq!(
        parse_date(" ۱۲ آذر ۱۴۰۳ ").unwrap().jalali(),
        Some(d(1403, 9, 12))
    );
    assert_eq!(
        parse_date("1403/9/12").unwrap().jalali(),
        Some(d(1403, 9, 12))
    );
    // A month name alone is a month when it is the whole text.
    let m = parse_date("مهر").unwrap();
    assert_eq!((m.month(), m.day(), m.year()), (Some(7), None, None));
    assert_eq!(parse_date("دی ۱۴۰۳").unwrap().year(), Some(1403));
    let g = parse_date("۱۵ می ۲۰۲۴").unwrap();
    assert_eq!(g.jalali(), Some(d(1403, 2, 26)));
}

#[test]
fn parse_date_errors_say_what_and_where() {
    let e = parse_date("").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Empty);
    let e = parse_date("سلام ۱۲ آذر").unwrap_err();
    assert_eq!((e.kind(), e.found()), (ErrorKind::UnknownWord, "سلام"));
    let e = parse_date("۱۲ آذر ۱۴۰۳ ساعت ۱۰").unwrap_err();
    assert_eq!(
        (e.kind(), e.found()),
        (ErrorKind::UnexpectedWord, "ساعت ۱۰")
    );
    let e = parse_date("۳۰ اسفند ۱۴۰۲").unwrap_err();
    assert_eq!(
        (e.kind(), e.found()),
        (ErrorKind::InvalidDate, "۳۰ اسفند ۱۴۰۲")
    );
    assert_eq!(
        e.to_string(),
        "no such date at bytes 0..24: \"۳۰ اسفند ۱۴۰۲\""
    );
    let e = parse_date("جمعه ۱۲ آذر ۱۴۰۳").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WeekdayMismatch);
    assert_eq!(
        e.to_string(),
        "weekday does not match the date at bytes 0..29: \"جمعه ۱۲ آذر ۱۴۰۳\""
    );
    assert_eq!(
        parse_date("۳۱ مهر").unwrap_err().kind(),
        ErrorKind::InvalidDate
    );
    assert_eq!(
        parse_date("۵/۲").unwrap_err().kind(),
        ErrorKind::UnknownWord
    );
}

#[test]
fn entities_claim_their_numbers() {
    let text = "در ۱۲ آذر ۱۴۰۳ مبلغ 2میلیارد و 521میلیون ریال به ۳ هزار و 713 خدمت و سال 1400 رسید";
    let found: Vec<(&str, &str)> = find_entities(text)
        .map(|e| {
            let kind = match e {
                Entity::Date(_) => "date",
                Entity::Money(_) => "money",
                Entity::Number(_) => "number",
                _ => "other",
            };
            (kind, e.as_str())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("date", "۱۲ آذر ۱۴۰۳"),
            ("money", "2میلیارد و 521میلیون ریال"),
            ("number", "۳ هزار و 713"),
            ("date", "سال 1400"),
        ]
    );
    // find_numbers keeps its own behaviour.
    let numbers: Vec<&str> = parsi::find_numbers("۱۲ آذر ۱۴۰۳")
        .map(|m| m.as_str())
        .collect();
    assert_eq!(numbers, ["۱۲", "۱۴۰۳"]);
}

#[test]
fn entities_of_the_article_do_not_overlap_and_cover_each_kind() {
    let text = include_str!("data/article.txt");
    let all: Vec<Entity> = find_entities(text).collect();
    for w in all.windows(2) {
        assert!(w[0].end() <= w[1].start(), "{:?} then {:?}", w[0], w[1]);
    }
    let dates = all.iter().filter(|e| matches!(e, Entity::Date(_))).count();
    let money = all.iter().filter(|e| matches!(e, Entity::Money(_))).count();
    assert_eq!((dates, money), (6, parsi::find_money(text).count()));
    // "سال 1400" is a date: the number 1400 is no entity of its own.
    assert!(all.iter().all(|e| e.as_str() != "1400"));
}

fn styles() -> [DateStyle; 5] {
    [
        DateStyle::Digits,
        DateStyle::AsciiDigits,
        DateStyle::Long,
        DateStyle::WithWeekday,
        DateStyle::Words,
    ]
}

proptest! {
    /// Every style written, then parsed, gives the date back. Years of four
    /// digits: a two-digit year reads as a year of the 1300s, and a numeric
    /// date with a year of 1700 to 2199 as Gregorian.
    #[test]
    fn format_then_parse(year in 1000i32..=1699, day_of_year in 0i64..365) {
        let d = JalaliDate::new(year, 1, 1).unwrap().checked_add_days(day_of_year).unwrap();
        for style in styles() {
            let text = d.format(style);
            let m = parse_date(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(m.jalali(), Some(d), "{}", text);
            prop_assert_eq!(m.as_str(), text.as_str());
        }
    }

    /// Long forms of any four-digit year.
    #[test]
    fn long_forms_of_any_year(year in 1000i32..=9999, day_of_year in 0i64..365) {
        let d = JalaliDate::new(year, 1, 1).unwrap().checked_add_days(day_of_year).unwrap();
        for style in [DateStyle::Long, DateStyle::WithWeekday, DateStyle::Words] {
            let text = d.format(style);
            prop_assert_eq!(parse_date(&text).ok().and_then(|m| m.jalali()), Some(d), "{}", text);
        }
    }

    /// On any text: matches in order, not overlapping, on char boundaries,
    /// each one read whole by `parse_date` the same way.
    #[test]
    fn found_dates_parse_alone(text in "[۰-۹0-9 /آذرمهتیدیماهسالجاری،بنشهچپ\u{200C}-]{0,40}") {
        let mut last = 0;
        for m in find_dates(&text) {
            prop_assert!(m.start() >= last);
            last = m.end();
            let alone = parse_date(m.as_str());
            if let Ok(p) = alone {
                prop_assert_eq!((p.year(), p.month(), p.day()), (m.year(), m.month(), m.day()));
            }
        }
    }
}
