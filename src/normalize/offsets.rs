//! Normalization that keeps its place: the normalized text with a map back
//! to the original.
//!
//! The map is found after the fact, by walking the original and the
//! normalized text side by side: the normalizer drops, inserts and replaces
//! spaces, joiners and marks, and rewrites letters, digits, quotes and
//! punctuation one for one (or one for several, for presentation forms), but
//! it never reorders what is left. So both texts, read as their *content*
//! (each char folded as [`Gaps::for_units`] folds it, the gap chars skipped), are
//! the same sequence, and aligning that sequence aligns the texts. Where the
//! two differ all the same (the rule for repeated letters, or anything a rule
//! adds later), the walk drops the original char or maps the normalized one
//! to the place it stands, so the map stays monotone whatever the input.

use std::ops::Range;

use super::chars::{expansion, fold_letter};
use super::Normalizer;
use crate::text::{self, BOM, SOFT_HYPHEN, ZWJ, ZWNJ};

/// A normalized text and where each of its parts came from in the original.
///
/// Ranges given to [`Normalized::original_range`] are byte ranges of the
/// normalized text ([`as_str`](Normalized::as_str)); the answers are byte
/// ranges of the original text, on its char boundaries. The map is
/// monotone: a later part of the normalized text never maps before an
/// earlier one. A normalized char made from several original chars (a
/// ligature expanded, "ﻻ" → "لا") maps to all of them; original chars that
/// were dropped (diacritics, kashida, direction marks, extra spaces) belong to
/// a range that spans the kept chars on both sides of them, not to one that
/// ends before them; an inserted char (a ZWNJ that joins "کتاب" and "ها", a
/// space after punctuation) maps to the empty range where it was inserted,
/// and a char that replaced others (a ZWNJ for a space) to what it replaced.
///
/// ```
/// use parsi::normalize_with_offsets;
///
/// let original = "كتابِ ما را مي خوانم";
/// let n = normalize_with_offsets(original);
/// assert_eq!(n.as_str(), "کتاب ما را می‌خوانم");
/// // "می‌خوانم" in the normalized text is "مي خوانم" in the original.
/// let at = n.as_str().find("می").unwrap();
/// let r = n.original_range(at..n.as_str().len());
/// assert_eq!(&original[r], "مي خوانم");
/// // A word and the mark dropped inside the span of two words.
/// let r = n.original_range(0..n.as_str().find(" را").unwrap());
/// assert_eq!(&original[r], "كتابِ ما");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
}

impl Normalized {
    /// The normalized text.
    ///
    /// ```
    /// assert_eq!(parsi::normalize_with_offsets("ي").as_str(), "ی");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The normalized text, owned.
    ///
    /// ```
    /// assert_eq!(parsi::normalize_with_offsets("ي").into_string(), "ی");
    /// ```
    pub fn into_string(self) -> String {
        self.text
    }

