"""The library: every article read, its quotes and their speakers, searchable.

One SQLite file beside the highlight store (``library.sqlite3`` in the data
folder). It is derived data: a library that cannot be opened is moved aside and a
new one started, and the files the old one listed are handed back to be added
again; the highlight store is never touched. Articles are unique by their text
(a content hash): the same text under another path adds nothing, a file whose
text changed updates its entry. Article text and quotes are indexed with FTS5
(external-content tables kept in step by triggers), ranked with bm25. WAL with
normal sync: a committed batch survives the process being killed.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.model.article_date import iso_date
from reader.model.library_results import (
    ELLIPSIS,
    MARK_END,
    MARK_START,
    ArticleHit,
    QuoteHit,
    Snippet,
    SpeakerRow,
)
from reader.model.speaker_identity import group_speakers
from reader.store.database import StoreError, migrate, move_aside, transaction
from reader.store.library_records import (
    ArticleRecord,
    FileStamp,
    QuoteRecord,
)
from reader.store.library_schema import MIGRATIONS

FILE_NAME = "library.sqlite3"
_OPEN_ATTEMPTS = 20  # a busy library is waited for about 20 s in all before giving up
# Matches ranked by bm25 at most; a search that matches more (a word in most of the
# library, where ranking says little) lists the most recently added first, at once.
RANKED_AT_MOST = 2000


class LibraryError(StoreError):
    """The library cannot be opened or written: the message says why."""


class QueryError(LibraryError):
    """A search the full-text index cannot read (FTS5 query syntax)."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `Library.add` did with each record: "added", "updated" (a changed
    file), "unchanged" (known already) or "duplicate" (its text is in the library)."""

    outcomes: tuple[str, ...]

    def count(self, outcome: str) -> int:
        return self.outcomes.count(outcome)


_QUOTE_COLUMNS = (
    "q.id, a.id, q.text, coalesce(q.person, q.speaker), a.title, a.authors, a.source, a.date, "
    'q.start, q."end"'
)
_QUOTE_JOINS = "JOIN articles a ON a.id = q.article"


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    # Derived data: a commit survives the process being killed (WAL), and only a
    # power cut could lose the last batches, which the next add puts back.
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def _open(path: Path) -> sqlite3.Connection:
    connection = _connect(path)
    try:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the integrity check failed")
        migrate(connection, MIGRATIONS, "library")
    except BaseException:
        connection.close()
        raise
    return connection


# The columns a search may name (``speaker:rutte``), by full-text index.
_INDEX_COLUMNS = {
    "articles_fts": frozenset({"title", "authors", "text"}),
    "quotes_fts": frozenset({"text", "speaker"}),
}


def _column_of_the_other_index(error: QueryError, other: str) -> bool:
    """Whether ``error`` is a column this index lacks and the ``other`` one has: the
    search then finds nothing here, rather than failing."""
    missing = str(error).partition("no such column: ")[2].strip()
    return missing in _INDEX_COLUMNS[other]


def _open_when_free(path: Path) -> sqlite3.Connection:
    """`_open`, waiting out another process that holds the file for a moment (two
    processes making a new library at once): a busy file is not a broken one."""
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            return _open(path)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            if attempt == _OPEN_ATTEMPTS - 1:
                raise LibraryError(f"the library is busy in another process: {error}") from None
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def _listed_files(path: Path) -> list[str]:
    """The files a broken library lists, as far as they can still be read."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return [row[0] for row in connection.execute("SELECT path FROM files ORDER BY rowid")]
    except sqlite3.Error:
        return []
    finally:
        connection.close()


