"""The SQLite archive (see docs/ARCHIVE.md).

- ``schema``: ``open_archive(path)`` — create or upgrade (``migrations``) an archive;
- ``writer``: ``store_article``, ``stored_hash``, ``replace_meetings`` — what the crawl stores;
- ``search``: folded Persian full-text search (SQL functions, FTS5 indexes, triggers);
- ``browse``: Datasette with the metadata, the plugin in ``plugins/`` and ``static/rtl.css``;
- ``reextract``, ``export``: commands (``python -m archive.reextract`` / ``archive.export``).
"""

import os

DEFAULT_PATH = "data/archive.db"


def default_path() -> str:
    """The archive a command uses when none is named: ``$ARCHIVE_DB``, else data/archive.db."""
    return os.environ.get("ARCHIVE_DB", DEFAULT_PATH)


def add_db_argument(parser) -> None:
    """The ``--db`` option every archive command takes."""
    parser.add_argument("--db", default=default_path(),
                        help=f"the archive (default: $ARCHIVE_DB or {DEFAULT_PATH})")


def require_existing(parser, path: str) -> str:
    """``path``, or a clear command-line error when there is no archive there (no empty one is made)."""
    if not os.path.isfile(path):
        parser.error(f"no archive at {path} (run a crawl or scripts/demo first)")
    return path
