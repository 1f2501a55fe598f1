TEXT = """UPDATE 2-Mexico drug war toll jumps nearly 60 pct in 2010

* Killings rise to 15,273 last year from 9,616 in 2009

* Total since Calderon offensive began reaches 34,612

* Peso slips as investors weigh security risks

By Lucia Herrera

MEXICO CITY, Jan 12 (Reuters) - Drug-related killings in Mexico rose nearly 60 percent last year to 15,273, the government said on Wednesday, making 2010 the deadliest year since President Felipe Calderon sent troops against the cartels in late 2006.

The new figures bring the number of people killed in violence linked to organized crime to 34,612 since Calderon took office in December 2006, according to data presented by Alejandro Poire, the government's spokesman on security matters.

Poire said the bloodshed remained concentrated in a few regions, with the northern state of Chihuahua, home to Ciudad Juarez, accounting for about 30 percent of last year's deaths. Killings also spiked in Tamaulipas and Nuevo Leon, where the Zetas gang has been fighting its former allies in the Gulf cartel since early last year.

"We are not going to retreat, because the alternative is to hand the country over to the criminals," Poire told reporters at the presidential residence of Los Pinos. "What we are seeing is the result of the cartels fighting each other as they lose their leaders."

The violence accelerated in the fourth quarter, when monthly tallies regularly topped 1,300, the data showed.

Calderon has deployed some 45,000 soldiers across the country, and his government says it has captured or killed about two-thirds of the 37 most-wanted drug lords it named in 2009.

Critics say the army-led strategy has only scattered the gangs. "Every time they take down a capo, three smaller groups appear and start fighting over the pieces," said Raul Benitez, a security expert at the National Autonomous University of Mexico.

Mexico's peso weakened 0.3 percent to 12.14 per dollar on Wednesday, though traders said the currency was moving more on U.S. economic data than on the crime report. Investors have largely shrugged off the violence: foreign direct investment reached about $17.7 billion in 2010, the Economy Ministry said on Tuesday.

The United States has appropriated roughly $1.5 billion for Mexico under the Merida Initiative since fiscal year 2008, much of it for helicopters, surveillance aircraft and police training. U.S. officials say deliveries will speed up this year.

Security is expected to weigh on next year's presidential election, in which Calderon's conservative National Action Party, or PAN, will struggle to hold on to power. Calderon is barred by law from seeking a second term.

(Additional reporting by Tomas Villalobos; Editing by Paul Carrington)
"""
META = {
    "title": "UPDATE 2-Mexico drug war toll jumps nearly 60 pct in 2010",
    "source": "written for this project in the style of a Reuters wire story",
    "doc_date": "2011-01-12",
    "doc_date_evidence": "The dateline reads 'MEXICO CITY, Jan 12 (Reuters)' with no year; the year is 2011 because the story reports the full-year 2010 toll as 'last year' and Wednesday 12 January 2011 matches 'on Wednesday'.",
    "url": None,
}
ENTS = [
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PERSON", "Felipe Calderón", ["Calderon", "Felipe Calderon"], "President of Mexico"),
    ("PERSON", "Lucia Herrera", ["Lucia Herrera"], "byline (fictional writer)"),
    ("PLACE", "Mexico City", ["MEXICO CITY"], "dateline"),
    ("ORG", "Reuters", ["Reuters"], "news agency"),
    ("PERSON", "Alejandro Poiré", ["Alejandro Poire", "Poire"], "Mexican government security spokesman"),
    ("PLACE", "Chihuahua", ["Chihuahua"], "Mexican state"),
    ("PLACE", "Ciudad Juárez", ["Ciudad Juarez"], None),
    ("PLACE", "Tamaulipas", ["Tamaulipas"], None),
    ("PLACE", "Nuevo León", ["Nuevo Leon"], None),
    ("ORG", "Los Zetas", ["Zetas"], "drug gang"),
    ("ORG", "Gulf cartel", ["Gulf cartel"], "drug cartel"),
    ("PLACE", "Los Pinos", ["Los Pinos"], "presidential residence"),
    ("PERSON", "Raúl Benítez", ["Raul Benitez"], "security expert"),
    ("ORG", "National Autonomous University of Mexico", ["National Autonomous University of Mexico"], None),
    ("ORG", "Economy Ministry", ["Economy Ministry"], "Mexican ministry"),
    ("PLACE", "United States", ["United States"], None),
    ("MISC", "Mérida Initiative", ["Merida Initiative"], "program"),
    ("ORG", "National Action Party", ["National Action Party", "PAN"], "Mexican political party"),
    ("PERSON", "Tomas Villalobos", ["Tomas Villalobos"], "contributing reporter (fictional)"),
    ("PERSON", "Paul Carrington", ["Paul Carrington"], "editor (fictional)"),
]
TIMEX = [
    ("2010", "2010"),
    ("last year", "2010"),
    ("2009", "2009"),
    ("Jan 12", "2011-01-12"),
    ("last year", "2010"),
    ("Wednesday", "2011-01-12"),
    ("2010", "2010"),
    ("late 2006", "2006"),
    ("December 2006", "2006-12"),
    ("last year", "2010"),
    ("early last year", "2010"),
    ("the fourth quarter", "2010-Q4"),
    ("2009", "2009"),
    ("Wednesday", "2011-01-12"),
    ("2010", "2010"),
    ("Tuesday", "2011-01-11"),
    ("fiscal year 2008", "2008"),
    ("this year", "2011"),
    ("next year", "2012"),
]
QTY = [
    ("nearly 60 pct", "percent", 60, "percent", "rise in drug-related killings in Mexico (headline)", "2010"),
    ("15,273", "deaths", 15273, "people", "drug-related killings in Mexico (summary line)", "2010"),
    ("9,616", "deaths", 9616, "people", "drug-related killings in Mexico", "2009"),
    ("34,612", "deaths", 34612, "people", "killed since the Calderon offensive began (summary line)", "2006-12 to 2010"),
    ("nearly 60 percent", "percent", 60, "percent", "rise in drug-related killings in Mexico", "2010"),
    ("15,273", "deaths", 15273, "people", "drug-related killings in Mexico", "2010"),
    ("34,612", "deaths", 34612, "people", "killed in violence linked to organized crime since Calderon took office", "2006-12 to 2010"),
    ("about 30 percent", "percent", 30, "percent", "share of 2010 deaths in Chihuahua state", "2010"),
    ("1,300", "deaths", 1300, "people", "monthly killings in the fourth quarter (topped)", "2010-Q4"),
    ("some 45,000 soldiers", "count", 45000, "troops", "soldiers deployed by Calderon", "2011-01"),
    ("0.3 percent", "percent", 0.3, "percent", "peso weakening against the dollar", "2011-01-12"),
    ("about $17.7 billion", "money", 17700000000, "USD", "foreign direct investment in Mexico", "2010"),
    ("roughly $1.5 billion", "money", 1500000000, "USD", "U.S. Merida appropriations for Mexico", "since fiscal year 2008"),
]
QUOTES = [
    ("Alejandro Poiré", "We are not going to retreat"),
    ("Alejandro Poiré", "What we are seeing is the result"),
    ("Raúl Benítez", "Every time they take down a capo"),
]
