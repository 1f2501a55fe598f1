TEXT = """Americans tied to U.S. consulate slain in Juarez

By ELENA MARQUEZ
Associated Press Writer

CIUDAD JUAREZ, Mexico (AP) — Gunmen opened fire on two vehicles leaving a children's birthday party, killing an American employee of the U.S. consulate, her American husband and the Mexican husband of another consulate worker, officials said Sunday.

Lesley A. Enriquez, 35, and her husband, Arthur H. Redelfs, 34, were shot to death in their white SUV on Saturday afternoon near one of the international bridges that connect this violent border city with El Paso, Texas. Their infant daughter was found wailing but unhurt in the back seat.

Minutes earlier and a few miles away, attackers chased down a second car and killed Jorge Alberto Salcido Ceniceros, whose wife also works at the consulate. Two of his children, ages 4 and 7, were wounded, said Enrique Torres, a spokesman for the joint army and police force that patrols the city.

"This is a terrible crime against people who were serving their country and their community," Torres said. He said investigators had not established whether the victims were targeted because of their ties to the consulate.

President Barack Obama was "deeply saddened and outraged" by the killings, White House spokesman Robert Gibbs said in a statement released Sunday. Secretary of State Hillary Rodham Clinton called the victims "members of our extended State Department family."

"We will work tirelessly to see that the killers are brought to justice," she said.

The State Department on Sunday authorized the families of U.S. government employees at six consulates in northern Mexico, including those in Juarez, Tijuana and Monterrey, to leave the country.

Mexican President Felipe Calderon condemned the attacks and promised a swift investigation, his office said. Calderon, who sent thousands of soldiers into Juarez two years ago, has faced growing criticism here since gunmen stormed a house party in the Villas de Salvarcar neighborhood on Jan. 31 and massacred 15 people, most of them teenagers.

Juarez, a sprawling factory city across the Rio Grande from El Paso, has become the deadliest front in Mexico's drug war. More than 2,600 people were killed here last year as the Juarez cartel and the Sinaloa cartel led by Joaquin Guzman fought over smuggling routes into the United States, and about 7,000 soldiers and federal agents now patrol its streets.

Mayor Jose Reyes Ferriz, who met with federal officials in Mexico City last Thursday to plead for more police, told local radio that the city "cannot carry this alone." At least 60 people have been killed in Juarez since the start of the month, according to a tally by the newspaper El Diario.

Residents say the fear has changed daily life in a city that drew grim headlines in the 1990s for a string of unsolved killings of young women. Business groups estimate that roughly 10,000 shops and restaurants have closed since 2008, many after their owners refused to pay extortion.

Only a small share of the U.S. anti-drug aid promised under the Merida Initiative — between $125 million and $150 million, by most estimates — had reached Mexico by earlier this month, and U.S. lawmakers on both sides of the border have pressed the Obama administration to speed up deliveries of helicopters and scanning equipment.

___

Associated Press Writer Mark Stevenson in Mexico City contributed to this report.
"""
META = {
    "title": "Americans tied to U.S. consulate slain in Juarez",
    "source": "written for this project in the style of an Associated Press wire story",
    "doc_date": "2010-03-14",
    "doc_date_evidence": "No date is printed; the dateline story reports the killings of consulate employee Lesley Enriquez and her husband 'on Saturday afternoon' (13 March 2010) and says officials spoke and the State Department acted 'Sunday', so it was filed Sunday 14 March 2010.",
    "url": None,
}
ENTS = [
    ("PLACE", "Juárez", ["Juarez", "CIUDAD JUAREZ"], "city in Chihuahua, Mexico"),
    ("PLACE", "United States", ["United States"], None),
    ("PERSON", "Elena Marquez", ["ELENA MARQUEZ"], "byline (fictional writer)"),
    ("ORG", "Associated Press", ["Associated Press", "AP"], "news agency"),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PERSON", "Lesley A. Enriquez", ["Lesley A. Enriquez"], "U.S. consulate employee"),
    ("PERSON", "Arthur H. Redelfs", ["Arthur H. Redelfs"], "her husband"),
    ("PLACE", "El Paso", ["El Paso"], None),
    ("PLACE", "Texas", ["Texas"], None),
    ("PERSON", "Jorge Alberto Salcido Ceniceros", ["Jorge Alberto Salcido Ceniceros"], "husband of a consulate worker"),
    ("PERSON", "Enrique Torres", ["Enrique Torres", "Torres"], "spokesman for the joint army and police force"),
    ("PERSON", "Barack Obama", ["Barack Obama", "Obama"], "President"),
    ("ORG", "White House", ["White House"], None),
    ("PERSON", "Robert Gibbs", ["Robert Gibbs", "Gibbs"], "White House spokesman"),
    ("PERSON", "Hillary Rodham Clinton", ["Hillary Rodham Clinton"], "Secretary of State"),
    ("ORG", "U.S. Department of State", ["State Department"], None),
    ("PLACE", "Tijuana", ["Tijuana"], None),
    ("PLACE", "Monterrey", ["Monterrey"], None),
    ("PERSON", "Felipe Calderón", ["Felipe Calderon", "Calderon"], "President of Mexico"),
    ("PLACE", "Villas de Salvárcar", ["Villas de Salvarcar"], "Juárez neighborhood"),
    ("PLACE", "Rio Grande", ["Rio Grande"], "river"),
    ("ORG", "Juárez cartel", ["Juarez cartel"], "drug cartel"),
    ("ORG", "Sinaloa cartel", ["Sinaloa cartel"], "drug cartel"),
    ("PERSON", "Joaquín Guzmán", ["Joaquin Guzman"], "Sinaloa cartel leader"),
    ("PERSON", "José Reyes Ferriz", ["Jose Reyes Ferriz"], "Mayor of Juárez"),
    ("PLACE", "Mexico City", ["Mexico City"], None),
    ("ORG", "El Diario", ["El Diario"], "Juárez newspaper"),
    ("MISC", "Mérida Initiative", ["Merida Initiative"], "program"),
    ("ORG", "Obama administration", ["Obama administration"], "U.S. government"),
    ("PERSON", "Mark Stevenson", ["Mark Stevenson"], "contributing writer"),
]
TIMEX = [
    ("Sunday", "2010-03-14"),
    ("Saturday afternoon", "2010-03-13"),
    ("Sunday", "2010-03-14"),
    ("Sunday", "2010-03-14"),
    ("two years ago", "2008"),
    ("Jan. 31", "2010-01-31"),
    ("last year", "2009"),
    ("now", "PRESENT_REF"),
    ("last Thursday", "2010-03-11"),
    ("the start of the month", "2010-03"),
    ("the 1990s", "199"),
    ("2008", "2008"),
    ("earlier this month", "2010-03"),
]
QTY = [
    ("15 people", "deaths", 15, "people", "massacred at a house party in Villas de Salvarcar", "2010-01-31"),
    ("More than 2,600 people", "deaths", 2600, "people", "killed in Juarez", "2009"),
    ("about 7,000 soldiers and federal agents", "count", 7000, "troops", "soldiers and federal agents patrolling Juarez", "2010-03"),
    ("At least 60 people", "deaths", 60, "people", "killed in Juarez since the start of March (El Diario tally)", "2010-03"),
    ("roughly 10,000 shops and restaurants", "count", 10000, "businesses", "shops and restaurants closed in Juarez since 2008", "since 2008"),
    ("between $125 million and $150 million", "money", 125000000, "USD", "Merida aid that had reached Mexico", "by 2010-03", 150000000),
]
QUOTES = [
    ("Enrique Torres", "This is a terrible crime against people"),
    ("Robert Gibbs", "deeply saddened and outraged"),
    ("Hillary Rodham Clinton", "members of our extended State Department family"),
    ("Hillary Rodham Clinton", "We will work tirelessly to see"),
    ("José Reyes Ferriz", "cannot carry this alone"),
]
