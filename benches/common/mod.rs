//! Inputs shared by the benches: the article, news-style text generated from
//! the team's own templates (deterministic), and the file named by
//! `PARSI_BENCH_CORPUS` when it is set.

#![allow(dead_code)]

use std::time::Duration;

use criterion::Criterion;

pub const ARTICLE: &str = include_str!("../../tests/data/article.txt");

/// Short measurements: the whole `cargo bench` stays within minutes.
pub fn criterion() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20)
        .configure_from_args()
}

/// The article repeated to at least `n` bytes.
pub fn article_repeated(n: usize) -> String {
    let mut s = String::with_capacity(n + ARTICLE.len());
    while s.len() < n {
        s.push_str(ARTICLE);
        s.push('\n');
    }
    s
}

/// The corpus file named by `PARSI_BENCH_CORPUS`, if set and readable.
pub fn corpus() -> Option<(String, String)> {
    let path = std::env::var("PARSI_BENCH_CORPUS").ok()?;
    let text = std::fs::read_to_string(&path).ok()?;
    Some(("corpus".to_string(), text))
}

/// A small deterministic generator (a linear congruential one).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const SUBJECTS: &[&str] = &[
    "وزارت بهداشت",
    "شهرداری تهران",
    "بانک مرکزی",
    "اداره کل بهزیستی استان",
    "سازمان برنامه",
    "مرکز آمار",
    "دانشگاه تهران",
    "شورای شهر",
    "استانداری اصفهان",
    "گمرک",
];
const VERBS: &[&str] = &["اعلام کرد", "گزارش داد", "خبر داد", "تأکید کرد", "افزود"];
const NOUNS: &[&str] = &[
    "کودک",
    "خانوار",
    "دانش‌آموز",
    "بیمار",
    "واحد مسکونی",
    "پروژه",
    "نفر",
];
const CURRENCIES: &[&str] = &["ریال", "تومان", "میلیارد ریال", "میلیون تومان", "دلار"];
const WORD_NUMBERS: &[&str] = &[
    "سه هزار و هفتصد و سیزده",
    "دو میلیارد و پانصد و بیست و یک میلیون",
    "هزار و دویست و چهارده",
    "صد و بیست و سه هزار و چهارصد و پنجاه و شش",
    "پنج",
    "بیست و یک",
    "سیصد و پنجاه هزار",
    "دو و نیم میلیون",
];
const ORDINALS: &[&str] = &["اول", "دوم", "سومین", "بیست و یکمین", "نخستین", "سی‌ام"];
const FILLER: &[&str] = &[
    "در این نشست که با حضور مسئولان برگزار شد، برنامه‌های آینده بررسی شد.",
    "به گفته وی این طرح در راستای حمایت از خانواده‌ها اجرا می‌شود.",
    "کارشناسان معتقدند روند فعلی باید با دقت بیشتری دنبال شود.",
    "روز چهارشنبه نه تنها نمایندگان بلکه کارشناسان نیز حضور داشتند.",
    "شماره خبر 7388/6012 و تاریخ انتشار ۱۴۰۲/۰۵/۱۲ است.",
];

fn digits(rng: &mut Rng, style: u64) -> String {
    let n = rng.next() % 1_000_000;
    let s = n.to_string();
    match style % 4 {
        0 => s,
        1 => parsi::digits::to_persian(&s).into_owned(),
        2 => parsi::digits::to_arabic(&s).into_owned(),
        _ => {
            let mut b = num_format::Buffer::new();
            b.write_formatted(&n, &num_format::Locale::en);
            parsi::digits::to_persian(&parsi::digits::to_persian_separators(b.as_str()))
                .into_owned()
        }
    }
}

/// News-style Persian text of about `n` bytes, numbers in every style.
pub fn generated(n: usize) -> String {
    let mut rng = Rng(0x5eed);
    let mut s = String::with_capacity(n + 256);
    while s.len() < n {
        let subject = rng.pick(SUBJECTS);
        let verb = rng.pick(VERBS);
        let noun = rng.pick(NOUNS);
        let amount = match rng.next() % 5 {
            0 => rng.pick(WORD_NUMBERS).to_string(),
            1 => format!("{}میلیارد و {}میلیون", rng.next() % 10, rng.next() % 1000),
            2 => format!("سه هزار و {}", rng.next() % 1000),
            k => digits(&mut rng, k),
        };
        let style = rng.next();
        let count = digits(&mut rng, style);
        let ordinal = rng.pick(ORDINALS);
        s.push_str(&format!(
            "{subject} {verb}: در نیمه {ordinal} سال {count}{noun} تحت پوشش قرار گرفتند و {amount} {} اعتبار تخصیص یافت. ",
            rng.pick(CURRENCIES)
        ));
        s.push_str(&format!(
            "نرخ رشد {}/{} درصد بود. ",
            rng.next() % 100,
            rng.next() % 10
        ));
        s.push_str(rng.pick(FILLER));
        s.push('\n');
    }
    s
}

/// The inputs of a throughput group: the article repeated, the generated
/// text, and the corpus when set.
pub fn inputs() -> Vec<(String, String)> {
    let mut v = vec![
        ("article".to_string(), article_repeated(256 * 1024)),
        ("generated".to_string(), generated(2 * 1024 * 1024)),
    ];
    v.extend(corpus());
    v
}