    /// The byte range of the original text that `range` (a byte range of
    /// the normalized text, widened to its char boundaries if it cuts a
    /// char) came from. An empty range maps to an empty range.
    ///
    /// ```
    /// let n = parsi::normalize_with_offsets("سلام  دنيا");
    /// assert_eq!(n.as_str(), "سلام دنیا");
    /// assert_eq!(n.original_range(9..17), 10..18); // "دنيا"
    /// assert_eq!(n.original_range(0..n.as_str().len()), 0..18);
    /// ```
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.original_range(&self.text, range)
    }

    /// The byte offset of the original text where normalized byte offset
    /// `pos` falls: the start of what the char there came from, or the end of
    /// what the last char came from when `pos` is the end.
    ///
    /// ```
    /// let n = parsi::normalize_with_offsets("سلام  دنيا");
    /// assert_eq!(n.original_offset(9), 10);
    /// assert_eq!(n.original_offset(n.as_str().len()), 18);
    /// ```
    pub fn original_offset(&self, pos: usize) -> usize {
        self.map.original_offset(&self.text, pos)
    }

    /// The size of the map in bytes: at most a few bytes for each place the
    /// normalizer changed something, nothing for what it left alone.
    ///
    /// ```
    /// let n = parsi::normalize_with_offsets("سلام دنیا");
    /// assert!(n.map_bytes() <= 64);
    /// ```
    pub fn map_bytes(&self) -> usize {
        self.map.segs.len() * std::mem::size_of::<Seg>()
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl Normalizer {
    /// Normalizes `text` and keeps a map from the result back to `text`;
    /// see [`Normalized`]. The text is the same as [`Normalizer::normalize`]
    /// gives.
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`.
    ///
    /// ```
    /// use parsi::Normalizer;
    ///
    /// let n = Normalizer::new().digits(Some(parsi::Script::Persian));
    /// let out = n.normalize_with_offsets("سال 1403");
    /// assert_eq!(out.as_str(), "سال ۱۴۰۳");
    /// assert_eq!(out.original_range(7..15), 7..11);
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> Normalized {
        let normalized = self.normalize(text);
        let gaps = Gaps {
            marks: self.diacritics,
            kashida: self.kashida,
            direction: self.direction_marks,
        };
        let map = align(text, &normalized, gaps, self.repeated_letters);
        Normalized {
            text: normalized,
            map,
        }
    }
}

/// [`Normalizer::normalize_with_offsets`] with the standard pipeline.
///
/// ```
/// let n = parsi::normalize_with_offsets("مي روم");
/// assert_eq!(n.as_str(), "می‌روم");
/// assert_eq!(n.original_range(0..n.as_str().len()), 0..11);
/// ```
pub fn normalize_with_offsets(text: &str) -> Normalized {
    Normalizer::new().normalize_with_offsets(text)
}

/// Which chars stand between content: whitespace and joiners always (the
/// spacing rules move them), and the marks, kashida and direction marks that
/// the normalizer's rules drop; with a rule off, they stay and are content.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gaps {
    pub(crate) marks: bool,
    pub(crate) kashida: bool,
    pub(crate) direction: bool,
}

impl Gaps {
    /// Whether `c` stands between content.
    pub(crate) fn is_gap(self, c: char) -> bool {
        c.is_whitespace()
            || matches!(c, ZWNJ | ZWJ | SOFT_HYPHEN | '\u{200B}')
            || self.direction
                && matches!(
                    c,
                    BOM | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                )
            || self.kashida && c == '\u{640}'
            || self.marks && text::is_dropped_mark(c) && c != '\u{640}'
    }

    /// Calls `f` with the content units of `c`: its presentation form
    /// expanded, gap chars left out, each folded by [`fold_unit`].
    pub(crate) fn for_units(self, c: char, mut f: impl FnMut(char)) {
        if c >= '\u{FB50}' {
            for d in expansion(c) {
                if !self.is_gap(d) {
                    f(fold_unit(d));
                }
            }
        } else if !self.is_gap(c) {
            f(fold_unit(c));
        }
    }
}

/// A content char folded to what every rewrite of it has in common:
/// letters to their Persian form, digits to ASCII, quotes to `"`, Persian
/// punctuation to its Latin counterpart.
pub(crate) fn fold_unit(c: char) -> char {
    let c = fold_letter(c);
    if let Some(d) = text::digit_value(c) {
        return char::from(b'0' + d);
    }
    match c {
        '«' | '»' | '“' | '”' | '„' | '‟' => '"',
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        _ => c,
    }
}

/// Marks a linear segment: normalized bytes map one for one to original
/// bytes from the segment's start.
const LINEAR: usize = usize::MAX;

/// From normalized byte `norm` on (to the next segment), either one for one
/// to original bytes from `orig` (`orig_end` is [`LINEAR`]), or, for every
/// char, the whole of `orig..orig_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    norm: usize,
    orig: usize,
    orig_end: usize,
}

/// The map from a normalized text back to its original: segments in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct OffsetMap {
    segs: Vec<Seg>,
}

impl OffsetMap {
    /// See [`Normalized::original_range`]; `norm` is the mapped text.
    pub(crate) fn original_range(&self, norm: &str, range: Range<usize>) -> Range<usize> {
        let len = norm.len();
        let start = floor_boundary(norm, range.start.min(len));
        let end = ceil_boundary(norm, range.end.min(len)).max(start);
        if start == end {
            let at = self.original_offset(norm, start);
            return at..at;
        }
        let last = floor_boundary(norm, end - 1);
        let from = self.own(norm, start).start;
        let to = self.own(norm, last).end;
        from..to.max(from)
    }

