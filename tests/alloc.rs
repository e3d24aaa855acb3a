//! Hot paths allocate nothing: counted with a global allocator that records
//! every allocation. A binary of its own, without the test harness, so that
//! nothing else runs while it counts.

use std::alloc::System;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const ARTICLE: &str = include_str!("data/article.txt");

fn allocations(f: impl FnOnce()) -> usize {
    let region = Region::new(GLOBAL);
    f();
    region.change().allocations
}

fn check(name: &str, f: impl FnOnce()) {
    let n = allocations(f);
    assert_eq!(n, 0, "{name} allocated {n} times");
    println!("{name}: no allocation");
}

fn main() {
    let expressions = [
        "سه هزار و هفتصد و سیزده",
        "دو میلیارد و پانصد و بیست و یک میلیون",
        "صد و بیست و سه هزار و چهارصد و پنجاه و شش",
        "هزار و 214",
        "2میلیارد و 521میلیون",
        "سه و پنج دهم",
        "بیست و یکمین",
        "۲٬۵۲۱٬۰۰۰٫۵",
    ];
    check("parse_number", || {
        for e in expressions {
            assert!(parsi::parse_number(e).is_ok());
        }
    });
    check("parse_ordinal", || {
        assert!(parsi::parse_ordinal("بیست و یکمین").is_ok());
    });
    check("find_numbers on the article", || {
        let mut total = parsi::Number::ZERO;
        for m in parsi::find_numbers(ARTICLE) {
            total = total.checked_add(m.value()).unwrap();
        }
        assert!(total > parsi::Number::ZERO);
    });
    check("find_money on the article", || {
        assert_eq!(parsi::find_money(ARTICLE).count(), 2);
    });
    let mut buf = String::with_capacity(4096);
    check("Spelling::write_words", || {
        for v in [0i64, 3713, 1214, 2_521_000_000, i64::MIN, i64::MAX] {
            buf.clear();
            parsi::Spelling::new().write_words(v, &mut buf).unwrap();
        }
        buf.clear();
        parsi::Spelling::new()
            .write_ordinal_words(21, &mut buf)
            .unwrap();
    });
    check("tokens of URLs and e-mail", || {
        let text = "http://a.ir WWW.b.com info@c.ir #خبر @user";
        assert_eq!(parsi::tokens(text).count(), 5);
    });
    check("tokens and sentences", || {
        assert!(parsi::tokens(ARTICLE).count() > 400);
        assert!(parsi::sentences(ARTICLE).count() > 10);
    });
    check("digits with nothing to convert", || {
        let ascii = "no digits to change here";
        assert!(matches!(
            parsi::digits::to_ascii(ascii),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(matches!(
            parsi::digits::to_persian("بدون رقم"),
            std::borrow::Cow::Borrowed(_)
        ));
    });
    check("Money::parse", || {
        assert!(parsi::Money::parse("2میلیارد و 521میلیون ریال").is_ok());
        assert!(parsi::Money::parse("IRR 2,500").is_ok());
    });
    let mut line = String::with_capacity(4096);
    check("MoneyFormat::write_money with room", || {
        let m = parsi::Money::new(2_521_000_000u64, parsi::Currency::Rial);
        for style in [
            parsi::MoneyStyle::Digits,
            parsi::MoneyStyle::Words,
            parsi::MoneyStyle::Mixed,
            parsi::MoneyStyle::Compact,
        ] {
            line.clear();
            parsi::MoneyFormat::new(style)
                .write_money(&m, &mut line)
                .unwrap();
            assert!(line.ends_with("ریال"));
        }
    });
    let dated = "جلسه چهارشنبه 30 شهریور 1401، دوازدهم آذرماه، 1387/2/17، سال 87، \
                 ۲۵ دسامبر ۲۰۲۴، ۱۲ ربیع‌الاول و ۱۲ تا ۱۵ آذر";
    check("find_dates", || {
        assert_eq!(parsi::find_dates(dated).count(), 7);
        assert_eq!(parsi::find_dates(ARTICLE).count(), 6);
    });
    check("parse_date", || {
        assert!(parsi::parse_date("دوشنبه ۱۲ آذر ۱۴۰۳").is_ok());
    });
    check("find_entities on the article", || {
        assert!(parsi::find_entities(ARTICLE).count() > 10);
    });
    // An error is the one place a parse allocates: it owns the offending text.
    assert!(allocations(|| assert!(parsi::parse_number("سلام").is_err())) > 0);
    // The orthography rules look words up without allocating: a text of
    // five thousand words they change allocates as often as one of five
    // (its buffers, and a few reallocations for the ZWNJ and spaces added).
    let few = "میترسند بزرگترین گروهها 117کودک قاره(نقاط ";
    let many = few.repeat(1000);
    let n = parsi::Normalizer::new().compounds(true);
    let one = allocations(|| assert!(!n.normalize(few).is_empty()));
    let all = allocations(|| assert!(!n.normalize(&many).is_empty()));
    assert!(
        all <= one + 4,
        "{one} allocations for five words, {all} for 5000"
    );
    println!("normalize, orthography rules: {one} allocations for five words, {all} for 5000");
    println!("test result: ok. allocation checks passed");
}
