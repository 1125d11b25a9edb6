"""The library's tables, full-text indexes and triggers, one migration per version."""

from __future__ import annotations

import sqlite3

_SCHEMA_V1 = (
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        authors TEXT NOT NULL,          -- a JSON list
        date TEXT,                      -- as the article writes it
        sort_date TEXT,                 -- YYYY-MM-DD when it can be read
        source TEXT NOT NULL,           -- the file or link a citation names
        format TEXT NOT NULL,
        added TEXT NOT NULL,
        text TEXT NOT NULL,
        body_start INTEGER NOT NULL     -- where the text after the title and byline begins
    )""",
    # What the index reads an article as: its body without the title and byline lines
    # (the title has a column of its own), so snippets show the article's words.
    """CREATE VIEW article_bodies AS
        SELECT id, title, authors, substr(text, body_start + 1) AS text FROM articles""",
    """CREATE TABLE files (
        path TEXT PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        size INTEGER,
        mtime_ns INTEGER
    )""",
    "CREATE INDEX files_by_article ON files (article)",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        speaker TEXT,                   -- as the article names them
        speaker_kind TEXT,
        person TEXT,                    -- the one name of that person in the library
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    )""",
    "CREATE INDEX quotes_by_article ON quotes (article)",
    "CREATE INDEX quotes_by_speaker ON quotes (speaker)",
    # The Speakers view counts from this index alone.
    "CREATE INDEX quotes_by_person ON quotes (person, article)",
    """CREATE TABLE speaker_names (
        name TEXT PRIMARY KEY,          -- as an article gives it
        person TEXT NOT NULL            -- the one name the library shows for them
    ) WITHOUT ROWID""",
    "CREATE INDEX speaker_names_by_person ON speaker_names (person COLLATE NOCASE)",
    # Set in the transaction that adds quotes, cleared when the names are regrouped: a
    # bulk add regroups once at its end, and a process killed before then leaves it
    # set for the next reader to regroup.
    "CREATE TABLE speakers_stale (since TEXT NOT NULL)",
    # Prefix indexes of two and three characters: a reader typing "rut*" gets an
    # answer as fast as one typing "rutte".
    """CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, authors, text, content='article_bodies', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(8.0, 4.0, 1.0)')",
    """CREATE VIRTUAL TABLE quotes_fts USING fts5 (
        text, speaker, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)')",
    """CREATE TRIGGER articles_indexed AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, authors, text)
        VALUES (new.id, new.title, new.authors, substr(new.text, new.body_start + 1));
    END""",
    """CREATE TRIGGER articles_unindexed AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, authors, text)
        VALUES ('delete', old.id, old.title, old.authors, substr(old.text, old.body_start + 1));
    END""",
    """CREATE TRIGGER articles_reindexed AFTER UPDATE OF title, authors, text, body_start
    ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, authors, text)
        VALUES ('delete', old.id, old.title, old.authors, substr(old.text, old.body_start + 1));
        INSERT INTO articles_fts (rowid, title, authors, text)
        VALUES (new.id, new.title, new.authors, substr(new.text, new.body_start + 1));
    END""",
    """CREATE TRIGGER quotes_indexed AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
    """CREATE TRIGGER quotes_unindexed AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
    END""",
    """CREATE TRIGGER quotes_reindexed AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
        INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END""",
)


def _v1(connection: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1:
        connection.execute(statement)


MIGRATIONS = [_v1]
