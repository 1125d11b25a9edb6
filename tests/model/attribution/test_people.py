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


def test_someone_unnamed_in_between_is_who_she_may_mean() -> None:
    text = "Ida Lorne, a senator, spoke first. Then a local woman stood up. She said no."
    people = find_people(text)
    assert people.last_before(text.index("Then"), "she") == "Ida Lorne"
    assert people.last_before(text.index("She said"), "she") is None


def test_pronouns_after_someone_unnamed_are_not_counted_for_the_name_before() -> None:
    people = find_people("Ida Lorne, a senator, met a local man, and he said he was glad.")
    assert "Ida Lorne" not in people.genders
    people = find_people("Ida Lorne, a senator, met the press, and he said he was glad.")
    assert people.genders["Ida Lorne"] == "m"


def test_a_name_inside_a_longer_word_is_no_mention() -> None:
    for word in ("Pro-Lorne", "Lorneville", "Lorne_2"):
        text = f"Ida Lorne, a senator, spoke. Karl Rove said he agreed. {word} voters met. He left."
        people = find_people(text)
        assert people.last_before(text.index("He left"), "he") == "Karl Rove", word
    text = "Ida Lorne, a senator, spoke. Karl Rove said he agreed. Lorne's voters met. He left."
    assert find_people(text).last_before(text.index("He left"), "he") == "Ida Lorne"


def test_a_place_that_owns_something_is_no_person() -> None:
    text = (
        "Nora Vance, the mayor, spoke on Monday. For the governor, the front-runner, "
        "Ohio's all-or-nothing contest mattered. Ohio's Secretary of State Leo Brandt agreed."
    )
    people = find_people(text)
    assert "Ohio" not in people.full_names
    assert people.full_names["Brandt"] == "Leo Brandt"
