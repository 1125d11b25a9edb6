"""What the library searches for while the reader is still typing."""

from __future__ import annotations

import re

# The last word typed, when it is a plain word (not an operator, not in a phrase,
# not already a prefix or a column filter).
_LAST_WORD = re.compile(r"(?:^|[\s:(])([^\W_]\w*)$")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def as_typed(query: str) -> str:
    """``query`` with its last word made a prefix (``rutte air def`` searches
    ``rutte air def*``), so results follow the typing; anything else unchanged."""
    text = query.rstrip()
    if text != query or text.count('"') % 2:  # a space typed, or inside a phrase
        return text
    match = _LAST_WORD.search(text)
    if match is None or match.group(1) in _OPERATORS:
        return text
    return f"{text}*"
