//! One scanner over every kind the crate finds: dates, amounts of money
//! and numbers, in text order and not overlapping ([`find_entities`]).

use std::iter::FusedIterator;
use std::ops::Range;

use crate::date::{DateFinder, DateMatch, DateMatches};
use crate::money::{MoneyMatch, MoneyMatches, MoneyParser};
use crate::number::NumberMatch;

/// A date, an amount of money or a number found in running text.
///
/// ```
/// use parsi::Entity;
///
/// let kinds: Vec<&str> = parsi::find_entities("۱۲ آذر ۱۴۰۳، ۵ دلار و ۳ نفر")
///     .map(|e| match e {
///         Entity::Date(_) => "date",
///         Entity::Money(_) => "money",
///         Entity::Number(_) => "number",
///         _ => "a kind added later",
///     })
///     .collect();
/// assert_eq!(kinds, ["date", "money", "number"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind"))]
#[non_exhaustive]
pub enum Entity<'t> {
    /// A date ([`find_dates`](crate::find_dates)).
    Date(DateMatch<'t>),
    /// An amount of money ([`find_money`](crate::find_money)).
    Money(MoneyMatch<'t>),
    /// A number that is no part of a date or an amount
    /// ([`find_numbers`](crate::find_numbers)).
    Number(NumberMatch<'t>),
}

impl<'t> Entity<'t> {
    /// Byte offset of the start.
    ///
    /// ```
    /// assert_eq!(parsi::find_entities("در ۱۲ آذر").next().unwrap().start(), 5);
    /// ```
    pub fn start(&self) -> usize {
        match self {
            Entity::Date(m) => m.start(),
            Entity::Money(m) => m.start(),
            Entity::Number(m) => m.start(),
        }
    }

    /// Byte offset of the end.
    ///
    /// ```
    /// assert_eq!(parsi::find_entities("۵ دلار").next().unwrap().end(), 11);
    /// ```
    pub fn end(&self) -> usize {
        match self {
            Entity::Date(m) => m.end(),
            Entity::Money(m) => m.end(),
            Entity::Number(m) => m.end(),
        }
    }

    /// The byte range.
    ///
    /// ```
    /// assert_eq!(parsi::find_entities("۱۲ آذر").next().unwrap().range(), 0..11);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The matched text.
    ///
    /// ```
    /// assert_eq!(parsi::find_entities("سه هزار و 713 خدمت").next().unwrap().as_str(), "سه هزار و 713");
    /// ```
    pub fn as_str(&self) -> &'t str {
        match self {
            Entity::Date(m) => m.as_str(),
            Entity::Money(m) => m.as_str(),
            Entity::Number(m) => m.as_str(),
        }
    }
}

/// The dates, amounts and numbers of a text, created by [`find_entities`].
#[derive(Debug, Clone)]
pub struct Entities<'t> {
    dates: DateMatches<'t>,
    others: MoneyMatches<'t>,
    /// The next date, read ahead; `None` once there are no more.
    date: Option<DateMatch<'t>>,
    /// The next amount or number, read ahead.
    other: Option<Entity<'t>>,
    started: bool,
}

/// Finds the dates, amounts of money and numbers of `text` in one
/// sequence, in text order and not overlapping: a date or an amount claims
/// its numbers ("۱۲ آذر ۱۴۰۳" is one date, not 12 and 1403; "۵ دلار" one
/// amount). Each kind is found as its own finder finds it
/// ([`find_dates`](crate::find_dates), [`find_money`](crate::find_money),
/// [`find_numbers`](crate::find_numbers)), which keep their own behaviour;
/// where a date and an amount or number overlap, the date is taken.
///
/// # Example
///
/// ```
/// use parsi::{find_entities, Entity};
///
/// let text = "در ۱۲ آذر ۱۴۰۳ مبلغ ۲ میلیارد ریال به ۳۱۴ کودک رسید";
/// let found: Vec<String> = find_entities(text)
///     .map(|e| match e {
///         Entity::Date(d) => format!("date {:?}", d.jalali().map(|j| j.to_string())),
///         Entity::Money(m) => format!("money {}", m.money().amount()),
///         Entity::Number(n) => format!("number {}", n.value()),
///         _ => unreachable!(),
///     })
///     .collect();
/// assert_eq!(found, [
///     "date Some(\"۱۴۰۳/۰۹/۱۲\")",
///     "money 2000000000",
///     "number 314",
/// ]);
/// ```
///
/// # Time complexity
///
/// Linear in the length of `text`; nothing is allocated.
pub fn find_entities(text: &str) -> Entities<'_> {
    EntityFinder::new().find_entities(text)
}

