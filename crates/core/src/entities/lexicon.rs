//! Word knowledge for entity recognition: gazetteers and given names generated from open data
//! (see `crates/core/data/LEXICONS.md`), plus small closed lists of English news language
//! (titles, organisation head nouns, function words).
//!
//! Data lists are sorted, lowercase, diacritic-free keys, one per line, embedded in the binary
//! and merged lazily on first use, with the closed lists below, into one hash table: a
//! folded key costs one look-up whatever lists are asked about.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::wordkey;

// Front-coded by build.rs (smaller in the wasm once gzipped); `decode` gives the lists back.
static COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.fc"));
static REGIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.fc"));
static CITIES: &str = include_str!(concat!(env!("OUT_DIR"), "/cities.fc"));
static DEMONYMS: &str = include_str!(concat!(env!("OUT_DIR"), "/demonyms.fc"));
static GIVEN_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/given_names.fc"));

/// A data list as its lines, from build.rs's front coding: each line's first byte is the
/// number of leading bytes it shares with the line before, the rest follows.
fn decode(coded: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut previous = 0..0;
    for line in coded.lines() {
        let shared = line
            .bytes()
            .next()
            .map_or(0, |b| usize::from(b.wrapping_sub(b'0')))
            .min(previous.len());
        let start = out.len();
        out.extend_from_within(previous.start..previous.start + shared);
        out.extend_from_slice(line.as_bytes().get(1..).unwrap_or_default());
        previous = start..out.len();
        out.push(b'\n');
    }
    // Whole characters only were shared (build.rs), so this is UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

const COUNTRY: u32 = 1;
const REGION: u32 = 1 << 1;
const CITY: u32 = 1 << 2;
const DEMONYM: u32 = 1 << 3;
const GIVEN: u32 = 1 << 4;
const WORLD_REGION: u32 = 1 << 5;
const EXTRA_DEMONYM: u32 = 1 << 6;
const PERSON_TITLE: u32 = 1 << 7;
const ORG_HEAD: u32 = 1 << 8;
const STOP_WORD: u32 = 1 << 9;
const COUNTRY_ALIAS: u32 = 1 << 10;
const TITLE_ABBREVIATION: u32 = 1 << 11;
const LEADING_ORG_HEAD: u32 = 1 << 12;
const BARE_INSTITUTION: u32 = 1 << 13;
const PLACE_HEAD: u32 = 1 << 14;
const MISC_HEAD: u32 = 1 << 15;
const DEPARTMENT_WORD: u32 = 1 << 16;
const PLACE_PREFIX: u32 = 1 << 17;
const ORG_OPENER: u32 = 1 << 18;
const COMMON_ACRONYM: u32 = 1 << 19;

const PLACE: u32 = COUNTRY | REGION | WORLD_REGION | CITY | COUNTRY_ALIAS;

/// A small deterministic hasher for short word keys (the multiply-rotate scheme of rustc's
/// FxHash), taking eight bytes per step instead of FNV's one: words are hashed at every
/// look-up, so the hash is most of a look-up's cost. Tables hashed with it are only looked
/// up, never iterated, so no order can leak into output.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

type WordMap = HashMap<&'static str, u32, BuildHasherDefault<WordHasher>>;

/// Key -> membership bits. Keys of up to 15 bytes (nearly all) are packed into one integer
/// each ([`wordkey::exact_key`]) in an open-addressing table, so a look-up compares
/// integers in one array instead of hashing bytes and following a pointer to compare
/// strings; longer keys are in a hash map.
struct Table {
    keys: Box<[wordkey::Key]>,
    bits: Box<[u32]>,
    shift: u32,
    long: WordMap,
}

impl Table {
    fn slot(k: wordkey::Key, shift: u32) -> usize {
        let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
    }

    fn build(all: WordMap) -> Table {
        // At most about two thirds full, at least 16 slots.
        let bits = (all.len() * 3 / 2 + 1)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let size = 1usize << bits;
        let shift = 64 - bits;
        let mut keys = vec![0; size].into_boxed_slice();
        let mut values = vec![0; size].into_boxed_slice();
        let mut long = WordMap::default();
        // (Each key once: the map merged duplicates, so the order of insertion cannot
        // change any answer.)
        for (w, v) in all {
            let Some(k) = wordkey::exact_key(w) else {
                long.insert(w, v);
                continue;
            };
            let mut i = Self::slot(k, shift);
            while let Some(slot) = keys.get_mut(i) {
                if *slot == 0 {
                    *slot = k;
                    if let Some(value) = values.get_mut(i) {
                        *value = v;
                    }
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        Table {
            keys,
            bits: values,
            shift,
            long,
        }
    }

    fn get(&self, w: &str) -> u32 {
        let Some(k) = wordkey::exact_key(w) else {
            return self.long.get(w).copied().unwrap_or(0);
        };
        let mask = self.keys.len() - 1;
        let mut i = Self::slot(k, self.shift);
        // (Never full, so an empty slot ends every probe.)
        while let Some(&slot) = self.keys.get(i) {
            if slot == k {
                return self.bits.get(i).copied().unwrap_or(0);
            }
            if slot == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// Every data list and closed list merged into one table of key -> membership bits, built on
/// first use, so a word costs one look-up whatever lists are asked about (entity
/// recognition asks several lists about the same word many times).
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::build(merged_lists()))
}

/// Every list's keys with the bits of the lists that hold them.
fn merged_lists() -> WordMap {
    let mut all = WordMap::with_capacity_and_hasher(20_000, Default::default());
    for (data, bit) in [
        (COUNTRIES, COUNTRY),
        (REGIONS, REGION),
        (CITIES, CITY),
        (DEMONYMS, DEMONYM),
        (GIVEN_NAMES, GIVEN),
    ] {
        // Keys borrow from the decoded text, which lives as long as the table.
        let data: &'static str = Box::leak(decode(data).into_boxed_str());
        for l in data.lines().filter(|l| !l.is_empty()) {
            *all.entry(l).or_insert(0) |= bit;
        }
    }
    for (list, bit) in CLOSED_LISTS {
        for &l in list {
            *all.entry(l).or_insert(0) |= bit;
        }
    }
    all
}

/// Every closed list with its membership bit.
const CLOSED_LISTS: [(&[&str], u32); 15] = [
    (WORLD_REGIONS, WORLD_REGION),
    (EXTRA_DEMONYMS, EXTRA_DEMONYM),
    (PERSON_TITLES, PERSON_TITLE),
    (ORG_HEADS, ORG_HEAD),
    (STOP_WORDS, STOP_WORD),
    (COUNTRY_ALIASES, COUNTRY_ALIAS),
    (TITLE_ABBREVIATIONS, TITLE_ABBREVIATION),
    (LEADING_ORG_HEADS, LEADING_ORG_HEAD),
    (BARE_INSTITUTIONS, BARE_INSTITUTION),
    (PLACE_HEADS, PLACE_HEAD),
    (MISC_HEADS, MISC_HEAD),
    (DEPARTMENT_WORDS, DEPARTMENT_WORD),
    (PLACE_PREFIXES, PLACE_PREFIX),
    (ORG_OPENERS, ORG_OPENER),
    (COMMON_ACRONYMS, COMMON_ACRONYM),
];

fn flags(key: &str) -> u32 {
    table().get(key)
}

/// What the lexicons say about one folded key: every list's answer from one look-up, so a
/// word's answers can be looked up once and kept (see `keys::TokenKeys`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex(u32);

impl Lex {
    pub fn of(key: &str) -> Lex {
        Lex(flags(key))
    }
    /// The raw bits, for caching; [`Lex::from_bits`] gives them back.
    pub fn bits(self) -> u32 {
        self.0
    }
    pub fn from_bits(bits: u32) -> Lex {
        Lex(bits)
    }
    pub fn is_country(self) -> bool {
        self.0 & (COUNTRY | COUNTRY_ALIAS) != 0
    }
    pub fn is_region(self) -> bool {
        self.0 & (REGION | WORLD_REGION) != 0
    }
    pub fn is_place(self) -> bool {
        self.0 & PLACE != 0
    }
    pub fn is_country_alias(self) -> bool {
        self.0 & COUNTRY_ALIAS != 0
    }
    pub fn is_demonym(self) -> bool {
        self.0 & (DEMONYM | EXTRA_DEMONYM) != 0
    }
    pub fn is_given_name(self) -> bool {
        self.0 & GIVEN != 0
    }
    pub fn is_person_title(self) -> bool {
        self.0 & PERSON_TITLE != 0
    }
    pub fn is_org_head(self) -> bool {
        self.0 & ORG_HEAD != 0
    }
    pub fn is_stop_word(self) -> bool {
        self.0 & STOP_WORD != 0
    }
    pub fn is_title_abbreviation(self) -> bool {
        self.0 & TITLE_ABBREVIATION != 0
    }
    pub fn is_leading_org_head(self) -> bool {
        self.0 & LEADING_ORG_HEAD != 0
    }
    pub fn is_bare_institution(self) -> bool {
        self.0 & BARE_INSTITUTION != 0
    }
    pub fn is_place_head(self) -> bool {
        self.0 & PLACE_HEAD != 0
    }
    pub fn is_misc_head(self) -> bool {
        self.0 & MISC_HEAD != 0
    }
    pub fn is_department_word(self) -> bool {
        self.0 & DEPARTMENT_WORD != 0
    }
    pub fn is_place_prefix(self) -> bool {
        self.0 & PLACE_PREFIX != 0
    }
    pub fn is_org_opener(self) -> bool {
        self.0 & ORG_OPENER != 0
    }
    pub fn is_common_acronym(self) -> bool {
        self.0 & COMMON_ACRONYM != 0
    }
}

/// Lowercase, strip diacritics, map curly apostrophes, drop periods ("U.S." -> "us"),
/// collapse white space. Appends to `out` (cleared first) so callers can reuse a buffer.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    fold_append(s, out);
}

/// [`fold_into`] without clearing: appends the folded `s` to `out`. For text without white
/// space, folding is char by char, so folding two strings one after the other gives the
/// fold of their concatenation.
pub fn fold_append(s: &str, out: &mut String) {
    // Fast paths for ASCII (most words and names): lowercase and drop periods byte by
    // byte, without decoding chars; the same steps as the loop below takes on ASCII.
    if s.is_ascii() {
        // Most often there is nothing to drop or collapse (no period, single plain spaces
        // inside only): then folding is a copy lowercased in place.
        if is_plain_ascii(s.as_bytes()) {
            let start = out.len();
            out.push_str(s);
            if let Some(tail) = out.get_mut(start..) {
                tail.make_ascii_lowercase();
            }
            return;
        }
        if !s.bytes().any(is_ascii_space) {
            out.extend(
                s.bytes()
                    .filter(|&b| b != b'.')
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
            return;
        }
        let start = out.len();
        let mut space = false;
        for b in s.bytes() {
            if is_ascii_space(b) {
                space = out.len() > start;
            } else if b != b'.' {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    fold_chars(s, out);
}

/// ASCII that folding only lowercases: no period, no white space but single plain spaces
/// between words. (Flags are OR-ed branch-free byte by byte: this is asked of every
/// mention and many tokens.)
fn is_plain_ascii(bytes: &[u8]) -> bool {
    let mut bad = bytes.first() == Some(&b' ');
    let mut prev_space = false;
    for &b in bytes {
        let space = b == b' ';
        bad |= (b == b'.') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t') | (space & prev_space);
        prev_space = space;
    }
    !(bad | prev_space)
}

/// [`fold_append`] char by char, for any text.
fn fold_chars(s: &str, out: &mut String) {
    let start = out.len();
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = out.len() > start;
            continue;
        }
        if c == '.' || ('\u{0300}'..='\u{036F}').contains(&c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => match strip_accent(c) {
                Some(a) => out.push(a),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
}

/// ASCII bytes that `char::is_whitespace` accepts (tab to carriage return, and space).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// The base letter of common accented Latin letters (lowercased).
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'ø' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => return None,
    })
}

/// A country name (or one of its common short forms) in folded form.
pub fn is_country(key: &str) -> bool {
    Lex::of(key).is_country()
}

/// A first-level division (state, province), a continent or a world region.
pub fn is_region(key: &str) -> bool {
    Lex::of(key).is_region()
}

pub fn is_city(key: &str) -> bool {
    flags(key) & CITY != 0
}

pub fn is_place(key: &str) -> bool {
    Lex::of(key).is_place()
}

/// A nationality adjective or noun ("mexican", "americans").
pub fn is_demonym(key: &str) -> bool {
    Lex::of(key).is_demonym()
}

pub fn is_given_name(key: &str) -> bool {
    Lex::of(key).is_given_name()
}

/// The keys [`country_alias`] knows.
const COUNTRY_ALIASES: &[&str] = &[
    "us",
    "usa",
    "america",
    "united states",
    "united states of america",
    "uk",
    "britain",
    "great britain",
    "united kingdom",
    "uae",
];

/// Common names of countries that official lists spell otherwise: the canonical name.
pub fn country_alias(key: &str) -> Option<&'static str> {
    Some(match key {
        "us" | "usa" | "america" | "united states" | "united states of america" => "United States",
        "uk" | "britain" | "great britain" | "united kingdom" => "United Kingdom",
        "uae" => "United Arab Emirates",
        _ => return None,
    })
}

/// AP-style state abbreviations written after a city ("Nogales, Ariz."), folded without
/// periods, with the state they stand for.
pub fn state_abbreviation(key: &str) -> Option<&'static str> {
    Some(match key {
        "ala" => "Alabama",
        "ariz" => "Arizona",
        "ark" => "Arkansas",
        "calif" => "California",
        "colo" => "Colorado",
        "conn" => "Connecticut",
        "dc" => "Washington",
        "del" => "Delaware",
        "fla" => "Florida",
        "ga" => "Georgia",
        "ill" => "Illinois",
        "ind" => "Indiana",
        "kan" => "Kansas",
        "ky" => "Kentucky",
        "la" => "Louisiana",
        "md" => "Maryland",
        "mass" => "Massachusetts",
        "mich" => "Michigan",
        "minn" => "Minnesota",
        "miss" => "Mississippi",
        "mo" => "Missouri",
        "mont" => "Montana",
        "neb" => "Nebraska",
        "nev" => "Nevada",
        "nh" => "New Hampshire",
        "nj" => "New Jersey",
        "nm" => "New Mexico",
        "ny" => "New York",
        "nc" => "North Carolina",
        "nd" => "North Dakota",
        "okla" => "Oklahoma",
        "ore" => "Oregon",
        "pa" => "Pennsylvania",
        "ri" => "Rhode Island",
        "sc" => "South Carolina",
        "sd" => "South Dakota",
        "tenn" => "Tennessee",
        "tex" => "Texas",
        "vt" => "Vermont",
        "va" => "Virginia",
        "wash" => "Washington",
        "wva" => "West Virginia",
        "wis" => "Wisconsin",
        "wyo" => "Wyoming",
        _ => return None,
    })
}

/// Geographic regions that are not states or countries (sorted, folded).
const WORLD_REGIONS: &[&str] = &[
    "americas",
    "andes",
    "arctic",
    "atlantic",
    "atlantic ocean",
    "balkans",
    "caribbean",
    "caribbean sea",
    "central america",
    "central asia",
    "east asia",
    "eastern europe",
    "gulf coast",
    "gulf of california",
    "gulf of mexico",
    "horn of africa",
    "indian ocean",
    "latin america",
    "mediterranean",
    "middle east",
    "midwest",
    "north america",
    "northeast",
    "pacific",
    "pacific northwest",
    "pacific ocean",
    "persian gulf",
    "rio grande",
    "sahel",
    "south america",
    "southeast asia",
    "southwest",
    "sub-saharan africa",
    "west africa",
    "west bank",
    "western europe",
    "western hemisphere",
];

/// Adjectives of origin that the nationality list lacks (sorted, folded).
const EXTRA_DEMONYMS: &[&str] = &[
    "african",
    "americans",
    "arab",
    "asian",
    "central american",
    "european",
    "europeans",
    "hispanic",
    "hispanics",
    "latin",
    "latino",
    "latinos",
    "mexicans",
    "south american",
];

/// Person titles that can stand before a name (folded, without the period).
pub fn is_person_title(key: &str) -> bool {
    Lex::of(key).is_person_title()
}

const PERSON_TITLES: &[&str] = &[
    "acting",
    "adm",
    "administrator",
    "admiral",
    "agent",
    "ambassador",
    "analyst",
    "archbishop",
    "assemblyman",
    "assistant",
    "associate",
    "attorney",
    "atty",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "col",
    "colonel",
    "columnist",
    "commandant",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "consul",
    "coordinator",
    "corporal",
    "correspondent",
    "councilman",
    "councilwoman",
    "counselor",
    "cpl",
    "czar",
    "dame",
    "delegate",
    "deputy",
    "det",
    "detective",
    "director",
    "dr",
    "editor",
    "envoy",
    "father",
    "gen",
    "general",
    "gov",
    "governor",
    "hon",
    "honorable",
    "honourable",
    "imam",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "lieutenant",
    "lord",
    "lt",
    "madam",
    "maj",
    "marshal",
    "mayor",
    "member",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "officer",
    "photographer",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "private",
    "producer",
    "prof",
    "professor",
    "prosecutor",
    "pvt",
    "queen",
    "rabbi",
    "ranking",
    "rep",
    "reporter",
    "representative",
    "rev",
    "reverend",
    "sec",
    "secretary",
    "secy",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "solicitor",
    "speaker",
    "special",
    "spokesman",
    "spokeswoman",
    "superintendent",
    "supt",
    "undersecretary",
    "vice",
    "writer",
];

/// Title abbreviations written with a period ("Gen.", "Mrs.").
pub fn is_title_abbreviation(key: &str) -> bool {
    Lex::of(key).is_title_abbreviation()
}

const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "det", "dr", "gen", "gov", "lt", "maj", "mr",
    "mrs", "ms", "prof", "pvt", "rep", "rev", "sen", "sgt", "cpl", "st", "jr", "sr", "mt", "ft",
];

/// Head nouns that make a capitalised phrase an organisation ("... Department").
pub fn is_org_head(key: &str) -> bool {
    Lex::of(key).is_org_head()
}

const ORG_HEADS: &[&str] = &[
    "academy",
    "administration",
    "agencies",
    "agency",
    "airlines",
    "army",
    "assembly",
    "association",
    "authority",
    "bancorp",
    "bank",
    "board",
    "brigade",
    "brothers",
    "bureau",
    "cabinet",
    "cartel",
    "caucus",
    "center",
    "centre",
    "chamber",
    "chiefs",
    "chronicle",
    "church",
    "club",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "corp",
    "corporation",
    "corps",
    "council",
    "court",
    "department",
    "directorate",
    "division",
    "embassy",
    "enforcement",
    "federation",
    "force",
    "forces",
    "foundation",
    "front",
    "fund",
    "gang",
    "gazette",
    "group",
    "guard",
    "herald",
    "house",
    "inc",
    "institute",
    "institution",
    "international",
    "journal",
    "league",
    "legislature",
    "llc",
    "ltd",
    "magazine",
    "marines",
    "ministry",
    "movement",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "patrol",
    "police",
    "post",
    "press",
    "protection",
    "quarterly",
    "radio",
    "review",
    "secretariat",
    "senate",
    "service",
    "services",
    "society",
    "staff",
    "subcommittee",
    "survey",
    "television",
    "times",
    "tribunal",
    "tribune",
    "union",
    "university",
    "watch",
];

/// Spanish institution heads, which come first ("Secretaría de la Defensa Nacional").
pub fn is_leading_org_head(key: &str) -> bool {
    Lex::of(key).is_leading_org_head()
}

const LEADING_ORG_HEADS: &[&str] = &[
    "secretaria",
    "procuraduria",
    "agencia",
    "policia",
    "ejercito",
    "instituto",
    "comision",
    "partido",
    "universidad",
    "banco",
    "grupo",
    "consejo",
    "camara",
    "fiscalia",
    "direccion",
    "centro",
    "fuerza",
    "armada",
    "senado",
    "congreso",
];

/// Single names of well-known institutions that carry no head noun.
pub fn is_bare_institution(key: &str) -> bool {
    Lex::of(key).is_bare_institution()
}

const BARE_INSTITUTIONS: &[&str] = &[
    "pentagon",
    "kremlin",
    "congress",
    "senate",
    "parliament",
    "interpol",
    "europol",
    "nato",
    "un",
    "opec",
    "unesco",
    "unicef",
    "hezbollah",
    "hamas",
    "taliban",
    "al qaeda",
    "al-qaeda",
    "white house",
];

/// Place-forming heads: "Gulf of ...", "... County", "Ciudad ...".
pub fn is_place_head(key: &str) -> bool {
    Lex::of(key).is_place_head()
}

const PLACE_HEADS: &[&str] = &[
    "county",
    "province",
    "valley",
    "river",
    "mountains",
    "island",
    "islands",
    "bay",
    "gulf",
    "sea",
    "lake",
    "coast",
    "peninsula",
    "canyon",
    "desert",
    "strait",
    "ciudad",
    "city",
    "municipality",
    "district",
    "border",
    "region",
    "ocean",
    // "the Colombia Solidarity Bridge", "the Bridge of the Americas": border crossings.
    "bridge",
];

/// Heads of names that are programs, events, laws or operations (reported as MISC).
pub fn is_misc_head(key: &str) -> bool {
    Lex::of(key).is_misc_head()
}

const MISC_HEADS: &[&str] = &[
    "initiative",
    "plan",
    "act",
    "program",
    "programme",
    "operation",
    "project",
    "war",
    "treaty",
    "agreement",
    "summit",
    "accord",
    "accords",
    "law",
    "bill",
    "award",
    "prize",
    "cup",
    "games",
    "olympics",
    "festival",
    "day",
    "doctrine",
    "strategy",
    "report",
    "protocol",
    "convention",
    "week",
    "eve",
];

/// Words that join a name's parts without being capitalised ("Ciudad de México").
pub fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "de" | "del"
            | "la"
            | "las"
            | "los"
            | "y"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "le"
    )
}

/// Capitalised words that are never names on their own: function words, pronouns, days and
/// months, web-page furniture. Folded and sorted.
pub fn is_stop_word(key: &str) -> bool {
    Lex::of(key).is_stop_word()
}

const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "additionally",
    "advertisement",
    "after",
    "afterward",
    "afterwards",
    "again",
    "against",
    "ago",
    "all",
    "already",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "apparently",
    "apr",
    "april",
    "archive",
    "are",
    "as",
    "at",
    "aug",
    "august",
    "back",
    "be",
    "because",
    "been",
    "before",
    "being",
    "besides",
    "between",
    "blog",
    "both",
    "breaking",
    "but",
    "by",
    "can",
    "certainly",
    "clearly",
    "click",
    "close",
    "comment",
    "comments",
    "contact",
    "copyright",
    "could",
    "currently",
    "daily",
    "dec",
    "december",
    "despite",
    "did",
    "discuss",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "editor",
    "editorial",
    "either",
    "email",
    "even",
    "eventually",
    "every",
    "everyone",
    "exclusive",
    "facebook",
    "featured",
    "feb",
    "february",
    "few",
    "finally",
    "for",
    "former",
    "fri",
    "friday",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "home",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "indeed",
    "initially",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "just",
    "last",
    "late",
    "later",
    "like",
    "link",
    "login",
    "many",
    "mar",
    "march",
    "may",
    "me",
    "meanwhile",
    "menu",
    "mon",
    "monday",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "neither",
    "never",
    "nevertheless",
    "new",
    "newsletter",
    "next",
    "no",
    "nonetheless",
    "nor",
    "not",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "of",
    "officially",
    "on",
    "once",
    "one",
    "only",
    "opinion",
    "or",
    "other",
    "otherwise",
    "our",
    "over",
    "overall",
    "perhaps",
    "photo",
    "photos",
    "please",
    "posted",
    "previously",
    "print",
    "read",
    "recently",
    "related",
    "same",
    "sat",
    "saturday",
    "search",
    "sep",
    "separately",
    "sept",
    "september",
    "share",
    "she",
    "should",
    "similarly",
    "since",
    "so",
    "some",
    "soon",
    "still",
    "subscribe",
    "such",
    "sun",
    "sunday",
    "tags",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "through",
    "thu",
    "thursday",
    "thus",
    "to",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "too",
    "tue",
    "tuesday",
    "tweet",
    "twitter",
    "two",
    "ultimately",
    "under",
    "unless",
    "until",
    "update",
    "updated",
    "upon",
    "very",
    "video",
    "was",
    "we",
    "wed",
    "wednesday",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Acronyms that are common nouns in English news.
const COMMON_ACRONYMS: &[&str] = &[
    "suv", "ceo", "cfo", "gdp", "tv", "dvd", "atm", "hiv", "aids", "dna", "gps", "id", "ak", "ar",
    "pin", "usb", "faq", "pdf", "url", "ok", "am", "pm", "ii", "iii", "iv", "vip", "mp", "rpg",
    "ied", "ieds", "mph", "ufo", "pc", "ps", "pps", "q", "a",
];

/// Words that end the name of a government department ("Secretary of State").
const DEPARTMENT_WORDS: &[&str] = &[
    "state",
    "defense",
    "defence",
    "security",
    "justice",
    "treasury",
    "affairs",
    "interior",
    "energy",
    "commerce",
    "labor",
    "agriculture",
    "education",
    "transportation",
    "health",
    "finance",
    "economy",
    "navy",
    "army",
    "relations",
    "services",
    "development",
    "environment",
    "trade",
];

const PLACE_PREFIXES: &[&str] = &[
    "villas",
    "colonia",
    "fraccionamiento",
    "san",
    "santa",
    "santo",
    "sao",
    "saint",
    "st",
    "fort",
    "port",
    "mount",
    "lake",
    "rio",
    "sierra",
    "puerto",
    "villa",
    "nueva",
    "nuevo",
    "isla",
    "cabo",
    "cape",
    "bahia",
    "playa",
    "valle",
    "cerro",
    "laguna",
];

/// Head nouns that open an organisation's name ("University of ...").
const ORG_OPENERS: &[&str] = &[
    "university",
    "department",
    "ministry",
    "office",
    "bureau",
    "institute",
    "college",
    "school",
    "agency",
    "council",
    "committee",
    "commission",
    "center",
    "centre",
    "foundation",
    "bank",
    "secretariat",
    "subcommittee",
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_packed_table_answers_like_the_merged_lists() {
        let all = super::merged_lists();
        let table = super::Table::build(all.clone());
        assert!(all.len() > 1000);
        for (&w, &bits) in &all {
            assert_eq!(table.get(w), bits, "{w:?}");
            for other in [
                w.to_uppercase(),
                format!("{w}x"),
                format!("x{w}"),
                w[1..].to_string(),
            ] {
                assert_eq!(
                    table.get(&other),
                    all.get(other.as_str()).copied().unwrap_or(0)
                );
            }
        }
        assert_eq!(table.get(""), 0);
    }

    #[test]
    fn plain_ascii_is_ascii_that_folding_only_lowercases() {
        for t in [
            "",
            " ",
            "a",
            "ab cd",
            "ab  cd",
            " ab",
            "ab ",
            "U.S.",
            "a\tb",
            "a\nb",
            "a\rb",
            "a\x0bb",
            "a\x0cb",
            "a\x08b",
            "Drug Enforcement Administration",
            "x.",
            "a b c",
        ] {
            let folded = super::fold(t);
            let only_lowercased = folded == t.to_ascii_lowercase();
            assert_eq!(
                super::is_plain_ascii(t.as_bytes()),
                only_lowercased,
                "{t:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn closed_lists_are_sorted_and_unique() {
        for list in [
            WORLD_REGIONS,
            EXTRA_DEMONYMS,
            PERSON_TITLES,
            ORG_HEADS,
            STOP_WORDS,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn one_look_up_answers_every_closed_list() {
        for (list, bit) in CLOSED_LISTS {
            assert!(list.iter().all(|w| Lex::of(w).0 & bit != 0));
        }
        for key in COUNTRY_ALIASES {
            assert!(country_alias(key).is_some() && is_country(key) && is_place(key));
        }
        assert!(is_place_head("county") && is_misc_head("plan") && !is_misc_head("plans"));
        assert!(Lex::of("state").is_department_word() && Lex::of("suv").is_common_acronym());
        assert_eq!(Lex::of("no such word"), Lex::default());
    }

    #[test]
    fn data_lists_are_sorted_and_folded() {
        for (data, plain) in [
            (COUNTRIES, include_str!("../../data/countries.txt")),
            (REGIONS, include_str!("../../data/regions.txt")),
            (CITIES, include_str!("../../data/cities.txt")),
            (DEMONYMS, include_str!("../../data/demonyms.txt")),
            (GIVEN_NAMES, include_str!("../../data/given_names.txt")),
        ] {
            let data = decode(data);
            assert_eq!(data, plain, "front coding gives the list back");
            let v: Vec<&str> = data.lines().collect();
            assert!(v.windows(2).all(|w| w[0] < w[1]));
            assert!(v.iter().all(|l| fold(l) == *l));
        }
    }

    #[test]
    fn ascii_fast_path_folds_like_the_char_loop() {
        for s in [
            "U.S. Drug  Enforcement\tAdministration",
            " . a. b ",
            "Drug Enforcement Administration",
            "New  York",
            "A B ",
            " A",
            "a.b",
            "\n\nSinaloa Cartel's  ",
            "A & B",
            ". .",
            "",
        ] {
            let mut slow = String::from("x");
            fold_chars(s, &mut slow);
            let mut fast = String::from("x");
            fold_append(s, &mut fast);
            assert_eq!(fast, slow, "{s:?}");
        }
    }

    #[test]
    fn folds_accents_case_and_periods() {
        assert_eq!(fold("Calderón’s"), "calderon's");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("MEXICO  CITY"), "mexico city");
        assert_eq!(fold("Michoacán"), "michoacan");
    }

    #[test]
    fn gazetteers_know_places_and_names() {
        assert!(is_country("mexico") && is_country("us") && is_country("colombia"));
        assert!(is_region("texas") && is_region("michoacan") && is_region("central america"));
        assert!(is_city("ciudad juarez") && is_city("el paso") && is_city("monterrey"));
        assert!(is_demonym("mexican") && is_demonym("americans"));
        assert!(is_given_name("felipe") && is_given_name("janet") && !is_given_name("department"));
    }
}
