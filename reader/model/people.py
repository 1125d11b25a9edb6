"""People: everyone an article names, and every way it refers to them.

`find_people` indexes the article once: surnames with evidence that they are people
(a verb of saying, a role, an age, a pronoun after them), each person's fullest name
("Karl Rove" for "Mr. Rove"), their roles ("the NATO Secretary General"), genders
from the pronouns that follow them, and where each is mentioned. `People` answers
the coreference questions: whom "he" means at a point, which person "the governor"
is, which organisation "the group" is.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from reader.model.lexicon import (
    FUNCTION_WORDS,
    HONORIFIC_ROLES,
    HONORIFICS,
    ORGANISATION_NAME_WORDS,
    ORGANISATION_NOUNS,
    PLACES,
    PUBLICATION_NAME_WORDS,
    PUBLICATION_NOUNS,
    RANK_MODIFIERS,
    REPORTING_VERBS,
    REPORTING_VERBS_UK,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)
from reader.model.words import (
    CAPITALISED_RUN,
    CYRILLIC,
    PARTICLE,
    UPPER,
    WORD,
    LazyPattern,
    bare,
    ends_name,
    is_capitalised,
    is_name_word,
    is_role,
    is_verb,
    pronoun_gender,
)

TYPE_CHECKING = False  # `typing` is not imported at run time: `--dump` starts faster
if TYPE_CHECKING:
    from reader.model.article import SpeakerKind

PRONOUN_REACH = 1500  # characters back a "he" or "she" may point to a named person


_OFFSET = operator.itemgetter(0)


@dataclass
class People:
    """The people an article names: full names, where each is mentioned, their roles."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest name
    # surname -> the full names of the people who share it ("Bill Clinton", "Hillary Clinton")
    namesakes: dict[str, list[str]] = field(default_factory=dict)
    _named_fully: dict[str, list[int]] = field(default_factory=dict)  # a namesake -> offsets
    _meant: dict[str, list[int]] = field(default_factory=dict)  # ... and with the bare surname
    roles: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    # Every mention of a named person, sorted. Someone unnamed ("one woman said") is
    # looked for only where a question needs them (`_unnamed_between`).
    _offsets: list[int] = field(default_factory=list)
    _names: list[str] = field(default_factory=list)
    _by_name: dict[str, list[int]] = field(default_factory=dict)
    # Speakers of the quotes attributed so far: they come in reading order, so
    # they are appended here rather than inserted into the long lists above.
    _said_offsets: list[int] = field(default_factory=list)
    _said_names: list[str] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f"
    # "group" -> [(offset, "NJJ Capital")]: organisations as the article introduced them
    organisations: dict[str, list[tuple[int, str]]] | None = None
    text: str = ""
    # Names the attribution stages found speaking as organisations ("Walmart" for "a
    # Walmart spokesman"): `kind_of` tells them from people by this.
    organisation_names: set[str] = field(default_factory=set)
    _given_before: dict[str, bool] = field(default_factory=dict)  # surname -> is_person
    _role_holders: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    _kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    _resolved: dict[tuple[str, ...], str | None] = field(default_factory=dict)

    def add_mentions(self, mentions: list[tuple[int, str]]) -> None:
        """Add many mentions at once (one sort, not one insertion each)."""
        merged = sorted([*zip(self._offsets, self._names, strict=True), *mentions], key=_OFFSET)
        self._offsets = [offset for offset, _ in merged]
        self._names = [name for _, name in merged]
        touched: set[str] = set()
        for offset, name in mentions:
            self._by_name.setdefault(name, []).append(offset)
            touched.add(name)
        for name in touched:
            self._by_name[name].sort()

    def add_mention(self, offset: int, name: str) -> None:
        """``name`` spoke at ``offset`` (a quote attributed to them)."""
        index = bisect.bisect_right(self._said_offsets, offset)  # the end, in reading order
        self._said_offsets.insert(index, offset)
        self._said_names.insert(index, name)
        bisect.insort(self._by_name.setdefault(name, []), offset)

    def last_before(self, offset: int, pronoun: str = "") -> str | None:
        """The person mentioned most recently before ``offset`` (for he / she) whose
        gender, where known, fits ``pronoun``; None when that was someone unnamed
        ("one woman said")."""
        wanted = pronoun_gender(pronoun)
        offsets, said = self._offsets, self._said_offsets
        index = bisect.bisect_left(offsets, offset) - 1
        spoken = bisect.bisect_left(said, offset) - 1
        while index >= 0 or spoken >= 0:
            # The later of the two; at the same offset, the quote's speaker.
            if spoken >= 0 and (index < 0 or said[spoken] >= offsets[index]):
                at, name = said[spoken], self._said_names[spoken]
                spoken -= 1
            else:
                at, name = offsets[index], self._names[index]
                index -= 1
            if offset - at > PRONOUN_REACH:
                return None  # nobody named near enough to be sure who "he" is
            if not wanted or self.genders.get(name, wanted) == wanted:
                # Unless someone unnamed came in since: "..., a driver said. He ..."
                return None if self._unnamed_between(at + 1, offset) else name
        return None

    def _unnamed_between(self, start: int, end: int) -> bool:
        """Whether someone unnamed comes in between: not an appositive that describes a
        person just named ("Lena Pike, a retired worker, said")."""
        text = self.text
        return any(
            not (text[at - 2 : at] == ", " and _word_at(text, at - 2, -1) in self.full_names)
            for at in _unnamed_people(text, start, end)
        )

    def _last_offset(self, name: str, before: int) -> int:
        return _last(self._by_name.get(name, []), before)

    def resolve_name(self, words: tuple[str, ...], at: int | None = None) -> str | None:
        """``President Zelensky`` -> ``Volodymyr Zelensky``; an unknown name as written.
        A surname two people share is told apart by the given name or honorific in
        ``words``, else by which of them the text at ``at`` last named."""
        if words and bare(words[-1]) in self.namesakes:
            name = _name_words(words)
            namesakes = self.namesakes[bare(words[-1])]
            if len(name) > 1 and not any(name[-2] in full.split(" ") for full in namesakes):
                return " ".join(name)  # a given name none of them has: as written
            return self.namesake(words, at)
        if words not in self._resolved:  # "Rutte said" comes back many times
            self._resolved[words] = self._resolve_name(words)
        return self._resolved[words]

    def _resolve_name(self, words: tuple[str, ...]) -> str | None:
        name = _name_words(words)
        if not name or all(len(word) == 1 for word in name):
            return None  # no name, or only initials: "F.A.A.", "N.H."
        stored = self.full_names.get(name[-1])
        if stored is None or len(name) > len(stored.split(" ")):
            return " ".join(name)  # an organisation, or a fuller form than the index has
        return stored

    def namesake(self, words: Sequence[str], at: int | None) -> str:
        """Which of the people sharing the surname ending ``words`` they mean: the one
        whose given name they include, the one whose gender the honorific gives, else
        the one named in full just before ``at``, else the one named by default."""
        surname = bare(words[-1])
        namesakes = self.namesakes[surname]
        given = {bare(word).rstrip(".") for word in words[:-1]}
        for full in namesakes:
            if given & set(full.split(" ")[:-1]):
                return full
        for word in given:
            gender = HONORIFIC_GENDERS.get(word)
            if gender is None:
                continue
            fitting = [name for name in namesakes if self.genders.get(name) == gender]
            if not fitting:  # the one whose gender is unknown, if the others' does not fit
                fitting = [name for name in namesakes if name not in self.genders]
            if len(fitting) == 1:
                return fitting[0]
        return self._salient(namesakes, at)

    def _salient(self, namesakes: list[str], at: int | None) -> str:
        if at is None:
            return namesakes[0]
        last = {name: _last(self._named_fully.get(name, []), at) for name in namesakes}
        latest = max(namesakes, key=lambda name: last[name])
        if last[latest] >= 0 and at - last[latest] <= _NAMESAKE_REACH:
            return latest
        return namesakes[0]  # else the one the bare surname's pronouns fit, or the fullest

    def resolve_organisation(self, noun: str, before: int) -> str | None:
        """``the group`` -> the organisation last introduced as a group before ``before``."""
        if self.organisations is None:  # found on first need: most articles never ask
            self.organisations = {}
            for match in re.finditer(_ORGANISATION_INTRO, self.text):
                name = next(group for group in match.groups()[1:] if group)
                key = match.group(1).lower()
                self.organisations.setdefault(key, []).append((match.start(), name))
        introduced = self.organisations.get(noun.lower(), [])
        index = bisect.bisect_left(introduced, (before, "")) - 1
        if index >= 0:
            return introduced[index][1]
        if noun.lower() in PUBLICATION_NOUNS:
            publication = self._publication_before(before)
            if publication is not None:
                return publication
        return self._named_like(noun, before)

    def is_person(self, surname: str) -> bool:
        """Whether ``surname`` is a person's: one the index holds, or one the text gives
        after a given name somewhere ("Donald Trump" for "Trump")."""
        if surname in self.full_names:
            return True
        if surname not in self._given_before:
            text = self.text
            self._given_before[surname] = any(
                text[at - 2 : at] not in ("", "  ")
                and text[at - 1] == " "
                and is_name_word(_word_at(text, at - 1, -1))
                for at in _whole_words(text, surname)
            )
        return self._given_before[surname]

    def kind_of(self, speaker: str | None) -> SpeakerKind | None:
        """Whether ``speaker`` is a person, an organisation or a group of people."""
        if speaker is None:
            return None
        if speaker in self.organisation_names:
            return "organisation"  # found to speak as one after its kind was first asked
        kind = self._kinds.get(speaker)
        if kind is None:
            kind = self._kinds[speaker] = self._kind(speaker)
        return kind

    def _kind(self, speaker: str) -> SpeakerKind:
        if " and " in speaker:
            return "group"  # "Tom Carper, Dianne Feinstein and Ben Cardin"
        words = [bare(word) for word in speaker.split(" ")]
        if words[-1] in ORGANISATION_NAME_WORDS or (
            len(words) == 1 and words[0].isupper() and len(words[0]) > 1
        ):
            return "organisation"  # "The Washington Post", "Republican Party", "CNN"
        introduced = self.organisations or {}
        if any(speaker == name for names in introduced.values() for _, name in names):
            return "organisation"
        if self._always_after_the(speaker):
            return "organisation"  # "the Harbor Ledger": no person is "the Ada Moss"
        return "person"

    def _always_after_the(self, name: str) -> bool:
        """Whether the text writes ``name`` as a noun only after "the" ("the Harbor Ledger
        said"), leaving out where it modifies a noun ("the Ada Moss campaign")."""
        text, size = self.text, len(name)
        written = []
        for at in _whole_words(text, name):
            after = _NOUN_AFTER.match(text, at + size)
            if after is None or is_verb(after.group(1)):
                written.append(text[at - 4 : at])
        return bool(written) and all(before in ("the ", "The ") for before in written)

    def _publication_before(self, before: int) -> str | None:
        """The last publication named before ``before``: "the newspaper" after "The
        Washington Post reported"."""
        found = None
        for match in _PUBLICATION.finditer(self.text, max(0, before - 3000), before):
            found = match.group()
        return found

    def _named_like(self, noun: str, before: int) -> str | None:
        """The last name before ``before`` that ends in ``noun``: "the bank" after
        "Oschadbank" or "the National Bank"."""
        word = rf"[{UPPER}][\w'’ʼ\-]*"
        compound = rf"[{UPPER}][\w'’ʼ\-]*?{re.escape(noun.lower())}"  # Oschadbank
        ending = re.compile(
            rf"(?<![\w\-])(?:{word} )*(?:{compound}|{re.escape(noun.capitalize())})(?![\w\-])"
        )
        found = None
        for match in ending.finditer(self.text, max(0, before - 3000), before):
            found = match.group()
        return re.sub(r"^(?:The|the) ", "", found) if found else None

    def resolve_role(self, words: tuple[str, ...], before: int) -> str | None:
        """``the NATO Secretary General`` -> the person the article gave that role."""
        holders = self._role_holders.get(words)
        if holders is None:
            holders = self._role_holders[words] = self._holders(words)
        if len(holders) == 1:
            return holders[0]
        # Among people who all fit, the one mentioned last.
        return max(holders, key=lambda name: self._last_offset(name, before), default=None)

    def _holders(self, words: tuple[str, ...]) -> list[str]:
        """Who the article gave the role ``words`` name (the roles are known by now)."""
        wanted = {w.lower() for w in words} - FUNCTION_WORDS
        if not wanted & ROLE_NOUNS:
            return []
        fitting = [name for name, role in self.roles.items() if wanted <= role]
        if not fitting:  # the role nouns alone, where no place or party contradicts: "the
            # Florida senator" may be "Sen. Ada Moss", never "Iowa Sen. Omar Quist"
            wanted = wanted & ROLE_NOUNS
            said = {w.lower() for w in words}
            fitting = [
                name
                for name, role in self.roles.items()
                if wanted <= role
                and all(said & kind <= role or not role & kind for kind in _WHERE_AND_PARTY)
            ]
        # "the governor" is the governor, not the deputy governor.
        plain = [name for name in fitting if not (self.roles[name] - wanted) & RANK_MODIFIERS]
        return plain or fitting


