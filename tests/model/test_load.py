"""Files from anywhere: every encoding decoded, every unusable file refused plainly."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from reader.model import ArticleError, parse_file
from reader.model.load import MAX_BYTES, decode, load_text

UKRAINIAN = (
    "Голова Укренерго Володимир Кудрицький попросив українців економити електроенергію "
    "ввечері.\n\n«Ми просимо всіх не вмикати потужні прилади з 17:00 до 22:00», — сказав "
    "Кудрицький. Він додав, що енергосистема працює стабільно, попри нові атаки.\n"
)
FRENCH = (
    "Le président a déclaré : « Nous sommes prêts à négocier », selon l'agence. "
    "Les cafés et les crèmes brûlées de la façade ont été fermés à cause de la grève.\n"
)
GERMAN = "Der Minister sagte: „Wir müssen schneller handeln“, während die Straße gesperrt blieb.\n"


def test_seed_as_utf16_and_as_crlf_with_bom_parses_exactly_like_the_seed(
    seed_path: Path, tmp_path: Path
) -> None:
    original = parse_file(seed_path)
    text = seed_path.read_text(encoding="utf-8")
    variants = {
        "utf16.txt": text.encode("utf-16"),
        "utf16be.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "crlf-bom.txt": codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": text.replace("\n", "\r").encode("utf-8"),
    }
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        copy = parse_file(path)
        assert copy.text == original.text, name
        assert copy.source == str(path)
        assert {**copy.to_dict(), "source": None} == {**original.to_dict(), "source": None}, name


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(UKRAINIAN, "cp1251"), (FRENCH, "cp1252"), (FRENCH, "latin-1"), (GERMAN, "cp1252")],
)
def test_legacy_single_byte_files_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert load_text(path).text == text


def test_windows_1251_article_keeps_its_quote_and_speaker(tmp_path: Path) -> None:
    path = tmp_path / "ukrenergo.txt"
    path.write_bytes(("Укренерго просить економити\n\n" + UKRAINIAN).encode("cp1251"))
    article = parse_file(path)
    assert [q.text for q in article.quotes] == [
        "Ми просимо всіх не вмикати потужні прилади з 17:00 до 22:00"
    ]
    assert article.quotes[0].speaker == "Володимир Кудрицький"


def test_newlines_are_normalised_in_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b'Title\r\n\r\n"Hello there," she said.\r\n')
    article = parse_file(path)
    quote = article.quotes[0]
    assert "\r" not in article.text
    assert article.text[quote.start : quote.end] == '"Hello there,"'


def _refusal(path: Path) -> str:
    with pytest.raises(ArticleError) as error:
        parse_file(path)
    assert str(error.value).startswith(f"{path}: ")
    assert "\n" not in str(error.value)
    return error.value.reason


def test_missing_path_and_directory(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nope.txt") == "no such file"
    assert _refusal(tmp_path) == "is a directory, not a file"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads any file; make the open fail as it would for a reader

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("builtins.open", refuse)
    assert _refusal(path) == "permission denied"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\r\n  ", "the file holds only blank space"),
        ("\ufeff  \n".encode(), "the file holds only blank space"),
        (b"Title\n\nA body with a \x00 NUL byte.\n", "not a text file (it contains NUL bytes)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a text file (it looks like a PDF document)"),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "not a text file (it looks like a ZIP archive (or a Word/EPUB file))",
        ),
        (bytes(range(1, 9)) * 200, "not a text file (it is full of control characters)"),
    ],
    ids=["empty", "blank", "bom-only", "nul", "pdf", "zip", "controls"],
)
def test_unusable_content_is_refused_with_its_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    assert _refusal(path) == reason


def test_file_over_50_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_BYTES + 1)
    assert _refusal(path).startswith("file is too large (50.0 MB; the limit is 50 MB)")


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(ArticleError):
        decode(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 3 + b"\x00", "odd.bin")


def test_a_reload_parses_only_a_changed_text(tmp_path: Path) -> None:
    from reader.model.parse import parse_changed_file

    path = tmp_path / "article.txt"
    path.write_text("Title\n\nBody text.\n", encoding="utf-8")
    article = parse_file(path)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))  # same text, other newlines
    assert parse_changed_file(path, article.text) is None
    path.write_text("Title\n\nNew body.\n", encoding="utf-8")
    changed = parse_changed_file(path, article.text)
    assert changed is not None and changed.lead[0].text == "New body."
