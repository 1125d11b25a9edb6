"""Cues: the verb of saying, or the colon, that names a quote's speaker.

The stages a quote goes through, in order: a colon introduction (``Zelensky said:``),
a cue after the quote (``"…," Rutte said``, ``"…," said Ms. Clinton``, ``"…,"
according to Bilan``, asides allowed), a cue in the quote's own sentence before it
(``Rubio said that … "…"``). Each names a mention, which the people index resolves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model.lexicon import (
    NEVER_A_SPEAKER_ALONE,
    OWNED_BY_PEOPLE,
    PLACES,
    PRONOUNS,
)
from reader.model.mentions import Mention, mention_after, mention_before, name_opening
from reader.model.people import People
from reader.model.words import (
    CYRILLIC,
    WORD,
    LazyPattern,
    bare,
    end_of_verb,
    inverts,
    is_verb,
    pronoun_gender,
    verbs_in,
)

# What may stand before the subject of a cue after a quote: nothing, an article,
# or a role in apposition ("the guild's president, Omar Quist, said").
# Up to four modifiers may open it: "a smiling Clinton", "Harbor Capital portfolio
# manager Ada Moss", "Ms. Lorne's spokesman, Leo Brandt".
# No preposition or conjunction among them: "in the way the United States responds"
# starts a clause of its own.
_SUBJECT_LEAD = re.compile(
    r"(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:in|on|at|to|for|with|from|by|of|as|and|but|or|that|which|who|when|while|if)\b)"
    r"(?:(?:Mrs?|Ms|Dr)\.\s+)?(?:[\w'’ʼ\-]+|[A-Z]\.)\s+){0,5}(?:[\w'’ʼ\- ]{1,60},\s+)?",
    re.IGNORECASE,
)
# The look-ahead at the first letters lets the regex engine skip ahead fast (a
# pattern that opens with \b tries every position).
_ACCORDING = re.compile(r"(?i)(?=[aз])\b(?:according to|за словами)\s+")
# A document and who made it: "a court document filed by", "a letter from".
_DOCUMENT_BY = LazyPattern(
    r"(?:a|an|the) (?:[\w\-]+ ){0,3}?(?:document|filing|report|letter|memo|statement|study"
    r"|transcript|e-?mail|account|memoir|book|recording|audio|video)s? "
    r"(?:(?:[\w\-]+ ){0,2}?(?:filed|released|written|issued|provided|published|sent|signed) )?"
    r"(?:by|from) "
)
_ACCORDING_PRONOUN = re.compile(r"(?i)(?=[aз])\b(?:according to (him|her)\b|за (його|її) словами)")


@dataclass(slots=True)  # internal, never changed: not frozen, which is slower
class Attribution:
    speaker: str | None
    cue: str | None


# ---------------------------------------------------------------- cues


def resolve(people: People, mention: Mention | None, before: int) -> str | None:
    speaker = _resolve(people, mention, before)
    if speaker in NEVER_A_SPEAKER_ALONE or speaker in PLACES:
        return None  # "Republican", "One", "June", "Florida": "Theresa May" is a May who speaks
    if speaker is not None and len(speaker) == 1:
        return None  # a letter alone names nobody ("U.S." read as "U")
    return speaker


def _resolve(people: People, mention: Mention | None, before: int) -> str | None:
    if mention is None:
        return None
    if mention.kind == "unnamed":
        return None  # "a longtime adviser", "a Walmart spokesman": no person is named
    if mention.kind == "pronoun":  # whom "he" means is read from where "he" stands
        at = min(before, mention.start)
        subject = _sentence_subject_for(people, mention, at)
        return subject or people.last_before(at, mention.words[0])
    if mention.kind == "role":
        last = mention.words[-1]
        if last[:1].isupper() and bare(last) in people.full_names:
            return people.full_names[bare(last)]  # "King says": a surname that is a role noun
        return people.resolve_role(mention.words, before)
    if mention.kind == "acronym":
        return mention.words[0]
    if mention.kind == "organisation":
        owned = _owned_organisation(people, mention.words[:-1], mention.words[-1])
        return owned or people.resolve_organisation(mention.words[-1], before)
    if mention.kind == "group":
        names = [
            people.resolve_name(tuple(word.rstrip(".") for word in name.split(" ")), before)
            for name in mention.words
        ]
        known = [name for name in names if name is not None]
        return " and ".join([", ".join(known[:-1]), known[-1]]) if len(known) > 1 else None
    return people.resolve_name(mention.words, mention.start)


def _owned_organisation(people: People, owner: tuple[str, ...], noun: str) -> str | None:
    """A person's campaign or office by the name the article gives it ("Trump
    campaign", "Ryan's office"); None for anything else ("the Russian embassy", "the
    Ohio team": an adjective or a place before a noun names no organisation)."""
    if owner[:1] in (("The",), ("the",)):
        owner = owner[1:]
    if not owner or noun not in OWNED_BY_PEOPLE or not people.is_person(bare(owner[-1])):
        return None
    name = " ".join((*owner, noun))
    people.organisation_names.add(name)
    return name


