"""The archive's tables, created and upgraded on open (see :mod:`archive.migrations`).

Others read this database (Datasette, outside checks): the table ``articles`` and its column
names are a contract. Change the schema only by adding a migration, which bumps
``SCHEMA_VERSION`` (kept in ``PRAGMA user_version``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from archive.migrations import SCHEMA_VERSION, V1_SOURCES, migrate
from archive.search import register_functions

__all__ = ["SCHEMA_VERSION", "SOURCES", "open_archive", "connect"]

SOURCES = V1_SOURCES


def connect(path: str | Path) -> sqlite_utils.Database:
    """A connection to an existing archive with the project's SQL functions, no migration."""
    db = sqlite_utils.Database(path)
    register_functions(db.conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    return db


def open_archive(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at ``path``, in WAL mode with foreign keys on,
    upgraded in place to the current schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    if db.journal_mode != "wal":
        db.enable_wal()
    migrate(db)
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction that takes the write lock when it starts (``BEGIN IMMEDIATE``).

    sqlite-utils' ``atomic()`` begins a deferred transaction: one that reads, then writes,
    fails at once with "database is locked" when another process wrote in between (WAL
    mode cannot upgrade a stale read snapshot, and the busy timeout does not apply). Taking
    the lock first waits up to the busy timeout instead. Inside an open transaction this is
    a savepoint, as ``atomic()`` is.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():  # a savepoint now
            yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
