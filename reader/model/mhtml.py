"""A single-file saved page (MHTML, ``.mhtml``/``.mht``) to the HTML of its page.

Browsers save a page with its images and styles as one MIME message
(``multipart/related``); the page itself is its ``text/html`` part. Only that part
is used: the saved images, styles and scripts are never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage, Message

from reader.model.load import PAGE_TYPES, ArticleError


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The page's HTML bytes, the charset its part declares, and where it came from."""

    html: bytes
    charset: str | None
    url: str | None


def page_of_mhtml(data: bytes, name: str) -> SavedPage:
    """The HTML page inside an MHTML file, or `ArticleError` if it holds none."""
    message = message_from_bytes(data, policy=policy.default)
    part = _page_part(message)
    if part is None:
        raise ArticleError(name, "not a saved web page (no HTML page inside the MHTML file)")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ArticleError(name, "the saved web page is empty")
    url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    return SavedPage(payload, part.get_content_charset(), str(url) if url else None)


def _page_part(message: Message) -> Message | None:
    """The ``multipart/related`` root (its ``start`` parameter, else its first HTML
    part), or the message itself when it is a bare HTML part."""
    if not message.is_multipart():
        return message if message.get_content_type() in PAGE_TYPES else None
    start = message.get_param("start") if isinstance(message, EmailMessage) else None
    parts = [p for p in message.walk() if not p.is_multipart()]
    if isinstance(start, str):
        wanted = start.strip("<>")
        for part in parts:
            if str(part.get("Content-ID", "")).strip("<>") == wanted:
                return part
    return next((p for p in parts if p.get_content_type() in PAGE_TYPES), None)
