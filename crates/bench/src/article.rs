//! One generated article: a cast of invented people, organisations and places, a publication
//! date, and paragraphs of sentences expanded from the templates in [`crate::templates`].
//!
//! Mentions follow news conventions so that the extractor's grouping, alias and role paths
//! all run: a person's first mention is a full name with a title or an appositive, later ones
//! a surname, "Mr. Surname", a title and surname, or a pronoun; an organisation is named in
//! full, then by acronym or short form.

use std::fmt::Write;

use crate::calendar::Date;
use crate::rng::Rng;
use crate::templates::{self, Theme};
use crate::vocab::{self, OrgDef, RoleDef};

struct Person {
    suspect: bool,
    nickname: Option<&'static str>,
    given: &'static str,
    middle: Option<char>,
    surname: String,
    title: Option<&'static str>,
    appositive: String,
    female: bool,
    mentions: u32,
}

struct OrgMention {
    def: OrgDef,
    mentions: u32,
}

/// Everything the templates need while one article is written.
pub(crate) struct Writer {
    rng: Rng,
    pub(crate) out: String,
    date: Date,
    curly: bool,
    people: Vec<Person>,
    max_people: usize,
    last_person: Option<usize>,
    orgs: Vec<OrgMention>,
    home_city: (&'static str, &'static str),
    theme: Theme,
}

/// A generated article before it becomes a `Document`.
pub(crate) struct Article {
    pub text: String,
    pub title: String,
    pub date: Date,
    pub source: &'static str,
}

pub(crate) fn write_article(mut rng: Rng) -> Article {
    // Publication dates spread over December 2006 .. December 2012.
    let start = Date::new(2006, 12, 1).to_days();
    let end = Date::new(2012, 12, 31).to_days();
    let date = Date::from_days(start + rng.range(0, (end - start) as u64) as i64);
    let theme = templates::THEMES[rng.below(templates::THEMES.len())];
    let curly = rng.chance(50);
    let max_people = rng.range(2, 6) as usize;
    let home_city = *rng.pick(vocab::MX_CITIES);
    let source = *rng.pick(vocab::OUTLETS);
    let mut w = Writer {
        rng,
        out: String::with_capacity(6_000),
        date,
        curly,
        people: Vec::new(),
        max_people,
        last_person: None,
        orgs: Vec::new(),
        home_city,
        theme,
    };
    let title = w.headline();
    w.front_matter(&title);
    w.body();
    w.back_matter();
    let mut text = w.out;
    let mut rng = w.rng;
    // A few texts arrive hard-wrapped or with Windows line ends, as government documents
    // and older feeds do: both change where lines, and so sentences, break.
    if rng.chance(3) {
        text = hard_wrap(&text, 72);
    }
    if rng.chance(2) {
        text = text.replace('\n', "\r\n");
    }
    Article {
        text,
        title,
        date,
        source,
    }
}

/// Break lines at the last space before `width` chars, as plain-text feeds do.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut col = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if j > 0 {
                if col + 1 + len > width {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(word);
            col += len;
        }
    }
    out
}

fn digits_with_commas(out: &mut String, n: u64) {
    let s = n.to_string();
    // The leading group has 1 to 3 digits, every following group exactly 3.
    let head = match s.len() % 3 {
        0 => 3.min(s.len()),
        r => r,
    };
    out.push_str(&s[..head]);
    for group in s.as_bytes()[head..].chunks(3) {
        out.push(',');
        out.extend(group.iter().map(|&b| char::from(b)));
    }
}

impl Writer {
    fn headline(&mut self) -> String {
        let start = self.out.len();
        let tpl = *self.rng.pick(templates::HEADLINES);
        self.expand(tpl);
        let title = self.out[start..].to_string();
        self.out.truncate(start);
        // Headlines must not count as first mentions: forget who was named in one.
        for p in &mut self.people {
            p.mentions = 0;
        }
        for o in &mut self.orgs {
            o.mentions = 0;
        }
        title
    }

