"""Persian (Farsi) text and numbers, exact and fast.

Numbers in words and digits of three scripts read to exact values
(``int`` or ``decimal.Decimal``, never a float), spelled back, and found in
running text; amounts of rial and toman parsed, converted and formatted;
text normalized, tokenized and split into sentences; dates of the Iranian
calendar converted and found in text. The work is done by the
Rust crate ``parsi``; this package has no runtime dependencies.

Offsets (``start``, ``end``) are Python string indices, so
``text[m.start:m.end] == m.text`` always holds.

>>> import parsi
>>> parsi.parse_number("2میلیارد و 521میلیون")
2521000000
>>> [m.value for m in parsi.find_numbers("سه هزار و 713 خدمت")]
[3713]
>>> parsi.Money.parse("۵۰ هزار تومان").to_rial()
Money(500000, Currency.RIAL)
>>> parsi.normalize("كتاب ها")
'کتاب\\u200cها'
"""

from ._parsi import (
    ConversionError,
    Currency,
    DateMatch,
    JalaliDate,
    Money,
    MoneyMatch,
    Normalizer,
    Normalized,
    NumberMatch,
    ParseError,
    SearchMatch,
    Searcher,
    Token,
    __version__,
    digitize_numbers,
    find_dates,
    find_entities,
    find_money,
    find_money_batch,
    find_numbers,
    find_numbers_batch,
    normalize,
    normalize_with_offsets,
    parse_date,
    parse_number,
    parse_ordinal,
    sentences,
    sentences_batch,
    spell_numbers,
    to_arabic_digits,
    to_ascii_digits,
    to_ordinal_words,
    to_persian_digits,
    to_words,
    tokens,
    word_tokenize,
    word_tokenize_batch,
)

__all__ = [
    "ConversionError",
    "Currency",
    "DateMatch",
    "JalaliDate",
    "Money",
    "MoneyMatch",
    "Normalizer",
    "Normalized",
    "NumberMatch",
    "ParseError",
    "SearchMatch",
    "Searcher",
    "Token",
    "__version__",
    "digitize_numbers",
    "find_dates",
    "find_entities",
    "find_money",
    "find_money_batch",
    "find_numbers",
    "find_numbers_batch",
    "normalize",
    "normalize_with_offsets",
    "parse_date",
    "parse_number",
    "parse_ordinal",
    "sentences",
    "sentences_batch",
    "spell_numbers",
    "to_arabic_digits",
    "to_ascii_digits",
    "to_ordinal_words",
    "to_persian_digits",
    "to_words",
    "tokens",
    "word_tokenize",
    "word_tokenize_batch",
]
