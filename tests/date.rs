//! The Iranian calendar against the official one: the leap years and
//! Nowruz dates of the University of Tehran's calendar centre, every day of
//! 1178–1633 both ways, weekdays, formatting and errors.

use parsi::{days_in_month, is_leap_year, DateError, DateStyle, JalaliDate, Weekday};
use proptest::prelude::*;

/// The leap years of 1206–1498 in the table of the Center for Calendar,
/// Geophysics Institute, University of Tehran ("KabiseShamsi1206-1498",
/// calendar.ut.ac.ir; the plain-text copy in github.com/roozbehp/
/// persiancalendar, kabise.txt, and ICU4X's persian tests carry the same
/// table). Every other year of the range is common.
const UT_LEAP_YEARS: [i32; 71] = [
    1210, 1214, 1218, 1222, 1226, 1230, 1234, 1238, 1243, 1247, 1251, 1255, 1259, 1263, 1267, 1271,
    1276, 1280, 1284, 1288, 1292, 1296, 1300, 1304, 1309, 1313, 1317, 1321, 1325, 1329, 1333, 1337,
    1342, 1346, 1350, 1354, 1358, 1362, 1366, 1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403,
    1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436, 1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469,
    1474, 1478, 1482, 1486, 1490, 1494, 1498,
];

/// Nowruz (1 Farvardin) in the Gregorian calendar, from the same table: its
/// first year, and the years where the date moves (20, 21 or 22 March).
const UT_NOWRUZ: [(i32, (i32, u8, u8)); 16] = [
    (1206, (1827, 3, 22)),
    (1207, (1828, 3, 21)),
    (1243, (1864, 3, 20)),
    (1275, (1896, 3, 20)),
    (1279, (1900, 3, 21)),
    (1281, (1902, 3, 22)),
    (1304, (1925, 3, 21)),
    (1310, (1931, 3, 22)),
    (1343, (1964, 3, 21)),
    (1375, (1996, 3, 20)),
    (1403, (2024, 3, 20)),
    (1404, (2025, 3, 21)),
    (1407, (2028, 3, 20)),
    (1440, (2061, 3, 20)),
    (1479, (2100, 3, 21)),
    (1498, (2119, 3, 21)),
];

fn nowruz(year: i32) -> JalaliDate {
    JalaliDate::new(year, 1, 1).expect("1 Farvardin")
}

#[test]
fn leap_years_are_the_official_ones() {
    for year in 1206..=1498 {
        assert_eq!(is_leap_year(year), UT_LEAP_YEARS.contains(&year), "{year}");
    }
    // Beyond the table, the corrections: the 33-year rule's leap day of 1502
    // and 1601 falls in the next year.
    for (year, leap) in [(1502, false), (1503, true), (1601, false), (1602, true)] {
        assert_eq!(is_leap_year(year), leap, "{year}");
    }
    // Esfand 30 exists only in a leap year.
    assert!(JalaliDate::new(1403, 12, 30).is_ok());
    assert_eq!(
        JalaliDate::new(1404, 12, 30),
        Err(DateError::Day {
            year: 1404,
            month: 12,
            day: 30
        })
    );
}

#[test]
fn every_nowruz_of_the_table() {
    for (year, gregorian) in UT_NOWRUZ {
        assert_eq!(nowruz(year).to_gregorian(), gregorian, "{year}");
    }
    // Each Nowruz of 1206–1499 follows the one before by the table's year.
    let mut expected = nowruz(1206);
    assert_eq!(expected.to_gregorian(), (1827, 3, 22));
    for year in 1207..=1499 {
        let length = if UT_LEAP_YEARS.contains(&(year - 1)) {
            366
        } else {
            365
        };
        expected = expected.checked_add_days(length).unwrap();
        assert_eq!(nowruz(year), expected, "{year}");
    }
}

#[test]
fn every_day_of_1178_to_1633_both_ways() {
    let mut day = nowruz(1178);
    let mut gregorian = day.to_gregorian();
    assert_eq!(gregorian, (1799, 3, 21));
    let mut count = 0;
    while day.year() <= 1633 {
        let g = day.to_gregorian();
        assert_eq!(JalaliDate::from_gregorian(g.0, g.1, g.2), Ok(day), "{g:?}");
        if count > 0 {
            // One Gregorian day later than the day before.
            let (y, m, d) = gregorian;
            let next = if d < gregorian_days(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            assert_eq!(g, next, "{day:?}");
        }
        gregorian = g;
        let next = day.checked_add_days(1).unwrap();
        assert_eq!(day.days_until(next), 1);
        assert!(day < next);
        day = next;
        count += 1;
    }
    // 456 years, 110 of them leap.
    let leap = (1178..=1633).filter(|&y| is_leap_year(y)).count();
    assert_eq!(leap, 110);
    assert_eq!(count, 456 * 365 + leap);
}

fn gregorian_days(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        _ => 28,
    }
}

