//! `to_words`, `to_ordinal_words` and `Spelling` against hand-worked tables.

use parsi::{
    parse_number, parse_ordinal, to_ordinal_words, to_words, DecimalStyle, Number, OrdinalStyle,
    ScaleNames, SpellError, Spelling,
};

#[test]
fn cardinal_table() {
    crate::check_table("words.tsv", include_str!("data/words.tsv"), 60, |f| {
        let n: Number = f[0].parse().unwrap();
        let words = to_words(n);
        if words != f[1] {
            return Err(words);
        }
        let back = parse_number(f[1]);
        (back.as_ref().ok() == Some(&n))
            .then_some(())
            .ok_or(format!("words parse back as {back:?}"))
    });
}

#[test]
fn ordinal_table() {
    let attributive = Spelling::new().ordinal_style(OrdinalStyle::Attributive);
    crate::check_table("ordinals.tsv", include_str!("data/ordinals.tsv"), 15, |f| {
        let n: Number = f[0].parse().unwrap();
        let got = (
            to_ordinal_words(n).unwrap(),
            attributive.ordinal_words(n).unwrap(),
        );
        if (got.0.as_str(), got.1.as_str()) != (f[1], f[2]) {
            return Err(format!("{got:?}"));
        }
        let back = (parse_ordinal(f[1]), parse_ordinal(f[2]));
        (back.0.as_ref().ok() == Some(&n) && back.1.as_ref().ok() == Some(&n))
            .then_some(())
            .ok_or(format!("read back as {back:?}"))
    });
}

#[test]
fn ordinal_errors() {
    assert_eq!(to_ordinal_words(0), Err(SpellError::NotPositive));
    assert_eq!(to_ordinal_words(-1), Err(SpellError::NotPositive));
    assert_eq!(
        to_ordinal_words(Number::new(15, 1).unwrap()),
        Err(SpellError::NotInteger)
    );
    assert_eq!(
        SpellError::NotInteger.to_string(),
        "an ordinal must be a whole number"
    );
}

#[test]
fn spelling_choices() {
    let cheque = Spelling::new().explicit_one(true);
    assert_eq!(cheque.words(1000), "یک هزار");
    assert_eq!(cheque.words(1_001_000), "یک میلیون و یک هزار");
    assert_eq!(
        Spelling::new()
            .first_as_aval(true)
            .ordinal_words(1)
            .unwrap(),
        "اول"
    );
    assert_eq!(
        Spelling::new()
            .first_as_aval(true)
            .ordinal_style(OrdinalStyle::Attributive)
            .ordinal_words(1)
            .unwrap(),
        "اولین"
    );
    let frac = Spelling::new().decimal_style(DecimalStyle::Fraction);
    assert_eq!(frac.words(Number::new(35, 1).unwrap()), "سه و پنج دهم");
    assert_eq!(frac.words(Number::new(5, 1).unwrap()), "صفر و پنج دهم");
    assert_eq!(frac.words(Number::new(205, 1).unwrap()), "بیست و پنج دهم");
    // 1000.05 would read as 1500th; 2.125 has three fractional digits.
    assert_eq!(
        frac.words(Number::new(100005, 2).unwrap()),
        "هزار ممیز صفر پنج"
    );
    assert_eq!(
        frac.words(Number::new(2125, 3).unwrap()),
        "دو ممیز صد و بیست و پنج"
    );
    let milliard = Spelling::new().scale_names(ScaleNames::Milliard);
    assert_eq!(milliard.words(10u64.pow(12)), "هزار میلیارد");
    assert_eq!(
        milliard.words(2_500_000_000_000u64),
        "دو هزار و پانصد میلیارد"
    );
    assert_eq!(milliard.words(10u64.pow(18)), "یک میلیارد میلیارد");
}

#[test]
fn write_words_appends() {
    let mut s = String::from("<");
    Spelling::new().write_words(214, &mut s).unwrap();
    s.push('>');
    assert_eq!(s, "<دویست و چهارده>");
}

/// Every pattern of zero and non-zero three-digit groups up to 10^18, with
/// each style: spelling parses back to the value.
#[test]
fn exhaustive_group_patterns() {
    let styles = all_styles();
    let fillers = [1u64, 7, 10, 15, 20, 99, 100, 101, 110, 214, 999];
    for mask in 0u32..(1 << 6) {
        for (f, &filler) in fillers.iter().enumerate() {
            let mut n: u64 = 0;
            for g in 0..6 {
                n *= 1000;
                if mask & (1 << g) != 0 {
                    n += fillers[(f + g) % fillers.len()].max(filler % 1000);
                }
            }
            let n = Number::from(n);
            for s in &styles {
                let w = s.words(n);
                assert_eq!(parse_number(&w).unwrap(), n, "{w}");
            }
            if n.mantissa() > 0 {
                for s in &styles {
                    let w = s.ordinal_words(n).unwrap();
                    assert_eq!(parse_ordinal(&w).unwrap(), n, "{w}");
                }
            }
        }
    }
}

fn all_styles() -> Vec<Spelling> {
    let mut v = crate::cardinal_styles();
    v.extend(crate::ordinal_styles());
    v
}
