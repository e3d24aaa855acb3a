//! Running text rewritten around its numbers: numbers spelled as words
//! ([`Spelling::spell_numbers`]) and number words written as digits
//! ([`NumberParser::digitize_numbers`]).

use super::find::{find_numbers, NumberMatch};
use super::grammar::NumberParser;
use super::lexicon::{self, Ordinal};
use super::value::{ascii_digits, Number};
use super::words::{OrdinalStyle, Spelling};
use crate::digits::Script;
use crate::text::{self, ZWNJ_LIKE};

impl Spelling {
    /// Every number in `text` written out in words with this spelling, the
    /// rest of the text byte for byte unchanged: the front end of Persian
    /// text-to-speech. Ordinals become ordinal words, in the form the text
    /// gives them ("۲۱مین" → "بیست و یکمین", "۲۱م" → "بیست و یکم"); a number
    /// already written in words stays as it is written ("سه چهارم" is not
    /// rewritten as "هفتاد و پنج صدم"). A word glued to the digits, or joined
    /// to them by ZWNJ, is set apart by a space, so that the number words
    /// stay words of their own. Numbers are found with the defaults of
    /// [`find_numbers`].
    ///
    /// # Example
    ///
    /// ```
    /// use parsi::{DecimalStyle, ScaleNames, Spelling};
    ///
    /// let text = "سهم ۱م و ۲٫۵ درصد از 2000000000000 ریال";
    /// assert_eq!(
    ///     Spelling::new().spell_numbers(text),
    ///     "سهم یکم و دو ممیز پنج درصد از دو تریلیون ریال"
    /// );
    /// let news = Spelling::new()
    ///     .first_as_aval(true)
    ///     .decimal_style(DecimalStyle::Fraction)
    ///     .scale_names(ScaleNames::Milliard);
    /// assert_eq!(
    ///     news.spell_numbers(text),
    ///     "سهم اول و دو و پنج دهم درصد از دو هزار میلیارد ریال"
    /// );
    /// ```
    pub fn spell_numbers(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut copied = 0;
        for m in find_numbers(text) {
            if !m.as_str().chars().any(text::is_digit) {
                // Words already: nothing to say differently.
                continue;
            }
            copied = self.spell_one(text, copied, &m, &mut out);
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Writes the text from `copied` up to the match, then the match in
    /// words; returns where the copy goes on.
    fn spell_one(&self, text: &str, copied: usize, m: &NumberMatch<'_>, out: &mut String) -> usize {
        // Words glued before digits get a space too: "تعداد61" is "تعداد شصت
        // و یک"; so do words joined to them by ZWNJ ("گذشت\u{200C}۱۴۰۰"),
        // which joined to the number words would make one compound word.
        let before = &text[copied..m.start()];
        let unjoined = before.trim_end_matches(ZWNJ_LIKE);
        if text[..copied + unjoined.len()]
            .chars()
            .next_back()
            .is_some_and(text::is_word_char)
        {
            out.push_str(unjoined);
            out.push(' ');
        } else {
            out.push_str(before);
        }
        // Writing to a String cannot fail.
        match m.ordinal_form() {
            Ordinal::None => {
                let _ = self.write_words(m.value(), out);
                if m.ends_in_scale_adjective() {
                    // The words end in the scale: "هفتاد میلیون" + ی.
                    out.push('ی');
                }
            }
            form => {
                let style = if form == Ordinal::Attributive {
                    OrdinalStyle::Attributive
                } else {
                    OrdinalStyle::Suffix
                };
                let _ = self
                    .ordinal_style(style)
                    .write_ordinal_words(m.value(), out);
            }
        }
        // Words glued to digits get a space: "117کودک" is "صد و هفده کودک",
        // and "۲۵۰\u{200C}پزشک" is "دویست و پنجاه پزشک".
        let after = &text[m.end()..];
        let unjoined = after.trim_start_matches(ZWNJ_LIKE);
        if unjoined.chars().next().is_some_and(text::is_word_char) {
            out.push(' ');
            return m.end() + after.len() - unjoined.len();
        }
        m.end()
    }
}

/// Every number in `text` written out in words, the rest of the text byte for
/// byte unchanged: [`Spelling::spell_numbers`] with the defaults of
/// [`Spelling::new`].
///
/// # Example
///
/// ```
/// assert_eq!(
///     parsi::spell_numbers("2میلیارد و 521میلیون ریال"),
///     "دو میلیارد و پانصد و بیست و یک میلیون ریال"
/// );
/// assert_eq!(parsi::spell_numbers("117کودک"), "صد و هفده کودک");
/// assert_eq!(parsi::spell_numbers("تعداد61"), "تعداد شصت و یک");
/// assert_eq!(parsi::spell_numbers("۲۵۰\u{200C}پزشک"), "دویست و پنجاه پزشک");
/// assert_eq!(parsi::spell_numbers("سه چهارم جمعیت و ۳ نفر"), "سه چهارم جمعیت و سه نفر");
/// ```
pub fn spell_numbers(text: &str) -> String {
    Spelling::new().spell_numbers(text)
}

impl NumberParser {
    /// Every number in `text`, found with this parser's settings, written in
    /// digits of `script`, the rest unchanged. See [`digitize_numbers`].
    ///
    /// # Example
    ///
    /// ```
    /// use parsi::{NumberParser, Script};
    ///
    /// let text = "دو بیلیون نفر";
    /// assert_eq!(parsi::digitize_numbers(text, Script::Ascii), "2000000000 نفر");
    /// let long = NumberParser::new().long_scale(true);
    /// assert_eq!(long.digitize_numbers(text, Script::Ascii), "2000000000000 نفر");
    /// ```
    pub fn digitize_numbers(&self, text: &str, script: Script) -> String {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        for m in self.find_numbers(text) {
            out.push_str(&text[copied..m.start()]);
            write_digits(m.value(), script, &mut out);
            match m.ordinal_form() {
                Ordinal::None => {}
                Ordinal::Plain => out.push_str(lexicon::ORD_M),
                Ordinal::Attributive => out.push_str(lexicon::ORD_MIN),
            }
            copied = m.end();
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// Every number in `text` written in digits of `script`, the rest unchanged:
/// for search indexing and for text that must be compared. Decimals use the
/// script's decimal separator (`٫` for Persian and Arabic-Indic); ordinals
/// keep a glued suffix ("۲۱م", "۲۱مین"); a number ending in a scale adjective
/// ("هفتاد میلیونی") is written as its value. Numbers are read with the
/// defaults of [`NumberParser::new`].
///
/// # Example
///
/// ```
/// use parsi::{digitize_numbers, Script};
///
/// assert_eq!(digitize_numbers("سه هزار و 713 خدمت", Script::Persian), "۳۷۱۳ خدمت");
/// assert_eq!(digitize_numbers("دو و نیم میلیون", Script::Ascii), "2500000");
/// ```
pub fn digitize_numbers(text: &str, script: Script) -> String {
    NumberParser::new().digitize_numbers(text, script)
}

/// Writes `n` in the digits of `script`, without grouping.
fn write_digits(n: Number, script: Script, out: &mut String) {
    let mut buf = [0u8; 64];
    let ascii = ascii_digits(n, &mut buf);
    for c in ascii.chars() {
        match c {
            '0'..='9' => out.push(script.digit(c as u8 - b'0')),
            '.' => out.push(if script == Script::Ascii {
                '.'
            } else {
                text::DECIMAL_SEPARATOR
            }),
            _ => out.push(c),
        }
    }
}
