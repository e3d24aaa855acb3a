//! The command line: commands, their flags, and the help they print.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Persian (Farsi) text normalized, searched and mined from the shell.";

const AFTER_HELP: &str = "\
Every command that reads text reads the FILEs named, or standard input when none or \"-\" is \
given, line by line, and writes to standard output. Work is cut into line-aligned chunks run on \
every core (-j), written in input order: the output is the same for every -j. Line endings (\\n, \
\\r\\n) and a last line without one come out as they went in.

Exit codes: 0 success (also when the reader of the output goes away, as with `| head`); 1 `parse` \
met an expression that is not a number; 2 an error: a missing file, invalid UTF-8 (named by file, \
line and byte offset; --lossy replaces it instead), or bad arguments.

Examples:
  parsi normalize news.txt > clean.txt
  parsi find --json archive/*.txt | jq .value
  parsi parse \"سه هزار و هفتصد و سیزده\"";

/// The whole command line.
#[derive(Debug, Parser)]
#[command(name = "parsi", version, about = ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    /// Threads to use (default: every core).
    #[arg(short = 'j', long = "jobs", global = true, value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar (it shows only when stderr is a terminal and files are read).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping with an error.
    #[arg(long, global = true)]
    pub lossy: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Normalize Persian text: letters, marks, ZWNJ, spacing.
    #[command(after_help = "\
Examples:
  parsi normalize news.txt > clean.txt
  echo 'كتاب ها را مي خوانم' | parsi normalize          # کتاب‌ها را می‌خوانم
  parsi normalize --digits persian --in-place *.txt
  parsi normalize --on compounds --off digit-spacing news.txt")]
    Normalize(NormalizeArgs),
    /// Write every digit in one script.
    #[command(after_help = "\
Examples:
  echo 'سال 1403' | parsi digits --to persian            # سال ۱۴۰۳
  parsi digits --to ascii table.csv > ascii.csv")]
    Digits(DigitsArgs),
    /// Every number (or amount of money, or date) in the text, one per line.
    #[command(after_help = "\
Output: TSV with a header, `file line start end text value kind unit` (kind: cardinal or \
ordinal; unit: empty, percent, or a currency such as rial, toman, usd); with --money, `file line \
start end text amount currency` (an ISO code: IRR, IRT, USD, ...); with --dates, `file line start \
end text calendar year month day weekday jalali` (calendar: jalali, gregorian or hijri; weekday \
as written, 1 Saturday .. 7 Friday; jalali the date as YYYY/MM/DD when complete; empty fields for \
what the text leaves out); with --entities, `file line start end text kind value` (kind: date, \
money or number; value: the Jalali date, the amount and currency code, or the number). start and end are byte offsets in the line (code points with --chars); \
line counts from 1; values are exact decimals.

Examples:
  echo 'سه هزار و 713 خدمت' | parsi find
  parsi find --money --json news/*.txt > amounts.jsonl
  echo 'جلسه ۱۲ آذر و مرداد ماه سال جاری' | parsi find --dates --anchor 1403/09/20
  echo 'در ۱۲ آذر ۱۴۰۳ مبلغ ۵ میلیون تومان به ۳ نفر' | parsi find --entities")]
    Find(FindArgs),
    /// Write the numbers of running text in words.
    #[command(after_help = "\
Examples:
  echo 'در سال 1400 و ۳ درصد' | parsi spell              # در سال هزار و چهارصد و سه درصد
  parsi spell --scale-names milliard --ordinal attributive script.txt")]
    Spell(SpellArgs),
    /// Write the numbers of running text in digits.
    #[command(after_help = "\
Examples:
  echo 'سه هزار و هفتصد و سیزده خدمت' | parsi digitize     # ۳۷۱۳ خدمت
  parsi digitize --script ascii news.txt")]
    Digitize(DigitizeArgs),
    /// Print the exact value of each expression.
    #[command(after_help = "\
Exit code 1 when an expression is not a number; the error's kind and position (code points) go \
to stderr, and the other expressions are still printed.

Examples:
  parsi parse \"سه هزار و هفتصد و سیزده\" \"۲٫۵ میلیون\"     # 3713, 2500000
  parsi parse --ordinal \"بیست و یکم\"                      # 21")]
    Parse(ParseArgs),
    /// Print each value in Persian words.
    #[command(after_help = "\
Examples:
  parsi words 3713 2.5                                  # سه هزار و هفتصد و سیزده, دو ممیز پنج
  parsi words --ordinal 21                              # بیست و یکم
  parsi words -- -5                                     # منفی پنج (after --, a value may start with -)")]
    Words(WordsArgs),
    /// Find a phrase (or phrases, or an expression) whatever its spelling.
    #[command(after_help = "\
Matches whatever the spelling: Arabic or Persian letter forms, diacritics and kashida, ZWNJ, \
space or nothing between the parts of a compound (کتاب‌ها, کتاب ها, کتابها), digits of any \
script, presentation forms; whole words only unless --partial. Prints each matching line as \
`file:line:text`, or with --spans one match a line, TSV `file line start end text` (bytes in the \
line, --chars for code points; with --phrases a last column, the phrase).

Examples:
  parsi grep \"کتاب‌ها\" news.txt
  parsi grep --spans --chars \"می روم\" *.txt
  parsi grep --phrases places.txt --spans archive/*.txt
  parsi grep --regex \"سال [۰-۹]+\" news.txt")]
    Grep(GrepArgs),
    /// Print the tokens of the text, one per line.
    #[command(after_help = "\
With --json, one object a token: file, line, start, end (bytes in the line, code points with \
--chars), text, kind (word, number, punctuation, symbol, url, email, hashtag, mention).

Examples:
  echo '117کودک، ۳٫۵' | parsi tokens                     # 117, کودک, ،, ۳٫۵
  parsi tokens --json corpus.txt | jq -r .kind | sort | uniq -c")]
    Tokens(TokensArgs),
    /// Print the sentences of the text, one per line.
    #[command(after_help = "\
Examples:
  echo 'سلام. حال شما چطور است؟' | parsi sentences")]
    Sentences(InputArgs),
}

/// The inputs of a streaming command.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files to read; standard input when none or "-".
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// A digit script.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ScriptArg {
    /// ۰۱۲۳۴۵۶۷۸۹
    Persian,
    /// ٠١٢٣٤٥٦٧٨٩
    Arabic,
    /// 0123456789
    Ascii,
}

impl From<ScriptArg> for parsi::Script {
    fn from(s: ScriptArg) -> parsi::Script {
        match s {
            ScriptArg::Persian => parsi::Script::Persian,
            ScriptArg::Arabic => parsi::Script::ArabicIndic,
            ScriptArg::Ascii => parsi::Script::Ascii,
        }
    }
}

/// `parsi normalize`.
#[derive(Debug, Args)]
pub struct NormalizeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Rewrite each FILE in place (through a temporary file beside it and a
    /// rename: an interrupted run never leaves a half-written file).
    #[arg(long)]
    pub in_place: bool,
    /// Start from every rule off; then turn rules on with the --<rule> flags.
    #[arg(long)]
    pub none: bool,
    /// Unify digits to one script (off by default).
    #[arg(long, value_name = "SCRIPT")]
    pub digits: Option<ScriptArg>,
    /// Rules to turn on: letters, presentation-forms, kashida, diacritics,
    /// direction-marks, quotes, zwnj, affixes, verb-prefixes, glued-suffixes,
    /// punctuation-spacing, bracket-spacing, digit-spacing, spaces, compounds,
    /// persian-punctuation, repeated-letters. Off by default: compounds,
    /// persian-punctuation, repeated-letters (and --digits).
    #[arg(long = "on", value_name = "RULE", value_delimiter = ',')]
    pub on: Vec<Rule>,
    /// Rules to turn off (same names as --on).
    #[arg(long = "off", value_name = "RULE", value_delimiter = ',')]
    pub off: Vec<Rule>,
}

/// A normalization rule, by its switch on `parsi::Normalizer`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Rule {
    Letters,
    PresentationForms,
    Kashida,
    Diacritics,
    DirectionMarks,
    Quotes,
    Zwnj,
    Affixes,
    VerbPrefixes,
    GluedSuffixes,
    PunctuationSpacing,
    BracketSpacing,
    Spaces,
    Compounds,
    PersianPunctuation,
    DigitSpacing,
    RepeatedLetters,
}

/// `parsi digits`.
#[derive(Debug, Args)]
pub struct DigitsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The script to write.
    #[arg(long, value_name = "SCRIPT")]
    pub to: ScriptArg,
}

/// How numbers are read (`find`, `digitize`, `parse`).
#[derive(Debug, Args)]
pub struct ReadingArgs {
    /// Read بیلیون as 10^12, تریلیون as 10^18 (the long scale).
    #[arg(long)]
    pub long_scale: bool,
    /// Never read "/" between digits as a decimal point ("۳/۵").
    #[arg(long)]
    pub no_slash_decimal: bool,
}

impl ReadingArgs {
    pub fn parser(&self) -> parsi::NumberParser {
        parsi::NumberParser::new()
            .long_scale(self.long_scale)
            .slash_decimal(!self.no_slash_decimal)
    }
}

/// `parsi find`.
#[derive(Debug, Args)]
pub struct FindArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Amounts of money instead of numbers.
    #[arg(long, conflicts_with = "dates")]
    pub money: bool,
    /// Dates instead of numbers ("۱۲ آذر ۱۴۰۳", "1387/2/17", "سال ۸۷").
    #[arg(long, group = "date_kinds")]
    pub dates: bool,
    /// Dates, amounts and numbers in one pass, not overlapping: a date or
    /// an amount claims its numbers.
    #[arg(long, group = "date_kinds", conflicts_with = "money")]
    pub entities: bool,
    /// With --dates or --entities: the date the text was written on
    /// (Jalali, YYYY/MM/DD), for what it leaves out: امسال, "سال ۸۷", a day
    /// and month alone.
    #[arg(long, requires = "date_kinds", value_parser = parse_anchor)]
    pub anchor: Option<parsi::JalaliDate>,
    /// With --money: "۵۰ تومن" in speech is 50,000 (هزار left out).
    #[arg(long, requires = "money")]
    pub colloquial_thousands: bool,
    /// JSON Lines with the same fields instead of TSV.
    #[arg(long)]
    pub json: bool,
    /// Offsets in code points instead of bytes.
    #[arg(long)]
    pub chars: bool,
}

/// `--anchor 1403/09/12`: a Jalali date, year/month/day.
fn parse_anchor(s: &str) -> Result<parsi::JalaliDate, String> {
    let parts: Vec<&str> = s.split(['/', '-']).collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(format!("{s:?} is not YYYY/MM/DD"));
    };
    let num = |p: &str| {
        parsi::digits::to_ascii(p)
            .parse::<i64>()
            .map_err(|_| format!("{s:?} is not YYYY/MM/DD"))
    };
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    let y = i32::try_from(y).map_err(|_| format!("year {y} out of range"))?;
    let m = u8::try_from(m).map_err(|_| format!("month {m} out of range"))?;
    let d = u8::try_from(d).map_err(|_| format!("day {d} out of range"))?;
    parsi::JalaliDate::new(y, m, d).map_err(|e| e.to_string())
}

/// Spelling styles (`spell`, `words`).
#[derive(Debug, Args)]
pub struct SpellingArgs {
    /// Write "یک" before هزار and the scales: "یک هزار".
    #[arg(long)]
    pub explicit_one: bool,
    /// Decimals as "ممیز" (point) or as tenths and hundredths (fraction).
    #[arg(long, value_enum, default_value = "point")]
    pub decimals: DecimalArg,
    /// Scales above 10^9 as تریلیون (short) or as "هزار میلیارد" (milliard).
    #[arg(long, value_enum, default_value = "short")]
    pub scale_names: ScaleArg,
}

/// `--decimals`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DecimalArg {
    Point,
    Fraction,
}

/// `--scale-names`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ScaleArg {
    Short,
    Milliard,
}

/// `--ordinal` styles.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OrdinalArg {
    /// "بیست و یکم"
    Suffix,
    /// "بیست و یکمین"
    Attributive,
}

impl SpellingArgs {
    pub fn spelling(&self, ordinal: Option<OrdinalArg>) -> parsi::Spelling {
        parsi::Spelling::new()
            .explicit_one(self.explicit_one)
            .decimal_style(match self.decimals {
                DecimalArg::Point => parsi::DecimalStyle::Point,
                DecimalArg::Fraction => parsi::DecimalStyle::Fraction,
            })
            .scale_names(match self.scale_names {
                ScaleArg::Short => parsi::ScaleNames::Short,
                ScaleArg::Milliard => parsi::ScaleNames::Milliard,
            })
            .ordinal_style(match ordinal {
                Some(OrdinalArg::Attributive) => parsi::OrdinalStyle::Attributive,
                _ => parsi::OrdinalStyle::Suffix,
            })
    }
}

/// `parsi spell`.
#[derive(Debug, Args)]
pub struct SpellArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub spelling: SpellingArgs,
    /// How ordinals found in the text ("21ام") are written.
    #[arg(long, value_enum, value_name = "STYLE")]
    pub ordinal: Option<OrdinalArg>,
}

/// `parsi digitize`.
#[derive(Debug, Args)]
pub struct DigitizeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// The digits to write.
    #[arg(long, value_enum, default_value = "persian", value_name = "SCRIPT")]
    pub script: ScriptArg,
}

/// `parsi parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Number expressions, in words, digits or both.
    #[arg(value_name = "TEXT", required = true)]
    pub texts: Vec<String>,
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Require ordinals ("بیست و یکم"); a cardinal is an error.
    #[arg(long)]
    pub ordinal: bool,
}

/// `parsi words`.
#[derive(Debug, Args)]
pub struct WordsArgs {
    /// Values: integers or decimals, in any digit script.
    #[arg(value_name = "NUMBER", required = true)]
    pub numbers: Vec<String>,
    #[command(flatten)]
    pub spelling: SpellingArgs,
    /// Ordinal words, in this style (suffix: "بیست و یکم", attributive:
    /// "بیست و یکمین").
    #[arg(long, value_enum, value_name = "STYLE", num_args = 0..=1, default_missing_value = "suffix")]
    pub ordinal: Option<OrdinalArg>,
}

/// `parsi grep`.
#[derive(Debug, Args)]
pub struct GrepArgs {
    /// The phrase (or, with --regex, the expression; with --phrases, the
    /// first input file).
    #[arg(value_name = "PHRASE")]
    pub pattern: Option<String>,
    #[command(flatten)]
    pub input: InputArgs,
    /// PHRASE is a regular expression (Rust regex syntax) against normalized text.
    #[arg(long, conflicts_with = "phrases")]
    pub regex: bool,
    /// Read the phrases, one a line, from this file (a gazetteer); PHRASE is
    /// then not given.
    #[arg(long, value_name = "FILE")]
    pub phrases: Option<PathBuf>,
    /// One match a line, TSV, instead of the matching lines.
    #[arg(long)]
    pub spans: bool,
    /// Offsets in code points instead of bytes (with --spans).
    #[arg(long)]
    pub chars: bool,
    /// Match inside longer words too.
    #[arg(long)]
    pub partial: bool,
    /// Letter forms must match exactly (ي is not ی).
    #[arg(long)]
    pub exact_letters: bool,
    /// Diacritics and kashida must match exactly.
    #[arg(long)]
    pub exact_marks: bool,
    /// ZWNJ, space and nothing are not the same.
    #[arg(long)]
    pub exact_joiners: bool,
    /// Digits must be in the same script.
    #[arg(long)]
    pub exact_digits: bool,
}

/// `parsi tokens`.
#[derive(Debug, Args)]
pub struct TokensArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// JSON Lines with offsets and kinds instead of the token text alone.
    #[arg(long)]
    pub json: bool,
    /// Offsets in code points instead of bytes (with --json).
    #[arg(long)]
    pub chars: bool,
}
