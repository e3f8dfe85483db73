"""State a scheduled run keeps between runs, in the archive itself (no JOBDIR needed):

- ``crawl_marks``: what the source last said about an archived article (sitemap ``lastmod``,
  a fingerprint of its feed entry), so a run refetches only the articles marked as changed;
- ``crawl_validators``: ETag / Last-Modified of feeds and sitemaps, for conditional requests;
- extra ``crawl_runs`` columns (outcome, message, errors by kind, field coverage), added with
  ``ALTER TABLE ... ADD COLUMN`` when missing, so the archive's schema module stays as it is;
- the run lock: one lock file per spider beside the archive, held with ``fcntl.flock``.

Plain functions over sqlite-utils; nothing here imports Scrapy.
"""

from __future__ import annotations

import fcntl
import os
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from archive.schema import write_transaction

# Columns the scheduled-run bookkeeping adds to crawl_runs (archive/schema.py creates the rest).
RUN_COLUMNS = {
    "outcome": str,  # ok | failed | drift | locked | interrupted
    "message": str,  # why the outcome is not ok, for people and schedulers
    "duplicate_articles": int,  # fetched again but unchanged, or duplicates of archived ones
    "errors_by_kind": str,  # JSON {"http_404": 2, "TimeoutError": 1, ...}
    "coverage": str,  # JSON {"pages": n, "article_pages": m, "title": 1.0, "body": 0.97, "date": 1.0}
    "jobdir": str,
}


def ensure_state_tables(db: sqlite_utils.Database) -> None:
    """Create the incremental-crawl tables and crawl_runs columns if they are missing."""
    db["crawl_marks"].create(
        {"source": str, "news_id": int, "kind": str, "value": str, "seen_at": str},
        pk=("source", "news_id", "kind"), if_not_exists=True,
    )
    db["crawl_validators"].create(
        {"url": str, "etag": str, "last_modified": str, "updated_at": str},
        pk="url", if_not_exists=True,
    )
    if "crawl_runs" in db.table_names():
        have = set(db["crawl_runs"].columns_dict)
        for name, kind in RUN_COLUMNS.items():
            if name not in have:
                sql_type = "INTEGER" if kind is int else "TEXT"
                db.execute(f"ALTER TABLE crawl_runs ADD COLUMN {name} {sql_type}")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def archived_articles(db: sqlite_utils.Database, source: str) -> dict[int, str | None]:
    """news_id -> fetched_at of every archived article of a source."""
    return {row[0]: row[1] for row in db.execute(
        "SELECT news_id, fetched_at FROM articles WHERE source = ?", [source])}


def load_marks(db: sqlite_utils.Database, source: str) -> dict[tuple[int, str], str]:
    return {(row[0], row[1]): row[2] for row in db.execute(
        "SELECT news_id, kind, value FROM crawl_marks WHERE source = ?", [source])}


def save_marks(db: sqlite_utils.Database, source: str, marks: dict[tuple[int, str], str]) -> None:
    if not marks:
        return
    seen = now()
    with write_transaction(db):
        db["crawl_marks"].upsert_all(
            [{"source": source, "news_id": news_id, "kind": kind, "value": value, "seen_at": seen}
             for (news_id, kind), value in marks.items()],
            pk=("source", "news_id", "kind"),
        )


def load_validators(db: sqlite_utils.Database, urls) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for url in urls:
        row = db.execute("SELECT etag, last_modified FROM crawl_validators WHERE url = ?", [url]).fetchone()
        if row:
            out[url] = (row[0], row[1])
    return out


def save_validators(db: sqlite_utils.Database, validators: dict[str, tuple[str | None, str | None]]) -> None:
    if not validators:
        return
    updated = now()
    with write_transaction(db):
        db["crawl_validators"].upsert_all(
            [{"url": url, "etag": etag, "last_modified": modified, "updated_at": updated}
             for url, (etag, modified) in validators.items()],
            pk="url",
        )


def parse_when(value: str | None) -> datetime | None:
    """An ISO 8601 date or date-time (sitemap lastmod) as an aware datetime; None if unreadable."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


class RunLock:
    """An exclusive, non-blocking ``flock`` on ``<archive>.<spider>.lock``.

    The kernel drops the lock when the process ends, however it ends, so a crashed run never
    leaves a stale lock behind (the file itself stays; its content is informational).
    """

    def __init__(self, archive: str | Path, spider: str):
        archive = Path(archive)
        self.path = archive.with_name(f"{archive.name}.{spider}.lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} since {now()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "another run"
        except OSError:
            return "another run"

    def release(self) -> None:
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
