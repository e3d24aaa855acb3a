//! Normalization of Persian text: letters, presentation forms, marks, ZWNJ
//! and spacing.
//!
//! [`normalize`] runs the standard pipeline; a [`Normalizer`] turns rules on
//! and off one by one. Every configuration is idempotent: normalizing twice
//! gives the same text as normalizing once.
//!
//! ```
//! use parsi::{normalize, Normalizer};
//!
//! assert_eq!(normalize("كتاب ها را مي خوانم"), "کتاب‌ها را می‌خوانم");
//! assert_eq!(normalize("سلام  ، دنيا !"), "سلام، دنیا!");
//!
//! let letters_only = Normalizer::none().letters(true);
//! assert_eq!(letters_only.normalize("كتاب ها"), "کتاب ها");
//! ```

mod chars;
mod fold;
mod lexical;
mod lexicon;
mod offsets;
mod presentation;
mod quotes;
mod spacing;

use std::borrow::Cow;

use crate::digits::Script;
use crate::text::{self, SOFT_HYPHEN, ZWJ, ZWNJ};
pub(crate) use fold::SearchFold;
pub(crate) use offsets::OffsetMap;
pub use offsets::{normalize_with_offsets, Normalized};
use quotes::pair_quotes;

/// A configured normalizer, one switch per rule.
///
/// [`Normalizer::new`] is the standard pipeline (what [`normalize`] runs);
/// [`Normalizer::none`] turns everything off, to build up from. The builder is
/// `const`, so a normalizer can be a `static`.
///
/// | rule | switch | default |
/// |---|---|---|
/// | Arabic and other letter variants to Persian (ي ى → ی, ك → ک, ە ھ ہ → ه, …) | [`letters`](Normalizer::letters) | on |
/// | presentation forms to base letters, ligatures expanded (ﻻ → لا, ﷼ → ریال) | [`presentation_forms`](Normalizer::presentation_forms) | on |
/// | kashida (ـ) removed | [`kashida`](Normalizer::kashida) | on |
/// | diacritics removed | [`diacritics`](Normalizer::diacritics) | on |
/// | direction marks and BOM removed; a mark written for ZWNJ between Persian letters → ZWNJ | [`direction_marks`](Normalizer::direction_marks) | on |
/// | double quotes around a phrase → « » | [`quotes`](Normalizer::quotes) | on |
/// | ZWNJ cleaned: soft hyphens read as ZWNJ, repeats collapsed, removed next to spaces and at word edges; stray ZWJ dropped | [`zwnj`](Normalizer::zwnj) | on |
/// | prefixes and suffixes joined with ZWNJ (می روم → می‌روم, کتاب ها → کتاب‌ها, بوده اند → بوده‌اند, خانه ی → خانه‌ی) | [`affixes`](Normalizer::affixes) | on |
/// | glued می/نمی of a verb written with ZWNJ (میترسند → می‌ترسند), by a table of verb stems | [`verb_prefixes`](Normalizer::verb_prefixes) | on |
/// | glued تر/ترین of a listed adjective and a plural glued after ه written with ZWNJ (بزرگترین → بزرگ‌ترین, رودهها → روده‌ها) | [`glued_suffixes`](Normalizer::glued_suffixes) | on |
/// | spacing around punctuation, inside « » and brackets | [`punctuation_spacing`](Normalizer::punctuation_spacing) | on |
/// | one space outside brackets and « » next to a word (قاره(نقاط → قاره (نقاط) | [`bracket_spacing`](Normalizer::bracket_spacing) | on |
/// | a space between digits and a Persian word glued to them (۹متر → ۹ متر) | [`digit_spacing`](Normalizer::digit_spacing) | on |
/// | runs of spaces collapsed, lines trimmed | [`spaces`](Normalizer::spaces) | on |
/// | two-word compounds of a table joined with ZWNJ (رئیس جمهور → رئیس‌جمهور) | [`compounds`](Normalizer::compounds) | off |
/// | digits unified to one script | [`digits`](Normalizer::digits) | off |
/// | Latin , ; ? → ، ؛ ؟ next to Persian letters | [`persian_punctuation`](Normalizer::persian_punctuation) | off |
/// | letters repeated three or more times shortened to one | [`repeated_letters`](Normalizer::repeated_letters) | off |
///
/// The spacing rules leave URLs, e-mail addresses and other code-like spans
/// alone: a bracket or a digit inside a span that holds `://`, `www.` or `@`
/// gets no space.
///
/// ```
/// use parsi::{digits::Script, Normalizer};
///
/// static N: Normalizer = Normalizer::new().digits(Some(Script::Persian)).compounds(true);
/// assert_eq!(N.normalize("رئیس جمهور 9متر"), "رئیس\u{200C}جمهور ۹ متر");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Normalizer {
    letters: bool,
    presentation_forms: bool,
    kashida: bool,
    diacritics: bool,
    direction_marks: bool,
    quotes: bool,
    zwnj: bool,
    affixes: bool,
    verb_prefixes: bool,
    glued_suffixes: bool,
    punctuation_spacing: bool,
    bracket_spacing: bool,
    spaces: bool,
    compounds: bool,
    digits: Option<Script>,
    persian_punctuation: bool,
    digit_spacing: bool,
    repeated_letters: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

