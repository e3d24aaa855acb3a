"""hazm's call shapes on parsi: switch by changing an import.

``from parsi.hazm import Normalizer, word_tokenize, sent_tokenize`` in place of
``from hazm import ...``: the same classes and functions with the same
arguments, and parsi's results.

Where the results differ from hazm's:

- ``Normalizer`` keeps decimals whole ("۱٫۵", where hazm writes "۱ ٫ ۵"),
  reads presentation forms and direction marks written for ZWNJ, and joins
  affixes only where they stand apart (می روم → می‌روم). It does not run
  hazm's word-list lemmatizer to join the glued form ("میروم" stays).
- ``word_tokenize`` keeps a number with its separators as one token
  ("۲٬۵۲۱٬۰۰۰", "3.5"), a URL, an e-mail address, a hashtag or a mention as
  one token, and does not join verb parts ("خواهم رفت" is two tokens, as is
  every other multi-word verb).
- ``sent_tokenize`` keeps abbreviations, decimals and list numbers inside a
  sentence and returns the sentences trimmed.

>>> from parsi.hazm import Normalizer, word_tokenize, sent_tokenize
>>> Normalizer().normalize("اصلاح نويسه ها و استفاده از نیم‌فاصله پردازش را آسان مي كند 12")
'اصلاح نویسه\\u200cها و استفاده از نیم\\u200cفاصله پردازش را آسان می\\u200cکند ۱۲'
>>> word_tokenize("این جمله (خیلی) پیچیده نیست!!!")
['این', 'جمله', '(', 'خیلی', ')', 'پیچیده', 'نیست', '!', '!', '!']
>>> sent_tokenize("ما هم برای وصل کردن آمدیم! ولی برای پردازش، جدا بهتر نیست؟")
['ما هم برای وصل کردن آمدیم!', 'ولی برای پردازش، جدا بهتر نیست؟']
"""

from __future__ import annotations

from . import _parsi

__all__ = [
    "Normalizer",
    "SentenceTokenizer",
    "WordTokenizer",
    "sent_tokenize",
    "word_tokenize",
]


class Normalizer:
    """hazm's ``Normalizer`` with its switches, each mapped to parsi's rules.

    ``correct_spacing``: ZWNJ cleaning, affixes, spacing around punctuation
    and runs of spaces; ``remove_diacritics``: diacritics;
    ``remove_specials_chars``: kashida and direction marks;
    ``decrease_repeated_chars``: letters repeated three or more times;
    ``persian_style``: « » quotes and Persian punctuation;
    ``persian_numbers``: Persian digits; ``unicodes_replacement``:
    presentation forms; ``seperate_mi``: the prefix می joined with ZWNJ.
    Arabic letter forms always become Persian ones, as in hazm.
    """

    def __init__(
        self,
        correct_spacing: bool = True,
        remove_diacritics: bool = True,
        remove_specials_chars: bool = True,
        decrease_repeated_chars: bool = True,
        persian_style: bool = True,
        persian_numbers: bool = True,
        unicodes_replacement: bool = True,
        seperate_mi: bool = True,
    ) -> None:
        self._normalizer = _parsi.Normalizer.none(
            letters=True,
            presentation_forms=unicodes_replacement,
            kashida=remove_specials_chars,
            diacritics=remove_diacritics,
            direction_marks=remove_specials_chars,
            quotes=persian_style,
            zwnj=correct_spacing,
            affixes=correct_spacing or seperate_mi,
            verb_prefixes=seperate_mi,
            glued_suffixes=correct_spacing,
            punctuation_spacing=correct_spacing,
            bracket_spacing=correct_spacing,
            spaces=correct_spacing,
            digits="persian" if persian_numbers else None,
            persian_punctuation=persian_style,
            repeated_letters=decrease_repeated_chars,
        )

    def normalize(self, text: str) -> str:
        """The text normalized."""
        return self._normalizer.normalize(text)

    def __repr__(self) -> str:
        return f"parsi.hazm.Normalizer() using {self._normalizer!r}"


class WordTokenizer:
    """hazm's ``WordTokenizer``: ``tokenize(sentence)`` gives the tokens."""

    def tokenize(self, text: str) -> list[str]:
        """The tokens of the text."""
        return _parsi.word_tokenize(text)


class SentenceTokenizer:
    """hazm's ``SentenceTokenizer``: ``tokenize(text)`` gives the sentences."""

    def tokenize(self, text: str) -> list[str]:
        """The sentences of the text."""
        return _parsi.sentences(text)


def word_tokenize(sentence: str) -> list[str]:
    """The tokens of the sentence (hazm's ``word_tokenize``)."""
    return _parsi.word_tokenize(sentence)


def sent_tokenize(text: str) -> list[str]:
    """The sentences of the text (hazm's ``sent_tokenize``)."""
    return _parsi.sentences(text)
