"""Mentions: the words beside a verb of saying that say who speaks.

`mention_before` reads the subject that ends before a verb (``Mr. Rove said``,
``Chris Weston, chief strategist at IG Ltd., said``), `mention_after` the subject
after an inverted verb (``said Sen. Tom Carper``, ``said a spokeswoman for the hotels,
Jennifer Rodstrom``). A mention is a name, a pronoun, a role, an organisation noun or
someone unnamed ("a longtime adviser"); the people stage resolves it to a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from reader.model.lexicon import (
    ADVERBS,
    FUNCTION_WORDS,
    ORGANISATION_NOUNS,
    OWNED_BY_PEOPLE,
    PRONOUNS,
)
from reader.model.words import (
    WORD,
    LazyPattern,
    bare,
    ends_name,
    is_acronym,
    is_capitalised,
    is_name_word,
    is_role,
    is_verb,
    name_gap,
)

# After "said Ukraine", these words show that Ukraine is the subject of a reported
# clause, not of "said".
_PREDICATE_START = re.compile(
    r" (?:had|has|have|was|were|is|are|would|will|could|can|should|must|may|might|did|does|"
    r"do|\w+ed)\b"
)
LOOK = 120  # how far a subject may sit from its verb, in characters


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class Mention:
    """Words that refer to a person: a pronoun, a name, or a role ('the minister')."""

    # "pronoun" | "name" | "role" | "organisation" | "unnamed" ("a spokesman") | "group",
    # whose words are then its names ("Tom Carper", "Ben Cardin") | "acronym" ("ESPN")
    kind: str
    words: tuple[str, ...]
    start: int
    end: int


# ---------------------------------------------------------------- words near a point


def _words_before(text: str, floor: int, index: int, limit: int = 8) -> list[re.Match[str]]:
    window_start = max(floor, index - LOOK)
    words = list(WORD.finditer(text, window_start, index))
    if words and window_start > floor and words[0].start() == window_start:
        words = words[1:]  # cut in half by the window
    return words[-limit:]


def _is_adverb(word: str) -> bool:
    """``also``, ``gingerly``: a word that may stand between a subject and its verb."""
    lower = word.lower()
    return lower in ADVERBS or (
        word == lower and lower.endswith("ly") and len(lower) > 5 and lower not in _LY_NOUNS
    )


_LY_NOUNS = frozenset(("family", "assembly", "supply", "anomaly", "monopoly", "butterfly"))


def mention_before(text: str, floor: int, index: int) -> Mention | None:
    """The subject that ends just before ``index`` (``Rutte`` in ``Rutte said``)."""
    tail = text[max(floor, index - 12) : index].rstrip().rpartition(" ")[2]
    when = (
        _TIME_BEFORE_VERB.search(text, max(floor, index - 40), index)
        if tail in _TIME_ENDS
        else None
    )
    if when is not None:
        index = when.start()  # "Feinstein last week said", "Brown at the time said"
        tail = text[max(floor, index - 12) : index].rstrip().rpartition(" ")[2]
    if tail in _OCCASIONS:
        where = _OCCASION_BEFORE_VERB.search(text, max(floor, index - 50), index)
        if where is not None and not _NAME_AS_OBJECT.search(
            text, max(floor, where.start() - 60), where.start()
        ):
            index = where.start()  # "Quist in his first speech called", "at a rally on Sunday"
    elif when is None and tail and text[index - 2 : index].strip() in ("—", "–"):
        aside = _DASH_ASIDE.search(text, max(floor, index - 200), index)
        if aside is not None:
            index = aside.start()  # "Quist — named by the Ledger as the favourite — told"
    words = _words_before(text, floor, index)
    limit = index
    while words and _is_adverb(words[-1].group()):
        if text[words[-1].end() : limit].strip():
            break
        limit = words.pop().start()  # "Rutte also said"
    # Only spaces, or the comma closing an appositive ("spokeswoman, Maria
    # Tsaturian, told"), may stand between the subject and the verb.
    if not words:
        return None
    gap = text[words[-1].end() : limit].strip()
    if gap == ".," and is_capitalised(words[-1].group()):
        gap = ","  # "Harbor Capital Ltd., said"
    elif gap in (',"', ",\u201d") and _TITLE_OPENS.search(
        text, max(floor, words[-1].start() - 40), words[-1].start()
    ):
        gap = ","  # an aside that ends in a title: 'Ada Moss, author of "Salt Roads," said'
    if gap not in ("", ","):
        return None
    last = words[-1].group()
    if gap == "" and last.endswith(("'s", "’s", "s'", "s’")):
        return None  # "Trump's comments", "Clinton's remarks": a noun, not a verb
    if last.lower() in PRONOUNS:
        return Mention("pronoun", (last,), words[-1].start(), words[-1].end())
    organisation = _organisation_before(text, words, owned=gap == "")
    if organisation is not None:
        return organisation
    run = [words[-1]]
    for number in range(len(words) - 2, -1, -1):
        word = words[number]
        if not name_gap(text, word, run[0].start()):
            break
        value = word.group()
        if (
            is_capitalised(value)
            or is_role(value)
            or (value == "of" and (is_capitalised(run[0].group()) or run[0].group() == "the"))
            or (  # "Ada Moss of the Harbor Institute wrote"
                value == "the"
                and number > 0
                and words[number - 1].group() == "of"
                and is_capitalised(run[0].group())
            )
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
    if gap == "," and _names_a_thing(text, floor, run[0].start()):
        # "Omar Quist, who lives outside the state capital, Salem, said": the name in
        # apposition to a thing ends an aside; the subject stands before it
        named = _before_parenthetical(text, floor, words[-1].end())
        if named is not None:
            return named
    if gap == "," and (
        run[0].group()[0].islower()
        or any(bare(word.group()) != word.group() for word in run)
        or (len(run) == 1 and text.startswith(".", run[0].end()))  # "in Salem, Ore., said"
    ):
        # "Martin Sion, chief executive of ArianeGroup, admitted" / "Ada Roth, Mr.
        # Lind's deputy, said": the role is in apposition; the subject is the name before it.
        named = _before_parenthetical(text, floor, text.find(",", words[-1].end(), limit))
        if named is not None:
            return named
    texts = tuple([m.group() for m in run])
    if ends_name(texts):
        named = Mention("name", texts, run[0].start(), run[-1].end())
        return _group_ending(text, floor, named) or named
    if len(texts) == 1 and gap == "" and _speaks_as_acronym(text, floor, run[0]):
        return Mention("acronym", texts, run[0].start(), run[0].end())  # "the DNC said"
    if is_role(last):
        if texts[0].lower() in INDEFINITES or _INDEFINITE_BEFORE.search(
            text, max(floor, run[0].start() - 40), run[0].start()
        ):
            return Mention("unnamed", texts, run[0].start(), run[-1].end())  # "one aide"
        return Mention("role", texts, run[0].start(), run[-1].end())
    return None


# One name of a list before the last: "Tom Carper, " / "Dianne Feinstein and ".
_LISTED_NAME = LazyPattern(r"((?:[A-Z][\w'’\-]*\.? ){0,3}[A-Z][\w'’\-]+)(, and |, | and )$")


def _group_ending(text: str, floor: int, last: Mention) -> Mention | None:
    """Several people as one subject: ``Sens. Tom Carper, Dianne Feinstein and Ben
    Cardin said``; None unless ``last`` ends such a list joined by "and"."""
    if not text.endswith((", ", " and "), max(floor, last.start - 5), last.start):
        return None  # no list before the name: most subjects
    names = [" ".join(last.words)]
    start = last.start
    joined = False
    while text.endswith((", ", " and "), max(floor, start - 5), start):
        listed = _LISTED_NAME.search(text, max(floor, start - 60), start)
        if listed is None or not is_name_word(listed.group(1).split()[-1]):
            break
        joined = joined or "and" in listed.group(2)
        if not joined:
            break  # a list ends in "and": "Kyiv, Zelensky said" is no group
        names.insert(0, listed.group(1))
        start = listed.start(1)
    if len(names) < 2 or (len(names) == 2 and text[last.start - 6 : last.start] == ", and "):
        return None  # "…Haley, and Trump called": two clauses, not two speakers
    return Mention("group", tuple(names), start, last.end)


# The opening mark of a short title that ends just before a verb: ' "Salt '.
_TITLE_OPENS = LazyPattern(r'(?:^|\s)["\u201c](?:[A-Z][\w\'’\-]* ){0,4}$')
INDEFINITES = frozenset(("a", "an", "one", "another"))
_INDEFINITE_BEFORE = LazyPattern(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w'’\-]+){0,3} $")


_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The last words of the phrases `_TIME_BEFORE_VERB` knows: it is searched only after one.
_TIME_ENDS = frozenset(
    (*_WEEKDAYS.split("|"), "morning", "afternoon", "evening", "night", "week", "month",
     "year", "time", "statement", "interview", "email", "e-mail", "Twitter")
)  # fmt: skip
_TIME_BEFORE_VERB = LazyPattern(
    rf" (?:(?:on )?(?:{_WEEKDAYS})(?: (?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier this|later that|that) (?:week|month|year|night|morning|evening)"
    r"|at the time|in a statement|in an interview|in (?:a|an) e-?mail|on Twitter) ?$"
)
# Where someone spoke, between subject and verb: "Quist in his first speech called".
_OCCASIONS = frozenset(
    ("speech", "speeches", "interview", "rally", "debate", "hearing", "letter", "video",
     "column", "op-ed", "post", "tweet", "address", "remarks", "appearance", "memo",
     "conference", "briefing", "broadcast", "podcast", "book", "memoir", "statement")
)  # fmt: skip
_OCCASION_BEFORE_VERB = LazyPattern(
    r" (?:in|at|during) (?:a|an|the|his|her|their|its)(?: [\w'’\-]+){0,3} ?$"
)
# A name after a preposition or in a relative clause, which no occasion can follow as a
# subject: "A woman who cheered for Ada Moss at the rally said".
_NAME_AS_OBJECT = LazyPattern(
    r"\b(?:for|to|with|from|about|against|by|of|at|in|on|who|that|which)"
    r"(?: [A-Z][\w'’\-]*\.?)+$"
)
_DASH_ASIDE = LazyPattern(r" [—–] [^—–\n\"“”]{1,160} [—–] ?$")
# A short aside after a subject: ", speaking in Kharkiv," / ", chief strategist at IG
# Ltd.," / ", Sanders' campaign manager,"; a dot only where no sentence ends.
# It may open with a possessor ("Mrs. Obama's chief of staff") or an age (", 31, a
# photographer,"), and name a place with its state ("retired in Cambridge, Mass.,").
_ASIDE = (  # not a predicate: "Miami, is projected to flood, argues" has no aside
    r"(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might)\b)"
    r"(?:(?:(?:Mr|Mrs|Ms|Dr)\. )?[A-Z][\w\-]*(?:'|’|'s|’s) )?[a-zа-яіїєґ]"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z])\.|[^,;:!?«».]|\.(?! [A-Z]))"
    r"{0,160}"
)
_PARENTHETICAL = LazyPattern(  # may end in a state ("Cambridge, Mass.") or a name in apposition
    rf",\s+(?:\d{{1,3}},\s+)?{_ASIDE}"
    r"(?:,\s+[A-Z][a-z]{1,4}\.|,\s+[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})?$"
)
# A verb in the present that opens a predicate, not an aside: ", uses data to …, said".
# (a word in -s with an object after it, not "of": not "parents of three", "perhaps the")
_PRESENT_VERB = LazyPattern(r",\s+([a-z]+[^\Wsu]s)\s+(?!of\b)[a-z]")
_NOT_PRESENT = frozenset(
    ("its", "this", "his", "hers", "ours", "theirs", "perhaps", "always", "sometimes",
     "nevertheless", "besides", "afterwards", "towards", "whereas", "thus", "nowadays")
)  # fmt: skip


def _names_a_thing(text: str, floor: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` follows a comma after a lowercase word that
    is no role: "the state capital, Salem" (not "spokeswoman, Maria Tsaturian")."""
    before = text[floor:name_start].rstrip()
    if not before.endswith(","):
        return False
    word = before[:-1].rpartition(" ")[2]
    return word.isalpha() and word.islower() and not is_role(word)