macro_rules! switches {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        pub const fn $name(mut self, on: bool) -> Normalizer {
            self.$name = on;
            self
        }
    )*};
}

impl Normalizer {
    /// The standard pipeline: every rule on except compounds, digit
    /// unification, Latin punctuation and repeated letters.
    ///
    /// ```
    /// assert_eq!(parsi::Normalizer::new().normalize("مي روم"), "می‌روم");
    /// ```
    pub const fn new() -> Normalizer {
        Normalizer {
            letters: true,
            presentation_forms: true,
            kashida: true,
            diacritics: true,
            direction_marks: true,
            quotes: true,
            zwnj: true,
            affixes: true,
            verb_prefixes: true,
            glued_suffixes: true,
            punctuation_spacing: true,
            bracket_spacing: true,
            spaces: true,
            compounds: false,
            digits: None,
            persian_punctuation: false,
            digit_spacing: true,
            repeated_letters: false,
        }
    }

    /// Every rule off: `normalize` returns the text unchanged.
    ///
    /// ```
    /// assert_eq!(parsi::Normalizer::none().normalize("كتاب  ها"), "كتاب  ها");
    /// ```
    pub const fn none() -> Normalizer {
        Normalizer {
            letters: false,
            presentation_forms: false,
            kashida: false,
            diacritics: false,
            direction_marks: false,
            quotes: false,
            zwnj: false,
            affixes: false,
            verb_prefixes: false,
            glued_suffixes: false,
            punctuation_spacing: false,
            bracket_spacing: false,
            spaces: false,
            compounds: false,
            digits: None,
            persian_punctuation: false,
            digit_spacing: false,
            repeated_letters: false,
        }
    }

