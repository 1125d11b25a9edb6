"""An article's date as written ("3 October 2024", "03.10.2024", "3 жовтня 2024")
to an ISO date the library can sort by."""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "січня", "січень"),
            ("february", "feb", "лютого", "лютий"),
            ("march", "mar", "березня", "березень"),
            ("april", "apr", "квітня", "квітень"),
            ("may", "травня", "травень"),
            ("june", "jun", "червня", "червень"),
            ("july", "jul", "липня", "липень"),
            ("august", "aug", "серпня", "серпень"),
            ("september", "sep", "sept", "вересня", "вересень"),
            ("october", "oct", "жовтня", "жовтень"),
            ("november", "nov", "листопада", "листопад"),
            ("december", "dec", "грудня", "грудень"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DOTTED = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\.?\s+([^\W\d]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _iso(year: str, month: int | None, day: str) -> str | None:
    if month is None or not 1 <= month <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"


def iso_date(written: str | None) -> str | None:
    """``YYYY-MM-DD`` for a date written in one of the common news styles, else None."""
    if not written:
        return None
    if match := _ISO.search(written):
        return _iso(match.group(1), int(match.group(2)), match.group(3))
    if match := _DOTTED.search(written):
        return _iso(match.group(3), int(match.group(2)), match.group(1))
    if match := _DAY_MONTH_YEAR.search(written):
        month = _MONTHS.get(match.group(2).casefold())
        return _iso(match.group(3), month, match.group(1))
    if match := _MONTH_DAY_YEAR.search(written):
        month = _MONTHS.get(match.group(1).casefold())
        return _iso(match.group(3), month, match.group(2))
    return None
