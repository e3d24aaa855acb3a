"""Times parsi.arrow on a 1M-row column of Persian news-like lines: each
kernel on every core against one thread (RAYON_NUM_THREADS=1, in a child
process) and against a Python loop over the scalar function; Polars
map_batches against calling the kernel directly.

    python bindings/python/bench_arrow.py                 # the article's lines
    PARSI_BENCH_CORPUS=news.txt python bindings/python/bench_arrow.py

Needs pyarrow and polars. Best of --rounds; ratios are within this run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "article.txt"


def lines(rows: int) -> list[str]:
    path = os.environ.get("PARSI_BENCH_CORPUS")
    text = Path(path).read_text(encoding="utf-8") if path else ARTICLE.read_text(encoding="utf-8")
    # Sentences of the text as rows, like a column of news lines.
    import parsi

    pool = [s for s in parsi.sentences(text) if s.strip()]
    return [pool[i % len(pool)] for i in range(rows)]


def best(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return min(times)


def kernels_only(rows: int, rounds: int) -> dict:
    """The arrow kernels alone (run in a child for the one-thread figure)."""
    import pyarrow as pa

    from parsi import arrow

    column = pa.array(lines(rows))
    return {
        "normalize": best(rounds, lambda: arrow.normalize(column)),
        "find_numbers": best(rounds, lambda: arrow.find_numbers(column)),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(kernels_only(args.rows, args.rounds)))
        return 0

    import polars as pl
    import pyarrow as pa

    import parsi
    from parsi import arrow

    texts = lines(args.rows)
    column = pa.array(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{args.rows} rows, {mb:.0f} MB; {os.cpu_count()} cores; best of {args.rounds}")
    many = kernels_only(args.rows, args.rounds)
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    one = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--child", "--rows", str(args.rows), "--rounds", str(args.rounds)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    loop_norm = best(1, lambda: [parsi.normalize(t) for t in texts])
    loop_find = best(1, lambda: [parsi.find_numbers(t) for t in texts])
    series = pl.Series("text", texts)
    df = pl.DataFrame({"text": series})
    direct = best(args.rounds, lambda: arrow.normalize(series))
    polars = best(
        args.rounds,
        lambda: df.select(
            pl.col("text").map_batches(lambda s: arrow.normalize(s), return_dtype=pl.String)
        ),
    )
    for name, t in [
        ("arrow.normalize, every core", many["normalize"]),
        ("arrow.normalize, one thread", one["normalize"]),
        ("loop of parsi.normalize", loop_norm),
        ("arrow.find_numbers, every core", many["find_numbers"]),
        ("arrow.find_numbers, one thread", one["find_numbers"]),
        ("loop of parsi.find_numbers", loop_find),
        ("arrow.normalize on a Polars Series", direct),
        ("Polars map_batches(arrow.normalize)", polars),
    ]:
        print(f"  {name:40s} {t:7.3f} s  {args.rows / t / 1e6:6.2f} M rows/s  {mb / t:7.1f} MB/s")
    print("every kernel, every core:")
    for name in [
        "normalize",
        "to_persian_digits",
        "to_ascii_digits",
        "spell_numbers",
        "digitize_numbers",
        "parse_number",
        "word_tokenize",
        "sentences",
        "find_numbers",
        "find_money",
    ]:
        kernel = getattr(arrow, name)
        t = best(args.rounds, lambda: kernel(column))
        print(f"  arrow.{name:33s} {t:7.3f} s  {args.rows / t / 1e6:6.2f} M rows/s  {mb / t:7.1f} MB/s")
    try:
        import duckdb
    except ImportError:
        duckdb = None
    if duckdb is not None:
        con = duckdb.connect()
        arrow.register_duckdb(con)
        table = pa.table({"text": column})
        con.register("docs", table)
        t = best(args.rounds, lambda: con.sql("SELECT parsi_normalize(text) FROM docs").to_arrow_table())
        plain = best(args.rounds, lambda: con.sql("SELECT lower(text) FROM docs").to_arrow_table())
        print(f"  DuckDB parsi_normalize(text)             {t:7.3f} s  {args.rows / t / 1e6:6.2f} M rows/s  {mb / t:7.1f} MB/s"
              f"  (lower(text): {plain:.3f} s)")
    print("ratios (target):")
    print(f"  normalize: cores / one thread {one['normalize'] / many['normalize']:.2f}x (>= 1.6)")
    print(f"  normalize: kernel / Python loop {loop_norm / many['normalize']:.2f}x (>= 1.6)")
    print(f"  find_numbers: kernel / Python loop {loop_find / many['find_numbers']:.2f}x (>= 3)")
    print(f"  Polars map_batches / kernel direct {polars / direct:.2f}x (<= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