    fn front_matter(&mut self, title: &str) {
        if self.rng.chance(10) {
            for _ in 0..self.rng.range(1, 3) {
                let line = *self.rng.pick(vocab::CLUTTER);
                self.out.push_str(line);
                self.out.push('\n');
            }
            self.out.push('\n');
        }
        if self.rng.chance(45) {
            self.out.push_str(title);
            self.out.push_str("\n\n");
        }
        if self.rng.chance(25) {
            let given = if self.rng.chance(50) {
                *self.rng.pick(vocab::GIVEN_EN)
            } else {
                *self.rng.pick(vocab::GIVEN_ES)
            };
            let surname = *self.rng.pick(vocab::SURNAME_EN);
            let _ = write!(self.out, "By {given} {surname}\n\n");
        }
    }

    /// The dateline opening the first paragraph: "CIUDAD JUÁREZ, Mexico — ",
    /// "WASHINGTON (AP) — ", "TUCSON, Ariz., March 3 (Reuters) - ".
    fn dateline(&mut self) {
        let (city, region) = match self.rng.below(4) {
            0 => ("Washington", ""),
            1 => {
                let (c, s, _) = *self.rng.pick(vocab::US_CITIES);
                (c, s)
            }
            2 => ("Mexico City", ""),
            _ => (self.home_city.0, "Mexico"),
        };
        self.out.push_str(&city.to_uppercase());
        if !region.is_empty() {
            self.out.push_str(", ");
            self.out.push_str(region);
        }
        match self.rng.below(3) {
            0 => {
                let wire = *self.rng.pick(vocab::WIRE_CODES);
                let _ = write!(self.out, " ({wire})");
            }
            1 => {
                let d = self.date;
                let _ = write!(self.out, ", {} {}", d.month_ap(), d.day);
                let wire = *self.rng.pick(vocab::WIRE_CODES);
                let _ = write!(self.out, " ({wire})");
            }
            _ => {}
        }
        let dash = *self.rng.pick(&[" \u{2014} ", " - ", " -- ", " \u{2013} "]);
        self.out.push_str(dash);
    }

    fn body(&mut self) {
        let paragraphs = self.rng.range(7, 24);
        let sep = if self.rng.chance(90) { "\n\n" } else { "\n" };
        for p in 0..paragraphs {
            if p > 0 {
                self.out.push_str(sep);
            }
            if p == 0 && self.rng.chance(70) {
                self.dateline();
            }
            let sentences = 1 + self.rng.weighted(&[40, 40, 20]);
            for s in 0..sentences {
                if s > 0 {
                    self.out.push(' ');
                }
                let group = if p == 0 {
                    templates::lead_group(self.theme)
                } else {
                    templates::group_for(self.theme, &mut self.rng)
                };
                let tpl = *self.rng.pick(group);
                self.sentence(tpl);
            }
        }
    }

    fn back_matter(&mut self) {
        if self.rng.chance(20) {
            let given = *self.rng.pick(vocab::GIVEN_EN);
            let surname = *self.rng.pick(vocab::SURNAME_EN);
            let (city, _, _) = *self.rng.pick(vocab::US_CITIES);
            let outlet = *self.rng.pick(&["Associated Press", "Reuters", "Times"]);
            let _ = write!(
                self.out,
                "\n\n{outlet} writer {given} {surname} in {city} contributed to this report."
            );
        }
        if self.rng.chance(10) {
            let year = self.date.year;
            let _ = write!(
                self.out,
                "\n\nCopyright {year} The Associated Press. All rights reserved."
            );
        }
    }

    /// One sentence from a template, its first letter capitalised.
    fn sentence(&mut self, tpl: &str) {
        let start = self.out.len();
        self.expand(tpl);
        let first = self.out[start..].chars().next();
        if let Some(c) = first.filter(|c| c.is_lowercase()) {
            let upper: String = c.to_uppercase().collect();
            self.out.replace_range(start..start + c.len_utf8(), &upper);
        }
    }

