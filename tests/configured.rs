//! Every setting of the configured parsers and speller changes a result in
//! running text, and the free functions are the defaults.

use parsi::{
    find_money, find_numbers, Currency, DecimalStyle, Money, MoneyParser, Number, NumberParser,
    OrdinalStyle, ScaleNames, Script, Spelling,
};

fn values(p: &NumberParser, text: &str) -> Vec<String> {
    p.find_numbers(text)
        .map(|m| m.value().to_string())
        .collect()
}

#[test]
fn number_parser_settings_reach_running_text() {
    let text = "حدود دو بیلیون نفر با نرخ ۳/۵ درصد";
    let default = NumberParser::new();
    assert_eq!(values(&default, text), ["2000000000", "3.5"]);
    let free: Vec<String> = find_numbers(text).map(|m| m.value().to_string()).collect();
    assert_eq!(free, values(&default, text));
    // بیلیون as 10^12.
    let long = NumberParser::new().long_scale(true);
    assert_eq!(values(&long, text), ["2000000000000", "3.5"]);
    // "/" is no decimal point: "۳/۵" is then an identifier, no number.
    let no_slash = NumberParser::new().slash_decimal(false);
    assert_eq!(values(&no_slash, text), ["2000000000"]);
    // The same settings in digitize_numbers.
    assert_eq!(
        long.digitize_numbers("دو بیلیون نفر", Script::Ascii),
        "2000000000000 نفر"
    );
    assert_eq!(
        parsi::digitize_numbers("دو بیلیون نفر", Script::Ascii),
        "2000000000 نفر"
    );
}

#[test]
fn money_parser_settings_reach_running_text() {
    let text = "بلیت صد تومن و وام دو بیلیون ریال";
    let found = |p: &MoneyParser| -> Vec<Money> { p.find_money(text).map(|m| m.money()).collect() };
    let default = [
        Money::new(100, Currency::Toman),
        Money::new(2_000_000_000u64, Currency::Rial),
    ];
    assert_eq!(found(&MoneyParser::new()), default);
    let free: Vec<Money> = find_money(text).map(|m| m.money()).collect();
    assert_eq!(free, default);
    let colloquial = MoneyParser::new().colloquial_thousands(true);
    assert_eq!(
        found(&colloquial),
        [
            Money::new(100_000, Currency::Toman),
            Money::new(2_000_000_000u64, Currency::Rial)
        ]
    );
    let long = MoneyParser::new().numbers(NumberParser::new().long_scale(true));
    assert_eq!(
        found(&long)[1],
        Money::new(2_000_000_000_000u64, Currency::Rial)
    );
    // What the finder finds is what the parser reads from the match.
    for p in [MoneyParser::new(), colloquial, long] {
        for m in p.find_money(text) {
            assert_eq!(p.parse(m.as_str()).unwrap(), m.money(), "{:?}", m.as_str());
        }
    }
}

#[test]
fn spelling_settings_reach_running_text() {
    let text = "۱م شد و 1000 نفر با ۲٫۵ درصد و 2000000000000 ریال";
    assert_eq!(
        parsi::spell_numbers(text),
        "یکم شد و هزار نفر با دو ممیز پنج درصد و دو تریلیون ریال"
    );
    assert_eq!(
        Spelling::new().spell_numbers(text),
        parsi::spell_numbers(text)
    );
    let cases = [
        (
            Spelling::new().explicit_one(true),
            "یکم شد و یک هزار نفر با دو ممیز پنج درصد و دو تریلیون ریال",
        ),
        (
            Spelling::new().first_as_aval(true),
            "اول شد و هزار نفر با دو ممیز پنج درصد و دو تریلیون ریال",
        ),
        (
            Spelling::new().decimal_style(DecimalStyle::Fraction),
            "یکم شد و هزار نفر با دو و پنج دهم درصد و دو تریلیون ریال",
        ),
        (
            Spelling::new().scale_names(ScaleNames::Milliard),
            "یکم شد و هزار نفر با دو ممیز پنج درصد و دو هزار میلیارد ریال",
        ),
    ];
    for (spelling, expected) in cases {
        assert_eq!(spelling.spell_numbers(text), expected, "{spelling:?}");
    }
    // The ordinal's form is the text's: "۲۱مین" stays attributive, "۲۱م"
    // plain, whatever the ordinal style.
    let attributive = Spelling::new().ordinal_style(OrdinalStyle::Attributive);
    assert_eq!(
        attributive.spell_numbers("۲۱م و ۲۱مین"),
        "بیست و یکم و بیست و یکمین"
    );
    assert_eq!(
        Number::from(21),
        parsi::parse_ordinal("بیست و یکمین").unwrap()
    );
}
