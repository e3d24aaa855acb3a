//! The spacing pass of the normalizer: spaces, ZWNJ, affixes, punctuation
//! and digits glued to words, in one pass over chars.

use super::lexical::{
    is_comparative_base, is_compound, may_have_suffix_run, may_join_compound, may_split,
    may_split_pieces, suffix_start, verb_prefix_end, VerbTrigger,
};
use super::{
    bits, is_digit, is_ignorable, is_letter, soft_hyphen_joins, spacing_capacity, vanishing_mark,
    zwj_stays, Normalizer,
};
use crate::text::{self, PLURAL_ENDINGS, SOFT_HYPHEN, VERB_PREFIXES, ZWJ, ZWNJ};

/// ZWNJ in UTF-8.
const ZWNJ_BYTES: &[u8] = "\u{200C}".as_bytes();

/// What the spacing pass holds back between chars.
#[derive(Debug, Default)]
struct Pending {
    /// Start of the whitespace run not yet written.
    ws: Option<usize>,
    /// A ZWNJ (or a soft hyphen read as one) not yet written.
    zwnj: bool,
    /// What came last asks for a space before what comes next.
    after: After,
}

/// What the last visible char asks of the next one.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum After {
    #[default]
    Nothing,
    /// Punctuation that takes a space after it before a word (، ؛ ؟).
    Space,
    /// ASCII punctuation that does (. ! :), except in a code-like span.
    SpaceUnlessCode,
    /// A closing bracket or »: a space before a Persian letter.
    Bracket,
    /// A digit, with the digit spacing rule on: a Persian letter next may
    /// take a space (so the fast path, which writes letters, stays away).
    Digit,
}