#[test]
fn weekdays_known_by_hand() {
    // 12 Azar 1403 = 2 December 2024, a Monday; Nowruz 1404 = 21 March 2025,
    // a Friday; 22 Bahman 1357 = 11 February 1979, a Sunday.
    let cases = [
        ((1403, 9, 12), Weekday::Monday),
        ((1404, 1, 1), Weekday::Friday),
        ((1357, 11, 22), Weekday::Sunday),
        ((1348, 10, 11), Weekday::Thursday), // 1 January 1970
    ];
    for ((y, m, d), w) in cases {
        assert_eq!(
            JalaliDate::new(y, m, d).unwrap().weekday(),
            w,
            "{y}/{m}/{d}"
        );
    }
    assert_eq!(
        JalaliDate::new(1348, 10, 11).unwrap().to_gregorian(),
        (1970, 1, 1)
    );
}

#[test]
fn formats() {
    let d = JalaliDate::new(1403, 9, 12).unwrap();
    assert_eq!(d.format(DateStyle::Digits), "۱۴۰۳/۰۹/۱۲");
    assert_eq!(d.format(DateStyle::AsciiDigits), "1403/09/12");
    assert_eq!(d.format(DateStyle::Long), "۱۲ آذر ۱۴۰۳");
    assert_eq!(d.format(DateStyle::WithWeekday), "دوشنبه ۱۲ آذر ۱۴۰۳");
    assert_eq!(d.format(DateStyle::Words), "دوازدهم آذر هزار و چهارصد و سه");
    assert_eq!(d.to_string(), "۱۴۰۳/۰۹/۱۲");
    let first = JalaliDate::new(1404, 1, 1).unwrap();
    assert_eq!(
        first.format(DateStyle::Words),
        "یکم فروردین هزار و چهارصد و چهار"
    );
    assert_eq!(first.format(DateStyle::WithWeekday), "جمعه ۱ فروردین ۱۴۰۴");
}

#[test]
fn errors_and_limits() {
    assert_eq!(JalaliDate::new(1403, 13, 1), Err(DateError::Month(13)));
    assert_eq!(
        JalaliDate::new(1403, 7, 31),
        Err(DateError::Day {
            year: 1403,
            month: 7,
            day: 31
        })
    );
    assert!(JalaliDate::new(1403, 1, 0).is_err());
    assert_eq!(
        JalaliDate::new(2_000_000, 1, 1),
        Err(DateError::Year(2_000_000))
    );
    assert_eq!(
        JalaliDate::from_gregorian(2023, 2, 29),
        Err(DateError::Gregorian(2023, 2, 29))
    );
    assert!(JalaliDate::from_gregorian(2024, 2, 29).is_ok());
    let d = JalaliDate::new(1403, 1, 1).unwrap();
    assert!(d.checked_add_days(i64::MAX).is_err());
    assert!(d.checked_add_days(i64::MIN).is_err());
    assert_eq!(days_in_month(1403, 0), None);
    assert_eq!(JalaliDate::days_in_month(1404, 12), Some(29));
    assert!(JalaliDate::is_leap_year(1408) && !JalaliDate::is_leap_year(1407));
    let last = JalaliDate::new(1_000_000, 12, 29).unwrap();
    assert!(last.checked_add_days(400).is_err());
}

proptest! {
    #[test]
    fn conversions_round_trip(year in -999_000i32..999_000, month in 1u8..=12, day in 1u8..=31) {
        if let Ok(d) = JalaliDate::new(year, month, day) {
            let (gy, gm, gd) = d.to_gregorian();
            prop_assert_eq!(JalaliDate::from_gregorian(gy, gm, gd), Ok(d));
            let later = d.checked_add_days(1000).unwrap();
            prop_assert_eq!(d.days_until(later), 1000);
            prop_assert_eq!(later.checked_add_days(-1000).unwrap(), d);
        }
    }
}

/// The `jiff` feature: every day of 1300–1500 to `jiff::civil::Date` and
/// back, the Gregorian day the same as `to_gregorian`'s.
#[cfg(feature = "jiff")]
#[test]
fn jiff_dates_both_ways() {
    let mut d = JalaliDate::new(1300, 1, 1).unwrap();
    let mut j = jiff::civil::date(1921, 3, 21);
    while d.year() <= 1500 {
        assert_eq!(jiff::civil::Date::try_from(d).unwrap(), j);
        assert_eq!(JalaliDate::try_from(j).unwrap(), d);
        d = d.checked_add_days(1).unwrap();
        j = j.tomorrow().unwrap();
    }
    let far = JalaliDate::new(20_000, 1, 1).unwrap();
    assert_eq!(
        jiff::civil::Date::try_from(far),
        Err(DateError::Year(20_000))
    );
}

/// The `chrono` feature: the same walk with `chrono::NaiveDate`.
#[cfg(feature = "chrono")]
#[test]
fn chrono_dates_both_ways() {
    let mut d = JalaliDate::new(1300, 1, 1).unwrap();
    let mut c = chrono::NaiveDate::from_ymd_opt(1921, 3, 21).unwrap();
    while d.year() <= 1500 {
        assert_eq!(chrono::NaiveDate::try_from(d).unwrap(), c);
        assert_eq!(JalaliDate::try_from(c).unwrap(), d);
        d = d.checked_add_days(1).unwrap();
        c = c.succ_opt().unwrap();
    }
    let far = JalaliDate::new(300_000, 1, 1).unwrap();
    assert_eq!(
        chrono::NaiveDate::try_from(far),
        Err(DateError::Year(300_000))
    );
}
