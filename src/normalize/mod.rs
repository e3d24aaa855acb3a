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

mod presentation;

use std::borrow::Cow;

use crate::digits::{self, Script};
use presentation::PRESENTATION_FORMS;

const ZWNJ: char = '\u{200C}';
/// The zero-width joiner.
const ZWJ: char = '\u{200D}';
/// Written by some editors where a ZWNJ belongs; read as one by the ZWNJ rule.
const SOFT_HYPHEN: char = '\u{00AD}';

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
/// | spacing around punctuation, inside « » and brackets | [`punctuation_spacing`](Normalizer::punctuation_spacing) | on |
/// | runs of spaces collapsed, lines trimmed | [`spaces`](Normalizer::spaces) | on |
/// | digits unified to one script | [`digits`](Normalizer::digits) | off |
/// | Latin , ; ? → ، ؛ ؟ next to Persian letters | [`persian_punctuation`](Normalizer::persian_punctuation) | off |
/// | a space between digits and a Persian word glued to them (۹متر → ۹ متر) | [`digit_spacing`](Normalizer::digit_spacing) | off |
/// | letters repeated three or more times shortened to one | [`repeated_letters`](Normalizer::repeated_letters) | off |
///
/// ```
/// use parsi::{digits::Script, Normalizer};
///
/// static N: Normalizer = Normalizer::new().digits(Some(Script::Persian)).digit_spacing(true);
/// assert_eq!(N.normalize("قیمت 9متر"), "قیمت ۹ متر");
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
    punctuation_spacing: bool,
    spaces: bool,
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
    /// The standard pipeline: every rule on except digit unification, Latin
    /// punctuation, digit spacing and repeated letters.
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
            punctuation_spacing: true,
            spaces: true,
            digits: None,
            persian_punctuation: false,
            digit_spacing: false,
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
            punctuation_spacing: false,
            spaces: false,
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
        /// No space before ، ؛ ؟ . ! : and closing brackets, one space after
        /// them before a word, none just inside « » and brackets.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().punctuation_spacing(true).normalize("سلام ،دنیا"), "سلام، دنیا");
        /// ```
        punctuation_spacing;
        /// Runs of spaces and tabs collapsed to one space; spaces at the start
        /// and end of lines removed.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().spaces(true).normalize("  یک   دو  "), "یک دو");
        /// ```
        spaces;
        /// Latin , ; ? next to Persian letters → ، ؛ ؟ (never between digits).
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().persian_punctuation(true).normalize("چرا?"), "چرا؟");
        /// ```
        persian_punctuation;
        /// A space between digits and a Persian word glued to them ("۹متر" →
        /// "۹ متر", "تعداد61" → "تعداد 61"); ordinal suffixes ("۲۱ام") stay.
        ///
        /// ```
        /// assert_eq!(parsi::Normalizer::none().digit_spacing(true).normalize("117کودک"), "117 کودک");
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
        self.zwnj || self.affixes || self.punctuation_spacing || self.spaces || self.digit_spacing
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

    /// The per-character rules, in one pass that copies untouched runs.
    fn map_chars<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if !self.char_rules() {
            return Cow::Borrowed(text);
        }
        let bytes = text.as_bytes();
        let plain = self.plain_table();
        let mut out = String::new();
        let mut copied = 0;
        let mut i = 0;
        let mut last: Option<char> = None;
        let mut run = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            // Fast path: ASCII letters and spaces, and Persian letters that
            // need nothing, pass through untouched.
            if !self.repeated_letters {
                // The table answers for ASCII and the Arabic block; the few
                // other plain chars (« » NBSP ZWNJ ZWJ) ask byte_is_plain.
                let lead = b.wrapping_sub(0xD8) as usize;
                if b < 0x80 {
                    if plain.ascii[(b >> 6) as usize] >> (b & 0x3F) & 1 != 0 {
                        i += 1;
                        continue;
                    }
                } else if lead < 4 {
                    if plain.arabic[lead] >> (bytes[i + 1] & 0x3F) & 1 != 0 {
                        i += 2;
                        continue;
                    }
                } else if self.byte_is_plain(bytes, i) {
                    i += if b >= 0xE0 { 3 } else { 2 };
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            if out.capacity() == 0 {
                // Room for the spacing pass too, which reuses this buffer.
                out.reserve(spacing_capacity(text.len()) + 16);
            }
            out.push_str(&text[copied..i]);
            if copied < i && self.repeated_letters {
                last = text[copied..i].chars().next_back();
                run = 1;
            }
            self.push_mapped(c, text, i, &mut out, &mut last, &mut run);
            i += len;
            copied = i;
        }
        if copied == 0 && out.capacity() == 0 {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[copied..]);
        Cow::Owned(out)
    }

    /// [`Normalizer::byte_is_plain`] as bit tables for ASCII and for the
    /// two-byte chars of the Arabic block (lead bytes D8..=DB, a bit for the
    /// low six bits of the second byte). A unit test checks the two agree.
    fn plain_table(&self) -> PlainTable {
        let digits_kept = |script| self.digits.is_none() || self.digits == Some(script);
        let mut ascii = [u64::MAX, u64::MAX];
        if !digits_kept(Script::Ascii) {
            ascii[0] &= !bits(b'0', b'9');
        }
        if self.persian_punctuation {
            ascii[0] &= !(bits(b',', b',') | bits(b';', b';') | bits(b'?', b'?'));
        }
        // U+0600..U+063F: ، ؛ ؟ and the letters ء..غ (ة folded with letters).
        let mut d8 = bits(0x8C, 0x8C) | bits(0x9B, 0x9B) | bits(0x9F, 0x9F) | bits(0xA1, 0xBA);
        if self.letters {
            d8 &= !bits(0xA9, 0xA9);
        }
        // U+0640..U+067F
        let mut d9 = bits(0x81, 0x82) | bits(0x84, 0x88) | bits(0xBE, 0xBE);
        if !self.kashida {
            d9 |= bits(0x80, 0x80);
        }
        if !self.letters {
            d9 |= bits(0x83, 0x83) | bits(0x89, 0x8A);
        }
        if !self.diacritics {
            d9 |= bits(0x8B, 0x9F) | bits(0xB0, 0xB0);
        }
        if digits_kept(Script::ArabicIndic) {
            d9 |= bits(0xA0, 0xA9);
        }
        // U+0680..U+06BF: پ چ ژ ک گ
        let da = bits(0x86, 0x86) | bits(0x98, 0x98) | bits(0xA9, 0xA9) | bits(0xAF, 0xAF);
        // U+06C0..U+06FF: ی and the Persian digits
        let mut db = bits(0x8C, 0x8C);
        if digits_kept(Script::Persian) {
            db |= bits(0xB0, 0xB9);
        }
        PlainTable {
            ascii,
            arabic: [d8, d9, da, db],
        }
    }

    /// Whether the byte at `i` starts a char no char rule touches.
    #[inline(always)]
    fn byte_is_plain(&self, bytes: &[u8], i: usize) -> bool {
        let b = bytes[i];
        if b < 0x80 {
            return match b {
                b'0'..=b'9' => self.digits.is_none() || self.digits == Some(Script::Ascii),
                b',' | b';' | b'?' => !self.persian_punctuation,
                _ => true,
            };
        }
        let Some(&b2) = bytes.get(i + 1) else {
            return false;
        };
        match b {
            // « » and the no-break space
            0xC2 => matches!(b2, 0xAB | 0xBB | 0xA0),
            // ZWNJ (E2 80 8C), and ZWJ (E2 80 8D) unless the ZWNJ rule
            // decides it; not the direction marks
            0xE2 => {
                b2 == 0x80
                    && match bytes.get(i + 2) {
                        Some(0x8C) => true,
                        Some(0x8D) => !self.zwnj,
                        _ => false,
                    }
            }
            // ، ؛ ؟
            0xD8 if matches!(b2, 0x8C | 0x9B | 0x9F) => true,
            // U+0600..U+063F: letters from ء to غ are plain.
            // (ة, U+0629, is folded to ه.)
            0xD8 => (0xA1..=0xBA).contains(&b2) && (b2 != 0xA9 || !self.letters),
            // U+0640..U+067F
            0xD9 => match b2 {
                0x80 => !self.kashida,
                0x81 | 0x82 | 0x84..=0x88 => true,
                0x83 | 0x89 | 0x8A => !self.letters,
                0x8B..=0x9F | 0xB0 => !self.diacritics,
                0xA0..=0xA9 => self.digits.is_none() || self.digits == Some(Script::ArabicIndic),
                0xBE => true,
                _ => false,
            },
            // U+0680..U+06BF: پ چ ژ ک گ and friends
            0xDA => matches!(b2, 0x86 | 0x98 | 0xA9 | 0xAF),
            // U+06C0..U+06FF
            0xDB => match b2 {
                0x8C => true,
                0xB0..=0xB9 => self.digits.is_none() || self.digits == Some(Script::Persian),
                _ => false,
            },
            _ => false,
        }
    }

    fn push_mapped(
        &self,
        c: char,
        text: &str,
        at: usize,
        out: &mut String,
        last: &mut Option<char>,
        run: &mut usize,
    ) {
        if self.presentation_forms && c >= '\u{FB50}' {
            for d in expansion(c) {
                self.push_one(d, text, at, out, last, run);
            }
            return;
        }
        self.push_one(c, text, at, out, last, run);
    }

    fn push_one(
        &self,
        c: char,
        text: &str,
        at: usize,
        out: &mut String,
        last: &mut Option<char>,
        run: &mut usize,
    ) {
        let c = match c {
            // Between two digits a kashida is a dash ("6ــ1", verses one to
            // six), not a stretched letter: kept, so the numbers stay apart.
            '\u{0640}' if self.kashida => {
                if kashida_between_digits(text, at) {
                    c
                } else {
                    return;
                }
            }
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' if self.diacritics => {
                return
            }
            // Some editors write a left-to-right or right-to-left mark where a
            // ZWNJ belongs ("می\u{200E}شود"): between two Persian letters it
            // becomes one, so that the word is not run together.
            '\u{200E}' | '\u{200F}' if self.direction_marks => {
                if direction_mark_joins(text, at) {
                    ZWNJ
                } else {
                    return;
                }
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
                if self.direction_marks =>
            {
                return
            }
            // Decided here too, not only in the spacing pass, so that the
            // rule for repeated letters sees the letters it joins.
            ZWJ if self.zwnj => {
                if zwj_stays(out.chars().next_back(), &text[at + 3..]) {
                    ZWJ
                } else {
                    return;
                }
            }
            // Here too, not only in the spacing pass, so that the rule for
            // repeated letters sees the letters it joins ("ss\u{AD}s").
            SOFT_HYPHEN if self.zwnj => {
                // After a Persian letter in the text (past a few marks and
                // kashida, which this pass may drop; a bounded look back keeps
                // a long run of them linear) a ZWNJ; elsewhere nothing.
                let prev = text[..at].chars().rev().take(8).find(|&p| !is_ignorable(p));
                if prev.is_some_and(soft_hyphen_joins) {
                    ZWNJ
                } else {
                    return;
                }
            }
            _ if self.letters => fold_letter(c),
            _ => c,
        };
        let c = match (self.digits, digits::value(c)) {
            (Some(script), Some(d)) => script.digit(d),
            _ => c,
        };
        let c = if self.persian_punctuation {
            let before = out.chars().rev().find(|&c| !is_ignorable(c));
            latin_to_persian_punct(c, text, at, before)
        } else {
            c
        };
        if self.repeated_letters && c.is_alphabetic() && *last == Some(c) {
            *run += 1;
            if *run >= 3 {
                // A third repeat: keep only the first of the run.
                if *run == 3 {
                    // Remove the second copy already written.
                    out.pop();
                }
                return;
            }
        } else {
            *run = 1;
        }
        *last = Some(c);
        out.push(c);
    }

    /// Spacing, ZWNJ and affix rules, in one pass over chars.
    fn space(&self, text: &str, out: &mut String) {
        out.reserve(spacing_capacity(text.len()));
        // Start of the whitespace run not yet written.
        let mut ws: Option<usize> = None;
        let mut pending_zwnj = false;
        let mut space_after = false;
        let bytes = text.as_bytes();
        // Where the next char starts; every path through the loop moves it.
        let mut pos = 0;
        while pos < bytes.len() {
            let i = pos;
            // Fast path: a run of Arabic-block letters with nothing pending
            // is copied as it is.
            if ws.is_none() && !pending_zwnj && !space_after && is_fast_letter(bytes, i) {
                let prev_digit =
                    self.digit_spacing && out.chars().next_back().is_some_and(is_digit);
                if !prev_digit {
                    let mut end = i + 2;
                    while end + 1 < bytes.len() && is_fast_letter(bytes, end) {
                        end += 2;
                    }
                    out.push_str(&text[i..end]);
                    pos = end;
                    continue;
                }
            }
            // Fast path: one space between two such letters, where no affix
            // can join (see may_join), stays one space.
            if bytes[i] == b' '
                && ws.is_none()
                && !pending_zwnj
                && !space_after
                && i + 2 < bytes.len()
                && is_fast_letter(bytes, i + 1)
                && ends_with_fast_letter(out)
                && !(self.affixes && may_join(out, &text[i + 1..]))
            {
                out.push(' ');
                pos = i + 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            pos = i + c.len_utf8();
            if is_hspace(c) {
                ws.get_or_insert(i);
                continue;
            }
            if c == ZWNJ && self.zwnj {
                pending_zwnj = true;
                continue;
            }
            if c == ZWJ && self.zwnj {
                // As in the char pass; a ZWNJ or space before it counts
                // though not written yet.
                let prev = out.chars().next_back();
                if pending_zwnj || ws.is_some() || !zwj_stays(prev, &text[pos..]) {
                    continue;
                }
            }
            if c == SOFT_HYPHEN && self.zwnj {
                // A ZWNJ after a Persian letter; elsewhere (a hyphenation
                // point in Latin text) dropped.
                if ws.is_none() && out.chars().next_back().is_some_and(soft_hyphen_joins) {
                    pending_zwnj = true;
                }
                continue;
            }
            if c == '\n' || c == '\r' {
                if let Some(s) = ws.take() {
                    if !self.spaces {
                        self.push_run(&text[s..i], out);
                    }
                }
                if self.spaces {
                    trim_end_spaces(out);
                }
                pending_zwnj = false;
                space_after = false;
                out.push(c);
                continue;
            }
            let next = text[pos..].chars().next();
            let prev = out.chars().next_back();
            let decimal = matches!(c, '.' | ':' | '/' | '٫' | '٬' | ',' | '،')
                && prev.is_some_and(is_digit)
                && next.is_some_and(is_digit)
                && ws.is_none();
            let closing = self.punctuation_spacing && !decimal && is_closing(c, prev);
            if let Some(s) = ws.take() {
                // What stood between the previous char and this one was space.
                let run = &text[s..i];
                let line_start = prev.is_none_or(|p| p == '\n' || p == '\r');
                if line_start || closing {
                    if line_start && !self.spaces {
                        self.push_run(run, out);
                    }
                } else if self.punctuation_spacing && prev.is_some_and(is_opening) {
                    // none just inside « and brackets
                } else if self.affixes && joins_affix(out, text, i) {
                    out.push(ZWNJ);
                } else if self.spaces {
                    out.push(' ');
                } else {
                    self.push_run(run, out);
                }
            } else if pending_zwnj && prev.is_some_and(is_letter) && is_letter(c) {
                // Kept only between two letters.
                out.push(ZWNJ);
            } else if space_after && !closing && (is_letter(c) || c == '«' || c == '(')
                || self.digit_spacing && glued_digit(prev, c, text, i)
            {
                out.push(' ');
            }
            pending_zwnj = false;
            space_after = false;
            out.push(c);
            if self.punctuation_spacing && !decimal && is_spaced_after(c, prev) {
                space_after = true;
            }
        }
        if let Some(s) = ws {
            if !self.spaces {
                self.push_run(&text[s..], out);
            }
        }
        if self.spaces {
            trim_end_spaces(out);
        }
    }
}