def _name_words(words: tuple[str, ...]) -> list[str]:
    """The name in ``words``: the words after any role, honorific or possessor, and
    before a place it is "of" ("Chancellor Angela Merkel of Germany")."""
    office = -1  # "Secretary of State John Kerry": "State" is where the role is held
    if "of" in words[1:]:
        at = len(words) - 1 - words[::-1].index("of")
        named = _name_words(words[:at])
        if len(named) > 1:  # a person's given name and surname; not "Bank of America"
            return named
        if is_role(words[at - 1]):
            if words[at + 1 : at + 2] in (("the",), ("The",)):
                return []  # "the head of the Harbor Institute": a role, no name
            if at + 1 < len(words) and words[at + 1] not in _OFFICES:
                return []  # "the coach of Omar Quist": someone else, unnamed
            office = at + 1
    name: list[str] = []
    for number in range(len(words) - 1, -1, -1):
        word = words[number]
        if number == office:
            break
        if name and (word in HONORIFICS or bare(word) != word):
            break  # "New Jersey Gov. Chris Christie", "Ohio's Nora Vance"
        if not is_name_word(word) and not (not name and ends_name(words)):
            if name:
                break
            continue
        name.insert(0, bare(word))
    while len(name) > 1 and name[0].lower() in REPORTING_VERBS:
        name.pop(0)  # a headline's verb: "Says Donald Trump"
    return name