_POSSESSIVE = re.compile(r"['’]s? ")


def _before_parenthetical(text: str, floor: int, comma: int) -> Mention | None:
    """``Zelensky, speaking in Kharkiv, said``: the subject before a short aside."""
    aside = _PARENTHETICAL.search(text, max(floor, comma - 190), comma)
    if aside is None:
        return None
    verb = _PRESENT_VERB.match(text, aside.start())
    if verb is not None and verb.group(1) not in _NOT_PRESENT:
        return None  # "Paradata, uses data to help shops, said": a predicate
    opening = text[aside.start() + 1 : aside.start() + 4].strip()
    if opening[:1].isupper():  # a possessor: "Mrs. Obama's chief of staff", with a role
        owned = _POSSESSIVE.split(aside.group(), maxsplit=1)[-1]
        if not any(is_role(word) for word in WORD.findall(owned)):
            return None  # "Mar-a-Lago, Mr. Trump's private club,"
    mention = mention_before(text, floor, aside.start())
    if mention is None or text[mention.end : aside.start()].strip():
        return None  # (spaces may stand there: a party tag blanked out)
    return mention


def _organisation_before(text: str, words: list[re.Match[str]], owned: bool) -> Mention | None:
    """``the group`` / ``the Turkish-French group`` as a subject; with its owner, if
    ``owned`` (right before the verb, not closing an aside), ``the Trump campaign`` /
    ``Ryan's office``."""
    last = words[-1]
    if last.group() not in ORGANISATION_NOUNS:  # lowercase only: "Agency" is a name's
        return None
    if (
        owned
        and len(words) >= 2
        and _is_owner(words[-2].group())
        and name_gap(text, words[-2], last.start())
    ):
        owner = words[-2].group()  # "Ryan's office": the owner as written
        return Mention("organisation", (owner, last.group()), words[-2].start(), last.end())
    for number in range(len(words) - 2, max(-1, len(words) - 5), -1):
        if words[number].group().lower() == "the":
            owner_words = [w.group() for w in words[number + 1 : -1]]
            if owned and owner_words and all(is_name_word(w) for w in owner_words):
                named = (*owner_words, last.group())  # "the Trump campaign"
                return Mention("organisation", named, words[number].start(), last.end())
            return Mention("organisation", (last.group(),), words[number].start(), last.end())
    return None