impl Normalizer {
    /// Writes a run of whitespace kept as it is (ZWNJ in it dropped when the
    /// ZWNJ rule is on: a ZWNJ next to a space is removed).
    fn push_run(&self, run: &str, out: &mut String) {
        if self.zwnj {
            out.extend(run.chars().filter(|&c| c != ZWNJ && c != SOFT_HYPHEN));
        } else {
            out.push_str(run);
        }
    }
}

/// A set of bytes `lo..=hi` as bits of a u64, one for each value of the low
/// six bits: for ASCII within one 64-byte half, or for the second bytes of
/// two-byte chars (0x80..=0xBF).
const fn bits(lo: u8, hi: u8) -> u64 {
    let mut m = 0u64;
    let mut b = lo;
    while b <= hi {
        m |= 1 << (b & 0x3F);
        b += 1;
    }
    m
}

/// Which chars no char rule touches, as bits; see [`Normalizer::plain_table`].
struct PlainTable {
    ascii: [u64; 2],
    arabic: [u64; 4],
}

/// Whether the bytes at `i` are a Persian letter from U+0621 to U+064A or
/// پ چ ژ ک گ ی: letters no spacing rule looks at.
#[inline(always)]
fn is_fast_letter(bytes: &[u8], i: usize) -> bool {
    // For lead bytes D8..=DB, a bit for each second byte (see `bits`).
    const MASKS: [u64; 4] = [
        bits(0xA1, 0xBA),
        bits(0x81, 0x8A),
        bits(0x86, 0x86) | bits(0x98, 0x98) | bits(0xA9, 0xA9) | bits(0xAF, 0xAF),
        bits(0x8C, 0x8C),
    ];
    let lead = bytes[i].wrapping_sub(0xD8) as usize;
    match bytes.get(i + 1) {
        Some(&b) if lead < 4 => MASKS[lead] >> (b & 0x3F) & 1 != 0,
        _ => false,
    }
}

