"""Speaker attribution: who said each quote, and the words that say so.

The rules follow how news reports speech: a reporting verb beside the quote
(`"…," Rutte said`, `said President Zelensky`), a colon introduction
(`Zelensky supplemented it with a short phrase: "…"`), `according to X`, a
pronoun or a role that points back to a person the article introduced, and a
quote that continues its speaker's paragraph. When none of these holds the
speaker is None: no guessing.

Every scan here is either one pass over the text in a compiled regex, or
bounded to a window beside a quote, so attribution stays linear.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from reader.model.lexicon import (
    ADVERBS,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    INVERTING_VERBS,
    ORGANISATION_NOUNS,
    PHRASAL_PARTICLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    RANK_MODIFIERS,
    REPORTING_VERBS,
    REPORTING_VERBS_UK,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)

_WORD_CHARS = r"[\w'’ʼ\-]"
_WORD = re.compile(rf"[^\W\d_]{_WORD_CHARS}*")
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# A run of capitalised words separated by single spaces: candidate names.
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter)"
# The capital comes first and the look-behind after it: a pattern that opens with a
# character class lets the regex engine skip ahead fast (twice as fast here).
_CAPITALISED_RUN = re.compile(
    rf"[{_UPPER}](?<!{_WORD_CHARS}.){_WORD_CHARS}*(?: (?:{_PARTICLE} )?[{_UPPER}]{_WORD_CHARS}*)*"
)
# What may stand before the subject of a cue after a quote: nothing, an article,
# or a role in apposition ("the guild's president, Ray Dominguez, said").
# Up to four modifiers may open it: "a smiling Clinton", "DoubleLine Capital portfolio
# manager Bonnie Baha".
_SUBJECT_LEAD = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w'’ʼ\-]+\s+){0,4}(?:[\w'’ʼ\- ]{1,60},\s+)?", re.IGNORECASE
)
_ACCORDING = re.compile(r"(?i)\b(?:according to|за словами)\s+")
_ACCORDING_PRONOUN = re.compile(r"(?i)\b(?:according to (him|her)\b|за (його|її) словами)")
# After "said Ukraine", these words show that Ukraine is the subject of a reported
# clause, not of "said".
_PREDICATE_START = re.compile(
    r" (?:had|has|have|was|were|is|are|would|will|could|can|should|must|may|might|did|does|"
    r"do|\w+ed)\b"
)
_LOOK = 120  # how far a subject may sit from its verb, in characters
PRONOUN_REACH = 1500  # characters back a "he" or "she" may point to a named person


def _pronoun_gender(pronoun: str) -> str:
    lower = pronoun.lower()
    if lower in ("he", "him", "his", "він", "його"):
        return "m"
    if lower in ("she", "her", "вона", "її"):
        return "f"
    return ""


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _bare(word: str) -> str:
    """``Rutte's`` -> ``Rutte``."""
    for suffix in ("'s", "’s", "ʼs"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _is_verb(word: str) -> bool:
    """A reporting verb as a verb is written: "States" and "Notes" are names or nouns."""
    return word in REPORTING_VERBS


def name_gap(text: str, left: re.Match[str], right_start: int) -> bool:
    """Whether the words ``left`` and the one at ``right_start`` belong to one name:
    only a space or a hyphen between them, or the dot of an honorific or an initial
    ("Mr. Rove", "Sen. Tom Carper", "George W. Bush")."""
    gap = text[left.end() : right_start]
    if gap.strip(" ") in ("", "-"):
        return True
    word = left.group()
    initial = len(word) == 1 and word.isupper()
    return (gap == ". " and (word in HONORIFICS or initial)) or (gap == "." and initial)


def is_role(word: str) -> bool:
    return word.lower() in ROLE_NOUNS


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    lower = word.lower()
    return (
        is_capitalised(word)
        and lower not in ROLE_NOUNS
        and lower not in FUNCTION_WORDS
        and lower not in PRONOUNS
        and lower not in PLURAL_PRONOUNS
        and not (word.isupper() and len(word) > 1)  # an acronym: NATO, EU
        and _bare(word) not in CALENDAR_WORDS
    )


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class Mention:
    """Words that refer to a person: a pronoun, a name, or a role ('the minister')."""

    kind: str  # "pronoun" | "name" | "role" | "organisation" | "unnamed" ("a spokesman")
    words: tuple[str, ...]
    start: int
    end: int


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class Attribution:
    speaker: str | None
    cue: str | None


_OFFSET = operator.itemgetter(0)


@dataclass
class People:
    """The people an article names: full names, where each is mentioned, their roles."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest name
    roles: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    _offsets: list[int] = field(default_factory=list)  # every mention, sorted
    _names: list[str | None] = field(default_factory=list)  # None: someone unnamed
    _by_name: dict[str, list[int]] = field(default_factory=dict)
    # Speakers of the quotes attributed so far: they come in reading order, so
    # they are appended here rather than inserted into the long lists above.
    _said_offsets: list[int] = field(default_factory=list)
    _said_names: list[str] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f"
    # "group" -> [(offset, "NJJ Capital")]: organisations as the article introduced them
    organisations: dict[str, list[tuple[int, str]]] | None = None
    text: str = ""
    _role_holders: dict[tuple[str, ...], list[str]] = field(default_factory=dict)

    def add_mentions(self, mentions: list[tuple[int, str | None]]) -> None:
        """Add many mentions at once (one sort, not one insertion each)."""
        merged = sorted([*zip(self._offsets, self._names, strict=True), *mentions], key=_OFFSET)
        self._offsets = [offset for offset, _ in merged]
        self._names = [name for _, name in merged]
        touched: set[str] = set()
        for offset, name in mentions:
            if name is not None:
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
        wanted = _pronoun_gender(pronoun)
        offsets, said = self._offsets, self._said_offsets
        index = bisect.bisect_left(offsets, offset) - 1
        spoken = bisect.bisect_left(said, offset) - 1
        name: str | None
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
            if name is None or not wanted or self.genders.get(name, wanted) == wanted:
                return name
        return None

    def _last_offset(self, name: str, before: int) -> int:
        offsets = self._by_name.get(name, [])
        index = bisect.bisect_left(offsets, before) - 1
        return offsets[index] if index >= 0 else -1

    def resolve_name(self, words: tuple[str, ...]) -> str | None:
        """``President Zelensky`` -> ``Volodymyr Zelensky``; an unknown name as written."""
        name: list[str] = []
        for word in reversed(words):  # the name is the words after any role
            if name and (word in HONORIFICS or _bare(word) != word):
                break  # "New Jersey Gov. Chris Christie", "Florida's Rick Wilson"
            if not is_name_word(word):
                if name:
                    break
                continue
            name.insert(0, _bare(word))
        if not name or all(len(word) == 1 for word in name):
            return None  # no name, or only initials: "F.A.A.", "N.H."
        stored = self.full_names.get(name[-1])
        if stored is None or len(name) > len(stored.split(" ")):
            return " ".join(name)  # an organisation, or a fuller form than the index has
        return stored

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
        return self._named_like(noun, before)

    def _named_like(self, noun: str, before: int) -> str | None:
        """The last name before ``before`` that ends in ``noun``: "the bank" after
        "Oschadbank" or "the National Bank"."""
        word = rf"[{_UPPER}][\w'’ʼ\-]*"
        compound = rf"[{_UPPER}][\w'’ʼ\-]*?{re.escape(noun.lower())}"  # Oschadbank
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
        if not fitting:
            wanted = wanted & ROLE_NOUNS
            fitting = [name for name, role in self.roles.items() if wanted <= role]
        # "the governor" is the governor, not the deputy governor.
        plain = [name for name in fitting if not (self.roles[name] - wanted) & RANK_MODIFIERS]
        return plain or fitting


# ---------------------------------------------------------------- words near a point


def _words_before(text: str, floor: int, index: int, limit: int = 8) -> list[re.Match[str]]:
    window_start = max(floor, index - _LOOK)
    words = list(_WORD.finditer(text, window_start, index))
    if words and window_start > floor and words[0].start() == window_start:
        words = words[1:]  # cut in half by the window
    return words[-limit:]


def verbs_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for word in _WORD.finditer(text, start, end):
        if _is_verb(word.group()):
            yield word


def _verb_end(text: str, verb: re.Match[str], ceiling: int) -> int | None:
    """Where the reporting verb ends (after its particle), None if it needs one it lacks."""
    particle = PHRASAL_PARTICLES.get(verb.group().lower())
    if particle is None:
        return verb.end()
    following = re.match(rf"\s+{particle}\b", text[verb.end() : ceiling])
    return verb.end() + following.end() if following else None


def mention_before(text: str, floor: int, index: int) -> Mention | None:
    """The subject that ends just before ``index`` (``Rutte`` in ``Rutte said``)."""
    when = _TIME_BEFORE_VERB.search(text, max(floor, index - 40), index)
    if when is not None:
        index = when.start()  # "Feinstein last week said", "Brown at the time said"
    words = _words_before(text, floor, index)
    limit = index
    while words and words[-1].group().lower() in ADVERBS:
        if text[words[-1].end() : limit].strip():
            break
        limit = words.pop().start()  # "Rutte also said"
    # Only spaces, or the comma closing an appositive ("spokeswoman, Maria
    # Tsaturian, told"), may stand between the subject and the verb.
    if not words:
        return None
    gap = text[words[-1].end() : limit].strip()
    if gap not in ("", ","):
        return None
    last = words[-1].group()
    if last.lower() in PRONOUNS:
        return Mention("pronoun", (last,), words[-1].start(), words[-1].end())
    organisation = _organisation_before(text, words)
    if organisation is not None:
        return organisation
    run = [words[-1]]
    for word in reversed(words[:-1]):
        if not name_gap(text, word, run[0].start()):
            break
        value = word.group()
        if (
            is_capitalised(value)
            or is_role(value)
            or (value == "of" and is_capitalised(run[0].group()))
        ):
            run.insert(0, word)
            continue
        break
    while run and run[0].group().lower() in FUNCTION_WORDS:
        run.pop(0)
    if not run:  # "Hunter, meanwhile, told"
        return _before_parenthetical(text, floor, words[-1].end()) if gap == "," else None
    if gap == "," and not text[floor : run[0].start()].rstrip().endswith(","):
        return _before_parenthetical(text, floor, words[-1].end())
    if gap == "," and run[0].group()[0].islower():
        # "Martin Sion, chief executive of ArianeGroup, admitted": the role is in
        # apposition; the subject is the name before it.
        named = _before_parenthetical(text, floor, words[-1].end())
        if named is not None:
            return named
    texts = tuple(m.group() for m in run)
    if is_name_word(last):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if is_role(last):
        if texts[0].lower() in _INDEFINITES or _INDEFINITE_BEFORE.search(
            text, max(floor, run[0].start() - 40), run[0].start()
        ):
            return Mention("unnamed", texts, run[0].start(), run[-1].end())  # "one aide"
        return Mention("role", texts, run[0].start(), run[-1].end())
    return None


_INDEFINITES = frozenset(("a", "an", "one", "another"))
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w'’\-]+){0,3} $")


_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_BEFORE_VERB = re.compile(
    rf" (?:(?:on )?(?:{_WEEKDAYS})(?: (?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier this|later that|that) (?:week|month|year|night|morning|evening)"
    r"|at the time|in a statement|in an interview|in (?:a|an) e-?mail|on Twitter) ?$"
)
# A short aside after a subject: ", speaking in Kharkiv," / ", chief strategist at IG
# Ltd.," / ", Sanders' campaign manager,"; a dot only where no sentence ends.
_PARENTHETICAL = re.compile(
    r",\s+(?:[A-Z][\w\-]*(?:'|’|'s|’s) )?[a-zа-яіїєґ](?:[^,;:!?\"“”«».]|\.(?! [A-Z])){0,100}$"
)


def _before_parenthetical(text: str, floor: int, comma: int) -> Mention | None:
    """``Zelensky, speaking in Kharkiv, said``: the subject before a short aside."""
    aside = _PARENTHETICAL.search(text, max(floor, comma - 130), comma)
    if aside is None:
        return None
    mention = mention_before(text, floor, aside.start())
    return mention if mention is not None and mention.end == aside.start() else None


def _organisation_before(text: str, words: list[re.Match[str]]) -> Mention | None:
    """``the group`` / ``the Turkish-French group`` as a subject."""
    last = words[-1]
    if last.group() not in ORGANISATION_NOUNS:  # lowercase only: "Agency" is a name's
        return None
    for word in reversed(words[-4:-1]):
        if word.group().lower() == "the":
            return Mention("organisation", (last.group(),), word.start(), last.end())
    return None


def _starts_predicate(text: str, index: int) -> bool:
    return _PREDICATE_START.match(text, index) is not None


def _inverts(verb: str) -> bool:
    """Whether the verb takes its subject after it ("said Rutte"); "called X" names
    an object instead."""
    return verb.lower() in INVERTING_VERBS


# What may open a sentence before its subject: a connective, a time or place phrase.
SENTENCE_OPENER = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|Later|Instead|Now|Earlier|Then|Also|However|"
    r"Indeed|Separately|Previously|Afterward|Afterwards|Last|Finally)\b,?\s+)?"
    r"(?:(?:On|In|At|During|After|Before|Last|This|Earlier|Later|By|Since|Speaking|Asked|"
    r"Following|Like|Unlike|As|When|While|Over|For|Without)\b[^,.;:\"“”«»]{0,70},\s+)?"
)


def _sentence_subject(text: str, start: int, index: int) -> Mention | None:
    """The name that opens the sentence (for ``…, saying`` and ``…, adding``)."""
    opener = SENTENCE_OPENER.match(text, start, index)
    start = opener.end() if opener else start
    words = list(_WORD.finditer(text, start, min(index, start + _LOOK)))[:6]
    run: list[re.Match[str]] = []
    for word in words:
        value = word.group()
        if not run and value.lower() in ("the", "a"):
            continue
        if (is_capitalised(value) or is_role(value)) and (
            not run or not text[run[-1].end() : word.start()].strip()
        ):
            run.append(word)
            continue
        break
    texts = tuple(m.group() for m in run)
    if any(is_name_word(t) for t in texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    return None


def _ends_subject(word: str) -> bool:
    return word != "of" and (is_capitalised(word) or is_role(word))


def mention_after(text: str, index: int, ceiling: int) -> Mention | None:
    """The subject that starts just after ``index`` (``said President Zelensky``)."""
    words = list(_WORD.finditer(text, index, min(ceiling, index + _LOOK)))[:8]
    if not words or text[index : words[0].start()].strip():
        return None
    first = words[0].group()
    if first.lower() in PRONOUNS:
        return Mention("pronoun", (first,), words[0].start(), words[0].end())
    indefinite = first.lower() in ("a", "an", "one", "another")
    skip = 1 if indefinite or first.lower() in ("the", "his", "her", "their", "its", "our") else 0
    run: list[re.Match[str]] = []
    previous: re.Match[str] | None = words[0] if skip else None
    modifiers = 0  # lowercase words before a role: "said telecom analyst Yurii Shcherbyna"
    for word in words[skip:]:
        if previous is None:
            if text[index : word.start()].strip(" "):
                break
        elif not name_gap(text, previous, word.start()):
            break
        value = word.group()
        lower = value.lower()
        if value == "of" and any(is_name_word(m.group()) for m in run):
            break  # "Ivan Moisienko of Kherson University": the name has ended
        if is_capitalised(value) or is_role(value) or (run and value == "of"):
            run.append(word)
        elif modifiers < 2 and lower not in FUNCTION_WORDS and not _is_verb(value):
            modifiers += 1
            run.append(word)
        else:
            break
        previous = word
    while run and not _ends_subject(run[-1].group()):
        run.pop()
    if run and _starts_predicate(text, run[-1].end()):
        return None  # "said Ukraine had accepted": a reported clause, not a subject
    texts = tuple(m.group() for m in run)
    if any(is_name_word(t) for t in texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if any(is_role(t) for t in texts):
        named = _NAME_AFTER_ROLE.match(text, run[-1].end(), min(ceiling, run[-1].end() + 120))
        if named is not None:  # "said a spokeswoman for the hotels, Jennifer Rodstrom."
            name = tuple(named.group(1).split())
            return Mention("name", name, named.start(1), named.end(1))
        kind = "unnamed" if indefinite else "role"  # "said a longtime adviser"
        return Mention(kind, texts, run[0].start(), run[-1].end())
    return None


# The name in apposition after a role: "…, Jennifer Rodstrom." / "…, Bruce Turry, who".
_NAME_AFTER_ROLE = re.compile(
    r"[^,.;:!?\"“”«»]{0,80}, ((?:[A-Z][\w'’\-]+|[A-Z]\.)(?: (?:[A-Z][\w'’\-]+|[A-Z]\.)){1,3})"
    r"(?=[,.;:!?]|$)"
)


# ---------------------------------------------------------------- the article's people


def find_people(text: str, quoted: Sequence[tuple[int, int]] = ()) -> People:
    """Index the people an article names, from reporting cues and role-name pairs.

    ``quoted`` spans are speakers' own words: how they call people ("Pete is
    right") does not count when telling given names from other words.
    """
    people = People()
    runs = list(_CAPITALISED_RUN.finditer(text))
    narration = _narration(text, quoted)
    counts = _WordCounter(narration)
    surnames, distinct_runs = _surnames(text, runs, counts)
    for surname in sorted(surnames):
        people.full_names[surname] = _fullest_name(distinct_runs, surname, counts)
    role_cache: dict[str, tuple[str, ...]] = {}
    mentions: list[tuple[int, str | None]] = [(offset, None) for offset in _unnamed_people(text)]
    for surname, full in people.full_names.items():
        given = full[: -len(surname)]
        for number, at in enumerate(_whole_word_positions(text, surname)):
            mentions.append((at, full))
            if number >= _ROLE_SAMPLES:
                continue  # roles are given when people are introduced, early on
            name_start = at
            if given and text[name_start - len(given) : name_start] == given:
                name_start -= len(given)
            context = text[max(0, name_start - 60) : name_start]
            if context not in role_cache:
                role_cache[context] = _role_before(context)
            role = role_cache[context] or _role_after(text, at + len(surname))
            if role:
                people.roles.setdefault(full, set()).update(w.lower() for w in role)
    if "all sign" in text or "allsign" in text or "позивн" in text:
        for match in re.finditer(_CALL_SIGN, text):
            people.full_names.setdefault(match.group(1), match.group(1))
            mentions.append((match.start(1), match.group(1)))
    people.add_mentions(mentions)
    people.add_mentions(list(_role_mentions(text, people)))
    people.genders = _genders(narration, people)
    people.text = text
    return people


def _whole_word(word: str, then: str = "") -> re.Pattern[str]:
    """``word`` as a whole word, followed by ``then``. The word itself comes first and
    the look-behind after it, so that the regex engine searches for it fast."""
    escaped = re.escape(word)
    return re.compile(rf"{escaped}(?<![\w'’ʼ\-]{escaped})(?![\w\-]){then}")


def _whole_word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word."""
    return [match.start() for match in _whole_word(word).finditer(text)]


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
_MASCULINE = re.compile(r"\b(?:he|his|himself|він)\b", re.IGNORECASE)
_FEMININE = re.compile(r"\b(?:she|herself|вона)\b", re.IGNORECASE)


def _genders(text: str, people: People) -> dict[str, str]:
    """A person's gender, where the pronouns after their mentions agree on it."""
    votes: dict[str, list[int]] = {}
    sampled: dict[str, int] = {}
    offsets, names = people._offsets, people._names
    for index, (offset, name) in enumerate(zip(offsets, names, strict=True)):
        if name is None or sampled.get(name, 0) >= _GENDER_SAMPLES:
            continue
        sampled[name] = sampled.get(name, 0) + 1
        stop = offsets[index + 1] if index + 1 < len(offsets) else len(text)
        window = text[offset : min(stop, offset + 150)].split("\n", 1)[0]
        tally = votes.setdefault(name, [0, 0])
        tally[0] += len(_MASCULINE.findall(window))
        tally[1] += len(_FEMININE.findall(window))
        # Ukrainian past tense agrees with its subject: "заявив Терехов", "сказала Коваль".
        before = text[max(0, offset - 20) : offset].split()
        for verb in before[-1:] + window.split()[1:2]:
            if verb in REPORTING_VERBS_UK and verb.endswith("ла"):
                tally[1] += 2
            elif verb in REPORTING_VERBS_UK and verb.endswith("в"):
                tally[0] += 2
    genders: dict[str, str] = {}
    for name, (masculine, feminine) in votes.items():
        if masculine >= 2 * feminine + 1:
            genders[name] = "m"
        elif feminine >= 2 * masculine + 1:
            genders[name] = "f"
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


# Patterns few articles need, compiled (by `re`'s cache) on first use, not at start-up.
_ORGANISATION_INTRO = (
    r"\b(" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\s+"
    r"(?:\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”|«([^»\n]{2,60})»"
    rf"|([{_UPPER}][\w'’ʼ\-]*(?: [{_UPPER}][\w'’ʼ\-]*){{0,4}}))"
)
_CALL_SIGN = rf"(?:[Cc]all ?sign|позивн\w*)\s+[«\"“]?([{_UPPER}][\w'’ʼ\-]+)[»\"”]?"
_NEXT_NAME = re.compile(rf" (?:{_PARTICLE} )?[{_UPPER}]")
_PERSON_LOOKS = 60  # occurrences of a name read for evidence that it is a person
_ROLE_SAMPLES = 40  # mentions of a person read for their role
_GENDER_SAMPLES = 40  # mentions of a person read for the pronouns that follow
_AGE = re.compile(r", \d{1,3},")
# "one", "a", "an", "another" after a space, a bracket or a quotation mark; the
# letter first, so that the regex engine can skip ahead fast.
_INDEFINITE = re.compile(r"[OoAa](?<=[\s(\"“«].)(?:(?<=[Oo])ne|(?<=[Aa])(?:nother|n)?)\s+")


def _unnamed_people(text: str) -> Iterator[int]:
    """Where the text brings in someone it does not name: ``one fan``, ``a local woman``."""
    words = _WORD.findall
    for article in _INDEFINITE.finditer(text):
        for word in words(text, article.end(), article.end() + 40)[:3]:
            if word.lower() in UNNAMED_PERSON_NOUNS:
                yield article.start()
                break


def _surnames(
    text: str, runs: list[re.Match[str]], counts: _WordCounter
) -> tuple[set[str], list[str]]:
    """Last names of the people the text has speak, or names with a role; and the
    distinct runs, in the order they first appear."""
    found: set[str] = set()
    judged: set[tuple[str, str, str]] = set()
    names: dict[str, tuple[list[str], str]] = {}  # run -> name words, surname (runs repeat)
    looked: dict[str, int] = {}  # how often each run was looked at without evidence
    settled: set[str] = set()  # runs not to be read again: no name, a known person, read enough
    for run in runs:
        value = run.group()
        if value in settled:
            continue
        known = names.get(value)
        if known is None:
            words = [w for w in value.split(" ") if is_name_word(w)]
            known = names[value] = (words, _bare(words[-1]) if words else "")
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
            or _is_verb(after)
            or _is_verb(before)
            or is_role(before)
            or is_role(_word_before_comma(text, run.start()))  # "her lawyer, Peter Ivanov"
            or _appositive_role(text, run.start())  # "The chair of the Alliance, Cedric Schuster"
            or _role_after(text, run.end())  # "Anna Sokolova, a journalist,"
            or _AGE.match(text, run.end())  # "Margaret Hall, 82,"
            or text.startswith((", who ", ", який ", ", яка "), run.end())  # "Dudnyk, who grows"
            or (  # "welder Inna Moroz", "biologist Ivan Moisienko": an occupation, a name
                len(name) >= 2
                and before[:1].islower()
                and before.lower() not in _PLACE_PREPOSITIONS
                and before.lower() not in FUNCTION_WORDS
                and not _is_verb(before)
                and not counts.alone(name[0])  # a given name, not "visited Kyiv Oblast"
            )
            or (  # "Richard Alden hid losses, and his lawyer": not "from Nova Kakhovka"
                len(name) >= 2
                and before.lower() not in _PLACE_PREPOSITIONS
                and _pronoun_follows(text, run.end())
            )
            or (  # "His publisher, Mariana Savka, says"
                text[max(0, run.start() - 2) : run.start()] == ", "
                and _is_verb(_word_after_comma(text, run.end()))
            )
        ):
            found.add(surname)
    return found, list(names)


