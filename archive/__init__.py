"""The SQLite archive (see docs/ARCHIVE.md).

- ``schema``: ``open_archive(path)`` — create or upgrade (``migrations``) an archive;
- ``writer``: ``store_article``, ``stored_hash``, ``replace_meetings`` — what the crawl stores;
- ``search``: folded Persian full-text search (SQL functions, FTS5 indexes, triggers);
- ``browse``: Datasette with the metadata, the plugin in ``plugins/`` and ``static/rtl.css``;
- ``reextract``, ``export``: commands (``python -m archive.reextract`` / ``archive.export``).
"""
