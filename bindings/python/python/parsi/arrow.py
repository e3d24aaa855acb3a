"""Arrow-native kernels: a string column in, a column out, on every core.

Each function takes any Arrow string column that Python can hand over
through the Arrow PyCapsule interface: a ``pyarrow`` Array or ChunkedArray,
a Polars Series (its ``string_view`` export included), a DuckDB or nanoarrow
result, in any of the string types (``string``, ``large_string``,
``string_view``). The work runs in Rust with the GIL released, on every core,
and the result has the input's length, nulls kept as nulls. What comes back
follows the input: a Polars Series for a Series, a pyarrow ChunkedArray for
pyarrow input (an Array too: one chunk per slice of rows worked on, not
copied into one), and otherwise an object with ``__arrow_c_stream__`` that any
Arrow library reads. Results equal the scalar functions row for row.

- ``normalize(col, **switches)``, ``to_persian_digits``, ``to_ascii_digits``,
  ``spell_numbers``, ``digitize_numbers(col, script="persian")``: strings.
- ``find_numbers(col)``: a list of structs ``{start, end, text, value,
  is_ordinal, unit}`` per row (``start``/``end`` string indices, ``value`` the
  exact decimal as a string); ``find_money(col)``: ``{start, end, text,
  amount, currency}`` (an ISO code); ``find_dates(col, anchor=None)``:
  ``{start, end, text, calendar, year, month, day, weekday, jalali}``
  (``jalali`` the date as ``"1403/09/12"`` when complete).
- ``parse_number(col, errors=False)``: each row's exact value as a decimal
  string, null where the row is not one number; ``errors=True`` gives a
  struct ``{value, error}`` with the error's kind.
- ``word_tokenize(col)``, ``sentences(col)``: a list of strings per row.

The package has no runtime dependency: pyarrow, Polars, DuckDB and Spark are
used when the caller has them. Recipes: ``register_polars()`` adds a
``parsi`` namespace to Polars expressions; ``register_duckdb(con)`` adds SQL
functions; ``spark_mapper(...)`` gives a function for ``DataFrame.mapInArrow``.

>>> import pyarrow as pa
>>> from parsi import arrow
>>> arrow.normalize(pa.array(["كتاب ها", None])).to_pylist()
['کتاب\\u200cها', None]
>>> [[m["value"] for m in row] for row in arrow.find_numbers(pa.array(["سه هزار و 713 خدمت"])).to_pylist()]
[['3713']]
"""

from __future__ import annotations

from typing import Any, Callable

from . import _parsi

__all__ = [
    "digitize_numbers",
    "find_dates",
    "find_money",
    "find_numbers",
    "normalize",
    "parse_number",
    "register_duckdb",
    "register_polars",
    "sentences",
    "spark_mapper",
    "spell_numbers",
    "to_ascii_digits",
    "to_persian_digits",
    "word_tokenize",
]


def _like(column: Any, result: Any) -> Any:
    """The result in the input's own library where there is one."""
    module = type(column).__module__
    if module.startswith("polars"):
        import polars as pl

        return pl.Series(result).alias(getattr(column, "name", ""))
    if module.startswith("pyarrow"):
        import pyarrow as pa

        # A ChunkedArray for an Array too: one chunk per slice of rows worked
        # on, no copy (``combine_chunks()`` makes one array when needed).
        return pa.chunked_array(result)
    return result


def _column(column: Any) -> Any:
    if not (hasattr(column, "__arrow_c_stream__") or hasattr(column, "__arrow_c_array__")):
        raise TypeError(
            f"expected an Arrow string column (pyarrow, Polars, ...), not {type(column).__name__}"
        )
    return column


def normalize(column: Any, **switches: Any) -> Any:
    """Every text normalized; ``switches`` as ``parsi.Normalizer``'s."""
    return _like(column, _parsi.arrow_normalize(_column(column), **switches))


def to_persian_digits(column: Any) -> Any:
    """Every digit written in Persian digits."""
    return _like(column, _parsi.arrow_to_persian_digits(_column(column)))


def to_ascii_digits(column: Any) -> Any:
    """Every digit written in ASCII digits."""
    return _like(column, _parsi.arrow_to_ascii_digits(_column(column)))


