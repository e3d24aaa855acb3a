"""Type stubs of the compiled core; the package ``parsi`` re-exports it all."""

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, final

__version__: str

Script = Literal["persian", "arabic", "ascii"]
UnitName = Literal["percent", "rial", "toman", "usd", "eur", "aed", "gbp", "cny", "try"]
TokenKind = Literal[
    "word", "number", "punctuation", "symbol", "url", "email", "hashtag", "mention"
]
ErrorKind = Literal[
    "empty",
    "unknown_word",
    "unexpected_word",
    "malformed_digits",
    "overflow",
    "incomplete",
    "not_ordinal",
    "invalid_date",
    "weekday_mismatch",
    "missing_currency",
    "missing_amount",
    "unconvertible",
    "inexact",
]
MoneyStyle = Literal["digits", "words", "mixed", "compact"]

class ParseError(ValueError):
    """Text that is not a number or an amount; ``text[e.start:e.end] == e.found``."""

    kind: ErrorKind
    start: int
    end: int
    found: str

class ConversionError(ValueError):
    """An amount that cannot be converted to the currency asked for."""

    kind: Literal["unconvertible", "overflow"]
    source: Currency
    target: Currency

# Numbers

def parse_number(
    text: str, *, long_scale: bool = False, slash_decimal: bool = True
) -> int | Decimal:
    """The exact value of one number expression; raises ``ParseError``."""

def parse_ordinal(
    text: str, *, long_scale: bool = False, slash_decimal: bool = True
) -> int:
    """The value of one ordinal expression; raises ``ParseError``."""

def to_words(
    value: int | Decimal | str,
    *,
    explicit_one: bool = False,
    decimal_style: Literal["point", "fraction"] = "point",
    scale_names: Literal["short", "milliard"] = "short",
) -> str:
    """A value in Persian words."""

def to_ordinal_words(
    value: int | Decimal | str,
    *,
    style: Literal["suffix", "attributive"] = "suffix",
    first_as_aval: bool = False,
    explicit_one: bool = False,
    scale_names: Literal["short", "milliard"] = "short",
) -> str:
    """A positive whole value as ordinal words; ``ValueError`` otherwise."""