    /// See [`Normalized::original_offset`]; `norm` is the mapped text.
    pub(crate) fn original_offset(&self, norm: &str, pos: usize) -> usize {
        if pos >= norm.len() {
            return match norm.char_indices().next_back() {
                Some((last, _)) => self.own(norm, last).end,
                None => 0,
            };
        }
        self.own(norm, floor_boundary(norm, pos)).start
    }

    /// The original range the char at normalized byte `pos` (a boundary)
    /// came from.
    fn own(&self, norm_text: &str, pos: usize) -> Range<usize> {
        let k = self.segs.partition_point(|s| s.norm <= pos);
        let Some(seg) = k.checked_sub(1).map(|k| self.segs[k]) else {
            return 0..0;
        };
        if seg.orig_end == LINEAR {
            let o = seg.orig + (pos - seg.norm);
            let len = norm_text[pos..].chars().next().map_or(0, char::len_utf8);
            o..o + len
        } else {
            seg.orig..seg.orig_end
        }
    }

    pub(crate) fn linear(&mut self, norm: usize, orig: usize) {
        if let Some(last) = self.segs.last() {
            if last.orig_end == LINEAR && norm.checked_sub(last.norm) == orig.checked_sub(last.orig)
            {
                return;
            }
        }
        self.segs.push(Seg {
            norm,
            orig,
            orig_end: LINEAR,
        });
    }

    /// One normalized char of `len` bytes at `norm` from `orig`: linear
    /// when the two are the same length (a space for a space), so that the
    /// run before goes on.
    pub(crate) fn char_to(&mut self, norm: usize, len: usize, orig: Range<usize>) {
        if orig.len() == len {
            self.linear(norm, orig.start);
        } else {
            self.whole(norm, orig);
        }
    }

    pub(crate) fn whole(&mut self, norm: usize, orig: Range<usize>) {
        if let Some(last) = self.segs.last() {
            if last.orig_end != LINEAR && last.orig == orig.start && last.orig_end == orig.end {
                return;
            }
        }
        self.segs.push(Seg {
            norm,
            orig: orig.start,
            orig_end: orig.end,
        });
    }
}

/// The content units of one original char, being matched.
struct Units {
    buf: [char; 32],
    len: usize,
    pos: usize,
    /// The original char's range.
    from: Range<usize>,
    /// Whether a normalized char has matched part of it.
    touched: bool,
}

impl Units {
    fn is_empty(&self) -> bool {
        self.pos == self.len
    }

    fn load(&mut self, gaps: Gaps, c: char, from: Range<usize>) {
        self.len = 0;
        self.pos = 0;
        self.touched = false;
        self.from = from;
        let (buf, len) = (&mut self.buf, &mut self.len);
        gaps.for_units(c, |u| {
            if *len < buf.len() {
                buf[*len] = u;
                *len += 1;
            }
        });
    }
}

