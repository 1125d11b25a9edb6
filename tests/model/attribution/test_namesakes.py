"""Two people with one surname: every cue keeps the person it names.

The families here are invented for the test.
"""

from __future__ import annotations

from reader.model import parse
from reader.model.people import find_people


def speakers(body: str) -> list[str | None]:
    return [quote.speaker for quote in parse(f"Title\n\n{body}\n").quotes]


FAMILY = (
    "Walter Marsh, the former mayor, spoke at the fair on Friday. He said the town had "
    "changed. His wife, Edith Marsh, who is running for the council, spoke after him. "
    "She said she would fix the roads.\n\n"
)


def test_a_full_name_in_the_cue_keeps_its_person() -> None:
    body = (
        FAMILY
        + '"The roads come first," Walter Marsh said.\n\n"So do the schools," Edith Marsh said.'
    )
    assert speakers(body) == ["Walter Marsh", "Edith Marsh"]


def test_a_full_name_after_the_verb_keeps_its_person() -> None:
    body = FAMILY + '"I was mayor for ten years," said Walter Marsh.'
    assert speakers(body) == ["Walter Marsh"]


def test_honorifics_tell_husband_from_wife() -> None:
    body = (
        FAMILY
        + '"We need a new bridge," Mr. Marsh said.\n\n"We need two," Mrs. Marsh said.'
        + '\n\n"And a park," said Ms. Marsh.'
    )
    assert speakers(body) == ["Walter Marsh", "Edith Marsh", "Edith Marsh"]


def test_a_bare_surname_is_the_one_just_named() -> None:
    body = (
        FAMILY
        + "Walter Marsh spoke first on Saturday.\n\n"
        + '"The fair is bigger this year," Marsh said.\n\n'
        + "Edith Marsh answered questions later.\n\n"
        + '"I will take them all," Marsh said.'
    )
    assert speakers(body) == ["Walter Marsh", "Edith Marsh"]


def test_pronouns_after_a_namesake_follow_that_person() -> None:
    people = find_people(FAMILY)
    assert people.last_before(FAMILY.index("She said"), "she") == "Edith Marsh"
    assert people.last_before(FAMILY.index("He said"), "he") == "Walter Marsh"


def test_a_surname_one_person_has_still_gets_the_full_name() -> None:
    body = 'Karin Holt leads the union.\n\n"We will strike," Holt said.'
    assert speakers(body) == ["Karin Holt"]


def test_a_word_opening_a_sentence_is_no_given_name() -> None:
    body = (
        "Walter Marsh, the former mayor, opened the fair. Although Marsh left office in "
        "2010, although he is retired, he still helps.\n\n"
        '"I like to be useful," Marsh said.'
    )
    assert speakers(body) == ["Walter Marsh"]


def test_the_bare_surname_means_whom_its_pronouns_fit() -> None:
    body = (
        "Marsh told the crowd she had walked every street in town. Marsh said she was "
        "ready. Her husband, Walter Marsh, watched. He said nothing.\n\n"
        "Edith Marsh thanked the volunteers.\n\n"
        "The results come in on Sunday, and the count will take a week, the clerk said, "
        "and nobody expects a recount this time, since the margin is wide.\n\n"
        '"We will win," Marsh said.'
    )
    assert speakers(body) == ["Edith Marsh"]


def test_a_given_name_nobody_else_has_stays_as_written() -> None:
    people = find_people(FAMILY)
    assert people.resolve_name(("Rosa", "Marsh"), len(FAMILY)) == "Rosa Marsh"


def test_a_surname_used_bare_before_its_namesakes_are_named_stays_bare() -> None:
    body = (
        "Marsh opened the fair. Marsh cut the ribbon. Marsh then spoke for an hour about "
        "the new roads, the school and the bridge that the town still needs.\n\n"
        "In the crowd stood Walter Marsh, a retired pilot, and Edith Marsh, a teacher, "
        "cousins from the next valley.\n\n"
        "The fair runs until Sunday, and the organisers expect more visitors than last "
        "year, when rain kept many families away from the showground on both days. "
        "Parking is free on the north field, and buses run every half hour from the "
        "station until late in the evening.\n\n"
        '"Come and see us," Marsh said.'
    )
    assert speakers(body) == ["Marsh"]
