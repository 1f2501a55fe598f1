//! The generator's vocabularies, written for it: common given names and surnames, the
//! agencies, places and titles that news about U.S.–Mexico security names, and the nouns and
//! phrases its sentences are built from. People are invented by combining names at random;
//! no list here records what any real article says.

/// Given names, Spanish-language, with and without accents as news copy varies.
pub const GIVEN_ES: &[&str] = &[
    "José",
    "Jose",
    "Luis",
    "Carlos",
    "Juan",
    "Miguel",
    "Jorge",
    "Alejandro",
    "Francisco",
    "Ricardo",
    "Fernando",
    "Arturo",
    "Rafael",
    "Héctor",
    "Sergio",
    "Raúl",
    "Javier",
    "Eduardo",
    "Roberto",
    "Guillermo",
    "Ramón",
    "Alfredo",
    "Ignacio",
    "Marisela",
    "Guadalupe",
    "María",
    "Ana",
    "Patricia",
    "Verónica",
    "Rosa",
    "Leticia",
    "Claudia",
    "Gabriela",
    "Teresa",
    "Beatriz",
    "Isabel",
    "Adriana",
    "Silvia",
    "Lorena",
    "Alma",
];

/// Given names, English-language.
pub const GIVEN_EN: &[&str] = &[
    "John",
    "Michael",
    "David",
    "Robert",
    "James",
    "William",
    "Richard",
    "Thomas",
    "Mark",
    "Daniel",
    "Paul",
    "Steven",
    "Kevin",
    "Brian",
    "Gary",
    "Eric",
    "Scott",
    "Anthony",
    "Peter",
    "Timothy",
    "Susan",
    "Karen",
    "Linda",
    "Nancy",
    "Elizabeth",
    "Laura",
    "Sarah",
    "Janet",
    "Deborah",
    "Catherine",
    "Michelle",
    "Carol",
    "Diane",
    "Julie",
    "Rebecca",
];

pub const FEMALE_GIVEN: &[&str] = &[
    "Marisela",
    "Guadalupe",
    "María",
    "Ana",
    "Patricia",
    "Verónica",
    "Rosa",
    "Leticia",
    "Claudia",
    "Gabriela",
    "Teresa",
    "Beatriz",
    "Isabel",
    "Adriana",
    "Silvia",
    "Lorena",
    "Alma",
    "Susan",
    "Karen",
    "Linda",
    "Nancy",
    "Elizabeth",
    "Laura",
    "Sarah",
    "Janet",
    "Deborah",
    "Catherine",
    "Michelle",
    "Carol",
    "Diane",
    "Julie",
    "Rebecca",
];

pub const SURNAME_ES: &[&str] = &[
    "García",
    "Garcia",
    "Hernández",
    "Martínez",
    "Martinez",
    "López",
    "Lopez",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Ramirez",
    "Torres",
    "Flores",
    "Rivera",
    "Gómez",
    "Díaz",
    "Reyes",
    "Morales",
    "Cruz",
    "Ortiz",
    "Gutiérrez",
    "Chávez",
    "Ramos",
    "Mendoza",
    "Ruiz",
    "Aguilar",
    "Vargas",
    "Castillo",
    "Jiménez",
    "Moreno",
    "Romero",
    "Herrera",
    "Medina",
    "Castro",
    "Vázquez",
    "Salinas",
    "Villarreal",
    "Treviño",
    "Cárdenas",
    "Zamora",
    "Escobedo",
    "Peña",
    "Robles",
    "Fuentes",
    "Ibarra",
    "Valdez",
    "Carrillo",
    "Quintero",
    "Arellano",
    "Benítez",
    "Cervantes",
    "Domínguez",
    "Elizondo",
    "Figueroa",
];

pub const SURNAME_EN: &[&str] = &[
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Allen",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Carter",
    "Mitchell",
    "Roberts",
    "Turner",
    "Phillips",
    "Campbell",
    "Parker",
    "Evans",
    "Edwards",
    "Collins",
    "Stewart",
    "Morris",
    "Murphy",
    "Cook",
    "Rogers",
    "O'Connor",
    "McCarthy",
    "Sullivan",
    "Donnelly",
    "Whitaker",
    "Hollister",
    "Brennan",
];

