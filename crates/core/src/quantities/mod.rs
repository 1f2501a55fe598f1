//! Figures a reader would chart: deaths, money, percentages and counts.
//!
//! One left-to-right pass per sentence. At each numeral ("6,290", "1.4 billion", "a dozen")
//! we read outward: a hedge before it ("more than"), a currency sign, a range ("$12 to 15
//! billion"), a unit after it ("dollars", "percent") or the plural noun it counts ("500
//! federal agents"). Deaths are counts governed by death vocabulary ("killed 30 people",
//! "4,000 people have been killed", "the death toll at 5,300"). A bare numeral coordinated
//! with a figure just before it takes that figure's kind ("killed 6,290 people last year and
//! more than 1,000 in ..."). Numerals inside date expressions, years, ordinals, clock times,
//! hyphenated measures ("45-year-old") and vague plurals ("thousands of") are not figures.

mod context;
mod lexicon;
mod numeral;

use crate::model::{Quantity, QuantityKind, Span, Timex};
use crate::text::{Analysis, Sentence, TokenKind};
use crate::wordkey::KeySet;
use lexicon::*;
use numeral::Numeral;

/// Find the figures of a document; `timex` gives each its period.
pub fn extract(analysis: &Analysis, timex: &[Timex]) -> Vec<Quantity> {
    let mut dates: Vec<Span> = timex.iter().map(|t| Span::new(t.start, t.end)).collect();
    let in_order = dates.windows(2).all(|w| w[0].start <= w[1].start);
    // The date stage gives its dates in text order: sorting is then seldom needed.
    if !dates.windows(2).all(|w| w[0] <= w[1]) {
        crate::order::sort(&mut dates);
    }
    // A figure's period is searched among its sentence's dates only (when they come in
    // text order, as the date stage gives them).
    let timex_of = |s: &Sentence| -> &[Timex] {
        if !in_order {
            return timex;
        }
        let lo = timex.partition_point(|t| t.start < s.span.start);
        let hi = timex.partition_point(|t| t.start <= s.span.end);
        timex.get(lo..hi.max(lo)).unwrap_or_default()
    };
    let mut out = Vec::new();
    // Built at the first figure: a document without figures never pays for it.
    let mut words: Option<context::Words> = None;
    for sentence in &analysis.sentences {
        let first_of_sentence = out.len();
        let mut i = sentence.first_token;
        while i < sentence.end_token {
            if !may_start_figure(analysis, i) {
                i += 1;
                continue;
            }
            let scan = Scan {
                a: analysis,
                sentence,
                dates: &dates,
                earlier: &out[first_of_sentence..],
            };
            match scan.figure_at(i) {
                Step::Figure(found, next) => {
                    let words = words.get_or_insert_with(|| context::Words::new(analysis));
                    let q = scan.build(found, timex_of(sentence), words);
                    out.push(q);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
            }
        }
    }
    out
}

/// Can a figure start at token `i`? Only at a number, a number word, a currency sign or
/// code, "US$" or a minus sign: `Scan::figure_at` skips every other token at once, so
/// they are passed over here without setting up a scan.
fn may_start_figure(a: &Analysis, i: usize) -> bool {
    let Some(tok) = a.tokens.get(i) else {
        return false;
    };
    let t = tok.text(a.text);
    match tok.kind {
        TokenKind::Number => true,
        TokenKind::Punct => currency_sign(t).is_some() || t == "-" || t == "\u{2212}",
        TokenKind::Word => {
            t.as_bytes()
                .first()
                .is_some_and(|&b| numeral::first_byte_may_start(b))
                && (currency_sign(t).is_some() || t == "US" || t == "U.S." || numeral::may_start(t))
        }
    }
}

enum Step {
    Figure(Found, usize),
    Skip(usize),
}

/// A figure located in the tokens, before its text and context are rendered.
struct Found {
    /// First token (hedge included) and end token (exclusive).
    first: usize,
    end: usize,
    kind: QuantityKind,
    value: f64,
    value_high: Option<f64>,
    unit: String,
    hedge: Option<(usize, usize)>,
    /// Where the counted noun phrase starts (`end` when there is none).
    np_start: usize,
}

struct Scan<'s, 'a> {
    a: &'s Analysis<'a>,
    sentence: &'s Sentence,
    dates: &'s [Span],
    earlier: &'s [Quantity],
}

/// What follows a numeral: a currency, a percent sign, or nothing.
#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Currency(&'static str),
    Percent,
}