@final
class NumberMatch:
    """A number found in text; ``text[m.start:m.end] == m.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> int | Decimal: ...
    @property
    def is_ordinal(self) -> bool: ...
    @property
    def unit(self) -> UnitName | None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def find_numbers(
    text: str, *, long_scale: bool = False, slash_decimal: bool = True
) -> list[NumberMatch]:
    """Every number in running text, in order."""

def find_numbers_batch(
    texts: Iterable[str], *, long_scale: bool = False, slash_decimal: bool = True
) -> list[list[NumberMatch]]:
    """``find_numbers`` of each text, in parallel with the GIL released."""

def spell_numbers(
    text: str,
    *,
    explicit_one: bool = False,
    decimal_style: Literal["point", "fraction"] = "point",
    scale_names: Literal["short", "milliard"] = "short",
) -> str:
    """Every number in running text written in words."""

def digitize_numbers(
    text: str,
    script: Script = "persian",
    *,
    long_scale: bool = False,
    slash_decimal: bool = True,
) -> str:
    """Every number in running text written in digits."""

# Money

@final
class Currency:
    """A currency: ``Currency.RIAL``, ``Currency.TOMAN`` and six foreign ones."""

    RIAL: Currency
    TOMAN: Currency
    USD: Currency
    EUR: Currency
    AED: Currency
    GBP: Currency
    CNY: Currency
    TRY: Currency
    @property
    def code(self) -> str:
        """The ISO 4217 code ("IRT" for toman)."""
    @property
    def persian_name(self) -> str:
        """The standard Persian name."""
    @staticmethod
    def from_word(word: str) -> Currency | None:
        """The currency a name, a variant spelling or a code names."""
    @staticmethod
    def all() -> list[Currency]:
        """Every currency."""
    def __int__(self) -> int: ...

@final
class Money:
    """An exact amount of money in one currency."""

    def __init__(self, amount: int | Decimal | str, currency: Currency | str) -> None: ...
    @staticmethod
    def parse(text: str, *, colloquial_thousands: bool = False) -> Money:
        """Reads one amount; raises ``ParseError``."""
    @property
    def amount(self) -> int | Decimal: ...
    @property
    def currency(self) -> Currency: ...
    def to_rial(self) -> Money:
        """The amount in rials; raises ``ConversionError``."""
    def to_toman(self) -> Money:
        """The amount in tomans; raises ``ConversionError``."""
    def format(
        self, style: MoneyStyle = "digits", *, script: Script = "persian", code: bool = False
    ) -> str:
        """The amount written out in a style."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class MoneyMatch:
    """An amount found in text; ``text[m.start:m.end] == m.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def money(self) -> Money: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def find_money(text: str, *, colloquial_thousands: bool = False) -> list[MoneyMatch]:
    """Every amount of money in running text, in order."""

def find_money_batch(
    texts: Iterable[str], *, colloquial_thousands: bool = False
) -> list[list[MoneyMatch]]:
    """``find_money`` of each text, in parallel with the GIL released."""

# Dates

@final
class JalaliDate:
    """A date of the Iranian calendar: validated (``ValueError``), ordered, hashable."""

    def __init__(self, year: int, month: int, day: int) -> None: ...
    @staticmethod
    def from_gregorian(year: int, month: int, day: int) -> JalaliDate:
        """The date of a Gregorian year, month and day."""
    @staticmethod
    def is_leap_year(year: int) -> bool:
        """Whether ``year`` has 366 days."""
    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...
    @property
    def day(self) -> int: ...
    @property
    def weekday(self) -> int:
        """1 (Saturday, شنبه) to 7 (Friday)."""
    def to_gregorian(self) -> tuple[int, int, int]: ...
    def add_days(self, days: int) -> JalaliDate: ...
    def days_until(self, other: JalaliDate) -> int: ...
    def format(self, style: Literal["digits", "ascii", "long", "weekday", "words"] = "digits") -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __lt__(self, other: JalaliDate) -> bool: ...
    def __le__(self, other: JalaliDate) -> bool: ...
    def __gt__(self, other: JalaliDate) -> bool: ...
    def __ge__(self, other: JalaliDate) -> bool: ...
    def __hash__(self) -> int: ...

@final
class DateMatch:
    """A date found in text; ``text[m.start:m.end] == m.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def calendar(self) -> Literal["jalali", "gregorian", "hijri"]: ...
    @property
    def year(self) -> int | None: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...
    @property
    def weekday(self) -> int | None:
        """The weekday written before the date, 1 (Saturday) to 7."""
    @property
    def weekday_agrees(self) -> bool | None: ...
    @property
    def relative_year(self) -> int | None:
        """0 for امسال, -1 for پارسال, 1 for "سال آینده"."""
    @property
    def until(self) -> tuple[int, int] | None:
        """The last (month, day) of a range."""
    @property
    def jalali(self) -> JalaliDate | None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def find_dates(text: str, *, anchor: JalaliDate | None = None) -> list[DateMatch]:
    """Every date in running text, in order; ``anchor`` fills in what the text leaves out."""

def parse_date(text: str, *, anchor: JalaliDate | None = None) -> DateMatch:
    """One whole date expression; ``ParseError`` otherwise."""

def find_entities(
    text: str, *, anchor: JalaliDate | None = None, colloquial_thousands: bool = False
) -> list[DateMatch | MoneyMatch | NumberMatch]:
    """Dates, amounts of money and numbers in text order, not overlapping."""

# Text

@final
class Normalizer:
    """A configured normalizer: one keyword switch per rule."""

    def __init__(
        self,
        *,
        letters: bool = True,
        presentation_forms: bool = True,
        kashida: bool = True,
        diacritics: bool = True,
        direction_marks: bool = True,
        quotes: bool = True,
        zwnj: bool = True,
        affixes: bool = True,
        verb_prefixes: bool = True,
        glued_suffixes: bool = True,
        punctuation_spacing: bool = True,
        bracket_spacing: bool = True,
        digit_spacing: bool = True,
        spaces: bool = True,
        compounds: bool = False,
        digits: Script | None = None,
        persian_punctuation: bool = False,
        repeated_letters: bool = False,
    ) -> None: ...
    @staticmethod
    def none(
        *,
        letters: bool = False,
        presentation_forms: bool = False,
        kashida: bool = False,
        diacritics: bool = False,
        direction_marks: bool = False,
        quotes: bool = False,
        zwnj: bool = False,
        affixes: bool = False,
        verb_prefixes: bool = False,
        glued_suffixes: bool = False,
        punctuation_spacing: bool = False,
        bracket_spacing: bool = False,
        digit_spacing: bool = False,
        spaces: bool = False,
        compounds: bool = False,
        digits: Script | None = None,
        persian_punctuation: bool = False,
        repeated_letters: bool = False,
    ) -> Normalizer:
        """Every rule off, then the switches given."""
    def normalize(self, text: str) -> str:
        """The text normalized."""
    def normalize_batch(self, texts: Iterable[str]) -> list[str]:
        """Each text normalized, in parallel with the GIL released."""
    def normalize_with_offsets(self, text: str) -> Normalized:
        """The text normalized, with the map back to it."""
    def __eq__(self, other: object) -> bool: ...

