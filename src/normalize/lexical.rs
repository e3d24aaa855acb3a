//! The lexical rules: where a word written glued takes a ZWNJ, and which two
//! words make one compound, by the word tables of [`lexicon`](super::lexicon).
//!
//! Words are looked at as bytes (the spacing pass may hold a word in two
//! pieces, copied together on the stack), and every lookup is a binary
//! search over the tables: nothing is allocated.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::text::PLURAL_ENDINGS;

use super::lexicon::{
    COMPARATIVE_BASES, COMPOUNDS, COMPOUND_EDGES, NOT_VERBS, PAST_STEMS, PRESENT_STEMS,
};

/// Where می occurs next in a text: every glued verb prefix holds it (a
/// preverb stands before it), so the spacing pass looks for glued verbs only
/// in words at or just after one. Found with a SIMD searcher, most words
/// cost one comparison.
pub(super) struct VerbTrigger<'t> {
    text: &'t [u8],
    /// The next place of می at or after where the pass has gone
    /// (`usize::MAX`: none, or the rule is off).
    next: usize,
}

/// The searcher for می, built once.
static MI: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("می".as_bytes()));

impl<'t> VerbTrigger<'t> {
    /// The trigger of `text`, or none when the verb rule is off.
    pub(super) fn new(text: &'t [u8], on: bool) -> VerbTrigger<'t> {
        let next = if on { MI.find(text) } else { None };
        VerbTrigger {
            text,
            next: next.unwrap_or(usize::MAX),
        }
    }

    /// Whether می starts before `end`: a word ending there may be a glued
    /// verb.
    #[inline(always)]
    pub(super) fn before(&self, end: usize) -> bool {
        self.next < end
    }

    /// Moves past `end`, to the next می from there on.
    pub(super) fn pass(&mut self, end: usize) {
        if self.next < end {
            let rest = self.text.get(end..).unwrap_or_default();
            self.next = MI.find(rest).map_or(usize::MAX, |at| end + at);
        }
    }
}

/// Words a prefixed verb may start with before می/نمی: برمی‌گردد, درمی‌آید.
const PREVERBS: [&str; 7] = ["", "بر", "در", "باز", "فرا", "فرو", "وا"];

/// The personal endings after a present stem (there is always one).
const PRESENT_ENDINGS: [&str; 6] = ["م", "ی", "د", "یم", "ید", "ند"];

/// The endings after a past stem: none for the third person singular, and ه
/// for the participle (می‌کرده).
const PAST_ENDINGS: [&str; 7] = ["", "م", "ی", "یم", "ید", "ند", "ه"];

/// The comparative and superlative suffixes, longest first.
const COMPARATIVE: [&str; 3] = ["ترین", "تری", "تر"];

/// A word of at most 16 bytes as the tables hold it: its bytes left-aligned
/// in a u128, so that numeric order is the bytes' order and a lookup is a
/// binary search over integers.
fn key(word: &[u8]) -> Option<u128> {
    let mut b = [0u8; 16];
    b.get_mut(..word.len())?.copy_from_slice(word);
    Some(u128::from_be_bytes(b))
}

fn listed(table: &[u128], word: &[u8]) -> bool {
    key(word).is_some_and(|k| table.binary_search(&k).is_ok())
}

/// `word` without `suffix` at its end, if it ends so (compared byte by byte:
/// the affixes are a few bytes long).
#[inline]
fn strip_suffix<'a>(word: &'a [u8], suffix: &[u8]) -> Option<&'a [u8]> {
    let cut = word.len().checked_sub(suffix.len())?;
    word[cut..]
        .iter()
        .zip(suffix)
        .all(|(a, b)| a == b)
        .then_some(&word[..cut])
}

/// `word` without `prefix` at its start, if it starts so.
#[inline]
fn strip_prefix<'a>(word: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    let rest = word.get(prefix.len()..)?;
    word.iter().zip(prefix).all(|(a, b)| a == b).then_some(rest)
}

