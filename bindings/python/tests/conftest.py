"""Shared helpers: the crate's case tables in tests/data, read as the Rust
tests read them, so that Python and Rust agree case for case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def rows(name: str) -> list[tuple[int, list[str]]]:
    """The rows of a table: (line number, fields), comments and blank lines
    skipped."""
    out = []
    for n, line in enumerate((DATA / name).read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("#") or not line.strip():
            continue
        out.append((n, line.split("\t")))
    return out


_ESCAPE = re.compile(r"\\(u\{([0-9A-Fa-f]+)\}|n|r|t|\\)")


def unescape(field: str) -> str:
    """A field of an escaped table with its escapes written out."""

    def one(m: re.Match[str]) -> str:
        if m.group(2):
            return chr(int(m.group(2), 16))
        return {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}[m.group(1)]

    return _ESCAPE.sub(one, field)


def table_params(name: str, minimum: int) -> list:
    """pytest parameters, one per row, named by table and line."""
    found = rows(name)
    assert len(found) >= minimum, f"{name}: only {len(found)} rows"
    return [pytest.param(fields, id=f"{name}:{n}") for n, fields in found]


@pytest.fixture(scope="session")
def article() -> str:
    return (DATA / "article.txt").read_text(encoding="utf-8")
