"""Speaker attribution: who said each quote, and the words that say so.

The rules follow how news reports speech: a reporting verb beside the quote
(`"…," Rutte said`, `said President Zelensky`), a colon introduction
(`Zelensky supplemented it with a short phrase: "…"`), `according to X`, a
pronoun or a role that points back to a person the article introduced, and a
quote that continues its speaker's paragraph. When none of these holds the
speaker is None: no guessing.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

_VERBS_EN = [
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "told",
    "tells",
    "explained",
    "explains",
    "wrote",
    "writes",
    "warned",
    "warns",
    "asked",
    "asks",
    "insisted",
    "insists",
    "recalled",
    "recalls",
    "reported",
    "reports",
    "stated",
    "states",
    "declared",
    "declares",
    "announced",
    "announces",
    "claimed",
    "claims",
    "argued",
    "argues",
    "continued",
    "continues",
    "replied",
    "replies",
    "answered",
    "answers",
    "commented",
    "comments",
    "concluded",
    "concludes",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "urged",
    "urges",
    "suggested",
    "suggests",
    "tweeted",
    "posted",
    "supplemented",
    "assured",
    "assures",
    "promised",
    "promises",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "responded",
    "responds",
    "cautioned",
    "cautions",
    "remarked",
    "remarks",
    "observed",
    "observes",
    "joked",
    "jokes",
    "complained",
    "complains",
    "predicted",
    "predicts",
    "vowed",
    "vows",
    "shouted",
    "agreed",
    "agrees",
    "objected",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "highlighted",
    "highlights",
    "repeated",
    "repeats",
    "reiterated",
    "reiterates",
    "clarified",
    "clarifies",
    "specified",
    "mentioned",
    "mentions",
    "wondered",
    "wonders",
    "quipped",
    "conceded",
    "concedes",
    "countered",
    "retorted",
    "lamented",
    "laments",
    "boasted",
    "testified",
    "recounted",
    "recounts",
    "described",
    "describes",
    "believes",
    "thinks",
    "added",
    "announced",
    "went",
    "pointed",
    "summed",
]
_VERBS_UK = [
    "сказав",
    "сказала",
    "сказали",
    "каже",
    "кажуть",
    "заявив",
    "заявила",
    "заявили",
    "заявляє",
    "додав",
    "додала",
    "додали",
    "зазначив",
    "зазначила",
    "зазначили",
    "зазначає",
    "наголосив",
    "наголосила",
    "наголосили",
    "наголошує",
    "підкреслив",
    "підкреслила",
    "підкреслили",
    "пояснив",
    "пояснила",
    "пояснили",
    "написав",
    "написала",
    "написали",
    "пише",
    "повідомив",
    "повідомила",
    "повідомили",
    "повідомляє",
    "розповів",
    "розповіла",
    "розповіли",
    "розповідає",
    "говорить",
    "відповів",
    "відповіла",
    "відповіли",
    "вважає",
    "запевнив",
    "запевнила",
    "нагадав",
    "нагадала",
    "зауважив",
    "зауважила",
    "уточнив",
    "уточнила",
    "визнав",
    "визнала",
    "спитав",
    "спитала",
    "запитав",
    "запитала",
]
REPORTING_VERBS = frozenset(_VERBS_EN + _VERBS_UK)
_PHRASAL = {"went": "on", "pointed": "out", "summed": "up"}

PRONOUNS = frozenset(["he", "she", "він", "вона"])
_PLURAL_PRONOUNS = frozenset(["they", "we", "it", "i", "you", "вони", "ми", "воно", "я"])

ROLE_NOUNS = frozenset(
    [
        "president",
        "vice-president",
        "prime",
        "minister",
        "secretary",
        "general",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "director",
        "ceo",
        "chief",
        "mayor",
        "governor",
        "commander",
        "senator",
        "ambassador",
        "adviser",
        "advisor",
        "deputy",
        "official",
        "officer",
        "analyst",
        "expert",
        "professor",
        "researcher",
        "economist",
        "lawyer",
        "attorney",
        "judge",
        "prosecutor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "envoy",
        "representative",
        "speaker",
        "leader",
        "founder",
        "manager",
        "editor",
        "correspondent",
        "colonel",
        "general",
        "admiral",
        "captain",
        "lieutenant",
        "sergeant",
        "doctor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "pope",
        "bishop",
        "commissioner",
        "ombudsman",
        "candidate",
        "mp",
        "congressman",
        "congresswoman",
        "activist",
        "witness",
        "resident",
        "survivor",
        "soldier",
        "volunteer",
        "coach",
        "member",
        "scientist",
        "author",
        "президент",
        "прем'єр-міністр",
        "прем’єр-міністр",
        "міністр",
        "голова",
        "речник",
        "речниця",
        "керівник",
        "директор",
        "мер",
        "губернатор",
        "командувач",
        "посол",
        "радник",
        "заступник",
        "експерт",
        "аналітик",
        "генсек",
        "генеральний",
        "секретар",
    ]
)
_STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "by",
        "from",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "however",
        "but",
        "also",
        "then",
        "later",
        "meanwhile",
        "still",
        "yet",
        "as",
        "while",
        "when",
        "after",
        "before",
        "since",
        "if",
        "україни",
    ]
)
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "however",
        "but",
        "and",
        "so",
        "meanwhile",
        "still",
        "yet",
        "as",
        "while",
        "when",
        "after",
        "before",
        "since",
        "if",
        "at",
        "in",
        "on",
        "for",
        "this",
        "that",
        "these",
        "those",
        "there",
        "then",
        "also",
        "moreover",
        "later",
        "earlier",
        "today",
        "yesterday",
    ]
)
_ADVERBS = frozenset(
    [
        "also",
        "then",
        "later",
        "further",
        "again",
        "once",
        "previously",
        "earlier",
        "repeatedly",
        "recently",
        "has",
        "had",
        "have",
        "was",
        "is",
        "has",
        "also",
        "firmly",
        "publicly",
        "reportedly",
        "openly",
        "only",
        "just",
    ]
)

_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*", re.UNICODE)
_VERB_RE = re.compile(
    r"(?<![\w\-])(" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")(?![\w\-])",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"(?i)\b(?:according to|за словами)\s+")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "ʼs"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True, slots=True)
class Mention:
    """Words that refer to a person: a pronoun, a name, or a role ('the minister')."""

    kind: str  # "pronoun" | "name" | "role"
    words: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    cue: str | None


@dataclass
class People:
    """The people an article names: full names, where each is mentioned, their roles."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest name
    roles: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    _offsets: list[int] = field(default_factory=list)  # every mention, sorted
    _names: list[str] = field(default_factory=list)  # the person of each mention
    _by_name: dict[str, list[int]] = field(default_factory=dict)

    def add_mention(self, offset: int, name: str) -> None:
        index = bisect.bisect_right(self._offsets, offset)
        self._offsets.insert(index, offset)
        self._names.insert(index, name)
        bisect.insort(self._by_name.setdefault(name, []), offset)

    def last_before(self, offset: int) -> str | None:
        index = bisect.bisect_left(self._offsets, offset) - 1
        return self._names[index] if index >= 0 else None

    def _last_offset(self, name: str, before: int) -> int:
        offsets = self._by_name.get(name, [])
        index = bisect.bisect_left(offsets, before) - 1
        return offsets[index] if index >= 0 else -1

    def resolve_name(self, words: tuple[str, ...]) -> str | None:
        name_words = [w for w in words if w.lower() not in ROLE_NOUNS and _is_capitalised(w)]
        while name_words and name_words[0].isupper() and len(name_words[0]) > 1:
            name_words.pop(0)  # an acronym in front (NATO, EU) belongs to the role
        if not name_words:
            return None
        surname = _strip_possessive(name_words[-1])
        full = self.full_names.get(surname)
        if full is not None:
            return full
        if not all(_is_capitalised(w) for w in name_words):
            return None
        return " ".join(name_words)

    def resolve_role(self, words: tuple[str, ...], before: int) -> str | None:
        wanted = {w.lower() for w in words} - _STOP_WORDS
        if not wanted & ROLE_NOUNS:
            return None
        fitting = [name for name, role in self.roles.items() if wanted <= role]
        if not fitting:
            nouns = wanted & ROLE_NOUNS
            fitting = [name for name, role in self.roles.items() if nouns <= role]
        if not fitting:
            return None
        return max(fitting, key=lambda name: self._last_offset(name, before))


