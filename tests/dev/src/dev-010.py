TEXT = """Border Dispatch

Friday, August 26, 2011

Monterrey: fire, fear and a president out of patience

By now most of you have seen the footage. Shortly before 4 p.m. yesterday, at least eight gunmen pulled up to the Casino Royale on one of Monterrey's busiest avenues, doused the entrance with gasoline and set it alight. Players and staff ran for the back of the building and found the emergency exits locked. By the time firefighters got the blaze under control, at least 52 people were dead, most of them women who had come for an afternoon of bingo and slots.

Nobody has claimed the attack, but almost everyone in Monterrey I spoke to last night pointed at the Zetas. The working theory among state investigators is that the casino's owners had stopped paying protection money, reportedly as much as 130,000 pesos a week. If that is right, 52 people died over a bill of roughly $10,000.

President Felipe Calderon went on national television this morning and did not mince words. "We are not facing ordinary criminals. We are facing true terrorists who have lost all respect for human life," he said. He declared three days of national mourning and then turned, not for the first time, to the United States, urging Congress to rein in drug consumption and to reinstate the ban on assault weapons that lapsed in 2004.

Nuevo Leon Governor Rodrigo Medina was more defensive. "The state will not be intimidated," Medina told reporters outside the charred building. "We have more federal support now than at any point in this administration."

A little context for newer readers. Five years ago Monterrey was the showcase of Mexican business, an industrial city of four million people that felt a world away from the killing in Ciudad Juarez or Culiacan. That changed in early 2010, when the Zetas split from the Gulf cartel and the two groups went to war over the northeast. More than 1,200 people have been killed in Nuevo Leon so far this year, according to a count kept by the newspaper Milenio, against 601 in all of 2010. This spring the discovery of mass graves in San Fernando, Tamaulipas, with 193 bodies, showed what the same war looks like in the countryside.

Federal police and army patrols were stepped up in Monterrey over the summer, and the state has been trying to rebuild a local force from scratch after purging roughly 40 percent of its officers. It has not been enough. As one friend who runs a small restaurant in the San Nicolas district put it to me, "We used to worry about the economy. Now we worry about getting home."

I will post more over the weekend as the investigation moves. Comments are open, but keep them civil.

Posted by Sam Ortiz at 9:14 AM
Labels: Monterrey, Zetas, Calderon, casino
"""
META = {
    "title": "Monterrey: fire, fear and a president out of patience",
    "source": "written for this project in the style of a personal blog (Border Dispatch)",
    "doc_date": "2011-08-26",
    "doc_date_evidence": "The post header reads 'Friday, August 26, 2011' (a real Friday); the Casino Royale arson in Monterrey it describes as 'yesterday' took place on Thursday 25 August 2011.",
    "url": None,
}
ENTS = [
    ("ORG", "Border Dispatch", ["Border Dispatch"], "blog (fictional)"),
    ("PLACE", "Monterrey", ["Monterrey"], None),
    ("ORG", "Casino Royale", ["Casino Royale"], "casino in Monterrey"),
    ("ORG", "Los Zetas", ["Zetas"], "drug gang"),
    ("PERSON", "Felipe Calderón", ["Felipe Calderon", "Calderon"], "President of Mexico"),
    ("PLACE", "United States", ["United States"], None),
    ("ORG", "United States Congress", ["Congress"], None),
    ("PLACE", "Nuevo León", ["Nuevo Leon"], None),
    ("PERSON", "Rodrigo Medina", ["Rodrigo Medina", "Medina"], "Governor of Nuevo León"),
    ("PLACE", "Ciudad Juárez", ["Ciudad Juarez"], None),
    ("PLACE", "Culiacán", ["Culiacan"], None),
    ("ORG", "Gulf cartel", ["Gulf cartel"], "drug cartel"),
    ("ORG", "Milenio", ["Milenio"], "newspaper"),
    ("PLACE", "San Fernando", ["San Fernando"], None),
    ("PLACE", "Tamaulipas", ["Tamaulipas"], None),
    ("PLACE", "San Nicolás", ["San Nicolas"], "district of Monterrey"),
    ("PERSON", "Sam Ortiz", ["Sam Ortiz"], "blog author (fictional)"),
]
TIMEX = [
    ("Friday, August 26, 2011", "2011-08-26"),
    ("now", "PRESENT_REF"),
    ("yesterday", "2011-08-25"),
    ("last night", "2011-08-25"),
    ("this morning", "2011-08-26"),
    ("three days", "P3D"),
    ("2004", "2004"),
    ("now", "PRESENT_REF"),
    ("Five years ago", "2006"),
    ("early 2010", "2010"),
    ("this year", "2011"),
    ("2010", "2010"),
    ("This spring", "2011-SP"),
    ("the summer", "2011-SU"),
    ("Now", "PRESENT_REF"),
    ("the weekend", "2011-W34-WE"),
]
QTY = [
    ("at least eight gunmen", "count", 8, "gunmen", "gunmen in the Casino Royale attack", "2011-08-25"),
    ("at least 52 people", "deaths", 52, "people", "killed in the Casino Royale fire", "2011-08-25"),
    ("130,000 pesos", "money", 130000, "MXN", "weekly protection money the casino reportedly paid", "a week"),
    ("52 people", "deaths", 52, "people", "killed in the Casino Royale fire (repeated)", "2011-08-25"),
    ("roughly $10,000", "money", 10000, "USD", "dollar value of the weekly extortion bill", "a week"),
    ("More than 1,200 people", "deaths", 1200, "people", "killed in Nuevo Leon in 2011 so far (Milenio count)", "2011"),
    ("601", "deaths", 601, "people", "killed in Nuevo Leon", "2010"),
    ("193 bodies", "deaths", 193, "people", "bodies found in mass graves in San Fernando, Tamaulipas", "2011-SP"),
    ("roughly 40 percent", "percent", 40, "percent", "share of Nuevo Leon state officers purged", None),
]
QUOTES = [
    ("Felipe Calderón", "We are not facing ordinary criminals"),
    ("Rodrigo Medina", "The state will not be intimidated"),
    ("Rodrigo Medina", "We have more federal support now"),
]
