//! Every number word, in one place for both directions: the parser looks words
//! up here, and the speller writes the standard forms from the same constants.
//! A round-trip property test (`parse_number(&to_words(n)) == n`) holds the two
//! directions together.

use crate::unit;

// Standard forms, written by the speller and read by the parser.
pub(crate) const ZERO: &str = "صفر";
pub(crate) const UNITS: [&str; 10] = [
    "", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه",
];
pub(crate) const TEENS: [&str; 10] = [
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
];
pub(crate) const TENS: [&str; 10] = [
    "",
    "",
    "بیست",
    "سی",
    "چهل",
    "پنجاه",
    "شصت",
    "هفتاد",
    "هشتاد",
    "نود",
];
pub(crate) const HUNDREDS: [&str; 10] = [
    "",
    "صد",
    "دویست",
    "سیصد",
    "چهارصد",
    "پانصد",
    "ششصد",
    "هفتصد",
    "هشتصد",
    "نهصد",
];
/// Scale words by exponent / 3 (index 1 is هزار = 10^3).
pub(crate) const SCALES: [&str; 6] = ["", "هزار", "میلیون", "میلیارد", "تریلیون", "کوادریلیون"];
pub(crate) const AND: &str = "و";
pub(crate) const MINUS: &str = "منفی";
pub(crate) const POINT: &str = "ممیز";
pub(crate) const FIRST: &str = "اول";
pub(crate) const THIRD: &str = "سوم";
/// Ordinal suffix after a consonant ("بیستم") and its attributive form ("بیستمین").
pub(crate) const ORD_M: &str = "م";
pub(crate) const ORD_MIN: &str = "مین";
/// Ordinal suffix after a vowel, written after a ZWNJ ("سی‌ام", "سی‌امین").
pub(crate) const ORD_AM: &str = "ام";

/// What a number word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Zero,
    /// 1..=9
    Unit(u8),
    /// 10..=19
    Teen(u8),
    /// 2..=9 (tens digit)
    Ten(u8),
    /// 1..=9 (hundreds digit)
    Hundred(u8),
    /// A scale word, by decimal exponent.
    Scale(u8),
    /// The n-illion (بیلیون n = 2, تریلیون 3, … دسیلیون 10): 10^(3n+3) on the
    /// short scale (the default), 10^(6n) on the long scale the parser's
    /// option reads.
    Illion(u8),
    Half,
    Quarter,
    Point,
    Minus,
    /// مثبت: an explicit plus, first or not at all.
    Plus,
    And,
    /// اول, نخست: ordinal one.
    First,
    /// A standalone ordinal suffix "ام", "امین" ("سی‌ام", "۲۱ام").
    Suffix,
    /// "م", "مین": an ordinal suffix only when glued to digits ("21مین").
    GluedSuffix,
}

/// The ordinal marking a word carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ordinal {
    None,
    /// یکم, بیستم, سی‌ام
    Plain,
    /// یکمین, بیستمین, سی‌امین
    Attributive,
}