# ---------------------------------------------------------------- the article's people


def find_people(text: str, quoted: Sequence[tuple[int, int]] = ()) -> People:
    """Index the people an article names, from reporting cues and role-name pairs.

    ``quoted`` spans are speakers' own words: how they call people ("Pete is
    right") does not count when telling given names from other words.
    """
    people = People(text=text)
    narration = _narration(text, quoted)
    counts = _WordCounter(narration, text)
    surnames, distinct_runs = _surnames(text, CAPITALISED_RUN.finditer(text), counts)
    shared_positions: dict[str, list[int]] = {}  # where a surname others share stands
    runs_by_word = _runs_by_word(distinct_runs, surnames)
    for surname in sorted(surnames):
        names, unsure = _full_names(runs_by_word.get(surname, []), surname, counts)
        if len(names) > 1 or (unsure and names[0] != surname):
            positions = shared_positions[surname] = _whole_word_positions(text, surname)
            everyone = names + unsure
            people.genders.update(_put_first_whom_pronouns_fit(text, surname, everyone, positions))
            if everyone[0] in unsure:  # "Clinton said she" when only Bill is named outright
                names.insert(0, everyone[0])
            elif len(names) > 1:
                names[:] = [name for name in everyone if name in names]
            if names[0] != surname and _bare_long_before(text, surname, names[0], positions):
                names.insert(0, surname)  # "Clinton" all along, "Bill Clinton" only later
        people.full_names[surname] = names[0]
        if len(names) > 1:
            people.namesakes[surname] = names
    role_cache: dict[str, tuple[str, ...]] = {}
    mentions: list[tuple[int, str]] = []
    by_honorific = _name_namesakes(text, people, shared_positions)
    for surname, only in people.full_names.items():
        standing = shared_positions.get(surname)
        if standing is None:
            standing = _whole_word_positions(text, surname)
        for number, at in enumerate(standing):
            full = only
            if surname in people.namesakes:
                if at in by_honorific:
                    continue  # told apart by gender, once genders are known
                full = people.namesake(_words_before(text, at, surname), at)
            mentions.append((at, full))
            if number >= _ROLE_SAMPLES:
                continue  # roles are given when people are introduced, early on
            given = full[: -len(surname)]
            name_start = at
            if given and text[name_start - len(given) : name_start] == given:
                name_start -= len(given)
            context = text[max(0, name_start - 60) : name_start]
            if context not in role_cache:
                role_cache[context] = _role_before(context)
            role = role_cache[context] or _role_after(text, at + len(surname))
            place = _PLACE_AFTER_NAME.match(text, at + len(surname))
            if place is not None:  # "Sen. Ada Moss of Vermont" is the Vermont senator
                role = (*role, *place.group(1).split(" "))
            if role:
                people.roles.setdefault(full, set()).update(w.lower() for w in role)
    if "all sign" in text or "allsign" in text or "позивн" in text:
        for match in re.finditer(_CALL_SIGN, text):
            people.full_names.setdefault(match.group(1), match.group(1))
            mentions.append((match.start(1), match.group(1)))
    people.add_mentions(mentions)
    people.add_mentions(list(_role_mentions(text, people)))
    namesake_genders = dict(people.genders)
    people.genders = _genders(narration, people)
    people.genders.update(namesake_genders)  # from their full names only
    if by_honorific:
        people.add_mentions(
            [(at, people.namesake(words, at)) for at, words in by_honorific.items()]
        )
    return people


