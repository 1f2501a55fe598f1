TEXT = """Press Briefing on Southwest Border Security

THE WHITE HOUSE
Office of the Press Secretary

MR. GIBBS: Good afternoon. I'm joined today by Secretary of Homeland Security Janet Napolitano, who was with the President this morning when he signed the border security bill. Madam Secretary.

SECRETARY NAPOLITANO: Thank you, Robert. The legislation the President signed today puts $600 million in additional resources on the Southwest border. It pays for 1,000 new Border Patrol agents, 250 new Customs and Border Protection officers at our ports of entry, and 250 Immigration and Customs Enforcement agents who will focus on the cartels. It also buys two more unmanned aircraft, which gives us coverage from the Gulf of Mexico to the Pacific.

Let me put this in context. When this administration came into office in January 2009, we began moving people and technology to the border. We doubled the personnel assigned to the Border Enforcement Security Task Forces, we tripled the number of intelligence analysts working the border, and we began screening southbound rail traffic. The first of the 1,200 National Guard troops the President ordered to the border in May began arriving on August 1, and they will be fully deployed by the end of next month.

Q: Madam Secretary, Governor Brewer said this morning that the bill is "a good start, but only a start." Is $600 million enough?

SECRETARY NAPOLITANO: Well, I have known the Governor a long time. Look, the border is as secure now as it has ever been. Apprehensions along the Southwest border are down 36 percent from two years ago, and seizures of drugs, currency and weapons are up across the board. In fiscal year 2009 alone we seized more than $103 million in currency headed south.

Q: What about the violence on the other side? Ciudad Juarez had more than 1,400 murders in the first seven months of this year.

SECRETARY NAPOLITANO: The violence in Mexico is terrible, and it is primarily cartel against cartel. President Calderon has shown great courage, and we are working with his government more closely than at any time in the past. But I want to be careful here. We have not seen a significant spillover of that violence into the United States. El Paso remains one of the safest cities of its size in the country.

Q: Senator McCain and Senator Kyl have called for 6,000 Guard troops. Why not more?

SECRETARY NAPOLITANO: The Guard is a bridge. The troops are there until we can hire, train and deploy the new agents, which takes time, roughly 18 months from recruitment to the line. We would rather build permanent capacity.

MR. GIBBS: We'll take one more.

Q: Has the administration decided whether to extend the Guard deployment past next June?

SECRETARY NAPOLITANO: That decision hasn't been made. We will look at it in the spring.

MR. GIBBS: Thank you, Madam Secretary.

END 12:31 P.M. EDT
"""
META = {
    "title": "Press Briefing on Southwest Border Security",
    "source": "written for this project in the style of a White House press briefing transcript",
    "doc_date": "2010-08-13",
    "doc_date_evidence": "No date is printed; the President signed the $600 million Southwest border security bill 'this morning' (signed 13 August 2010), the Guard troops ordered 'in May' (2010) began arriving 'on August 1', and Juárez murders are counted for 'the first seven months of this year' (2010).",
    "url": None,
}
ENTS = [
    ("PLACE", "Southwest border", ["Southwest Border", "Southwest border", "Southwest"], None),
    ("ORG", "White House", ["THE WHITE HOUSE"], None),
    ("ORG", "Office of the Press Secretary", ["Office of the Press Secretary"], None),
    ("PERSON", "Robert Gibbs", ["GIBBS", "Robert"], "White House press secretary"),
    ("PERSON", "Janet Napolitano", ["Janet Napolitano", "NAPOLITANO"], "Secretary of Homeland Security"),
    ("ORG", "U.S. Department of Homeland Security", ["Homeland Security"], "in 'Secretary of Homeland Security'"),
    ("ORG", "U.S. Border Patrol", ["Border Patrol"], None),
    ("ORG", "U.S. Customs and Border Protection", ["Customs and Border Protection"], None),
    ("ORG", "U.S. Immigration and Customs Enforcement", ["Immigration and Customs Enforcement"], None),
    ("PLACE", "Gulf of Mexico", ["Gulf of Mexico"], None),
    ("PLACE", "Pacific Ocean", ["Pacific"], None),
    ("ORG", "Border Enforcement Security Task Forces", ["Border Enforcement Security Task Forces"], None),
    ("ORG", "National Guard", ["National Guard", "Guard"], None),
    ("PERSON", "Jan Brewer", ["Brewer"], "Governor of Arizona"),
    ("PLACE", "Ciudad Juárez", ["Ciudad Juarez"], None),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PERSON", "Felipe Calderón", ["Calderon"], "President of Mexico"),
    ("PLACE", "United States", ["United States"], None),
    ("PLACE", "El Paso", ["El Paso"], None),
    ("PERSON", "John McCain", ["McCain"], "Senator"),
    ("PERSON", "Jon Kyl", ["Kyl"], "Senator"),
]
TIMEX = [
    ("today", "2010-08-13"),
    ("this morning", "2010-08-13"),
    ("today", "2010-08-13"),
    ("January 2009", "2009-01"),
    ("May", "2010-05"),
    ("August 1", "2010-08-01"),
    ("next month", "2010-09"),
    ("this morning", "2010-08-13"),
    ("now", "PRESENT_REF"),
    ("two years ago", "2008"),
    ("fiscal year 2009", "2009"),
    ("seven months", "P7M"),
    ("this year", "2010"),
    ("in the past", "PAST_REF"),
    ("18 months", "P18M"),
    ("next June", "2011-06"),
    ("the spring", "2011-SP"),
]
QTY = [
    ("$600 million", "money", 600000000, "USD", "additional Southwest border resources in the bill signed", "2010-08"),
    ("1,000 new Border Patrol agents", "count", 1000, "agents", "new Border Patrol agents funded by the bill", None),
    ("250 new Customs and Border Protection officers", "count", 250, "officers", "new CBP officers at ports of entry", None),
    ("250 Immigration and Customs Enforcement agents", "count", 250, "agents", "ICE agents funded by the bill", None),
    ("two more unmanned aircraft", "count", 2, "aircraft", "unmanned aircraft bought by the bill", None),
    ("1,200 National Guard troops", "count", 1200, "troops", "National Guard troops ordered to the border", "2010"),
    ("$600 million", "money", 600000000, "USD", "the border bill (question)", None),
    ("36 percent", "percent", 36, "percent", "drop in apprehensions along the Southwest border from 2008", "2008-2010"),
    ("more than $103 million", "money", 103000000, "USD", "southbound currency seized", "fiscal year 2009"),
    ("more than 1,400 murders", "deaths", 1400, "people", "murders in Ciudad Juarez", "2010-01 to 2010-07"),
    ("6,000 Guard troops", "count", 6000, "troops", "Guard troops McCain and Kyl called for", None),
]
QUOTES = [
    ("Jan Brewer", "a good start, but only a start"),
]