/// Every word the parser knows, sorted by bytes (a test checks the order):
/// the cardinals with their variant spellings, and the ordinal words that are
/// not a cardinal with a suffix. Colloquial and variant spellings (چار, شیش,
/// هیجده, یه) and the sign words of other libraries' spellings (منهای, مثبت)
/// are read; the speller writes the standard forms only.
const WORDS: [(&str, Lex, Ordinal); 85] = [
    ("ام", Lex::Suffix, Ordinal::Plain),
    ("امین", Lex::Suffix, Ordinal::Attributive),
    ("اول", Lex::First, Ordinal::Plain),
    ("اولین", Lex::First, Ordinal::Attributive),
    ("اکتیلیون", Lex::Illion(8), Ordinal::None),
    ("بیست", Lex::Ten(2), Ordinal::None),
    ("بیلیارد", Lex::Scale(15), Ordinal::None),
    ("بیلیون", Lex::Illion(2), Ordinal::None),
    ("تریلیارد", Lex::Scale(21), Ordinal::None),
    ("تریلیون", Lex::Illion(3), Ordinal::None),
    ("دسیلیون", Lex::Illion(10), Ordinal::None),
    ("ده", Lex::Teen(10), Ordinal::None),
    ("دو", Lex::Unit(2), Ordinal::None),
    ("دوازده", Lex::Teen(12), Ordinal::None),
    ("دوصد", Lex::Hundred(2), Ordinal::None),
    ("دویست", Lex::Hundred(2), Ordinal::None),
    ("ربع", Lex::Quarter, Ordinal::None),
    ("سه", Lex::Unit(3), Ordinal::None),
    ("سوم", Lex::Unit(3), Ordinal::Plain),
    ("سومین", Lex::Unit(3), Ordinal::Attributive),
    ("سپتیلیون", Lex::Illion(7), Ordinal::None),
    ("سکستیلیون", Lex::Illion(6), Ordinal::None),
    ("سی", Lex::Ten(3), Ordinal::None),
    ("سیزده", Lex::Teen(13), Ordinal::None),
    ("سیصد", Lex::Hundred(3), Ordinal::None),
    ("شانزده", Lex::Teen(16), Ordinal::None),
    ("شش", Lex::Unit(6), Ordinal::None),
    ("ششصد", Lex::Hundred(6), Ordinal::None),
    ("شصت", Lex::Ten(6), Ordinal::None),
    ("شونزده", Lex::Teen(16), Ordinal::None),
    ("شیش", Lex::Unit(6), Ordinal::None),
    ("صد", Lex::Hundred(1), Ordinal::None),
    ("صفر", Lex::Zero, Ordinal::None),
    ("م", Lex::GluedSuffix, Ordinal::Plain),
    ("مثبت", Lex::Plus, Ordinal::None),
    ("ملیارد", Lex::Scale(9), Ordinal::None),
    ("ملیون", Lex::Scale(6), Ordinal::None),
    ("ممیز", Lex::Point, Ordinal::None),
    ("منفی", Lex::Minus, Ordinal::None),
    ("منهای", Lex::Minus, Ordinal::None),
    ("میلیارد", Lex::Scale(9), Ordinal::None),
    ("میلیون", Lex::Scale(6), Ordinal::None),
    ("مین", Lex::GluedSuffix, Ordinal::Attributive),
    ("نخست", Lex::First, Ordinal::Plain),
    ("نخستین", Lex::First, Ordinal::Attributive),
    ("نه", Lex::Unit(9), Ordinal::None),
    ("نهصد", Lex::Hundred(9), Ordinal::None),
    ("نود", Lex::Ten(9), Ordinal::None),
    ("نوزده", Lex::Teen(19), Ordinal::None),
    ("نونیلیون", Lex::Illion(9), Ordinal::None),
    ("نیم", Lex::Half, Ordinal::None),
    ("هجده", Lex::Teen(18), Ordinal::None),
    ("هزار", Lex::Scale(3), Ordinal::None),
    ("هشت", Lex::Unit(8), Ordinal::None),
    ("هشتاد", Lex::Ten(8), Ordinal::None),
    ("هشتصد", Lex::Hundred(8), Ordinal::None),
    ("هفت", Lex::Unit(7), Ordinal::None),
    ("هفتاد", Lex::Ten(7), Ordinal::None),
    ("هفتصد", Lex::Hundred(7), Ordinal::None),
    ("هفده", Lex::Teen(17), Ordinal::None),
    ("هژده", Lex::Teen(18), Ordinal::None),
    ("هیجده", Lex::Teen(18), Ordinal::None),
    ("هیفده", Lex::Teen(17), Ordinal::None),
    ("و", Lex::And, Ordinal::None),
    ("پانزده", Lex::Teen(15), Ordinal::None),
    ("پانصد", Lex::Hundred(5), Ordinal::None),
    ("پنج", Lex::Unit(5), Ordinal::None),
    ("پنجاه", Lex::Ten(5), Ordinal::None),
    ("پونزده", Lex::Teen(15), Ordinal::None),
    ("پونصد", Lex::Hundred(5), Ordinal::None),
    ("چار", Lex::Unit(4), Ordinal::None),
    ("چارده", Lex::Teen(14), Ordinal::None),
    ("چارصد", Lex::Hundred(4), Ordinal::None),
    ("چهار", Lex::Unit(4), Ordinal::None),
    ("چهارده", Lex::Teen(14), Ordinal::None),
    ("چهارصد", Lex::Hundred(4), Ordinal::None),
    ("چهل", Lex::Ten(4), Ordinal::None),
    ("کوآدریلیون", Lex::Illion(4), Ordinal::None),
    ("کوئینتیلیون", Lex::Illion(5), Ordinal::None),
    ("کوادریلیون", Lex::Illion(4), Ordinal::None),
    ("کوینتیلیون", Lex::Illion(5), Ordinal::None),
    ("یازده", Lex::Teen(11), Ordinal::None),
    ("یه", Lex::Unit(1), Ordinal::None),
    ("یک", Lex::Unit(1), Ordinal::None),
    ("یکصد", Lex::Hundred(1), Ordinal::None),
];