def spell_numbers(column: Any) -> Any:
    """Every number in running text spelled in words."""
    return _like(column, _parsi.arrow_spell_numbers(_column(column)))


def digitize_numbers(column: Any, script: str = "persian") -> Any:
    """Every number in running text written in digits of ``script``."""
    return _like(column, _parsi.arrow_digitize_numbers(_column(column), script))


def word_tokenize(column: Any) -> Any:
    """Each text's tokens: a list of strings per row."""
    return _like(column, _parsi.arrow_word_tokenize(_column(column)))


def sentences(column: Any) -> Any:
    """Each text's sentences: a list of strings per row."""
    return _like(column, _parsi.arrow_sentences(_column(column)))


def parse_number(column: Any, errors: bool = False) -> Any:
    """Each text's exact value as a decimal string; null where it is not one
    number. With ``errors=True``, a struct ``{value, error}`` per row, ``error``
    the kind of error (``"unknown_word"``, ...) where the text is not a number.

    >>> import pyarrow as pa
    >>> from parsi import arrow
    >>> arrow.parse_number(pa.array(["دو ممیز پنج", "سلام", None]), errors=True).to_pylist()
    [{'value': '2.5', 'error': None}, {'value': None, 'error': 'unknown_word'}, {'value': None, 'error': None}]
    """
    return _like(column, _parsi.arrow_parse_number(_column(column), errors))


def find_numbers(column: Any) -> Any:
    """Each text's numbers: a list of ``{start, end, text, value, is_ordinal,
    unit}`` structs per row."""
    return _like(column, _parsi.arrow_find_numbers(_column(column)))


def find_money(column: Any) -> Any:
    """Each text's amounts: a list of ``{start, end, text, amount, currency}``
    structs per row."""
    return _like(column, _parsi.arrow_find_money(_column(column)))


def find_dates(column: Any, anchor: Any = None) -> Any:
    """Each text's dates: a list of ``{start, end, text, calendar, year,
    month, day, weekday, jalali}`` structs per row; ``anchor`` (a
    ``JalaliDate``) as for ``parsi.find_dates``.

    >>> import pyarrow as pa
    >>> from parsi import arrow
    >>> [[d["jalali"] for d in row] for row in arrow.find_dates(pa.array(["جلسه ۱۲ آذر ۱۴۰۳"])).to_pylist()]
    [['1403/09/12']]
    """
    return _like(column, _parsi.arrow_find_dates(_column(column), anchor))


def register_polars() -> None:
    """Adds a ``parsi`` namespace to Polars expressions, so that
    ``pl.col("text").parsi.normalize()`` and the other kernels work in any
    Polars query. Each is a ``map_batches`` with the right ``return_dtype``.

    >>> import polars as pl
    >>> from parsi import arrow
    >>> arrow.register_polars()
    >>> df = pl.DataFrame({"text": ["كتاب ها", "سه هزار و 713"]})
    >>> df.select(pl.col("text").parsi.normalize())["text"].to_list()
    ['کتاب\\u200cها', 'سه هزار و 713']
    """
    import polars as pl

    if hasattr(pl.col("_"), "parsi"):
        return  # registered already
    number = pl.Struct(
        {
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "value": pl.String,
            "is_ordinal": pl.Boolean,
            "unit": pl.String,
        }
    )
    money = pl.Struct(
        {
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "amount": pl.String,
            "currency": pl.String,
        }
    )

    date = pl.Struct(
        {
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
            "calendar": pl.String,
            "year": pl.Int64,
            "month": pl.Int64,
            "day": pl.Int64,
            "weekday": pl.Int64,
            "jalali": pl.String,
        }
    )

    def batch(kernel: Callable[[Any], Any], dtype: Any) -> Callable[[Any], Any]:
        def method(self: Any) -> Any:
            return self._expr.map_batches(
                lambda s: pl.Series(s.name, kernel(s)).cast(dtype), return_dtype=dtype
            )

        return method

    class ParsiNamespace:
        def __init__(self, expr: Any) -> None:
            self._expr = expr

        normalize = batch(_parsi.arrow_normalize, pl.String)
        to_persian_digits = batch(_parsi.arrow_to_persian_digits, pl.String)
        to_ascii_digits = batch(_parsi.arrow_to_ascii_digits, pl.String)
        spell_numbers = batch(_parsi.arrow_spell_numbers, pl.String)
        digitize_numbers = batch(_parsi.arrow_digitize_numbers, pl.String)
        parse_number = batch(_parsi.arrow_parse_number, pl.String)
        word_tokenize = batch(_parsi.arrow_word_tokenize, pl.List(pl.String))
        sentences = batch(_parsi.arrow_sentences, pl.List(pl.String))
        find_numbers = batch(_parsi.arrow_find_numbers, pl.List(number))
        find_money = batch(_parsi.arrow_find_money, pl.List(money))
        find_dates = batch(_parsi.arrow_find_dates, pl.List(date))

    pl.api.register_expr_namespace("parsi")(ParsiNamespace)


