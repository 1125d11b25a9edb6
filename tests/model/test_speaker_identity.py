"""One person, one name: how the library groups the names articles give speakers."""

from __future__ import annotations

from reader.model.article_date import iso_date
from reader.model.speaker_identity import group_speakers, personal_name


def people(*names: str) -> dict[str, str]:
    return group_speakers((name, None) for name in names)


def test_titles_and_surnames_join_the_full_name() -> None:
    grouped = people("NATO Secretary General Mark Rutte", "Mark Rutte", "Rutte", "Rutte's")
    assert set(grouped.values()) == {"Mark Rutte"}


def test_two_people_with_one_surname_stay_two_and_the_surname_alone_is_not_merged() -> None:
    grouped = people("Hillary Clinton", "Bill Clinton", "Clinton")
    assert grouped["Hillary Clinton"] == "Hillary Clinton"
    assert grouped["Bill Clinton"] == "Bill Clinton"
    assert grouped["Clinton"] == "Clinton"  # ambiguous across the library


def test_a_middle_name_or_an_initial_is_the_same_person() -> None:
    grouped = people("Hillary Rodham Clinton", "Hillary Clinton", "H. Clinton", "Bill Clinton")
    assert grouped["Hillary Rodham Clinton"] == grouped["Hillary Clinton"] == grouped["H. Clinton"]
    assert grouped["Bill Clinton"] != grouped["Hillary Clinton"]


def test_name_particles_belong_to_the_surname() -> None:
    grouped = people("European Commission President Ursula von der Leyen", "von der Leyen")
    assert set(grouped.values()) == {"Ursula von der Leyen"}


def test_ukrainian_names_are_grouped_by_their_dictionary_form() -> None:
    grouped = people("Ольги Кравченко", "Ольга Кравченко", "Кравченко", "Володимира Зеленського")
    assert set(grouped[name] for name in ("Ольги Кравченко", "Ольга Кравченко", "Кравченко")) == {
        "Ольга Кравченко"
    }
    assert grouped["Володимира Зеленського"] == "Володимир Зеленський"


def test_a_ukrainian_role_written_before_the_name_is_not_part_of_it() -> None:
    grouped = people("Пенсіонерка Галина Мельник", "Галина Мельник", "Директорка Ольга Кравченко")
    assert grouped["Пенсіонерка Галина Мельник"] == "Галина Мельник"
    assert grouped["Директорка Ольга Кравченко"] == "Ольга Кравченко"
    assert personal_name("Марина") == ("Марина",)  # a name that is also a word stays
    assert personal_name("Олександра Коваль") == ("Олександра", "Коваль")


def test_a_feminine_surname_keeps_its_gender_in_the_nominative() -> None:
    assert personal_name("Юлії Свириденко") == ("Юлія", "Свириденко")
    assert personal_name("пані Ірини Верещук") == ("Ірина", "Верещук")


def test_organisations_keep_their_names_and_never_take_a_persons() -> None:
    grouped = group_speakers([("Ministry of Defence", "organisation"), ("Defence", None)])
    assert grouped["Ministry of Defence"] == "Ministry of Defence"


def test_a_name_without_a_person_in_it_is_kept_as_written() -> None:
    assert people("the ministry")["the ministry"] == "the ministry"
    assert personal_name("the spokeswoman") == ()


def test_dates_as_news_writes_them_sort_as_iso() -> None:
    assert iso_date("2025-10-14") == "2025-10-14"
    assert iso_date("14 October 2025") == "2025-10-14"
    assert iso_date("October 14, 2025") == "2025-10-14"
    assert iso_date("14.10.2025") == "2025-10-14"
    assert iso_date("14 жовтня 2025") == "2025-10-14"
    assert iso_date("sometime in autumn") is None and iso_date(None) is None


def test_the_analyser_is_imported_only_for_cyrillic_names() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reader.model.speaker_identity import group_speakers\n"
        "group_speakers([('Mark Rutte', None), ('Rutte', None)])\n"
        "print('pymorphy3' in sys.modules)\n"
        "group_speakers([('Ольги Кравченко', None)])\n"
        "print('pymorphy3' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "True"], result.stderr
