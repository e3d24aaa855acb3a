//! Search that sees Persian text as a reader does: spelling variants that
//! look the same match each other, and matches are ranges of the text as
//! written.
//!
//! A [`Searcher`] folds the text it searches (Arabic letter forms to
//! Persian, diacritics and kashida away, digits to one script, presentation
//! forms to letters), keeping a map back to the original, and runs a regular
//! expression on the folded text. A phrase compiles to an expression that
//! also accepts a ZWNJ, a space or nothing between the parts of a compound
//! ("کتاب‌ها", "کتاب ها", "کتابها"; "می‌روم", "می روم", "میروم").

use std::collections::HashMap;
use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use regex::{Regex, RegexBuilder};

use crate::normalize::{OffsetMap, SearchFold};
use crate::text::{PLURAL_ENDINGS, VERB_PREFIXES};

/// Separators a phrase accepts between its words and the parts of a
/// compound: horizontal spaces and ZWNJ, any number, or none.
const SEP: &str = r"[ \t\u{A0}\u{200C}\u{2000}-\u{200A}\u{202F}\u{3000}]*";

/// Suffixes besides the plural written joined, with a ZWNJ or apart
/// ("بزرگ تر", "رفته اند"), longest first. From the orthography's list of
/// separable suffixes.
const OTHER_SUFFIXES: [&str; 5] = ["ترین", "تر", "اند", "ایم", "اید"];

/// The switches of a [`Searcher`]: which spellings count as the same. All
/// are on by default.
///
/// ```
/// use parsi::SearchOptions;
///
/// let exact_letters = SearchOptions::new().letters(false);
/// let s = exact_letters.phrase("کتاب");
/// assert_eq!(s.find_iter("كتاب و کتاب").count(), 1);
/// assert_eq!(parsi::Searcher::new("کتاب").find_iter("كتاب و کتاب").count(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SearchOptions {
    fold: SearchFold,
    joiners: bool,
    whole_words: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions::new()
    }
}

impl SearchOptions {
    /// Every equivalence on, whole words only.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().phrase("می روم");
    /// assert_eq!(s.find_iter("ميروم").count(), 1);
    /// ```
    pub const fn new() -> SearchOptions {
        SearchOptions {
            fold: SearchFold {
                letters: true,
                marks: true,
                joiners: true,
                digits: true,
                presentation_forms: true,
            },
            joiners: true,
            whole_words: true,
        }
    }

    /// Arabic and Persian letter forms match (ي ى ی, ك ک, ة ه, as the
    /// normalizer unifies them).
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().letters(false).phrase("علي");
    /// assert_eq!(s.find_iter("علی و علي").count(), 1);
    /// ```
    pub const fn letters(mut self, on: bool) -> SearchOptions {
        self.fold.letters = on;
        self
    }

    /// Diacritics, kashida, direction marks and ZWJ are ignored.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().marks(false).phrase("کتاب");
    /// assert_eq!(s.find_iter("کتـاب کِتاب کتاب").count(), 1);
    /// ```
    pub const fn marks(mut self, on: bool) -> SearchOptions {
        self.fold.marks = on;
        self
    }

    /// A ZWNJ, a space or nothing between the parts of a compound match each
    /// other, and between the words of a phrase.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().joiners(false).phrase("کتاب‌ها");
    /// assert_eq!(s.find_iter("کتاب‌ها، کتابها").count(), 1);
    /// ```
    pub const fn joiners(mut self, on: bool) -> SearchOptions {
        self.fold.joiners = on;
        self.joiners = on;
        self
    }

    /// Digits of the three scripts match.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().digits(false).phrase("۱۴۰۳");
    /// assert_eq!(s.find_iter("سال 1403 و ۱۴۰۳").count(), 1);
    /// ```
    pub const fn digits(mut self, on: bool) -> SearchOptions {
        self.fold.digits = on;
        self
    }

    /// Presentation forms match their letters ("ﻛﺘﺎﺏ" is "کتاب").
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().presentation_forms(false).phrase("کتاب");
    /// assert_eq!(s.find_iter("ﻛﺘﺎﺏ").count(), 0);
    /// ```
    pub const fn presentation_forms(mut self, on: bool) -> SearchOptions {
        self.fold.presentation_forms = on;
        self
    }