def _words_before(text: str, floor: int, index: int, limit: int = 8) -> list[re.Match[str]]:
    window_start = max(floor, index - 120)
    words = list(_WORD.finditer(text, window_start, index))
    if words and window_start > floor and words[0].start() == window_start:
        words = words[1:]
    return words[-limit:]


def mention_before(text: str, floor: int, index: int) -> Mention | None:
    """The subject that ends just before ``index`` (``Rutte`` in ``Rutte said``)."""
    words = _words_before(text, floor, index)
    while words and words[-1].group().lower() in _ADVERBS:
        words.pop()
    if not words:
        return None
    # Only spaces may lie between the subject and the verb.
    if text[words[-1].end() : index].strip():
        return None
    last = words[-1].group()
    if last.lower() in PRONOUNS:
        return Mention("pronoun", (last,), words[-1].start(), words[-1].end())
    run = [words[-1]]
    for word in reversed(words[:-1]):
        gap = text[word.end() : run[0].start()]
        if gap.strip(" ") and gap.strip(" ") not in ("", "-"):
            break
        value = word.group()
        if (
            _is_capitalised(value)
            or value.lower() in ROLE_NOUNS
            or (value.lower() in ("of", "the") and _is_capitalised(run[0].group()))
        ):
            run.insert(0, word)
            continue
        break
    while run and run[0].group().lower() in ("of", "the"):
        run.pop(0)
    if not run:
        return None
    texts = tuple(m.group() for m in run)
    if _is_capitalised(last) and last.lower() not in ROLE_NOUNS:
        if len(texts) == 1 and texts[0].lower() in _SENTENCE_OPENERS | _PLURAL_PRONOUNS:
            return None
        return Mention("name", texts, run[0].start(), run[-1].end())
    if last.lower() in ROLE_NOUNS:
        return Mention("role", texts, run[0].start(), run[-1].end())
    return None


