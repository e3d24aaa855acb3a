//! The words around a number that say it is no number: "نه تنها" (not
//! only), "انجام دهم" (I do), "سه شنبه" (Tuesday), "صدها هزار" (hundreds of
//! thousands). Each rule is a function of its own over one number word and
//! its neighbours; [`RULES`] lists them, and `tests/data/context.tsv` holds
//! accept and reject rows for each.
//!
//! The word lists come from reading a 5.5 MB corpus of Persian news (the
//! team's own reading; `scripts/context_words.py` recounts each list's
//! neighbours in any corpus) and from Persian grammar. They are compared with
//! the neighbours folded to standard letters, so text typed with Arabic ي
//! and ك reads the same.

use std::ops::Range;

use super::lexicon::{self, Lex, Ordinal};
use super::parse::Scanned;
use crate::text;
use crate::unit;

/// A number of one word, with the words beside it folded to standard
/// letters.
pub(super) struct Single<'t> {
    text: &'t str,
    start: usize,
    lex: Lex,
    ordinal: Ordinal,
    prev: Folded,
    next: Folded,
}

/// A word folded into a buffer of its own.
struct Folded {
    buf: [u8; 64],
    len: Option<usize>,
}

impl Folded {
    fn of(word: Option<&str>) -> Folded {
        let mut f = Folded {
            buf: [0; 64],
            len: None,
        };
        if let Some(w) = word {
            let mut tmp = [0u8; 64];
            // No word of any list is longer than the buffer.
            if let Some(folded) = text::fold_word(w, &mut tmp).filter(|f| f.len() <= 64) {
                let n = folded.len();
                f.buf[..n].copy_from_slice(folded.as_bytes());
                f.len = Some(n);
            }
        }
        f
    }

    fn get(&self) -> Option<&str> {
        std::str::from_utf8(&self.buf[..self.len?]).ok()
    }
}

impl<'t> Single<'t> {
    fn prev(&self) -> Option<&str> {
        self.prev.get()
    }

    fn next(&self) -> Option<&str> {
        self.next.get()
    }
}