# Where a role is held, after "of": "Secretary of State Ada Moss", "Governor of Ohio …".
_PLACE_WORDS = frozenset(word for place in PLACES for word in place.split(" "))
_OFFICES = _PLACE_WORDS | frozenset(
    {"State", "Defense", "Defence", "Homeland", "Labor", "Commerce", "Energy", "Education",
       "Transportation", "Agriculture", "Treasury", "Health", "Justice", "Interior",
       "Veterans", "Housing", "Staff", "Police", "Finance", "Foreign", "Internal"}
)  # fmt: skip
# What tells holders of one role apart, each its own way: "the Florida senator", "the
# Republican nominee".
_WHERE_AND_PARTY = (
    frozenset(
        {word.lower() for word in _PLACE_WORDS}
        - {"new", "north", "south", "west", "united", "states", "saudi", "rhode"}
    ),
    frozenset(("republican", "democratic", "democrat", "gop", "independent", "libertarian")),
)
_PLACE_AFTER_NAME = re.compile(r" of ((?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b")
_NAMESAKE_REACH = 250  # characters after a full name within which a bare surname is theirs
HONORIFIC_GENDERS = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def _words_before(text: str, at: int, surname: str) -> tuple[str, ...]:
    """The surname at ``at`` with the word before it ("Bill Clinton", "Mr. Clinton")."""
    before = _word_at(text, at, -1)
    if text[max(0, at - 2) : at] == ". ":
        before = _word_at(text, at - 2, -1)
    return (before, surname) if before else (surname,)


def _name_namesakes(
    text: str, people: People, shared_positions: dict[str, list[int]]
) -> dict[int, tuple[str, ...]]:
    """Record where each person sharing a surname is named in full; return the
    mentions that only an honorific tells apart ("Mr. Clinton"), by offset."""
    by_honorific: dict[int, tuple[str, ...]] = {}
    for surname, names in people.namesakes.items():
        positions = shared_positions[surname]
        for number, at in enumerate(positions):  # in reading order
            words = _words_before(text, at, surname)
            if words[0] in HONORIFIC_GENDERS:
                by_honorific[at] = words
                continue
            meant = people.namesake(words, at)
            if len(words) == 1:  # "Clinton said she": the one whose gender fits
                local = _gender_of(*_pronouns_after(text, positions, number)[1:])
                fitting = [name for name in names if people.genders.get(name) == local]
                if local is not None and len(fitting) == 1:
                    meant = fitting[0]
            if words[0] in meant.split(" ")[:-1]:
                people._named_fully.setdefault(meant, []).append(at)
            people._meant.setdefault(meant, []).append(at)
    return by_honorific


def _put_first_whom_pronouns_fit(
    text: str, surname: str, names: list[str], positions: list[int]
) -> dict[str, str]:
    """The pronouns after the bare surname ("Clinton said she") tell which of the people
    sharing it the text means by it, where those after their full names tell them apart."""
    votes = {name: [0, 0] for name in [surname, *names]}
    for number, at in enumerate(positions[:_GENDER_SAMPLES]):
        words = _words_before(text, at, surname)
        meant = next((n for n in names if words[0] in n.split(" ")[:-1]), surname)
        _, masculine, feminine = _pronouns_after(text, positions, number)
        votes[meant][0] += masculine
        votes[meant][1] += feminine
    gender = _gender_of(*votes[surname])
    known = {name: _gender_of(*votes[name]) for name in names}
    fitting = [name for name in names if known[name] == gender]
    if gender is not None and not fitting:  # the one whose gender does not contradict it
        fitting = [name for name in names if known[name] is None]
    if gender is not None and len(fitting) == 1:
        names.remove(fitting[0])
        names.insert(0, fitting[0])
    return {name: gender for name, gender in known.items() if gender is not None}


def _bare_long_before(text: str, surname: str, full: str, positions: list[int]) -> bool:
    """Whether the text used the bare surname three times before it first named
    ``full``: then the bare surname may well mean someone else of that name."""
    first = text.find(full)
    given = full[: -len(surname)]
    bare_before = [
        at for at in positions if at < first and text[max(0, at - len(given)) : at] != given
    ]
    return first >= 0 and len(bare_before) >= _BARE_BEFORE_FULL


_BARE_BEFORE_FULL = 3


def _gender_of(masculine: int, feminine: int) -> str | None:
    if masculine >= 2 * feminine + 1:
        return "m"
    if feminine >= 2 * masculine + 1:
        return "f"
    return None


def _pronouns_after(text: str, positions: Sequence[int], number: int) -> tuple[str, int, int]:
    """The words after the mention at ``positions[number]``, up to the next mention (at
    most 150 characters, one line), and the masculine and feminine pronouns in them."""
    at = positions[number]
    stop = positions[number + 1] if number + 1 < len(positions) else len(text)
    return _pronouns_in(text, at, stop)


def _pronouns_in(text: str, at: int, stop: int) -> tuple[str, int, int]:
    """The words from ``at`` up to ``stop`` (at most 150 characters, one line), and the
    masculine and feminine pronouns in them."""
    window = text[at : min(stop, at + _PRONOUN_WINDOW)].split("\n", 1)[0]
    return window, len(_MASCULINE.findall(window)), len(_FEMININE.findall(window))