/// Whether `out` ends with a letter [`is_fast_letter`] takes.
#[inline(always)]
fn ends_with_fast_letter(out: &str) -> bool {
    let b = out.as_bytes();
    b.len() >= 2 && is_fast_letter(b, b.len() - 2)
}

/// Chars the rules may remove or that stand between words: spaces, ZWNJ,
/// marks, kashida and diacritics.
fn is_ignorable(c: char) -> bool {
    is_hspace(c) || matches!(c, ZWNJ | ZWJ | SOFT_HYPHEN) || vanishing_mark(c)
}

fn is_hspace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}'
    )
}

fn is_digit(c: char) -> bool {
    digits::value(c).is_some()
}

fn is_letter(c: char) -> bool {
    // The Arabic-block letters first: all alphabetic, and cheaper to test
    // than the Unicode table.
    is_persian_letter(c) || c.is_alphabetic()
}

/// Letters of the Arabic block (alphabetic, so the ZWNJ rule keeps a ZWNJ
/// between two of them); not its signs such as U+06FD and U+06FE.
fn is_persian_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
    )
}

fn is_opening(c: char) -> bool {
    matches!(c, '«' | '(' | '[' | '{')
}

/// Punctuation that takes no space before it.
fn is_closing(c: char, prev: Option<char>) -> bool {
    match c {
        '،' | '؛' | '؟' | '»' | ')' | ']' | '}' => true,
        '.' | '!' | ':' => prev.is_some_and(is_persian_letter),
        _ => false,
    }
}

