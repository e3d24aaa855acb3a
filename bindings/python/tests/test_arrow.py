"""parsi.arrow: the kernels equal the scalar API row for row, on every
string type and chunking; nulls, empty and huge rows; bad input; and the
engine recipes (Polars, DuckDB, Spark) end to end."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from conftest import rows, unescape

import parsi

REQUIRE = os.environ.get("PARSI_REQUIRE_ENGINES") == "1"


def need(module: str):
    """The module, or a skip (a failure when CI asks for every engine)."""
    if REQUIRE:
        return __import__(module)
    return pytest.importorskip(module)


pa = need("pyarrow")
from parsi import arrow  # noqa: E402

TEXTS = [
    "در سال گذشته 2میلیارد و 521میلیون ریال تخصیص یافت",
    "",
    "سه هزار و 713 خدمت 😀 به هزار و 214کودک، ۵۰ هزار تومان",
    "كتاب ها را مي خوانم. بعد ۲٫۵ درصد!",
    "دو ممیز پنج",
]


def all_texts() -> list[str | None]:
    """The crate's table inputs, the article's lines, and nulls."""
    out: list[str | None] = list(TEXTS)
    for table, field in [
        ("find.tsv", 0),
        ("money.tsv", 0),
        ("numbers.tsv", 0),
        ("tokens.tsv", 0),
        ("dates.tsv", 1),
    ]:
        out += [unescape(f[field]) for _, f in rows(table)]
    out += [unescape(f[1]) for _, f in rows("normalize.tsv")]
    out.insert(3, None)
    out.append(None)
    return out


def numbers_of(t: str) -> list[dict]:
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "value": str(m.value),
            "is_ordinal": m.is_ordinal,
            "unit": m.unit,
        }
        for m in parsi.find_numbers(t)
    ]


def money_of(t: str) -> list[dict]:
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "amount": str(m.money.amount),
            "currency": m.money.currency.code,
        }
        for m in parsi.find_money(t)
    ]


def dates_of(t: str) -> list[dict]:
    return [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "calendar": m.calendar,
            "year": m.year,
            "month": m.month,
            "day": m.day,
            "weekday": m.weekday,
            "jalali": None if m.jalali is None else m.jalali.format("ascii"),
        }
        for m in parsi.find_dates(t)
    ]


def parsed(t: str) -> str | None:
    try:
        return str(parsi.parse_number(t))
    except parsi.ParseError:
        return None


SCALAR = {
    "normalize": parsi.normalize,
    "to_persian_digits": parsi.to_persian_digits,
    "to_ascii_digits": parsi.to_ascii_digits,
    "spell_numbers": parsi.spell_numbers,
    "digitize_numbers": parsi.digitize_numbers,
    "word_tokenize": parsi.word_tokenize,
    "sentences": parsi.sentences,
    "parse_number": parsed,
    "find_numbers": numbers_of,
    "find_money": money_of,
    "find_dates": dates_of,
}


@pytest.mark.parametrize("type_", ["string", "large_string", "string_view"])
@pytest.mark.parametrize("name", sorted(SCALAR))
def test_row_for_row_equal_to_the_scalar_api(name: str, type_: str) -> None:
    texts = all_texts()
    column = pa.array(texts, type=getattr(pa, type_)())
    got = getattr(arrow, name)(column).to_pylist()
    want = [None if t is None else SCALAR[name](t) for t in texts]
    assert got == want


def test_parse_number_errors_column() -> None:
    texts = all_texts()
    got = arrow.parse_number(pa.array(texts), errors=True).to_pylist()
    for t, row in zip(texts, got):
        if t is None:
            assert row == {"value": None, "error": None}
            continue
        try:
            want = {"value": str(parsi.parse_number(t)), "error": None}
        except parsi.ParseError as e:
            want = {"value": None, "error": e.kind}
        assert row == want


def test_chunked_arrays_and_lengths() -> None:
    texts = all_texts()
    chunked = pa.chunked_array([texts[:5], texts[5:40], [], texts[40:]])
    got = arrow.normalize(chunked)
    assert isinstance(got, pa.ChunkedArray)
    assert got.to_pylist() == [None if t is None else parsi.normalize(t) for t in texts]
    # A plain array comes back chunked, not copied into one.
    assert isinstance(arrow.normalize(pa.array(["ي"])), pa.ChunkedArray)
    assert arrow.normalize(pa.array([], type=pa.string())).to_pylist() == []
    assert arrow.find_numbers(pa.array([None, None], type=pa.string())).to_pylist() == [None, None]


def test_switches_reach_the_kernel() -> None:
    col = pa.array(["سال 1403", "كتاب ها"])
    got = arrow.normalize(col, digits="persian", letters=False).to_pylist()
    assert got == ["سال ۱۴۰۳", "كتاب\u200cها"]
    assert arrow.digitize_numbers(pa.array(["بیست و پنج"]), "ascii").to_pylist() == ["25"]
    with pytest.raises(TypeError):
        arrow.normalize(col, lettres=True)


def test_a_million_rows() -> None:
    base = TEXTS[0], TEXTS[2], TEXTS[3], None
    texts = [base[i % 4] for i in range(1_000_000)]
    column = pa.array(texts)
    got = arrow.normalize(column)
    assert len(got) == 1_000_000
    assert got.null_count == 250_000
    norm = {t: parsi.normalize(t) for t in base if t is not None}
    assert got.to_pylist() == [None if t is None else norm[t] for t in texts]
    found = arrow.find_numbers(column)
    assert found.to_pylist()[:4] == [numbers_of(TEXTS[0]), numbers_of(TEXTS[2]), numbers_of(TEXTS[3]), None]


def test_huge_rows_and_bad_input() -> None:
    unit = "سه هزار و 713 خدمت 😀 "
    huge = unit * (10_000_000 // len(unit.encode()))
    got = arrow.find_numbers(pa.array([huge, "پنج"])).to_pylist()
    assert len(got[0]) == huge.count(unit) and got[1][0]["value"] == "5"
    with pytest.raises(TypeError, match="string"):
        arrow.normalize(pa.array([1, 2]))
    with pytest.raises(TypeError):
        arrow.normalize(["a", "b"])
    with pytest.raises(TypeError):
        arrow.normalize(None)
    with pytest.raises(ValueError):
        arrow.digitize_numbers(pa.array(["5"]), "roman")


def test_polars_map_batches_and_namespace() -> None:
    pl = need("polars")
    df = pl.DataFrame({"text": [TEXTS[0], None, TEXTS[3]]})
    # The recipe: map_batches hands a Series (exported as string_view) and
    # wants a Series and its dtype back.
    out = df.select(
        pl.col("text").map_batches(lambda s: arrow.normalize(s), return_dtype=pl.String)
    )
    assert out["text"].to_list() == [parsi.normalize(TEXTS[0]), None, parsi.normalize(TEXTS[3])]
    arrow.register_polars()
    out = df.select(
        pl.col("text").parsi.normalize().alias("n"),
        pl.col("text").parsi.find_numbers().alias("numbers"),
        pl.col("text").parsi.word_tokenize().alias("words"),
    )
    assert out["n"].to_list()[2] == parsi.normalize(TEXTS[3])
    assert out["numbers"].to_list()[0] == numbers_of(TEXTS[0])
    assert out["words"].to_list()[2] == parsi.word_tokenize(TEXTS[3])
    series = pl.Series("t", ["كتاب"])
    assert arrow.normalize(series).name == "t"


def test_duckdb_udf() -> None:
    duckdb = need("duckdb")
    con = duckdb.connect()
    arrow.register_duckdb(con)
    con.execute("CREATE TABLE docs (text VARCHAR)")
    con.executemany("INSERT INTO docs VALUES (?)", [[TEXTS[0]], [None], [TEXTS[3]]])
    got = con.execute("SELECT parsi_normalize(text) FROM docs").fetchall()
    assert [r[0] for r in got] == [parsi.normalize(TEXTS[0]), None, parsi.normalize(TEXTS[3])]
    got = con.execute("SELECT parsi_parse_number('دو ممیز پنج')").fetchone()[0]
    assert Decimal(got) == Decimal("2.5")


def test_spark_map_in_arrow() -> None:
    need("pyspark")
    import sys

    from pyspark.sql import SparkSession

    # The workers run this interpreter, where parsi is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("parsi-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        texts = [TEXTS[0], TEXTS[2], None, TEXTS[3]] * 25
        df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id long, text string")
        out = df.repartition(2).mapInArrow(arrow.spark_mapper("text"), df.schema)
        got = {r["id"]: r["text"] for r in out.collect()}
        assert got == {i: None if t is None else parsi.normalize(t) for i, t in enumerate(texts)}
    finally:
        spark.stop()


def test_find_dates_with_an_anchor_and_in_polars() -> None:
    col = pa.array(["پارسال", None, "۱۲ آذر"])
    got = arrow.find_dates(col, anchor=parsi.JalaliDate(1403, 9, 20)).to_pylist()
    assert [[d["year"] for d in row] if row is not None else None for row in got] == [[1402], None, [1403]]
    pl = need("polars")
    arrow.register_polars()
    df = pl.DataFrame({"text": ["جلسه ۱۲ آذر ۱۴۰۳", "هیچ"]})
    out = df.select(pl.col("text").parsi.find_dates())["text"].to_list()
    assert [[d["jalali"] for d in row] for row in out] == [["1403/09/12"], []]