def mention_after(text: str, index: int, ceiling: int) -> Mention | None:
    """The subject that starts just after ``index`` (``said President Zelensky``)."""
    words = list(_WORD.finditer(text, index, min(ceiling, index + 120)))[:8]
    if not words or text[index : words[0].start()].strip():
        return None
    first = words[0].group()
    if first.lower() in PRONOUNS:
        return Mention("pronoun", (first,), words[0].start(), words[0].end())
    skip = 1 if first.lower() in ("the", "a") else 0
    run: list[re.Match[str]] = []
    previous_end = words[0].end() if skip else index
    for word in words[skip:]:
        if text[previous_end : word.start()].strip(" "):
            break
        value = word.group()
        if _is_capitalised(value) or value.lower() in ROLE_NOUNS or (run and value == "of"):
            run.append(word)
            previous_end = word.end()
            continue
        break
    while run and run[-1].group().lower() == "of":
        run.pop()
    texts = tuple(m.group() for m in run)
    if not texts:
        return None
    if any(_is_capitalised(t) and t.lower() not in ROLE_NOUNS for t in texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if any(t.lower() in ROLE_NOUNS for t in texts):
        return Mention("role", texts, run[0].start(), run[-1].end())
    return None


def find_people(text: str) -> People:
    """Index the people an article names, from reporting cues and role-name pairs."""
    people = People()
    surnames: set[str] = set()
    role_intros: list[tuple[tuple[str, ...], str, int]] = []
    for verb in _VERB_RE.finditer(text):
        for mention in (
            mention_before(text, 0, verb.start()),
            mention_after(text, verb.end(), len(text)),
        ):
            if mention is not None and mention.kind == "name":
                words = [w for w in mention.words if w.lower() not in ROLE_NOUNS]
                if words and not words[-1].isupper():
                    surnames.add(_strip_possessive(words[-1]))
    for match in _WORD.finditer(text):
        word = match.group()
        if word.lower() in ROLE_NOUNS:
            following = _WORD.match(text, match.end() + 1)
            if following and _is_capitalised(following.group()) and text[match.end()] == " ":
                run = _capitalised_run(text, following)
                if run and run[-1].group().lower() not in ROLE_NOUNS:
                    surnames.add(_strip_possessive(run[-1].group()))
    _expand_full_names(text, surnames, people)
    for surname, full in people.full_names.items():
        for match in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text):
            people.add_mention(match.start(), full)
            role = _role_before(text, match.start() - _given_length(full, surname, text, match))
            if role:
                role_intros.append((role, full, match.start()))
                people.roles.setdefault(full, set()).update(w.lower() for w in role)
            appositive = _role_after(text, match.end())
            if appositive:
                people.roles.setdefault(full, set()).update(w.lower() for w in appositive)
    return people


