"""Speaker attribution: the fullest name, from the cue the article gives."""

from __future__ import annotations

import pytest

from reader.model import parse


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    article = parse(f"Title\n\n{body}\n")
    return [(q.speaker, q.cue) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            'NATO chief Mark Rutte arrived.\n\n"We stand together," Rutte said.',
            "Mark Rutte",
            "Rutte said",
        ),
        (
            'Volodymyr Zelensky spoke.\n\n"It is difficult," said President Zelensky.',
            "Volodymyr Zelensky",
            "said President Zelensky",
        ),
        ('Mark Rutte spoke.\n\nRutte said: "We stand together."', "Mark Rutte", "Rutte said"),
        (
            'Minister Dmytro Kuleba met reporters.\n\n"Help is coming," Kuleba told reporters.',
            "Dmytro Kuleba",
            "Kuleba told",
        ),
        (
            'Analyst Olena Bilan was cautious.\n\nThe bank is "buying time", according to Bilan.',
            "Olena Bilan",
            "according to Bilan",
        ),
    ],
    ids=["after", "inverted", "colon", "told", "according-to"],
)
def test_explicit_cues_on_either_side(body: str, speaker: str, cue: str) -> None:
    assert speakers(body) == [(speaker, cue)]


@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "added",
        "noted",
        "stressed",
        "emphasized",
        "explained",
        "warned",
        "insisted",
        "recalled",
    ],
)
def test_a_broad_list_of_reporting_verbs(verb: str) -> None:
    body = f'Governor Andriy Pyshnyy spoke.\n\n"Rates stay," Pyshnyy {verb}.'
    assert speakers(body)[0][0] == "Andriy Pyshnyy"


def test_colon_introduction_beats_the_outlet_that_reported_it() -> None:
    body = (
        "Volodymyr Zelensky and Mark Rutte spoke.\n\n"
        'Zelensky supplemented it with a short phrase: "Allies are not ready," '
        'the correspondent of "European Pravda" reports.'
    )
    assert speakers(body)[0][0] == "Volodymyr Zelensky"


def test_pronouns_resolve_to_the_latest_fitting_person() -> None:
    body = (
        "Prosecutor Helen Ashworth addressed the jury. She said that Richard Alden hid "
        "losses, and his lawyer disagreed.\n\n"
        '"It was a plan," she said.\n\n"It was not," he said.'
    )
    assert [s for s, _ in speakers(body)] == ["Helen Ashworth", "Richard Alden"]


def test_roles_resolve_to_the_person_introduced_with_them() -> None:
    body = (
        "The NATO Secretary General Mark Rutte and President Volodymyr Zelensky met.\n\n"
        '"Ukraine has the right to self-defense," the NATO Secretary General emphasized.\n\n'
        '"We need more," the President added.'
    )
    assert [s for s, _ in speakers(body)] == ["Mark Rutte", "Volodymyr Zelensky"]


def test_surnames_become_full_names() -> None:
    body = 'Kharkiv mayor Ihor Terekhov spoke.\n\n"We will rebuild," Terekhov said.'
    assert speakers(body)[0][0] == "Ihor Terekhov"


def test_a_quote_continuing_a_speakers_paragraph_inherits_the_speaker() -> None:
    body = 'Mayor Ihor Terekhov said the city would recover. "Not one school will stay a ruin."'
    assert speakers(body) == [("Ihor Terekhov", "Mayor Ihor Terekhov said")]


def test_no_guessing_when_the_text_names_nobody() -> None:
    body = 'Mark Rutte spoke first.\n\nOne woman in the crowd shouted. "Go home," she said.'
    assert speakers(body)[0][0] is None
    assert speakers('The slogan read "We shall overcome this winter together, all of us".') == [
        (None, None)
    ]


def test_ukrainian_guillemets_and_dash_cues() -> None:
    body = (
        "Президент України Володимир Зеленський виступив у Раді.\n\n"
        "«Ми не погодимося на заморожування війни», — сказав Зеленський."
    )
    assert speakers(body) == [("Володимир Зеленський", "сказав Зеленський")]


def test_a_pronoun_far_from_any_named_person_is_not_guessed() -> None:
    filler = "\n\n".join("The grid held through the night without incident." for _ in range(40))
    body = f'Mayor Ihor Terekhov spoke in the morning.\n\n{filler}\n\n"We are ready," he said.'
    assert speakers(body) == [(None, "he said")]


def test_the_company_noun_points_back_to_the_named_organisation() -> None:
    body = (
        "Customers of Oschadbank could not pay by card, after what the bank described as "
        '"the largest cyberattack in its history".'
    )
    assert speakers(body)[0][0] == "Oschadbank"


def test_a_role_given_with_its_place_is_found_again() -> None:
    body = (
        "His former coach at Shakhtar, Igor Jovićević, spoke on Monday.\n\n"
        'The Croatian coach added that the league was "the hardest in the world".'
    )
    assert speakers(body)[0][0] == "Igor Jovićević"
