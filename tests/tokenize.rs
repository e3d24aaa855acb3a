//! Tokens and sentences.

use parsi::{sentences, tokens, TokenKind};
use proptest::prelude::*;

use TokenKind::*;

#[test]
fn token_table() {
    let cases: &[(&str, &[(TokenKind, &str)])] = &[
        ("می‌شود", &[(Word, "می‌شود")]),
        ("کتاب‌ها", &[(Word, "کتاب‌ها")]),
        // A soft hyphen written for ZWNJ joins too, alone or beside one.
        ("سال\u{AD}های آتی", &[(Word, "سال\u{AD}های"), (Word, "آتی")]),
        ("دولت\u{AD}\u{200C}ها", &[(Word, "دولت\u{AD}\u{200C}ها")]),
        ("گفت\u{AD} وگو", &[(Word, "گفت"), (Word, "وگو")]),
        // So does a left-to-right or right-to-left mark written for ZWNJ,
        // between two Persian letters (also after a diacritic); elsewhere it
        // is skipped like a space.
        (
            "رشته\u{200E}های علمی",
            &[(Word, "رشته\u{200E}های"), (Word, "علمی")],
        ),
        ("می\u{200F}زد", &[(Word, "می\u{200F}زد")]),
        ("بی\u{064E}\u{200E}باک", &[(Word, "بی\u{064E}\u{200E}باک")]),
        ("سال\u{200E} ۱۴۰۰", &[(Word, "سال"), (Number, "۱۴۰۰")]),
        ("سال\u{200E}۱۴۰۰", &[(Word, "سال"), (Number, "۱۴۰۰")]),
        ("abc\u{200E}def", &[(Word, "abc"), (Word, "def")]),
        // A zero-width joiner inside a word joins; after its last letter it
        // is skipped.
        ("وي\u{200D}\u{200D}ژه", &[(Word, "وي\u{200D}\u{200D}ژه")]),
        (
            "(ه\u{200D})",
            &[(Punctuation, "("), (Word, "ه"), (Punctuation, ")")],
        ),
        ("ایران\u{200E}\u{202C}ها", &[(Word, "ایران"), (Word, "ها")]),
        ("بزرگ‌ترین", &[(Word, "بزرگ‌ترین")]),
        ("117کودک", &[(Number, "117"), (Word, "کودک")]),
        ("تعداد61", &[(Word, "تعداد"), (Number, "61")]),
        ("۲٬۵۲۱٬۰۰۰", &[(Number, "۲٬۵۲۱٬۰۰۰")]),
        // A verse number between ornate parentheses (six in the corpus).
        (
            "الْحَقِّ ﴿77﴾",
            &[
                (Word, "الْحَقِّ"),
                (Punctuation, "﴿"),
                (Number, "77"),
                (Punctuation, "﴾"),
            ],
        ),
        ("2,521,000", &[(Number, "2,521,000")]),
        ("3.5", &[(Number, "3.5")]),
        ("۳٫۵", &[(Number, "۳٫۵")]),
        ("7388/6012", &[(Number, "7388/6012")]),
        ("۱۴۰۲/۰۵/۱۲", &[(Number, "۱۴۰۲/۰۵/۱۲")]),
        ("۱۰:۳۰", &[(Number, "۱۰:۳۰")]),
        ("۲۳۱.", &[(Number, "۲۳۱"), (Punctuation, ".")]),
        (
            "61، 56",
            &[(Number, "61"), (Punctuation, "،"), (Number, "56")],
        ),
        ("2,", &[(Number, "2"), (Punctuation, ",")]),
        (
            "سلام، دنیا",
            &[(Word, "سلام"), (Punctuation, "،"), (Word, "دنیا")],
        ),
        ("چرا؟", &[(Word, "چرا"), (Punctuation, "؟")]),
        (
            "«نه»",
            &[(Punctuation, "«"), (Word, "نه"), (Punctuation, "»")],
        ),
        ("الف؛ ب", &[(Word, "الف"), (Punctuation, "؛"), (Word, "ب")]),
        (
            "(متن)",
            &[(Punctuation, "("), (Word, "متن"), (Punctuation, ")")],
        ),
        ("افزود:", &[(Word, "افزود"), (Punctuation, ":")]),
        ("نیست...", &[(Word, "نیست"), (Punctuation, "...")]),
        ("!", &[(Punctuation, "!")]),
        ("hello world", &[(Word, "hello"), (Word, "world")]),
        ("don't", &[(Word, "don't")]),
        ("Persian فارسی", &[(Word, "Persian"), (Word, "فارسی")]),
        (
            "https://example.com/a?b=1.",
            &[(Url, "https://example.com/a?b=1"), (Punctuation, ".")],
        ),
        ("www.irna.ir", &[(Url, "www.irna.ir")]),
        ("info@irna.ir", &[(Email, "info@irna.ir")]),
        ("a.b@c.co،", &[(Email, "a.b@c.co"), (Punctuation, "،")]),
        ("#خبر_فوری", &[(Hashtag, "#خبر_فوری")]),
        ("#کودکان‌کار", &[(Hashtag, "#کودکان‌کار")]),
        ("@irna_news", &[(Mention, "@irna_news")]),
        ("@", &[(Symbol, "@")]),
        ("😀", &[(Symbol, "😀")]),
        ("👨‍👩‍👧", &[(Symbol, "👨‍👩‍👧")]),
        ("٪۵", &[(Punctuation, "٪"), (Number, "۵")]),
        ("$5", &[(Symbol, "$"), (Number, "5")]),
        ("中文", &[(Word, "中"), (Word, "文")]),
        ("привет мир", &[(Word, "привет"), (Word, "мир")]),
        ("café", &[(Word, "café")]),
        ("علي‌رضا", &[(Word, "علي‌رضا")]),
        (" \u{200C} ", &[]),
        ("کِتاب", &[(Word, "کِتاب")]),
    ];
    assert!(cases.len() >= 40);
    for (text, expected) in cases {
        let got: Vec<(TokenKind, &str)> = tokens(text).map(|t| (t.kind(), t.as_str())).collect();
        assert_eq!(&got, expected, "{text:?}");
    }
}