impl<'s, 'a> Scan<'s, 'a> {
    fn text(&self, i: usize) -> &'a str {
        if i < self.a.tokens.len() {
            self.a.token_text(i)
        } else {
            ""
        }
    }

    fn limit(&self) -> usize {
        self.sentence.end_token
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        i < self.limit() && self.text(i).eq_ignore_ascii_case(w)
    }

    fn attached(&self, i: usize) -> bool {
        i < self.a.tokens.len() && !self.a.tokens[i].space_before
    }

    fn in_date(&self, i: usize) -> bool {
        let Some(t) = self.a.tokens.get(i) else {
            return false;
        };
        let k = self.dates.partition_point(|d| d.end <= t.start);
        self.dates
            .get(k)
            .is_some_and(|d| d.start <= t.start && t.end <= d.end)
    }

    fn figure_at(&self, i: usize) -> Step {
        let limit = self.limit();
        let t = self.text(i);
        // Currency sign or negative sign before the numeral.
        let mut k = i;
        let mut currency = None;
        let mut negative = false;
        if let Some(c) = currency_sign(t) {
            currency = Some(c);
            k += 1;
        } else if (t == "US" || t == "U.S.") && self.text(i + 1) == "$" && self.attached(i + 1) {
            currency = Some("USD");
            k += 2;
        } else if (t == "-" || t == "\u{2212}")
            && self
                .a
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
            && self.attached(i + 1)
            && (i == self.sentence.first_token || self.a.tokens[i].space_before)
        {
            negative = true;
            k += 1;
        }
        if k >= limit {
            return Step::Skip(i + 1);
        }
        let is_start = match self.a.tokens[k].kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                let w = self.text(k);
                w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    || currency.is_some()
                    || self.sentence_initial(k)
                    || self.after_dateline(k)
            }
            TokenKind::Punct => false,
        };
        if !is_start || self.in_date(k) {
            return Step::Skip(i + 1);
        }
        let Some(n1) = numeral::parse(self.a, k, limit) else {
            return Step::Skip(i + 1);
        };
        if n1.vague {
            return Step::Skip(n1.end);
        }
        if self.not_a_figure(&n1) {
            return Step::Skip(n1.end);
        }
        // "three or four rifles": an alternative is a guess, not a figure.
        let alternative =
            |j: usize| {
                self.word_is(j, "or")
                    && self.a.tokens.get(j + 1).is_some_and(|_| {
                        numeral::parse(self.a, j + 1, limit).is_some_and(|n| !n.vague)
                    })
            };
        // "one in five Mexicans": a ratio, not a count.
        let small =
            |n: Option<Numeral>| n.is_some_and(|n| !n.vague && n.scale == 1.0 && n.value < 1000.0);
        let ratio = n1.value < 1000.0
            && n1.scale == 1.0
            && ((k >= 2
                && self.word_is(k - 1, "in")
                && small(numeral::parse(self.a, k - 2, limit)))
                || (self.word_is(n1.end, "in")
                    && small(numeral::parse(self.a, n1.end + 1, limit))));
        if ratio {
            return Step::Skip(n1.end);
        }
        if alternative(n1.end) {
            let end = numeral::parse(self.a, n1.end + 1, limit).map_or(n1.end, |n| n.end);
            return Step::Skip(end);
        }
        let mut value = if negative { -n1.value } else { n1.value };
        let mut p = n1.end;
        let mut unit = currency.map(Unit::Currency);
        if let Some((u, e)) = self.unit_after(p) {
            unit = unit.or(Some(u));
            p = e;
        }
        // A range: "$12 to 15 billion", "15-20 percent", "between 15 and 20 billion".
        let mut value_high = None;
        if let Some((n2, sign2)) = self.range_after(i, p) {
            let mut low = value;
            if n1.scale == 1.0 && n2.scale > 1.0 {
                low *= n2.scale;
            }
            if n2.value >= low && !negative {
                value = low;
                value_high = Some(n2.value);
                p = n2.end;
                if unit.is_none() {
                    unit = sign2.map(Unit::Currency);
                }
                if let Some((u, e)) = self.unit_after(p) {
                    unit = unit.or(Some(u));
                    p = e;
                }
            }
        }
        let hedge = self.hedge_before(i);
        let first = hedge.map_or(i, |h| h.0);
        let mut found = Found {
            first,
            end: p,
            kind: QuantityKind::Count,
            value,
            value_high,
            unit: String::new(),
            hedge,
            np_start: p,
        };
        match unit {
            Some(Unit::Currency(code)) => {
                found.kind = QuantityKind::Money;
                found.unit = code.to_string();
                found.np_start = p;
                return Step::Figure(found, p);
            }
            Some(Unit::Percent) => {
                found.kind = QuantityKind::Percent;
                found.unit = "percent".to_string();
                found.np_start = p;
                return Step::Figure(found, p);
            }
            None => {}
        }
        if self.looks_like_year(&n1)
            || value_high.is_some() && n1.scale == 1.0 && self.bare_range(p)
        {
            return Step::Skip(p);
        }
        // "Bell 412 helicopters", "Boeing 737", "Channel 7": a number naming a model or a
        // route after a capitalised word inside the sentence is part of a name.
        if self.names_a_model(first) {
            return Step::Skip(p);
        }
        // "96 per 100,000 residents": a rate, not a number of anything.
        let rate = self.word_is(p, "per")
            && self
                .a
                .tokens
                .get(p + 1)
                .is_some_and(|t| t.kind == TokenKind::Number);
        if rate {
            return Step::Skip(p + 2);
        }
        // "One marine was killed": a single death (the plural heads below never take
        // "one"), which a death toll counts as much as any.
        if n1.value == 1.0
            && n1.scale == 1.0
            && is_one_person_word(self.text(p))
            && self.is_deaths(first, p + 1, Some(p))
        {
            found.kind = QuantityKind::Deaths;
            found.unit = "people".to_string();
            found.end = p + 1;
            return Step::Figure(found, p + 1);
        }
        match self.noun_head(p) {
            NounHead::Counted(h) => {
                let head = self.text(h);
                found.end = h + 1;
                // "191 per 100,000 residents": the base of a rate, not a count.
                if first > self.sentence.first_token && self.word_is(first - 1, "per") {
                    return Step::Skip(h + 1);
                }
                if self.is_deaths(first, h + 1, Some(h)) {
                    found.kind = QuantityKind::Deaths;
                    found.unit = if is_person_word(head) {
                        "people".to_string()
                    } else {
                        head.to_lowercase()
                    };
                    return Step::Figure(found, h + 1);
                }
                // "the bodies: 58 men and 14 women": people joined right to a death figure
                // died too (not "..., and 7,000 soldiers now patrol").
                let joined_to_dead = is_person_word(head)
                    && !self.told_other_fate(h + 1)
                    && self.coordinated_with(first).is_some_and(|q| {
                        q.kind == QuantityKind::Deaths && first <= self.a.token_at(q.end) + 2
                    });
                if joined_to_dead {
                    found.kind = QuantityKind::Deaths;
                    found.unit = "people".to_string();
                    return Step::Figure(found, h + 1);
                }
                // "the two countries", "all three parties": a reference back, not a new
                // figure; larger definite figures ("the 1,200 troops ordered") are figures.
                if (self.definite_before(first) && n1.value < 20.0) || n1.value < 2.0 {
                    return Step::Skip(h + 1);
                }
                found.unit = head.to_lowercase();
                Step::Figure(found, h + 1)
            }
            NounHead::NotCounted(end) => Step::Skip(end),
            NounHead::None => {
                if self.is_deaths(first, p, None) {
                    found.kind = QuantityKind::Deaths;
                    found.unit = "people".to_string();
                    return Step::Figure(found, p);
                }
                // "one of the cartels", "two of them": a part of something, not a figure.
                // ("more than 1,000 of them", after a figure, is a part of that figure.)
                let of_them =
                    self.word_is(p, "of") && is_in(&["them", "whom", "those"], self.text(p + 1));
                let partitive = (self.word_is(p, "of") && !of_them) || n1.value < 2.0;
                // "One marine killed, three wounded": another fate, not the same figure.
                if self.told_other_fate(p) {
                    return Step::Skip(p);
                }
                if let Some(prev) = self.coordinated_with(first).filter(|_| !partitive) {
                    found.kind = prev.kind;
                    found.unit = prev.unit.clone();
                    return Step::Figure(found, p);
                }
                // "brought the number of extraditions to 95": what the clause counts.
                if let Some(unit) = self.counted_number_of(first).filter(|_| n1.value >= 2.0) {
                    found.unit = unit;
                    return Step::Figure(found, p);
                }
                Step::Skip(p)
            }
        }
    }

    fn sentence_initial(&self, k: usize) -> bool {
        k == self.sentence.first_token
            || (k > self.sentence.first_token
                && matches!(self.text(k - 1), "\"" | "\u{201C}" | "(" | "'" | "\u{2018}"))
    }

    /// Calendar readings, clock times, ordinals, model numbers and the like.
    fn not_a_figure(&self, n: &Numeral) -> bool {
        let first = n.first;
        let last = n.end - 1;
        let tok = self.a.tokens[first];
        if tok.kind == TokenKind::Number {
            // "1st", "9mm", "10am": a word glued to the digits that is not a scale.
            if n.end == first + 1 && self.attached(first + 1) {
                let next = self.a.tokens.get(first + 1);
                if next.is_some_and(|t| t.kind == TokenKind::Word) {
                    return true;
                }
            }
            // "10:30", "3/25/2009", "AK-47", "U.S.-1".
            let glued_punct = |j: usize| matches!(self.text(j), ":" | "/" | "." | "-");
            if first > 0
                && self.attached(first)
                && glued_punct(first - 1)
                && first - 1 > 0
                && self.attached(first - 1)
                && self.a.tokens[first - 2].kind != TokenKind::Punct
            {
                return true;
            }
            if self.attached(n.end)
                && matches!(self.text(n.end), ":" | "/")
                && self
                    .a
                    .tokens
                    .get(n.end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                return true;
            }
            if first > 0 && matches!(self.text(first - 1), "#") {
                return true;
            }
        }
        // "February 5", "5 February", "No. 2", "Copyright 2009".
        let before = if first > self.sentence.first_token {
            let mut b = first - 1;
            if self.text(b) == "." && b > self.sentence.first_token {
                b -= 1;
            }
            self.text(b)
        } else {
            ""
        };
        if DATE_WORDS_SET.contains(before) && before != "may" {
            return true;
        }
        if is_in(&DATE_WORDS[..12], self.text(last + 1)) {
            return true;
        }
        // An ordinal word or a clock word after it.
        let after = self.text(last + 1);
        if tok.kind == TokenKind::Number && is_in(&["a.m.", "p.m.", "am", "pm", "o'clock"], after) {
            return true;
        }
        false
    }

    fn looks_like_year(&self, n: &Numeral) -> bool {
        n.end == n.first + 1 && self.a.tokens[n.first].kind == TokenKind::Number && {
            let t = self.text(n.first);
            t.len() == 4
                && t.bytes().all(|b| b.is_ascii_digit())
                && (1800.0..=2100.0).contains(&n.value)
        }
    }

    /// A bare digit range with no unit ("555-1234") is not a figure.
    fn bare_range(&self, p: usize) -> bool {
        matches!(self.noun_head(p), NounHead::None)
    }

    /// "percent", "%", "per cent", "dollars", "-dollar", "U.S. dollars", "pesos".
    fn unit_after(&self, p: usize) -> Option<(Unit, usize)> {
        let limit = self.limit();
        if p >= limit {
            return None;
        }
        let w = self.text(p);
        if w == "%" {
            return Some((Unit::Percent, p + 1));
        }
        if w.eq_ignore_ascii_case("percent") || w.eq_ignore_ascii_case("pct") {
            let mut e = p + 1;
            if self.word_is(e, "points") {
                e += 1;
            }
            return Some((Unit::Percent, e));
        }
        if w.eq_ignore_ascii_case("per") && self.word_is(p + 1, "cent") {
            return Some((Unit::Percent, p + 2));
        }
        if w.eq_ignore_ascii_case("percentage") && self.word_is(p + 1, "points") {
            return Some((Unit::Percent, p + 2));
        }
        // "1.4-billion-dollar"
        if w == "-" && self.attached(p) && self.attached(p + 1) {
            if let Some(c) = currency_word(self.text(p + 1)) {
                return Some((Unit::Currency(c), p + 2));
            }
            if self.word_is(p + 1, "percent") {
                return Some((Unit::Percent, p + 2));
            }
            return None;
        }
        if let Some(c) = currency_word(w) {
            return Some((Unit::Currency(c), p + 1));
        }
        // "700 million U.S. dollars", "200 million Mexican pesos"
        if matches!(
            w,
            "U.S." | "US" | "American" | "Mexican" | "Canadian" | "Australian"
        ) {
            if let Some(c) = currency_word(self.text(p + 1)).filter(|_| p + 1 < limit) {
                let c = match w {
                    "Canadian" => "CAD",
                    "Australian" => "AUD",
                    _ => c,
                };
                return Some((Unit::Currency(c), p + 2));
            }
        }
        None
    }

    /// A second numeral making a range with the first: returns it and its currency sign.
    fn range_after(&self, start: usize, p: usize) -> Option<(Numeral, Option<&'static str>)> {
        let limit = self.limit();
        let w = self.text(p);
        let between = self.preceded_by_between(start);
        let dash = matches!(w, "-" | "\u{2013}" | "\u{2014}");
        let ok = (w.eq_ignore_ascii_case("to") && !self.change_context(start))
            || (dash && self.attached(p) && self.attached(p + 1))
            || (dash
                && self.a.tokens.get(p).is_some_and(|t| t.space_before)
                && self.text(p) != "-")
            || (w.eq_ignore_ascii_case("and") && between);
        if !ok || p + 1 >= limit {
            return None;
        }
        let mut q = p + 1;
        let sign = currency_sign(self.text(q));
        if sign.is_some() {
            q += 1;
        }
        if q >= limit {
            return None;
        }
        let first_kind = self.a.tokens[q].kind;
        if first_kind == TokenKind::Word
            && !self
                .text(q)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
        {
            return None;
        }
        let n2 = numeral::parse(self.a, q, limit)?;
        (!n2.vague && !self.looks_like_year(&n2)).then_some((n2, sign))
    }

    fn preceded_by_between(&self, start: usize) -> bool {
        let lo = self.sentence.first_token;
        (1..=3).any(|d| start >= lo + d && self.text(start - d).eq_ignore_ascii_case("between"))
    }

    fn change_context(&self, start: usize) -> bool {
        let lo = self.sentence.first_token;
        (1..=4).any(|d| start >= lo + d && CHANGE_WORDS_SET.contains(self.text(start - d)))
    }

    /// The hedge written right before token `start`, as a token range.
    fn hedge_before(&self, start: usize) -> Option<(usize, usize)> {
        let lo = self.sentence.first_token;
        // Every hedge ends in one of a few words: most figures are rejected with one look-up.
        if start <= lo || !HEDGE_LAST_WORDS.contains(self.text(start - 1)) {
            return None;
        }
        for h in HEDGES {
            let n = h.len();
            if start < lo + n {
                continue;
            }
            let from = start - n;
            if h.iter()
                .enumerate()
                .all(|(j, w)| self.text(from + j).eq_ignore_ascii_case(w))
            {
                return Some((from, start));
            }
        }
        None
    }

    fn definite_before(&self, first: usize) -> bool {
        if first <= self.sentence.first_token {
            return false;
        }
        let w = self.text(first - 1);
        DEFINITE_SET.contains(w) || w.ends_with("'s") || w.ends_with("\u{2019}s")
    }

    /// The plural noun a numeral counts: "500 federal agents", "360 additional customs
    /// inspectors", "25,000 army troops", "89 U.S. products".
    fn noun_head(&self, p: usize) -> NounHead {
        let limit = self.limit();
        let mut j = p;
        let mut modifiers = 0;
        // "-year-old", "mile-long": a hyphenated measure is an adjective, not a count.
        if self.text(j) == "-" && self.attached(j) {
            return NounHead::NotCounted(j);
        }
        while j < limit && modifiers <= 5 {
            let t = self.a.tokens[j];
            let w = self.text(j);
            match t.kind {
                TokenKind::Word => {
                    // Inside a capitalised name: "Immigration and Customs Enforcement agents".
                    let in_name = j > p
                        && is_in(&["and", "of", "&"], w)
                        && starts_upper(self.text(j - 1))
                        && starts_upper(self.text(j + 1));
                    // "two more drones", "300 additional agents" (but not "more than").
                    let more = j == p
                        && is_in(&["more", "additional", "extra", "fewer"], w)
                        && !self.word_is(j + 1, "than");
                    if in_name || more {
                        modifiers += 1;
                        j += 1;
                        continue;
                    }
                    if NP_STOP_SET.contains(w) {
                        return NounHead::None;
                    }
                    if NOT_COUNTED_SET.contains(w) {
                        return NounHead::NotCounted(j + 1);
                    }
                    let plural = is_plural_noun(w);
                    if plural {
                        // "customs inspectors", "police officers": keep the last noun.
                        let next = self.text(j + 1);
                        if j + 1 < limit
                            && self.a.tokens[j + 1].kind == TokenKind::Word
                            && (is_plural_noun(next) && !NOT_COUNTED_SET.contains(next))
                            && !NP_STOP_SET.contains(next)
                        {
                            j += 1;
                            modifiers += 1;
                            continue;
                        }
                        // "-year-old" after the noun? ("two-year", handled above)
                        if self.text(j + 1) == "-" && self.attached(j + 1) {
                            return NounHead::None;
                        }
                        return NounHead::Counted(j);
                    }
                    modifiers += 1;
                    j += 1;
                }
                TokenKind::Punct if matches!(w, "[" | "]") => j += 1,
                TokenKind::Punct if w == "-" && self.attached(j) && self.attached(j + 1) => {
                    // "anti-drug agents": a hyphen inside a modifier.
                    j += 1;
                }
                _ => return NounHead::None,
            }
        }
        NounHead::None
    }

    /// Is the bare integer at `first` written right after a capitalised word that is not
    /// the sentence's first, a possessive or a date word ("Bell 412", not "Nearly 60,000",
    /// "Mexico's 2,000", "June 30")?
    fn names_a_model(&self, first: usize) -> bool {
        let lo = self.sentence.first_token;
        if first <= lo + 1 {
            return false;
        }
        let (Some(num), Some(prev)) = (self.a.tokens.get(first), self.a.tokens.get(first - 1))
        else {
            return false;
        };
        let w = self.text(first - 1);
        num.kind == TokenKind::Number
            && num.space_before
            && !self.text(first).contains([',', '.'])
            && prev.kind == TokenKind::Word
            && prev.capitalised
            && !w.contains('\'')
            && !w.contains('\u{2019}')
            && !DATE_WORDS_SET.contains(w)
    }

    /// "WASHINGTON – Twenty-seven members ...": the story's first word, after an all-caps
    /// dateline and a dash.
    fn after_dateline(&self, k: usize) -> bool {
        k >= 2
            && matches!(self.text(k - 1), "-" | "\u{2013}" | "\u{2014}")
            && self.a.tokens[k - 1].space_before
            && {
                let place = self.text(k - 2);
                place.len() > 1 && place.chars().all(|c| !c.is_lowercase())
            }
    }

    /// Do the words from token `j` tell of the dead: optional auxiliaries ("have been",
    /// "were"), then a death word ("killed", "died", "dead")? `aux_needed` asks for at least
    /// one auxiliary. "has killed" without "been" is active: the figure did the killing.
    fn told_dead_from(&self, mut j: usize, aux_needed: bool) -> bool {
        let limit = self.limit();
        let mut steps = 0;
        let (mut perfect, mut passive) = (false, false);
        while j < limit && steps < 4 && DEATH_AUX_SET.contains(self.text(j)) {
            let w = self.text(j);
            perfect |= is_in(&["have", "has", "had"], w);
            passive |= is_in(&["been", "be", "were", "was", "are"], w);
            j += 1;
            steps += 1;
        }
        if j >= limit || (aux_needed && steps == 0) {
            return false;
        }
        let w = self.text(j);
        const INTRANSITIVE: &[&str] = &["died", "dead", "perished", "die", "dies"];
        if is_in(INTRANSITIVE, w) {
            // "six gunmen die in shootout": a headline's present tense.
            return true;
        }
        // The other death verbs' participles ("killed", "slain"), not "kill" or "claimed".
        let participle =
            DEATH_VERBS_SET.contains(w) && !is_in(&["kill", "kills", "killing", "claimed"], w);
        participle && (passive || !perfect)
    }

    /// Do the words from token `j` tell of the wounded, missing or arrested ("three
    /// wounded", "three were injured")?
    fn told_other_fate(&self, mut j: usize) -> bool {
        let limit = self.limit();
        let mut steps = 0;
        while j < limit && steps < 3 && DEATH_AUX_SET.contains(self.text(j)) {
            j += 1;
            steps += 1;
        }
        is_in(
            &[
                "wounded",
                "injured",
                "hurt",
                "missing",
                "arrested",
                "detained",
                "captured",
                "rescued",
                "freed",
                "kidnapped",
                "abducted",
            ],
            self.text(j),
        )
    }

    /// Is the figure from token `first` to `end` a number of dead?
    fn is_deaths(&self, first: usize, end: usize, head: Option<usize>) -> bool {
        let lo = self.sentence.first_token;
        let limit = self.limit();
        if let Some(h) = head {
            let w = self.text(h);
            if DEATH_NOUNS_SET.contains(w) && !w.eq_ignore_ascii_case("victims") {
                return true;
            }
            if is_in(&["bodies", "corpses", "remains"], w) {
                return true;
            }
            if w.eq_ignore_ascii_case("lives")
                && !(first > lo && self.text(first - 1).eq_ignore_ascii_case("saved"))
            {
                return true;
            }
        }
        // After: "people have been killed", "4,000 dead", "who were murdered".
        if self.told_dead_from(end, false) {
            return true;
        }
        // "the 72 people whose bodies were found".
        if self.word_is(end, "whose") && is_in(&["bodies", "remains"], self.text(end + 1)) {
            return true;
        }
        // "Three people connected to the U.S. consulate there were murdered": a modifier
        // between the people and the verb, within the clause.
        if head.is_some_and(|h| is_person_word(self.text(h))) {
            let mut j = end;
            while j < limit && j < end + 10 {
                let w = self.text(j);
                // "Three gunmen and one marine were killed": a coordinated figure is part
                // of the subject.
                let and_figure =
                    w.eq_ignore_ascii_case("and") && numeral::parse(self.a, j + 1, limit).is_some();
                // So is "Four officers and a 12-year-old girl", right after the figure: on to
                // the verb past that noun phrase.
                if j == end
                    && w.eq_ignore_ascii_case("and")
                    && is_in(&["a", "an", "his", "her", "their"], self.text(j + 1))
                {
                    let mut k = j + 2;
                    while k < limit && k < j + 8 && !DEATH_AUX_SET.contains(self.text(k)) {
                        k += 1;
                    }
                    j = k;
                    continue;
                }
                let clause_ends = self.a.tokens[j].kind == TokenKind::Punct
                    || (!and_figure
                        && is_in(&["that", "which", "and", "but", "or", "said", "told"], w));
                if clause_ends {
                    break;
                }
                if DEATH_AUX_SET.contains(w) && self.told_dead_from(j, true) {
                    return true;
                }
                j += 1;
            }
        }
        // Before: "killed 6,290 people", "killed a group of 72 immigrants".
        let mut j = first;
        let mut steps = 0;
        while j > lo && steps < 5 {
            let w = self.text(j - 1);
            if DEATH_VERBS_SET.contains(w)
                && !w.eq_ignore_ascii_case("died")
                && !w.eq_ignore_ascii_case("dead")
                && (!w.eq_ignore_ascii_case("claimed")
                    || head.is_some_and(|h| self.text(h).eq_ignore_ascii_case("lives")))
            {
                return true;
            }
            if !DEATH_VERB_LINKS_SET.contains(w) {
                break;
            }
            j -= 1;
            steps += 1;
        }
        // A death noun before: "the death toll at 5,300", "victims include some 500", "the
        // bodies of 49 people".
        let mut j = first;
        let mut steps = 0;
        while j > lo && steps < 6 {
            let w = self.text(j - 1);
            // ("remains" is also a verb: "El Paso remains one of the safest cities".)
            let remains = is_in(&["bodies", "corpses"], w);
            if (DEATH_NOUNS_SET.contains(w) || remains)
                && (head.is_none() || head.is_some_and(|h| is_person_word(self.text(h))))
            {
                return true;
            }
            if !DEATH_LINKS_SET.contains(w) {
                break;
            }
            j -= 1;
            steps += 1;
        }
        // A bare figure whose clause is about the dead: "brought the number of people
        // killed in the state this year to 1,200".
        const BARE_LINKS: &[&str] = &[
            "to",
            "at",
            "reached",
            "hit",
            "topped",
            "exceeded",
            "surpassed",
            "passed",
            "was",
            "is",
            "stood",
            "numbered",
            "totaled",
            "totalled",
            "of",
            "reach",
            "past",
            "exceed",
            "exceeds",
            "top",
            "tops",
            "surpass",
        ];
        if head.is_none() && first > lo && is_in(BARE_LINKS, self.text(first - 1)) {
            let mut j = first;
            while j > lo && first - j < 14 {
                let w = self.text(j - 1);
                if matches!(
                    w,
                    "," | ";" | ":" | "\"" | "\u{201C}" | "\u{201D}" | "(" | ")"
                ) {
                    break;
                }
                if DEATH_NOUNS_SET.contains(w) || is_in(&["killed", "murdered", "slain", "dead"], w)
                {
                    return true;
                }
                j -= 1;
            }
        }
        false
    }

    /// "the total number of extraditions ... to 95", "the number of agents has doubled to
    /// 20,000", "last year's record number of 83" (after such a count): the plural noun a
    /// bare figure's clause counts, when a linking word leads to the figure.
    fn counted_number_of(&self, first: usize) -> Option<String> {
        const LINKS: &[&str] = &[
            "to", "at", "of", "reached", "hit", "topped", "was", "is", "stood", "totaled",
            "totalled",
        ];
        let lo = self.sentence.first_token;
        if first <= lo || !is_in(LINKS, self.text(first - 1)) {
            return None;
        }
        // "record number of 83": the noun of the count just before.
        if first >= lo + 2 && self.word_is(first - 2, "number") && self.word_is(first - 1, "of") {
            let prev = self.earlier.last()?;
            let near =
                self.a.token_at(prev.end) + 30 >= first && prev.start >= self.sentence.span.start;
            return (near && prev.kind == QuantityKind::Count).then(|| prev.unit.clone());
        }
        let mut j = first - 1;
        while j > lo + 1 && first - j < 14 {
            let w = self.text(j);
            if matches!(w, ";" | ":" | "\"" | "\u{201C}" | "\u{201D}" | "(" | ")") {
                return None;
            }
            if self.word_is(j - 2, "number") && self.word_is(j - 1, "of") {
                let noun = w.to_lowercase();
                let plural = noun.len() > 3
                    && noun.ends_with('s')
                    && noun.bytes().all(|b| b.is_ascii_lowercase())
                    && !is_in(&["years", "months", "weeks", "days", "times"], &noun);
                return plural.then_some(noun);
            }
            j -= 1;
        }
        None
    }

    /// A bare numeral right after "and" / "," / "or" / "including" that follows a figure in
    /// the same sentence shares its kind: "killed 6,290 people last year and more than 1,000
    /// in ...", "34,600 people have been killed, including 15,273 in 2010 alone".
    fn coordinated_with(&self, first: usize) -> Option<&'s Quantity> {
        let prev = self.earlier.last()?;
        let lo = self.sentence.first_token;
        if first <= lo {
            return None;
        }
        let joiner = self.text(first - 1);
        if !is_in(
            &[
                "and",
                "or",
                ",",
                "but",
                "while",
                "versus",
                "vs",
                "from",
                "to",
                "with",
                "against",
                "including",
            ],
            joiner,
        ) {
            return None;
        }
        let prev_end = self.a.token_at(prev.end);
        (prev_end < first && first - prev_end <= 30).then_some(prev)
    }

    fn build(&self, f: Found, timex: &[Timex], words: &context::Words) -> Quantity {
        let tokens = &self.a.tokens;
        let start = tokens[f.first].start;
        let end = tokens[f.end.max(f.first + 1) - 1].end;
        let text = self.a.text.get(start..end).unwrap_or("").to_string();
        let hedge = f.hedge.map(|(h0, h1)| {
            let s = tokens[h0].start;
            let e = tokens[h1 - 1].end;
            self.a.text.get(s..e).unwrap_or("").to_string()
        });
        let np_start = if f.np_start < f.end {
            f.np_start
        } else {
            f.end
        };
        let about = context::about(words, self.sentence, f.first, np_start, f.end);
        let period = context::period(self.a.text, self.sentence, start, end, timex);
        Quantity {
            text,
            start,
            end,
            kind: f.kind,
            value: f.value,
            value_high: f.value_high,
            unit: f.unit,
            about,
            period,
            hedge,
        }
    }
}