/// Aligns `orig` with `norm`, its normalization; see the module docs.
/// `repeats`: the rule for repeated letters was on (letters may be gone).
// Long: one walk over two texts with three cases (a run both share, a gap
// char on either side, content matched unit by unit); split, the state would
// travel in a struct through every call.
pub(crate) fn align(orig: &str, norm: &str, gaps: Gaps, repeats: bool) -> OffsetMap {
    let (ob, nb) = (orig.as_bytes(), norm.as_bytes());
    let mut map = OffsetMap::default();
    let (mut i, mut j) = (0, 0);
    // Where the current gaps started, in each text.
    let (mut gap_o, mut gap_n) = (0, 0);
    // The last unit matched, and whether the original gap so far has a
    // space or ZWNJ (not only marks).
    let mut last_unit = None;
    let mut spaced = false;
    let mut units = Units {
        buf: ['\0'; 32],
        len: 0,
        pos: 0,
        from: 0..0,
        touched: false,
    };
    while j < nb.len() {
        // A run both texts share, between whole chars.
        // Whitespace and the General Punctuation block (ZWNJ, direction
        // marks) end a run: a gap is mapped as a whole, so that a space kept
        // from a run of them maps to all of the run.
        // A single space, with no other gap char after it in either text,
        // stands for itself, and may be part of the run.
        let plain = |at: usize| {
            let b = ob[at];
            let gap_start =
                |x: Option<&u8>| matches!(x, Some(b' ' | b'\t' | b'\n' | b'\r' | 0xC2 | 0xE2));
            b > b' ' && b != 0xE2
                || b == b' ' && !gap_start(ob.get(at + 1)) && !gap_start(nb.get(j + (at - i) + 1))
        };
        // (Not while the normalized text is in a gap the original has not
        // reached: the chars before it may be a repeat to drop.)
        let waiting = repeats && gap_n < j && !spaced;
        if units.is_empty() && !waiting && i < ob.len() && ob[i] == nb[j] && plain(i) {
            let k = ob[i..]
                .iter()
                .zip(&nb[j..])
                .enumerate()
                .take_while(|&(x, (a, b))| a == b && plain(i + x))
                .count();
            let mut k = k;
            while !(orig.is_char_boundary(i + k) && norm.is_char_boundary(j + k)) {
                k -= 1;
            }
            if k > 0 {
                flush_gap(&mut map, orig, norm, gap_o..i, gap_n..j);
                map.linear(j, i);
                i += k;
                j += k;
                last_unit = norm[..j].chars().next_back().map(fold_unit);
                gap_o = i;
                spaced = false;
                gap_n = j;
                continue;
            }
        }
        let Some(d) = norm[j..].chars().next() else {
            break;
        };
        if gaps.is_gap(d) {
            // Inside an expansion (﷽ writes spaces) the gap is the char's.
            if !units.is_empty() {
                map.whole(j, units.from.clone());
            }
            j += d.len_utf8();
            continue;
        }
        if units.is_empty() {
            let Some(c) = orig.get(i..).and_then(|r| r.chars().next()) else {
                // The original is used up: what is left was added at its end.
                flush_gap(&mut map, orig, norm, gap_o..i, gap_n..j);
                map.whole(j, i..i);
                j += d.len_utf8();
                gap_o = i;
                spaced = false;
                gap_n = j;
                continue;
            };
            let len = c.len_utf8();
            units.load(gaps, c, i..i + len);
            if units.is_empty() {
                // A gap char, or one that stands for nothing.
                spaced = spaced
                    || c.is_whitespace()
                    || matches!(c, ZWNJ | SOFT_HYPHEN | '\u{200E}' | '\u{200F}');
                i += len;
                continue;
            }
            // A letter the rule for repeated letters took out, seen across a
            // gap of the normalized text that the original has not reached.
            // Only in a run of three: two equal letters are both kept, with
            // a ZWNJ the lexical rules put between them ("کهها" → "که‌ها") or
            // a zero-width space.
            if repeats
                && gap_n < j
                && !spaced
                && repeat(units.buf[0], last_unit)
                && run_of_three(units.buf[0], orig, i)
            {
                i += len;
                gap_o = i;
                spaced = false;
                units.pos = units.len;
                continue;
            }
            flush_gap(&mut map, orig, norm, gap_o..i, gap_n..j);
            gap_o = i;
            spaced = false;
            gap_n = j;
        }
        // Match `d`'s units against the original char's.
        let mut matched = true;
        let save = units.pos;
        gaps.for_units(d, |u| {
            if matched && units.pos < units.len && units.buf[units.pos] == u {
                units.pos += 1;
            } else {
                matched = false;
            }
        });
        if matched {
            last_unit = Some(units.buf[units.pos - 1]);
            let from = units.from.clone();
            if !units.touched && units.is_empty() && from.len() == d.len_utf8() {
                map.linear(j, from.start);
            } else {
                map.whole(j, from.clone());
            }
            units.touched = true;
            j += d.len_utf8();
            if units.is_empty() {
                i = from.end;
            }
            gap_o = i;
            spaced = false;
            gap_n = j;
            continue;
        }
        units.pos = save;
        if units.touched {
            // The rest of the original char is not in the normalized text.
            i = units.from.end;
            units.pos = units.len;
            gap_o = i;
            spaced = false;
            continue;
        }
        // The original char was dropped (a repeated letter), unless `d` is
        // one the original does not have (then it maps to here).
        if repeats && repeat(units.buf[0], last_unit)
            || next_with_unit(gaps, orig, units.from.end, d).is_some()
        {
            i = units.from.end;
            units.pos = units.len;
        } else {
            // The original char stays loaded for the next normalized char.
            map.whole(j, i..i);
            j += d.len_utf8();
            gap_n = j;
        }
    }
    flush_gap(
        &mut map,
        orig,
        norm,
        gap_o..ob.len().max(gap_o),
        gap_n..nb.len(),
    );
    map
}