/// A role a person can hold: the title written before a name ("Gen."), if any; the role as
/// an appositive ("the army's regional commander"); which side of the border.
#[derive(Debug, Clone, Copy)]
pub struct RoleDef {
    pub title: Option<&'static str>,
    pub appositive: &'static str,
    pub mexican: bool,
}

const fn role(title: Option<&'static str>, appositive: &'static str, mexican: bool) -> RoleDef {
    RoleDef {
        title,
        appositive,
        mexican,
    }
}

/// `{S}` in an appositive is a Mexican state, `{T}` a U.S. state.
pub const ROLES: &[RoleDef] = &[
    role(Some("President"), "the president of Mexico", true),
    role(
        Some("Interior Secretary"),
        "Mexico's interior secretary",
        true,
    ),
    role(Some("Attorney General"), "Mexico's attorney general", true),
    role(
        Some("Public Security Secretary"),
        "the federal public security secretary",
        true,
    ),
    role(
        Some("Defense Secretary"),
        "Mexico's defense secretary",
        true,
    ),
    role(Some("Gov."), "the governor of {S}", true),
    role(Some("Mayor"), "the city's mayor", true),
    role(Some("Gen."), "the army's regional commander in {S}", true),
    role(Some("Adm."), "a navy spokesman", true),
    role(Some("Lt. Col."), "an army officer in {S}", true),
    role(
        None,
        "a spokesman for the state attorney general's office",
        true,
    ),
    role(None, "a spokeswoman for the federal police", true),
    role(None, "the {S} state prosecutor", true),
    role(None, "a police commander in {S}", true),
    role(None, "a human rights activist in {S}", true),
    role(None, "a local journalist", true),
    role(
        None,
        "a shopkeeper whose brother was killed last year",
        true,
    ),
    role(None, "a former federal police commander", true),
    role(
        Some("Secretary of State"),
        "the U.S. secretary of state",
        false,
    ),
    role(
        Some("Homeland Security Secretary"),
        "the U.S. homeland security secretary",
        false,
    ),
    role(Some("Attorney General"), "the U.S. attorney general", false),
    role(Some("Ambassador"), "the U.S. ambassador to Mexico", false),
    role(Some("Sen."), "a Republican senator from {T}", false),
    role(Some("Sen."), "a Democratic senator from {T}", false),
    role(Some("Rep."), "a Democratic congressman from {T}", false),
    role(Some("Gov."), "the governor of {T}", false),
    role(Some("Sheriff"), "the county sheriff", false),
    role(Some("Dr."), "a professor of Latin American studies", false),
    role(None, "an analyst at a Washington research group", false),
    role(None, "a DEA special agent in charge", false),
    role(
        None,
        "a spokesman for U.S. Customs and Border Protection",
        false,
    ),
    role(None, "a State Department spokesman", false),
    role(None, "a Pentagon spokeswoman", false),
    role(None, "a former CIA analyst", false),
    role(None, "chief of the Border Patrol's {T} sector", false),
    role(None, "a federal prosecutor in {T}", false),
];

/// What the press calls a suspect on first mention; `{C}` is a cartel.
pub const SUSPECT_ROLES: &[&str] = &[
    "an alleged leader of {C}",
    "a suspected lieutenant of {C}",
    "the alleged financial operator of {C}",
    "a suspected hit man for {C}",
    "a former police officer accused of working for {C}",
    "an accused trafficker",
    "a regional boss of {C}",
];

/// Invented nicknames in the style the press reports ("alias El Tigre").
pub const NICKNAMES: &[&str] = &[
    "El Tigre",
    "El Güero",
    "El Flaco",
    "El Chato",
    "El Gordo",
    "El Compadre",
    "El Ingeniero",
    "El Licenciado",
    "El Contador",
    "El Chino",
    "El Tío",
    "La Jefa",
];

/// An organisation: its full name with the article it takes ("the FBI" but "Congress"),
/// the acronym the press uses after first mention (if any), and a short form ("the bureau").
#[derive(Debug, Clone, Copy)]
pub struct OrgDef {
    pub name: &'static str,
    pub acronym: Option<&'static str>,
    pub short: &'static str,
}

const fn org(name: &'static str, acronym: Option<&'static str>, short: &'static str) -> OrgDef {
    OrgDef {
        name,
        acronym,
        short,
    }
}

