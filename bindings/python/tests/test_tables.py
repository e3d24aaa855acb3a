"""The crate's case tables through Python: every row of tests/data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import table_params, unescape

import parsi

KINDS = {
    "Empty": "empty",
    "UnknownWord": "unknown_word",
    "UnexpectedWord": "unexpected_word",
    "MalformedDigits": "malformed_digits",
    "Overflow": "overflow",
    "Incomplete": "incomplete",
    "MissingAmount": "missing_amount",
    "MissingCurrency": "missing_currency",
    "Inexact": "inexact",
}


def exact(text: str) -> int | Decimal:
    """A value as parsi gives it: an int when whole, else a Decimal."""
    d = Decimal(text)
    return int(d) if d == d.to_integral_value() else d


def check_value(got: object, want: int | Decimal) -> None:
    assert got == want
    # Whole values are ints, fractions Decimals; never a float.
    assert type(got) is type(want)


@pytest.mark.parametrize("f", table_params("numbers.tsv", 150))
def test_numbers(f: list[str]) -> None:
    text, expected = f[0], f[1]
    if expected.startswith("error "):
        with pytest.raises(parsi.ParseError) as e:
            parsi.parse_number(text)
        assert e.value.kind == KINDS[expected[6:]]
        assert text[e.value.start : e.value.end] == e.value.found
    elif expected.startswith("ord "):
        want = exact(expected[4:])
        check_value(parsi.parse_number(text), want)
        check_value(parsi.parse_ordinal(text), want)
    else:
        check_value(parsi.parse_number(text), exact(expected))
        with pytest.raises(parsi.ParseError) as e:
            parsi.parse_ordinal(text)
        assert e.value.kind == "not_ordinal"


@pytest.mark.parametrize("f", table_params("words.tsv", 60))
def test_words(f: list[str]) -> None:
    value = exact(f[0])
    assert parsi.to_words(value) == f[1]
    assert parsi.to_words(f[0]) == f[1]
    check_value(parsi.parse_number(f[1]), value)


@pytest.mark.parametrize("f", table_params("ordinals.tsv", 15))
def test_ordinals(f: list[str]) -> None:
    value = int(f[0])
    assert parsi.to_ordinal_words(value) == f[1]
    assert parsi.to_ordinal_words(value, style="attributive") == f[2]
    assert parsi.parse_ordinal(f[1]) == value
    assert parsi.parse_ordinal(f[2]) == value


def describe(text: str) -> str:
    """What find.tsv writes for the numbers of a text."""
    items = []
    for m in parsi.find_numbers(text):
        assert text[m.start : m.end] == m.text
        s = str(m.value)
        if m.is_ordinal:
            s += "#"
        if m.unit == "percent":
            s += "%"
        elif m.unit is not None:
            s += "$" + {"rial": "IRR", "toman": "IRT"}.get(m.unit, m.unit.upper())
        items.append(s)
    return " ".join(items) or "-"


@pytest.mark.parametrize("f", table_params("find.tsv", 60))
def test_find(f: list[str]) -> None:
    assert describe(f[0]) == f[1]


@pytest.mark.parametrize("f", table_params("context.tsv", 20))
def test_context(f: list[str]) -> None:
    assert describe(f[2]) == f[3]


@pytest.mark.parametrize("f", table_params("money.tsv", 50))
def test_money(f: list[str]) -> None:
    if f[1].startswith("error "):
        with pytest.raises(parsi.ParseError) as e:
            parsi.Money.parse(f[0])
        assert e.value.kind == KINDS[f[1][6:]]
    else:
        got = parsi.Money.parse(f[0])
        assert got == parsi.Money(exact(f[1]), f[2])
        assert got.currency.code == f[2]
        check_value(got.amount, exact(f[1]))


@pytest.mark.parametrize("f", table_params("format.tsv", 40))
def test_format(f: list[str]) -> None:
    m = parsi.Money(Decimal(f[0]), f[1])
    assert m.format(f[2].lower()) == f[3]


def normalizer(spec: str) -> parsi.Normalizer:
    """The normalizer a normalize.tsv row names."""
    words = spec.split(" ")
    switches: dict[str, object] = {}
    for w in words[1:]:
        if w.startswith("digits="):
            script = w[len("digits=") :]
            switches["digits"] = None if script == "none" else script
        else:
            switches[w[1:]] = w[0] == "+"
    if words[0] == "std":
        return parsi.Normalizer(**switches)
    assert words[0] == "none"
    return parsi.Normalizer.none(**switches)


@pytest.mark.parametrize("f", table_params("normalize.tsv", 100))
def test_normalize(f: list[str]) -> None:
    n = normalizer(f[0])
    text, want = unescape(f[1]), unescape(f[2])
    assert n.normalize(text) == want
    assert n.normalize_batch([text, text]) == [want, want]
    if f[0] == "std":
        assert parsi.normalize(text) == want


@pytest.mark.parametrize("f", table_params("orthography.tsv", 130))
def test_orthography(f: list[str]) -> None:
    n = normalizer(f[0])
    text, want = unescape(f[1]), unescape(f[2])
    assert n.normalize(text) == want
    assert n.normalize(want) == want
    out = n.normalize_with_offsets(text)
    assert out.text == want


KIND_NAMES = {"punct": "punctuation"}


@pytest.mark.parametrize("f", table_params("tokens.tsv", 50))
def test_tokens(f: list[str]) -> None:
    text = unescape(f[0])
    want = []
    if f[1] != "-":
        for t in f[1].split(" "):
            kind, s = t.split(":", 1)
            want.append((KIND_NAMES.get(kind, kind), unescape(s)))
    got = parsi.tokens(text)
    assert [(t.kind, t.text) for t in got] == want
    for t in got:
        assert text[t.start : t.end] == t.text
    assert parsi.word_tokenize(text) == [s for _, s in want]


@pytest.mark.parametrize("f", table_params("sentences.tsv", 35))
def test_sentences(f: list[str]) -> None:
    text = unescape(f[0])
    want = [] if f[1:] == ["-"] else [unescape(p) for p in f[1:]]
    assert parsi.sentences(text) == want
