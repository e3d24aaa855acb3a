"""The Python API: offsets, exact values, errors, batches, threads, bad
input, and how objects print."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

import parsi

# Emoji (outside the BMP), ZWNJ and a combining mark before the numbers.
MIXED = "😀👍🏽 کتاب‌ها دَه 🇮🇷 سه هزار و 713 خدمت، ۲٫۵ درصد و ۵۰ هزار تومان"


def test_offsets_are_string_indices() -> None:
    found = parsi.find_numbers(MIXED)
    # "دَه" (ten, with a fatha) is a number too.
    assert [(m.text, m.value) for m in found] == [
        ("دَه", 10),
        ("سه هزار و 713", 3713),
        ("۲٫۵", Decimal("2.5")),
        ("۵۰ هزار", 50_000),
    ]
    for m in found:
        assert MIXED[m.start : m.end] == m.text
    # Counted by hand: "😀👍🏽 " is 4 code points, "کتاب‌ها " 8.
    assert (found[0].start, found[0].end) == (12, 15)
    money = parsi.find_money(MIXED)
    assert len(money) == 1
    assert MIXED[money[0].start : money[0].end] == money[0].text == "۵۰ هزار تومان"
    for t in parsi.tokens(MIXED):
        assert MIXED[t.start : t.end] == t.text
    assert [t.text for t in parsi.tokens(MIXED)][:4] == ["😀", "👍🏽", "کتاب\u200cها", "دَه"]


def test_values_are_exact() -> None:
    assert parsi.parse_number("دو ممیز پنج") == Decimal("2.5")
    assert isinstance(parsi.parse_number("دو ممیز پنج"), Decimal)
    assert isinstance(parsi.parse_number("۲٫۰"), int)
    assert parsi.parse_number("منفی سه و نیم") == Decimal("-3.5")
    big = "صد کوادریلیون کوادریلیون"
    assert parsi.parse_number(big) == 10**32
    m = parsi.find_numbers("رشد ۰٫۰۰۱ درصدی")[0]
    assert m.value == Decimal("0.001") and m.unit == "percent"
    assert parsi.to_words(Decimal("3.05")) == "سه ممیز صفر پنج"
    assert parsi.to_words(Decimal("3.5"), decimal_style="fraction") == "سه و پنج دهم"
    assert parsi.to_words(Decimal("1E+3")) == "هزار"
    assert parsi.to_words(10**12, scale_names="milliard") == "هزار میلیارد"
    assert parsi.to_words(1000, explicit_one=True) == "یک هزار"
    assert parsi.to_words("۲٫۵") == "دو ممیز پنج"
    assert parsi.to_ordinal_words(1, first_as_aval=True) == "اول"


def test_settings_reach_running_text() -> None:
    text = "دو بیلیون نفر"
    assert parsi.digitize_numbers(text, "ascii") == "2000000000 نفر"
    assert parsi.digitize_numbers(text, "ascii", long_scale=True) == "2000000000000 نفر"
    assert [m.value for m in parsi.find_numbers("نرخ ۳/۵ است")] == [Decimal("3.5")]
    assert parsi.find_numbers("نرخ ۳/۵ است", slash_decimal=False) == []
    assert parsi.parse_number("۳/۵") == Decimal("3.5")
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_number("۳/۵", slash_decimal=False)
    assert e.value.kind == "malformed_digits"
    assert parsi.spell_numbers("5000000000000", scale_names="milliard") == "پنج هزار میلیارد"


def test_parse_error_fields_are_string_indices() -> None:
    text = "😀 بیست سلام"
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_number(text)
    err = e.value
    assert isinstance(err, ValueError)
    assert (err.kind, err.start, err.end, err.found) == ("unknown_word", 0, 1, "😀")
    text = "بیست سلام"
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_number(text)
    assert (e.value.kind, e.value.start, e.value.end, e.value.found) == (
        "unknown_word",
        5,
        9,
        "سلام",
    )
    assert str(e.value) == "unknown word at 5..9: 'سلام'"
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_number("")
    assert e.value.kind == "empty"
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_ordinal("بیست")
    assert e.value.kind == "not_ordinal"
    with pytest.raises(parsi.ParseError) as e:
        parsi.Money.parse("۵۰ هزار")
    assert e.value.kind == "missing_currency"


def test_money() -> None:
    m = parsi.Money.parse("۵۰ هزار تومان")
    assert m.amount == 50_000 and m.currency is parsi.Currency.TOMAN
    assert m.to_rial() == parsi.Money(500_000, "IRR")
    assert m == parsi.Money(Decimal("50000.00"), "تومان")
    assert hash(m) == hash(parsi.Money(Decimal("50000.0"), parsi.Currency.TOMAN))
    assert len({m, parsi.Money(50_000, "IRT"), parsi.Money(5, "IRT")}) == 2
    assert str(m) == "۵۰٬۰۰۰ تومان"
    assert m.format() == "۵۰٬۰۰۰ تومان"
    assert m.format("words") == "پنجاه هزار تومان"
    assert m.format("mixed") == "۵۰ هزار تومان"
    assert m.format("compact") == "۵۰ هزار تومان"
    assert m.format(script="ascii", code=True) == "50٬000 IRT"
    assert parsi.Money(Decimal("2.5"), "IRT").to_rial().amount == 25
    assert parsi.Money(25, "IRR").to_toman().amount == Decimal("2.5")
    with pytest.raises(parsi.ConversionError) as e:
        parsi.Money(5, parsi.Currency.USD).to_rial()
    assert e.value.kind == "unconvertible"
    assert (e.value.source, e.value.target) == (parsi.Currency.USD, parsi.Currency.RIAL)
    with pytest.raises(ValueError):
        parsi.Money(5, "سکه")
    with pytest.raises(TypeError):
        parsi.Money(2.5, "IRR")
    with pytest.raises(ValueError):
        m.format("fancy")
    assert parsi.Money.parse("۵۰ تومن", colloquial_thousands=True).amount == 50_000
    assert parsi.Currency.from_word("دلار") is parsi.Currency.USD
    assert [c.code for c in parsi.Currency.all()] == [
        "IRR", "IRT", "USD", "EUR", "AED", "GBP", "CNY", "TRY"
    ]


def test_normalizer_switches() -> None:
    assert parsi.Normalizer() == parsi.Normalizer(letters=True)
    assert parsi.Normalizer(digits="persian").normalize("سال 1403") == "سال ۱۴۰۳"
    assert parsi.Normalizer(digit_spacing=True).normalize("۹متر") == "۹ متر"
    # The orthography rules: on by default but compounds, each a switch.
    assert parsi.Normalizer().normalize("میترسند ۹متر") == "می\u200cترسند ۹ متر"
    assert parsi.Normalizer(verb_prefixes=False).normalize("میترسند") == "میترسند"
    assert parsi.Normalizer(glued_suffixes=False).normalize("بزرگترین") == "بزرگترین"
    assert parsi.Normalizer(bracket_spacing=False).normalize("قاره(نقاط") == "قاره(نقاط"
    assert parsi.Normalizer(digit_spacing=False).normalize("۹متر") == "۹متر"
    assert parsi.Normalizer(compounds=True).normalize("رئیس جمهور") == "رئیس\u200cجمهور"
    assert parsi.Normalizer.none(compounds=True) != parsi.Normalizer.none()
    assert parsi.Normalizer(letters=False).normalize("كتاب") == "كتاب"
    assert parsi.Normalizer.none().normalize("كتاب  ها") == "كتاب  ها"
    with pytest.raises(TypeError, match="unexpected switch"):
        parsi.Normalizer(lettres=True)
    with pytest.raises(TypeError):
        parsi.Normalizer(letters="yes")
    with pytest.raises(ValueError):
        parsi.Normalizer(digits="roman")


def test_digits() -> None:
    assert parsi.to_persian_digits("1403 ٤٥") == "۱۴۰۳ ۴۵"
    assert parsi.to_ascii_digits("۱۴۰۳ ٤٥") == "1403 45"
    assert parsi.to_arabic_digits("1403 ۴۵") == "١٤٠٣ ٤٥"


def test_reprs() -> None:
    assert repr(parsi.find_numbers("۲٫۵ درصد")[0]) == (
        "NumberMatch(start=0, end=3, text='۲٫۵', value=Decimal('2.5'), "
        "is_ordinal=False, unit='percent')"
    )
    assert repr(parsi.tokens("کتاب‌ها")[0]) == (
        "Token(start=0, end=7, text='کتاب\\u200cها', kind='word')"
    )
    assert repr(parsi.Money(5, "IRR")) == "Money(5, Currency.RIAL)"
    assert repr(parsi.Money(Decimal("2.5"), "IRT")) == "Money(Decimal('2.5'), Currency.TOMAN)"
    assert repr(parsi.find_money("۵ ریال")[0]) == (
        "MoneyMatch(start=0, end=6, text='۵ ریال', money=Money(5, Currency.RIAL))"
    )
    assert repr(parsi.Normalizer(digits="ascii")) == "Normalizer(digits='ascii')"
    assert repr(parsi.Normalizer.none(letters=True)) == "Normalizer.none(letters=True)"
    assert repr(parsi.Currency.TOMAN) == "Currency.TOMAN"


LINES = [
    "در سال گذشته 2میلیارد و 521میلیون ریال تخصیص یافت",
    "",
    "سه هزار و 713 خدمت 😀 به هزار و 214کودک",
    "كتاب ها را مي خوانم. بعد ۵۰ هزار تومان دادم!",
] * 50


def test_batches_equal_one_by_one() -> None:
    n = parsi.Normalizer(digits="persian")
    assert n.normalize_batch(LINES) == [n.normalize(t) for t in LINES]
    assert n.normalize_batch(iter(LINES)) == [n.normalize(t) for t in LINES]
    assert parsi.find_numbers_batch(LINES) == [parsi.find_numbers(t) for t in LINES]
    assert parsi.find_money_batch(LINES) == [parsi.find_money(t) for t in LINES]
    assert parsi.word_tokenize_batch(LINES) == [parsi.word_tokenize(t) for t in LINES]
    assert parsi.sentences_batch(LINES) == [parsi.sentences(t) for t in LINES]
    assert parsi.find_numbers_batch([]) == []
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        n.normalize_batch(["a", None])
    with pytest.raises(TypeError, match="not a single str"):
        n.normalize_batch("a str")


def test_threads_in_parallel(article: str) -> None:
    want = (parsi.normalize(article), parsi.find_numbers(article), parsi.tokens(article))
    big = article * 20
    big_want = parsi.find_numbers(big)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                got = (parsi.normalize(article), parsi.find_numbers(article), parsi.tokens(article))
                assert got == want
            assert parsi.find_numbers(big) == big_want
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


@pytest.mark.parametrize(
    "call",
    [
        parsi.parse_number,
        parsi.parse_ordinal,
        parsi.find_numbers,
        parsi.find_money,
        parsi.normalize,
        parsi.tokens,
        parsi.word_tokenize,
        parsi.sentences,
        parsi.spell_numbers,
        parsi.digitize_numbers,
        parsi.to_persian_digits,
        parsi.Money.parse,
        parsi.Normalizer().normalize,
    ],
)
def test_bad_types_raise_type_error(call) -> None:  # noqa: ANN001
    for bad in (None, b"\xd8\xa8", 12, ["a"]):
        with pytest.raises(TypeError):
            call(bad)


def test_lone_surrogates_raise_value_error() -> None:
    for call in (parsi.normalize, parsi.find_numbers, parsi.parse_number, parsi.tokens):
        with pytest.raises(UnicodeEncodeError):
            call("سه \ud800 هزار")


def test_bad_values() -> None:
    with pytest.raises(TypeError, match="floats are not exact"):
        parsi.to_words(2.5)
    with pytest.raises(OverflowError):
        parsi.to_words(10**40)
    with pytest.raises(ValueError):
        parsi.to_words(Decimal("NaN"))
    with pytest.raises(parsi.ParseError):
        parsi.to_words("دو")
    with pytest.raises(ValueError):
        parsi.to_ordinal_words(0)
    with pytest.raises(ValueError):
        parsi.to_ordinal_words(Decimal("2.5"))
    with pytest.raises(ValueError):
        parsi.digitize_numbers("۵", "roman")
    with pytest.raises(ValueError):
        parsi.to_words(5, decimal_style="long")


def test_ten_megabytes() -> None:
    unit = "سه هزار و 713 خدمت 😀 در سال 1400 و "
    text = unit * (10_000_000 // len(unit.encode()))
    found = parsi.find_numbers(text)
    assert len(found) == 2 * text.count(unit)
    last = found[-1]
    assert text[last.start : last.end] == "1400"
    assert len(parsi.normalize(text)) > 0
    assert len(parsi.tokens(text)) > 0
    with pytest.raises(parsi.ParseError) as e:
        parsi.parse_number(text)
    assert e.value.kind in {"unknown_word", "unexpected_word"}
    assert "😀" not in text[: e.value.start] or e.value.found


def test_unchanged_text_comes_back_as_a_plain_str() -> None:
    class Sub(str):
        pass

    done = "کتاب‌ها را می‌خوانم"
    assert parsi.normalize(done) == done
    assert parsi.normalize(done) is done  # nothing to copy
    for call in (parsi.normalize, parsi.to_ascii_digits, parsi.Normalizer().normalize):
        got = call(Sub(done))
        assert got == done and type(got) is str
    assert parsi.Normalizer().normalize_batch([done, "كتاب"]) == [done, "کتاب"]
    assert parsi.sentences(Sub("یک جمله.")) == ["یک جمله."]
    assert type(parsi.sentences(Sub("یک جمله."))[0]) is str
    # The shared token strings are equal to fresh ones, whatever was asked before.
    first = parsi.word_tokenize("کتاب و کتاب")
    assert first == ["کتاب", "و", "کتاب"] and first[0] is first[2]