#[test]
fn sentence_table() {
    let cases: &[(&str, &[&str])] = &[
        ("یک. دو.", &["یک.", "دو."]),
        ("یک! دو؟ سه?", &["یک!", "دو؟", "سه?"]),
        ("نرخ ۳.۵ درصد است.", &["نرخ ۳.۵ درصد است."]),
        ("قیمت 2.5 دلار شد. بعد", &["قیمت 2.5 دلار شد.", "بعد"]),
        ("خط یک\nخط دو", &["خط یک", "خط دو"]),
        ("خط یک\r\nخط دو", &["خط یک", "خط دو"]),
        (
            "او گفت: «امروز نه. فردا» و رفت.",
            &["او گفت: «امروز نه. فردا» و رفت."],
        ),
        ("او گفت: «نه.» بعد رفت.", &["او گفت: «نه.»", "بعد رفت."]),
        ("واقعا؟! بله.", &["واقعا؟!", "بله."]),
        ("نیست...", &["نیست..."]),
        ("صبر کن... بعد", &["صبر کن...", "بعد"]),
        ("Dr. Smith came. Then", &["Dr. Smith came.", "Then"]),
        ("U.S. news.", &["U.S. news."]),
        ("سال ۵۰۰ ق.م بود.", &["سال ۵۰۰ ق.م بود."]),
        ("(یک.) دو", &["(یک.)", "دو"]),
        ("  فاصله.  ", &["فاصله."]),
        ("", &[]),
        ("\n\n", &[]),
        ("بدون پایان", &["بدون پایان"]),
        ("یک؟دو", &["یک؟", "دو"]),
        ("7388/6012\nانتهای پیام", &["7388/6012", "انتهای پیام"]),
        ("«سلام. خوبی؟»", &["«سلام. خوبی؟»"]),
        (
            "سایت www.irna.ir را ببینید. بعدی",
            &["سایت www.irna.ir را ببینید.", "بعدی"],
        ),
        ("رفتیم.بعد آمدیم", &["رفتیم.", "بعد آمدیم"]),
        // "و ..." is "and so on" inside a sentence; a line break still ends it.
        (
            "کتاب، مجله و ... اشاره کرد. بعد",
            &["کتاب، مجله و ... اشاره کرد.", "بعد"],
        ),
        ("نمایشگاه و... برگزار شد.", &["نمایشگاه و... برگزار شد."]),
        ("او رفت و ... . سپس آمد", &["او رفت و ... .", "سپس آمد"]),
        ("او رفت و ...\nبعد", &["او رفت و ...", "بعد"]),
        ("سرو... رفت", &["سرو...", "رفت"]),
        // Acronyms spelled with letter names and periods.
        (
            "به گزارش بي.بي.سي از قول او. بعد",
            &["به گزارش بي.بي.سي از قول او.", "بعد"],
        ),
        ("اف.بی.آی گفت.", &["اف.بی.آی گفت."]),
        ("این است.در آنجا", &["این است.", "در آنجا"]),
        // The number of a list item or a labelled part keeps its period.
        (
            "1. منظور از طفل است. 2. بعدی",
            &["1. منظور از طفل است.", "2. بعدی"],
        ),
        ("تبصره ۱. منظور این است.", &["تبصره ۱. منظور این است."]),
        ("سال 1400. بعد", &["سال 1400.", "بعد"]),
        ("او 12. بعد", &["او 12.", "بعد"]),
        // A footnote or a source after the terminator belongs to its sentence.
        (
            "مصلحت باشد.(11) البته تنبیه",
            &["مصلحت باشد.(11)", "البته تنبیه"],
        ),
        (
            "می‌ترسم». (حویزی، 1415: 553) یعنی",
            &["می‌ترسم». (حویزی، 1415: 553)", "یعنی"],
        ),
        ("نمی‌ورزند. (82))) بعد", &["نمی‌ورزند. (82)))", "بعد"]),
        (
            "او رفت. (در سال 1400) آمد.",
            &["او رفت.", "(در سال 1400) آمد."],
        ),
    ];
    assert!(cases.len() >= 20);
    for (text, expected) in cases {
        let got: Vec<&str> = sentences(text).collect();
        assert_eq!(&got, expected, "{text:?}");
        for (r, s) in sentences(text).with_ranges() {
            assert_eq!(&text[r], s);
        }
    }
}