/// A rule: whether the number word is no number here.
type Rule = fn(&Single<'_>) -> bool;

/// Every rule, by name (the names of `tests/data/context.tsv`).
pub(super) const RULES: [(&str, Rule); 11] = [
    ("verb_prefix", verb_prefix),
    ("plural", plural),
    ("approximate", approximate),
    ("inexact_fraction", inexact_fraction),
    ("nine_as_not", nine_as_not),
    ("give_verb", give_verb),
    ("weekday", weekday),
    ("month_safar", month_safar),
    ("prime_minister", prime_minister),
    ("letter_c", letter_c),
    ("half_compound", half_compound),
];

/// Whether the number `s` found in `text` is no number by its context.
/// Every rule is about a number of one word.
pub(super) fn rejected_by_context(text: &str, s: &Scanned) -> bool {
    let Some(lex) = s.single else {
        return false;
    };
    let single = Single {
        text,
        start: s.start,
        lex,
        ordinal: s.ordinal,
        prev: Folded::of(prev_word(text, s.start)),
        next: Folded::of(next_word(text, s.end)),
    };
    RULES.iter().any(|(_, rule)| rule(&single))
}

fn small(l: Lex) -> bool {
    matches!(
        l,
        Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
    )
}

/// "می دهم", "نمی دهم": a verb with its prefix written apart, not an
/// ordinal.
fn verb_prefix(w: &Single<'_>) -> bool {
    matches!(w.prev(), Some("می" | "نمی"))
}

/// "ده ها", "صد ها": the approximate plural ("ده‌ها") written with a space.
fn plural(w: &Single<'_>) -> bool {
    w.next() == Some("ها")
}

/// Words that make the number word after them approximate ("صدها هزار",
/// "چند صد", "هزاران هزار"). From the news corpus: every word seen before a
/// scale or hundred word there that leaves the amount inexact (recount with
/// `scripts/context_words.py approx CORPUS`).
const APPROXIMATE_BEFORE: [&str; 6] = ["دهها", "صدها", "هزاران", "میلیونها", "چند", "چندین"];

/// "صدها هزار", "چند صد", "ده‌ها میلیون": no exact number.
fn approximate(w: &Single<'_>) -> bool {
    w.prev().is_some_and(|p| APPROXIMATE_BEFORE.contains(&p)) || after_plural_number(w)
}

/// Whether the word before the number is "ها" written after a number word
/// ("ده‌ها", "صد ها", "میلیون‌ها"): an approximate plural, not a plural noun
/// ("قیمت‌ها سه برابر شد").
fn after_plural_number(w: &Single<'_>) -> bool {
    let Some(r) = prev_word_range(w.text, w.start) else {
        return false;
    };
    if &w.text[r.clone()] != "ها" {
        return false;
    }
    prev_word(w.text, r.start).is_some_and(|p| {
        let mut buf = [0u8; 64];
        text::fold_word(p, &mut buf).is_some_and(|f| {
            matches!(
                lexicon::classify(f),
                Some((
                    Lex::Teen(10) | Lex::Hundred(1) | Lex::Scale(_) | Lex::Illion(_),
                    _
                ))
            )
        })
    })
}

/// "دو سوم", "یک ششم": a fraction with no exact decimal value (those with
/// one, "سه چهارم", are read whole), neither a count nor an ordinal: the
/// cardinal before a small ordinal, and the ordinal after a small cardinal.
fn inexact_fraction(w: &Single<'_>) -> bool {
    let classify = |word: Option<&str>| word.and_then(lexicon::classify);
    if !small(w.lex) {
        return false;
    }
    match w.ordinal {
        Ordinal::None => matches!(classify(w.next()), Some((l, Ordinal::Plain)) if small(l)),
        Ordinal::Plain if w.lex != Lex::Unit(1) => {
            matches!(classify(w.prev()), Some((l, Ordinal::None)) if small(l))
        }
        _ => false,
    }
}

/// Words a lone "نه" counts ("نه ماه", "نه نفر", "نه درصد"), besides the
/// currency names. Anywhere else a lone "نه" is far more often "not" ("نه
/// اینکه", "نه رئیس هیئت مدیره", "نه شرقی، نه غربی"): in 5.5 MB of news,
/// nearly every one. The nouns numbers count in news (time, people, places,
/// games) and the units of measure; `scripts/context_words.py nine CORPUS`
/// lists what follows a lone نه in a corpus.
const COUNTED_BY_NINE: [&str; 53] = [
    "سال",
    "ماه",
    "روز",
    "هفته",
    "ساعت",
    "دقیقه",
    "ثانیه",
    "قرن",
    "دهه",
    "شب",
    "نفر",
    "تن",
    "کودک",
    "فرزند",
    "عضو",
    "نماینده",
    "بازیکن",
    "دانشجو",
    "شهرستان",
    "کارگر",
    "زن",
    "مرد",
    "کیلومتر",
    "متر",
    "سانتیمتر",
    "کیلوگرم",
    "کیلو",
    "گرم",
    "لیتر",
    "هکتار",
    "درجه",
    "درصد",
    "برابر",
    "بار",
    "مرتبه",
    "مرحله",
    "دوره",
    "عدد",
    "تا",
    "مورد",
    "نوع",
    "جلد",
    "بخش",
    "فصل",
    "گل",
    "امتیاز",
    "مدال",
    "بازی",
    "کشور",
    "استان",
    "شهر",
    "واحد",
    "دستگاه",
];

/// "نه تنها", "نه این و نه آن", "گفت: نه.": a lone cardinal نه is "not"
/// unless a word it counts follows.
fn nine_as_not(w: &Single<'_>) -> bool {
    let counted = |n: &str| COUNTED_BY_NINE.contains(&n) || unit::from_name(n).is_some();
    w.lex == Lex::Unit(9) && w.ordinal == Ordinal::None && !w.next().is_some_and(counted)
}

/// Nouns that make a verb with دادن: after them "ده" and "دهم" are its
/// forms ("انجام دهم", "پاسخ ده", "زیان ده"), not 10 or the 10th. From the
/// news corpus: the nouns seen before ده/دهم used as a verb there; nouns
/// that often stand before the ordinal ("دور دهم", "گزارش دهم", "جای دهم")
/// are left out. Recount with `scripts/context_words.py give CORPUS`.
const GIVE_VERB_NOUNS: [&str; 52] = [
    "انجام",
    "ادامه",
    "پاسخ",
    "جواب",
    "تغییر",
    "پایان",
    "خاتمه",
    "قرار",
    "نشان",
    "توضیح",
    "اجازه",
    "ترجیح",
    "گوش",
    "رای",
    "رأی",
    "شکست",
    "انتقال",
    "هدیه",
    "صدقه",
    "فریب",
    "آموزش",
    "ارائه",
    "تحویل",
    "ترتیب",
    "تشخیص",
    "فرمان",
    "قول",
    "یاد",
    "رخ",
    "ربط",
    "جان",
    "اهمیت",
    "اختصاص",
    "کاهش",
    "افزایش",
    "بهبود",
    "توسعه",
    "تخفیف",
    "رضایت",
    "وعده",
    "فشار",
    "سامان",
    "پرورش",
    "ارتقا",
    "ارجاع",
    "تکان",
    "نجات",
    "تشکیل",
    "خبر",
    "زیان",
    "سود",
    "ندا",
];

/// "انجام دهم", "پاسخ ده": a form of دادن.
fn give_verb(w: &Single<'_>) -> bool {
    w.lex == Lex::Teen(10) && w.prev().is_some_and(|p| GIVE_VERB_NOUNS.contains(&p))
}

/// "سه شنبه", "پنج شنبه": weekdays written with a space.
fn weekday(w: &Single<'_>) -> bool {
    matches!(w.lex, Lex::Unit(1..=5)) && w.next() == Some("شنبه")
}

/// "محرم و صفر", "ماه صفر", and after a day ("۲۸ صفر", "بیست و هشتم صفر"):
/// the lunar month Safar.
fn month_safar(w: &Single<'_>) -> bool {
    if w.lex != Lex::Zero {
        return false;
    }
    let before = w.text[..w.start].trim_end_matches([' ', '\u{00A0}']);
    let after_day = before.chars().next_back().is_some_and(text::is_digit)
        || matches!(
            w.prev().and_then(lexicon::classify),
            Some((_, Ordinal::Plain))
        );
    after_day
        || matches!(w.prev(), Some("محرم" | "ماه"))
        || w.prev() == Some(lexicon::AND)
            && prev_word_range(w.text, w.start)
                .and_then(|r| prev_word(w.text, r.start))
                .is_some_and(|p| text::folded_in(p, &["محرم"]))
}

/// "نخست وزیر": prime minister.
fn prime_minister(w: &Single<'_>) -> bool {
    w.lex == Lex::First && w.next() == Some("وزیر")
}

/// The letter C in a spelled acronym: "بی بی سی", "سی ان ان".
fn letter_c(w: &Single<'_>) -> bool {
    w.lex == Lex::Ten(3)
        && w.ordinal == Ordinal::None
        && (w.prev() == Some("بی") || matches!(w.next(), Some("بی" | "ان")))
}

/// Words that نیم makes a compound with, not a half: نیم‌کره (hemisphere),
/// نیم‌رخ (profile), نیم‌تنه (bust), نیم‌دایره, نیمکت is one word already.
/// Joined by ZWNJ they are one word to the scanner; this list is for the
/// same compounds written with a space ("نیم کره"). From Persian
/// dictionaries' نیم compounds that are nouns.
const HALF_COMPOUNDS: [&str; 10] = [
    "کره",
    "رخ",
    "تنه",
    "دایره",
    "خیز",
    "بها",
    "پز",
    "سوز",
    "کاره",
    "نگاهی",
];

/// "نیم کره", "نیم رخ": a compound noun, not a half.
fn half_compound(w: &Single<'_>) -> bool {
    w.lex == Lex::Half && w.next().is_some_and(|n| HALF_COMPOUNDS.contains(&n))
}

/// The word right after `end`, across spaces only (not punctuation or lines).
pub(super) fn next_word(text: &str, end: usize) -> Option<&str> {
    let start = text::skip_spaces(text, end);
    let e = text::word_end(text, start);
    (e > start).then(|| &text[start..e])
}

/// The word right before `start`, across spaces or a ZWNJ.
pub(super) fn prev_word(text: &str, start: usize) -> Option<&str> {
    prev_word_range(text, start).map(|r| &text[r])
}

/// Where [`prev_word`] stands in `text`: a word with a gap after it.
fn prev_word_range(text: &str, start: usize) -> Option<Range<usize>> {
    text::word_before(text, start).filter(|r| r.end < start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are compared with words folded to standard letters, so each
    /// entry must be one word already in those letters.
    #[test]
    fn context_words_are_folded_single_words() {
        for w in COUNTED_BY_NINE
            .iter()
            .chain(&GIVE_VERB_NOUNS)
            .chain(&APPROXIMATE_BEFORE)
            .chain(&HALF_COMPOUNDS)
        {
            let mut buf = [0u8; 64];
            assert_eq!(text::fold_word(w, &mut buf), Some(*w), "{w}");
            assert_eq!(text::word_end(w, 0), w.len(), "{w}");
        }
    }

    #[test]
    fn rule_names_are_unique() {
        for (i, (a, _)) in RULES.iter().enumerate() {
            assert!(RULES[i + 1..].iter().all(|(b, _)| a != b), "{a}");
        }
    }
}