    /// A phrase matches whole words only (the default): "کتاب" does not
    /// match inside "کتابخانه" or "کتاب‌ها".
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().whole_words(false).phrase("کتاب");
    /// assert_eq!(s.find_iter("کتابخانه").count(), 1);
    /// ```
    pub const fn whole_words(mut self, on: bool) -> SearchOptions {
        self.whole_words = on;
        self
    }

    /// A searcher for one phrase with these options.
    ///
    /// ```
    /// assert_eq!(parsi::SearchOptions::new().phrase("تهران").find_iter("در تهران").count(), 1);
    /// ```
    pub fn phrase(&self, phrase: &str) -> Searcher {
        self.phrases(&[phrase])
    }

    /// A searcher for many phrases at once (a gazetteer); each match says
    /// which phrase it is ([`SearchMatch::phrase`]). Where phrases overlap,
    /// the longer one wins.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().phrases(&["تهران", "تهران بزرگ"]);
    /// let m = s.find_iter("استان تهران بزرگ").next().unwrap();
    /// assert_eq!((m.as_str(), m.phrase()), ("تهران بزرگ", Some(1)));
    /// ```
    pub fn phrases<S: AsRef<str>>(&self, phrases: &[S]) -> Searcher {
        let mut keys = HashMap::new();
        let mut patterns: Vec<(usize, String)> = Vec::new();
        for (k, p) in phrases.iter().enumerate() {
            let (folded, _) = self.fold.apply(p.as_ref().trim());
            if folded.is_empty() {
                continue;
            }
            keys.entry(self.key(&folded)).or_insert(k);
            patterns.push((folded.chars().count(), self.pattern(&folded)));
        }
        // Longest first: at one place, the longer phrase wins.
        patterns.sort_by_key(|p| std::cmp::Reverse(p.0));
        let alternation: Vec<String> = patterns.into_iter().map(|(_, p)| p).collect();
        let regex = if alternation.is_empty() {
            None
        } else {
            build(&format!("(?:{})", alternation.join("|"))).ok()
        };
        Searcher {
            regex,
            options: *self,
            keys,
        }
    }

    /// A searcher for a regular expression (the `regex` crate's syntax)
    /// written against normalized text: its letters and digits are folded as
    /// the text is, so "[۰-۹]+" and "[0-9]+" both find digits of any script.
    ///
    /// # Errors
    ///
    /// A [`SearchError`] if the pattern is not a valid expression.
    ///
    /// ```
    /// let s = parsi::SearchOptions::new().regex(r"سال \d+").unwrap();
    /// assert_eq!(s.find_iter("در سال ۱۴۰۳ و سال 1404").count(), 2);
    /// assert!(parsi::SearchOptions::new().regex("(").is_err());
    /// ```
    pub fn regex(&self, pattern: &str) -> Result<Searcher, SearchError> {
        let folded: String = pattern.chars().filter_map(|c| self.fold.fold(c)).collect();
        let regex = build(&folded).map_err(|e| SearchError {
            message: e.to_string(),
        })?;
        Ok(Searcher {
            regex: Some(regex),
            options: *self,
            keys: HashMap::new(),
        })
    }

    /// A folded phrase without its separators: what identifies a match.
    fn key(&self, folded: &str) -> String {
        folded
            .chars()
            .filter(|&c| !(self.joiners && is_separator(c)))
            .collect()
    }

    /// The expression for a folded phrase.
    fn pattern(&self, folded: &str) -> String {
        let mut out = String::new();
        let words: Vec<&str> = if self.joiners {
            folded
                .split(is_separator)
                .filter(|w| !w.is_empty())
                .collect()
        } else {
            vec![folded]
        };
        for (k, word) in words.iter().enumerate() {
            if k > 0 {
                out.push_str(SEP);
            }
            if self.joiners {
                out.push_str(&compound(word));
            } else {
                out.push_str(&regex::escape(word));
            }
        }
        out
    }
}