def _is_owner(word: str) -> bool:
    """``Ryan's``, ``Sanders'``: a capitalised possessive."""
    return bare(word) != word and is_name_word(bare(word))


_WORD_AFTER_SPACE = re.compile(r" ([a-z]+)\b")


def _plural_noun_after(text: str, index: int) -> bool:
    """A lowercase plural noun after a capitalised word: "Republican leaders"."""
    word = _WORD_AFTER_SPACE.match(text, index)
    if word is None:
        return False
    value = word.group(1)
    return len(value) > 3 and value.endswith("s") and not value.endswith(("ss", "us", "is"))


def _starts_predicate(text: str, index: int) -> bool:
    return _PREDICATE_START.match(text, index) is not None


# What may open a sentence before its subject: a connective, a time or place phrase.
SENTENCE_OPENER = LazyPattern(
    # a dateline: "Washington (AFP) – ", "LA CROSSE, Wisc. — "
    r"(?:[A-Z][A-Za-z.]*(?:,? [A-Z][A-Za-z.]*){0,3} (?:\([A-Za-z]+\) )?[–—] )?"
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|Later|Instead|Now|Earlier|Then|Also|However|"
    r"Indeed|Separately|Previously|Afterward|Afterwards|Last|Finally)\b,?\s+"
    r"(?:(?:then|now|later|also|again|finally|so)\s+)?)?"
    r"(?:(?:On|In|At|During|After|Before|Last|This|Earlier|Later|By|Since|Speaking|Asked|Back|"
    r"Alongside|Among|Against|Across|Beyond|Beside|Besides|Inside|Outside|Toward|Towards|"
    r"Following|Like|Unlike|As|When|While|Over|For|With|Without|Despite|Amid|Under|"
    r"Through|Throughout|Within|Once|If|Although|Though|Because|Since|Until|Ahead|Ever since|"
    r"[A-Z][a-z]+ly|Here|There|[A-Z][a-z]{2,}ing(?= (?:to|the|a|an|his|her|their|its|about"
    r"|on|in|at|with|for|from|up|out|back)\b))"
    r"\b[^,.;:\"“”«»]{0,120},\s+"
    r"|[A-Z][a-z]+ (?:[a-z]+ ){0,3}(?:later|earlier|ago|after),\s+"
    rf"|(?:{_WEEKDAYS})(?: (?:morning|afternoon|evening|night))?,\s+)?"
)