def normalize(text: str) -> str:
    """The text normalized with the standard rules."""

def to_persian_digits(text: str) -> str:
    """Every digit in Persian digits."""

def to_ascii_digits(text: str) -> str:
    """Every digit in ASCII digits."""

def to_arabic_digits(text: str) -> str:
    """Every digit in Arabic-Indic digits."""

@final
class Token:
    """A token; ``text[t.start:t.end] == t.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> TokenKind: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def tokens(text: str) -> list[Token]:
    """The tokens of the text, spaces left out."""

def word_tokenize(text: str) -> list[str]:
    """The token texts of the text."""

def word_tokenize_batch(texts: Iterable[str]) -> list[list[str]]:
    """``word_tokenize`` of each text, in parallel with the GIL released."""

def sentences(text: str) -> list[str]:
    """The sentences of the text, trimmed."""

def sentences_batch(texts: Iterable[str]) -> list[list[str]]:
    """``sentences`` of each text, in parallel with the GIL released."""

# Offsets and search

@final
class Normalized:
    """A normalized text and where each of its parts came from."""

    @property
    def text(self) -> str: ...
    @property
    def original(self) -> str: ...
    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """The original span that normalized span ``start:end`` came from."""
    def original_offset(self, pos: int) -> int:
        """The original position of normalized position ``pos``."""

def normalize_with_offsets(text: str) -> Normalized:
    """The text normalized with the standard rules, with the map back."""

@final
class SearchMatch:
    """A match; ``text[m.start:m.end] == m.text`` in the searched text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def phrase(self) -> int | None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Searcher:
    """A phrase, phrases or a regular expression found whatever the spelling."""

    def __init__(
        self,
        phrase: str,
        *,
        letters: bool = True,
        marks: bool = True,
        joiners: bool = True,
        digits: bool = True,
        presentation_forms: bool = True,
        whole_words: bool = True,
    ) -> None: ...
    @staticmethod
    def phrases(
        phrases: Iterable[str],
        *,
        letters: bool = True,
        marks: bool = True,
        joiners: bool = True,
        digits: bool = True,
        presentation_forms: bool = True,
        whole_words: bool = True,
    ) -> Searcher:
        """A gazetteer: many phrases at once."""
    @staticmethod
    def regex(
        pattern: str,
        *,
        letters: bool = True,
        marks: bool = True,
        joiners: bool = True,
        digits: bool = True,
        presentation_forms: bool = True,
    ) -> Searcher:
        """A regular expression against normalized text; ``ValueError`` if invalid."""
    def find_iter(self, text: str) -> list[SearchMatch]:
        """Every match in order."""

# Arrow kernels (wrapped by parsi.arrow): any object with __arrow_c_array__ or
# __arrow_c_stream__ in, an object with __arrow_c_stream__ out.

def arrow_normalize(column: object, **switches: object) -> object: ...
def arrow_to_persian_digits(column: object) -> object: ...
def arrow_to_ascii_digits(column: object) -> object: ...
def arrow_spell_numbers(column: object) -> object: ...
def arrow_digitize_numbers(column: object, script: Script = "persian") -> object: ...
def arrow_word_tokenize(column: object) -> object: ...
def arrow_sentences(column: object) -> object: ...
def arrow_parse_number(column: object, errors: bool = False) -> object: ...
def arrow_find_numbers(column: object) -> object: ...
def arrow_find_money(column: object) -> object: ...
def arrow_find_dates(column: object, anchor: JalaliDate | None = None) -> object: ...