impl Normalizer {
    /// Spacing, ZWNJ and affix rules, in one pass over chars.
    pub(super) fn space(&self, text: &str, out: &mut String) {
        out.reserve(spacing_capacity(text.len()));
        let mut p = Pending::default();
        let bytes = text.as_bytes();
        let mut verbs = VerbTrigger::new(bytes, self.verb_prefixes);
        // Where the next char starts; every path through the loop moves it.
        let mut pos = 0;
        while pos < bytes.len() {
            let i = pos;
            if let Some(end) = self.fast_path(text, i, &p, &mut verbs, out) {
                pos = end;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            pos = i + c.len_utf8();
            if self.invisible(c, text, i, &mut p, out) {
                continue;
            }
            if c == '\n' || c == '\r' {
                if let Some(s) = p.ws.take() {
                    if !self.spaces {
                        self.push_run(&text[s..i], out);
                    }
                }
                if self.spaces {
                    trim_end_spaces(out);
                }
                p = Pending::default();
                out.push(c);
                continue;
            }
            self.visible(c, text, i, &mut p, out);
        }
        if let Some(s) = p.ws {
            if !self.spaces {
                self.push_run(&text[s..], out);
            }
        }
        if self.spaces {
            trim_end_spaces(out);
        }
    }

    /// The fast paths, when nothing is pending: a run of Arabic-block letters
    /// copied as it is, or one space between two such letters where no affix
    /// can join (see [`may_join`]). Where the copy ends.
    #[inline(always)]
    fn fast_path(
        &self,
        text: &str,
        i: usize,
        p: &Pending,
        verbs: &mut VerbTrigger<'_>,
        out: &mut String,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        if p.ws.is_some() || p.zwnj || p.after != After::Nothing {
            return None;
        }
        if is_fast_letter(bytes, i) {
            let mut end = i + 2;
            while end + 1 < bytes.len() && is_fast_letter(bytes, end) {
                end += 2;
            }
            // The lexical rules look at a word with می in or just before it,
            // or one that ends like a glued suffix.
            let hint =
                verbs.before(end) || self.glued_suffixes && may_have_suffix_run(&bytes[i..end]);
            if !(hint && self.lexical_run(text, i, end, verbs, out)) {
                out.push_str(&text[i..end]);
            }
            return Some(end);
        }
        let one_space = bytes[i] == b' '
            && i + 2 < bytes.len()
            && is_fast_letter(bytes, i + 1)
            && ends_with_fast_letter(out)
            && !(self.affixes && may_join(out, &text[i + 1..]))
            && !(self.compounds
                && may_join_compound(out.as_bytes(), &bytes[i + 1..])
                && joins_compound(out, text, i + 1));
        if one_space {
            out.push(' ');
            return Some(i + 1);
        }
        None
    }

    /// The lexical rules on a run the hint let through.
    #[inline(never)]
    fn lexical_run(
        &self,
        text: &str,
        i: usize,
        end: usize,
        verbs: &mut VerbTrigger<'_>,
        out: &mut String,
    ) -> bool {
        verbs.pass(end);
        self.may_be_glued(&text.as_bytes()[i..end], out) && self.glued_word(text, i, end, out)
    }

    /// A cheap test, on bytes, that [`glued_word`](Self::glued_word) may
    /// change the run `run` written after `out`. The common cases are
    /// decided here: the run is a whole word after ASCII that is no letter,
    /// or after one or more fast letters written already (after a space, the
    /// first letter of a word goes through `visible`), which follow such
    /// ASCII; the rest go to `glued_word`.
    #[inline(always)]
    fn may_be_glued(&self, run: &[u8], out: &str) -> bool {
        match out.as_bytes().last() {
            Some(b) if b.is_ascii_alphabetic() => false,
            None | Some(0..=0x7F) => may_split(run, self.verb_prefixes, self.glued_suffixes),
            Some(_) => self.may_be_glued_after(run, out),
        }
    }

    /// [`may_be_glued`](Self::may_be_glued) where `out` ends with a char
    /// that is not ASCII: the word may have begun before the run.
    #[inline(never)]
    fn may_be_glued_after(&self, run: &[u8], written: &str) -> bool {
        let (verbs, suffixes) = (self.verb_prefixes, self.glued_suffixes);
        let out = written.as_bytes();
        let n = out.len();
        // The fast letters at the end of `out`: the head of the word.
        let mut start = n;
        while start >= 2 && is_fast_letter(out, start - 2) {
            if n - start >= 48 {
                return false;
            }
            start -= 2;
        }
        let before = &out[..start];
        match before.last() {
            Some(b) if b.is_ascii_alphabetic() => false,
            None | Some(0..=0x7F) => may_split_pieces(&out[start..], run, verbs, suffixes),
            // A ZWNJ after a fast letter: the word goes on from before it.
            Some(0x8C)
                if before.ends_with(ZWNJ_BYTES)
                    && before.len() >= 5
                    && is_fast_letter(before, before.len() - 5) =>
            {
                false
            }
            // After a non-ASCII char that is not a fast letter (، « a digit)
            // the run is the word; after a letter or a joiner the word began
            // before it, and `glued_word` looks.
            Some(_) if start == n => {
                written
                    .chars()
                    .next_back()
                    .is_some_and(|c| word_letter(c) || c == ZWNJ || c == ZWJ)
                    || may_split(run, verbs, suffixes)
            }
            Some(_) => true,
        }
    }

    /// The lexical rules on the run of letters `text[i..end]`, with the
    /// letters of its word already written to `out`: when the whole word is
    /// a glued verb prefix or suffix, writes the run with its ZWNJ and says
    /// so. Words longer than 64 bytes are left alone.
    #[cold]
    #[inline(never)]
    fn glued_word(&self, text: &str, i: usize, end: usize, out: &mut String) -> bool {
        // The word must end here: at the end of the text, or before what is
        // neither a letter nor a ZWJ (a ZWNJ may follow: "جوانتر‌ها").
        // A joiner with no letter after it is no part of the word.
        let after = &text[end..];
        let next_letter = || {
            after
                .chars()
                .find(|&c| c != ZWNJ && c != ZWJ)
                .is_some_and(word_letter)
        };
        match after.chars().next() {
            Some(c) if word_letter(c) => return false,
            Some(ZWJ) if next_letter() => return false,
            _ => {}
        }
        // Its first letters may be written already.
        let ob = out.as_bytes();
        let mut start = ob.len();
        for (k, c) in out.char_indices().rev() {
            if !text::is_arabic_letter(c) {
                break;
            }
            if ob.len() - k > 48 {
                return false;
            }
            start = k;
        }
        // ... and it must start there, not after a letter (joiners between).
        // A mark or a direction mark is a boundary, and so is a joiner with
        // no letter before it: the rule reads a word the same with or without
        // the text around it.
        if out[..start]
            .chars()
            .rev()
            .find(|&c| c != ZWNJ && c != ZWJ)
            .is_some_and(word_letter)
        {
            return false;
        }
        let head = &ob[start..];
        let run = &text[i..end];
        let mut buf = [0u8; 64];
        if head.len() + run.len() > buf.len() {
            return false;
        }
        buf[..head.len()].copy_from_slice(head);
        buf[head.len()..head.len() + run.len()].copy_from_slice(run.as_bytes());
        let word = &buf[..head.len() + run.len()];
        if !may_split(word, self.verb_prefixes, self.glued_suffixes) {
            return false;
        }
        let split = self
            .verb_prefixes
            .then(|| verb_prefix_end(word))
            .flatten()
            .or_else(|| self.glued_suffixes.then(|| suffix_start(word)).flatten());
        let head = head.len();
        match split {
            // Splits fall between letters of the word: on char boundaries.
            Some(k) if k >= head && run.is_char_boundary(k - head) => {
                out.push_str(&run[..k - head]);
                out.push(ZWNJ);
                out.push_str(&run[k - head..]);
                true
            }
            Some(k) if k < head && out.is_char_boundary(start + k) => {
                out.insert(start + k, ZWNJ);
                out.push_str(run);
                true
            }
            _ => false,
        }
    }

    /// Spaces, ZWNJ, ZWJ and soft hyphens: held back in `p` or dropped,
    /// never written here. Whether `c` at `i` was one of them.
    #[inline(always)]
    fn invisible(&self, c: char, text: &str, i: usize, p: &mut Pending, out: &str) -> bool {
        if text::is_horizontal_space(c) {
            p.ws.get_or_insert(i);
            return true;
        }
        if !self.zwnj {
            return false;
        }
        match c {
            ZWNJ => p.zwnj = true,
            ZWJ => {
                // As in the char pass; a ZWNJ or space before it counts
                // though not written yet.
                let after = &text[i + c.len_utf8()..];
                let stays = !p.zwnj && p.ws.is_none() && zwj_stays(out.chars().next_back(), after);
                return !stays;
            }
            // A ZWNJ after a Persian letter; elsewhere (a hyphenation point
            // in Latin text) dropped.
            SOFT_HYPHEN => {
                if p.ws.is_none() && out.chars().next_back().is_some_and(soft_hyphen_joins) {
                    p.zwnj = true;
                }
            }
            _ => return false,
        }
        true
    }

    /// A visible char `c` at `i`, with what the rules put before it: the
    /// space held back (or a ZWNJ joining an affix, or nothing inside
    /// brackets), a ZWNJ between two letters, a space after punctuation or
    /// between digits and letters.
    fn visible(&self, c: char, text: &str, i: usize, p: &mut Pending, out: &mut String) {
        let next = text[i + c.len_utf8()..].chars().next();
        let prev = out.chars().next_back();
        let decimal = matches!(c, '.' | ':' | '/' | '٫' | '٬' | ',' | '،')
            && prev.is_some_and(is_digit)
            && next.is_some_and(is_digit)
            && p.ws.is_none();
        let closing = self.punctuation_spacing && !decimal && is_closing(c, prev);
        if let Some(s) = p.ws.take() {
            // What stood between the previous char and this one was space.
            let run = &text[s..i];
            let line_start = prev.is_none_or(|p| p == '\n' || p == '\r');
            if line_start || closing {
                if line_start && !self.spaces {
                    self.push_run(run, out);
                }
            } else if self.punctuation_spacing && prev.is_some_and(is_opening) {
                // none just inside « and brackets
            } else if self.affixes && joins_affix(out, text, i)
                || self.compounds
                    && may_join_compound(out.as_bytes(), &text.as_bytes()[i..])
                    && joins_compound(out, text, i)
            {
                out.push(ZWNJ);
            } else if self.spaces {
                out.push(' ');
            } else {
                self.push_run(run, out);
            }
        } else if p.zwnj && prev.is_some_and(is_letter) && is_letter(c) {
            // Kept only between two letters.
            out.push(ZWNJ);
        } else if matches!(p.after, After::Space | After::SpaceUnlessCode)
            && !closing
            && (is_letter(c) || c == '«' || c == '(')
            && !(p.after == After::SpaceUnlessCode && in_code_span(out))
            || p.after == After::Bracket && text::is_arabic_letter(c)
            || self.digit_spacing
                && (p.after == After::Digit || is_digit(c))
                && glued_digit(prev, c, text, i, out)
            || self.bracket_spacing
                && matches!(c, '(' | '[' | '{' | '«')
                && opens_after_word(prev, c, &text[i + c.len_utf8()..], out)
        {
            out.push(' ');
        }
        out.push(c);
        let after = if self.punctuation_spacing && !decimal && is_spaced_after(c, prev) {
            if c.is_ascii() {
                After::SpaceUnlessCode
            } else {
                After::Space
            }
        } else if self.bracket_spacing && matches!(c, ')' | ']' | '}' | '»') && !in_code_span(out)
        {
            After::Bracket
        } else if self.digit_spacing && is_digit(c) {
            After::Digit
        } else {
            After::Nothing
        };
        *p = Pending {
            after,
            ..Pending::default()
        };
    }

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

/// Whether the bytes at `i` are a Persian letter from U+0621 to U+064A or
/// پ چ ژ ک گ ی: letters no spacing rule looks at.
#[inline(always)]
fn is_fast_letter(bytes: &[u8], i: usize) -> bool {
    // For lead bytes D8..=DB, a bit for each second byte (see `bits`).
    const MASKS: [u64; 4] = [
        bits(0xA1, 0xBA),
        bits(0x81, 0x8A) | bits(0xBE, 0xBE),
        bits(0x86, 0x86) | bits(0x98, 0x98) | bits(0xA9, 0xA9) | bits(0xAF, 0xAF),
        bits(0x8C, 0x8C),
    ];
    let lead = bytes[i].wrapping_sub(0xD8) as usize;
    match bytes.get(i + 1) {
        Some(&b) if lead < 4 => MASKS[lead] >> (b & 0x3F) & 1 != 0,
        _ => false,
    }
}

/// A letter that continues a word for the lexical rules: not a mark, though
/// Unicode counts the Arabic vowel marks as alphabetic (a mark is a
/// boundary, so that a word reads the same with or without what is around
/// it).
fn word_letter(c: char) -> bool {
    is_letter(c) && !vanishing_mark(c)
}

/// Whether the two bytes at `k` are a letter [`text::is_arabic_letter`]
/// takes (all of them are two bytes long, lead bytes D8..DB).
#[inline(always)]
fn arabic_letter_at(b: &[u8], k: usize) -> bool {
    match (b.get(k), b.get(k + 1)) {
        (Some(&lead @ 0xD8..=0xDB), Some(&t)) => {
            let cp = (u32::from(lead) & 0x1F) << 6 | u32::from(t) & 0x3F;
            char::from_u32(cp).is_some_and(text::is_arabic_letter)
        }
        _ => false,
    }
}

/// Whether `out` ends with a letter [`is_fast_letter`] takes.
#[inline(always)]
fn ends_with_fast_letter(out: &str) -> bool {
    let b = out.as_bytes();
    b.len() >= 2 && is_fast_letter(b, b.len() - 2)
}

fn is_opening(c: char) -> bool {
    matches!(c, '«' | '(' | '[' | '{')
}

/// Punctuation that takes no space before it.
fn is_closing(c: char, prev: Option<char>) -> bool {
    match c {
        '،' | '؛' | '؟' | '»' | ')' | ']' | '}' => true,
        '.' | '!' | ':' => prev.is_some_and(text::is_arabic_letter),
        _ => false,
    }
}

/// Punctuation that takes one space after it before a word.
fn is_spaced_after(c: char, prev: Option<char>) -> bool {
    match c {
        '،' | '؛' | '؟' => true,
        '.' | '!' | ':' => prev.is_some_and(|p| text::is_arabic_letter(p) || p == '»' || p == ')'),
        _ => false,
    }
}

fn trim_end_spaces(out: &mut String) {
    while out.ends_with(text::is_horizontal_space) {
        out.pop();
    }
}

/// Whether `word` is a suffix joined to the word before it: the plural and
/// its endings, تر, ترین, گر, گری.
fn is_suffix(word: &str) -> bool {
    PLURAL_ENDINGS.contains(&word) || matches!(word, "ترین" | "تر" | "گری" | "گر")
}

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
    let rest = &text[i..];
    if !may_join(out, rest) {
        return false;
    }
    let mut next_word_len = 0;
    while arabic_letter_at(rest.as_bytes(), next_word_len) {
        next_word_len += 2;
    }
    let next_word = &rest[..next_word_len];
    // Most words after a space are none of the affixes: look no further.
    let affix = matches!(next_word, "تری" | "هاست")
        || is_suffix(next_word)
        || AFTER_HEH.contains(&next_word);
    if next_word.is_empty() || !affix && !out.ends_with("می") {
        return false;
    }
    let ob = out.as_bytes();
    let mut prev_word_start = ob.len();
    while prev_word_start >= 2 && arabic_letter_at(ob, prev_word_start - 2) {
        prev_word_start -= 2;
    }
    let prev_word = &out[prev_word_start..];
    if prev_word.is_empty() {
        return false;
    }
    // The previous word must stand alone (not be the tail of a ZWNJ compound).
    let prefix_alone = !out[..prev_word_start].ends_with(ZWNJ);
    if prefix_alone && VERB_PREFIXES.contains(&prev_word) {
        return true;
    }
    // A suffix must end its word: "ها" yes, "هاشم" no.
    let next_is_whole = !rest[next_word_len..]
        .trim_start_matches(ZWNJ)
        .starts_with(is_letter)
        || !rest[next_word_len..].starts_with(ZWNJ);
    // (Arabic letters are two bytes each: two letters at least.)
    if !next_is_whole || prev_word.len() < 4 {
        return false;
    }
    let after = || rest[next_word_len..].trim_start_matches(text::is_horizontal_space);
    is_suffix(next_word)
        // تری is also "wet" and a name: after a listed adjective only.
        || next_word == "تری" && is_comparative_base(prev_word)
        // هاست is also "host": the plural and است only where a clause ends.
        || next_word == "هاست"
            && (after().is_empty()
                || after().starts_with(['.', '،', '؛', '!', '؟', '\n'])
                || after().starts_with("که "))
        || prev_word.ends_with('ه')
            && AFTER_HEH.contains(&next_word)
            && !NOT_BEFORE_ENDINGS.contains(&prev_word)
}

/// Whether a digit and a Persian letter meet with nothing between them, in
/// `text` at `i` (where `c` is) after `out`, and take a space. They stay
/// glued for an ordinal suffix, the plural, گانه, one letter after the digits
/// (an era letter or a code: ۱۳۹۸ش, ۱۲ب) or before them (ج۲, ص۱۲), and in a
/// code-like span; و always takes its spaces.
#[inline(never)]
fn glued_digit(prev: Option<char>, c: char, text: &str, i: usize, out: &str) -> bool {
    let Some(p) = prev else { return false };
    if is_digit(p) && text::is_arabic_letter(c) {
        let rest = &text[i..];
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !text::is_arabic_letter(c))
            .map_or(rest.len(), |(k, _)| k);
        let word = &rest[..word_len];
        let one_letter = word.len() == c.len_utf8() && c != 'و';
        return !one_letter && !STAY_AFTER_DIGITS.contains(&word) && !in_code_span(out);
    }
    if text::is_arabic_letter(p) && is_digit(c) {
        // A note mark written against its word ("سلیقه‌ای4_") stays.
        let digits_end = text[i..]
            .char_indices()
            .find(|&(_, d)| !is_digit(d))
            .map_or(text.len(), |(k, _)| i + k);
        if text[digits_end..].starts_with('_') {
            return false;
        }
        // The word before the digit: one letter (not و) stays glued.
        let mut back = out.chars().rev();
        let _ = back.next();
        let one_letter = p != 'و' && back.next().is_none_or(|b| !is_letter(b) && b != ZWNJ);
        return !one_letter && !in_code_span(out);
    }
    false
}

