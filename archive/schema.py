"""The archive's tables, created on first use with sqlite-utils.

Others read this database (Datasette, outside checks): the table ``articles`` and its column
names are a contract. Change the schema only by adding, and bump ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 1

SOURCES = {
    "iribnews": {"name": "IRIB News", "agency": "خبرگزاری صدا و سیما", "home": "https://www.iribnews.ir"},
    "ilna": {"name": "ILNA", "agency": "ایلنا", "home": "https://www.ilna.ir"},
}

_ARTICLE_CONTENT = {
    "url": str, "title": str, "pretitle": str, "lead": str, "body": str, "section": str,
    "tags": str, "published": str, "published_text": str, "page_kind": str,
    "fetched_at": str, "content_hash": str,
}


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at ``path``, in WAL mode with foreign keys on."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    if db.journal_mode != "wal":
        db.enable_wal()
    if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        with db.atomic():
            create_schema(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


def create_schema(db: sqlite_utils.Database) -> None:
    db["sources"].create({"id": str, "name": str, "agency": str, "home": str}, pk="id", if_not_exists=True)
    for source, row in SOURCES.items():
        db["sources"].upsert({"id": source, **row}, pk="id")

    db["articles"].create(
        {"id": int, "source": str, "news_id": int, **_ARTICLE_CONTENT,
         "first_fetched_at": str, "version": int},
        pk="id", foreign_keys=[("source", "sources", "id")], if_not_exists=True,
    )
    db["articles"].create_index(["source", "news_id"], unique=True, if_not_exists=True)
    db["articles"].create_index(["published"], if_not_exists=True)

    # Every version of every article, the first included: agencies edit articles after
    # publication and nothing is overwritten silently.
    db["article_versions"].create(
        {"id": int, "article_id": int, "version": int, **_ARTICLE_CONTENT},
        pk="id", foreign_keys=[("article_id", "articles", "id")], if_not_exists=True,
    )
    db["article_versions"].create_index(["article_id", "version"], unique=True, if_not_exists=True)

    # Raw responses, zlib-compressed, so extraction can be re-run without fetching.
    db["pages"].create(
        {"id": int, "article_id": int, "version": int, "url": str, "fetched_at": str,
         "http_status": int, "content_type": str, "encoding": str, "html_zlib": bytes},
        pk="id", foreign_keys=[("article_id", "articles", "id")], if_not_exists=True,
    )
    db["pages"].create_index(["article_id"], if_not_exists=True)

    db["people"].create({"id": int, "name": str, "name_key": str}, pk="id", if_not_exists=True)
    db["people"].create_index(["name_key"], unique=True, if_not_exists=True)

    db["meetings"].create(
        {"id": int, "kind": str, "status": str, "date": str, "location": str, "city": str,
         "country": str, "occasion": str, "participants_key": str, "summary": str},
        pk="id", if_not_exists=True,
    )
    db["meetings"].create_index(["participants_key", "date"], if_not_exists=True)
    db["meetings"].create_index(["date"], if_not_exists=True)

    db["meeting_participants"].create(
        {"id": int, "meeting_id": int, "position": int, "person_id": int, "name": str, "role": str,
         "country": str},
        pk="id", foreign_keys=[("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
        if_not_exists=True,
    )
    db["meeting_participants"].create_index(["meeting_id"], if_not_exists=True)
    db["meeting_participants"].create_index(["person_id"], if_not_exists=True)

    # Which articles report a meeting: one meeting, many reports (IRIB and ILNA alike).
    db["meeting_sources"].create(
        {"meeting_id": int, "article_id": int}, pk=("meeting_id", "article_id"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("article_id", "articles", "id")],
        if_not_exists=True,
    )
    db["meeting_sources"].create_index(["article_id"], if_not_exists=True)

    db["statements"].create(
        {"id": int, "meeting_id": int, "article_id": int, "person_id": int, "speaker": str, "text": str},
        pk="id", foreign_keys=[("meeting_id", "meetings", "id"), ("article_id", "articles", "id"),
                               ("person_id", "people", "id")],
        if_not_exists=True,
    )
    db["statements"].create_index(["meeting_id"], if_not_exists=True)
    db["statements"].create_index(["article_id"], if_not_exists=True)

    db["meeting_topics"].create(
        {"meeting_id": int, "article_id": int, "topic": str}, pk=("meeting_id", "article_id", "topic"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("article_id", "articles", "id")],
        if_not_exists=True,
    )

    db["crawl_runs"].create(
        {"id": int, "spider": str, "started_at": str, "finished_at": str, "finish_reason": str,
         "pages": int, "new_articles": int, "updated_articles": int, "unchanged_articles": int,
         "meetings": int, "errors": int, "stats": str},
        pk="id", if_not_exists=True,
    )