def register_duckdb(con: Any) -> None:
    """Adds vectorized SQL functions to a DuckDB connection:
    ``parsi_normalize``, ``parsi_to_persian_digits``, ``parsi_to_ascii_digits``,
    ``parsi_spell_numbers``, ``parsi_digitize_numbers`` and
    ``parsi_parse_number`` (VARCHAR → VARCHAR), each called once per batch of
    rows with an Arrow array.

    >>> import duckdb
    >>> from parsi import arrow
    >>> con = duckdb.connect()
    >>> arrow.register_duckdb(con)
    >>> con.execute("SELECT parsi_normalize('كتاب ها') AS t").fetchone()[0]
    'کتاب\\u200cها'
    """
    import pyarrow as pa

    def udf(kernel: Callable[[Any], Any]) -> Callable[[Any], Any]:
        return lambda column: pa.chunked_array(kernel(column)).combine_chunks()

    for name, kernel in [
        ("normalize", _parsi.arrow_normalize),
        ("to_persian_digits", _parsi.arrow_to_persian_digits),
        ("to_ascii_digits", _parsi.arrow_to_ascii_digits),
        ("spell_numbers", _parsi.arrow_spell_numbers),
        ("digitize_numbers", _parsi.arrow_digitize_numbers),
        ("parse_number", _parsi.arrow_parse_number),
    ]:
        con.create_function(
            f"parsi_{name}", udf(kernel), ["VARCHAR"], "VARCHAR", type="arrow", null_handling="special"
        )


def spark_mapper(
    column: str, function: str = "normalize", output: str | None = None
) -> Callable[[Any], Any]:
    """A function for Spark's ``DataFrame.mapInArrow``: each Arrow batch gets
    ``output`` (default ``column``) from ``function`` (a kernel of this module
    that returns strings: ``normalize``, ``to_persian_digits``,
    ``to_ascii_digits``, ``spell_numbers``, ``digitize_numbers``,
    ``parse_number``) applied to ``column``; the other columns pass through.
    Every executor runs the same Rust kernel::

        out = df.mapInArrow(spark_mapper("text"), df.schema)

    A cluster needs the package on every executor: ship the wheel with
    ``spark-submit --py-files parsi-*.whl`` (abi3 wheels import from a zip
    path only when unpacked; an environment archive made with ``venv-pack``
    or ``conda-pack`` and ``--archives`` is the sure way).
    """
    kernels = {
        "normalize": _parsi.arrow_normalize,
        "to_persian_digits": _parsi.arrow_to_persian_digits,
        "to_ascii_digits": _parsi.arrow_to_ascii_digits,
        "spell_numbers": _parsi.arrow_spell_numbers,
        "digitize_numbers": _parsi.arrow_digitize_numbers,
        "parse_number": _parsi.arrow_parse_number,
    }
    if function not in kernels:
        raise ValueError(f"function must be one of {sorted(kernels)}, not {function!r}")
    kernel = kernels[function]
    target = output or column

    def mapper(batches: Any) -> Any:
        import pyarrow as pa

        for batch in batches:
            result = pa.chunked_array(kernel(batch.column(column))).combine_chunks()
            result = result.cast(pa.string())
            names = batch.schema.names
            columns = [
                result if name == target else batch.column(name) for name in names
            ]
            if target not in names:
                columns.append(result)
                names = [*names, target]
            yield pa.RecordBatch.from_arrays(columns, names=names)

    return mapper
