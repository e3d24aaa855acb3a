"""parsi.hazm: hazm's call shapes with parsi's results."""

from __future__ import annotations

import parsi
from parsi.hazm import Normalizer, SentenceTokenizer, WordTokenizer, sent_tokenize, word_tokenize


def test_normalizer_defaults_follow_hazm() -> None:
    n = Normalizer()
    # hazm's defaults write Persian digits and Persian punctuation.
    assert n.normalize("كتاب ها 12 را مي خوانم?") == "کتاب\u200cها ۱۲ را می\u200cخوانم؟"
    assert n.normalize("سلاااام") == "سلام"
    # Decimals stay whole (hazm writes "۱ ٫ ۵").
    assert n.normalize("۱٫۵ درصد") == "۱٫۵ درصد"


def test_normalizer_switches_map() -> None:
    n = Normalizer(persian_numbers=False, persian_style=False, decrease_repeated_chars=False)
    assert n.normalize("كتاب 12?") == "کتاب 12?"
    assert n.normalize("سلاااام") == "سلاااام"
    keep = Normalizer(remove_diacritics=False, correct_spacing=False, seperate_mi=False)
    assert keep.normalize("دَه  مي روم") == "دَه  مي روم".replace("ي", "ی")


def test_tokenizers() -> None:
    text = "این جمله (خیلی) پیچیده نیست!!! ۲٬۵۲۱ ریال"
    want = ["این", "جمله", "(", "خیلی", ")", "پیچیده", "نیست", "!", "!", "!", "۲٬۵۲۱", "ریال"]
    assert word_tokenize(text) == want
    assert WordTokenizer().tokenize(text) == want
    text = "سلام. حال شما چطور است؟ ۳.۵ درصد رشد کرد."
    want = ["سلام.", "حال شما چطور است؟", "۳.۵ درصد رشد کرد."]
    assert sent_tokenize(text) == want
    assert SentenceTokenizer().tokenize(text) == want
    assert sent_tokenize(text) == parsi.sentences(text)
