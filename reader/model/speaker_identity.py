"""One person, one name across a library.

Articles name one speaker many ways: "NATO Secretary General Mark Rutte", "Mark Rutte",
"Rutte"; a Ukrainian article inflects the name ("Ольги Кравченко" for "Ольга
Кравченко"). `group_speakers` maps every name the library holds to one display name
per person: titles and roles are dropped, Ukrainian names are put in their dictionary
form (with pymorphy3, imported only when a name is in Cyrillic), a full name is the
first and last of its words ("Hillary Rodham Clinton" is "Hillary Clinton", who is not
"Bill Clinton"), and a surname alone joins the one full name that ends with it, or
stays apart when the library holds several (or none).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from reader.model.lexicon import ROLE_NOUNS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

# Speakers that are not one person keep their name as it is: never merged by surname.
COLLECTIVE_KINDS = frozenset({"organisation", "group"})

_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
     "capt", "sir", "dame", "lord", "lady", "rev", "st", "the", "former", "acting", "deputy",
     "vice", "пан", "пані"}
)  # fmt: skip
# Lower-case words that belong inside a name: Ursula von der Leyen, Charles de Gaulle.
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin",
     "ibn", "al", "el", "ter", "zu"}
)  # fmt: skip
_WORD_EDGES = re.compile(r"^[^\w]+|[^\w.]+$")
_POSSESSIVE = re.compile(r"['’]s$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_INITIAL = re.compile(r"^\w\.?$")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", _WORD_EDGES.sub("", word.replace("’", "'")))


def _is_title(word: str) -> bool:
    bare = word.rstrip(".")
    acronym = len(bare) > 1 and bare.isupper()  # NATO, EU, UN
    return acronym or bare.casefold() in ROLE_NOUNS or bare.casefold() in _HONORIFICS


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and not _is_title(word)


@lru_cache(maxsize=65536)
def personal_name(name: str) -> tuple[str, ...]:
    """The words of the person's name in ``name``, titles and roles left out:
    ``"NATO Secretary General Mark Rutte"`` gives ``("Mark", "Rutte")``. Empty when
    ``name`` holds no capitalised word that is not a title."""
    words = [w for w in (_clean(part) for part in name.split()) if w]
    kept: list[str] = []
    for word in reversed(words):  # the last run of name words, from the end
        if _is_name_word(word) or (kept and word.casefold() in _PARTICLES):
            kept.append(word)
        elif kept:
            break
    kept.reverse()
    while kept and not kept[-1][:1].isupper():  # "… Gaulle de": no name ends with a particle
        kept.pop()
    if kept and _CYRILLIC.search(" ".join(kept)):
        return dictionary_form(without_role_words(tuple(kept)))
    return tuple(kept)


# ---------------------------------------------------------------- Ukrainian


@lru_cache(maxsize=1)
def _analyser() -> MorphAnalyzer | None:
    try:
        import pymorphy3  # imported here: only Cyrillic names pay for the dictionaries
    except ImportError:
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang="uk")
    except (ValueError, OSError):  # the Ukrainian dictionaries are not installed
        return None


def _name_parses(analyser: MorphAnalyzer, word: str) -> list[Parse]:
    parses = list(analyser.parse(word))
    names = [p for p in parses if _is_name(p)]
    return names or parses


def _agreeing(candidates: list[list[Parse]]) -> list[Parse]:
    """One parse per word, all in the same singular case and (where said) gender."""
    genders = {p.tag.gender for c in candidates for p in c if "Name" in p.tag.grammemes}
    gender = genders.pop() if len(genders) == 1 else None
    for case in _CASES:
        chosen: list[Parse] = []
        for options in candidates:
            fitting = [p for p in options if p.tag.case == case and p.tag.number != "plur"]
            same_gender = [p for p in fitting if gender is None or p.tag.gender in (gender, None)]
            pick = (same_gender or fitting or [None])[0]
            if pick is None:
                break
            chosen.append(pick)
        else:
            return chosen
    return [options[0] for options in candidates]


def _is_name(parse: Parse) -> bool:
    return bool(_NAME_GRAMMEMES & set(parse.tag.grammemes))


@lru_cache(maxsize=4096)
def without_role_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A Cyrillic name without the nouns before it that the dictionary knows only as
    common nouns: ``("Пенсіонерка", "Галина", "Мельник")`` gives ``("Галина",
    "Мельник")`` (an article writes a role as part of the name: "pensioner Halyna").
    Only words before a given name the dictionary knows go; the words as given when
    no analyser is installed."""
    analyser = _analyser()
    if analyser is None:
        return words
    parses = [analyser.parse(word) for word in words]
    given = [
        i for i, options in enumerate(parses) if any("Name" in p.tag.grammemes for p in options)
    ]
    start = 0
    while given and start < given[0] and not any(_is_name(p) for p in parses[start]):
        if not analyser.word_is_known(words[start].casefold()):
            break  # an unknown word may be a name the dictionary lacks
        start += 1
    return words[start:]