/// A word with its separable prefix (می, نمی) and suffix (the plural and
/// [`OTHER_SUFFIXES`]) apart: "می‌روم" →
/// "می" SEP "روم", "کتابها" → "کتاب" SEP "ها".
fn compound(word: &str) -> String {
    let mut rest = word;
    let mut out = String::new();
    for p in VERB_PREFIXES {
        if let Some(r) = rest.strip_prefix(p) {
            if r.chars().count() >= 2 {
                out.push_str(&regex::escape(p));
                out.push_str(SEP);
                rest = r;
                break;
            }
        }
    }
    for s in PLURAL_ENDINGS.iter().chain(&OTHER_SUFFIXES) {
        if let Some(r) = rest.strip_suffix(s) {
            if r.chars().count() >= 2 {
                out.push_str(&regex::escape(r));
                out.push_str(SEP);
                out.push_str(&regex::escape(s));
                return out;
            }
        }
    }
    out.push_str(&regex::escape(rest));
    out
}

fn is_separator(c: char) -> bool {
    c == '\u{200C}' || (c != '\n' && c.is_whitespace())
}

/// A char that continues a word, as `\b` sees it: letters, digits, marks,
/// the joiners and `_`. A whole-word match has none of these on either
/// side.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '_' | '\u{200C}' | '\u{200D}' | '\u{300}'..='\u{36F}')
        || crate::text::is_dropped_mark(c)
}

/// Whether a word boundary stands at byte `at` of `s`: not between two
/// word chars.
fn boundary(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at..].chars().next();
    !(before.is_some_and(is_word) && after.is_some_and(is_word))
}

fn build(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .size_limit(1 << 26)
        .dfa_size_limit(1 << 26)
        .build()
}

/// A phrase, a list of phrases or a regular expression to find in Persian
/// text, whatever its spelling variants; see [`SearchOptions`] for the
/// equivalences.
///
/// ```
/// use parsi::Searcher;
///
/// let text = "كتاب ها را مي خوانم و کتاب‌ها را می‌خوانم";
/// let found: Vec<&str> = Searcher::new("کتاب‌ها").find_iter(text).map(|m| m.as_str()).collect();
/// assert_eq!(found, ["كتاب ها", "کتاب‌ها"]);
/// let m = Searcher::new("میخوانم").find_iter(text).next().unwrap();
/// assert_eq!((m.start(), m.as_str()), (text.find("مي").unwrap(), "مي خوانم"));
/// ```
#[derive(Debug, Clone)]
pub struct Searcher {
    /// `None`: nothing to find (no phrase, or one too large to compile).
    regex: Option<Regex>,
    options: SearchOptions,
    /// Each phrase's key, to tell which one matched.
    keys: HashMap<String, usize>,
}

impl Searcher {
    /// A searcher for `phrase` with every equivalence on, whole words only.
    /// A phrase too large for the expression engine (megabytes) finds
    /// nothing.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("ي").find_iter("ی ي ى").count(), 3);
    /// ```
    pub fn new(phrase: &str) -> Searcher {
        SearchOptions::new().phrase(phrase)
    }

    /// A searcher for many phrases at once; see [`SearchOptions::phrases`].
    ///
    /// ```
    /// let s = parsi::Searcher::phrases(&["تهران", "قزوین"]);
    /// let which: Vec<_> = s.find_iter("از قزوین به تهران").map(|m| m.phrase()).collect();
    /// assert_eq!(which, [Some(1), Some(0)]);
    /// ```
    pub fn phrases<S: AsRef<str>>(phrases: &[S]) -> Searcher {
        SearchOptions::new().phrases(phrases)
    }

    /// A searcher for a regular expression; see [`SearchOptions::regex`].
    ///
    /// # Errors
    ///
    /// A [`SearchError`] if the pattern is not a valid expression.
    ///
    /// ```
    /// let s = parsi::Searcher::regex("کودک(ان)?").unwrap();
    /// assert_eq!(s.find_iter("کودکان و كودك").count(), 2);
    /// ```
    pub fn regex(pattern: &str) -> Result<Searcher, SearchError> {
        SearchOptions::new().regex(pattern)
    }

    /// Every match in `text`, in order, as ranges of `text`.
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text` (the fold, then the `regex` crate's
    /// search, which is linear).
    ///
    /// ```
    /// let text = "دَه و ده";
    /// let m: Vec<_> = parsi::Searcher::new("ده").find_iter(text).map(|m| m.range()).collect();
    /// assert_eq!(m, [0..6, 10..14]);
    /// ```
    pub fn find_iter<'s, 't>(&'s self, text: &'t str) -> SearchMatches<'s, 't> {
        let (folded, map) = self.options.fold.apply(text);
        SearchMatches {
            searcher: self,
            text,
            folded,
            map,
            at: 0,
        }
    }
}

