"""The query the library window searches for while the reader types."""

from __future__ import annotations

import pytest

from reader.model.search_query import as_typed


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("rut", "rut*"),
        ("rutte air def", "rutte air def*"),
        ("Кравч", "Кравч*"),
        ("rutte ", "rutte"),  # a word finished with a space is searched whole
        ('"air def', '"air def'),  # inside a phrase: left as typed
        ('"air defence"', '"air defence"'),
        ("air OR", "air OR"),
        ("interceptor*", "interceptor*"),
        ("title:kyiv", "title:kyiv*"),
        ("Ukraine's", "Ukraine's"),  # not a bare word in FTS5: left for it to judge
        ("", ""),
    ],
)
def test_the_last_plain_word_becomes_a_prefix(typed: str, searched: str) -> None:
    assert as_typed(typed) == searched