/// Words that stay glued to the digits before them: ordinal suffixes, the
/// plural and گانه ("۱۲گانه").
const STAY_AFTER_DIGITS: [&str; 8] = ["ام", "مین", "امین", "م", "ها", "های", "هایی", "گانه"];

/// Whether an opening bracket or « at `c` takes a space after the word
/// before it: a letter stands there, and Persian is on one side (so that
/// "f(x)" stays), outside a code-like span.
#[inline(never)]
fn opens_after_word(prev: Option<char>, c: char, rest: &str, out: &str) -> bool {
    if !matches!(c, '(' | '[' | '{' | '«') || !prev.is_some_and(is_letter) {
        return false;
    }
    // What opens: past spaces, ZWNJ and marks, which the rules may take out.
    let rest = rest.trim_start_matches(is_ignorable);
    let next = rest.chars().next();
    prev.is_some_and(is_letter)
        && (prev.is_some_and(text::is_arabic_letter) || next.is_some_and(text::is_arabic_letter))
        // An opening bracket opens something: a « before punctuation
        // ("الملل«.") is a closing one written the wrong way.
        && next.is_some_and(|n| is_letter(n) || is_digit(n) || matches!(n, '(' | '«' | '"'))
        && !(c == '[' && is_footnote(rest))
        && !in_code_span(out)
}