    switches! {
        /// Arabic and other letter variants to Persian: ي ى ې ۍ ێ ے → ی, ك ڪ → ک,
        /// ە ھ ہ ة → ه, ٱ → ا, ۆ ۇ ۈ ۋ → و.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().letters(true).normalize("علي"), "علی");
        /// ```
        letters;
        /// Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF) to base
        /// letters; ligatures expanded (ﻻ → لا, ﷲ → الله, ﷼ → ریال).
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().presentation_forms(true).normalize("ﻻ ﷼"), "لا ریال");
        /// ```
        presentation_forms;
        /// Kashida (tatweel, U+0640) removed; between two digits, where it
        /// stands for a dash ("6ــ1"), kept.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().kashida(true);
        /// assert_eq!(n.normalize("ســلام"), "سلام");
        /// assert_eq!(n.normalize("کافرون/۶ــ۱"), "کافرون/۶ــ۱");
        /// ```
        kashida;
        /// Diacritics (U+064B..U+065F, U+0670, U+0610..U+061A) removed.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().diacritics(true).normalize("کِتاب"), "کتاب");
        /// ```
        diacritics;
        /// Direction marks (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and
        /// the byte-order mark removed. Some editors write a left-to-right or
        /// right-to-left mark where a ZWNJ belongs; between two Persian
        /// letters one becomes a ZWNJ instead of running the word together.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().direction_marks(true);
        /// assert_eq!(n.normalize("\u{200F}سلام\u{FEFF}"), "سلام");
        /// assert_eq!(n.normalize("می\u{200E}شود"), "می\u{200C}شود");
        /// ```
        direction_marks;
        /// Straight and curly double quotes around a phrase → « ». An unpaired
        /// straight quote is left alone.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().quotes(true).normalize("او گفت \"نه\""), "او گفت «نه»");
        /// ```
        quotes;
        /// ZWNJ cleaned: repeats collapsed, and removed next to a space, at the
        /// edge of a word, or at the start or end of the text. A soft hyphen
        /// (U+00AD), which some editors write where ZWNJ belongs ("سال\u{AD}های"),
        /// counts as a ZWNJ after a Persian letter and is dropped elsewhere.
        /// A zero-width joiner (U+200D) beside a ZWNJ or between two letters
        /// is dropped; one that asks for a joining form ("ه\u{200D}") stays.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().zwnj(true);
        /// assert_eq!(n.normalize("می\u{200C}\u{200C}روم \u{200C}"), "می\u{200C}روم ");
        /// assert_eq!(n.normalize("سال\u{AD}\u{200C}ها"), "سال\u{200C}ها");
        /// assert_eq!(n.normalize("بی\u{200C}\u{200D}دفاع"), "بی\u{200C}دفاع");
        /// ```
        zwnj;
        /// Prefixes (می, نمی), suffixes (ها, های, هایی, تر, ترین, گر, گری, …)
        /// and, after a word ending in ه, the endings ام ایم اید اند اش ات ای
        /// and the ezafe ی, written apart, are joined to their word with ZWNJ.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().affixes(true).normalize("بزرگ ترین"), "بزرگ\u{200C}ترین");
        /// assert_eq!(parsi::Normalizer::none().affixes(true).normalize("بوده اند"), "بوده\u{200C}اند");
        /// ```
        affixes;
        /// A verb written with می or نمی glued to it takes a ZWNJ after the
        /// prefix ("میترسند" → "می‌ترسند", "نمیشود" → "نمی‌شود", "برمیگردد" →
        /// "برمی‌گردد"), where what follows is a verb stem of the crate's table
        /// with a personal ending. Words that merely begin with those letters
        /// (میز, میوه, میدان, میلیون, میراث) stay, and so does "میدانی", which
        /// is mostly the adjective ("تحقیقات میدانی").
        ///
        /// ```
        /// let n = parsi::Normalizer::none().verb_prefixes(true);
        /// assert_eq!(n.normalize("نمیشود میز"), "نمی\u{200C}شود میز");
        /// ```
        verb_prefixes;
        /// A comparative or superlative glued to an adjective of the crate's
        /// table takes a ZWNJ ("بزرگترین" → "بزرگ‌ترین"); بهتر, بیشتر, کمتر,
        /// مهتر, کهتر and برتر stay whole, as the orthography writes them. A
        /// plural glued after ه takes one too ("رودهها" → "روده‌ها").
        ///
        /// ```
        /// let n = parsi::Normalizer::none().glued_suffixes(true);
        /// assert_eq!(n.normalize("مهمترین گروهها بیشتر"), "مهم\u{200C}ترین گروه\u{200C}ها بیشتر");
        /// ```
        glued_suffixes;
        /// No space before ، ؛ ؟ . ! : and closing brackets, one space after
        /// them before a word, none just inside « » and brackets.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().punctuation_spacing(true).normalize("سلام ،دنیا"), "سلام، دنیا");
        /// ```
        punctuation_spacing;
        /// One space before an opening bracket or « and after a closing one
        /// where a Persian word stands against it ("قاره(نقاط" → "قاره (نقاط",
        /// "(ع)را" → "(ع) را"). A bracket in a code-like span ("f(x)", a URL)
        /// is left alone.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().bracket_spacing(true);
        /// assert_eq!(n.normalize("قاره(نقاط مرتفع)است f(x)"), "قاره (نقاط مرتفع) است f(x)");
        /// ```
        bracket_spacing;
        /// Runs of spaces and tabs collapsed to one space; spaces at the start
        /// and end of lines removed.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().spaces(true).normalize("  یک   دو  "), "یک دو");
        /// ```
        spaces;
        /// Two words of the crate's compound table written apart are joined
        /// with ZWNJ ("رئیس جمهور" → "رئیس‌جمهور", "میلی متر" → "میلی‌متر").
        /// Off by default: see the README for the evidence.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().compounds(true);
        /// assert_eq!(n.normalize("رئیس جمهور"), "رئیس\u{200C}جمهور");
        /// ```
        compounds;
        /// Latin , ; ? next to Persian letters → ، ؛ ؟ (never between digits).
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().persian_punctuation(true).normalize("چرا?"), "چرا؟");
        /// ```
        persian_punctuation;
        /// A space between digits and a Persian word glued to them ("۹متر" →
        /// "۹ متر", "تعداد61" → "تعداد 61"). Stay glued: ordinal suffixes
        /// ("۲۱ام", "۲۷امین"), the plural ("۶۰ها"), "۱۲گانه", one letter after
        /// the digits (era letters "۱۹۳۹م", "۱۳۹۸ش", "۱۴۴۰ق", and codes
        /// "۱۲ب") or before them (references "ج۲", "ص۱۲"), Latin codes ("3G",
        /// "A4") and digits in a code-like span.
        ///
        /// ```
        /// let n = parsi::Normalizer::none().digit_spacing(true);
        /// assert_eq!(n.normalize("117کودک"), "117 کودک");
        /// assert_eq!(n.normalize("۲۱ام ۱۳۹۸ش ص۱۲ 3G"), "۲۱ام ۱۳۹۸ش ص۱۲ 3G");
        /// ```
        digit_spacing;
        /// Letters repeated three or more times shortened to one ("خیلیییی" → "خیلی").
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().repeated_letters(true).normalize("خیلیییی"), "خیلی");
        /// ```
        repeated_letters;
    }

    /// Unifies digits to `script` (`None`, the default, leaves them as they are).
    ///
    /// ```
    /// use parsi::{digits::Script, Normalizer};
    /// assert_eq!(Normalizer::none().digits(Some(Script::Ascii)).normalize("۱۴۰۰"), "1400");
    /// ```
    pub const fn digits(mut self, script: Option<Script>) -> Normalizer {
        self.digits = script;
        self
    }

    /// Normalizes `text` with this configuration.
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`.
    ///
    /// ```
    /// assert_eq!(parsi::Normalizer::new().normalize("ﻛﺘﺎﺏ"), "کتاب");
    /// ```
    pub fn normalize(&self, text: &str) -> String {
        let chars = self.map_chars(text);
        let quoted = if self.quotes {
            match pair_quotes(&chars) {
                Cow::Owned(q) => Some(q),
                Cow::Borrowed(_) => None,
            }
        } else {
            None
        };
        match quoted {
            // The buffer of the first pass is free once the quotes are
            // paired: the spacing pass writes into it, so the peak holds two
            // buffers, not three, and one less is touched page by page.
            Some(quoted) => {
                let spare = match chars {
                    Cow::Owned(mut s) => {
                        s.clear();
                        s
                    }
                    Cow::Borrowed(_) => String::new(),
                };
                self.finish(Cow::Owned(quoted), spare)
            }
            None => self.finish(chars, String::new()),
        }
    }

    /// The spacing pass over `text`, written into `spare` (empty), or `text`
    /// itself when no spacing rule is on.
    fn finish(&self, text: Cow<'_, str>, mut spare: String) -> String {
        if self.spacing_rules() {
            self.space(&text, &mut spare);
            spare
        } else {
            text.into_owned()
        }
    }

    fn spacing_rules(&self) -> bool {
        self.zwnj
            || self.affixes
            || self.punctuation_spacing
            || self.spaces
            || self.digit_spacing
            || self.lexical_rules()
            || self.bracket_spacing
            || self.compounds
    }

    /// Whether a rule looks at whole words written glued.
    fn lexical_rules(&self) -> bool {
        self.verb_prefixes || self.glued_suffixes
    }

    fn char_rules(&self) -> bool {
        self.letters
            || self.presentation_forms
            || self.kashida
            || self.diacritics
            || self.direction_marks
            || self.digits.is_some()
            || self.persian_punctuation
            || self.repeated_letters
    }
}

