"""The files the reader must refuse, shared by the command-line and window tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
WITH_NUL = b"Title\n\nBody\x00with a NUL\n"

# (id, how to make it in a folder, the words the refusal must contain)
UNUSABLE: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda d: d / "missing.txt", "no such file"),
    ("directory", lambda d: d, "is a directory"),
    ("empty", lambda d: write(d / "empty.txt", b""), "the file is empty"),
    ("blank", lambda d: write(d / "blank.txt", b"  \n\n\t \n"), "only blank space"),
    (
        "png",
        lambda d: write(d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "not a text file",
    ),
    ("pdf", lambda d: write(d / "doc.pdf", b"%PDF-1.4\n%binary"), "looks like a PDF document"),
    (
        "nul-bytes",
        lambda d: write(d / "nul.txt", b"Title\n\nBody\x00with a NUL\n"),
        "contains NUL bytes",
    ),
]

unusable_files = pytest.mark.parametrize(
    ("make", "reason"), [case[1:] for case in UNUSABLE], ids=[case[0] for case in UNUSABLE]
)