/// A word's first sixteen bytes, little-endian and zero-extended: what the
/// lexicon hashes. Every lexicon word differs from every other in these (the
/// build fails otherwise), and no real byte is zero, so a shorter word never
/// shares a key with a longer one.
pub(crate) type Key = u128;

/// The [`Key`] of `b`.
#[inline]
pub(crate) const fn key_of(b: &[u8]) -> Key {
    let mut k: Key = 0;
    let mut i = 0;
    while i < b.len() && i < 16 {
        k |= (b[i] as Key) << (8 * i);
        i += 1;
    }
    k
}

/// Table size of the perfect hash, as a power of two.
const SLOT_BITS: u32 = 9;

/// [`key_of`] for a word read at run time: the same key from at most four
/// overlapping loads instead of a loop over its bytes (a unit test holds
/// the two equal).
#[inline]
fn key_of_runtime(b: &[u8]) -> Key {
    let n = b.len();
    let u64_at = |i: usize| {
        b.get(i..i + 8)
            .map_or(0, |s| u64::from_le_bytes(s.try_into().unwrap_or([0; 8])))
    };
    let u32_at = |i: usize| {
        b.get(i..i + 4)
            .map_or(0, |s| u32::from_le_bytes(s.try_into().unwrap_or([0; 4])))
    };
    if n >= 16 {
        u64_at(0) as Key | (u64_at(8) as Key) << 64
    } else if n > 8 {
        // Bytes 8..n from the last eight, shifted down.
        u64_at(0) as Key | ((u64_at(n - 8) >> (8 * (16 - n))) as Key) << 64
    } else if n == 8 {
        u64_at(0) as Key
    } else if n >= 4 {
        let hi = (u32_at(n - 4) as u64) >> (8 * (8 - n));
        (u32_at(0) as u64 | hi << 32) as Key
    } else {
        key_of(b)
    }
}

#[inline(always)]
const fn slot(k: Key, seed: u64) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(17);
    (x.wrapping_mul(seed) >> (64 - SLOT_BITS)) as usize
}

/// A multiplier under which every word's key has a slot of its own, found at
/// compile time (the build fails if none of the candidates works, which
/// includes two words with the same key).
const SEED: u64 = {
    let mut candidate = 0u64;
    'search: loop {
        candidate += 1;
        if candidate > 100_000 {
            panic!("no perfect hash for the lexicon");
        }
        let seed = candidate.wrapping_mul(0xA076_1D64_78BD_642F) | 1;
        let mut used = [false; 1 << SLOT_BITS];
        let mut i = 0;
        while i < WORDS.len() {
            let s = slot(key_of(WORDS[i].0.as_bytes()), seed);
            if used[s] {
                continue 'search;
            }
            used[s] = true;
            i += 1;
        }
        break seed;
    }
};

/// A slot of the table: a word's meaning, and its key where the one-pass
/// reader (`quick`) takes the word, so that its lookup is one probe and one
/// comparison.
#[derive(Clone, Copy)]
struct Entry {
    /// The word's [`Key`] if it fits the key (at most sixteen bytes), is no
    /// ordinal, and is a unit, teen, ten, hundred, scale, "و", "منفی", نیم,
    /// ربع or ممیز; otherwise
    /// 0, which no word's key is.
    quick: Key,
    lex: Lex,
    ord: Ordinal,
    /// Index into `WORDS`; `u8::MAX` for an empty slot.
    word: u8,
}

// Word indices fit an Entry's u8, with u8::MAX left for "empty".
const _: () = assert!(WORDS.len() < u8::MAX as usize);

