"""Dates: JalaliDate, find_dates, parse_date and find_entities against values
worked out by hand (the crate's table tests/data/dates.tsv is read too)."""

from __future__ import annotations

import pathlib

import pytest

import parsi
from parsi import DateMatch, JalaliDate, MoneyMatch, NumberMatch, ParseError

TABLE = pathlib.Path(__file__).resolve().parents[3] / "tests" / "data" / "dates.tsv"
CALENDARS = {"J": "jalali", "G": "gregorian", "H": "hijri"}


def rows() -> list:
    out = []
    for n, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            out.append(pytest.param(line.split("\t"), id=f"dates.tsv:{n}"))
    return out


def opt(field: str) -> int | None:
    return None if field == "-" else int(field)


@pytest.mark.parametrize("row", rows())
def test_the_table_of_dates(row: list[str]) -> None:
    anchor_field, text, want = row[0], row[1], row[2]
    anchor = None if anchor_field == "-" else JalaliDate(*map(int, anchor_field.split("/")))
    found = parsi.find_dates(text, anchor=anchor)
    if want == "-":
        assert found == []
        return
    assert len(found) == 1
    m = found[0]
    assert text[m.start : m.end] == m.text == want
    assert m.calendar == CALENDARS[row[3]]
    assert (m.year, m.month, m.day, m.weekday) == tuple(opt(f) for f in row[4:8])
    assert {None: "-", True: "y", False: "n"}[m.weekday_agrees] == row[8]
    assert (m.until is None and row[9] == "-") or f"{m.until[0]}/{m.until[1]}" == row[9]


def test_jalali_date() -> None:
    d = JalaliDate(1403, 9, 12)
    assert d.to_gregorian() == (2024, 12, 2)
    assert d.weekday == 3  # Monday
    assert d.format("long") == "۱۲ آذر ۱۴۰۳"
    assert d.format("words") == "دوازدهم آذر هزار و چهارصد و سه"
    assert JalaliDate.from_gregorian(2025, 3, 21) == JalaliDate(1404, 1, 1)
    assert JalaliDate(1403, 12, 30).add_days(1) == JalaliDate(1404, 1, 1)
    assert JalaliDate(1403, 12, 30) < JalaliDate(1404, 1, 1)
    assert JalaliDate(1403, 1, 1).days_until(JalaliDate(1404, 1, 1)) == 366
    assert JalaliDate.is_leap_year(1403) and not JalaliDate.is_leap_year(1404)
    assert len({JalaliDate(1403, 1, 1), JalaliDate(1403, 1, 1)}) == 1
    with pytest.raises(ValueError, match="day 30 is not in month 12 of 1402"):
        JalaliDate(1402, 12, 30)
    with pytest.raises(ValueError, match="unknown style"):
        d.format("short")


def test_parse_date_and_its_errors() -> None:
    m = parsi.parse_date("دوشنبه ۱۲ آذر ۱۴۰۳")
    assert m.jalali == JalaliDate(1403, 9, 12) and m.weekday_agrees is True
    with pytest.raises(ParseError) as e:
        parsi.parse_date("جمعه ۱۲ آذر ۱۴۰۳")
    assert (e.value.kind, e.value.start, e.value.end) == ("weekday_mismatch", 0, 16)
    with pytest.raises(ParseError) as e:
        parsi.parse_date("۳۰ اسفند ۱۴۰۲")
    assert e.value.kind == "invalid_date"
    with pytest.raises(ParseError) as e:
        parsi.parse_date("۱۲ آذر ۱۴۰۳ ساعت ۱۰")
    assert (e.value.kind, e.value.found) == ("unexpected_word", "ساعت ۱۰")


def test_find_entities_claims_numbers() -> None:
    text = "در ۱۲ آذر ۱۴۰۳ مبلغ 2میلیارد و 521میلیون ریال به ۳ هزار و 713 خدمت رسید"
    found = parsi.find_entities(text)
    assert [type(e) for e in found] == [DateMatch, MoneyMatch, NumberMatch]
    assert [e.text for e in found] == ["۱۲ آذر ۱۴۰۳", "2میلیارد و 521میلیون ریال", "۳ هزار و 713"]
    assert found[2].value == 3713
    assert all(text[e.start : e.end] == e.text for e in found)


def test_article_relative_years_with_an_anchor() -> None:
    article = (TABLE.parent / "article.txt").read_text(encoding="utf-8")
    years = [m.year for m in parsi.find_dates(article, anchor=JalaliDate(1399, 6, 1))]
    assert years == [1399, 1399, 1400, 1398, 1399, 1399]


def test_find_entities_with_settings() -> None:
    found = parsi.find_entities("پارسال صد تومن بود", anchor=JalaliDate(1403, 9, 20), colloquial_thousands=True)
    assert [type(e) for e in found] == [DateMatch, MoneyMatch]
    assert found[0].year == 1402
    assert found[1].money.amount == 100_000
