"""The subject of a quote's sentence: who a quote belongs to when no reporting verb says.

News puts a named person's words inside a sentence about what they did:
``Trump mocked Rubio for "having a tough night"``, ``Cruz blamed the law on
"knuckleheaded Democratic politicians"``. The quoted words are the subject's, even
though no verb of saying names them. This stage finds that subject: a name, a role
("the Florida senator"), an organisation or a pronoun that opens the sentence and
is followed by a verb, an appositive in between allowed ("Trump, who leads, mocked").
"""

from __future__ import annotations

import re

from reader.model.cues import Attribution, cue_text, resolve
from reader.model.lexicon import (
    FUNCTION_WORDS,
    ORGANISATION_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)
from reader.model.mentions import Mention, ends_subject, subject_start
from reader.model.people import People
from reader.model.words import (
    CYRILLIC,
    WORD,
    LazyPattern,
    bare,
    ends_name,
    is_capitalised,
    is_role,
    name_gap,
    verbs_in,
)

# A short aside between a subject and its verb: ", who leads the race," / ", 69,".
_ASIDE = LazyPattern(r",[^,.;:!?\"“”«»]{1,90},\s+")
_PARTICIPLE_ASIDE = LazyPattern(r", [a-z]+ing\b")
# Lowercase words that follow a subject without being its verb.
_NOT_VERBS = FUNCTION_WORDS | frozenset(
    ("and", "or", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "about")
)
_DETERMINERS = frozenset(("the", "a", "an"))


def subject_of(text: str, people: People, start: int, quote: int) -> Attribution | None:
    """The person whose sentence ``text[start:quote]`` leads into a quote, if its
    subject names one and a verb follows it; else the subject of the clause nearest the
    quote, if that is a person the article names ("…, such as when Cruz called him
    a "moderate"")."""
    if CYRILLIC.search(text, start, quote):
        return None  # Ukrainian puts its subjects anywhere: none can be read off the front
    found = _sentence_subject(text, people, start, quote)
    return found if found is not None else _clause_subject(text, people, start, quote)


# Where a clause starts inside a sentence: after a conjunction that opens one.
_CLAUSE_OPENER = LazyPattern(
    r"(?:,|\b(?:when|as|while|after|before|because|since|until|where|though|although|that"
    r"|and|but|whom|who))\s+(?=[A-Z])"
)


def _clause_subject(text: str, people: People, start: int, quote: int) -> Attribution | None:
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(text, start, quote)]
    for opener in reversed(openers[-3:]):
        mention = _subject(text, opener, quote)
        if (
            mention is None
            or mention.kind != "name"
            or bare(mention.words[-1]) not in people.full_names
            or _reports_another(text, mention.end, quote)
            or not _governs(text, mention.end, quote)
        ):
            continue  # only a verb of saying or judging ties a clause's subject to a quote
        speaker = resolve(people, mention, quote)
        if speaker is not None:
            return Attribution(speaker, cue_text(text, mention.start, mention.end))
    return None


def _governs(text: str, subject_end: int, quote: int) -> bool:
    """Whether a verb of saying or judging follows the subject within its own clause:
    "Quist … called him" does; "Moss campaigned, and critics called her" does not."""
    verb = next(verbs_in(text, subject_end, quote), None)
    return verb is not None and _CLAUSE_BREAK.search(text, subject_end, verb.start()) is None


# Where another clause, with a subject of its own, begins: ", and critics", "while …".
_CLAUSE_BREAK = LazyPattern(
    r",\s+(?:and|but|or|while|as|when|because)\b|\b(?:while|when|because|although|whereas)\b"
)


def _sentence_subject(text: str, people: People, start: int, quote: int) -> Attribution | None:
    mention = _subject(text, subject_start(text, start, quote), quote)
    if mention is None or _reports_another(text, mention.end, quote):
        return None
    if (
        mention.kind == "name"
        and len(mention.words) == 1
        and mention.words[0] not in people.full_names
    ):
        return None  # "Most repairs are funded": a capital that only opens a sentence
    speaker = resolve(people, mention, quote)
    if speaker is None:
        return None
    return Attribution(speaker, cue_text(text, mention.start, mention.end))


def _reports_another(text: str, subject_end: int, quote: int) -> bool:
    """Whether a verb of saying between the subject and the quote has a subject of its
    own that the text does not name ("after a committee said it was 'years behind'")."""
    return any(
        _UNNAMED_SUBJECT.search(text, max(subject_end, verb.start() - 50), verb.start())
        for verb in verbs_in(text, subject_end, quote)
    )