/// Punctuation that takes one space after it before a word.
fn is_spaced_after(c: char, prev: Option<char>) -> bool {
    match c {
        '،' | '؛' | '؟' => true,
        '.' | '!' | ':' => prev.is_some_and(|p| is_persian_letter(p) || p == '»' || p == ')'),
        _ => false,
    }
}

fn trim_end_spaces(out: &mut String) {
    while out.ends_with(is_hspace) {
        out.pop();
    }
}

/// Prefixes joined to the word after them.
const PREFIXES: [&str; 2] = ["می", "نمی"];
/// Suffixes joined to the word before them.
const SUFFIXES: [&str; 13] = [
    "هایشان",
    "هایتان",
    "هایمان",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "ترین",
    "های",
    "ها",
    "تر",
    "گری",
    "گر",
];
/// Endings joined to a word that ends in ه: the verb endings and pronouns
/// ("بوده اند" → "بوده‌اند", "خانه ام" → "خانه‌ام"), the indefinite ای
/// ("حرفه ای" → "حرفه‌ای") and the ezafe ی ("خانه ی" → "خانه‌ی").
const AFTER_HEH: [&str; 8] = ["ام", "ایم", "اید", "اند", "اش", "ات", "ای", "ی"];
/// Short words ending in ه that take none of those endings ("که ای کاش").
const NOT_BEFORE_ENDINGS: [&str; 4] = ["که", "نه", "به", "چه"];