static ENTRIES: [Entry; 1 << SLOT_BITS] = {
    let empty = Entry {
        quick: 0,
        lex: Lex::Zero,
        ord: Ordinal::None,
        word: u8::MAX,
    };
    let mut t = [empty; 1 << SLOT_BITS];
    let mut i = 0;
    while i < WORDS.len() {
        let (w, lex, ord) = WORDS[i];
        let key = key_of(w.as_bytes());
        let plain = matches!(
            lex,
            Lex::Unit(_)
                | Lex::Teen(_)
                | Lex::Ten(_)
                | Lex::Hundred(_)
                | Lex::Scale(_)
                | Lex::And
                | Lex::Minus
                | Lex::Plus
                | Lex::Illion(2..=4)
                | Lex::Half
                | Lex::Quarter
                | Lex::Point
        );
        let quick = w.len() <= 16 && matches!(ord, Ordinal::None) && plain;
        t[slot(key, SEED)] = Entry {
            quick: if quick { key } else { 0 },
            lex,
            ord,
            word: i as u8,
        };
        i += 1;
    }
    t
};

/// The meaning of the word with key `k` if the one-pass reader takes it (see
/// [`Entry::quick`]): one probe, one comparison.
#[inline(always)]
pub(crate) fn lookup_quick(k: Key) -> Option<Lex> {
    let e = &ENTRIES[slot(k, SEED)];
    (e.quick == k).then_some(e.lex)
}

/// The entry for a folded word, given as its bytes.
#[inline]
pub(crate) fn lookup(b: &[u8]) -> Option<(Lex, Ordinal)> {
    let e = &ENTRIES[slot(key_of_runtime(b), SEED)];
    let word = WORDS.get(e.word as usize)?;
    if word.0.as_bytes() == b {
        Some((e.lex, e.ord))
    } else {
        None
    }
}

/// Looks up a cardinal word already folded to standard letters.
#[inline]
pub(crate) fn cardinal(word: &str) -> Option<Lex> {
    match lookup(word.as_bytes())? {
        (Lex::First | Lex::Suffix | Lex::GluedSuffix, _)
        | (_, Ordinal::Plain | Ordinal::Attributive) => None,
        (lex, Ordinal::None) => Some(lex),
    }
}

/// Number words that take no ordinal suffix: سهم is "share" and سیم "wire"
/// (the ordinals are سوم and سی‌ام), یهم nothing.
pub(crate) const NOT_ORDINAL_STEMS: [&str; 3] = ["سه", "سی", "یه"];

/// Looks up a word (folded) as a cardinal, an ordinal, or a standalone suffix.
pub(crate) fn classify(word: &str) -> Option<(Lex, Ordinal)> {
    if let Some(found) = lookup(word.as_bytes()) {
        return Some(found);
    }
    let (stem, ord) = if let Some(stem) = word.strip_suffix(ORD_MIN) {
        (stem, Ordinal::Attributive)
    } else if let Some(stem) = word.strip_suffix(ORD_M) {
        (stem, Ordinal::Plain)
    } else {
        return None;
    };
    match stem {
        _ if NOT_ORDINAL_STEMS.contains(&stem) => None,
        _ => match cardinal(stem)? {
            lex @ (Lex::Zero
            | Lex::Unit(_)
            | Lex::Teen(_)
            | Lex::Ten(_)
            | Lex::Hundred(_)
            | Lex::Scale(_)
            | Lex::Illion(_)) => Some((lex, ord)),
            _ => None,
        },
    }
}

/// A cheap filter before the lookup in [`glued_and_split`]: for each length
/// in characters (0..=10), a bit for each word of the lexicon, from the low
/// bits of its first and last bytes (see [`head_bit`]).
const HEADS: [u64; 11] = {
    let mut t = [0u64; 11];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0.as_bytes();
        if w.len() / 2 < t.len() {
            t[w.len() / 2] |= 1 << head_bit(w);
        }
        i += 1;
    }
    t
};

/// The bit of [`HEADS`] for the word `w` (two bytes or more).
const fn head_bit(w: &[u8]) -> u32 {
    ((w[1] & 7) as u32) << 3 | (w[w.len() - 1] & 7) as u32
}