pub const US_AGENCIES: &[OrgDef] = &[
    org(
        "the Drug Enforcement Administration",
        Some("DEA"),
        "the agency",
    ),
    org(
        "the Federal Bureau of Investigation",
        Some("FBI"),
        "the bureau",
    ),
    org(
        "the Bureau of Alcohol, Tobacco, Firearms and Explosives",
        Some("ATF"),
        "the bureau",
    ),
    org(
        "the Department of Homeland Security",
        Some("DHS"),
        "the department",
    ),
    org(
        "U.S. Customs and Border Protection",
        Some("CBP"),
        "the agency",
    ),
    org(
        "Immigration and Customs Enforcement",
        Some("ICE"),
        "the agency",
    ),
    org("the Border Patrol", None, "the Border Patrol"),
    org("the State Department", None, "the department"),
    org("the Justice Department", None, "the department"),
    org("the Pentagon", None, "the Pentagon"),
    org(
        "the Government Accountability Office",
        Some("GAO"),
        "the office",
    ),
    org(
        "the Congressional Research Service",
        Some("CRS"),
        "the research service",
    ),
    org("the National Guard", None, "the Guard"),
    org(
        "the Senate Foreign Relations Committee",
        None,
        "the committee",
    ),
    org(
        "the House Homeland Security Committee",
        None,
        "the committee",
    ),
    org("the Central Intelligence Agency", Some("CIA"), "the agency"),
    org(
        "the Office of National Drug Control Policy",
        Some("ONDCP"),
        "the office",
    ),
];

pub const MX_AGENCIES: &[OrgDef] = &[
    org("the Defense Department", None, "the military"),
    org("the Mexican army", None, "the army"),
    org("the Mexican navy", None, "the navy"),
    org("the Federal Police", None, "the police"),
    org("the Attorney General's Office", None, "the office"),
    org("the Public Security Secretariat", None, "the secretariat"),
    org(
        "the National Human Rights Commission",
        None,
        "the commission",
    ),
    org("the Interior Ministry", None, "the ministry"),
    org("the Foreign Relations Department", None, "the ministry"),
    org("Congress", None, "lawmakers"),
    org(
        "the Center for Investigation and National Security",
        Some("CISEN"),
        "the intelligence agency",
    ),
    org(
        "the Institutional Revolutionary Party",
        Some("PRI"),
        "the party",
    ),
    org("the National Action Party", Some("PAN"), "the party"),
    org(
        "the Party of the Democratic Revolution",
        Some("PRD"),
        "the party",
    ),
];

pub const OTHER_ORGS: &[OrgDef] = &[
    org("the United Nations", Some("U.N."), "the world body"),
    org(
        "the Organization of American States",
        Some("OAS"),
        "the organization",
    ),
    org("Human Rights Watch", None, "the group"),
    org("Amnesty International", None, "the group"),
    org("the Committee to Protect Journalists", None, "the group"),
    org("the Woodrow Wilson Center", None, "the center"),
    org("the Brookings Institution", None, "the institution"),
    org(
        "the University of Texas at El Paso",
        Some("UTEP"),
        "the university",
    ),
    org("the Trans-Border Institute", None, "the institute"),
    org("Stratfor", None, "the firm"),
];

pub const CARTELS: &[&str] = &[
    "the Sinaloa cartel",
    "the Gulf cartel",
    "the Juárez cartel",
    "the Juarez cartel",
    "the Tijuana cartel",
    "the Beltrán Leyva organization",
    "La Familia Michoacana",
    "the Knights Templar",
    "the Zetas",
    "the Arellano Félix organization",
];

pub const OUTLETS: &[&str] = &[
    "The Associated Press",
    "Reuters",
    "Agence France-Presse",
    "El Universal",
    "Reforma",
    "Milenio",
    "The Dallas Morning News",
    "the Los Angeles Times",
    "The Arizona Republic",
    "the El Paso Times",
    "The Washington Post",
    "The New York Times",
];

pub const WIRE_CODES: &[&str] = &["AP", "Reuters", "AFP"];