    /// Write `tpl` with every `{SLOT}` replaced; an unknown slot is written as it stands
    /// (the tests look for braces in the output).
    pub(crate) fn expand(&mut self, tpl: &str) {
        let mut rest = tpl;
        while let Some(open) = rest.find('{') {
            self.out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.out.push_str(&rest[open..]);
                return;
            };
            let slot = &after[..close];
            if !self.slot(slot) {
                self.out.push('{');
                self.out.push_str(slot);
                self.out.push('}');
            }
            rest = &after[close + 1..];
        }
        self.out.push_str(rest);
    }

    fn slot(&mut self, name: &str) -> bool {
        match name {
            "PER" => self.person(Form::Lead, false),
            "PERN" => self.person(Form::Plain, false),
            "PERA" => self.person(Form::Appositive, false),
            "SUSP" => self.person(Form::Lead, true),
            "SUSPN" => self.person(Form::Plain, true),
            "SUSPA" => self.person(Form::Appositive, true),
            "HE" => self.pronoun(false),
            "HIS" => self.pronoun(true),
            "USAG" => self.org(vocab::US_AGENCIES),
            "MXAG" => self.org(vocab::MX_AGENCIES),
            "ORG" => {
                let pool = match self.rng.below(3) {
                    0 => vocab::US_AGENCIES,
                    1 => vocab::MX_AGENCIES,
                    _ => vocab::OTHER_ORGS,
                };
                self.org(pool)
            }
            "CARTEL" => self.pick_into(vocab::CARTELS),
            "OUTLET" => self.pick_into(vocab::OUTLETS),
            "MXCITY" => self.mx_city(),
            "HOMECITY" => {
                let city = self.home_city.0;
                self.out.push_str(city);
            }
            "MXSTATE" => self.mx_state(),
            "USCITY" => self.us_city(),
            "USSTATE" => self.pick_into(vocab::US_BORDER_STATES),
            "COUNTRY" => self.pick_into(vocab::COUNTRIES),
            "REGION" => self.pick_into(vocab::REGIONS),
            "DRUG" => self.pick_into(vocab::DRUGS),
            "WEAPON" => self.pick_into(vocab::WEAPONS),
            "VICTIM" => self.pick_into(vocab::VICTIMS),
            "CREWS" => self.pick_into(vocab::CREWS),
            "WHERE" => self.pick_into(vocab::PLACES_WHERE),
            "TOPIC" => self.pick_into(vocab::TOPICS),
            "USE" => self.pick_into(vocab::MONEY_USES),
            "SCARE" => self.pick_into(vocab::SCARE_QUOTES),
            "QUESTION" => self.pick_into(vocab::QUESTIONS),
            "SPV" => self.pick_into(vocab::SPEECH_VERBS),
            "HEDGE" => {
                if self.rng.chance(50) {
                    self.pick_into(vocab::HEDGES);
                }
            }
            "NSMALL" => self.small_number(),
            "NMED" => {
                let n = self.rng.range(100, 5_000);
                self.number(n);
            }
            "NBIG" => {
                let n = self.rng.range(1_000, 60_000);
                self.number(n);
            }
            "NUMW" => {
                let n = self.rng.range(2, 12) as usize;
                self.out.push_str(vocab::NUMBER_WORDS[n]);
            }
            "CREWN" => {
                self.slot("HEDGE");
                let n = self.rng.range(50, 45_000) / 50 * 50;
                self.number(n);
                self.out.push(' ');
                self.pick_into(vocab::CREWS);
            }
            "HARDN" => {
                self.small_number();
                self.out.push(' ');
                self.pick_into(vocab::HARDWARE);
            }
            "MONEY" => self.money(),
            "PCT" => self.percent(),
            "WHEN" => self.when(),
            "ON_DAY" => self.on_day(),
            "DATE" => self.absolute_date(),
            "SINCE" => self.since(),
            "DUR" => self.duration(),
            "YEAR" => {
                let y = self.past_year();
                let _ = write!(self.out, "{y}");
            }
            "BY" => self.by_deadline(),
            "LQ" => self
                .out
                .push_str(if self.curly { "\u{201C}" } else { "\"" }),
            "RQ" => self
                .out
                .push_str(if self.curly { "\u{201D}" } else { "\"" }),
            "APOS" => self.out.push_str(if self.curly { "\u{2019}" } else { "'" }),
            "Q" => self.quote_body(),
            "DASH" => self
                .out
                .push_str(if self.curly { " \u{2014} " } else { " -- " }),
            _ => return false,
        }
        true
    }

    fn pick_into(&mut self, list: &[&'static str]) {
        let s = *self.rng.pick(list);
        self.out.push_str(s);
    }

    // ---- people -------------------------------------------------------------------

    fn new_person(&mut self, suspect: bool) -> usize {
        let mexican_bias = match self.theme {
            _ if suspect => 90,
            Theme::Violence | Theme::Arrests => 70,
            Theme::Policy => 40,
            Theme::Border => 35,
        };
        let mexican = self.rng.chance(mexican_bias);
        let (title, appositive) = if suspect {
            (None, *self.rng.pick(vocab::SUSPECT_ROLES))
        } else {
            let roles: Vec<&RoleDef> = vocab::ROLES
                .iter()
                .filter(|r| r.mexican == mexican)
                .collect();
            let role = **self.rng.pick(&roles);
            (role.title, role.appositive)
        };
        let nickname = (suspect && self.rng.chance(50)).then(|| *self.rng.pick(vocab::NICKNAMES));
        let (given, surname, middle) = if mexican {
            let given = *self.rng.pick(vocab::GIVEN_ES);
            let mut surname = self.rng.pick(vocab::SURNAME_ES).to_string();
            if self.rng.chance(35) {
                surname.push(' ');
                let second = *self.rng.pick(vocab::SURNAME_ES);
                surname.push_str(second);
            }
            (given, surname, None)
        } else {
            let given = *self.rng.pick(vocab::GIVEN_EN);
            let surname = self.rng.pick(vocab::SURNAME_EN).to_string();
            let middle = self
                .rng
                .chance(20)
                .then(|| char::from(b'A' + self.rng.below(26) as u8));
            (given, surname, middle)
        };
        let appositive = self.fill_role(appositive);
        self.people.push(Person {
            suspect,
            nickname,
            given,
            middle,
            surname,
            title,
            appositive,
            female: vocab::FEMALE_GIVEN.contains(&given),
            mentions: 0,
        });
        self.people.len() - 1
    }

    fn fill_role(&mut self, tpl: &str) -> String {
        let mut s = String::with_capacity(tpl.len() + 16);
        let mut rest = tpl;
        while let Some(i) = rest.find('{') {
            s.push_str(&rest[..i]);
            let fill = match rest.as_bytes().get(i + 1) {
                Some(b'S') => self.rng.pick(vocab::MX_CITIES).1,
                Some(b'T') => *self.rng.pick(vocab::US_BORDER_STATES),
                Some(b'C') => *self.rng.pick(vocab::CARTELS),
                _ => "",
            };
            s.push_str(fill);
            rest = rest.get(i + 3..).unwrap_or("");
        }
        s.push_str(rest);
        s
    }

    /// An official or witness (or a suspect): someone new while the cast has room, else
    /// someone already named.
    fn choose_person(&mut self, suspect: bool) -> usize {
        let known: Vec<usize> = (0..self.people.len())
            .filter(|&i| self.people[i].suspect == suspect)
            .collect();
        let room = if suspect { 2 } else { self.max_people };
        let fresh = known.len() < room && (known.len() < 2 || self.rng.chance(45));
        if fresh || known.is_empty() {
            self.new_person(suspect)
        } else {
            known[self.rng.below(known.len())]
        }
    }

    fn full_name(&mut self, i: usize) {
        let p = &self.people[i];
        self.out.push_str(p.given);
        if let Some(m) = p.middle {
            self.out.push(' ');
            self.out.push(m);
            self.out.push('.');
        }
        self.out.push(' ');
        self.out.push_str(&p.surname);
    }

    fn person(&mut self, form: Form, suspect: bool) {
        let i = self.choose_person(suspect);
        self.last_person = Some(i);
        let first = self.people[i].mentions == 0;
        self.people[i].mentions += 1;
        let title = self.people[i].title;
        let nickname = self.people[i].nickname;
        if first {
            if let (Some(nick), true) = (nickname, form != Form::Plain && self.rng.chance(60)) {
                self.full_name(i);
                self.out.push_str(", alias ");
                self.slot("LQ");
                self.out.push_str(nick);
                self.slot("RQ");
                if form == Form::Lead {
                    self.out.push(',');
                }
                return;
            }
            let use_title = title.is_some() && (form == Form::Plain || self.rng.chance(65));
            match (use_title, title) {
                (true, Some(t)) => {
                    self.out.push_str(t);
                    self.out.push(' ');
                    self.full_name(i);
                    // Lawmakers carry a party-and-state tag: "Sen. Jane Doe (R-Ariz.)".
                    if matches!(t, "Sen." | "Rep.") && self.rng.chance(50) {
                        let party = *self.rng.pick(&["R", "D"]);
                        let (_, state, _) = *self.rng.pick(vocab::US_CITIES);
                        let _ = write!(self.out, " ({party}-{state})");
                    }
                }
                _ => {
                    self.full_name(i);
                    if form != Form::Plain {
                        self.out.push_str(", ");
                        let app = std::mem::take(&mut self.people[i].appositive);
                        self.out.push_str(&app);
                        self.people[i].appositive = app;
                        if form == Form::Lead {
                            self.out.push(',');
                        }
                    }
                }
            }
            return;
        }
        if let (Some(nick), true) = (nickname, self.rng.chance(25)) {
            self.out.push_str(nick);
            return;
        }
        match self.rng.below(10) {
            0..=5 => {
                let s = std::mem::take(&mut self.people[i].surname);
                self.out.push_str(&s);
                self.people[i].surname = s;
            }
            6 | 7 => {
                let honorific = if self.people[i].female { "Ms." } else { "Mr." };
                self.out.push_str(honorific);
                self.out.push(' ');
                let s = std::mem::take(&mut self.people[i].surname);
                self.out.push_str(&s);
                self.people[i].surname = s;
            }
            8 => {
                if let Some(t) = title {
                    self.out.push_str(t);
                    self.out.push(' ');
                }
                let s = std::mem::take(&mut self.people[i].surname);
                self.out.push_str(&s);
                self.people[i].surname = s;
            }
            _ => self.full_name(i),
        }
    }

    fn pronoun(&mut self, possessive: bool) {
        let Some(i) = self.last_person else {
            self.person(Form::Plain, false);
            return;
        };
        let female = self.people[i].female;
        self.out.push_str(match (female, possessive) {
            (false, false) => "he",
            (true, false) => "she",
            (false, true) => "his",
            (true, true) => "her",
        });
    }

    // ---- organisations and places --------------------------------------------------

    fn org(&mut self, pool: &'static [OrgDef]) {
        // Reuse an organisation already named half the time, so later mentions happen.
        let known: Vec<usize> = (0..self.orgs.len())
            .filter(|&k| pool.iter().any(|d| d.name == self.orgs[k].def.name))
            .collect();
        let k = if !known.is_empty() && self.rng.chance(50) {
            known[self.rng.below(known.len())]
        } else {
            let def = *self.rng.pick(pool);
            match self.orgs.iter().position(|o| o.def.name == def.name) {
                Some(k) => k,
                None => {
                    self.orgs.push(OrgMention { def, mentions: 0 });
                    self.orgs.len() - 1
                }
            }
        };
        let def = self.orgs[k].def;
        let first = self.orgs[k].mentions == 0;
        self.orgs[k].mentions += 1;
        if first {
            self.out.push_str(def.name);
            if let Some(acr) = def.acronym {
                if self.rng.chance(50) {
                    let _ = write!(self.out, " ({acr})");
                }
            }
            return;
        }
        match (def.acronym, self.rng.below(3)) {
            (Some(acr), 0 | 1) => {
                if def.name.starts_with("the ") {
                    self.out.push_str("the ");
                }
                self.out.push_str(acr);
            }
            (_, 2) => self.out.push_str(def.short),
            _ => self.out.push_str(def.name),
        }
    }

    fn mx_city(&mut self) {
        let (city, state) = *self.rng.pick(vocab::MX_CITIES);
        match self.rng.below(5) {
            0 => {
                let _ = write!(self.out, "{city}, {state}");
            }
            1 => {
                let _ = write!(self.out, "the border city of {city}");
            }
            _ => self.out.push_str(city),
        }
    }

    fn mx_state(&mut self) {
        let state = self.rng.pick(vocab::MX_CITIES).1;
        match self.rng.below(4) {
            0 => {
                let _ = write!(self.out, "the state of {state}");
            }
            1 if !state.starts_with("the ") => {
                let _ = write!(self.out, "{state} state");
            }
            _ => self.out.push_str(state),
        }
    }

    fn us_city(&mut self) {
        let (city, abbr, _) = *self.rng.pick(vocab::US_CITIES);
        if self.rng.chance(50) {
            let _ = write!(self.out, "{city}, {abbr}");
        } else {
            self.out.push_str(city);
        }
    }

    // ---- figures -------------------------------------------------------------------

    /// Digits with commas, or (rarely) without them as some copy desks write.
    fn number(&mut self, n: u64) {
        if n >= 1_000 && self.rng.chance(10) {
            let _ = write!(self.out, "{n}");
        } else {
            digits_with_commas(&mut self.out, n);
        }
    }

    fn small_number(&mut self) {
        let n = self.rng.range(2, 60);
        if n <= 12 && self.rng.chance(60) {
            self.out.push_str(vocab::NUMBER_WORDS[n as usize]);
        } else {
            let _ = write!(self.out, "{n}");
        }
    }

    fn money_amount(&mut self) {
        let (whole, tenths, scale) = match self.rng.weighted(&[25, 45, 30]) {
            0 => (self.rng.range(5, 950) * 1_000, 0, ""),
            1 => (self.rng.range(1, 900), self.rng.range(0, 9), " million"),
            _ => (self.rng.range(1, 45), self.rng.range(0, 9), " billion"),
        };
        let style = self.rng.weighted(&[75, 8, 10, 4, 3]);
        match style {
            0 | 3 | 4 => self.out.push_str(["$", "", "", "US$", "\u{20AC}"][style]),
            _ => {}
        }
        digits_with_commas(&mut self.out, whole);
        if tenths > 0 && self.rng.chance(40) && !scale.is_empty() {
            let _ = write!(self.out, ".{tenths}");
        }
        self.out.push_str(scale);
        match style {
            1 => self.out.push_str(" dollars"),
            2 => self.out.push_str(" pesos"),
            _ => {}
        }
    }

    fn money(&mut self) {
        match self.rng.below(10) {
            0 => {
                self.out.push_str("between ");
                self.money_amount();
                self.out.push_str(" and ");
                self.money_amount();
            }
            1..=4 => {
                self.pick_into(vocab::MONEY_HEDGES);
                self.money_amount();
            }
            _ => self.money_amount(),
        }
    }

    fn percent(&mut self) {
        if self.rng.chance(30) {
            self.pick_into(vocab::HEDGES);
        }
        let n = self.rng.range(2, 95);
        let _ = write!(self.out, "{n}");
        if self.rng.chance(15) {
            let d = self.rng.range(1, 9);
            let _ = write!(self.out, ".{d}");
        }
        if self.rng.chance(10) {
            let hi = n + self.rng.range(3, 15);
            let _ = write!(self.out, " to {hi}");
        }
        let unit = *self
            .rng
            .pick(&[" percent", " percent", " percent", "%", " per cent"]);
        self.out.push_str(unit);
    }

    // ---- dates ---------------------------------------------------------------------

    fn days_before(&mut self, max: u64) -> Date {
        let back = self.rng.range(1, max) as i64;
        self.date.plus_days(-back)
    }

    fn past_year(&mut self) -> i32 {
        self.date.year - self.rng.range(1, 4) as i32
    }

    /// A calendar date in one of the styles news copy uses.
    fn write_date(&mut self, d: Date) {
        match self.rng.weighted(&[45, 20, 15, 8, 7, 5]) {
            0 => {
                let _ = write!(self.out, "{} {}, {}", d.month_ap(), d.day, d.year);
            }
            1 => {
                let _ = write!(self.out, "{} {}, {}", d.month_name(), d.day, d.year);
            }
            2 if d.year == self.date.year => {
                let _ = write!(self.out, "{} {}", d.month_ap(), d.day);
            }
            3 => {
                let _ = write!(self.out, "{} {} {}", d.day, d.month_name(), d.year);
            }
            4 => {
                let suffix = match d.day {
                    1 | 21 | 31 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                };
                let _ = write!(
                    self.out,
                    "{} {}{}, {}",
                    d.month_name(),
                    d.day,
                    suffix,
                    d.year
                );
            }
            _ => {
                let _ = write!(self.out, "{}, {} {}", d.weekday_name(), d.month_ap(), d.day);
            }
        }
    }

    fn absolute_date(&mut self) {
        let d = self.days_before(2_000);
        self.write_date(d);
    }

    /// "on Tuesday", "on March 3", "yesterday": a day close to the publication date.
    fn on_day(&mut self) {
        match self.rng.weighted(&[50, 30, 10, 10]) {
            0 => {
                let d = self.days_before(6);
                let _ = write!(self.out, "on {}", d.weekday_name());
            }
            1 => {
                self.out.push_str("on ");
                let d = self.days_before(40);
                self.write_date(d);
            }
            2 => self.out.push_str("yesterday"),
            _ => {
                let d = self.days_before(6);
                let part = *self.rng.pick(&["night", "morning", "afternoon", "evening"]);
                let _ = write!(self.out, "{} {part}", d.weekday_name());
            }
        }
    }

    /// Any time adverbial: relative to the publication date or absolute.
    fn when(&mut self) {
        match self.rng.below(16) {
            0..=3 => self.on_day(),
            4 => {
                let rel = *self.rng.pick(&[
                    "last week",
                    "last month",
                    "last year",
                    "this year",
                    "earlier this month",
                    "earlier this year",
                    "this week",
                    "recently",
                    "last fall",
                    "in recent weeks",
                ]);
                self.out.push_str(rel);
            }
            5 => {
                let n = self.rng.range(2, 9) as usize;
                let unit = *self.rng.pick(&["years", "months", "weeks", "days"]);
                let _ = write!(self.out, "{} {unit} ago", vocab::NUMBER_WORDS[n]);
            }
            6 | 7 => {
                self.out.push_str("on ");
                self.absolute_date();
            }
            8 => {
                let d = self.days_before(1_500);
                let _ = write!(self.out, "in {} {}", d.month_name(), d.year);
            }
            9 => {
                let y = self.past_year();
                let _ = write!(self.out, "in {y}");
            }
            10 => {
                let d = self.days_before(300);
                if d.year == self.date.year {
                    let _ = write!(self.out, "in {}", d.month_name());
                } else {
                    let _ = write!(self.out, "last {}", d.month_name());
                }
            }
            11 => {
                let y = self.past_year();
                let part = *self.rng.pick(&[
                    "the first half of",
                    "late",
                    "early",
                    "the summer of",
                    "the fall of",
                    "mid-",
                ]);
                if part == "mid-" {
                    let _ = write!(self.out, "in mid-{y}");
                } else {
                    let _ = write!(self.out, "in {part} {y}");
                }
            }
            12 => {
                let y = self.past_year();
                let q = *self.rng.pick(&["first", "second", "third", "fourth"]);
                let _ = write!(self.out, "in the {q} quarter of {y}");
            }
            13 => {
                let next =
                    *self
                        .rng
                        .pick(&["next month", "next year", "next week", "by year's end"]);
                self.out.push_str(next);
            }
            14 => {
                let d = self.date;
                let _ = write!(self.out, "on {} {}", d.month_ap(), d.day);
            }
            _ => self.out.push_str("today"),
        }
    }

    fn since(&mut self) {
        match self.rng.below(4) {
            0 => {
                let d = self.days_before(2_200);
                let _ = write!(self.out, "{} {}", d.month_name(), d.year);
            }
            1 => {
                let y = self.past_year();
                let _ = write!(self.out, "{y}");
            }
            2 => self.absolute_date(),
            _ => {
                let y = self.past_year();
                let _ = write!(self.out, "early {y}");
            }
        }
    }

    fn duration(&mut self) {
        match self.rng.below(8) {
            0 | 1 => {
                self.out.push_str("since ");
                self.since();
            }
            2 => {
                let n = self.rng.range(2, 6) as usize;
                let _ = write!(self.out, "over the past {} years", vocab::NUMBER_WORDS[n]);
            }
            3 => {
                let n = self.rng.range(3, 24);
                let _ = write!(self.out, "in the past {n} months");
            }
            4 => self.out.push_str("so far this year"),
            5 => {
                let y = self.past_year();
                let _ = write!(self.out, "in {y} alone");
            }
            6 => {
                let a = self.past_year();
                let b = a + self.rng.range(1, 3) as i32;
                if self.rng.chance(50) {
                    let _ = write!(self.out, "between {a} and {b}");
                } else {
                    let _ = write!(self.out, "from {a} to {b}");
                }
            }
            _ => self.out.push_str("during the past decade"),
        }
    }

    fn by_deadline(&mut self) {
        let months_ahead = self.rng.range(2, 18) as i64;
        let d = self.date.plus_days(months_ahead * 30);
        if self.rng.chance(50) {
            let _ = write!(self.out, "by {} {}", d.month_name(), d.year);
        } else {
            let _ = write!(self.out, "by the end of {}", d.year);
        }
    }

    // ---- quotes --------------------------------------------------------------------

    fn quote_clause(&mut self) {
        let subject = *self.rng.pick(vocab::QUOTE_SUBJECTS);
        let predicate = *self.rng.pick(vocab::QUOTE_PREDICATES);
        let tail = *self.rng.pick(vocab::QUOTE_TAILS);
        self.out.push_str(subject);
        self.out.push(' ');
        self.out.push_str(predicate);
        self.out.push_str(tail);
    }

    /// The quoted words: one to three clauses, sometimes with a figure or a date inside.
    fn quote_body(&mut self) {
        self.quote_clause();
        match self.rng.below(6) {
            0 => {
                self.out.push_str(". ");
                self.quote_clause();
            }
            1 => {
                self.out.push_str(". We lost ");
                self.small_number();
                self.out.push(' ');
                self.pick_into(vocab::VICTIMS);
                self.out.push(' ');
                self.when();
            }
            2 => {
                let dash = if self.curly { " \u{2014} " } else { " -- " };
                self.out.push_str(dash);
                let pred = *self.rng.pick(vocab::QUOTE_PREDICATES);
                self.out.push_str("and we ");
                self.out.push_str(pred);
            }
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// First mention may carry an appositive closed by a comma: "Ana Ruiz, a judge, said".
    Lead,
    /// A name (with title on first mention) and nothing after it.
    Plain,
    /// First mention may end in an appositive without a closing comma: "said Ana Ruiz, a judge."
    Appositive,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_group_thousands() {
        for (n, want) in [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (45_000, "45,000"),
            (1_234_567, "1,234,567"),
        ] {
            let mut s = String::new();
            digits_with_commas(&mut s, n);
            assert_eq!(s, want);
        }
    }

    #[test]
    fn hard_wrap_keeps_words_and_width() {
        let text = "one two three four five six seven eight nine ten\n\nnext";
        let wrapped = hard_wrap(text, 12);
        assert!(wrapped.lines().all(|l| l.chars().count() <= 12));
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_slot_in_every_template_is_known() {
        for seed in 0..300 {
            let a = write_article(Rng::for_item(99, seed));
            assert!(!a.text.contains('{') && !a.text.contains('}'), "{}", a.text);
            assert!(!a.title.contains('{'), "{}", a.title);
        }
    }
}
