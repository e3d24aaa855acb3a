"""Whole runs of the `parsi` binary on a large file: throughput for -j1 and
-j2 and each run's peak memory.

    cargo build --release --manifest-path cli/Cargo.toml
    PARSI_BENCH_CORPUS=news.txt python3 cli/bench.py --mb 200

The input is the corpus named by PARSI_BENCH_CORPUS (or the article in
tests/data) repeated to --mb megabytes, written to a temporary file. Each
command runs --rounds times per -j; the best time counts. Output goes to
/dev/null. Peak memory is the child's maximum resident set (wait4).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_input(path: Path, megabytes: float) -> int:
    source = os.environ.get("PARSI_BENCH_CORPUS")
    text = Path(source).read_bytes() if source else (ROOT / "tests/data/article.txt").read_bytes()
    if not text.endswith(b"\n"):
        text += b"\n"
    target = int(megabytes * 1_000_000)
    written = 0
    with open(path, "wb") as f:
        while written < target:
            f.write(text)
            written += len(text)
    return written


def run(binary: Path, args: list[str]) -> tuple[float, int]:
    """Seconds and peak resident kilobytes of one run."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        p = subprocess.Popen([str(binary), *args], stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{args}: exit status {status}: {p.stderr.read().decode() if p.stderr else ''}")
    return elapsed, usage.ru_maxrss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=200, help="input size in megabytes (default 200)")
    ap.add_argument("--rounds", type=int, default=3, help="runs per measurement (default 3)")
    ap.add_argument("--binary", type=Path, default=ROOT / "cli/target/release/parsi")
    args = ap.parse_args()
    if not args.binary.exists():
        sys.exit(f"{args.binary} not found: cargo build --release --manifest-path cli/Cargo.toml")
    with tempfile.TemporaryDirectory() as d:
        big = Path(d) / "input.txt"
        size = build_input(big, args.mb)
        mb = size / 1e6
        print(f"input: {mb:.0f} MB ({os.environ.get('PARSI_BENCH_CORPUS') or 'article'} repeated); "
              f"{os.cpu_count()} cores; best of {args.rounds}")
        for command in (["normalize"], ["find"], ["find", "--money"], ["tokens"]):
            best = {}
            for jobs in (1, 2):
                runs = [run(args.binary, ["-j", str(jobs), *command, str(big)]) for _ in range(args.rounds)]
                t = min(r[0] for r in runs)
                peak = max(r[1] for r in runs)
                best[jobs] = t
                print(f"  parsi -j{jobs} {' '.join(command):14s} {t:7.2f} s  {mb / t:7.1f} MB/s  "
                      f"peak {peak / 1024:6.1f} MB")
            print(f"    -j2 / -j1: {best[1] / best[2]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