/// A cheap test that a space between `out` and `rest` might become a ZWNJ:
/// "می" before it, or a word after it that starts like a suffix (after a
/// word ending in ه, also the endings of [`AFTER_HEH`]).
#[inline]
fn may_join(out: &str, rest: &str) -> bool {
    out.ends_with("می")
        || rest.starts_with(['ه', 'ت', 'گ'])
        || out.ends_with('ه') && rest.starts_with(['ا', 'ی'])
}

/// Whether the space between `out` and `text[i..]` should be a ZWNJ.
fn joins_affix(out: &str, text: &str, i: usize) -> bool {
    if !may_join(out, &text[i..]) {
        return false;
    }
    let prev_word_start = out
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_persian_letter(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let prev_word = &out[prev_word_start..];
    let rest = &text[i..];
    let next_word_len = rest
        .char_indices()
        .find(|&(_, c)| !is_persian_letter(c))
        .map_or(rest.len(), |(k, _)| k);
    let next_word = &rest[..next_word_len];
    if prev_word.is_empty() || next_word.is_empty() {
        return false;
    }
    // The previous word must stand alone (not be the tail of a ZWNJ compound).
    let prefix_alone = !out[..prev_word_start].ends_with(ZWNJ);
    if prefix_alone && PREFIXES.contains(&prev_word) {
        return true;
    }
    // A suffix must end its word: "ها" yes, "هاشم" no.
    let next_is_whole = !rest[next_word_len..]
        .trim_start_matches(ZWNJ)
        .starts_with(is_letter)
        || !rest[next_word_len..].starts_with(ZWNJ);
    if !next_is_whole || prev_word.chars().count() < 2 {
        return false;
    }
    SUFFIXES.contains(&next_word)
        || prev_word.ends_with('ه')
            && AFTER_HEH.contains(&next_word)
            && !NOT_BEFORE_ENDINGS.contains(&prev_word)
}

/// Whether a digit and a Persian letter meet with nothing between them
/// (ordinal suffixes excepted).
fn glued_digit(prev: Option<char>, c: char, text: &str, i: usize) -> bool {
    let Some(p) = prev else { return false };
    if is_digit(p) && is_persian_letter(c) {
        let rest = &text[i..];
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !is_persian_letter(c))
            .map_or(rest.len(), |(k, _)| k);
        return !matches!(&rest[..word_len], "م" | "ام" | "مین" | "امین");
    }
    is_persian_letter(p) && is_digit(c)
}

