TEXT = """William R. Brownfield
Assistant Secretary, Bureau of International Narcotics and Law Enforcement Affairs
House Foreign Affairs Subcommittee on the Western Hemisphere and House Homeland Security Subcommittee on Oversight, Investigations and Management
Washington, DC
October 4, 2011

As delivered

Mr. Chairman, Ranking Members, Ladies and Gentlemen of the House Foreign Affairs Subcommittee on the Western Hemisphere and House Homeland Security Subcommittee on Oversight, Investigations & Management. Thank you for the opportunity to appear before you today. I have a written statement for the record which I have submitted. I would like to offer a brief oral summary.

Mr. Chairman, I do not intend to spend your time describing the origin, history, and purpose of the Merida Initiative. You know them better than I do. I will say that this has been more of a partnership between two governments than a traditional foreign assistance program, that the Congress has been generous in funding it, and that the Merida Initiative has delivered some concrete successes over the past four years:

1. Since 2009, more than 33 high level cartel leaders have been removed or arrested. This compares with one in the preceding six years.

2. Thanks to Merida Initiative, the Mexican government now has 14 additional helicopters, hundreds of sophisticated non-intrusive inspection suites of equipment, and more than 100 canine teams.

3. More than 52,000 Mexican police and prosecutors have received some professional training under the Merida Initiative.

By the end of this year, we will have delivered more than $900 million worth of equipment and training to Mexico, with more than $500 million delivered this year alone. There is no doubt in my mind, ladies and gentlemen, that the United.States. is better and safer today thanks to our support for the Merida Initiative.
"""
META = {
    "title": None,
    "source": "U.S. Department of State",
    "doc_date": "2011-10-04",
    "doc_date_evidence": "The testimony header gives 'Washington, DC / October 4, 2011'.",
    "url": "http://m.state.gov/md175007.htm",
}
ENTS = [
    ("PERSON", "William R. Brownfield", ["William R. Brownfield"], "Assistant Secretary, Bureau of International Narcotics and Law Enforcement Affairs"),
    ("ORG", "Bureau of International Narcotics and Law Enforcement Affairs", ["Bureau of International Narcotics and Law Enforcement Affairs"], None),
    ("ORG", "House Foreign Affairs Subcommittee on the Western Hemisphere", ["House Foreign Affairs Subcommittee on the Western Hemisphere"], None),
    ("ORG", "House Homeland Security Subcommittee on Oversight, Investigations and Management", ["House Homeland Security Subcommittee on Oversight, Investigations and Management", "House Homeland Security Subcommittee on Oversight, Investigations & Management"], None),
    ("PLACE", "Washington", ["Washington", "Washington, DC"], None),
    ("MISC", "Mérida Initiative", ["Merida Initiative"], "program"),
    ("ORG", "United States Congress", ["Congress"], None),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PLACE", "United States", ["United.States"], "written 'United.States.' in the source"),
]
TIMEX = [
    ("October 4, 2011", "2011-10-04"),
    ("today", "2011-10-04"),
    ("the past four years", "P4Y"),
    ("2009", "2009"),
    ("the preceding six years", "P6Y"),
    ("now", "PRESENT_REF"),
    ("this year", "2011"),
    ("this year", "2011"),
    ("today", "2011-10-04"),
]
QTY = [
    ("more than 33 high level cartel leaders", "count", 33, "leaders", "high-level cartel leaders removed or arrested", "since 2009"),
    ("14 additional helicopters", "count", 14, "helicopters", "helicopters the Mexican government has thanks to Merida", None),
    ("more than 100 canine teams", "count", 100, "teams", "canine teams provided under Merida", None),
    ("More than 52,000 Mexican police and prosecutors", "count", 52000, "police", "Mexican police and prosecutors trained under Merida", None),
    ("more than $900 million", "money", 900000000, "USD", "equipment and training delivered to Mexico by end of 2011", "through 2011"),
    ("more than $500 million", "money", 500000000, "USD", "Merida equipment and training delivered in 2011", "2011"),
]
QUOTES = []