def _capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=4096)
def dictionary_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """A Cyrillic name in the nominative: ``("Ольги", "Кравченко")`` gives
    ``("Ольга", "Кравченко")``. The words as given when no analyser is installed."""
    analyser = _analyser()
    if analyser is None:
        return words
    candidates = [_name_parses(analyser, word) for word in words]
    result: list[str] = []
    for word, parse in zip(words, _agreeing(candidates), strict=True):
        if not _CYRILLIC.search(word) or not analyser.word_is_known(word.casefold()):
            result.append(word)  # an unknown surname: a guessed ending would be worse
            continue
        nominative = parse.inflect({"nomn"})
        result.append(_capitalised(nominative.word if nominative else word))
    return tuple(result)


# ---------------------------------------------------------------- grouping


def _surname_start(words: tuple[str, ...]) -> int:
    """Where the surname begins: the last word with the particles before it."""
    start = len(words) - 1
    while start > 0 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return start


def _surname(words: tuple[str, ...]) -> str:
    return " ".join(words[_surname_start(words) :]).casefold()


def _is_full(words: tuple[str, ...]) -> bool:
    """A given name and a surname ("M. Rutte" has only an initial)."""
    return _surname_start(words) > 0 and not _is_initial(words[0])


def _key(words: tuple[str, ...]) -> tuple[str, str]:
    """A full name is its first name and surname: a middle name does not make a new person."""
    return (words[0].casefold(), _surname(words))


def _is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word))


def group_speakers(speakers: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Every speaker name (with its kind: "person", "organisation", "group" or None)
    mapped to the one display name of the person (or body) it names."""
    forms: dict[str, tuple[str, ...]] = {}
    for name, kind in speakers:
        if name in forms:
            continue
        words = () if kind in COLLECTIVE_KINDS else personal_name(name)
        forms[name] = words or (" ".join(name.split()),)
    full_names: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for words in forms.values():
        if _is_full(words):
            full_names[_key(words)].append(words)
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in full_names:
        by_surname[key[1]].append(key)
    display = {key: _display(variants) for key, variants in full_names.items()}

    def person(words: tuple[str, ...]) -> str:
        if _is_full(words):
            return display[_key(words)]
        candidates = by_surname.get(_surname(words), [])
        if _surname_start(words) > 0:  # "M. Rutte": the full names whose first word starts so
            initial = words[0].casefold().rstrip(".")
            candidates = [key for key in candidates if key[0].startswith(initial)]
        if len(candidates) == 1:
            return display[candidates[0]]
        return " ".join(words)  # unknown, or ambiguous across the library: kept apart

    return {name: person(words) for name, words in forms.items()}


def _display(variants: list[tuple[str, ...]]) -> str:
    """The form the library uses most (the fuller one on a tie)."""
    counts = Counter(variants)
    best = max(counts, key=lambda words: (counts[words], len(" ".join(words))))
    return " ".join(best)