_UNNAMED_SUBJECT = LazyPattern(r"\b(?:a|an|one|another|some|several|many)(?: [\w'’\-]+){1,3} $")


def _subject(text: str, position: int, quote: int) -> Mention | None:
    words = list(WORD.finditer(text, position, quote))[:10]
    if not words or text[position : words[0].start()].strip():
        return None
    first = words[0].group()
    if first.lower() in PRONOUNS:
        mention = Mention("pronoun", (first,), words[0].start(), words[0].end())
        return mention if _verb_follows(text, mention.end, quote) else None
    skip = 1 if first.lower() in _DETERMINERS else 0
    run: list[re.Match[str]] = []
    for word in words[skip:]:
        value = word.group()
        if run and not name_gap(text, run[-1], word.start()):
            break
        if is_capitalised(value) or is_role(value) or (run and value == "of"):
            run.append(word)
            continue
        if skip and not run and value.islower() and value not in _NOT_VERBS:
            run.append(word)  # "the Florida senator", "a smiling Clinton": a modifier
            continue
        if run and value.endswith(_ADJECTIVE_ENDINGS) and value.islower():
            run.append(word)  # "Democratic presidential candidate Ann Lee"
            continue
        break
    if first.lower() in ("a", "an") and run and not run[0].group().islower():
        return None  # "a Justice Department role": a name used as a modifier
    while run and not ends_subject(run[-1].group()):
        run.pop()
    if not run or not _verb_follows(text, run[-1].end(), quote):
        return None
    texts = tuple(m.group() for m in run)
    owner = max((i for i, t in enumerate(texts) if t.endswith(_POSSESSIVE)), default=-1)
    if owner >= 0:  # "Ukraine's prosecutor": the prosecutor, not Ukraine
        run, texts = run[owner + 1 :], texts[owner + 1 :]
        if not texts or not is_role(texts[-1]) or first.lower() != "the":
            return None
        return Mention("role", texts, run[0].start(), run[-1].end())
    if ends_name(texts):
        return Mention("name", texts, run[0].start(), run[-1].end())
    if first.lower() != "the":
        return None  # "a spokeswoman", "an official": someone the text does not name
    if texts[-1] in ORGANISATION_NOUNS:
        return Mention("organisation", (texts[-1],), run[0].start(), run[-1].end())
    if is_role(texts[-1]):
        return Mention("role", texts, run[0].start(), run[-1].end())
    return None


_POSSESSIVE = ("'s", "’s", "ʼs", "s'", "s’")


def _verb_follows(text: str, index: int, quote: int) -> bool:
    """Whether a verb-like lowercase word follows ``index`` (after an aside, if any)."""
    aside = _ASIDE.match(text, index, quote)
    if aside is not None:
        index = aside.end()
    elif _PARTICIPLE_ASIDE.match(text, index, quote):
        return True  # "Mr. Alder, citing ''the quiet harbour,'' said"
    word = WORD.search(text, index, quote)
    if word is None or text[index : word.start()].strip():
        return False
    value = word.group()
    if not value.islower() or value in _NOT_VERBS or "-" in value:
        return False  # "-": "the Tony-winning actor-singer" goes on with a noun
    if value.endswith(_ADJECTIVE_ENDINGS):
        return False  # "the presumptive Democratic presidential nominee"
    if value in _AUXILIARIES or value in _IRREGULAR_PAST or value.endswith("ly"):
        return True
    if value.endswith("ed"):
        return True
    # "Trump hammers", not "German officials" nor "Ukraine's defences"
    return value not in _NOUNS and value[:-1] not in _NOUNS


_ADJECTIVE_ENDINGS = ("al", "ic", "ous")
_AUXILIARIES = frozenset(
    "is was has had have are were will would can could did does do should may might must "
    "also later then never once again still now just even repeatedly previously recently "
    "already often first".split()
)
_IRREGULAR_PAST = frozenset(
    "told made took gave went wrote sent spoke put set saw thought brought got kept felt left "
    "led won ran held stood became began drew threw struck hit shot cut said read met paid "
    "sought taught fought bought lost meant heard found let chose swore bit rose fell sang "
    "tore wore forgave withdrew undertook".split()
)
_NOUNS = ROLE_NOUNS | UNNAMED_PERSON_NOUNS | ORGANISATION_NOUNS