/// A Mexican city and its state.
pub const MX_CITIES: &[(&str, &str)] = &[
    ("Ciudad Juárez", "Chihuahua"),
    ("Ciudad Juarez", "Chihuahua"),
    ("Chihuahua", "Chihuahua"),
    ("Tijuana", "Baja California"),
    ("Mexicali", "Baja California"),
    ("Monterrey", "Nuevo León"),
    ("Monterrey", "Nuevo Leon"),
    ("Culiacán", "Sinaloa"),
    ("Culiacan", "Sinaloa"),
    ("Mazatlán", "Sinaloa"),
    ("Nuevo Laredo", "Tamaulipas"),
    ("Reynosa", "Tamaulipas"),
    ("Matamoros", "Tamaulipas"),
    ("Acapulco", "Guerrero"),
    ("Morelia", "Michoacán"),
    ("Apatzingán", "Michoacán"),
    ("Torreón", "Coahuila"),
    ("Durango", "Durango"),
    ("Cuernavaca", "Morelos"),
    ("Guadalajara", "Jalisco"),
    ("Veracruz", "Veracruz"),
    ("Nogales", "Sonora"),
    ("Hermosillo", "Sonora"),
    ("Zacatecas", "Zacatecas"),
    ("Mexico City", "the Federal District"),
];

/// A U.S. city, its AP-style state abbreviation and the state.
pub const US_CITIES: &[(&str, &str, &str)] = &[
    ("El Paso", "Texas", "Texas"),
    ("Laredo", "Texas", "Texas"),
    ("Brownsville", "Texas", "Texas"),
    ("McAllen", "Texas", "Texas"),
    ("Houston", "Texas", "Texas"),
    ("San Antonio", "Texas", "Texas"),
    ("Phoenix", "Ariz.", "Arizona"),
    ("Tucson", "Ariz.", "Arizona"),
    ("Nogales", "Ariz.", "Arizona"),
    ("Douglas", "Ariz.", "Arizona"),
    ("San Diego", "Calif.", "California"),
    ("Calexico", "Calif.", "California"),
    ("Los Angeles", "Calif.", "California"),
    ("Las Cruces", "N.M.", "New Mexico"),
    ("Albuquerque", "N.M.", "New Mexico"),
    ("Columbus", "N.M.", "New Mexico"),
    ("Atlanta", "Ga.", "Georgia"),
    ("Chicago", "Ill.", "Illinois"),
];

pub const US_BORDER_STATES: &[&str] = &["Texas", "Arizona", "New Mexico", "California"];

pub const COUNTRIES: &[&str] = &[
    "Mexico",
    "the United States",
    "Colombia",
    "Guatemala",
    "Honduras",
    "El Salvador",
    "Venezuela",
    "Canada",
    "Panama",
    "Peru",
];

pub const REGIONS: &[&str] = &[
    "Central America",
    "Latin America",
    "the Southwest",
    "the Caribbean",
    "the Andes",
];

pub const DRUGS: &[&str] = &[
    "cocaine",
    "marijuana",
    "heroin",
    "methamphetamine",
    "precursor chemicals",
    "opium poppy",
];

pub const WEAPONS: &[&str] = &[
    "AK-47 rifles",
    "assault rifles",
    "grenades",
    ".50-caliber rifles",
    "pistols",
    "rocket launchers",
    "rounds of ammunition",
];

pub const VICTIMS: &[&str] = &[
    "people",
    "police officers",
    "soldiers",
    "civilians",
    "suspected gunmen",
    "young men",
    "migrants",
    "prison inmates",
    "municipal officials",
    "journalists",
];

pub const CREWS: &[&str] = &[
    "troops",
    "soldiers",
    "federal police officers",
    "Border Patrol agents",
    "National Guard troops",
    "agents",
    "marines",
    "prosecutors",
    "customs inspectors",
    "police officers",
];

pub const HARDWARE: &[&str] = &[
    "helicopters",
    "armored vehicles",
    "surveillance drones",
    "X-ray scanners",
    "patrol boats",
    "night-vision goggles",
    "drug-sniffing dogs",
];

pub const PLACES_WHERE: &[&str] = &[
    "a drug rehabilitation center",
    "a crowded bar",
    "a highway checkpoint",
    "a wedding party",
    "a police station",
    "a safe house",
    "a used-car lot",
    "a private home",
    "a busy intersection",
    "a soccer field",
];

pub const TOPICS: &[&str] = &[
    "arms trafficking",
    "money laundering",
    "border security",
    "extraditions",
    "intelligence sharing",
    "judicial reform",
    "police training",
    "trade",
    "immigration",
    "drug demand in the United States",
    "human rights",
    "the flow of guns south",
];

