"""People: the fullest name for every way an article refers to someone."""

from __future__ import annotations

from reader.model.people import find_people

TEXT = (
    "Karl Rove, a strategist, met Sen. Ida Lorne (D-Ore.) on Monday. "
    '"We agree," Mr. Rove said. Lorne said she would vote. '
    "The Harbor Gazette reported the meeting."
)


def test_surnames_map_to_full_names() -> None:
    people = find_people(TEXT)
    assert people.resolve_name(("Mr", "Rove")) == "Karl Rove"
    assert people.resolve_name(("Lorne",)) == "Ida Lorne"


def test_a_name_drops_honorifics_possessors_and_headline_verbs() -> None:
    people = find_people(TEXT)
    assert people.resolve_name(("New", "Jersey", "Gov", "Ida", "Lorne")) == "Ida Lorne"
    assert people.resolve_name(("Ohio's", "Nora", "Vance")) == "Nora Vance"
    assert people.resolve_name(("Says", "Karl", "Rove")) == "Karl Rove"
    assert people.resolve_name(("F", "A", "A")) is None


def test_pronouns_follow_gender() -> None:
    people = find_people(TEXT)
    assert people.last_before(TEXT.index("she would"), "she") == "Ida Lorne"


def test_the_newspaper_is_the_last_publication_named() -> None:
    text = TEXT + " The newspaper said so."
    people = find_people(text)
    assert people.resolve_organisation("newspaper", text.index("The newspaper")) == (
        "The Harbor Gazette"
    )


def test_kinds_of_speaker() -> None:
    people = find_people(TEXT)
    assert people.kind_of("Karl Rove") == "person"
    assert people.kind_of("The Harbor Gazette") == "organisation"
    assert people.kind_of("CNN") == "organisation"
    assert people.kind_of("Karl Rove and Ida Lorne") == "group"
    assert people.kind_of(None) is None
