TEXT = """Merida Initiative

Roberta S. Jacobson
Deputy Assistant Secretary, Bureau of Western Hemisphere Affairs
Washington, DC
April 22, 2010


QUESTION: Roberta, welcome. Thank you for being here. We wanted to talk to you today about the Merida Initiative. Could you talk to us a little bit about what that is?

DEPUTY ASSISTANT SECRETARY JACOBSON: Absolutely. The Merida Initiative actually began in 2007 when former President Bush met with President Calderon in Merida, Mexico and that’s where it gets its name. And it really has been ever since then an extraordinary collaboration between two governments, now the Obama administration with the Calderon administration in Mexico, on an unprecedented level of cooperation between the U.S. and Mexico to fight organized crime and to strengthen democratic institutions in Mexico. That cooperation began immediately and has continued to grow until the present.

QUESTION: So could you talk about some of the main accomplishments of the Merida Initiative to date?

DEPUTY ASSISTANT SECRETARY JACOBSON: There are a number of areas in which I think the Merida initiative has shown great great accomplishment and great promise. One is the area of working together on investigations to go after organized crime. We know with our Mexican colleagues that you have to go after the entire organization. So there are leaders who have been captured, there are funds that have been seized, there are drugs that have been interdicted. Record amounts of drugs. And going after all of the pieces of those cartels with cooperation and information sharing between the United States and Mexico has really been one of the biggest accomplishments. We are sharing more and more information, making it clear that criminals cannot exploit differences between us to supply their illegal trade.
"""
META = {
    "title": "Merida Initiative",
    "source": "U.S. Department of State",
    "doc_date": "2010-04-22",
    "doc_date_evidence": "The interview header gives 'Washington, DC / April 22, 2010'.",
    "url": "http://www.state.gov/p/wha/rls/rm/2010/140695.htm",
}
ENTS = [
    ("MISC", "Mérida Initiative", ["Merida Initiative", "Merida initiative"], "program"),
    ("PERSON", "Roberta S. Jacobson", ["Roberta S. Jacobson", "Roberta", "JACOBSON"], "Deputy Assistant Secretary, Bureau of Western Hemisphere Affairs"),
    ("ORG", "Bureau of Western Hemisphere Affairs", ["Bureau of Western Hemisphere Affairs"], None),
    ("PLACE", "Washington", ["Washington", "Washington, DC"], None),
    ("PERSON", "George W. Bush", ["Bush"], "former President"),
    ("PERSON", "Felipe Calderón", ["Calderon"], "President of Mexico"),
    ("PLACE", "Mérida", ["Merida"], "city in Mexico"),
    ("PLACE", "Mexico", ["Mexico"], None),
    ("PERSON", "Barack Obama", ["Obama"], None),
    ("ORG", "Obama administration", ["Obama administration"], "U.S. government"),
    ("ORG", "Calderón administration", ["Calderon administration"], "Mexican government"),
    ("PLACE", "United States", ["U.S.", "United States"], None),
]
TIMEX = [
    ("April 22, 2010", "2010-04-22"),
    ("today", "2010-04-22"),
    ("2007", "2007"),
    ("now", "PRESENT_REF"),
    ("the present", "PRESENT_REF"),
]
QTY = []
QUOTES = []