_PRONOUN_WINDOW = 150


def _last(offsets: list[int], before: int) -> int:
    """The last of the sorted ``offsets`` before ``before``; -1 when none is."""
    index = bisect.bisect_left(offsets, before)
    return offsets[index - 1] if index else -1


_NOUN_AFTER = re.compile(r" ([a-z]+)")


def _whole_words(text: str, word: str, unless: re.Pattern[str] | None = None) -> Iterator[int]:
    """Where the (non-empty) ``word`` stands as a whole word, not followed by what
    ``unless`` matches: no letter, digit, apostrophe or hyphen before it, no letter,
    digit or hyphen after it. Found with `str.find`, as a regex engine would find them:
    compiling a pattern for each word cost more than the search (an article asks about
    hundreds of words)."""
    size, length, find = len(word), len(text), text.find
    at = find(word)
    while at >= 0:
        end = at + size
        # Neither [\w'’ʼ\-] before nor [\w\-] after (\w: what str.isalnum takes, and "_")
        before = text[at - 1] if at else " "
        after = text[end] if end < length else " "
        if (
            before.isalnum()
            or before in "_-'’ʼ"
            or after.isalnum()
            or after in "_-"
            or (unless is not None and unless.match(text, end) is not None)
        ):
            at = find(word, at + 1)
        else:
            yield at
            at = find(word, end)


def _whole_word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word."""
    return list(_whole_words(text, word))


def _occurrences(text: str, literal: str) -> Iterator[int]:
    """Where the (non-empty) ``literal`` stands, none overlapping the one before."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + len(literal))


