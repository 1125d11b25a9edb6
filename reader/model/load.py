"""Bytes to text: read a file, decode it, normalise newlines, or refuse it.

Every refusal is an `ArticleError` whose message is one line a reader can act on.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reader.model.article import SourceFormat

MAX_BYTES = 50 * 1024 * 1024
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
# Saved web pages: their article is extracted (reader.model.webpage), not read as text.
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})  # a page saved as one MIME message
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"}) | MHTML_SUFFIXES
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})  # what a web page is served as


def page_too_large(limit: int = MAX_BYTES) -> str:
    """The reason a page over ``limit`` bytes is refused."""
    return f"the page is too large (the limit is {limit / 1048576:g} MB)"


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF media file"),
)

# The legacy encodings articles really come in; limiting the detector to them
# keeps short files from being read as some rare code page.
LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "latin_1", "iso8859_2",
    "iso8859_5", "iso8859_15", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "mac_roman",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip

# Control characters other than tab, newline, carriage return and form feed
# do not occur in articles; many of them mean a wrong decoding of binary data.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f") | {"\x7f"}


class ArticleError(Exception):
    """A file that cannot be used as an article, with the reason why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class LoadedText:
    text: str
    encoding: str
    source_format: SourceFormat
    path: str


def source_format_for(path: str | os.PathLike[str]) -> SourceFormat:
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix in PAGE_SUFFIXES:
        return "html"
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM character is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if os.path.isdir(name):
            raise ArticleError(name, "is a directory, not a file")
        if size > MAX_BYTES:
            raise ArticleError(
                name, f"file is too large ({size / 1048576:.1f} MB; the limit is 50 MB)"
            )
        with open(name, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a directory, not a file") from None
    except PermissionError:
        raise ArticleError(name, "permission denied") from None
    except OSError as error:
        raise ArticleError(name, f"cannot be read ({error.strerror or error})") from None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` to text and name the encoding, or raise `ArticleError`."""
    if len(data) > MAX_BYTES:
        raise ArticleError(name, "file is too large (the limit is 50 MB)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), name), encoding
            except UnicodeDecodeError:
                raise ArticleError(name, f"not valid {encoding.upper()} text") from None
    refuse_binary(data, name)
    if b"\x00" in data:
        raise ArticleError(name, "not a text file (it contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data, name)
    return _checked(text, name), encoding


def refuse_binary(data: bytes, name: str) -> None:
    """Raise `ArticleError` naming what ``data`` is when it starts like a binary file."""
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(name, f"not a text file (it looks like {what})")


def _detect(data: bytes, name: str) -> tuple[str, str]:
    # Imported here: only legacy files pay for the detector's start-up.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        raise ArticleError(name, "not a text file (its bytes are in no known text encoding)")
    # The detector often ties (cp1250 and cp1252 read French alike); a tie goes
    # to the encoding more articles are written in, the earlier in our list.
    best = min(
        matches,
        key=lambda m: (
            round(m.chaos, 3),
            -round(m.coherence, 3),
            LEGACY_ENCODINGS.index(m.encoding),
        ),
    )
    return str(best), best.encoding


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise ArticleError(name, _empty_reason(text))
    sample = text[:65536]
    controls = sum(map(sample.count, _CONTROL))  # one C-speed count a character
    if controls > max(8, len(sample) // 200):
        raise ArticleError(name, "not a text file (it is full of control characters)")
    return text


def _empty_reason(content: str | bytes) -> str:
    return "the file is empty" if not content else "the file holds only blank space"


def load_text(path: str | os.PathLike[str]) -> LoadedText:
    """Read and decode the file at ``path``; raise `ArticleError` if it is no article."""
    name = os.fspath(path)
    data = read_bytes(name)
    if not data.strip():
        raise ArticleError(name, _empty_reason(data))
    text, encoding = decode(data, name)
    return LoadedText(normalise_newlines(text), encoding, source_format_for(name), name)


PREVIEW_BYTES = 64 * 1024


def preview_text(path: str | os.PathLike[str], size: int = PREVIEW_BYTES) -> str | None:
    """The beginning of a large UTF-8 (or UTF-16) file, cut at a paragraph break,
    for showing while the whole file loads; None when no clean preview can be had
    (a web page's beginning is markup, not its article)."""
    if source_format_for(path) == "html":
        return None
    try:
        with open(os.fspath(path), "rb") as handle:
            data = handle.read(size)
    except OSError:
        return None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="ignore")
            break
    else:
        if b"\x00" in data:
            return None
        try:
            text = data[: len(data) - 4].decode("utf-8") + data[len(data) - 4 :].decode(
                "utf-8", errors="ignore"
            )
        except UnicodeDecodeError:
            return None  # a legacy encoding: wait for the detector on the whole file
    text = normalise_newlines(text)
    cut = text.rfind("\n\n")
    return text[:cut] if cut > 0 else None