/// Where a folded word made of number words joined by a glued "و" splits
/// ("هفتادوچهار", "هزاروسیصدم"): the length of the first number word (of
/// at most seven letters), when
/// it is a cardinal word and what follows the "و" is a number word (or
/// splits again). `None` for words that merely contain و ("دویست", "نود")
/// and for "سیوم" (an old spelling of سوم).
pub(crate) fn glued_and_split(folded: &str) -> Option<usize> {
    let b = folded.as_bytes();
    // "و" is D9 88, at an even offset after the two-byte letters of a number
    // word, the longest of which glued in practice ("میلیارد") is 14 bytes.
    let mut k = 0;
    while k + 2 < b.len().min(18) {
        k += 2;
        if b[k] != 0xD9 || b[k + 1] != 0x88 {
            continue;
        }
        let Some(rest) = folded.get(k + AND.len()..).filter(|r| !r.is_empty()) else {
            continue;
        };
        let number = |l: Lex| {
            matches!(
                l,
                Lex::Zero
                    | Lex::Unit(_)
                    | Lex::Teen(_)
                    | Lex::Ten(_)
                    | Lex::Hundred(_)
                    | Lex::Scale(_)
                    | Lex::Illion(_)
            )
        };
        if HEADS[k / 2] >> head_bit(&b[..k]) & 1 == 0
            || !folded.get(..k).and_then(cardinal).is_some_and(number)
        {
            continue;
        }
        if classify(rest).is_some_and(|(l, _)| number(l) || l == Lex::Half)
            || glued_and_split(rest).is_some()
        {
            return Some(k);
        }
    }
    None
}

/// The first letters of the scale words (ك as written before folding): a
/// cheap test before a lookup where a scale word may stand.
pub(crate) const SCALE_INITIALS: [char; 6] = ['ه', 'م', 'ب', 'ت', 'ک', 'ك'];

/// A folded word that is a number word glued to a scale word without space
/// or و ("یکهزار", as "یکصد" is written; "دوهزار", "سیصدهزار", "پنجمیلیون"):
/// the length of the number word, its reading, and the scale's.
#[inline]
pub(crate) fn glued_to_scale(folded: &str) -> Option<(usize, Lex, (Lex, Ordinal))> {
    let b = folded.as_bytes();
    // Scale words and their ordinals end in ر ن د م (D8 B1, D9 86, D8 AF,
    // D9 85): a test on the last letter before any lookup.
    if !matches!(b, [.., 0xD8, 0xB1 | 0xAF] | [.., 0xD9, 0x86 | 0x85]) || !may_start_small(b) {
        return None;
    }
    // The number word is two to seven letters ("سیصد", "هفتصد", "پانزده").
    let mut k = 2;
    while k + 6 <= b.len() && k <= 14 {
        k += 2;
        // Letters of other scripts may stand in a word: split on chars only.
        let (Some(head), Some(rest)) = (folded.get(..k), folded.get(k..)) else {
            continue;
        };
        if !rest.starts_with(SCALE_INITIALS) {
            continue;
        }
        let small = |l: Lex| {
            matches!(
                l,
                Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
            )
        };
        if let Some(head_lex) = cardinal(head).filter(|&l| small(l)) {
            let scale =
                classify(rest).filter(|&(l, _)| matches!(l, Lex::Scale(_) | Lex::Illion(_)));
            if let Some(scale) = scale {
                return Some((k, head_lex, scale));
            }
        }
    }
    None
}

/// A cheap filter before looking for a small number word at the start of a
/// longer word (glued to a scale word or a quantity adjective): a bit for
/// each pair of first two letters (the low six bits of their second bytes)
/// that a unit, teen, ten or hundred word starts with.
static SMALL_HEADS: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut i = 0;
    while i < WORDS.len() {
        let (w, lex, ord) = WORDS[i];
        let small = matches!(
            lex,
            Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
        );
        if small && matches!(ord, Ordinal::None) {
            let b = w.as_bytes();
            let bit = ((b[1] & 0x3F) as usize) << 6 | (b[3] & 0x3F) as usize;
            t[bit / 64] |= 1 << (bit % 64);
        }
        i += 1;
    }
    t
};

/// Whether a folded word of at least three letters may start with a small
/// number word (see [`SMALL_HEADS`]).
#[inline(always)]
fn may_start_small(b: &[u8]) -> bool {
    if b.len() < 6 {
        return false;
    }
    let bit = ((b[1] & 0x3F) as usize) << 6 | (b[3] & 0x3F) as usize;
    SMALL_HEADS[bit / 64] >> (bit % 64) & 1 != 0
}

