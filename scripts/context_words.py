#!/usr/bin/env python3
"""Recounts the neighbours behind the crate's context word lists in a corpus.

The finder and the sentence splitter decide by a few word lists (what a lone
"نه" counts, the nouns that make a verb with دادن, ...). Each list was read
off a news corpus; this script counts, in any corpus, the words that stand
where the list's words stand, so that a list can be checked against another
kind of text and grown or trimmed by evidence. Words in the list are marked
with "*"; the list itself is read from the Rust source, so the script and
the crate cannot drift apart.

    python3 scripts/context_words.py nine news.txt      # words after a lone نه
    python3 scripts/context_words.py give news.txt      # words before ده / دهم
    python3 scripts/context_words.py approx news.txt    # words before a scale word
    python3 scripts/context_words.py signed news.txt    # words before "-" and digits
    python3 scripts/context_words.py labels news.txt    # words before "N." at a line start
    python3 scripts/context_words.py letters news.txt   # parts of X.Y.Z acronyms

Standard library only. Words are folded as the crate folds them (Arabic yeh
and kaf to Persian, diacritics and kashida dropped).
"""

import collections
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LISTS = {
    "nine": ("src/number/context.rs", "COUNTED_BY_NINE"),
    "give": ("src/number/context.rs", "GIVE_VERB_NOUNS"),
    "approx": ("src/number/context.rs", "APPROXIMATE_BEFORE"),
    "signed": ("src/number/find.rs", "SIGNED_AFTER"),
    "labels": ("src/tokenize/sentences.rs", "PART_LABELS"),
    "letters": ("src/tokenize/sentences.rs", "LETTER_NAMES"),
}
SCALES = {"هزار", "میلیون", "میلیارد", "تریلیون", "صد"}
WORD = re.compile(r"[\u0600-\u06FF\u200C]+|[0-9\u06F0-\u06F9\u0660-\u0669]+|\S")


def fold(w):
    w = w.replace("\u064A", "ی").replace("\u0649", "ی").replace("\u0643", "ک")
    return re.sub("[\u0610-\u061A\u064B-\u065F\u0670\u0640]", "", w)


def rust_list(path, name):
    src = (ROOT / path).read_text(encoding="utf-8")
    body = re.search(name + r": \[&str; \d+\] = \[(.*?)\];", src, re.S).group(1)
    return set(re.findall(r'"([^"]*)"', body))


def neighbours(kind, text):
    counts = collections.Counter()
    for line in text.splitlines():
        words = [fold(w) for w in WORD.findall(line)]
        for i, w in enumerate(words):
            prev = words[i - 1] if i else None
            nxt = words[i + 1] if i + 1 < len(words) else None
            if kind == "nine" and w == "نه" and nxt:
                counts[nxt] += 1
            elif kind == "give" and w in ("ده", "دهم") and prev:
                counts[prev] += 1
            elif kind == "approx" and w in SCALES and prev:
                counts[prev] += 1
            elif kind == "signed" and w == "-" and nxt and nxt[0].isdigit() and prev:
                counts[prev] += 1
            elif kind == "labels" and i + 2 < len(words) and w.isdigit() and words[i + 1] == "." and prev:
                counts[prev] += 1
            elif kind == "letters" and w == "." and prev and nxt and len(prev) <= 5:
                counts[prev] += 1
    return counts


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in LISTS:
        sys.exit(__doc__)
    kind, corpus = sys.argv[1], sys.argv[2]
    listed = rust_list(*LISTS[kind])
    counts = neighbours(kind, pathlib.Path(corpus).read_text(encoding="utf-8"))
    for word, n in counts.most_common(60):
        print(f"{n:6d} {'*' if word in listed else ' '} {word}")
    missing = sorted(w for w in listed if counts[w] == 0)
    print(f"# {len(listed)} listed; never seen here: {' '.join(missing) or '-'}")


if __name__ == "__main__":
    main()