pub const MONEY_USES: &[&str] = &[
    "helicopters and surveillance aircraft",
    "police training and judicial reform",
    "new scanners at border crossings",
    "hiring more customs agents",
    "drug treatment programs",
    "community projects in violent neighborhoods",
    "tracing smuggled weapons",
    "a new border fence",
];

/// Hedges that news copy puts before figures.
pub const MONEY_HEDGES: &[&str] = &[
    "more than ",
    "at least ",
    "nearly ",
    "about ",
    "some ",
    "almost ",
    "roughly ",
    "up to ",
    "an estimated ",
];

pub const HEDGES: &[&str] = &[
    "more than ",
    "at least ",
    "nearly ",
    "about ",
    "some ",
    "almost ",
    "roughly ",
    "up to ",
    "an estimated ",
    "fewer than ",
];

pub const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "said",
    "said",
    "told reporters",
    "added",
    "said in a statement",
    "said at a news conference",
    "warned",
    "insisted",
    "acknowledged",
];

/// Quote building blocks: a subject, a predicate, an optional tail.
/// Plural subjects only, so that every predicate agrees with every subject.
pub const QUOTE_SUBJECTS: &[&str] = &[
    "We",
    "The cartels",
    "Our agents",
    "The people of this city",
    "These criminals",
    "Our soldiers",
    "The families",
    "Both governments",
    "They",
    "Our police officers",
    "Most people here",
];

pub const QUESTIONS: &[&str] = &[
    "Who is going to protect us",
    "How many more have to die",
    "Where is the army when we need it",
    "Why should anyone trust the police",
    "What are we supposed to tell the families",
    "Is this what victory looks like",
];

pub const QUOTE_PREDICATES: &[&str] = &[
    "will not back down",
    "are not going to surrender the streets to anyone",
    "cannot win this fight alone",
    "have a shared responsibility",
    "have never seen violence like this",
    "are paying the price for a market that is not ours",
    "need more than promises",
    "will keep working with our partners",
    "know exactly who is behind this",
    "are losing young people every week",
    "want results, not speeches",
    "have to stop the guns from going south",
    "are doing everything we can",
    "feel completely abandoned",
    "will follow the money wherever it goes",
];

pub const QUOTE_TAILS: &[&str] = &[
    "",
    "",
    "",
    " and that is not going to change",
    " no matter how long it takes",
    " on both sides of the border",
    " in this city",
    " right now",
    ", and everybody knows it",
    " until the last of them is in prison",
];

/// Short phrases a speaker might use that writers quote partially.
pub const SCARE_QUOTES: &[&str] = &[
    "a turning point",
    "an act of cowardice",
    "unacceptable",
    "a war without rules",
    "a shared responsibility",
    "a failed strategy",
    "deeply troubling",
    "a historic step",
];

/// Lines of web-page clutter that scraped articles carry.
pub const CLUTTER: &[&str] = &[
    "Advertisement",
    "Subscribe",
    "Share this article",
    "Print",
    "Email",
    "Follow us on Twitter",
    "Related coverage",
    "Story continues below",
    "Click here for more",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_non_empty_and_female_names_are_known() {
        for list in [
            GIVEN_ES,
            GIVEN_EN,
            SURNAME_ES,
            SURNAME_EN,
            CARTELS,
            OUTLETS,
            COUNTRIES,
            DRUGS,
            WEAPONS,
            VICTIMS,
            CREWS,
            HARDWARE,
            TOPICS,
            HEDGES,
            SPEECH_VERBS,
            QUOTE_SUBJECTS,
            QUOTE_PREDICATES,
            QUOTE_TAILS,
            SCARE_QUOTES,
            CLUTTER,
            QUESTIONS,
            REGIONS,
            PLACES_WHERE,
            MONEY_USES,
            WIRE_CODES,
            US_BORDER_STATES,
            SUSPECT_ROLES,
            NICKNAMES,
            MONEY_HEDGES,
        ] {
            assert!(!list.is_empty());
        }
        assert!(!ROLES.is_empty() && !US_AGENCIES.is_empty() && !MX_AGENCIES.is_empty());
        assert!(!OTHER_ORGS.is_empty() && !MX_CITIES.is_empty() && !US_CITIES.is_empty());
        for f in FEMALE_GIVEN {
            assert!(GIVEN_ES.contains(f) || GIVEN_EN.contains(f), "{f}");
        }
    }
}