/// Whether `tail`, what follows می, is a verb form: a stem of the table and
/// its ending, or the impersonal توان (می‌توان).
fn is_verb_tail(tail: &[u8]) -> bool {
    if tail == "توان".as_bytes() {
        return true;
    }
    // Every ending ends in م ی د ه, and every past stem in د or ت.
    if !matches!(
        tail,
        [.., 0xD9, 0x85 | 0x87] | [.., 0xDB, 0x8C] | [.., 0xD8, 0xAF | 0xAA]
    ) {
        return false;
    }
    PRESENT_ENDINGS.iter().any(|e| {
        strip_suffix(tail, e.as_bytes())
            .is_some_and(|stem| !stem.is_empty() && listed(PRESENT_STEMS, stem))
    }) || PAST_ENDINGS
        .iter()
        .any(|e| strip_suffix(tail, e.as_bytes()).is_some_and(|stem| listed(PAST_STEMS, stem)))
}

/// Where the ZWNJ goes in a verb written with its prefix glued: after the
/// می or نمی ("میترسند" → 4, "برنمیگردد" → 10), if what follows is a verb
/// stem of the table with its ending. Words that merely begin with those
/// letters (میز, میدان, میلیون) give `None`.
pub(super) fn verb_prefix_end(word: &[u8]) -> Option<usize> {
    if listed(NOT_VERBS, word) {
        return None;
    }
    PREVERBS.iter().find_map(|pv| {
        let rest = strip_prefix(word, pv.as_bytes())?;
        let tail =
            strip_prefix(rest, "نمی".as_bytes()).or_else(|| strip_prefix(rest, "می".as_bytes()))?;
        is_verb_tail(tail).then(|| word.len() - tail.len())
    })
}

/// Where the ZWNJ goes in a word with a suffix glued to it: a comparative or
/// superlative of an adjective of the table ("بزرگترین" → after بزرگ), or a
/// plural after ه ("گروههای" → after گروه).
pub(super) fn suffix_start(word: &[u8]) -> Option<usize> {
    for s in COMPARATIVE {
        if let Some(base) = strip_suffix(word, s.as_bytes()) {
            if listed(COMPARATIVE_BASES, base) {
                return Some(base.len());
            }
        }
    }
    // The plural, its endings, and ها with است ("مسمومیتهاست"), after ه.
    let plural = std::iter::once(&"هاست").chain(&PLURAL_ENDINGS);
    plural.into_iter().find_map(|s| {
        let base = strip_suffix(word, s.as_bytes())?;
        // A word of its own before the plural: two letters at least (ه
        // and one before it, four bytes or more).
        (base.ends_with("ه".as_bytes()) && base.len() >= 4).then_some(base.len())
    })
}

/// A cheap test, on bytes, that the lexical rules may split `word`: long
/// enough (four letters), and starting like a glued verb prefix (می, نمی, or
/// بر در باز فرا فرو وا before them) or ending like a glued suffix (تر, تری,
/// ترین, or ه and a plural).
///
/// Looks at second bytes only: among Persian letters, 0x85 is م, 0x8C ی,
/// 0x87 ه, 0xA7 ا, 0xAA ت, 0xB1 ر, 0xB4 ش; 0x86 is ن or چ. The test may say
/// yes for a word the rules then turn down, never no for one they would
/// split. It reads one to four bytes of most words.
#[inline(always)]
pub(super) fn may_split(w: &[u8], verbs: bool, suffixes: bool) -> bool {
    w.len() >= 8 && (verbs && may_be_verb(w) || suffixes && may_have_suffix(w, w.len()))
}