/// Whether `unit` repeats the letter `last`: what the rule for repeated
/// letters takes out.
fn repeat(unit: char, last: Option<char>) -> bool {
    Some(unit) == last && unit.is_alphabetic()
}

/// Whether the original char at `at`, of unit `unit`, stands in a run of
/// three or more of it (past the marks, joiners and soft hyphens the char
/// pass may drop): where the rule for repeated letters takes letters out.
fn run_of_three(unit: char, orig: &str, at: usize) -> bool {
    let same = |c: &char| fold_unit(*c) == unit;
    let skip = |c: &char| super::vanishing_mark(*c) || matches!(*c, SOFT_HYPHEN | ZWJ | BOM);
    let before = orig[..at]
        .chars()
        .rev()
        .filter(|c| !skip(c))
        .take(2)
        .take_while(same)
        .count();
    let after = orig[at..]
        .chars()
        .filter(|c| !skip(c))
        .take(3)
        .take_while(same)
        .count();
    before + after >= 3
}

/// Whether one of the next few original chars from `from` begins with the
/// first unit of `d`: the walk can drop the chars before it.
fn next_with_unit(gaps: Gaps, orig: &str, from: usize, d: char) -> Option<usize> {
    let mut first = None;
    gaps.for_units(d, |u| {
        first.get_or_insert(u);
    });
    let first = first?;
    let mut at = from;
    for c in orig.get(from..)?.chars().take(8) {
        let mut hit = false;
        let mut seen = false;
        gaps.for_units(c, |u| {
            if !seen {
                hit = u == first;
                seen = true;
            }
        });
        if hit {
            return Some(at);
        }
        at += c.len_utf8();
    }
    None
}

/// Maps the normalized gap `n` to the original gap `o`. One char (a space
/// for a run of them, a ZWNJ for a space) maps to all of `o`, or to the empty
/// place between its neighbours if `o` is empty (it was inserted). Several
/// map in order, each to the next original char of its kind (a space to a
/// space, a ZWNJ to a ZWNJ or a space, anything else to itself), or to
/// where the previous one ended. Dropped original chars, with no normalized
/// char, are left to the ranges that span them.
fn flush_gap(map: &mut OffsetMap, orig: &str, norm: &str, o: Range<usize>, n: Range<usize>) {
    let gap = &norm[n.clone()];
    let mut chars = gap.char_indices();
    if chars.next().is_none() {
        return;
    }
    if chars.next().is_none() {
        // One char: all the original chars of its kind (a space for a run
        // of them), or all of the gap if none is (what it replaced).
        let h = gap.chars().next().unwrap_or(' ');
        let mut kind = orig[o.clone()]
            .char_indices()
            .filter(|&(_, g)| same_kind(h, g))
            .map(|(x, g)| o.start + x..o.start + x + g.len_utf8());
        let r = match kind.next() {
            Some(first) => first.start..kind.next_back().map_or(first.end, |l| l.end),
            None => o,
        };
        map.char_to(n.start, h.len_utf8(), r);
        return;
    }
    let mut at = o.start;
    for (k, h) in gap.char_indices() {
        let rest = &orig[at..o.end];
        let found = rest
            .char_indices()
            .find(|&(_, g)| g == h)
            .or_else(|| rest.char_indices().find(|&(_, g)| same_kind(h, g)))
            .map(|(x, g)| at + x..at + x + g.len_utf8());
        match found {
            Some(r) => {
                at = r.end;
                map.char_to(n.start + k, h.len_utf8(), r);
            }
            None => map.whole(n.start + k, at..at),
        }
    }
}

/// Whether normalized gap char `h` may stand for original char `g`.
fn same_kind(h: char, g: char) -> bool {
    h == g
        || h.is_whitespace() && g.is_whitespace()
        || h == ZWNJ && (g.is_whitespace() || matches!(g, SOFT_HYPHEN | '\u{200E}' | '\u{200F}'))
}
