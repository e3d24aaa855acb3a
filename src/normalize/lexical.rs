//! The lexical rules: where a word written glued takes a ZWNJ, and which two
//! words make one compound, by the word tables of [`lexicon`](super::lexicon).
//!
//! Every lookup is a binary search over `&str` slices of the word itself:
//! nothing is allocated.

use super::lexicon::{COMPARATIVE_BASES, COMPOUNDS, NOT_VERBS, PAST_STEMS, PRESENT_STEMS};

/// Words a prefixed verb may start with before می/نمی: برمی‌گردد, درمی‌آید.
const PREVERBS: [&str; 7] = ["", "بر", "در", "باز", "فرا", "فرو", "وا"];

/// The personal endings after a present stem (there is always one).
const PRESENT_ENDINGS: [&str; 6] = ["م", "ی", "د", "یم", "ید", "ند"];

/// The endings after a past stem: none for the third person singular, and ه
/// for the participle (می‌کرده).
const PAST_ENDINGS: [&str; 7] = ["", "م", "ی", "یم", "ید", "ند", "ه"];

/// The comparative and superlative suffixes, longest first.
const COMPARATIVE: [&str; 3] = ["ترین", "تری", "تر"];

/// The plural and what may follow it, longest first, for a plural glued to
/// a word that ends in ه ("رودهها" → "روده‌ها").
const PLURAL: [&str; 10] = [
    "هایشان",
    "هایتان",
    "هایمان",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هاست",
    "های",
    "ها",
];

fn listed(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// Whether `tail`, what follows می, is a verb form: a stem of the table and
/// its ending, or the impersonal توان (می‌توان).
fn is_verb_tail(tail: &str) -> bool {
    if tail == "توان" {
        return true;
    }
    PRESENT_ENDINGS.iter().any(|e| {
        tail.strip_suffix(e)
            .is_some_and(|stem| listed(PRESENT_STEMS, stem))
    }) || PAST_ENDINGS.iter().any(|e| {
        tail.strip_suffix(e)
            .is_some_and(|stem| listed(PAST_STEMS, stem))
    })
}

/// Where the ZWNJ goes in a verb written with its prefix glued: after the
/// می or نمی ("میترسند" → 4, "برنمیگردد" → 10), if what follows is a verb
/// stem of the table with its ending. Words that merely begin with those
/// letters (میز, میدان, میلیون) give `None`.
pub(super) fn verb_prefix_end(word: &str) -> Option<usize> {
    if !word.starts_with(['م', 'ن', 'ب', 'د', 'ف', 'و']) || listed(NOT_VERBS, word) {
        return None;
    }
    PREVERBS.iter().find_map(|pv| {
        let rest = word.strip_prefix(pv)?;
        let tail = rest
            .strip_prefix("نمی")
            .or_else(|| rest.strip_prefix("می"))?;
        is_verb_tail(tail).then(|| word.len() - tail.len())
    })
}

/// Where the ZWNJ goes in a word with a suffix glued to it: a comparative or
/// superlative of an adjective of the table ("بزرگترین" → after بزرگ), or a
/// plural after ه ("گروههای" → after گروه).
pub(super) fn suffix_start(word: &str) -> Option<usize> {
    for s in COMPARATIVE {
        if let Some(base) = word.strip_suffix(s) {
            if listed(COMPARATIVE_BASES, base) {
                return Some(base.len());
            }
        }
    }
    PLURAL.iter().find_map(|s| {
        let base = word.strip_suffix(s)?;
        // A word of its own before the plural: two letters at least.
        (base.ends_with('ه') && base.chars().nth(1).is_some()).then_some(base.len())
    })
}

/// A cheap test that [`suffix_start`] may find something: the word ends in
/// تر, تری or ترین, or holds ه followed by ها near its end.
#[inline]
pub(super) fn may_have_suffix(word: &[u8]) -> bool {
    // ت ر ی ن in UTF-8: D8 AA, D8 B1, DB 8C, D9 86; ه ه ا: D9 87 D9 87 D8 A7.
    const HEH_HA: [u8; 6] = [0xD9, 0x87, 0xD9, 0x87, 0xD8, 0xA7];
    match word {
        [.., 0xD8, 0xAA, 0xD8, 0xB1]
        | [.., 0xD8, 0xAA, 0xD8, 0xB1, 0xDB, 0x8C]
        | [.., 0xD8, 0xAA, 0xD8, 0xB1, 0xDB, 0x8C, 0xD9, 0x86] => true,
        _ => {
            let tail = &word[word.len().saturating_sub(18)..];
            tail.windows(6).any(|w| w == HEH_HA)
        }
    }
}

/// Whether `word` is an adjective of the table, whose comparative takes ZWNJ.
pub(super) fn is_comparative_base(word: &str) -> bool {
    listed(COMPARATIVE_BASES, word)
}

/// Whether the two words make a compound of the table ("رئیس", "جمهور").
pub(super) fn is_compound(first: &str, second: &str) -> bool {
    COMPOUNDS
        .binary_search_by(|&(a, b)| (a, b).cmp(&(first, second)))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [PRESENT_STEMS, PAST_STEMS, NOT_VERBS, COMPARATIVE_BASES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(COMPOUNDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn verb_prefixes() {
        assert_eq!(verb_prefix_end("میترسند"), Some("می".len()));
        assert_eq!(verb_prefix_end("نمیشود"), Some("نمی".len()));
        assert_eq!(verb_prefix_end("برنمیگردد"), Some("برنمی".len()));
        assert_eq!(verb_prefix_end("میتوان"), Some("می".len()));
        assert_eq!(verb_prefix_end("میرفت"), Some("می".len()));
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
            assert_eq!(verb_prefix_end(w), None, "{w}");
        }
    }

    #[test]
    fn suffixes() {
        assert_eq!(suffix_start("بزرگترین"), Some("بزرگ".len()));
        assert_eq!(suffix_start("رودهها"), Some("روده".len()));
        assert_eq!(suffix_start("گروههایشان"), Some("گروه".len()));
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
            assert_eq!(suffix_start(w), None, "{w}");
        }
        assert!(may_have_suffix("بزرگترین".as_bytes()));
        assert!(may_have_suffix("گروههایشان".as_bytes()));
        assert!(!may_have_suffix("کتاب".as_bytes()));
    }

    #[test]
    fn compounds() {
        assert!(is_compound("رئیس", "جمهور"));
        assert!(!is_compound("جمهور", "رئیس"));
    }
}