/// Quantity adjectives: after a number word, joined by ZWNJ or glued, they
/// leave the number a number ("جنگ هشت‌ساله" has 8 as "هشت ساله" does;
/// "دوطبقه", "سه‌ماهه", "پنج‌نفره"), where other words joined to a number
/// word make a compound that is none (سه‌شنبه, هفت‌تیر, دوچرخه). From
/// Persian's suffixed quantity adjectives of time, people and parts; not
/// جانبه and گانه, whose compounds are words of their own (دوجانبه
/// "bilateral", دوگانه "dual": 24 of them in the news corpus, none a count).
pub(crate) const QUANTITY_ADJECTIVES: [&str; 12] = [
    "ساله",
    "ماهه",
    "روزه",
    "هفته",
    "ساعته",
    "دقیقه",
    "نفره",
    "طبقه",
    "رقمی",
    "تایی",
    "لایه",
    "سالگی",
];

/// A folded word that is a small number word glued to a quantity adjective
/// ("دوطبقه", "پنجساله"): the number word and its reading.
#[inline]
pub(crate) fn glued_quantity_stem(folded: &str) -> Option<(&str, Lex)> {
    // The adjectives end in ه or ی (DA 87... D9 87, DB 8C): a test on the
    // last letter first.
    let b = folded.as_bytes();
    if !matches!(b, [.., 0xD9, 0x87] | [.., 0xDB, 0x8C]) || !may_start_small(b) {
        return None;
    }
    QUANTITY_ADJECTIVES.iter().find_map(|a| {
        let stem = folded.strip_suffix(a)?;
        let small = |l: &Lex| {
            matches!(
                l,
                Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
            )
        };
        cardinal(stem).filter(small).map(|l| (stem, l))
    })
}

/// A folded word that is a number word glued to a unit or to the unit's
/// adjective ("هزارتومان", "صددرصد", "میلیاردتومانی"): the number word and
/// its reading.
#[inline]
pub(crate) fn glued_unit_stem(folded: &str) -> Option<(&str, Lex, Ordinal)> {
    let b = folded.as_bytes();
    // Without the adjective's ی (DB 8C), then the unit's last letter by its
    // UTF-8 bytes before any lookup.
    let n = match b {
        [.., 0xDB, 0x8C] => b.len() - 2,
        _ => b.len(),
    };
    match b.get(n.wrapping_sub(2)..n) {
        Some(&[x, y]) if unit::GLUED_ENDINGS.contains(&[x, y]) => {}
        _ => return None,
    }
    let word = &folded[..n];
    unit::GLUED_NAMES.iter().find_map(|u| {
        let stem = word.strip_suffix(u)?;
        classify(stem)
            .filter(|&(l, _)| !matches!(l, Lex::And | Lex::Suffix | Lex::GluedSuffix))
            .map(|(l, o)| (stem, l, o))
    })
}

/// The words for 1..=999 as one phrase ("پانصد و بیست و یک"), from a table
/// built at compile time from the words above (the speller's `group_words`
/// writes the same, a test in `words` says so).
pub(crate) fn group_phrase(g: u16) -> &'static str {
    let g = g as usize;
    &GROUP_PHRASES[GROUP_STARTS[g] as usize..GROUP_STARTS[g + 1] as usize]
}

/// Appends `s` to `buf` at `len` when `write` is set (otherwise only counts).
const fn put<const N: usize>(buf: &mut [u8; N], write: bool, len: usize, s: &str) -> usize {
    let b = s.as_bytes();
    if write {
        let mut i = 0;
        while i < b.len() {
            buf[len + i] = b[i];
            i += 1;
        }
    }
    len + b.len()
}

/// Writes the phrases for 1..=999 one after another into an `N`-byte array
/// (or only measures them when `write` is false); returns the bytes, where
/// each phrase starts (`starts[1000]` is the end), and the total length.
const fn build_groups<const N: usize>(write: bool) -> ([u8; N], [u16; 1001], usize) {
    const SEP: &str = " و ";
    let mut buf = [0u8; N];
    let mut starts = [0u16; 1001];
    let mut len = 0;
    let mut g = 1;
    while g <= 999 {
        starts[g] = len as u16;
        let (h, rest) = (g / 100, g % 100);
        if h > 0 {
            len = put(&mut buf, write, len, HUNDREDS[h]);
            if rest > 0 {
                len = put(&mut buf, write, len, SEP);
            }
        }
        if rest >= 1 && rest <= 9 {
            len = put(&mut buf, write, len, UNITS[rest]);
        } else if rest >= 10 && rest <= 19 {
            len = put(&mut buf, write, len, TEENS[rest - 10]);
        } else if rest >= 20 {
            len = put(&mut buf, write, len, TENS[rest / 10]);
            if rest % 10 > 0 {
                len = put(&mut buf, write, len, SEP);
                len = put(&mut buf, write, len, UNITS[rest % 10]);
            }
        }
        g += 1;
    }
    starts[1000] = len as u16;
    (buf, starts, len)
}

