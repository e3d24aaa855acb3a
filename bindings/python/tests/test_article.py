"""The article end to end, with the values the Rust tests hold."""

from __future__ import annotations

from conftest import DATA, rows

import parsi


def test_numbers_of_the_article(article: str) -> None:
    found = parsi.find_numbers(article)
    want = [(f[0], int(f[1]), f[2] == "ordinal") for _, f in rows("article.numbers.tsv")]
    assert len(want) == 16
    assert [(m.text, m.value, m.is_ordinal) for m in found] == want
    last = 0
    for m in found:
        assert article[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end


def test_money_of_the_article(article: str) -> None:
    found = parsi.find_money(article)
    assert [m.text for m in found] == ["2میلیارد و 521میلیون ریال", "2میلیارد و 335 میلیون ریال"]
    a, b = (m.money for m in found)
    assert a == parsi.Money(2_521_000_000, parsi.Currency.RIAL)
    assert b == parsi.Money(2_335_000_000, parsi.Currency.RIAL)
    assert a.to_toman().amount == 252_100_000
    assert b.to_toman() == parsi.Money(233_500_000, parsi.Currency.TOMAN)
    assert a.format("mixed") == "۲ میلیارد و ۵۲۱ میلیون ریال"
    for m in found:
        assert article[m.start : m.end] == m.text


def lines(text: str) -> list[str]:
    """The lines of a file as Rust's ``str::lines`` gives them."""
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [p.removesuffix("\r") for p in parts]


def test_rewritten_article_files(article: str) -> None:
    """The article's checked files, as the Rust tests compare them."""

    def read(name: str) -> str:
        return (DATA / name).read_text(encoding="utf-8")

    assert parsi.normalize(article) == read("article.normalized.txt")
    assert parsi.spell_numbers(article) == read("article.spelled.txt")
    assert parsi.digitize_numbers(article) == read("article.digitized.txt")
    assert parsi.sentences(article) == lines(read("article.sentences.txt"))
    want = [tuple(l.split("\t")) for l in lines(read("article.tokens.tsv"))]
    assert [(t.kind.capitalize(), t.text) for t in parsi.tokens(article)] == want
