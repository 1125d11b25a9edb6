"""The reader's SQLite store: highlights and reading positions, never lost.

One file in the application's data folder, in WAL mode with full sync, so a
change is on disk when the call that made it returns: a process killed the
moment after keeps it. The schema version lives in ``PRAGMA user_version`` and
each version has one migration. A store that cannot be opened is moved aside
(renamed, never deleted) and a new one made.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reader.model.anchoring import Anchor, TextPositionSelector, TextQuoteSelector, content_hash
from reader.model.article import Article
from reader.model.highlights import Highlight, place

FILE_NAME = "reader.sqlite3"


def document_key(source: str | os.PathLike[str]) -> str:
    """How the store names an article: a file by its absolute path (symbolic links
    resolved), a web link by its URL."""
    name = os.fspath(source)
    if name.startswith(("http://", "https://")):
        return name
    return os.path.realpath(name)


class StoreError(Exception):
    """The store cannot save (or open): the message says why, in a reader's words."""


_V1 = (
    """CREATE TABLE highlights (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL,       -- the article file's absolute path
        content_hash TEXT NOT NULL,   -- of the text the selectors were made on
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        colour TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX highlights_by_document ON highlights (document)",
    "CREATE INDEX highlights_by_content ON highlights (content_hash)",
    """CREATE TABLE positions (
        document TEXT PRIMARY KEY,
        "offset" INTEGER NOT NULL,
        updated TEXT NOT NULL
    )""",
)


def _v1(connection: sqlite3.Connection) -> None:
    # execute, not executescript: executescript commits, and a migration must
    # land whole or not at all.
    for statement in _V1:
        connection.execute(statement)


# One function per schema version: MIGRATIONS[n] takes version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=5)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def migrate(
    connection: sqlite3.Connection,
    migrations: Sequence[Callable[[sqlite3.Connection], None]],
    what: str = "store",
) -> None:
    """Bring the schema (its version in ``PRAGMA user_version``) up to date, one
    version per transaction; refuse a file a newer reader wrote."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == len(migrations):
        return  # up to date: nothing to write, no write lock taken
    while True:
        with transaction(connection):
            # Read under the write lock: another process opening the same new file at
            # the same moment may have just brought it up to date.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > len(migrations):
                raise StoreError(
                    f"the {what} was written by a newer version of the reader (schema {version})"
                )
            if version == len(migrations):
                return
            migrations[version](connection)
            connection.execute(f"PRAGMA user_version={version + 1}")


def _migrate(connection: sqlite3.Connection) -> None:
    migrate(connection, MIGRATIONS)


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: all of it is committed, or none of it."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def move_aside(path: Path, what: str) -> Path:
    """Rename an unusable database file (and its -wal and -shm files) beside itself,
    never deleting it; the new name says when. ``what`` names it in the error."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreError(f"cannot move the broken {what} aside: {_reason(error)}") from None
    return target


class _Unusable(Exception):
    """The file is there but cannot be used as the store (corrupt, unreadable)."""


def _open(path: Path) -> sqlite3.Connection:
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise _Unusable(f"{path} cannot be read and written")
    try:
        connection = connect(path)
        healthy = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError as error:
        if not path.exists():
            raise StoreError(f"cannot create the store in {path.parent}: {error}") from None
        raise _Unusable(str(error)) from None
    if not healthy:
        connection.close()
        raise _Unusable("the integrity check failed")
    try:
        _migrate(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise _Unusable(str(error)) from None
    return connection


class Store:
    """Highlights and reading positions, keyed by the article file's path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None  # where a broken store was moved
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot use the data folder {path.parent}: {_reason(error)}"
            ) from None
        try:
            self._connection = _open(path)
        except _Unusable:
            if not os.access(path.parent, os.W_OK):
                raise StoreError(f"the data folder {path.parent} is read-only") from None
            self.recovered_from = move_aside(path, "store")
            self._connection = _open(path)

    def close(self) -> None:
        self._connection.close()

    # ------------------------------------------------------------ highlights

    def highlights(self, document: str, content_hash: str) -> list[Highlight]:
        """The highlights made on ``document`` (or on a file with the same content)."""
        rows = self._read(
            'SELECT id, start, "end", exact, prefix, suffix, colour, note, created, updated '
            "FROM highlights WHERE document = ? OR content_hash = ? ORDER BY start",
            (document, content_hash),
        )
        return [
            Highlight(
                id=row[0],
                anchor=Anchor(
                    TextQuoteSelector(row[3], row[4], row[5]), TextPositionSelector(row[1], row[2])
                ),
                colour=row[6],
                note=row[7],
                created=row[8],
                updated=row[9],
            )
            for row in rows
        ]

    def save(self, document: str, content_hash: str, highlight: Highlight) -> None:
        """Insert or update ``highlight``; on disk when this returns."""
        anchor = highlight.anchor
        self._write(
            'INSERT INTO highlights (id, document, content_hash, start, "end", exact, prefix, '
            "suffix, colour, note, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET document = excluded.document, "
            'content_hash = excluded.content_hash, start = excluded.start, "end" = excluded."end", '
            "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
            "colour = excluded.colour, note = excluded.note, updated = excluded.updated",
            (
                highlight.id,
                document,
                content_hash,
                anchor.start,
                anchor.end,
                anchor.quote.exact,
                anchor.quote.prefix,
                anchor.quote.suffix,
                highlight.colour,
                highlight.note,
                highlight.created,
                highlight.updated,
            ),
        )

    def delete(self, highlight_id: str) -> None:
        self._write("DELETE FROM highlights WHERE id = ?", (highlight_id,))

    def placed(self, article: Article) -> list[Highlight]:
        """``article``'s highlights placed in its current text, in reading order,
        detached ones last. Reads only."""
        return place(article.text, self._stored(article))

    def follow(self, article: Article) -> list[Highlight]:
        """`placed`, and the new places of moved highlights saved, so the store
        follows the file as it changes."""
        stored = self._stored(article)
        placed = place(article.text, stored)
        before = {h.id: h.anchor for h in stored}
        moved = [h for h in placed if h.anchor != before[h.id]]
        if moved and article.source is not None:
            self.rebase(document_key(article.source), content_hash(article.text), moved)
        return placed

    def _stored(self, article: Article) -> list[Highlight]:
        if article.source is None:
            return []
        return self.highlights(document_key(article.source), content_hash(article.text))

    def rebase(self, document: str, content_hash: str, highlights: list[Highlight]) -> None:
        """Store where re-anchored highlights now sit, all in one transaction.

        Detached highlights keep their old selectors: nothing about them is lost.
        """
        kept = [h for h in highlights if not h.detached]
        try:
            with transaction(self._connection):
                for highlight in kept:
                    self.save(document, content_hash, highlight)
        except sqlite3.Error as error:
            raise StoreError(f"cannot save highlights: {error}") from None

    # ------------------------------------------------------------ positions

    def position(self, document: str) -> int | None:
        rows = self._read('SELECT "offset" FROM positions WHERE document = ?', (document,))
        return int(rows[0][0]) if rows else None

    def save_position(self, document: str, offset: int) -> None:
        self._write(
            'INSERT INTO positions (document, "offset", updated) VALUES (?, ?, datetime()) '
            'ON CONFLICT(document) DO UPDATE SET "offset" = excluded."offset", '
            "updated = excluded.updated",
            (document, offset),
        )

    # ------------------------------------------------------------ plumbing

    def _read(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[object, ...]]:
        try:
            return list(self._connection.execute(sql, parameters))
        except sqlite3.Error as error:
            raise StoreError(f"cannot read the store: {error}") from None

    def _write(self, sql: str, parameters: tuple[object, ...]) -> None:
        try:
            self._connection.execute(sql, parameters)
        except sqlite3.Error as error:
            raise StoreError(f"cannot save: {error}") from None


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