def _capitalised_run(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    run = [first]
    while len(run) < 4:
        following = _WORD.match(text, run[-1].end() + 1)
        if (
            following is None
            or text[run[-1].end()] != " "
            or not _is_capitalised(following.group())
        ):
            break
        run.append(following)
    return run


def _expand_full_names(text: str, surnames: Iterable[str], people: People) -> None:
    """Map each surname to the fullest name: given names are the capitalised words that
    stand before the surname and nowhere else in the article."""
    words = [m.group() for m in _WORD.finditer(text)]
    counts = Counter(words)
    pairs = Counter(pairwise(words))
    for surname in surnames:
        best = surname
        for match in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text):
            preceding = _words_before(text, 0, match.start(), limit=3)
            given: list[str] = []
            cursor = match.start()
            for word in reversed(preceding):
                value = word.group()
                if text[word.end() : cursor] != " " or not _is_capitalised(value):
                    break
                if value.lower() in ROLE_NOUNS or value.lower() in _STOP_WORDS or value.isupper():
                    break
                follower = given[-1] if given else surname
                if counts[value] > pairs[(value, follower)]:
                    break
                given.append(value)
                cursor = word.start()
            candidate = " ".join([*reversed(given), surname])
            if len(candidate) > len(best):
                best = candidate
        people.full_names[surname] = best


def _given_length(full: str, surname: str, text: str, match: re.Match[str]) -> int:
    given = full[: -len(surname)]
    start = match.start() - len(given)
    return len(given) if given and text[start : match.start()] == given else 0


def _role_before(text: str, index: int) -> tuple[str, ...]:
    words = _words_before(text, 0, index, limit=6)
    role: list[str] = []
    cursor = index
    for word in reversed(words):
        value = word.group()
        gap = text[word.end() : cursor]
        if gap.strip(" ") and gap.strip(" ") not in ("'s", "’s"):
            break
        if value.lower() in _STOP_WORDS and value.lower() != "of":
            break
        if not (_is_capitalised(value) or value.lower() in ROLE_NOUNS or value.lower() == "of"):
            break
        role.insert(0, value)
        cursor = word.start()
    while role and role[0].lower() == "of":
        role.pop(0)
    return tuple(role) if any(w.lower() in ROLE_NOUNS for w in role) else ()