enum NounHead {
    /// The token of the counted plural noun.
    Counted(usize),
    /// A unit of time or length: the numeral is a measure, skip to this token.
    NotCounted(usize),
    None,
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A lower-case plural noun: "agents", "inspectors", "people".
fn is_plural_noun(w: &str) -> bool {
    if COLLECTIVE_PLURALS_SET.contains(w) {
        return true;
    }
    // Demonyms: "300 Americans", "20 Guatemalans".
    if w.len() > 5 && w.starts_with(char::is_uppercase) && w.ends_with("ans") {
        return true;
    }
    // "gunmen", "policemen", "servicewomen", "townspeople".
    let lower_first = w.chars().next().is_some_and(char::is_lowercase);
    if lower_first
        && w.len() > 5
        && (w.ends_with("men") || w.ends_with("people"))
        && !is_in(&["specimen", "abdomen", "regimen"], w)
    {
        return true;
    }
    let first_lower = w.chars().next().is_some_and(|c| c.is_lowercase());
    if !first_lower || w.len() < 4 || w.contains('\'') || w.contains('\u{2019}') {
        return false;
    }
    let l = w.as_bytes();
    let n = l.len();
    if l[n - 1] != b's' {
        return false;
    }
    let tail2 = &w[n - 2..];
    if matches!(tail2, "ss" | "us" | "is") {
        return false;
    }
    !NOT_PLURAL_NOUNS_SET.contains(w) && !w.ends_with("ous")
}

static NOT_PLURAL_NOUNS_SET: KeySet = KeySet::new(NOT_PLURAL_NOUNS);

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL_NOUNS: &[&str] = &[
    "this",
    "does",
    "has",
    "was",
    "always",
    "perhaps",
    "sometimes",
    "towards",
    "across",
    "unless",
    "besides",
    "whereas",
    "afterwards",
    "nevertheless",
    "news",
    "ours",
    "yours",
    "theirs",
    "hers",
    "its",
    "less",
    "goes",
    "says",
    "makes",
    "takes",
    "gives",
    "comes",
    "seems",
    "means",
    "remains",
    "includes",
    "involves",
    "needs",
    "wants",
    "gets",
    "thus",
    "yes",
    "whereabouts",
    "nowadays",
    "plus",
    "minus",
    "lens",
    "series",
    "species",
];

/// A person named in the singular after "one": "one marine", "one police officer" (the
/// last word).
fn is_one_person_word(w: &str) -> bool {
    is_in(
        &[
            "person",
            "man",
            "woman",
            "child",
            "soldier",
            "marine",
            "sailor",
            "officer",
            "policeman",
            "agent",
            "civilian",
            "journalist",
            "reporter",
            "mayor",
            "student",
            "bystander",
            "gunman",
            "suspect",
            "inmate",
            "prisoner",
            "hostage",
            "resident",
            "worker",
            "tourist",
            "teenager",
            "judge",
            "lawyer",
            "prosecutor",
            "candidate",
            "politician",
            "citizen",
            "guard",
            "trafficker",
            "migrant",
            "immigrant",
            "official",
        ],
        w,
    )
}

fn is_person_word(w: &str) -> bool {
    const PERSONS: &[&str] = &[
        "people",
        "persons",
        "civilians",
        "men",
        "women",
        "children",
        "soldiers",
        "troops",
        "police",
        "officers",
        "policemen",
        "agents",
        "officials",
        "immigrants",
        "migrants",
        "journalists",
        "reporters",
        "mayors",
        "students",
        "bystanders",
        "gunmen",
        "members",
        "suspects",
        "inmates",
        "prisoners",
        "hostages",
        "victims",
        "residents",
        "workers",
        "tourists",
        "teenagers",
        "youths",
        "judges",
        "lawyers",
        "prosecutors",
        "candidates",
        "politicians",
        "relatives",
        "citizens",
        "nationals",
        "guards",
        "traffickers",
        "individuals",
        "lives",
        "marines",
        "personnel",
        "farmers",
        "priests",
        "teachers",
        "doctors",
        "nurses",
        "americans",
        "mexicans",
        "guatemalans",
        "hondurans",
        "salvadorans",
        "colombians",
        "deaths",
    ];
    static PERSONS_SET: KeySet = KeySet::new(PERSONS);
    PERSONS_SET.contains(w)
}

#[cfg(test)]
mod tests;