def _narration(text: str, quoted: Sequence[tuple[int, int]]) -> str:
    """``text`` with the inside of every quotation blanked out (offsets kept)."""
    if not quoted:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(quoted):
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(" " * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


# Subject and possessive forms only: "Whitaker accused him" says nothing of Whitaker.
# The look-ahead at the words' first letters lets the regex engine skip ahead fast
# (a pattern that opens with \b tries every position; three times as fast here).
_MASCULINE = re.compile(r"(?=[hв])\b(?:he|his|himself|він)\b", re.IGNORECASE)
_FEMININE = re.compile(r"(?=[shв])\b(?:she|herself|вона)\b", re.IGNORECASE)


def _genders(text: str, people: People) -> dict[str, str]:
    """A person's gender, where the pronouns after their mentions agree on it."""
    votes: dict[str, list[int]] = {}
    sampled: dict[str, int] = {}
    offsets, names = people._offsets, people._names
    for index, (offset, name) in enumerate(zip(offsets, names, strict=True)):
        if sampled.get(name, 0) >= _GENDER_SAMPLES:
            continue
        sampled[name] = sampled.get(name, 0) + 1
        stop = offsets[index + 1] if index + 1 < len(offsets) else len(text)
        # Someone unnamed brought in after the mention ends its window too.
        unnamed = _unnamed_people(people.text, offset + 1, min(stop, offset + _PRONOUN_WINDOW))
        window, masculine, feminine = _pronouns_in(text, offset, next(unnamed, stop))
        tally = votes.setdefault(name, [0, 0])
        tally[0] += masculine
        tally[1] += feminine
        # Ukrainian past tense agrees with its subject: "заявив Терехов", "сказала Коваль".
        before = text[max(0, offset - 20) : offset].split()
        for verb in before[-1:] + window.split()[1:2]:
            if verb in REPORTING_VERBS_UK and verb.endswith("ла"):
                tally[1] += 2
            elif verb in REPORTING_VERBS_UK and verb.endswith("в"):
                tally[0] += 2
    genders: dict[str, str] = {}
    for name, (masculine, feminine) in votes.items():
        gender = _gender_of(masculine, feminine)
        if gender is not None:
            genders[name] = gender
    return genders


def _role_mentions(text: str, people: People) -> Iterator[tuple[int, str]]:
    """``the governor`` where the article gave that role to one person: a mention of them."""
    nouns = {w for role in people.roles.values() for w in role if w in ROLE_NOUNS}
    if not nouns:
        return
    alternatives = "|".join(
        re.escape(n[0].upper() + n[1:]) + "|" + re.escape(n)
        for n in sorted(nouns, key=len, reverse=True)
    )
    # "the governor": a literal first ("he ") lets the regex engine skip ahead fast.
    the = rf"he (?<=\b[Tt]he )((?:[\w'’ʼ\-]+ ){{0,3}}?(?:{alternatives}))\b"
    for match in re.finditer(the, text):
        words = tuple(match.group(1).split(" "))
        person = people.resolve_role(words, match.start() - 1)
        if person is not None:
            yield match.start() - 1, person


_PUBLICATION = LazyPattern(
    r"(?:The |the )?(?:[A-Z][\w'’\-]*\.? ){0,3}(?:"
    + "|".join(PUBLICATION_NAME_WORDS)
    + r")(?![\w\-])"
)
# Patterns few articles need, compiled (by `re`'s cache) on first use, not at start-up.
_ORGANISATION_INTRO = (
    r"\b(" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\s+"
    r"(?:\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”|«([^»\n]{2,60})»"
    rf"|([{UPPER}][\w'’ʼ\-]*(?: [{UPPER}][\w'’ʼ\-]*){{0,4}}))"
)
_CALL_SIGN = rf"(?:[Cc]all ?sign|позивн\w*)\s+[«\"“]?([{UPPER}][\w'’ʼ\-]+)[»\"”]?"
_NEXT_NAME = re.compile(rf" (?:{PARTICLE} )?[{UPPER}]")
_PERSON_LOOKS = 60  # occurrences of a name read for evidence that it is a person
_ROLE_SAMPLES = 40  # mentions of a person read for their role
_GENDER_SAMPLES = 40  # mentions of a person read for the pronouns that follow
_HONORIFIC_BEFORE = LazyPattern(r"\b(?:" + "|".join(sorted(HONORIFICS - {"St"})) + r")\. $")
_AGE = re.compile(r", \d{1,3},")
# "one", "a", "an", "another" after a space, a bracket or a quotation mark; the
# letter first, so that the regex engine can skip ahead fast.
_INDEFINITE = re.compile(r"[OoAa](?<=[\s(\"“«].)(?:(?<=[Oo])ne|(?<=[Aa])(?:nother|n)?)\s+")


def _unnamed_people(text: str, start: int, end: int) -> Iterator[int]:
    """Where the text brings in someone it does not name (``one fan``, ``a local woman``)
    from ``start`` up to ``end``: the same places as a search of the whole text would
    find, since no such phrase can start inside another."""
    words = WORD.findall
    # Far enough past ``end`` for the space after "another" that starts just before it.
    for article in _INDEFINITE.finditer(text, start, end + len("another ")):
        if article.start() >= end:
            return
        after = _INDEFINITE.match(text, article.start())  # all the spaces after it
        assert after is not None
        for word in words(text, after.end(), after.end() + 40)[:3]:
            if word.lower() in UNNAMED_PERSON_NOUNS:
                yield article.start()
                break


def _surnames(
    text: str, runs: Iterable[re.Match[str]], counts: _WordCounter
) -> tuple[set[str], list[str]]:
    """Last names of the people the text has speak, or names with a role; and the
    distinct runs, in the order they first appear."""
    found: set[str] = set()
    judged: set[tuple[str, str, str]] = set()
    names: dict[str, tuple[list[str], str]] = {}  # run -> name words, surname (runs repeat)
    looked: dict[str, int] = {}  # how often each run was looked at without evidence
    settled: set[str] = set()  # runs not to be read again: no name, a known person, read enough
    for run in runs:
        value = run[0]
        if value in settled:
            continue
        known = names.get(value)
        if known is None:
            parts = value.split(" ")
            # a possessor before the name is someone else, or a place: "Florida's
            # Secretary of State", "Ohio's Nora Vance"
            owner = max((i + 1 for i, w in enumerate(parts[:-1]) if bare(w) != w), default=0)
            parts = parts[owner:]
            words = [w for w in parts[:-1] if is_name_word(w)]
            words += parts[-1:] if ends_name(parts) else []
            known = names[value] = (words, bare(words[-1]) if words else "")
        name, surname = known
        count = looked.get(value, 0)
        if not name or surname in found or count >= _PERSON_LOOKS:
            settled.add(value)  # people are shown to be people early: "Ukraine" need not
            continue  # be read 4,000 times
        looked[value] = count + 1
        before, after = _word_at(text, run.start(), -1), _word_at(text, run.end(), 1)
        if (value, before, after) in judged:
            continue
        judged.add((value, before, after))
        words = value.split(" ")
        has_role = any(is_role(w) for w in words[:-1])
        if (
            has_role
            or is_verb(after)
            or is_verb(before)
            or is_role(before)
            or (  # "her lawyer, Peter Ivanov"; "The chair of the Alliance, Cedric Schuster";
                # not "the front-runner, Florida's contest": an owner is no appositive
                bare(value) == value
                and (
                    is_role(_word_before_comma(text, run.start()))
                    or _appositive_role(text, run.start())
                )
            )
            or _role_after(text, run.end())  # "Anna Sokolova, a journalist,"
            or _AGE.match(text, run.end())  # "Margaret Hall, 82,"
            or _HONORIFIC_BEFORE.search(text, max(0, run.start() - 8), run.start())  # "Ms. Vance"
            or text.startswith((", who ", ", який ", ", яка "), run.end())  # "Dudnyk, who grows"
            or (  # "welder Inna Moroz", "biologist Ivan Moisienko": an occupation, a name
                len(name) >= 2
                and before[:1].islower()
                and before.lower() not in _PLACE_PREPOSITIONS
                and before.lower() not in FUNCTION_WORDS
                and not is_verb(before)
                and not counts.alone(name[0])  # a given name, not "visited Kyiv Oblast"
            )
            or (  # "Richard Alden hid losses, and his lawyer": not "from Nova Kakhovka"
                len(name) >= 2
                and before.lower() not in _PLACE_PREPOSITIONS
                and _pronoun_follows(text, run.end())
            )
            or (  # "His publisher, Mariana Savka, says"
                text[max(0, run.start() - 2) : run.start()] == ", "
                and is_verb(_word_after_comma(text, run.end()))
            )
        ):
            found.add(surname)
    return found, list(names)


_WORD_AFTER = re.compile(r" *([\w'’ʼ\-]*)")
_INITIAL = re.compile(rf"[{UPPER}]\.")


def _word_at(text: str, index: int, step: int) -> str:
    """The word just before (step -1) or after (step 1) ``index``, across spaces only."""
    if step > 0:
        after = _WORD_AFTER.match(text, index)
        return after.group(1) if after else ""
    end = index
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’ʼ-"):
        start -= 1
    return text[start:end]


_APPOSITIVE = re.compile(
    r"(?:^|\n|[.;:!?]\s+|,\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+([^,.;:!?]{2,80}),\s$"
)


def _appositive_role(text: str, index: int) -> bool:
    """A role phrase in apposition before a name: ``The chair of the Alliance, NAME``."""
    match = _APPOSITIVE.search(text, max(0, index - 90), index)
    if match is None:
        return False
    words = match.group(1).split()
    return len(words) <= 8 and any(is_role(bare(w)) for w in words)


_PERSONAL_PRONOUN = re.compile(
    rf"[^{UPPER}.!?]{{0,60}}?\b(?:he|his|him|she|her|він|його|вона|її)\b"
)


_PLACE_PREPOSITIONS = frozenset(
    "from in at to near into of across outside inside around towards toward via through "
    "within between under over у в на з із до біля під".split()
)


def _pronoun_follows(text: str, index: int) -> bool:
    """A personal pronoun soon after a name, before any other name: a person."""
    return _PERSONAL_PRONOUN.match(text, index) is not None


def _word_before_comma(text: str, index: int) -> str:
    """The word before ``, `` that ends at ``index`` ("lawyer" in "lawyer, Peter")."""
    if text[max(0, index - 2) : index] != ", ":
        return ""
    return _word_at(text, index - 2, -1)


def _word_after_comma(text: str, index: int) -> str:
    if text[index : index + 2] != ", ":
        return ""
    return _word_at(text, index + 2, 1)


# After a name: an appositive ("Ida Lorne, the former mayor,", "Carl Munro, 31,").
_APPOSITIVE_AFTER = LazyPattern(r", (?:the |a |an |who |\d)")
_OPENS_SENTENCE = frozenset(".!?\n\"“”‘’'")


class _WordCounter:
    """Where and how the article uses a word: alone, in lowercase, opening a sentence."""

    def __init__(self, text: str, quoted: str = "") -> None:
        self._text = text
        self._quoted = quoted  # the whole text, quotes too
        self._alone: dict[str, bool] = {}
        self._introduces: dict[str, bool] = {}  # asked up to three times a name
        self._lowercase: dict[str, bool] = {}

    def lowercase(self, word: str) -> bool:
        """Whether ``word`` also stands in lowercase: "Although", not a given name."""
        if word not in self._lowercase:
            lower = word.lower()
            found = lower != word and next(_whole_words(self._text, lower), None) is not None
            self._lowercase[word] = found
        return self._lowercase[word]

    def introduces(self, name: str) -> bool:
        """Whether ``name`` stands mid-sentence, or before a comma or a verb, once (or
        only in quotes: a speaker's words are no headline)."""
        if name not in self._introduces:
            self._introduces[name] = self._first_introduces(name)
        return self._introduces[name]

    def _first_introduces(self, name: str) -> bool:
        seen = False
        for text in (self._text, self._quoted):
            for start in _occurrences(text, name):
                seen = True
                end = start + len(name)
                before = text[max(0, start - 3) : start].rstrip(" ")
                if before and before[-1] not in _OPENS_SENTENCE:
                    return True
                if _APPOSITIVE_AFTER.match(text, end) or is_verb(_word_at(text, end, 1)):
                    return True
            if seen:
                return False  # what the narration says first; quotes only if it is silent
        return False

    def phrase(self, words: str) -> int:
        return self._text.count(words)

    def opens_name(self, phrase: str) -> bool:
        """Whether nothing but punctuation, a verb or an English noun ever stands
        before ``phrase``: a role, a function word or any lowercase Ukrainian word
        makes it a genitive's tail ("Secretary of State Leo", "уряду Німеччини"). Where
        the narration never has it, the quotes and titles say ("…Story of the Real Ada")."""
        for text in (self._text, self._quoted):
            seen = False
            for start in _occurrences(text, phrase):
                seen = True
                before = _word_at(text, start, -1)
                if not before or is_verb(before):
                    continue
                lowercase = before[0].islower() and (
                    before in FUNCTION_WORDS or CYRILLIC.search(before) is not None
                )
                if lowercase or is_role(before):
                    return False
            if seen:
                break
        return True

    def alone(self, word: str) -> bool:
        """A given name is never alone ("Andrii Sybiha", "Andrii Savchuk"); a country
        or a title often is ("Ukraine", "President"): whether ``word`` ever stands as a
        whole word not followed by another name word."""
        if word not in self._alone:
            found = next(_whole_words(self._text, word, _NEXT_NAME), None)
            self._alone[word] = found is not None
        return self._alone[word]


def _runs_by_word(runs: list[str], surnames: set[str]) -> dict[str, list[str]]:
    """The runs that hold each surname as a word, in the order of ``runs``: what
    `_full_names` reads (an article names a hundred people in a thousand runs)."""
    holding: dict[str, list[str]] = {}
    for run in runs:
        for word in {bare(word) for word in run.split(" ")} & surnames:
            holding.setdefault(word, []).append(run)
    return holding


def _full_names(runs: list[str], surname: str, count: _WordCounter) -> tuple[list[str], list[str]]:
    """Everyone's fullest name with ``surname`` from the runs that hold it: one a first
    given name ("Bill Clinton", "Hillary Rodham Clinton"), the default first; the surname
    alone when no given name stands before it. Then the names that may be words opening a
    sentence instead."""
    candidates: list[str] = []
    middle: set[str] = set()  # "Rodham" in "Hillary Rodham Clinton"
    pairs: list[tuple[str, str]] = []  # the two words before the surname in a run
    best = surname
    for run in runs:
        candidate = _fullest_in_run(run, surname, count)
        if candidate is None:
            continue
        if len(candidate) > len(best):
            best = candidate
        candidates.append(candidate)
        in_run = [bare(word) for word in run.split(" ")]
        at = in_run.index(surname)
        if at >= 2:
            pairs.append((_folded(in_run[at - 2]), _folded(in_run[at - 1])))
    if len({name.split(" ", 1)[0] for name in candidates} - {surname}) <= 1:
        return [best], []  # one person: most surnames, at no cost
    fullest: dict[str, str] = {}  # first given name -> the fullest name it opens
    for candidate in candidates:
        words = candidate.split(" ")
        if (
            words[0] != surname
            and words[0].lower() not in REPORTING_VERBS  # a headline's "Says Trump"
            and not count.lowercase(words[0])  # not "Although Rubio"
        ):
            key = _folded(words[0])
            fullest[key] = max(fullest.get(key, ""), candidate, key=len)
    # Only a given name's follower is a middle name: "Marco" in "Hits Marco Rubio" is not.
    named = [name for name in fullest.values() if count.introduces(name)]
    middle.update(_folded(word) for name in named for word in name.split(" ")[1:-1])
    firsts = {_folded(name.split(" ")[0]) for name in named}
    middle.update(second for first, second in pairs if first in firsts)
    # A name that only ever opens a sentence may be a word that does ("Neither Cruz");
    # one the text sets mid-sentence, or gives a role or a verb, is someone's.
    ranked = sorted(
        (name for key, name in fullest.items() if key not in middle),
        key=lambda name: (count.introduces(name), len(name)),
        reverse=True,
    )
    names: list[str] = []  # the first is what a bare surname means by default
    unsure: list[str] = []  # named only where a sentence starts: "Neither Cruz"
    for name in ranked:
        if any(_same_name(name, known) for known in names + unsure):
            continue
        (names if not names or count.introduces(name) else unsure).append(name)
    return names or [best], unsure


def _folded(word: str) -> str:
    """``François`` -> ``Francois``: names are spelt with and without accents."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _same_name(name: str, other: str) -> bool:
    """Whether two full names name one person: one ends the other ("Rodham Clinton",
    "Hillary Rodham Clinton"; "De Blasio", "Bill de Blasio"), or they open with the same
    given name ("Donald Trump", "Donald J. Trump")."""
    words = _folded(name).lower().split(" ")
    others = _folded(other).lower().split(" ")
    shorter, longer = sorted((words, others), key=len)
    return _single(words[0]) == _single(others[0]) or longer[-len(shorter) :] == shorter


def _single(word: str) -> str:
    """``hillary`` -> ``hilary``: one spelling for a doubled letter."""
    return _DOUBLED.sub(r"\1", word)


_DOUBLED = re.compile(r"(.)\1")


# A headline set in capitals joins names with capitalised little words ("Jeb Bush Hits
# Marco Rubio On …", "… Fired Back After …"); a name with its place and role does not
# ("West Palm Beach Police Chief Ada Moss").
_HEADLINE_WORDS = frozenset(
    "On In At To For Of With By From After Over Into About As And Or But Is Are Was Be "
    "Just Back Says Said".split()
)
_PARTICLE = LazyPattern(PARTICLE)


def _fullest_in_run(run: str, surname: str, count: _WordCounter) -> str | None:
    """Given names are the capitalised words that stand before the surname, and only there."""
    words = [bare(w) for w in run.split(" ")]
    if surname not in words:
        return None
    if not _HEADLINE_WORDS.isdisjoint(words[1:]):
        return surname  # a headline: no given names read from it
    position = words.index(surname)
    given: list[str] = []
    follower = surname
    particle = ""
    if position >= 2 and _PARTICLE.fullmatch(words[position - 1]):
        particle = words[position - 1]  # "Kim van Sparrentak"
        position -= 1
    # Initials stand between given names and keep their place: "Harry M. Reid"; not
    # where a sentence may have ended at the point ("at Terminal A. Quist said", "in
    # World War I. Quist told": a word the text also writes in lowercase, or A. or I.).
    plain: list[int] = []
    for number in range(position):
        word = words[number]
        if not _INITIAL.fullmatch(word):
            plain.append(number)
        elif word in ("A.", "I.") or (number and count.lowercase(words[number - 1])):
            plain = []  # the name can only start after this point
    for number in reversed(plain[-2:]):
        word = words[number]
        if not is_name_word(word) or count.alone(word):
            break
        # A second given name always stands before the first ("Juan Carlos"),
        # and opens the name: a genitive follows a role or a lowercase word
        # ("Президент України Володимир", "уряду Німеччини Штеффен", "Secretary of
        # State Leo"); an English occupation does not ("tennis great Billie Jean King").
        if given and (
            count.phrase(word) != count.phrase(f"{word} {follower}")
            or not count.opens_name(f"{word} {follower}")
        ):
            break
        given.insert(0, word)
        follower = word
    if given:
        first = plain[len(plain) - len(given)]
        given = words[first:position]  # with the initials between them
    return " ".join([*given, particle, surname] if given and particle else [*given, surname])


def _role_before(context: str) -> tuple[str, ...]:
    """Role words ending ``context``: ``the NATO Secretary General`` / ``Ukrenergo chairman``."""
    words = list(WORD.finditer(context))[-6:]
    role: list[str] = []
    cursor = len(context)
    for word in reversed(words):
        value = word.group()
        gap = context[word.end() : cursor].strip(" ")
        if cursor == len(context) and gap == "." and value in HONORIFIC_ROLES:
            role.insert(0, HONORIFIC_ROLES[value])  # "Sen. Marco Rubio": a senator
            cursor = word.start()
            continue
        allowed = ("", "'s", "’s", ",") if cursor == len(context) else ("", "'s", "’s")
        if gap not in allowed:
            break
        lower = value.lower()
        # "of", "at", "for" join a role to its place: "coach at Shakhtar", "head of X"
        if lower in FUNCTION_WORDS and lower not in _ROLE_LINKS:
            break
        if not (is_capitalised(value) or lower in ROLE_NOUNS or lower in _ROLE_LINKS):
            break
        role.insert(0, value)
        cursor = word.start()
    while role and role[0].lower() in _ROLE_LINKS:
        role.pop(0)
    return tuple(role) if any(is_role(w) for w in role) else ()


_ROLE_LINKS = frozenset(("of", "at", "for"))


_APPOSITIVE_ROLE = re.compile(r",\s+(?:the\s+|a\s+)?([^,.;:()\"“”«»]{2,60})[,.;]")


def _role_after(text: str, index: int) -> tuple[str, ...]:
    """An appositive role: ``Mark Rutte, the NATO Secretary General,``."""
    match = _APPOSITIVE_ROLE.match(text[index : index + 80])
    if not match:
        return ()
    words = tuple(w.group() for w in WORD.finditer(match.group(1)))
    return words if any(is_role(w) for w in words[:4]) else ()
