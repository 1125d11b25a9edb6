"""The benchmark's news-size article: about 20 KB of invented local news.

A made-up story (a harbour town arguing over a sea wall), written here in our own
words, set out as the plain-text news format: a title, ``Author:`` and ``Date:``,
a lead, sections under short headings. Its quotes are attributed the ways news
articles attribute them: ``"…," said Ruth Calder, the mayor``, ``"…," Calder said``,
``"…," she said``, ``Okafor said: "…"``, ``the engineer said``, ``one resident``,
``according to Mr. Lindqvist``, ``the trust said in a statement``, quotes that go on
after the attribution, and partial quotes inside sentences. The same seed gives the
same article every time. ``benchmarks/make_article.py --news`` writes it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SIZE = 20_000  # characters, about
SEED = 11


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    honorific: str  # "Mr." / "Ms."
    pronoun: str  # "he" / "she"
    role: str  # "the harbour master"
    introduction: str  # an appositive: "the mayor of Port Ellery"

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


CAST = (
    Person("Ruth", "Calder", "Ms.", "she", "the mayor", "the mayor of Port Ellery"),
    Person("Daniel", "Okafor", "Mr.", "he", "the engineer", "the engineer who drew up the plan"),
    Person("Ingrid", "Salo", "Ms.", "she", "the councillor", "a councillor for the east ward"),
    Person("Piotr", "Lindqvist", "Mr.", "he", "the harbour master", "the harbour master"),
    Person("Maeve", "Dunmore", "Ms.", "she", "the economist", "an economist at Carrow University"),
    Person("Samuel", "Achterberg", "Mr.", "he", "the skipper", "a skipper who fishes for crab"),
    Person("Oona", "Fairbairn", "Ms.", "she", "the minister", "the regional minister for coasts"),
    Person("Teodor", "Vasko", "Mr.", "he", "the surveyor", "a surveyor with Helm Point Marine"),
    Person("Agnes", "Morrow", "Ms.", "she", "the head teacher", "the head teacher of Quay School"),
    Person("Callum", "Reyes", "Mr.", "he", "the ferry captain", "the captain of the Ellery Rose"),
)

# People the narration names without quoting them, as news does: "under former mayor …".
GIVEN_NAMES = (
    "Alma",
    "Bruno",
    "Cora",
    "Dmitri",
    "Edith",
    "Felix",
    "Greta",
    "Hugo",
    "Irene",
    "Jonas",
    "Kira",
    "Leon",
    "Mira",
    "Nils",
    "Olive",
    "Pavel",
    "Rosa",
    "Stellan",
    "Tilde",
    "Viktor",
)
SURNAMES = (
    "Abernethy",
    "Brandt",
    "Carrick",
    "Delacroix",
    "Eklund",
    "Fenwick",
    "Gallo",
    "Hartigan",
    "Ivarsson",
    "Jessop",
    "Kowalczyk",
    "Lister",
    "Mbeki",
    "Norgaard",
    "Ostrowski",
    "Pellegrini",
    "Quayle",
    "Rasmussen",
    "Szabo",
    "Thorne",
    "Ulrich",
    "Varga",
    "Whitlock",
    "Yardley",
)
BACKGROUND = (  # a sentence naming {name}, who is not quoted
    "The first plan for the wall was drawn up in 2019 under former mayor {name}.",
    "{name}, who chaired the flood committee until 2021, has called for a referendum.",
    "The survey was paid for by a trust set up by the late shipowner {name}.",
    "A petition started by {name} of Saltmarsh Lane has gathered four thousand names.",
    "Opposition leader {name} has asked the Audit Office in Carrow to review the costs.",
    "The contract went to Northwall Civil, whose chief executive, {name}, grew up in the town.",
)

HEADINGS = (
    "A wall or a retreat", "The cost of waiting", "Voices from the quay", "What the models show",
    "Money from the capital", "The fishing fleet", "Homes on the low road", "The next storm",
)  # fmt: skip

QUOTE_SENTENCES = (
    "We cannot keep patching the old wall every winter and calling it a plan.",
    "The water came over the quay twice last year, and it will come again.",
    "Nobody here wants to pay for concrete that will be too low in thirty years.",
    "If the ferry stops, half the town loses its work within a month.",
    "I have lived on the low road all my life and I have never seen tides like these.",
    "The numbers are not in dispute, only who should carry them.",
    "We asked the ministry for help in March and we are still waiting for an answer.",
    "A higher wall buys us time, but it does not buy us forever.",
    "The boats need a harbour that works in a gale, not a postcard view.",
    "People are frightened, and they are right to be.",
    "There is a version of this plan that the town can afford.",
    "My insurance went up by a third and nobody can tell me why.",
    "The survey shows the east end sinking a little every year.",
    "We will put every option to a public vote before the council decides.",
    "You do not move a community because a spreadsheet tells you to.",
    "The cheapest wall is the one you build before the flood, not after it.",
    "I would rather argue about the height of the wall than about who drowned.",
    "Our crews were out at four in the morning pumping water out of the fish market.",
)

PHRASES = (  # partial quotes, inside a reporter's sentence
    "a wall for the next century",
    "a plan nobody has costed",
    "the worst winter in memory",
    "a slow goodbye to the east end",
    "money the town does not have",
    "no time left to wait",
)

NARRATION = (
    "The council meets again on Thursday to weigh three designs for the new sea wall.",
    "Repairs to the old wall have cost the town more than four million over a decade.",
    "The east ward flooded in January, when a spring tide met a northerly gale.",
    "About two hundred households live below the line the surveyors marked as at risk.",
    "The ferry to the islands carries some eleven thousand passengers a year.",
    "A public meeting in the school hall drew more than three hundred people.",
    "The regional government has promised a decision on funding before the autumn.",
)


class _Writer:
    """Paragraphs that name people the way a reporter does: in full with a role at
    first, then by surname, honorific, pronoun or role."""

    def __init__(self, chooser: random.Random) -> None:
        self.chooser = chooser
        self.introduced: set[str] = set()
        self.last: Person | None = None  # the person the previous paragraph quoted

    def quote(self, sentences: int = 1) -> str:
        return " ".join(self.chooser.sample(QUOTE_SENTENCES, sentences))

    def clause(self) -> str:
        """A quote's words ending in a comma, the way one runs into "said X"."""
        return self.quote()[:-1] + ","

    def paragraph(self) -> str:
        chooser = self.chooser
        if chooser.random() < 0.25:
            self.last = None
            return f"{chooser.choice(BACKGROUND)} {chooser.choice(NARRATION)}".format(
                name=f"{chooser.choice(GIVEN_NAMES)} {chooser.choice(SURNAMES)}"
            )
        if chooser.random() < 0.12:
            self.last = None
            return self._unnamed()
        person = chooser.choice(CAST)
        if person.surname not in self.introduced:
            self.introduced.add(person.surname)
            self.last = person
            return self._introduce(person)
        if person == self.last and chooser.random() < 0.6:
            return self._pronoun(person)
        self.last = person
        return chooser.choice(
            (self._surname_after, self._colon, self._role, self._partial, self._honorific)
        )(person)

    def _introduce(self, p: Person) -> str:
        return self.chooser.choice((
            f'"{self.clause()}" said {p.full}, {p.introduction}. "{self.quote()}"',
            f'"{self.clause()}" said {p.role[4:]} {p.full}.',
            f'{p.full}, {p.introduction}, said: "{self.quote(2)}"',
            f'"{self.clause()}" {p.full}, {p.introduction}, said at the meeting.',
        ))  # fmt: skip

    def _surname_after(self, p: Person) -> str:
        return f'"{self.clause()}" {p.surname} said. "{self.quote()}"'

    def _colon(self, p: Person) -> str:
        return f'{p.surname} put it bluntly: "{self.quote(2)}"'

    def fact(self) -> str:
        """A sentence of narration to follow "adding that": "the council meets …"."""
        sentence = self.chooser.choice(NARRATION)
        return sentence[0].lower() + sentence[1:]

    def _role(self, p: Person) -> str:
        return f'"{self.clause()}" {p.role} said, adding that {self.fact()}'

    def _partial(self, p: Person) -> str:
        phrase = self.chooser.choice(PHRASES)
        return f'{p.surname} called the plan "{phrase}" and warned that {self.fact()}'

    def _honorific(self, p: Person) -> str:
        return f'According to {p.honorific} {p.surname}, "{self.quote()}"'

    def _pronoun(self, p: Person) -> str:
        return self.chooser.choice((
            f'"{self.clause()}" {p.pronoun} said.',
            f'{p.pronoun.capitalize()} added: "{self.quote()}"',
            f'"{self.clause()}" {p.pronoun} told reporters. "{self.quote()}"',
        ))  # fmt: skip

    def _unnamed(self) -> str:
        who = self.chooser.choice(("one resident", "a fisherman", "one shop owner", "a teacher"))
        return self.chooser.choice((
            f'"{self.clause()}" said {who}, who asked not to be named.',
            f'"{self.clause()}" the Harbour Trust said in a statement.',
            f'{who.capitalize()} on the quay said: "{self.quote()}"',
        ))  # fmt: skip


def news_text(size: int = SIZE, seed: int = SEED) -> str:
    """A plain-text news article of about ``size`` characters, the same for one ``seed``."""
    writer = _Writer(random.Random(seed))
    parts = [
        "Port Ellery argues over a higher sea wall as winter storms return",
        "Author:\nHelen Marwick\nDate:\nNovember 3, 2026",
        "Port Ellery's council is split over a plan to raise the town's sea wall by two "
        "metres, after a winter in which the harbour flooded three times.",
    ]
    section = 0
    while sum(len(part) + 2 for part in parts) < size:
        parts.append(HEADINGS[section % len(HEADINGS)] + ("" if section < 8 else f" {section}"))
        writer.last = None
        parts.extend(writer.paragraph() for _ in range(7))
        section += 1
    return "\n\n".join(parts) + "\n"