/// The error of compiling a search expression.
///
/// ```
/// let e = parsi::Searcher::regex("[").unwrap_err();
/// assert!(e.to_string().contains("unclosed"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchError {
    message: String,
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid search expression: {}", self.message)
    }
}

impl std::error::Error for SearchError {}

/// A match of a [`Searcher`]: a range of the searched text.
///
/// ```
/// let text = "در كتاب‌هاي ما";
/// let m = parsi::Searcher::new("کتاب‌های").find_iter(text).next().unwrap();
/// assert_eq!(m.as_str(), "كتاب‌هاي");
/// assert_eq!(&text[m.range()], m.as_str());
/// assert_eq!((m.start(), m.end(), m.phrase()), (5, 22, Some(0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchMatch<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    phrase: Option<usize>,
}

impl<'t> SearchMatch<'t> {
    /// Byte offset of the start in the searched text.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("ب").find_iter("الف ب").next().unwrap().start(), 7);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end in the searched text.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("ب").find_iter("الف ب").next().unwrap().end(), 9);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range in the searched text.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("ب").find_iter("الف ب").next().unwrap().range(), 7..9);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The match as written in the searched text.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("علی").find_iter("علي").next().unwrap().as_str(), "علي");
    /// ```
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// Which phrase matched (its index in the list given), or `None` for a
    /// regular expression.
    ///
    /// ```
    /// assert_eq!(parsi::Searcher::new("ب").find_iter("ب").next().unwrap().phrase(), Some(0));
    /// ```
    pub fn phrase(&self) -> Option<usize> {
        self.phrase
    }
}

/// The matches of a [`Searcher`] in a text, in order; made by
/// [`Searcher::find_iter`].
#[derive(Debug)]
pub struct SearchMatches<'s, 't> {
    searcher: &'s Searcher,
    text: &'t str,
    folded: String,
    map: OffsetMap,
    at: usize,
}

impl<'t> Iterator for SearchMatches<'_, 't> {
    type Item = SearchMatch<'t>;

    fn next(&mut self) -> Option<SearchMatch<'t>> {
        let regex = self.searcher.regex.as_ref()?;
        let whole = self.searcher.options.whole_words && !self.searcher.keys.is_empty();
        let folded = self.folded.as_str();
        loop {
            if self.at > folded.len() {
                return None;
            }
            let m = regex.find_at(folded, self.at)?;
            let (start, mut end) = (m.start(), m.end());
            let step = start + folded[start..].chars().next().map_or(1, char::len_utf8);
            if m.is_empty() {
                // Step past one char so the search moves on.
                self.at = step;
                continue;
            }
            if whole {
                if !boundary(folded, start) {
                    self.at = step;
                    continue;
                }
                // The longest phrase here may end inside a word where a
                // shorter one ends at its end ("تهران" in "تهران بزرگتر").
                while !boundary(folded, end) {
                    let cut = folded[start..end]
                        .char_indices()
                        .rev()
                        .map(|(k, _)| start + k)
                        .find(|&p| p > start && boundary(folded, p));
                    match cut.and_then(|p| regex.find_at(&folded[..p], start)) {
                        Some(m) if m.start() == start && !m.is_empty() => end = m.end(),
                        _ => break,
                    }
                }
                if !boundary(folded, end) {
                    self.at = step;
                    continue;
                }
            }
            self.at = end;
            let r = self.map.original_range(folded, start..end);
            if r.is_empty() {
                // Only what the fold put in (the space between a digit and a
                // letter): nothing of the text.
                continue;
            }
            let phrase = if self.searcher.keys.is_empty() {
                None
            } else {
                let key = self.searcher.options.key(&folded[start..end]);
                self.searcher.keys.get(&key).copied()
            };
            return Some(SearchMatch {
                text: self.text,
                start: r.start,
                end: r.end,
                phrase,
            });
        }
    }
}

impl FusedIterator for SearchMatches<'_, '_> {}