/// Chars the rules may remove or that stand between words: spaces, ZWNJ,
/// marks, kashida and diacritics.
pub(super) fn is_ignorable(c: char) -> bool {
    text::is_horizontal_space(c) || matches!(c, ZWNJ | ZWJ | SOFT_HYPHEN) || vanishing_mark(c)
}

pub(super) fn is_digit(c: char) -> bool {
    text::digit_value(c).is_some()
}

pub(super) fn is_letter(c: char) -> bool {
    // The Arabic-block letters first: all alphabetic, and cheaper to test
    // than the Unicode table.
    text::is_arabic_letter(c) || c.is_alphabetic()
}

/// Whether a soft hyphen after `prev` stands for a ZWNJ: after a Persian
/// letter (or one of its presentation forms), not in Latin text.
pub(super) fn soft_hyphen_joins(prev: char) -> bool {
    text::is_arabic_letter(prev) || prev >= '\u{FB50}' && prev.is_alphabetic()
}

/// Whether a zero-width joiner after `prev`, with `after` following it,
/// stays (the ZWNJ rule). One stays only after a letter and before what is
/// neither a letter nor a ZWNJ (past other joiners and the marks the rules may
/// drop): it asks for the joining form of an abbreviation ("ه\u{200D}.").
/// Beside a ZWNJ the ZWNJ is meant, between two letters, which join anyway, it
/// says nothing, and a run of them is one. The look ahead is bounded (eight
/// chars; undecided means dropped) so that a long run stays linear.
pub(super) fn zwj_stays(prev: Option<char>, after: &str) -> bool {
    if !prev.is_some_and(is_letter) {
        return false;
    }
    let next = after
        .chars()
        .take(8)
        .find(|&c| !(c == ZWJ || vanishing_mark(c)));
    next.is_some_and(|c| !is_letter(c) && c != ZWNJ && c != SOFT_HYPHEN)
        || next.is_none() && after.chars().nth(8).is_none()
}

