"""Times the Python API of parsi on Persian text, beside hazm when it is
installed, in the same process on the same lines.

    python bindings/python/bench.py            # the article, repeated
    PARSI_BENCH_CORPUS=news.txt python bindings/python/bench.py

Every figure is the best of several rounds (``--rounds``); ratios compare
two measurements of this run, which is what to read on a shared machine.
The targets of the issue that introduced the package are printed beside the
ratios.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Callable

import parsi

ARTICLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "article.txt"


def load_lines(limit_bytes: int) -> tuple[str, list[str]]:
    """The bench text's non-empty lines, up to ``limit_bytes`` of UTF-8."""
    path = os.environ.get("PARSI_BENCH_CORPUS")
    if path:
        name, text = f"corpus {path}", Path(path).read_text(encoding="utf-8")
    else:
        article = ARTICLE.read_text(encoding="utf-8")
        name, text = "article repeated", "\n".join([article] * 400)
    lines, size = [], 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        lines.append(line)
        size += len(line.encode())
        if size >= limit_bytes:
            break
    return name, lines


def best(rounds: int, work: Callable[[], object]) -> float:
    """The shortest of ``rounds`` runs of ``work``, in seconds."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return min(times)


def dates_bench(rounds: int) -> None:
    """Jalali to Gregorian over 100,000 days, beside persiantools and
    jdatetime when installed (the same days, answers compared)."""
    days = [(1300 + k % 200, 1 + k % 12, 1 + k % 29) for k in range(100_000)]
    want = [parsi.JalaliDate(*d).to_gregorian() for d in days]
    mine = best(rounds, lambda: [parsi.JalaliDate(*d).to_gregorian() for d in days])
    print(f"dates: {len(days)} conversions, parsi {mine * 1e9 / len(days):7.0f} ns each")
    peers = []
    try:
        from persiantools.jdatetime import JalaliDate as PtDate  # type: ignore[import-not-found]

        peers.append(("persiantools", lambda d: PtDate(*d).to_gregorian()))
    except ImportError:
        print("  persiantools: not installed")
    try:
        import jdatetime  # type: ignore[import-not-found]

        peers.append(("jdatetime", lambda d: jdatetime.date(*d).togregorian()))
    except ImportError:
        print("  jdatetime: not installed")
    for name, convert in peers:
        got = [tuple(convert(d).timetuple()[:3]) for d in days]
        agree = sum(g == w for g, w in zip(got, want))
        t = best(rounds, lambda: [convert(d) for d in days])
        print(f"  {name:13s} {t * 1e9 / len(days):7.0f} ns each, {t / mine:5.1f}x parsi's time; "
              f"agrees on {agree} of {len(days)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="megabytes of text to time (default 2)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per measurement (default 3)")
    args = ap.parse_args()

    name, lines = load_lines(int(args.mb * 1_000_000))
    text = "\n".join(lines)
    mb = len(text.encode()) / 1e6
    print(f"text: {name}, {len(lines)} lines, {mb:.2f} MB; parsi {parsi.__version__}; "
          f"{os.cpu_count()} cores; best of {args.rounds}")

    try:
        import hazm  # type: ignore[import-not-found]
    except ImportError:
        hazm = None
        print("hazm: not installed (pip install hazm to compare)")

    rows: list[tuple[str, float]] = []

    def timed(label: str, work: Callable[[], object]) -> float:
        s = best(args.rounds, work)
        rows.append((label, s))
        print(f"  {label:44s} {s * 1e3:9.1f} ms  {mb / s:8.1f} MB/s")
        return s

    n = parsi.Normalizer()
    print("one call per line:")
    norm = timed("parsi Normalizer().normalize", lambda: [n.normalize(l) for l in lines])
    batch = timed("parsi Normalizer().normalize_batch", lambda: n.normalize_batch(lines))
    words = timed("parsi word_tokenize", lambda: [parsi.word_tokenize(l) for l in lines])
    toks = timed("parsi tokens (Token objects)", lambda: [parsi.tokens(l) for l in lines])
    sents = timed("parsi sentences", lambda: [parsi.sentences(l) for l in lines])
    timed("parsi find_numbers", lambda: [parsi.find_numbers(l) for l in lines])
    print("whole text in one call:")
    whole = timed("parsi find_numbers(text)", lambda: parsi.find_numbers(text))
    timed("parsi normalize(text)", lambda: parsi.normalize(text))
    timed("parsi find_money(text)", lambda: parsi.find_money(text))
    timed("parsi find_dates(text)", lambda: parsi.find_dates(text))
    timed("parsi find_entities(text)", lambda: parsi.find_entities(text))
    found = len(parsi.find_numbers(text))
    print(f"  ({found} numbers, {len(parsi.find_dates(text))} dates found)")
    dates_bench(args.rounds)

    print("ratios (target):")
    print(f"  normalize_batch / loop of normalize: {norm / batch:6.2f}x  (>= 1.6 on 2 cores)")
    print(f"  find_numbers over the text: {mb / whole:6.1f} MB/s  (>= 50)")
    print(f"  Token objects / strings: {toks / words:6.2f}x the time of word_tokenize")
    if hazm is not None:
        hn = hazm.Normalizer()
        h_norm = timed("hazm Normalizer().normalize", lambda: [hn.normalize(l) for l in lines])
        h_words = timed("hazm word_tokenize", lambda: [hazm.word_tokenize(l) for l in lines])
        h_sents = timed("hazm sent_tokenize", lambda: [hazm.sent_tokenize(l) for l in lines])
        print(f"  normalize vs hazm:     {h_norm / norm:7.1f}x  (>= 50)")
        print(f"  word_tokenize vs hazm: {h_words / words:7.1f}x  (>= 5)")
        print(f"  sentences vs hazm:     {h_sents / sents:7.1f}x  (>= 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