class Library:
    """The library file at ``path``, opened (made, migrated or recovered) at once.

    After a recovery, ``recovered_from`` is where the broken file was moved and
    ``to_add_again`` the files it listed, for the caller to add again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None
        self.to_add_again: list[str] = []
        # Reads group new speakers first; a connection that only reads beside one
        # that adds (the window's) leaves that to the adding one.
        self.regroup_on_read = True
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"cannot use the data folder {path.parent}: {error}") from None
        try:
            self._connection = _open_when_free(path)
        except StoreError as error:  # written by a newer reader: left as it is
            raise LibraryError(str(error)) from None
        except sqlite3.DatabaseError:
            if not path.exists():
                raise LibraryError(f"cannot create the library in {path.parent}") from None
            self.to_add_again = _listed_files(path)
            self.recovered_from = move_aside(path, "library")
            try:
                self._connection = _open(path)
            except sqlite3.Error as error:
                raise LibraryError(f"cannot create the library: {error}") from None

    def close(self) -> None:
        self._connection.close()

    @property
    def recovery_message(self) -> str | None:
        """One line saying a broken library was set aside, or None."""
        if self.recovered_from is None:
            return None
        return (
            f"the library {self.path} could not be read; it was moved to "
            f"{self.recovered_from.name} and is being rebuilt from the "
            f"{len(self.to_add_again)} files it listed"
        )

    # ------------------------------------------------------------ adding

    def stamps(self) -> dict[str, FileStamp]:
        """Every file in the library with the size and time it had when added."""
        rows = self._read("SELECT path, size, mtime_ns FROM files WHERE size IS NOT NULL", ())
        return {str(path): FileStamp(int(size), int(mtime)) for path, size, mtime in rows}

    def add(self, records: Sequence[ArticleRecord], regroup: bool = True) -> AddResult:
        """Add (or update) ``records`` in one transaction. The speakers are regrouped
        at once, or (``regroup=False``, for a bulk add) by `regroup` or the next read."""
        try:
            with transaction(self._connection):
                outcomes = tuple(self._add_one(record) for record in records)
                if any(outcome in ("added", "updated") for outcome in outcomes):
                    self._connection.execute(
                        "INSERT INTO speakers_stale SELECT datetime() "
                        "WHERE NOT EXISTS (SELECT 1 FROM speakers_stale)"
                    )
        except sqlite3.Error as error:
            raise LibraryError(f"cannot add to the library: {error}") from None
        if regroup:
            self.regroup()
        return AddResult(outcomes)

    def _regroup_for_reading(self) -> None:
        if self.regroup_on_read:
            self.regroup()

    def regroup(self) -> None:
        """One person, one name, after quotes were added: see `_regroup_speakers`."""
        if not self._read("SELECT 1 FROM speakers_stale", ()):
            return
        try:
            with transaction(self._connection):
                self._regroup_speakers()
                self._connection.execute("DELETE FROM speakers_stale")
        except sqlite3.Error as error:
            raise LibraryError(f"cannot group the speakers: {error}") from None

    def _add_one(self, record: ArticleRecord) -> str:
        execute = self._connection.execute
        file_row = execute("SELECT article FROM files WHERE path = ?", (record.path,)).fetchone()
        known = None if file_row is None else int(file_row[0])
        row = execute(
            "SELECT id FROM articles WHERE content_hash = ?", (record.content_hash,)
        ).fetchone()
        same_text = None if row is None else int(row[0])
        if known is not None and known == same_text:
            self._file_points_to(record, known)
            return "unchanged"
        if same_text is not None:  # this text is in the library under another file
            self._file_points_to(record, same_text)
            if known is not None:
                self._drop_if_unlisted(known)
            return "duplicate" if known is None else "updated"
        if known is not None and self._only_file(known):
            self._replace(known, record)
            self._file_points_to(record, known)
            return "updated"
        self._file_points_to(record, self._insert(record))
        return "added" if known is None else "updated"

    def _file_points_to(self, record: ArticleRecord, article: int) -> None:
        stamp = record.stamp
        self._connection.execute(
            "INSERT INTO files (path, article, size, mtime_ns) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (path) DO UPDATE SET article = excluded.article, "
            "size = excluded.size, mtime_ns = excluded.mtime_ns",
            (record.path, article, stamp and stamp.size, stamp and stamp.mtime_ns),
        )

    def _only_file(self, article: int) -> bool:
        count = self._connection.execute(
            "SELECT count(*) FROM files WHERE article = ?", (article,)
        ).fetchone()[0]
        return bool(count == 1)

    def _drop_if_unlisted(self, article: int) -> None:
        """An article no file points to any more (its file became a copy of another)."""
        self._connection.execute(
            "DELETE FROM articles WHERE id = ?1 AND NOT EXISTS "
            "(SELECT 1 FROM files WHERE article = ?1)",
            (article,),
        )

    def _article_values(self, record: ArticleRecord) -> tuple[object, ...]:
        return (
            record.content_hash,
            record.title,
            json.dumps(list(record.authors), ensure_ascii=False),
            record.date,
            iso_date(record.date),
            record.source,
            record.source_format,
            record.text,
            record.body_start,
        )

    def _insert(self, record: ArticleRecord) -> int:
        cursor = self._connection.execute(
            "INSERT INTO articles (content_hash, title, authors, date, sort_date, source, format, "
            "text, body_start, added) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ'))",
            self._article_values(record),
        )
        article = int(cursor.lastrowid or 0)
        self._insert_quotes(article, record.quotes)
        return article

    def _replace(self, article: int, record: ArticleRecord) -> None:
        self._connection.execute(
            "UPDATE articles SET content_hash = ?, title = ?, authors = ?, date = ?, "
            "sort_date = ?, source = ?, format = ?, text = ?, body_start = ? WHERE id = ?",
            (*self._article_values(record), article),
        )
        self._connection.execute("DELETE FROM quotes WHERE article = ?", (article,))
        self._insert_quotes(article, record.quotes)

    def _insert_quotes(self, article: int, quotes: Iterable[QuoteRecord]) -> None:
        self._connection.executemany(
            'INSERT INTO quotes (article, text, speaker, speaker_kind, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(article, q.text, q.speaker, q.speaker_kind, q.start, q.end) for q in quotes],
        )

    def _regroup_speakers(self) -> None:
        """One person, one name: recompute every name's person over the whole library
        (a new full name can make a surname alone ambiguous, or resolve it)."""
        execute = self._connection.execute
        names = execute(
            "SELECT speaker, max(speaker_kind) FROM quotes WHERE speaker IS NOT NULL "
            "GROUP BY speaker"
        ).fetchall()
        people = group_speakers((str(name), kind) for name, kind in names)
        known = dict(execute("SELECT name, person FROM speaker_names").fetchall())
        changed = [(name, person) for name, person in people.items() if known.get(name) != person]
        self._connection.executemany(
            "INSERT INTO speaker_names (name, person) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET person = excluded.person",
            changed,
        )
        gone = [(name,) for name in known if name not in people]
        self._connection.executemany("DELETE FROM speaker_names WHERE name = ?", gone)
        self._connection.executemany(
            "UPDATE quotes SET person = ?2 WHERE speaker = ?1 AND person IS NOT ?2", changed
        )
        execute(  # quotes added since: their names may not have changed
            "UPDATE quotes SET person = (SELECT person FROM speaker_names WHERE name = speaker) "
            "WHERE person IS NULL AND speaker IS NOT NULL"
        )

    # ------------------------------------------------------------ reading

    def files(self) -> list[str]:
        return [str(row[0]) for row in self._read("SELECT path FROM files ORDER BY rowid", ())]

    def counts(self) -> tuple[int, int]:
        """(articles, quotes) in the library."""
        rows = self._read(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes)", ()
        )
        return int(rows[0][0]), int(rows[0][1])

    def search_articles(self, query: str, limit: int = 50) -> list[ArticleHit]:
        """Articles matching the FTS5 ``query``, best first, with a marked snippet of
        their text and where its first match is in the text."""
        try:
            rows = self._search(
                "SELECT a.id, a.title, a.authors, a.date, a.source, "
                "snippet(articles_fts, 2, ?, ?, ?, 24), a.text, a.body_start "
                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? ORDER BY {self._order('articles_fts', query)} LIMIT ?",
                (MARK_START, MARK_END, ELLIPSIS, query, limit),
            )
        except QueryError as error:
            if _column_of_the_other_index(error, "quotes_fts"):
                return []  # "speaker:rutte" asks the quotes, not the articles
            raise
        hits = []
        for row in rows:
            snippet = Snippet.from_marked(str(row[5]))
            start, end = _first_match(str(row[6]), int(row[7]), snippet)
            hits.append(
                ArticleHit(
                    article=int(row[0]),
                    title=str(row[1]),
                    authors=tuple(json.loads(str(row[2]))),
                    date=_optional(row[3]),
                    source=str(row[4]),
                    snippet=snippet,
                    start=start,
                    end=end,
                )
            )
        return hits

    def search_quotes(self, query: str, limit: int = 200) -> list[QuoteHit]:
        """Quotes whose words or speaker match the FTS5 ``query``, best first."""
        self._regroup_for_reading()
        try:
            rows = self._search(
                f"SELECT {_QUOTE_COLUMNS}, highlight(quotes_fts, 0, ?, ?) "
                f"FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid {_QUOTE_JOINS} "
                f"WHERE quotes_fts MATCH ? ORDER BY {self._order('quotes_fts', query)} LIMIT ?",
                (MARK_START, MARK_END, query, limit),
            )
        except QueryError as error:
            if _column_of_the_other_index(error, "articles_fts"):
                return []  # "title:harbour" asks the articles, not the quotes
            raise
        return [_quote_hit(row, Snippet.from_marked(str(row[10]))) for row in rows]

    def _order(self, table: str, query: str) -> str:
        matches = self._search(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? "
            f"LIMIT {RANKED_AT_MOST + 1})",
            (query,),
        )
        return "rank" if matches[0][0] <= RANKED_AT_MOST else f"{table}.rowid DESC"

    def speakers(self) -> list[SpeakerRow]:
        """Everyone quoted, with their numbers of quotes and articles, most quoted first."""
        self._regroup_for_reading()
        rows = self._read(
            "SELECT person, count(*), count(DISTINCT article) FROM quotes "
            "WHERE person IS NOT NULL GROUP BY person ORDER BY count(*) DESC, person",
            (),
        )
        return [SpeakerRow(str(r[0]), int(r[1]), int(r[2])) for r in rows]

    def person(self, name: str) -> str | None:
        """The person the library knows as ``name``: as it shows them, as an article
        wrote the name, or by a surname that only one person in the library has."""
        self._regroup_for_reading()
        wanted = " ".join(name.split())
        rows = self._read(
            "SELECT person FROM speaker_names WHERE person = ?1 COLLATE NOCASE "
            "UNION ALL SELECT person FROM speaker_names WHERE name = ?1 COLLATE NOCASE LIMIT 1",
            (wanted,),
        )
        if rows:
            return str(rows[0][0])
        names = self._read("SELECT DISTINCT person FROM speaker_names", ())
        people = {str(row[0]) for row in names}
        grouped = group_speakers([*((person, None) for person in people), (wanted, None)])
        found = grouped[wanted]
        return found if found in people else None

    def quotes_by(self, name: str) -> list[QuoteHit]:
        """Every quote of the person ``name``, in date order (undated last)."""
        person = self.person(name)
        if person is None:
            return []
        rows = self._read(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q {_QUOTE_JOINS} WHERE q.person = ? "
            "ORDER BY a.sort_date IS NULL, a.sort_date, a.added, a.id, q.start",
            (person,),
        )
        return [_quote_hit(row, None) for row in rows]

    def article_text(self, article: int) -> str | None:
        rows = self._read("SELECT text FROM articles WHERE id = ?", (article,))
        return str(rows[0][0]) if rows else None

    # ------------------------------------------------------------ plumbing

    def _search(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            return list(self._connection.execute(sql, parameters))
        except sqlite3.OperationalError as error:
            raise QueryError(f"not a valid search: {error}") from None
        except sqlite3.Error as error:
            raise LibraryError(f"cannot read the library: {error}") from None

    def _read(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            return list(self._connection.execute(sql, parameters))
        except sqlite3.Error as error:
            raise LibraryError(f"cannot read the library: {error}") from None


def _first_match(text: str, body_start: int, snippet: Snippet) -> tuple[int, int]:
    """Where the snippet's first marked words are in ``text``, words marked one after
    another taken together ("air defence" typed marks both words); (0, 0) when the
    snippet has no mark: the match was in the title or the authors."""
    if not snippet.marks:
        return 0, 0
    lead = len(ELLIPSIS) if snippet.text.startswith(ELLIPSIS) else 0
    passage = snippet.text[lead:].removesuffix(ELLIPSIS)
    base = text.find(passage, body_start)
    if base < 0:
        return 0, 0
    start, end = snippet.marks[0]
    for next_start, next_end in snippet.marks[1:]:
        if snippet.text[end:next_start].strip():
            break  # words between: the run of marks ends
        end = next_end
    return base + start - lead, base + end - lead


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _quote_hit(row: tuple[Any, ...], snippet: Snippet | None) -> QuoteHit:
    return QuoteHit(
        quote=int(row[0]),
        article=int(row[1]),
        text=str(row[2]),
        speaker=_optional(row[3]),
        title=str(row[4]),
        authors=tuple(json.loads(str(row[5]))),
        source=str(row[6]),
        date=_optional(row[7]),
        start=int(row[8]),
        end=int(row[9]),
        snippet=snippet,
    )


def default_path() -> Path:
    from reader.store.location import data_folder

    return data_folder() / FILE_NAME


def open_library(path: Path | None = None) -> Library:
    return Library(path or default_path())