/// Whether a soft hyphen after `prev` stands for a ZWNJ: after a Persian
/// letter (or one of its presentation forms), not in Latin text.
fn soft_hyphen_joins(prev: char) -> bool {
    is_persian_letter(prev) || prev >= '\u{FB50}' && prev.is_alphabetic()
}

/// Whether the kashida written by the char at `at` (a kashida, or a
/// presentation form that expands to one) stands between two digits, past
/// the kashidas next to it (a bounded look each way keeps a long run linear).
fn kashida_between_digits(text: &str, at: usize) -> bool {
    let not_kashida = |&c: &char| c != '\u{0640}';
    let mut rest = text[at..].chars();
    rest.next();
    let before = text[..at].chars().rev().take(8).find(not_kashida);
    let after = rest.take(8).find(not_kashida);
    before.is_some_and(is_digit) && after.is_some_and(is_digit)
}

/// Whether a zero-width joiner after `prev`, with `after` following it,
/// stays (the ZWNJ rule). One stays only after a letter and before what is
/// neither a letter nor a ZWNJ (past other joiners and the marks the rules may
/// drop): it asks for the joining form of an abbreviation ("ه\u{200D}.").
/// Beside a ZWNJ the ZWNJ is meant, between two letters, which join anyway, it
/// says nothing, and a run of them is one. The look ahead is bounded (eight
/// chars; undecided means dropped) so that a long run stays linear.
fn zwj_stays(prev: Option<char>, after: &str) -> bool {
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
fn vanishing_mark(c: char) -> bool {
    crate::number::is_dropped_mark(c) || is_direction_mark(c)
}

/// The direction marks and the byte-order mark (the direction-mark rule).
fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Whether the direction mark (U+200E or U+200F, three bytes) at `at` stands
/// for a ZWNJ: a Persian letter on each side, past a few diacritics, kashida
/// and other direction marks (a bounded look each way keeps a long run of
/// them linear). Next to a space or in Latin text it is only a mark.
fn direction_mark_joins(text: &str, at: usize) -> bool {
    let skipped = |c: char| c == ZWJ || vanishing_mark(c);
    let letter = |c: Option<char>| c.is_some_and(soft_hyphen_joins);
    let before = text[..at].chars().rev().take(8).find(|&c| !skipped(c));
    let after = text
        .get(at + 3..)
        .and_then(|t| t.chars().take(8).find(|&c| !skipped(c)));
    letter(before) && letter(after)
}

/// The room the spacing pass reserves for a text of `len` bytes: a little
/// more than the text, for the ZWNJ and spaces it may add.
const fn spacing_capacity(len: usize) -> usize {
    len + len / 16
}

/// Pairs double quotes into « ». Curly quotes pair by their direction;
/// straight quotes pair in order within a line, and an odd one out stays.
///
/// Works on bytes: only the lines that hold a quote are looked at, and those
/// only at their quotes.
fn pair_quotes(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let Some(mut q) = next_quote(b, 0) else {
        return Cow::Borrowed(text);
    };
    // A straight quote (one byte) becomes « or » (two); curly ones shrink.
    let straight = b[q..].iter().filter(|&&c| c == b'"').count();
    let mut out = String::with_capacity(text.len() + straight);
    let mut copied = 0;
    loop {
        // The line around the quote at `q`.
        let start = b[..q]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |k| k + 1);
        let end = b[q..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |k| q + k);
        let straight = b[start..end].iter().filter(|&&c| c == b'"').count();
        let paired = straight - straight % 2;
        let mut seen = 0;
        while q < end {
            let (to, len) = match b[q] {
                b'"' if seen < paired => {
                    seen += 1;
                    (if seen % 2 == 1 { '«' } else { '»' }, 1)
                }
                b'"' => ('"', 1),
                // E2 80 9C is “ and E2 80 9D is ” (next_quote checked).
                _ if b[q + 2] == 0x9C => ('«', 3),
                _ => ('»', 3),
            };
            out.push_str(&text[copied..q]);
            out.push(to);
            copied = q + len;
            match next_quote(b, copied) {
                Some(n) => q = n,
                None => {
                    out.push_str(&text[copied..]);
                    return Cow::Owned(out);
                }
            }
        }
    }
}