# A point and the space after it before a capital, or a newline; one class of
# characters first, so that the regex engine skips ahead fast (twice as fast as
# the alternation it was).
_SENTENCE_END = LazyPattern(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“]))")


def _sentence_subject_for(people: People, pronoun: Mention, at: int) -> str | None:
    """The person a pronoun most likely means: the subject of its own sentence when
    the pronoun comes later in it ("Rubio said … Trump, whom he called"), else the
    subject of the sentence before ("Pataki says …. He warns"), if their gender fits."""
    text = people.text
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), pronoun.start)]
    if not starts:
        return None
    own = starts[-1]
    if pronoun.start - own > 1:
        opening = name_opening(text, own, pronoun.start)
    elif len(starts) >= 2:
        opening = name_opening(text, starts[-2], own)
    else:
        return None
    if opening is None or opening.start >= pronoun.start:
        return None
    if text[opening.end : pronoun.start].strip() == ",":
        return None  # "South Carolina, he said,": a fronted phrase, not a subject
    if CYRILLIC.search(opening.words[-1]):
        return None  # Ukrainian inflects names and fronts objects: no subject by position
    name = people.resolve_name(opening.words, opening.start)
    if name is None or bare(opening.words[-1]) not in people.full_names:
        return None  # only a person the article is known to name
    wanted = pronoun_gender(pronoun.words[0])
    return name if people.genders.get(name, wanted) == wanted else None


