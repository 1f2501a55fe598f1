TEXT = """Leadership Journal

Tuesday, April 7, 2009

Southwest Border

Secretary Napolitano on border with ICE agents.
Last week I traveled to Mexico, with brief stops in California and Texas. The purpose of my visit was to meet with my foreign counterparts, assess the situation on the Southwest Border with respect to drug cartel violence, hear directly from federal, state, tribal, and local officials, and announce some additional resources we are deploying to the border to help Mexico in its fight against these dangerous cartels.

In California, I met with state and local leaders in San Diego, toured the border and visited the Otay Mesa port of entry – one of the busiest commercial ports on the Southwest border.

More than $400 million in Recovery Act funds is being directed to the Southwest border. This money will be used to upgrade infrastructure at the ports of entry, add technology and inspection equipment, and strengthen our surveillance and communications capabilities.

In Mexico, I visited with my foreign counterparts, and along with Attorney General Holder, attended an important conference on arms trafficking. The smuggling of guns is a serious problem and contributes to a lot of the violence we’re seeing in Mexico among the drug cartels and organized criminal networks.

To combat the problem, we are moving substantial resources to border, including more than 360 additional DHS officers and agents, license plate readers that will allow us to scan for suspect vehicles, southbound rail screening, and additional grant funding for state and local law enforcement. These measures will help us counter the flow of guns and cash into Mexico while protecting cities and communities along the border.

Finally, on my return, I stopped in Laredo, Texas to meet with community leaders, speak with members of the Laredo Border Enforcement Security Task Force (BEST), which is a multi-agency law enforcement team that fights criminal organizations and smugglers.
"""
META = {
    "title": "Southwest Border",
    "source": "U.S. Department of Homeland Security (Leadership Journal)",
    "doc_date": "2009-04-07",
    "doc_date_evidence": "The blog post header reads 'Tuesday, April 7, 2009' (a real Tuesday); Napolitano's Mexico trip 'last week' was 1-2 April 2009.",
    "url": "https://webarchive.library.unt.edu/eot2008/20090506171901/http://www.dhs.gov/journal/leadership/2009/04/southwest-border.html",
}
ENTS = [
    ("PLACE", "Southwest border", ["Southwest Border", "Southwest border", "Southwest"], None),
    ("PERSON", "Janet Napolitano", ["Napolitano"], "Secretary of Homeland Security; author of the post"),
    ("ORG", "U.S. Immigration and Customs Enforcement", ["ICE"], None),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PLACE", "California", ["California"], None),
    ("PLACE", "Texas", ["Texas"], None),
    ("PLACE", "San Diego", ["San Diego"], None),
    ("PLACE", "Otay Mesa", ["Otay Mesa"], "port of entry"),
    ("MISC", "American Recovery and Reinvestment Act", ["Recovery Act"], "law"),
    ("PERSON", "Eric Holder", ["Holder"], "Attorney General"),
    ("ORG", "U.S. Department of Homeland Security", ["DHS"], None),
    ("PLACE", "Laredo", ["Laredo"], None),
    ("ORG", "Laredo Border Enforcement Security Task Force", ["Laredo Border Enforcement Security Task Force", "BEST"], "multi-agency task force"),
]
TIMEX = [
    ("Tuesday, April 7, 2009", "2009-04-07"),
    ("Last week", "2009-W14"),
]
QTY = [
    ("More than $400 million", "money", 400000000, "USD", "Recovery Act funds directed to the Southwest border", None),
    ("more than 360 additional DHS officers and agents", "count", 360, "officers", "additional DHS officers and agents moved to the border", "2009"),
]
QUOTES = []
