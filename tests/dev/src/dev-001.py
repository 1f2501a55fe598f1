TEXT = """News Release
October 22, 2009
Contact: DEA Public Affairs
(202) 307-7977

DEA Announces Largest Single U.S. Strike Against Mexican Drug Cartels
Project Coronado results in 1,186 arrests and huge drug and money seizures against one of
the world's most violent drug cartels

DEA Acting Administrator Michele Leonhart announces the results of Project Coronado.  Joining her to announce the results are Attorney General Eric Holder, FBI Director Robert Mueller, and ATF Acting Director Kenneth Melson.

OCT 22 - WASHINGTON – DEA Acting Administrator Michele M. Leonhart joined Attorney General Eric Holder and other federal officials today to announce the results of "Project Coronado", a 44-month multi-agency law enforcement investigation which targeted the La Familia Michoacana drug cartel. FBI Director Robert S. Mueller III and ATF Acting Director Kenneth E. Melson also participated in the announcement.

Yesterday and today, 303 individuals in 19 states were arrested in a series of takedowns through coordination between federal, state and local law enforcement. More than 3,000 agents and officers operated across the United States to make the arrests during the two-day takedown. 62 kilograms of cocaine, 729 pounds of methamphetamine, 967 pounds of marijuana, 144 weapons, 109 vehicles, 2 clandestine drug labs were also seized in the past two days.

“Project Coronado, our massive assault on the La Familia Cartel, is part of our continued fight against all of the powerful Mexico-based drug cartels,” said DEA Acting Administrator Michele M. Leonhart.
"""
META = {
    "title": "DEA Announces Largest Single U.S. Strike Against Mexican Drug Cartels",
    "source": "U.S. Drug Enforcement Administration",
    "doc_date": "2009-10-22",
    "doc_date_evidence": "The release header reads 'October 22, 2009' and the dateline 'OCT 22 - WASHINGTON'.",
    "url": "https://www.dea.gov/divisions/hq/2009/pr102209ap.html",
}
ENTS = [
    ("ORG", "Drug Enforcement Administration", ["DEA"], "U.S. federal drug agency"),
    ("PERSON", "Michele Leonhart", ["Michele Leonhart", "Michele M. Leonhart"], "DEA Acting Administrator"),
    ("PERSON", "Eric Holder", ["Eric Holder"], "Attorney General"),
    ("ORG", "Federal Bureau of Investigation", ["FBI"], None),
    ("PERSON", "Robert Mueller", ["Robert Mueller", "Robert S. Mueller III"], "FBI Director"),
    ("ORG", "Bureau of Alcohol, Tobacco, Firearms and Explosives", ["ATF"], None),
    ("PERSON", "Kenneth Melson", ["Kenneth Melson", "Kenneth E. Melson"], "ATF Acting Director"),
    ("MISC", "Project Coronado", ["Project Coronado"], "law-enforcement operation (not an organisation)"),
    ("ORG", "La Familia Michoacana", ["La Familia Michoacana", "La Familia Cartel"], "Mexican drug cartel"),
    ("PLACE", "Washington", ["WASHINGTON"], "dateline"),
    ("PLACE", "United States", ["United States"], None),
    ("PLACE", "Mexico", ["Mexico"], None),
]
TIMEX = [
    ("October 22, 2009", "2009-10-22"),
    ("OCT 22", "2009-10-22"),
    ("today", "2009-10-22"),
    ("44-month", "P44M"),
    ("Yesterday", "2009-10-21"),
    ("today", "2009-10-22"),
    ("two-day", "P2D"),
    ("the past two days", "P2D"),
]
QTY = [
    ("1,186 arrests", "count", 1186, "arrests", "arrests in Project Coronado over 44 months", "2006-2009"),
    ("303 individuals", "count", 303, "people", "people arrested in the two-day takedown", "2009-10-21/22"),
    ("More than 3,000 agents and officers", "count", 3000, "agents", "agents and officers in the takedown", "2009-10-21/22"),
    ("62 kilograms", "count", 62, "kilograms", "cocaine seized in the takedown", "2009-10-21/22"),
    ("729 pounds", "count", 729, "pounds", "methamphetamine seized in the takedown", "2009-10-21/22"),
    ("967 pounds", "count", 967, "pounds", "marijuana seized in the takedown", "2009-10-21/22"),
    ("144 weapons", "count", 144, "weapons", "weapons seized in the takedown", "2009-10-21/22"),
    ("109 vehicles", "count", 109, "vehicles", "vehicles seized in the takedown", "2009-10-21/22"),
    ("2 clandestine drug labs", "count", 2, "labs", "drug labs seized in the takedown", "2009-10-21/22"),
]
QUOTES = [
    ("Michele Leonhart", "Project Coronado, our massive assault"),
]
