//! The search form of a text: what `crate::search` runs its expressions on,
//! folded char by char, with the map back to the text as written.

use super::chars::{expansion, fold_letter};
use super::offsets::OffsetMap;
use crate::text::{self, BOM, SOFT_HYPHEN, ZWJ, ZWNJ};

/// What search folds away; see `crate::search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct SearchFold {
    /// Arabic letter forms to Persian (ي → ی, ك → ک, ة → ه).
    pub(crate) letters: bool,
    /// Diacritics, kashida, direction marks and ZWJ dropped.
    pub(crate) marks: bool,
    /// The soft hyphen read as ZWNJ.
    pub(crate) joiners: bool,
    /// Digits of every script to ASCII.
    pub(crate) digits: bool,
    /// Presentation forms to their letters.
    pub(crate) presentation_forms: bool,
}

impl SearchFold {
    /// The search form of one char, or `None` when it is dropped.
    pub(crate) fn fold(self, c: char) -> Option<char> {
        if self.marks
            && (text::is_dropped_mark(c)
                || matches!(
                    c,
                    ZWJ | BOM | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                ))
        {
            return None;
        }
        if self.joiners && c == SOFT_HYPHEN {
            return Some(ZWNJ);
        }
        let c = if self.letters { fold_letter(c) } else { c };
        Some(match text::digit_value(c) {
            Some(d) if self.digits => char::from(b'0' + d),
            _ => c,
        })
    }

    /// `text` in its search form, with the map back to it. A space is put
    /// between digits and letters written together ("117کودک" reads as "117
    /// کودک"), so that words and numbers glued to each other are found.
    pub(crate) fn apply(self, text: &str) -> (String, OffsetMap) {
        let mut out = String::with_capacity(text.len() + text.len() / 32);
        let mut map = OffsetMap::default();
        let mut copied = 0;
        let mut last = Class::Other;
        for (i, c) in text.char_indices() {
            // Plain ASCII and the Arabic letters nothing folds stay as they
            // are, copied in runs.
            let (keep, class) = match c {
                '0'..='9' => (true, Class::Digit),
                'a'..='z' | 'A'..='Z' => (true, Class::Letter),
                ' '..='~' => (true, Class::Other),
                '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
                    (!self.letters || fold_letter(c) == c, Class::Letter)
                }
                '\u{067E}' | '\u{0686}' | '\u{0698}' | '\u{06A9}' | '\u{06AF}' | '\u{06CC}' => {
                    (true, Class::Letter)
                }
                _ => (false, Class::of(c)),
            };
            if class != Class::Mark
                && last != class
                && last != Class::Other
                && class != Class::Other
            {
                // A digit against a letter: a space between them.
                if copied < i {
                    map.linear(out.len(), copied);
                    out.push_str(&text[copied..i]);
                }
                copied = i;
                map.whole(out.len(), i..i);
                out.push(' ');
            }
            if class != Class::Mark {
                last = class;
            }
            if keep {
                continue;
            }
            if copied < i {
                map.linear(out.len(), copied);
                out.push_str(&text[copied..i]);
            }
            copied = i + c.len_utf8();
            let from = i..copied;
            let expanded = self.presentation_forms && c >= '\u{FB50}';
            let mut emit = |d: char, out: &mut String| {
                if let Some(e) = self.fold(d) {
                    let at = out.len();
                    out.push(e);
                    if expanded {
                        map.whole(at, from.clone());
                    } else {
                        map.char_to(at, e.len_utf8(), from.clone());
                    }
                }
            };
            if expanded {
                for d in expansion(c) {
                    emit(d, &mut out);
                }
            } else {
                emit(c, &mut out);
            }
        }
        if copied < text.len() {
            map.linear(out.len(), copied);
            out.push_str(&text[copied..]);
        }
        (out, map)
    }
}

/// What a char is to the digit-letter junction of [`SearchFold::apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit,
    Letter,
    /// Marks, kashida and joiners: they change nothing.
    Mark,
    Other,
}

impl Class {
    fn of(c: char) -> Class {
        if text::digit_value(c).is_some() {
            Class::Digit
        } else if text::is_dropped_mark(c)
            || matches!(c, ZWNJ | ZWJ | SOFT_HYPHEN)
            || c == '\u{200F}'
            || c == '\u{200E}'
        {
            Class::Mark
        } else if c.is_alphabetic() {
            Class::Letter
        } else {
            Class::Other
        }
    }
}