/// [`may_split`] for a word in two pieces: `head`, written already, and
/// `run`. One letter of head (the common case) is read in place; a longer
/// head is copied with the run to the stack.
pub(super) fn may_split_pieces(head: &[u8], run: &[u8], verbs: bool, suffixes: bool) -> bool {
    let n = head.len() + run.len();
    if n < 8 {
        return false;
    }
    if let [_, h1] = *head {
        // The word's bytes: h0 h1 run[0] run[1] ...
        let verb = verbs
            && match h1 {
                0x85 => run.get(1) == Some(&0x8C),
                0x86 => mi(run, 0),
                first @ (0xA8 | 0xAF | 0x88 | 0x81) => {
                    matches!(first, 0xA8 | 0xAF | 0x88) && (mi(run, 2) || nami(run, 2))
                        || matches!(first, 0xA8 | 0x81) && (mi(run, 4) || nami(run, 4))
                }
                _ => false,
            };
        // The suffix test reads no further back than the run's first byte:
        // it reads back to byte n - 3 (the run has six bytes or more), and
        // to n - 7 for ترین only where it has those bytes.
        return verb || suffixes && may_have_suffix(run, n);
    }
    let mut buf = [0u8; 64];
    if n > buf.len() {
        return false;
    }
    buf[..head.len()].copy_from_slice(head);
    buf[head.len()..n].copy_from_slice(run);
    may_split(&buf[..n], verbs, suffixes)
}

/// The suffix half of [`may_split`] on a run of letters alone, the end of
/// a word of which at most one letter comes before the run. Says yes for
/// every such word [`may_split`] says yes for: it takes the word to be one
/// letter longer than the run, and every byte it then reads is in the run.
#[inline(always)]
pub(super) fn may_have_suffix_run(run: &[u8]) -> bool {
    run.len() >= 6 && may_have_suffix(run, run.len() + 2)
}

/// The verb half of [`may_split`], on the first bytes of the word (up to
/// 16 of them).
#[inline(always)]
fn may_be_verb(w: &[u8]) -> bool {
    match w.get(1) {
        Some(0x85) => w.get(3) == Some(&0x8C),
        Some(0x86) => mi(w, 2),
        // بر در وا before می or نمی; باز فرا فرو before them.
        Some(&first @ (0xA8 | 0xAF | 0x88 | 0x81)) => {
            matches!(first, 0xA8 | 0xAF | 0x88) && (mi(w, 4) || nami(w, 4))
                || matches!(first, 0xA8 | 0x81) && (mi(w, 6) || nami(w, 6))
        }
        _ => false,
    }
}

/// The suffix half of [`may_split`], on the last bytes `w` of a word of `n`
/// bytes (all of them, or the last 16 at least).
#[inline(always)]
fn may_have_suffix(w: &[u8], n: usize) -> bool {
    let len = w.len();
    let at = |k: usize| w[len - k];
    // ه then ها, with `tail` bytes after them.
    let heh_ha = |tail: usize| {
        n >= tail + 8 && at(tail + 5) == 0x87 && at(tail + 3) == 0x87 && at(tail + 1) == 0xA7
    };
    // By the last letter: تر; ها; تری, های, هایی; ترین and the plurals in
    // یمان یتان یشان; هایم هایش هایت هاست.
    match at(1) {
        0xB1 => at(3) == 0xAA,
        0xA7 => heh_ha(0),
        0x8C => at(3) == 0xB1 && at(5) == 0xAA || at(3) == 0xA7 && heh_ha(2) || heh_ha(4),
        0x86 => len >= 7 && at(3) == 0x8C && at(5) == 0xB1 && at(7) == 0xAA || heh_ha(8),
        0x85 | 0xB4 | 0xAA => heh_ha(4),
        _ => false,
    }
}

/// Whether م ی stand at `k` (the bytes of م at `k`).
#[inline(always)]
fn mi(w: &[u8], k: usize) -> bool {
    w.get(k + 1) == Some(&0x85) && w.get(k + 3) == Some(&0x8C)
}

/// Whether ن م ی stand at `k`.
#[inline(always)]
fn nami(w: &[u8], k: usize) -> bool {
    w.get(k + 1) == Some(&0x86) && mi(w, k + 2)
}

/// Whether `word` is an adjective of the table, whose comparative takes ZWNJ.
pub(super) fn is_comparative_base(word: &str) -> bool {
    listed(COMPARATIVE_BASES, word.as_bytes())
}

/// A cheap test at a space between `before` (the text up to it) and
/// `after` (the text after it): the letters on either side may be the end of
/// a compound's first word and the start of its second.
#[inline(always)]
pub(super) fn may_join_compound(before: &[u8], after: &[u8]) -> bool {
    match (before.last(), after.get(1)) {
        (Some(&x), Some(&y)) => COMPOUND_EDGES[usize::from(x & 63)] >> (y & 63) & 1 != 0,
        _ => false,
    }
}