/// The length of all group phrases together.
const GROUP_BYTES: usize = build_groups::<0>(false).2;
static GROUP_STARTS: [u16; 1001] = build_groups::<0>(false).1;
// Read once, at compile time, by the static below; never indexed at run time.
#[allow(clippy::large_const_arrays)]
const GROUP_PHRASE_BYTES: [u8; GROUP_BYTES] = build_groups::<GROUP_BYTES>(true).0;
static GROUP_PHRASES: &str = match std::str::from_utf8(&GROUP_PHRASE_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("group phrases are not UTF-8"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte and letter tests before the lookups must pass every word they
    /// guard.
    #[test]
    fn glued_prefilters_cover_their_words() {
        for w in SCALES.iter().skip(1).chain(&["بیلیون", "ملیون", "ملیارد"]) {
            assert!(w.starts_with(SCALE_INITIALS), "{w}");
        }
        assert_eq!(
            glued_unit_stem("میلیاردتومانی"),
            Some(("میلیارد", Lex::Scale(9), Ordinal::None))
        );
        assert_eq!(glued_unit_stem("صددرصد").map(|g| g.0), Some("صد"));
        assert_eq!(glued_unit_stem("وتومان"), None);
        assert_eq!(
            glued_to_scale("یکهزار"),
            Some((4, Lex::Unit(1), (Lex::Scale(3), Ordinal::None)))
        );
        assert_eq!(
            glued_to_scale("سیصدهزارم"),
            Some((8, Lex::Hundred(3), (Lex::Scale(3), Ordinal::Plain)))
        );
        assert_eq!(glued_to_scale("یکی"), None);
        assert_eq!(glued_quantity_stem("دوطبقه"), Some(("دو", Lex::Unit(2))));
        assert_eq!(glued_quantity_stem("دوچرخه"), None);
        // The filter passes every small number word's start.
        for w in UNITS[1..]
            .iter()
            .chain(&TEENS)
            .chain(&TENS[2..])
            .chain(&HUNDREDS[1..])
        {
            let word = format!("{w}هزار");
            assert!(may_start_small(word.as_bytes()), "{w}");
        }
        for a in QUANTITY_ADJECTIVES {
            assert!(a.ends_with(['ه', 'ی']), "{a}");
        }
        assert_eq!(glued_to_scale("گلزار"), None);
    }

    #[test]
    fn runtime_key_is_the_const_key() {
        let bytes: Vec<u8> = (1..=40u8).map(|x| x.wrapping_mul(37)).collect();
        for n in 0..=bytes.len() {
            assert_eq!(
                key_of_runtime(&bytes[..n]),
                key_of(&bytes[..n]),
                "length {n}"
            );
        }
    }

    #[test]
    fn table_is_sorted_and_holds_the_standard_forms() {
        assert!(WORDS
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        let standard = UNITS[1..]
            .iter()
            .chain(&TEENS)
            .chain(&TENS[2..])
            .chain(&HUNDREDS[1..])
            .chain(&SCALES[1..])
            .chain(&[ZERO, AND, MINUS, POINT]);
        for w in standard {
            assert!(cardinal(w).is_some(), "{w}");
        }
        for (i, w) in UNITS.iter().enumerate().skip(1) {
            assert_eq!(cardinal(w), Some(Lex::Unit(i as u8)));
        }
        for (i, w) in HUNDREDS.iter().enumerate().skip(1) {
            assert_eq!(cardinal(w), Some(Lex::Hundred(i as u8)));
        }
        for (i, w) in SCALES.iter().enumerate().skip(1) {
            let lex = cardinal(w).map(|l| match l {
                Lex::Illion(n) => 3 * n + 3,
                Lex::Scale(e) => e,
                _ => 0,
            });
            assert_eq!(lex, Some(3 * i as u8), "{w}");
        }
        assert_eq!(classify(FIRST), Some((Lex::First, Ordinal::Plain)));
        assert_eq!(classify(THIRD), Some((Lex::Unit(3), Ordinal::Plain)));
        assert_eq!(classify("سهم"), None);
        assert_eq!(
            classify("بیستمین"),
            Some((Lex::Ten(2), Ordinal::Attributive))
        );
    }
}
