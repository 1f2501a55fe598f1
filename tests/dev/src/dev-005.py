TEXT = """Readout of Secretary Napolitano's and Mexican Interior Secretary Gómez-Mont's Joint Remarks at the Brookings Institution

Release Date: 
May 4, 2010

For Immediate Release
Office of the Press Secretary
Contact: 202-282-8010

Washington—Department of Homeland Security (DHS) Secretary Janet Napolitano today joined Mexican Interior Secretary Fernando Gómez-Mont at the Brookings Institution to deliver remarks on the ongoing and groundbreaking ways that the United States and Mexico are working together to make the Southwest border region more secure and prosperous.

"Over the last fifteen months, the United States and Mexico have forged unprecedented partnerships to strengthen the mutually reinforcing goals of securing the border and facilitating legal travel and commerce," said Secretary Napolitano. "We will continue to work closely with our Mexican counterparts to build a 21st century border that prioritizes security and enhances the United States’ economic competitiveness both along the border and throughout the country."

During their remarks, Secretary Napolitano and Secretary Gómez-Mont emphasized the unparalleled level of collaboration between the United States and Mexico to disrupt and dismantle drug cartels and combat criminal activity in the border regions—noting that, in the past year alone, illegal traffic across the Southwest border has decreased by 23 percent.

Secretary Napolitano also stressed the critical economic impact of the billions of dollars in commerce and millions of legal travelers who cross the border every year—emphasizing the benefits of a collaborative approach to border management in order to facilitate the legal flow of travel and trade between the two countries.
"""
META = {
    "title": "Readout of Secretary Napolitano's and Mexican Interior Secretary Gómez-Mont's Joint Remarks at the Brookings Institution",
    "source": "U.S. Department of Homeland Security, Office of the Press Secretary",
    "doc_date": "2010-05-04",
    "doc_date_evidence": "The release reads 'Release Date: May 4, 2010'; the Brookings event took place that day.",
    "url": "https://www.dhs.gov/news/2010/05/04/readout-secretary-napolitanos-and-mexican-interior-secretary-gomez-monts-joint",
}
ENTS = [
    ("PERSON", "Janet Napolitano", ["Janet Napolitano", "Napolitano"], "Secretary of Homeland Security"),
    ("PERSON", "Fernando Gómez-Mont", ["Fernando Gómez-Mont", "Gómez-Mont"], "Mexican Interior Secretary"),
    ("ORG", "Brookings Institution", ["Brookings Institution"], "think tank"),
    ("ORG", "DHS Office of the Press Secretary", ["Office of the Press Secretary"], None),
    ("PLACE", "Washington", ["Washington"], "dateline"),
    ("ORG", "U.S. Department of Homeland Security", ["Department of Homeland Security", "DHS"], None),
    ("PLACE", "United States", ["United States"], None),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PLACE", "Southwest border", ["Southwest border", "Southwest"], None),
]
TIMEX = [
    ("May 4, 2010", "2010-05-04"),
    ("today", "2010-05-04"),
    ("the last fifteen months", "P15M"),
    ("the past year", "P1Y"),
]
QTY = [
    ("23 percent", "percent", 23, "percent", "decrease in illegal traffic across the Southwest border", "past year (2009-2010)"),
]
QUOTES = [
    ("Janet Napolitano", "Over the last fifteen months"),
    ("Janet Napolitano", "We will continue to work closely"),
]