/// Settings for [`find_entities`]: the [`DateFinder`] (an anchor date) and
/// the [`MoneyParser`] (which carries the number settings) it reads with.
///
/// ```
/// use parsi::{DateFinder, Entity, EntityFinder, JalaliDate, MoneyParser};
///
/// let f = EntityFinder::new()
///     .dates(DateFinder::new().anchor(JalaliDate::new(1403, 9, 20)?))
///     .money(MoneyParser::new().colloquial_thousands(true));
/// let found: Vec<Entity> = f.find_entities("پارسال صد تومن بود").collect();
/// match (found[0], found[1]) {
///     (Entity::Date(d), Entity::Money(m)) => {
///         assert_eq!(d.year(), Some(1402));
///         assert_eq!(m.money().amount(), parsi::Number::from(100_000));
///     }
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), parsi::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntityFinder {
    dates: DateFinder,
    money: MoneyParser,
}

impl EntityFinder {
    /// The defaults of [`find_dates`](crate::find_dates) and
    /// [`find_money`](crate::find_money).
    ///
    /// ```
    /// assert_eq!(parsi::EntityFinder::new(), parsi::EntityFinder::default());
    /// ```
    pub const fn new() -> EntityFinder {
        EntityFinder {
            dates: DateFinder::new(),
            money: MoneyParser::new(),
        }
    }

    /// Reads dates with `finder`.
    ///
    /// ```
    /// use parsi::{DateFinder, EntityFinder, JalaliDate};
    /// let f = EntityFinder::new().dates(DateFinder::new().anchor(JalaliDate::new(1403, 1, 1)?));
    /// assert_eq!(f.find_entities("امسال").count(), 1);
    /// # Ok::<(), parsi::DateError>(())
    /// ```
    pub const fn dates(mut self, finder: DateFinder) -> EntityFinder {
        self.dates = finder;
        self
    }

    /// Reads amounts and numbers with `parser`.
    ///
    /// ```
    /// use parsi::{EntityFinder, MoneyParser};
    /// let f = EntityFinder::new().money(MoneyParser::new().colloquial_thousands(true));
    /// assert_eq!(f.find_entities("صد تومن").next().unwrap().as_str(), "صد تومن");
    /// ```
    pub const fn money(mut self, parser: MoneyParser) -> EntityFinder {
        self.money = parser;
        self
    }

    /// Finds the entities of `text` as [`find_entities`] does, with these
    /// settings.
    ///
    /// ```
    /// let n = parsi::EntityFinder::new().find_entities("۱۲ آذر و ۳ نفر").count();
    /// assert_eq!(n, 2);
    /// ```
    ///
    /// # Time complexity
    ///
    /// Linear in the length of `text`; nothing is allocated.
    pub fn find_entities<'t>(&self, text: &'t str) -> Entities<'t> {
        Entities {
            dates: self.dates.find_dates(text),
            others: self.money.find_money(text),
            date: None,
            other: None,
            started: false,
        }
    }
}

impl<'t> Entities<'t> {
    fn next_other(&mut self) -> Option<Entity<'t>> {
        self.others.next_amount_or_number().map(|r| match r {
            Ok(m) => Entity::Money(m),
            Err(n) => Entity::Number(n),
        })
    }
}

impl<'t> Iterator for Entities<'t> {
    type Item = Entity<'t>;

    fn next(&mut self) -> Option<Entity<'t>> {
        if !self.started {
            self.started = true;
            self.date = self.dates.next();
            self.other = self.next_other();
        }
        loop {
            match (self.date, self.other) {
                (None, None) => return None,
                (Some(d), None) => {
                    self.date = self.dates.next();
                    return Some(Entity::Date(d));
                }
                (None, Some(o)) => {
                    self.other = self.next_other();
                    return Some(o);
                }
                (Some(d), Some(o)) => {
                    if o.end() <= d.start() {
                        self.other = self.next_other();
                        return Some(o);
                    }
                    if o.start() < d.end() {
                        // Overlapping: the date claims the number.
                        self.other = self.next_other();
                        continue;
                    }
                    self.date = self.dates.next();
                    return Some(Entity::Date(d));
                }
            }
        }
    }
}

impl FusedIterator for Entities<'_> {}