def cue_text(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


# What may stand between a quote and its cue, stray marks too: "…, 'old-school,''' said".
_LEAD = re.compile(r"[\s,.!?…—–\-'\"’”]*")


def _introduces(text: str, verb_end: int) -> bool:
    """Whether a colon follows the cue (``said:``): it introduces what comes next."""
    return _COLON_SOON.match(text, verb_end) is not None


# A colon right after the verb, or after a short adverbial without another verb:
# "Trump said:", "Trump said on Monday:", not "Cruz said as the heckler yelled:".
_COLON_SOON = LazyPattern(
    r"(?: (?:on|in|at|last|this|later|then|again|simply|only)\b[^.;:!?\"“”]{0,25})?\s*:"
)


_SENTENCE_ENDS = frozenset(".!?")
# What opens a reported clause after a verb of saying: "said he …", "said that …".
_CLAUSE_AFTER_VERB = LazyPattern(
    r" (?:that|he|she|they|it|we|there|his|her|their|the|a|an|this|these)\b"
)


# Verbs whose next words are whom they address: "told the crowd", "asked the council".
_TAKES_AN_OBJECT = LazyPattern(r"(?:told|tells|tell|asked|asks|ask|warned|warns|urged|urges)$")


def _reports_anew(text: str, quote_end: int, verb_end: int) -> bool:
    """Whether the sentence after a quote that ended its own sentence reports
    something new (`"…." Rubio said he disagreed`) rather than naming its speaker
    (`"…." Rubio said on Monday.`)."""
    ended = text[max(0, quote_end - 3) : quote_end].rstrip("\"”’'")[-1:] in _SENTENCE_ENDS
    return ended and _CLAUSE_AFTER_VERB.match(text, verb_end) is not None


def cue_after(text: str, people: People, index: int, ceiling: int, at: int) -> Attribution | None:
    """`"…," Rutte said` / `"…," said President Zelensky` / `"…," the minister added`."""
    agent = _AGENT_AFTER.match(text, index, ceiling)
    if agent is not None and (
        agent.group(1) is not None or _CALLED_BEFORE.search(text, max(0, at - 30), at)
    ):  # `has been called "…" by Ada Moss`, `"…" – as described by Ada Moss`
        mention = mention_after(text, agent.end(), ceiling)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            return Attribution(speaker, cue_text(text, agent.start(), mention.end))
    lead = _LEAD.match(text, index, ceiling)
    position = lead.end() if lead else index
    if lead and not _SENTENCE_ENDS.isdisjoint(lead.group()):
        return None  # the quote's sentence ended: what follows is another sentence
    first = WORD.match(text, position, ceiling)
    if first is not None and is_verb(first.group()) and inverts(first.group()):
        verb_end = end_of_verb(text, first, ceiling)
        if verb_end is not None:
            mention = mention_after(text, verb_end, ceiling)
            speaker = resolve(people, mention, at)
            if mention is not None and (speaker is not None or mention.kind == "unnamed"):
                return Attribution(speaker, cue_text(text, first.start(), mention.end))
    according = _ACCORDING.match(text, position, ceiling)
    if according is not None:  # "…", according to Bilan
        mention = _according_to(text, according.end(), ceiling)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            return Attribution(speaker, cue_text(text, according.start(), mention.end))
    verb = next(verbs_in(text, position, min(ceiling, position + 100)), None)
    if verb is None:  # a long aside before the verb: "Ida Lorne, director of …, said"
        found = _cue_after_asides(text, people, position, ceiling, at)
        return found or _subject_and_any_verb(text, people, index, position, ceiling, at)
    mention = mention_before(text, position, verb.start())
    verb_end = end_of_verb(text, verb, ceiling)
    if verb_end is not None and _introduces(text, verb_end):
        return None  # `"…." Mr. Zahed said: "…"`: the cue belongs to the next quote
    if (
        verb_end is not None
        and not _TAKES_AN_OBJECT.match(verb.group())
        and _reports_anew(text, index, verb_end)
    ):
        return None  # `"…." Rubio said he disagreed`: a new sentence reports something else
    if (
        mention is not None
        and verb_end is not None
        and _SUBJECT_LEAD.fullmatch(text, position, mention.start)
    ):
        speaker = resolve(people, mention, at)
        if speaker is not None or mention.kind in ("pronoun", "unnamed"):
            # "he said" right after an unnamed person ("one detainee") decides
            # too: the speaker is someone the article does not name.
            return Attribution(speaker, cue_text(text, position, verb_end))
    return _cue_after_asides(text, people, position, ceiling, at)


# Whose words a passive gives them as: `called "…" by X`, `"…" – as described by X`.
_AGENT_AFTER = LazyPattern(r"[\s,]*(?:[—–\-]\s*(as (?:described|put|called|termed))\s+)?by ")
_CALLED_BEFORE = LazyPattern(
    r"\b(?:been|was|were|is|are|being) (?:called|dubbed|described as|labell?ed|termed|branded)"
    r"\s*$"
)
# A short clause that ends the sentence after a quote: ", an angry Hollande retaliated."
_ANY_VERB_ENDING = LazyPattern(r" ([a-z]{3,}(?:ed|s))\b[^.!?\"“”«»,;:]{0,40}[.!?](?:\s|$)")


def _subject_and_any_verb(
    text: str, people: People, index: int, position: int, ceiling: int, at: int
) -> Attribution | None:
    """`"…," an angry Hollande retaliated.`: a quote that hands its sentence over to a
    named subject and a verb, whatever the verb, is that subject's."""
    if text[max(0, index - 3) : index].rstrip("\"”’'")[-1:] != ",":
        return None  # the quote's own sentence ended: what follows is another
    for ending in _ANY_VERB_ENDING.finditer(text, position, min(ceiling, position + 120)):
        mention = mention_before(text, position, ending.start(1))
        if mention is None or mention.kind not in ("name", "pronoun"):
            return None
        if not _SUBJECT_LEAD.fullmatch(text, position, mention.start):
            return None
        speaker = resolve(people, mention, at)
        if speaker is None:
            return None
        return Attribution(speaker, cue_text(text, mention.start, ending.end(1)))
    return None


# Where a sentence ends inside a clause: a point before a capital, not after an initial.
_CLAUSE_END = LazyPattern(r"(?<![\s.][A-Z])[.!?](?=\s+[A-Z\"“])|[\"“”«»]")


def _cue_after_asides(
    text: str, people: People, position: int, ceiling: int, at: int
) -> Attribution | None:
    """The clause after a quote names its speaker first, then asides, then the verb:
    `"…," Carl Munro, 30, of Dover, who was polled, said` / `"…" for X, said Moreau`."""
    reach = min(ceiling, position + 220)
    clause_end = _CLAUSE_END.search(text, position, reach)
    reach = clause_end.start() if clause_end else reach
    for verb in verbs_in(text, position, reach):
        if text[max(position, verb.start() - 2) : verb.start()] != ", ":
            continue
        verb_end = end_of_verb(text, verb, ceiling)
        if verb_end is None:
            continue
        subject = mention_after(text, position, verb.start())
        if (
            subject is not None
            and subject.kind == "name"
            and text.startswith((",", ".,"), subject.end)  # "…, James B. Comey Jr., the"
        ):
            speaker = resolve(people, subject, at)
            if speaker is not None:
                return Attribution(speaker, cue_text(text, subject.start, verb_end))
        if inverts(verb.group()):
            named = mention_after(text, verb_end, ceiling)
            if named is not None and named.kind == "name":
                speaker = resolve(people, named, at)
                if speaker is not None:
                    return Attribution(speaker, cue_text(text, verb.start(), named.end))
    return cue_ending_sentence(text, people, position, ceiling, at)


# The end of a sentence, after its last clause: ". " before a capital, or a paragraph's end.
_SENTENCE_STOP = LazyPattern(r"(?<![\s.][A-Z])[.!?](?:\s+(?=[A-Z\"“])|\s*$)")


_DOUBLE_MARKS = '"“”«»'  # the marks a quote in English or Ukrainian news opens and closes with


def cue_ending_sentence(
    text: str, people: People, position: int, ceiling: int, at: int, across_quotes: bool = False
) -> Attribution | None:
    """A sentence that ends in its attribution covers every quote in it: `… will carry
    "a great deal of weight" and help them win, DFA spokesman Neil Sroka said.` The
    quotes after ``position`` are passed only ``across_quotes``; never its last clause."""
    stop = _SENTENCE_STOP.search(text, position, min(ceiling, position + 300))
    if stop is None:
        return None
    clause = text.rfind(", ", position, stop.start())
    if clause < 0 or any(mark in text[clause : stop.start()] for mark in _DOUBLE_MARKS):
        return None
    if any(mark in text[position:clause] for mark in _DOUBLE_MARKS) and (
        not across_quotes or _speaks_between_quotes(text, position, clause)
    ):
        return None
    verbs = list(verbs_in(text, clause + 2, stop.start()))
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    mention = mention_before(text, clause + 2, verb.start())
    lead = text[clause + 2 : mention.start].split() if mention is not None else []
    if mention is None or mention.kind != "name" or len(lead) > 4:
        return None  # at most a few modifiers before the name: "city planner Omar Quist"
    speaker = resolve(people, mention, at)
    return Attribution(speaker, cue_text(text, mention.start, verb.end())) if speaker else None


def _speaks_between_quotes(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying stands outside the quotes in ``text[start:end]`` (which
    begins outside one): `"a joke," and others who said it was "dead"` has one."""
    for verb in verbs_in(text, start, end):
        marks = sum(text.count(mark, start, verb.start()) for mark in _DOUBLE_MARKS)
        if marks % 2 == 0:
            return True
    return False


# "with some warning", "others saying": the participle has a subject of its own.
_QUANTIFIER_BEFORE = LazyPattern(r"\b(?:some|many|others|several|most|few|both|one|all) $")


# What follows a verb that does not invert there: "said it was", "said that".
_NOT_INVERTED = LazyPattern(r"\s+(?:it|that|this)\b")
# What someone's words come in: "Hoff's letter", "Moss's statement".
_OWNED_WORDS = LazyPattern(r" ([a-z\-]+)(?: ([a-z]+))?")
_WORDS_NOUNS = frozenset(
    ("letter", "statement", "words", "tweet", "tweets", "post", "memo", "op-ed", "column",
     "speech", "remarks", "message", "email", "e-mail", "note", "response", "reply", "answer")
)  # fmt: skip
# Verbs whose passive subject is the one spoken to: "was asked", "were told".
_PUT_TO = frozenset(("asked", "told", "questioned", "pressed"))
_PASSIVE_BEFORE = LazyPattern(r"\b(?:was|were|is|are|been|being|be)(?: [a-z]+ly)? $")
_BY = LazyPattern(r",? by ")
# Verbs whose object is a person, who then is no subject: "endorsed Ada Moss".
_TAKES_A_PERSON = (
    "endorsed|thanked|praised|met|called|attacked|criticized|criticised|told|asked|urged"
)
# Who is spoken or written to, or acted on, before a participle that is not theirs:
# "wrote a letter to Judge Ada Moss asking", "replied on Facebook writing", "endorsed
# Ada Moss, saying"; not "listened to Ada Moss saying" nor "a letter from Ada Moss".
_ADDRESSED_BEFORE = LazyPattern(
    r"(?:\b(?:wrote|writes|write|replied|replies|responded|responds|spoke|speaks|posted|"
    r"posts|turned|appealed|reached out)\b[^.!?\"“”\n]{0,40}?\b(?:to|on)"
    rf"|\b(?:{_TAKES_A_PERSON}))\s+(?:the\s+)?$"
)
# What makes the name after it an object, not a subject (before a colon): "In
# response to Quist", "a letter from Quist", "endorsed Quist".
_OBJECT_BEFORE = LazyPattern(
    rf"\b(?:to|on|for|from|at|about|against|{_TAKES_A_PERSON})\s+(?:the\s+)?$"
)


# Between a verb of saying and a participle that goes on from it: "said, adding".
_PARTICIPLE_AFTER = LazyPattern(r",? (?:and )?")


# A verb that shares the sentence's subject: "Vance said … but added".
_SHARED_SUBJECT = LazyPattern(r"\b(?:and|but|then|and then|but also) $")


def cue_within(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """The last reporting clause in ``text[start:end]`` that names a person."""
    found: Attribution | None = None
    said: tuple[int, Mention | None] = (-1, None)  # the last verb's end and its subject
    for verb in verbs_in(text, start, end):
        verb_end = end_of_verb(text, verb, end)
        if verb_end is None:
            continue
        if verb.group() in _PUT_TO and _PASSIVE_BEFORE.search(
            text, max(start, verb.start() - 24), verb.start()
        ):  # "Quist was asked by host Ada Moss, '…'": the asker's words, not Quist's
            if (  # what was asked is the quote, in this very sentence ("… and said" not)
                not any(
                    _SHARED_SUBJECT.search(text, max(verb_end, later.start() - 8), later.start())
                    for later in verbs_in(text, verb_end, end)
                )
                and _SENTENCE_STOP.search(text, verb_end, max(verb_end, at)) is None
            ):
                by = _BY.match(text, verb_end, end)
                agent = mention_after(text, by.end(), end) if by else None
                speaker = resolve(people, agent, at)
                cue_end = agent.end if agent is not None and speaker is not None else verb_end
                found = Attribution(speaker, cue_text(text, verb.start(), cue_end))
            said = (verb_end, None)  # "… was asked about it and said": the later verb decides
            continue
        mention = mention_before(text, start, verb.start())
        if (
            mention is not None
            and mention.kind == "name"
            and verb.group().endswith("ing")
            and "of" not in mention.words  # "a video on Monday of Ada Moss saying"
            and _ADDRESSED_BEFORE.search(text, max(start, mention.start - 70), mention.start)
        ):  # "Stanton wrote to Ada Moss asking": the sentence's subject asks, not Moss
            mention = name_opening(text, start, verb.start())
            if mention is not None and mention.end > verb.start() - 40:
                mention = None  # the opening name is the object itself
        if (
            mention is None
            and said[1] is not None
            and _PARTICIPLE_AFTER.fullmatch(text, said[0], verb.start())
        ):  # "…, Nefzi said, adding": the participle is the last verb's subject's
            mention = said[1]
            cue_start, cue_end = mention.start, verb_end
        elif (
            mention is None
            and inverts(verb.group())
            and not _NOT_INVERTED.match(text, verb_end, end)
            and (inverted := mention_after(text, verb_end, end)) is not None
        ):
            mention = inverted
            cue_start, cue_end = verb.start(), mention.end
        elif mention is None and _SHARED_SUBJECT.search(
            text, max(start, verb.start() - 8), verb.start()
        ):
            mention = name_opening(text, start, verb.start())  # "… but added"
            cue_start, cue_end = (mention.start if mention else verb.start()), verb_end
        elif (
            mention is None
            and verb.group().endswith("ing")
            and not _QUANTIFIER_BEFORE.search(text, max(start, verb.start() - 12), verb.start())
        ):
            mention = name_opening(text, start, verb.start())  # "…, saying"
            cue_start, cue_end = (mention.start if mention else verb.start()), verb_end
        else:
            cue_start, cue_end = (mention.start if mention else verb.start()), verb_end
        said = (verb_end, mention)
        speaker = resolve(people, mention, at)
        if (
            speaker is None
            and mention is not None
            and mention.kind == "name"
            and verb.group().endswith("ing")
        ):
            # "… in early June, …, telling": a word that names nobody before a
            # participle; the sentence's subject is the participle's
            mention = name_opening(text, start, verb.start())
            speaker = resolve(people, mention, at)
            cue_start = mention.start if mention else cue_start
        if speaker is not None:
            found = Attribution(speaker, cue_text(text, cue_start, cue_end))
        elif mention is not None and mention.kind == "unnamed":
            found = None  # a later cue's subject is someone unnamed: "…, an aide said"
    for according in _ACCORDING_PRONOUN.finditer(text, start, end):
        speaker = people.last_before(according.start())
        if speaker is not None:
            found = Attribution(speaker, cue_text(text, according.start(), according.end()))
    for according in _ACCORDING.finditer(text, start, end):
        mention = _according_to(text, according.end(), end)
        speaker = resolve(people, mention, at)
        if speaker is not None and mention is not None:
            found = Attribution(speaker, cue_text(text, according.start(), mention.end))
    return found


def _according_to(text: str, index: int, ceiling: int) -> Mention | None:
    """Who stands after "according to": a name, or the maker of a document ("a court
    filing by prosecutor Ana Weiss")."""
    mention = mention_after(text, index, ceiling)
    if mention is None or mention.kind == "unnamed":
        document = _DOCUMENT_BY.match(text, index, ceiling)
        if document is not None:
            return mention_after(text, document.end(), ceiling)
    return mention


def colon_intro(text: str, people: People, start: int, end: int, at: int) -> Attribution | None:
    """``Zelensky supplemented it with a short phrase:`` names the speaker of what follows."""
    if not text[start:end].rstrip().endswith(":"):
        return None
    explicit = cue_within(text, people, start, end, at)
    if explicit is not None:
        return explicit
    # The sentence's subject decides first ("Ever since she endorsed Mrs. Clinton, Ms.
    # Warren has been …:"), then any person the clause names, then a pronoun
    # ("Asked what he expects, Zhadan was careful:").
    opening = name_opening(text, start, end)
    if opening is not None and bare(opening.words[-1]) in people.full_names:
        speaker = resolve(people, opening, at)
        if speaker is not None:
            return Attribution(speaker, cue_text(text, start, end))
    pronoun: re.Match[str] | None = None
    for word in WORD.finditer(text, start, end):
        value = word.group()
        owned = _OWNED_WORDS.match(text, word.end()) if bare(value) != value else None
        if (
            bare(value) in people.full_names
            # not an owner ("Trump's proposal", "Clinton's aide"), unless of the words
            # themselves ("Hoff's letter makes the case:")
            and (bare(value) == value or (owned is not None and _WORDS_NOUNS & set(owned.groups())))
            and not _OBJECT_BEFORE.search(text, max(start, word.start() - 30), word.start())
        ):
            name = people.resolve_name((bare(value),), word.start())
            return Attribution(name or value, cue_text(text, start, end))
        if pronoun is None and value.lower() in PRONOUNS:
            pronoun = word
    if pronoun is not None:
        speaker = people.last_before(pronoun.start())
        if speaker is not None:
            return Attribution(speaker, cue_text(text, start, end))
    return _name_before_colon(text, people, start, end, at)


_BEFORE_COLON = LazyPattern(r"[\s:]*$")


def _name_before_colon(
    text: str, people: People, start: int, end: int, at: int
) -> Attribution | None:
    """``Dana Whitaker: "…"`` / ``— Ruth Alder and Tomas Reed: "…"``: a name, or a
    list of names, right before the colon is the speaker."""
    colon = _BEFORE_COLON.search(text, start, end)
    limit = colon.start() if colon else end
    if limit == start or text[limit - 1] in ".,;":
        return None
    mention = mention_before(text, start, limit)
    if mention is None or mention.kind not in ("name", "group"):
        return None
    speaker = resolve(people, mention, at)
    return Attribution(speaker, cue_text(text, mention.start, limit)) if speaker else None
