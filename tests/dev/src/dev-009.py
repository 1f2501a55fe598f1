TEXT = """The Iron River

How American guns reach Mexico's cartels, and why Washington keeps failing to stop them

By Daniel Whitcomb

On the night of Dec. 14, Brian Terry, a Border Patrol agent with a tactical unit, walked into a remote wash called Peck Canyon, about a dozen miles north of the Mexican line near Rio Rico, Arizona. A band of smugglers opened fire. Terry, 40, a former Marine from Michigan, was hit once and died before a helicopter could reach him. Two of the rifles found at the scene had been bought at a Phoenix-area gun shop almost a year earlier by a young man already on the radar of the Bureau of Alcohol, Tobacco, Firearms and Explosives.

That detail has turned an obscure investigation, code-named Fast and Furious, into the worst scandal the ATF has faced since the standoff at Waco in the 1990s. Agents in the bureau's Phoenix field division watched for months as straw buyers purchased more than 2,000 weapons, hoping the guns would lead them to the cartel financiers behind the orders. Most of the guns were never followed. Many surfaced later at crime scenes on both sides of the border.

"We weren't allowed to stop them," John Dodson, one of the agents who blew the whistle, told a congressional panel last month. "We were told to stand down, watch, and write it up."

The hearing, called by Representative Darrell Issa, the California Republican who leads the House Oversight and Government Reform Committee, went badly for the bureau. Senator Charles Grassley of Iowa, who has pressed the Justice Department since January for documents, was blunter: "Somebody decided that letting guns walk was an acceptable risk. Americans and Mexicans paid for it with their lives."

The scandal has overshadowed a larger and older problem. Of the roughly 94,000 guns that Mexican authorities recovered between 2006 and 2010, about 64,000, or 70 percent, were traced to dealers and manufacturers in the United States, according to ATF figures cited in a Senate report this spring. Two years ago, the Government Accountability Office put the share even higher: 87 percent of the firearms seized in Mexico and traced over five years had come from north of the border.

The weapons move south in small lots. A buyer with a clean record walks into one of the roughly 6,700 licensed dealers in Texas, Arizona, New Mexico and California, pays cash for three or four AK-type rifles, and hands them to a courier who drives them through a port of entry where outbound inspections are rare. Under federal law, dealers must report multiple sales of handguns but not of rifles. A proposal to require reports on rifle sales in the border states, floated by the ATF late last year, is still stalled.

"It's not complicated," said Dale Mercer, who has sold guns outside Tucson for two decades. "The paperwork is the same whether the guy is a deer hunter or a cartel mule. If the form is clean, I have to sell."

Money flows the other way. U.S. officials estimate that the cartels move $19 billion to $29 billion in drug proceeds south each year, much of it in bulk cash hidden in cars. In fiscal year 2010, customs officers at the southern ports seized a fraction of that, less than one percent by most estimates.

For Mexico, the cost is counted in bodies. More than 40,000 people have died in drug-related violence since President Felipe Calderon sent some 50,000 troops against the cartels in December 2006. In February, ICE agent Jaime Zapata was shot dead on a highway in San Luis Potosi by gunmen believed to belong to the Zetas; one of the pistols used was later traced to a buyer in the Dallas area. Mexican officials have stopped being polite about it. "We are fighting an army that you arm," Arturo Sarukhan, Mexico's ambassador in Washington, said in an interview in the first quarter of this year.

Washington has not been idle. Project Gunrunner, the ATF's border strategy, began as a pilot in Laredo in 2005 and went national the following year; it received $10 million in stimulus money two years ago, enough to open new field offices in Mexico and along the border. The bureau's eTrace system, now used by Mexican police, has made it far easier to follow a rifle from a crime scene back to the counter where it was sold.

But the bureau has had no confirmed director since 2006, its budget has barely moved in a decade, and its agents say they lack the tools their colleagues at the Drug Enforcement Administration take for granted. Acting director Kenneth Melson, who approved briefings on Fast and Furious, has told investigators he learned the details only this spring. The Justice Department's inspector general is reviewing the case, and more hearings are expected after the summer recess.

Terry's family, meanwhile, is still waiting. "Brian believed he was protected by his own government," his cousin Robert Heyer said. "We want to know who made the decision that got him killed."
"""
META = {
    "title": "The Iron River",
    "source": "written for this project in the style of a long-form magazine piece",
    "doc_date": "2011-07",
    "doc_date_evidence": "No date is printed; Brian Terry was killed on 'Dec. 14' (2010), Jaime Zapata 'In February' (2011), John Dodson testified 'last month' (House Oversight hearing of 15 June 2011), Grassley has pressed the Justice Department 'since January' (2011), a Senate report came out 'this spring' and Melson is still acting director (reassigned 30 August 2011), so July 2011 at month precision.",
    "url": None,
}
ENTS = [
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PLACE", "Washington", ["Washington"], "U.S. government"),
    ("PERSON", "Daniel Whitcomb", ["Daniel Whitcomb"], "byline (fictional writer)"),
    ("PERSON", "Brian Terry", ["Brian Terry", "Terry", "Brian"], "Border Patrol agent"),
    ("ORG", "U.S. Border Patrol", ["Border Patrol"], None),
    ("PLACE", "Peck Canyon", ["Peck Canyon"], None),
    ("PLACE", "Rio Rico", ["Rio Rico"], None),
    ("PLACE", "Arizona", ["Arizona"], None),
    ("MISC", "U.S. Marine Corps", ["Marine"], "a former Marine: membership noun, not scored"),
    ("PLACE", "Michigan", ["Michigan"], None),
    ("PLACE", "Phoenix", ["Phoenix"], None),
    ("ORG", "Bureau of Alcohol, Tobacco, Firearms and Explosives", ["Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"], None),
    ("MISC", "Operation Fast and Furious", ["Fast and Furious"], "operation"),
    ("PLACE", "Waco", ["Waco"], None),
    ("PERSON", "John Dodson", ["John Dodson"], "ATF agent, whistleblower"),
    ("PERSON", "Darrell Issa", ["Darrell Issa"], "Representative, chairman of the House Oversight and Government Reform Committee"),
    ("PLACE", "California", ["California"], None),
    ("MISC", "Republican Party", ["Republican"], "party label, not scored"),
    ("ORG", "House Oversight and Government Reform Committee", ["House Oversight and Government Reform Committee"], None),
    ("PERSON", "Charles Grassley", ["Charles Grassley"], "Senator from Iowa"),
    ("PLACE", "Iowa", ["Iowa"], None),
    ("ORG", "U.S. Department of Justice", ["Justice Department"], None),
    ("PLACE", "United States", ["United States"], None),
    ("MISC", "United States Senate", ["Senate"], "attributive in 'a Senate report', not scored"),
    ("ORG", "Government Accountability Office", ["Government Accountability Office"], None),
    ("PLACE", "Texas", ["Texas"], None),
    ("PLACE", "New Mexico", ["New Mexico"], None),
    ("PERSON", "Dale Mercer", ["Dale Mercer"], "gun seller near Tucson (fictional)"),
    ("PLACE", "Tucson", ["Tucson"], None),
    ("PERSON", "Felipe Calderón", ["Felipe Calderon"], "President of Mexico"),
    ("ORG", "U.S. Immigration and Customs Enforcement", ["ICE"], None),
    ("PERSON", "Jaime Zapata", ["Jaime Zapata"], "ICE agent"),
    ("PLACE", "San Luis Potosí", ["San Luis Potosi"], None),
    ("ORG", "Los Zetas", ["Zetas"], "drug gang"),
    ("PLACE", "Dallas", ["Dallas"], None),
    ("PERSON", "Arturo Sarukhan", ["Arturo Sarukhan"], "Mexico's ambassador in Washington"),
    ("MISC", "Project Gunrunner", ["Project Gunrunner"], "ATF strategy"),
    ("PLACE", "Laredo", ["Laredo"], None),
    ("MISC", "eTrace", ["eTrace"], "ATF tracing system"),
    ("ORG", "Drug Enforcement Administration", ["Drug Enforcement Administration"], None),
    ("PERSON", "Kenneth Melson", ["Kenneth Melson"], "acting director of the ATF"),
    ("PERSON", "Robert Heyer", ["Robert Heyer"], "Terry's cousin"),
]
TIMEX = [
    ("Dec. 14", "2010-12-14"),
    ("almost a year earlier", "2010-01"),
    ("the 1990s", "199"),
    ("months", "PXM"),
    ("last month", "2011-06"),
    ("January", "2011-01"),
    ("2006", "2006"),
    ("2010", "2010"),
    ("this spring", "2011-SP"),
    ("Two years ago", "2009"),
    ("five years", "P5Y"),
    ("late last year", "2010"),
    ("two decades", "P20Y"),
    ("fiscal year 2010", "2010"),
    ("December 2006", "2006-12"),
    ("February", "2011-02"),
    ("the first quarter of this year", "2011-Q1"),
    ("2005", "2005"),
    ("the following year", "2006"),
    ("two years ago", "2009"),
    ("now", "PRESENT_REF"),
    ("2006", "2006"),
    ("a decade", "P10Y"),
    ("this spring", "2011-SP"),
    ("the summer", "2011-SU"),
]
QTY = [
    ("more than 2,000 weapons", "count", 2000, "weapons", "weapons bought by straw buyers in Fast and Furious", "2009-2010"),
    ("roughly 94,000 guns", "count", 94000, "weapons", "guns recovered by Mexican authorities", "2006-2010"),
    ("about 64,000", "count", 64000, "weapons", "recovered guns traced to the United States", "2006-2010"),
    ("70 percent", "percent", 70, "percent", "share of guns recovered in Mexico traced to the United States", "2006-2010"),
    ("87 percent", "percent", 87, "percent", "share of traced firearms seized in Mexico that came from the U.S. (GAO)", "five years to 2009"),
    ("roughly 6,700 licensed dealers", "count", 6700, "dealers", "licensed gun dealers in the four border states", None),
    ("$19 billion to $29 billion", "money", 19000000000, "USD", "drug proceeds moved south by the cartels", "each year", 29000000000),
    ("less than one percent", "percent", 1, "percent", "share of southbound drug proceeds seized", "fiscal year 2010"),
    ("More than 40,000 people", "deaths", 40000, "people", "died in drug-related violence in Mexico since December 2006", "2006-12 to 2011"),
    ("some 50,000 troops", "count", 50000, "troops", "troops Calderon sent against the cartels", None),
    ("$10 million", "money", 10000000, "USD", "stimulus money for Project Gunrunner", "2009"),
]
QUOTES = [
    ("John Dodson", "We weren't allowed to stop them"),
    ("John Dodson", "We were told to stand down"),
    ("Charles Grassley", "Somebody decided that letting guns walk"),
    ("Dale Mercer", "It's not complicated"),
    ("Dale Mercer", "The paperwork is the same"),
    ("Arturo Sarukhan", "We are fighting an army that you arm"),
    ("Robert Heyer", "Brian believed he was protected"),
    ("Robert Heyer", "We want to know who made the decision"),
]