fn is_skipped(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn tokens_cover_the_input(s in any::<String>()) {
        let mut pos = 0;
        for t in tokens(&s) {
            prop_assert!(t.start() >= pos);
            prop_assert!(t.end() > t.start());
            prop_assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
            prop_assert!(s[pos..t.start()].chars().all(is_skipped), "{:?}", &s[pos..t.start()]);
            prop_assert_eq!(&s[t.range()], t.as_str());
            pos = t.end();
        }
        prop_assert!(s[pos..].chars().all(is_skipped));
    }

    #[test]
    fn persian_tokens_cover_the_input(s in "[ا-ی۰-۹0-9a-z ،.؟«»\u{200C}:/,٬٫!#@_-]{0,60}") {
        let mut pos = 0;
        for t in tokens(&s) {
            prop_assert!(s[pos..t.start()].chars().all(is_skipped));
            pos = t.end();
        }
        prop_assert!(s[pos..].chars().all(is_skipped));
    }

    #[test]
    fn sentences_are_in_order(s in any::<String>()) {
        let mut pos = 0;
        for (r, sent) in sentences(&s).with_ranges() {
            prop_assert!(r.start >= pos);
            prop_assert!(!sent.is_empty());
            prop_assert_eq!(&s[r.clone()], sent);
            pos = r.end;
        }
    }
}