/// Diacritics, kashida and direction marks: what the rules may remove from
/// between two letters.
pub(super) fn vanishing_mark(c: char) -> bool {
    text::is_dropped_mark(c) || chars::is_direction_mark(c)
}

/// A set of bytes `lo..=hi` as bits of a u64, one for each value of the low
/// six bits: for ASCII within one 64-byte half, or for the second bytes of
/// two-byte chars (0x80..=0xBF).
pub(super) const fn bits(lo: u8, hi: u8) -> u64 {
    let mut m = 0u64;
    let mut b = lo;
    while b <= hi {
        m |= 1 << (b & 0x3F);
        b += 1;
    }
    m
}

/// The room the spacing pass reserves for a text of `len` bytes: a little
/// more than the text, for the ZWNJ and spaces it may add.
pub(super) const fn spacing_capacity(len: usize) -> usize {
    len + len / 16
}

/// Normalizes `text` with the standard pipeline ([`Normalizer::new`]).
///
/// # Example
///
/// ```
/// assert_eq!(parsi::normalize("مي روم"), "می‌روم");
/// assert_eq!(parsi::normalize("نمی خواهم"), "نمی‌خواهم");
/// assert_eq!(parsi::normalize("بزرگ تر"), "بزرگ‌تر");
/// assert_eq!(parsi::normalize("« سلام »"), "«سلام»");
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`.
pub fn normalize(text: &str) -> String {
    Normalizer::new().normalize(text)
}