def subject_start(text: str, start: int, index: int) -> int:
    """Where the subject of the sentence at ``start`` may begin: past the space after the
    point that ended the sentence before, and past an opening phrase ("On Tuesday, ")."""
    while start < index and text[start].isspace():
        start += 1
    opener = SENTENCE_OPENER.match(text, start, index)
    return opener.end() if opener else start


def name_opening(text: str, start: int, index: int) -> Mention | None:
    """The name that opens the sentence (for ``…, saying`` and ``…, adding``)."""
    start = subject_start(text, start, index)
    words = list(islice(WORD.finditer(text, start, min(index, start + LOOK)), 6))
    run: list[re.Match[str]] = []
    for word in words:
        value = word.group()
        if not run and value.lower() in ("the", "a"):
            continue
        if (is_capitalised(value) or is_role(value)) and (
            not run or name_gap(text, run[-1], word.start())  # "Sen. Bernie Sanders"
        ):
            run.append(word)
            continue
        break
    texts = tuple([m.group() for m in run])
    if len(texts) == 1 and texts[0].endswith(("ing", "ed", "ly")):
        following = _WORD_AFTER_SPACE.match(text, run[0].end())
        if following is not None and (
            following.group(1) in FUNCTION_WORDS or following.group(1).endswith("ing")
        ):  # "Asked on Monday whether …", "Hastily politicizing …": no name opens
            return None
    if texts and bare(texts[-1]) != texts[-1]:
        noun = _WORD_AFTER_SPACE.match(text, run[-1].end())
        if noun is not None and noun.group(1) in OWNED_BY_PEOPLE and _is_owner(texts[-1]):
            owned = (texts[-1], noun.group(1))  # "Ryan's campaign …, telling"
            return Mention("organisation", owned, run[-1].start(), noun.end(1))
        return None  # "Quist's running mate then added": the mate, not Quist
    if any(is_name_word(t) for t in texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    return None


def ends_subject(word: str) -> bool:
    """Whether a subject may end with ``word``: a capitalised word or a role, not "of"."""
    return word != "of" and (is_capitalised(word) or is_role(word))


def mention_after(text: str, index: int, ceiling: int) -> Mention | None:
    """The subject that starts just after ``index`` (``said President Zelensky``)."""
    words = list(islice(WORD.finditer(text, index, min(ceiling, index + LOOK)), 8))
    if not words or text[index : words[0].start()].strip():
        return None
    first = words[0].group()
    if first.lower() in PRONOUNS:
        return Mention("pronoun", (first,), words[0].start(), words[0].end())
    indefinite = first.lower() in INDEFINITES
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
        elif (
            modifiers < 2
            and lower not in FUNCTION_WORDS
            and not is_verb(value)
            and not any(is_role(m.group()) for m in run)  # "a clerk beside Tomas Reed"
        ):
            modifiers += 1
            run.append(word)
        else:
            break
        previous = word
    while run and not ends_subject(run[-1].group()):
        run.pop()
    if run and _starts_predicate(text, run[-1].end()):
        return None  # "said Ukraine had accepted": a reported clause, not a subject
    if run and is_capitalised(run[-1].group()) and _plural_noun_after(text, run[-1].end()):
        return None  # "said Republican leaders will": a modifier of a noun, not a name
    if run and bare(run[-1].group()) != run[-1].group():
        return None  # "suggested Sanders's call": the owner of the object, not a subject
    owner = next((i for i, m in enumerate(run[:-1]) if bare(m.group()) != m.group()), None)
    if owner is not None:  # "said the mayor's deputy campaign manager, Lena Pike"
        run = run[owner + 1 :]
    texts = tuple([m.group() for m in run])
    noun = _WORD_AFTER_SPACE.match(text, run[-1].end()) if run else None
    if (
        owner is None
        and skip
        and noun is not None
        and noun.group(1) in ORGANISATION_NOUNS
        and all(is_name_word(t) for t in texts)
    ):  # "said the Trump campaign"
        owned = (*texts, noun.group(1))
        return Mention("organisation", owned, run[0].start(), noun.end(1))
    if indefinite and texts and is_role(texts[-1]):  # "a Clinton aide" is not Clinton
        named = _name_after_role(text, run[-1].end(), ceiling)
        return named or Mention("unnamed", texts, run[0].start(), run[-1].end())
    if (
        owner is None
        and len(texts) == 1
        and _speaks_as_acronym(text, index, run[0])
        and not _TELLS_BEFORE.search(text, max(0, index - 8), index)
    ):
        return Mention("acronym", texts, run[0].start(), run[0].end())  # "said the DNC"
    if owner is None and (any(is_name_word(t) for t in texts) or ends_name(texts)):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if owner is not None and ends_name(texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if any(is_role(t) for t in texts):
        named = _name_after_role(text, run[-1].end(), ceiling)
        if named is not None:
            return named
        kind = "unnamed" if indefinite else "role"  # "said a longtime adviser"
        return Mention(kind, texts, run[0].start(), run[-1].end())
    return None


# Letters that name a place, not a body that speaks: "the US said", "Dayton, OH, said".
_PLACE_LETTERS = frozenset(("US", "USA", "UK", "DC"))
_TWO_LETTER_BODIES = frozenset(("EU", "UN", "AP"))
# What makes the letters an object: "a spokesman for the FBI", "close to the NRA".
_OBJECT_BEFORE = LazyPattern(r"\b(?:of|for|at|to|from|in|with|by|on)(?: the)? $")


def _speaks_as_acronym(text: str, floor: int, word: re.Match[str]) -> bool:
    """``the DNC said``, ``said the NRA``: an organisation known by its letters is the
    subject; not a place's letters, and not the object of a preposition."""
    letters = word.group()
    if not is_acronym(letters) or letters in _PLACE_LETTERS:
        return False
    if len(letters) == 2 and letters not in _TWO_LETTER_BODIES:
        return False  # a state's code: "Austin, TX said"
    return _OBJECT_BEFORE.search(text, max(floor, word.start() - 9), word.start()) is None


# A verb whose next word is the one told, not the teller: "told AFP".
_TELLS_BEFORE = LazyPattern(r"\b(?:told|tells|tell|asked|asks|ask)\s*$")


def _name_after_role(text: str, end: int, ceiling: int) -> Mention | None:
    """ "said a spokeswoman for the hotels, Jennifer Rodstrom.": the name after a role."""
    named = _NAME_AFTER_ROLE.match(text, end, min(ceiling, end + 120))
    if named is None:
        return None
    return Mention("name", tuple(named.group(1).split()), named.start(1), named.end(1))


# The name in apposition after a role: "…, Jennifer Rodstrom." / "…, Omar Quist, who".
_NAME_AFTER_ROLE = LazyPattern(
    r"[^,.;:!?\"“”«»]{0,80}, ((?:[A-Z][\w'’\-]+|[A-Z]\.)(?: (?:[A-Z][\w'’\-]+|[A-Z]\.)){1,3})"
    r"(?=[,.;:!?]|$)"
)
