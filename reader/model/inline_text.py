"""The words of a piece of inline Markdown, without its markup.

A quote cut from a Markdown article (or a web page, which becomes Markdown) may
hold a link or an emphasis: ``We will [publish the plan][] in **June**``. What a
reader copies and cites is the words, ``We will publish the plan in June``.
"""

from __future__ import annotations

import re

_MARKUP = frozenset("[]*_`\\")

# ![alt](src), [words](url "title"), [words][ref], [words][] -> alt / words
_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])")
_CODE = re.compile(r"`+([^`]+?)`+")
# Emphasis wraps words: the marks touch a word on their inner side, never a space,
# so snake_case names and a lone "2 * 3" stay as they are.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_HIDDEN = 0xF0000  # an escaped mark is hidden in a private-use plane while markup goes
_HIDDEN_MARK = re.compile("[\U000f0000-\U000f007f]")


def plain_words(markdown: str) -> str:
    """``markdown`` without link, emphasis and code markup (the words stay as written)."""
    if not _MARKUP.intersection(markdown):
        return markdown
    text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), markdown)
    text = _CODE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _HIDDEN_MARK.sub(lambda m: chr(ord(m.group(0)) - _HIDDEN), text)