_WORD_AFTER = re.compile(r" *([\w'’ʼ\-]*)")


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
    return len(words) <= 8 and any(is_role(_bare(w)) for w in words)


_PERSONAL_PRONOUN = re.compile(
    rf"[^{_UPPER}.!?]{{0,60}}?\b(?:he|his|him|she|her|він|його|вона|її)\b"
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


class _WordCounter:
    """How often a word stands alone, not followed by another capitalised word."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._alone: dict[str, int] = {}

    def phrase(self, words: str) -> int:
        return self._text.count(words)

    def opens_name(self, phrase: str) -> bool:
        """Whether nothing but punctuation or a verb ever stands before ``phrase``."""
        for match in re.finditer(re.escape(phrase), self._text):
            before = _word_at(self._text, match.start(), -1)
            if before and (before[0].islower() or is_role(before)) and not _is_verb(before):
                return False
        return True

    def alone(self, word: str) -> int:
        """A given name is never alone ("Andrii Sybiha", "Andrii Savchuk"); a country
        or a title often is ("Ukraine", "President"): how often ``word`` stands as a
        whole word not followed by another name word."""
        if word not in self._alone:
            alone = _whole_word(word, rf"(?!{_NEXT_NAME.pattern})")
            self._alone[word] = len(alone.findall(self._text))
        return self._alone[word]


def _fullest_name(runs: list[str], surname: str, count: _WordCounter) -> str:
    """Given names are the capitalised words that stand before the surname, and only there."""
    best = surname
    for run in runs:
        words = [_bare(w) for w in run.split(" ")]
        if surname not in words:
            continue
        position = words.index(surname)
        given: list[str] = []
        follower = surname
        particle = ""
        if position >= 2 and re.fullmatch(_PARTICLE, words[position - 1]):
            particle = words[position - 1]  # "Kim van Sparrentak"
            position -= 1
        for word in reversed(words[max(0, position - 2) : position]):
            if not is_name_word(word) or count.alone(word):
                break
            # A second given name always stands before the first ("Juan Carlos"),
            # and opens the name: a genitive ("Президент України Володимир",
            # "уряду Німеччини Штеффен") follows a role or a lowercase word.
            if given and (
                count.phrase(word) != count.phrase(f"{word} {follower}")
                or not count.opens_name(f"{word} {follower}")
            ):
                break
            given.insert(0, word)
            follower = word
        candidate = " ".join(
            [*given, particle, surname] if given and particle else [*given, surname]
        )
        if len(candidate) > len(best):
            best = candidate
    return best


def _role_before(context: str) -> tuple[str, ...]:
    """Role words ending ``context``: ``the NATO Secretary General`` / ``Ukrenergo chairman``."""
    words = list(_WORD.finditer(context))[-6:]
    role: list[str] = []
    cursor = len(context)
    for word in reversed(words):
        value = word.group()
        gap = context[word.end() : cursor].strip(" ")
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


def _role_after(text: str, index: int) -> tuple[str, ...]:
    """An appositive role: ``Mark Rutte, the NATO Secretary General,``."""
    match = re.match(r",\s+(?:the\s+|a\s+)?([^,.;:()\"“”«»]{2,60})[,.;]", text[index : index + 80])
    if not match:
        return ()
    words = tuple(w.group() for w in _WORD.finditer(match.group(1)))
    return words if any(is_role(w) for w in words[:4]) else ()


# ---------------------------------------------------------------- cues


def resolve(people: People, mention: Mention | None, before: int) -> str | None:
    if mention is None:
        return None
    if mention.kind == "unnamed":
        return None  # "a Pentagon spokesman": this corpus leaves such speakers empty
    if mention.kind == "pronoun":  # whom "he" means is read from where "he" stands
        return people.last_before(min(before, mention.start), mention.words[0])
    if mention.kind == "role":
        return people.resolve_role(mention.words, before)
    if mention.kind == "organisation":
        return people.resolve_organisation(mention.words[0], before)
    return people.resolve_name(mention.words)


def _cue_text(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


_LEAD = re.compile(r"[\s,.!?…—–-]*")


def _closes_sentence(text: str, end: int) -> bool:
    """Whether the quote ending at ``end`` closes its sentence: a point inside its marks."""
    inner = text[max(0, end - 4) : end].rstrip("\"'”’»")
    return inner.endswith(".")


def _introduces(text: str, verb_end: int) -> bool:
    """Whether a colon follows the cue (``said:``): it introduces what comes next."""
    return text[verb_end : verb_end + 30].lstrip(" ").startswith(":") or bool(
        _COLON_SOON.match(text, verb_end)
    )


_COLON_SOON = re.compile(r"[^.;:!?\"“”]{0,40}:")


def cue_after(text: str, people: People, index: int, ceiling: int, at: int) -> Attribution | None:
    """`"…," Rutte said` / `"…," said President Zelensky` / `"…," the minister added`."""
    lead = _LEAD.match(text, index, ceiling)
    position = lead.end() if lead else index
    if lead and any(mark in lead.group() for mark in ".!?"):
        return None  # the quote's sentence ended: what follows is another sentence
    first = _WORD.match(text, position, ceiling)
    if first is not None and _is_verb(first.group()) and _inverts(first.group()):
        verb_end = _verb_end(text, first, ceiling)
        if verb_end is not None:
            mention = mention_after(text, verb_end, ceiling)
            speaker = resolve(people, mention, at)
            if mention is not None and (speaker is not None or mention.kind == "unnamed"):
                return Attribution(speaker, _cue_text(text, first.start(), mention.end))
    according = _ACCORDING.match(text, position, ceiling)
    if according is not None:  # "…", according to Bilan
        mention = mention_after(text, according.end(), ceiling)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            return Attribution(speaker, _cue_text(text, according.start(), mention.end))
    verb = next(verbs_in(text, position, min(ceiling, position + 100)), None)
    if verb is None:
        return None
    mention = mention_before(text, position, verb.start())
    verb_end = _verb_end(text, verb, ceiling)
    if verb_end is not None and _closes_sentence(text, index) and _introduces(text, verb_end):
        return None  # `"…." Mr. Zahed said: "…"`: the cue belongs to the next quote
    if (
        mention is not None
        and verb_end is not None
        and _SUBJECT_LEAD.fullmatch(text, position, mention.start)
    ):
        speaker = resolve(people, mention, at)
        if speaker is not None or mention.kind in ("pronoun", "unnamed"):
            # "he said" right after an unnamed person ("one detainee") decides
            # too: the speaker is someone the article does not name.
            return Attribution(speaker, _cue_text(text, position, verb_end))
    return _cue_after_asides(text, people, position, ceiling, at)


# Where a sentence ends inside a clause: a point before a capital, not after an initial.
_CLAUSE_END = re.compile(r"(?<![\s.][A-Z])[.!?](?=\s+[A-Z\"“])|[\"“”«»]")


def _cue_after_asides(
    text: str, people: People, position: int, ceiling: int, at: int
) -> Attribution | None:
    """The clause after a quote names its speaker first, then asides, then the verb:
    `"…," Harry Bond, 30, of Raleigh, who was polled, said` / `"…" for X, said Kunin`."""
    reach = min(ceiling, position + 220)
    clause_end = _CLAUSE_END.search(text, position, reach)
    reach = clause_end.start() if clause_end else reach
    for verb in verbs_in(text, position, reach):
        if text[max(position, verb.start() - 2) : verb.start()] != ", ":
            continue
        verb_end = _verb_end(text, verb, ceiling)
        if verb_end is None:
            continue
        subject = mention_after(text, position, verb.start())
        if subject is not None and subject.kind == "name" and text[subject.end] == ",":
            speaker = resolve(people, subject, at)
            if speaker is not None:
                return Attribution(speaker, _cue_text(text, subject.start, verb_end))
        if _inverts(verb.group()):
            named = mention_after(text, verb_end, ceiling)
            if named is not None and named.kind == "name":
                speaker = resolve(people, named, at)
                if speaker is not None:
                    return Attribution(speaker, _cue_text(text, verb.start(), named.end))
    return None


# "with some warning", "others saying": the participle has a subject of its own.
_QUANTIFIER_BEFORE = re.compile(r"\b(?:some|many|others|several|most|few|both|one|all) $")


def cue_within(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """The last reporting clause in ``text[start:end]`` that names a person."""
    found: Attribution | None = None
    for verb in verbs_in(text, start, end):
        verb_end = _verb_end(text, verb, end)
        if verb_end is None:
            continue
        mention = mention_before(text, start, verb.start())
        if mention is None and _inverts(verb.group()):
            mention = mention_after(text, verb_end, end)
            cue_start, cue_end = verb.start(), mention.end if mention else verb_end
        elif (
            mention is None
            and verb.group().endswith("ing")
            and not _QUANTIFIER_BEFORE.search(text, max(start, verb.start() - 12), verb.start())
        ):
            mention = _sentence_subject(text, start, verb.start())  # "…, saying"
            cue_start, cue_end = (mention.start if mention else verb.start()), verb_end
        else:
            cue_start, cue_end = (mention.start if mention else verb.start()), verb_end
        speaker = resolve(people, mention, at)
        if speaker is not None:
            found = Attribution(speaker, _cue_text(text, cue_start, cue_end))
    for according in _ACCORDING_PRONOUN.finditer(text, start, end):
        speaker = people.last_before(according.start())
        if speaker is not None:
            found = Attribution(speaker, _cue_text(text, according.start(), according.end()))
    for according in _ACCORDING.finditer(text, start, end):
        mention = mention_after(text, according.end(), end)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            found = Attribution(speaker, _cue_text(text, according.start(), mention.end))
    return found


def colon_intro(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """``Zelensky supplemented it with a short phrase:`` names the speaker of what follows."""
    if not text[start:end].rstrip().endswith(":"):
        return None
    explicit = cue_within(text, people, start, end, at)
    if explicit is not None:
        return explicit
    # A name in the clause decides before a pronoun does ("Asked what he expects,
    # Zhadan was careful:").
    pronoun: re.Match[str] | None = None
    for word in _WORD.finditer(text, start, end):
        value = word.group()
        if _bare(value) in people.full_names:
            return Attribution(people.full_names[_bare(value)], _cue_text(text, start, end))
        if pronoun is None and value.lower() in PRONOUNS:
            pronoun = word
    if pronoun is not None:
        speaker = people.last_before(pronoun.start())
        if speaker is not None:
            return Attribution(speaker, _cue_text(text, start, end))
    return None