/// Where the next double quote (`"`, `“` or `”`) at or after `from` starts.
fn next_quote(b: &[u8], from: usize) -> Option<usize> {
    let is_quote = |k: usize| match b[k] {
        b'"' => true,
        0xE2 => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x9C | 0x9D)),
        _ => false,
    };
    // Sixteen bytes tested at once for a candidate; E2 also starts ZWNJ, so
    // a candidate is checked.
    let mut i = from;
    while let Some(c) = b.get(i..i + 16) {
        let mut hit = false;
        for &x in c {
            hit |= (x == b'"') | (x == 0xE2);
        }
        if hit {
            if let Some(k) = (i..i + 16).find(|&k| is_quote(k)) {
                return Some(k);
            }
        }
        i += 16;
    }
    (i..b.len()).find(|&k| is_quote(k))
}

/// The chars a presentation form stands for, or `c` itself.
fn expansion(c: char) -> impl Iterator<Item = char> {
    let table = match PRESENTATION_FORMS.binary_search_by(|&(p, _)| p.cmp(&c)) {
        Ok(k) => PRESENTATION_FORMS[k].1,
        Err(_) => "",
    };
    let own = table.is_empty().then_some(c);
    table.chars().chain(own)
}

/// Letter variants folded to the Persian letter a reader expects.
pub(crate) fn fold_letter(c: char) -> char {
    match c {
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' | 'ے' | 'ۓ' | 'ٸ' => 'ی',
        'ك' | 'ڪ' | 'ػ' | 'ؼ' | 'ڬ' | 'ڭ' | 'ڮ' => 'ک',
        'ە' | 'ھ' | 'ہ' | 'ة' | 'ۃ' | 'ۂ' => 'ه',
        'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => 'ا',
        'ۆ' | 'ۇ' | 'ۈ' | 'ۉ' | 'ۊ' | 'ۋ' | 'ٶ' | 'ٷ' => 'و',
        _ => c,
    }
}

