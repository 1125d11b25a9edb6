"""Fetched pages kept in the data folder, so a link reopens offline as it was read.

Each page is two files in ``pages/``: ``<sha256 of the URL>.html``, the bytes as
they arrived (decompressed), and ``<…>.json``, where they came from and when.
Both are written to a temporary name and renamed, the JSON last: a page is kept
whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from reader.store.location import data_folder

FOLDER_NAME = "pages"


@dataclass(frozen=True, slots=True)
class KeptPage:
    url: str  # as it was opened: what highlights and positions are kept by
    final_url: str  # after redirects: what relative links resolve against
    fetched: str  # when, ISO 8601 UTC
    charset: str | None  # from the server's Content-Type
    html: bytes


def pages_folder() -> Path:
    return data_folder() / FOLDER_NAME


def _stem(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def kept_page(url: str, folder: Path | None = None) -> KeptPage | None:
    """The page kept for ``url``, or None (never fetched, or its files are unusable)."""
    folder = folder or pages_folder()
    stem = _stem(url)
    try:
        about = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        html = (folder / f"{stem}.html").read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(about, dict) or about.get("url") != url:
        return None
    charset = about.get("charset")
    return KeptPage(
        url=url,
        final_url=str(about.get("final_url") or url),
        fetched=str(about.get("fetched") or ""),
        charset=charset if isinstance(charset, str) else None,
        html=html,
    )


def keep_page(
    url: str, final_url: str, charset: str | None, html: bytes, folder: Path | None = None
) -> KeptPage:
    """Keep a fetched page (raises `OSError` when the data folder cannot be written)."""
    folder = folder or pages_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _stem(url)
    page = KeptPage(
        url, final_url, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), charset, html
    )
    about = {"url": url, "final_url": final_url, "fetched": page.fetched, "charset": charset}
    _write_atomically(folder / f"{stem}.html", html)
    _write_atomically(folder / f"{stem}.json", json.dumps(about, indent=1).encode("utf-8"))
    return page


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