def _role_after(text: str, index: int) -> tuple[str, ...]:
    """An appositive role: ``Mark Rutte, the NATO Secretary General,``."""
    match = re.match(r",\s+(?:the\s+|a\s+)?([^,.;:()\"“”«»]{2,60})[,.;]", text[index : index + 80])
    if not match:
        return ()
    words = tuple(w.group() for w in _WORD.finditer(match.group(1)))
    return (
        words
        if (words and words[-1].lower() in ROLE_NOUNS)
        or any(w.lower() in ROLE_NOUNS for w in words[:3])
        else ()
    )


def resolve(people: People, mention: Mention | None, before: int) -> str | None:
    if mention is None:
        return None
    if mention.kind == "pronoun":
        return people.last_before(before)
    if mention.kind == "role":
        return people.resolve_role(mention.words, before)
    named = people.resolve_name(mention.words)
    if named is None:
        return None
    roleish = [w for w in mention.words if w.lower() in ROLE_NOUNS]
    if roleish and named not in people.roles and len(mention.words) == len(roleish):
        return people.resolve_role(mention.words, before)
    return named


def _cue_text(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def cue_after(text: str, people: People, index: int, ceiling: int, at: int) -> Attribution | None:
    """`"…," Rutte said` / `"…," said President Zelensky` / `"…," the minister added`."""
    lead = re.match(r"[\s,.!?\u2026\u2014\u2013-]*", text[index:ceiling])
    position = index + (lead.end() if lead else 0)
    verb_first = _VERB_RE.match(text, position, ceiling)
    if verb_first is not None:
        mention = mention_after(text, _verb_end(text, verb_first, ceiling), ceiling)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            return Attribution(speaker, _cue_text(text, verb_first.start(), mention.end))
    window = text[position : min(ceiling, position + 100)]
    for verb in _VERB_RE.finditer(window):
        verb_at = position + verb.start()
        mention = mention_before(text, position, verb_at)
        if mention is not None and mention.start == position + _leading_article(window):
            speaker = resolve(people, mention, at)
            if speaker is not None:
                return Attribution(speaker, _cue_text(text, position, position + verb.end()))
        break
    return None


def _leading_article(window: str) -> int:
    match = re.match(r"(?i)(?:the|a)\s+", window)
    return match.end() if match else 0


def _verb_end(text: str, verb: re.Match[str], ceiling: int) -> int:
    particle = _PHRASAL.get(verb.group().lower())
    if particle:
        following = re.match(rf"\s+{particle}\b", text[verb.end() : ceiling])
        if following:
            return verb.end() + following.end()
    return verb.end()


def cue_within(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """A reporting clause in ``text[start:end]`` (the same sentence, before the quote)."""
    found: Attribution | None = None
    for verb in _VERB_RE.finditer(text, start, end):
        mention = mention_before(text, start, verb.start())
        if mention is None:
            mention = mention_after(text, _verb_end(text, verb, end), end)
            cue_start, cue_end = verb.start(), mention.end if mention else verb.end()
        else:
            cue_start, cue_end = mention.start, verb.end()
        speaker = resolve(people, mention, at)
        if speaker is not None:
            found = Attribution(speaker, _cue_text(text, cue_start, cue_end))
    for according in _ACCORDING.finditer(text, start, end):
        mention = mention_after(text, according.end(), end)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            found = Attribution(speaker, _cue_text(text, according.start(), mention.end))
    return found


def colon_intro(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """``Zelensky supplemented it with a short phrase:`` names the speaker of what follows."""
    clause = text[start:end].rstrip()
    if not clause.endswith(":"):
        return None
    explicit = cue_within(text, people, start, end, at)
    if explicit is not None:
        return explicit
    for word in _WORD.finditer(text, start, end):
        value = word.group()
        if value.lower() in PRONOUNS:
            speaker = people.last_before(word.start())
        elif _is_capitalised(value) and _strip_possessive(value) in people.full_names:
            speaker = people.full_names[_strip_possessive(value)]
        else:
            continue
        if speaker is not None:
            return Attribution(speaker, _cue_text(text, start, end))
    return None