/// Whether `rest`, after a `[`, is a footnote mark written against its
/// word ("می‌شود[۷]", "[xxiv]"): up to six digits or ASCII letters and `]`.
fn is_footnote(rest: &str) -> bool {
    let inner = rest
        .char_indices()
        .take(7)
        .find(|&(_, c)| !(is_digit(c) || c.is_ascii_alphabetic()));
    matches!(inner, Some((k, ']')) if k > 0)
}

/// Whether the end of `out` is inside a code-like span: the text since the
/// last space holds `://`, `www.` or `@` (a URL, an e-mail address). Looks
/// back at most 256 bytes.
#[cold]
#[inline(never)]
fn in_code_span(out: &str) -> bool {
    let b = out.as_bytes();
    let from = b.len().saturating_sub(256);
    let tail = &b[from..];
    let start = tail
        .iter()
        .rposition(|&x| x == b' ' || x == b'\n' || x == b'\t')
        .map_or(0, |k| k + 1);
    let span = &tail[start..];
    span.contains(&b'@')
        || span.windows(3).any(|w| w == b"://")
        || span.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Whether the space between `out` and `text[i..]` joins two words of the
/// compound table: both whole (the first after no letter or ZWNJ, the
/// second before no letter; a ZWNJ and a suffix may follow it).
#[inline(never)]
fn joins_compound(out: &str, text: &str, i: usize) -> bool {
    let first_start = out
        .char_indices()
        .rev()
        .take_while(|&(_, c)| text::is_arabic_letter(c))
        .last()
        .map(|(k, _)| k);
    let Some(first_start) = first_start else {
        return false;
    };
    if out[..first_start].ends_with(|c: char| is_letter(c) || c == ZWNJ) {
        return false;
    }
    let rest = &text[i..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !text::is_arabic_letter(c))
        .map_or(rest.len(), |(k, _)| k);
    if len == 0 || rest[len..].starts_with(is_letter) {
        return false;
    }
    is_compound(&out[first_start..], &rest[..len])
}
