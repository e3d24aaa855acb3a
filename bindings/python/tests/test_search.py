"""normalize_with_offsets and Searcher from Python: spans are string
indices into the text as written, also after emoji; the crate's search
table case for case."""

from __future__ import annotations

import pytest
from conftest import rows, unescape

import parsi


def test_offsets_map_back_in_string_indices() -> None:
    original = "😀 كتابِ ما را مي خوانم"
    n = parsi.normalize_with_offsets(original)
    assert n.text == "😀 کتاب ما را می\u200cخوانم"
    assert n.original is original or n.original == original
    start = n.text.index("می")
    s, e = n.original_range(start, len(n.text))
    assert original[s:e] == "مي خوانم"
    # The word and the kasra dropped inside the span of two words.
    s, e = n.original_range(2, n.text.index(" را"))
    assert original[s:e] == "كتابِ ما"
    assert n.original_offset(0) == 0
    assert n.original_offset(len(n.text)) == len(original)
    assert str(n) == n.text
    # Every token maps back to a span that normalizes to it.
    for t in parsi.tokens(n.text):
        s, e = n.original_range(t.start, t.end)
        assert parsi.normalize(original[s:e]) == t.text
    with pytest.raises(ValueError):
        n.original_range(5, 2)
    m = parsi.Normalizer(digits="persian").normalize_with_offsets("سال 1403")
    assert m.text == "سال ۱۴۰۳"
    assert m.original_range(4, 8) == (4, 8)


def search_rows() -> list:
    return [pytest.param(f, id=f"search.tsv:{n}") for n, f in rows("search.tsv")]


@pytest.mark.parametrize("f", search_rows())
def test_search_table(f: list[str]) -> None:
    text = unescape(f[1])
    if f[0].startswith("[list] "):
        phrases = [unescape(p) for p in f[0][len("[list] ") :].split("/")]
        got = [f"{m.text}#{m.phrase}" for m in parsi.Searcher.phrases(phrases).find_iter(text)]
    else:
        got = [m.text for m in parsi.Searcher(unescape(f[0])).find_iter(text)]
    want = [] if f[2] == "-" else [unescape(w) for w in f[2].split("|")]
    assert got == want


def test_search_indices_and_options() -> None:
    text = "😀 كتاب ها و کتابها و کتابخانه"
    found = parsi.Searcher("کتاب‌ها").find_iter(text)
    assert [(m.start, m.end, m.text, m.phrase) for m in found] == [
        (2, 9, "كتاب ها", 0),
        (12, 18, "کتابها", 0),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert len(parsi.Searcher("کتاب", whole_words=False).find_iter(text)) == 3
    assert len(parsi.Searcher("کتاب", letters=False).find_iter("كتاب کتاب")) == 1
    r = parsi.Searcher.regex(r"سال [۰-۹]+").find_iter("سال 1403 و سال ۱۴۰۴")
    assert [m.text for m in r] == ["سال 1403", "سال ۱۴۰۴"]
    assert all(m.phrase is None for m in r)
    with pytest.raises(ValueError):
        parsi.Searcher.regex("(")
    with pytest.raises(TypeError):
        parsi.Searcher(None)
    assert repr(parsi.Searcher("ب")) == "Searcher('ب')"
    assert repr(found[0]) == "SearchMatch(start=2, end=9, text='كتاب ها', phrase=0)"