/// Whether the two words make a compound of the table ("رئیس", "جمهور").
pub(super) fn is_compound(first: &str, second: &str) -> bool {
    match (key(first.as_bytes()), key(second.as_bytes())) {
        (Some(a), Some(b)) => COMPOUNDS.binary_search(&(a, b)).is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(w: &str, verbs: bool, suffixes: bool) -> bool {
        let b = w.as_bytes();
        let whole = may_split(b, verbs, suffixes);
        // Every cut of the word between chars gives the same answer.
        for (k, _) in w.char_indices() {
            assert_eq!(
                may_split_pieces(&b[..k], &b[k..], verbs, suffixes),
                whole,
                "{w} at {k}"
            );
        }
        whole
    }

    #[test]
    fn keys_keep_the_order_of_bytes() {
        let words = ["آ", "آب", "آبی", "ب", "بزرگ", "بزرگتر", "گ", "ی"];
        let keys: Vec<u128> = words.iter().map(|w| key(w.as_bytes()).unwrap()).collect();
        assert!(keys.windows(2).all(|k| k[0] < k[1]));
        assert_eq!(key(&[0x41; 17]), None);
        assert!(listed(PRESENT_STEMS, "گوی".as_bytes()));
        assert!(!listed(PRESENT_STEMS, "گو".as_bytes()));
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [PRESENT_STEMS, PAST_STEMS, NOT_VERBS, COMPARATIVE_BASES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(COMPOUNDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn verb_prefixes() {
        let end = |w: &str| verb_prefix_end(w.as_bytes());
        assert_eq!(end("میترسند"), Some("می".len()));
        assert_eq!(end("نمیشود"), Some("نمی".len()));
        assert_eq!(end("برنمیگردد"), Some("برنمی".len()));
        assert_eq!(end("میتوان"), Some("می".len()));
        assert_eq!(end("میرفت"), Some("می".len()));
        for w in [
            "میز",
            "میدان",
            "میدانی",
            "میلیون",
            "میوه",
            "نمیر",
            "میگو",
            "میزان",
            "می",
        ] {
            assert_eq!(end(w), None, "{w}");
        }
    }

    #[test]
    fn suffixes() {
        let start = |w: &str| suffix_start(w.as_bytes());
        assert_eq!(start("بزرگترین"), Some("بزرگ".len()));
        assert_eq!(start("رودهها"), Some("روده".len()));
        assert_eq!(start("گروههایشان"), Some("گروه".len()));
        for w in [
            "بیشتر",
            "بهترین",
            "کمتر",
            "ویترین",
            "کلانتری",
            "دفتر",
            "تنها",
            "هها",
        ] {
            assert_eq!(start(w), None, "{w}");
        }
    }

    #[test]
    fn the_cheap_test_lets_through_what_the_rules_split() {
        for w in [
            "بزرگترین",
            "مهمتر",
            "سالمتری",
            "گروههایشان",
            "رودهها",
            "گروههای",
            "راههایی",
        ] {
            assert!(split(w, false, true), "{w}");
        }
        for w in [
            "میترسند",
            "نمیشود",
            "برمیگردد",
            "درنمیآید",
            "بازمیگردند",
            "فرامیرسد",
            "وامیدارد",
            "بازنمیگردد",
        ] {
            assert!(split(w, true, false), "{w}");
            assert!(!split(w, false, false), "{w}");
        }
        for w in ["کتاب", "میز", "سلامت", "خانواده", "دولت"] {
            assert!(!split(w, true, true), "{w}");
        }
    }

    #[test]
    fn compounds() {
        for (a, b) in [("رئیس", "جمهور"), ("میلی", "متر"), ("آتش", "بس")] {
            assert!(may_join_compound(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        assert!(!may_join_compound("کتاب".as_bytes(), "خوب".as_bytes()));
        assert!(is_compound("رئیس", "جمهور"));
        assert!(!is_compound("جمهور", "رئیس"));
    }
}