fn latin_to_persian_punct(c: char, text: &str, at: usize, last: Option<char>) -> char {
    let to = match c {
        ',' => '،',
        ';' => '؛',
        '?' => '؟',
        _ => return c,
    };
    let before = last.is_some_and(is_persian_letter);
    // The next char that survives normalization: presentation forms count by
    // their first lasting letter, and vanish if they expand to marks only.
    let after = text[at + 1..]
        .chars()
        .flat_map(expansion)
        .find(|&c| !is_ignorable(c))
        .is_some_and(|c| is_persian_letter(fold_letter(c)));
    let between_digits =
        last.is_some_and(is_digit) && text[at + 1..].chars().next().is_some_and(is_digit);
    if (before || after) && !between_digits {
        to
    } else {
        c
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_table_agrees_with_byte_is_plain() {
        let scripts = [
            None,
            Some(Script::Persian),
            Some(Script::ArabicIndic),
            Some(Script::Ascii),
        ];
        for bits in 0..16u32 {
            for digits in scripts {
                let n = Normalizer::new()
                    .letters(bits & 1 != 0)
                    .kashida(bits & 2 != 0)
                    .diacritics(bits & 4 != 0)
                    .persian_punctuation(bits & 8 != 0)
                    .digits(digits);
                let t = n.plain_table();
                for b in 0..0x80u8 {
                    let table = t.ascii[(b >> 6) as usize] >> (b & 0x3F) & 1 != 0;
                    assert_eq!(table, n.byte_is_plain(&[b], 0), "{b:#x} {bits} {digits:?}");
                }
                for lead in 0xD8..=0xDBu8 {
                    for second in 0x80..=0xBFu8 {
                        let table = t.arabic[(lead - 0xD8) as usize] >> (second & 0x3F) & 1 != 0;
                        let pair = [lead, second];
                        assert_eq!(
                            table,
                            n.byte_is_plain(&pair, 0),
                            "{lead:#x} {second:#x} {bits} {digits:?}"
                        );
                    }
                }
            }
        }
    }
}
