"""Highlights survive edits: position, then exact text with context, then fuzzy."""

from __future__ import annotations

from pathlib import Path

from reader.model import parse_file
from reader.model.anchoring import describe, reanchor
from reader.model.highlights import new_highlight, place

SEED = Path(__file__).parents[2] / "seeds" / "000_fa23456de02c1621.txt"


def test_selectors_follow_the_w3c_model() -> None:
    text = "The quick brown fox jumps over the lazy dog."
    anchor = describe(text, 4, 19)
    assert anchor.quote.exact == "quick brown fox"
    assert anchor.quote.prefix == "The "
    assert anchor.quote.suffix == " jumps over the lazy dog."
    assert (anchor.position.start, anchor.position.end) == (4, 19)


def test_unchanged_text_keeps_the_position() -> None:
    text = "one two three two one"
    anchor = describe(text, 8, 13)
    assert reanchor(text, anchor) == anchor


def test_repeated_text_is_told_apart_by_its_context() -> None:
    text = "Rutte said yes. Zelensky said yes. Rutte said no."
    second = describe(text, text.index("yes", 20), text.index("yes", 20) + 3)
    edited = "Intro. " + text
    moved = reanchor(edited, second)
    assert moved is not None
    assert edited[moved.start - 14 : moved.end] == "Zelensky said yes"


def test_a_changed_word_inside_is_found_by_fuzzy_match() -> None:
    text = "Intro.\n\nThe quick brown fox jumps over the lazy dog."
    anchor = describe(text, text.index("quick"), text.index(" jumps"))
    edited = "New intro line.\n\nThe quick red fox jumps over the lazy dog."
    moved = reanchor(edited, anchor)
    assert moved is not None and edited[moved.start : moved.end] == "quick red fox"


def test_text_that_is_gone_cannot_be_placed() -> None:
    anchor = describe("A sentence about Vuhledar.", 2, 25)
    assert reanchor("Something else entirely, nothing alike.", anchor) is None


def test_seed_highlights_come_back_after_edits_around_and_before_them(tmp_path: Path) -> None:
    original = parse_file(SEED)
    text = original.text
    phrases = [
        "It depends not on me, but on individual allies",
        "the priority for Ukraine remains the preservation of the lives of soldiers",
        "Zelensky hopes that NATO countries will change their position",
        "avoided a detailed answer",
    ]
    highlights = [new_highlight(text, text.index(p), text.index(p) + len(p)) for p in phrases]
    edited = (
        text.replace("Withdrawal of troops from Vuhledar\n", "Vuhledar: the withdrawal\n")
        .replace(
            "The President of Ukraine",
            "UPDATE: new details were added.\n\nAnother paragraph.\n\nThe President of Ukraine",
        )
        .replace("the preservation of the lives", "the protection of the lives")
        .replace("avoided a detailed answer", "avoided a detailed reply")
    )
    path = tmp_path / "edited.txt"
    path.write_text(edited, encoding="utf-8")
    new_text = parse_file(path).text
    placed = place(new_text, highlights)
    found = {h.id: new_text[h.start : h.end] for h in placed if not h.detached}
    assert found[highlights[0].id] == phrases[0]
    assert found[highlights[1].id] == (
        "the priority for Ukraine remains the protection of the lives of soldiers"
    )
    assert found[highlights[2].id] == phrases[2]
    assert found[highlights[3].id] == "avoided a detailed reply"
    assert not any(h.detached for h in placed)


def test_a_highlight_whose_text_was_deleted_is_kept_as_detached() -> None:
    text = "First paragraph.\n\nA sentence nobody will keep around.\n\nLast paragraph."
    gone = new_highlight(text, text.index("A sentence"), text.index(" around"))
    kept = new_highlight(text, 0, 5)
    placed = place("First paragraph.\n\nLast paragraph.", [gone, kept])
    assert [h.id for h in placed] == [kept.id, gone.id]
    assert placed[1].detached and placed[1].text == "A sentence nobody will keep"
