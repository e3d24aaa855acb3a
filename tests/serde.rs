//! The `serde` feature: data types serialize, and `Number` round-trips as its
//! canonical string.

#![cfg(feature = "serde")]

use parsi::{find_numbers, Currency, Money, Number};

#[test]
fn number_as_string() {
    let n: Number = "2.5".parse().unwrap();
    assert_eq!(serde_json::to_string(&n).unwrap(), "\"2.5\"");
    assert_eq!(
        serde_json::from_str::<Number>("\"2521000000\"").unwrap(),
        Number::from(2_521_000_000u64)
    );
    assert!(serde_json::from_str::<Number>("\"x\"").is_err());
}

#[test]
fn money_and_matches() {
    let m = Money::new(50_000, Currency::Toman);
    let json = serde_json::to_string(&m).unwrap();
    assert_eq!(json, r#"{"amount":"50000","currency":"Toman"}"#);
    assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
    let found = find_numbers("۵۰ هزار تومان").next().unwrap();
    assert_eq!(
        serde_json::to_string(&found).unwrap(),
        r#"{"start":0,"end":13,"text":"۵۰ هزار","value":"50000","ordinal":false,"unit":{"Currency":"Toman"}}"#
    );
}

#[test]
fn tokens_and_error_kinds() {
    let t = parsi::tokens("۱۲ کتاب").nth(1).unwrap();
    assert_eq!(
        serde_json::to_string(&t).unwrap(),
        r#"{"start":5,"end":13,"text":"کتاب","kind":"Word"}"#
    );
    let kind = parsi::parse_number("سلام").unwrap_err().kind();
    assert_eq!(serde_json::to_string(&kind).unwrap(), r#""UnknownWord""#);
    assert_eq!(
        serde_json::from_str::<parsi::ErrorKind>(r#""Overflow""#).unwrap(),
        parsi::ErrorKind::Overflow
    );
}

#[test]
fn dates_and_entities() {
    let d = parsi::find_dates("سه شنبه ۱۲ تا ۱۵ آذر").next().unwrap();
    assert_eq!(
        serde_json::to_string(&d).unwrap(),
        r#"{"start":0,"end":35,"text":"سه شنبه ۱۲ تا ۱۵ آذر","calendar":"Jalali","year":null,"month":9,"day":12,"weekday":"Tuesday","until":{"calendar":"Jalali","year":null,"month":9,"day":15}}"#
    );
    let e: Vec<String> = parsi::find_entities("۱۲ آذر و ۳ نفر")
        .map(|e| serde_json::to_string(&e).unwrap())
        .collect();
    assert!(
        e[0].starts_with(r#"{"kind":"Date","start":0,"end":11,"#),
        "{}",
        e[0]
    );
    assert!(
        e[1].starts_with(r#"{"kind":"Number","start":15,"end":17,"#),
        "{}",
        e[1]
    );
}
