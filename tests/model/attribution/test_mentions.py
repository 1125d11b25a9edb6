"""Mentions: the subject beside a verb of saying."""

from __future__ import annotations

from reader.model.mentions import mention_after, mention_before, name_opening


def before(text: str) -> tuple[str, tuple[str, ...]] | None:
    mention = mention_before(text, 0, text.rindex(" said") + 1)
    return None if mention is None else (mention.kind, mention.words)


def after(text: str) -> tuple[str, tuple[str, ...]] | None:
    mention = mention_after(text, text.index("said ") + 4, len(text))
    return None if mention is None else (mention.kind, mention.words)


def test_a_name_with_its_honorific_before_the_verb() -> None:
    assert before("Mr. Rove said") == ("name", ("Mr", "Rove"))


def test_the_name_before_an_aside() -> None:
    assert before("Leo Brandt, chief strategist at Ore Capital Ltd., said") == (
        "name",
        ("Leo", "Brandt"),
    )


def test_a_time_phrase_between_subject_and_verb() -> None:
    assert before("Ruth Alder last week said") == ("name", ("Ruth", "Alder"))


def test_a_pronoun_and_an_unnamed_person() -> None:
    assert before("she said") == ("pronoun", ("she",))
    assert before("one senior aide said") == ("unnamed", ("aide",))


def test_a_list_of_people_is_a_group() -> None:
    assert before("Ruth Alder, Omar Quist and Lena Pike said") == (
        "group",
        ("Ruth Alder", "Omar Quist", "Lena Pike"),
    )


def test_after_an_inverted_verb() -> None:
    assert after("said Sen. Ruth Alder.") == ("name", ("Sen", "Ruth", "Alder"))
    assert after("said a spokeswoman for the line, Ada Moss.") == ("name", ("Ada", "Moss"))
    assert after("said a longtime adviser.") == ("unnamed", ("longtime", "adviser"))


def test_no_subject_where_a_clause_follows() -> None:
    assert after("said Ukraine had agreed.") is None
    assert after("said Republican leaders will vote.") is None


def test_asides_with_an_age_a_possessor_or_a_state() -> None:
    assert before("Ivo Lind, 44, a harbour pilot, said") == ("name", ("Ivo", "Lind"))
    assert before("Ada Roth, Mr. Lind's deputy director, said") == ("name", ("Ada", "Roth"))
    assert before("Mr. Lind, now 70 and living in Salem, Ore., said") == (
        "name",
        ("Mr", "Lind"),
    )


def test_a_possessor_without_a_role_is_no_aside() -> None:
    assert before("at Harbour Hall, Mr. Lind's old club, said") is None


def test_any_adverb_between_subject_and_verb() -> None:
    assert before("Ida Lorne cheerfully said") == ("name", ("Ida", "Lorne"))
    assert before("the family said") is None


def test_the_name_opening_a_sentence_keeps_its_honorific_and_given_name() -> None:
    text = "It rained. Sen. Ida Lorne, who chairs the panel, spoke first"
    mention = name_opening(text, text.index(" Sen."), len(text))
    assert mention is not None and mention.words == ("Sen", "Ida", "Lorne")
