"""Schema versions of the archive and the migrations between them.

``PRAGMA user_version`` holds the version an archive is at. :func:`migrate` applies, in order
and each in its own transaction, every migration above it: a new archive goes through all of
them (so a fresh archive and an upgraded one have the same schema), an old one is upgraded in
place, losing nothing. A migration is never edited once released; add the next one.

Version 1 is frozen here as it was released (``v1``), which is also how tests build an
archive of the previous schema to upgrade.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import search, stories
from pipelines.persian import fold

V1_SOURCES = {
    "iribnews": {"name": "IRIB News", "agency": "خبرگزاری صدا و سیما", "home": "https://www.iribnews.ir"},
    "ilna": {"name": "ILNA", "agency": "ایلنا", "home": "https://www.ilna.ir"},
}


class ArchiveTooNew(RuntimeError):
    """The archive was written by a newer version of this project."""


def v1(db: sqlite_utils.Database) -> None:
    """The first released schema (commit 8bad2e1), unchanged."""
    content = {
        "url": str, "title": str, "pretitle": str, "lead": str, "body": str, "section": str,
        "tags": str, "published": str, "published_text": str, "page_kind": str,
        "fetched_at": str, "content_hash": str,
    }
    db["sources"].create({"id": str, "name": str, "agency": str, "home": str}, pk="id", if_not_exists=True)
    for source, row in V1_SOURCES.items():
        db["sources"].upsert({"id": source, **row}, pk="id")
    db["articles"].create(
        {"id": int, "source": str, "news_id": int, **content, "first_fetched_at": str, "version": int},
        pk="id", foreign_keys=[("source", "sources", "id")], if_not_exists=True,
    )
    db["articles"].create_index(["source", "news_id"], unique=True, if_not_exists=True)
    db["articles"].create_index(["published"], if_not_exists=True)
    db["article_versions"].create(
        {"id": int, "article_id": int, "version": int, **content},
        pk="id", foreign_keys=[("article_id", "articles", "id")], if_not_exists=True,
    )
    db["article_versions"].create_index(["article_id", "version"], unique=True, if_not_exists=True)
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


V2_DDL = """
-- Near-duplicate clusters (filled by the dedupe stage): articles telling the same story.
ALTER TABLE articles ADD COLUMN cluster_id INTEGER;
ALTER TABLE article_versions ADD COLUMN cluster_id INTEGER;
CREATE INDEX IF NOT EXISTS idx_articles_cluster_id ON articles (cluster_id);
CREATE INDEX IF NOT EXISTS idx_articles_source_published ON articles (source, published);
CREATE INDEX IF NOT EXISTS idx_pages_article_id_version ON pages (article_id, version);

-- Every spelling a person was reported under; name_key is the folded spelling.
CREATE TABLE IF NOT EXISTS person_names (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people (id),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_person_names_name ON person_names (name);
CREATE INDEX IF NOT EXISTS idx_person_names_name_key ON person_names (name_key);
CREATE INDEX IF NOT EXISTS idx_person_names_person_id ON person_names (person_id);

CREATE TABLE IF NOT EXISTS topics (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_topics_name_key ON topics (name_key);
ALTER TABLE meeting_topics ADD COLUMN topic_id INTEGER REFERENCES topics (id);
CREATE INDEX IF NOT EXISTS idx_meeting_topics_topic_id ON meeting_topics (topic_id);
CREATE INDEX IF NOT EXISTS idx_meeting_topics_article_id ON meeting_topics (article_id);

-- Facets and joins.
CREATE INDEX IF NOT EXISTS idx_meetings_kind ON meetings (kind);
CREATE INDEX IF NOT EXISTS idx_meetings_status ON meetings (status);
CREATE INDEX IF NOT EXISTS idx_meetings_country ON meetings (country);
CREATE INDEX IF NOT EXISTS idx_meeting_participants_country ON meeting_participants (country);
CREATE INDEX IF NOT EXISTS idx_meeting_participants_person_meeting ON meeting_participants (person_id, meeting_id);
CREATE INDEX IF NOT EXISTS idx_statements_person_id ON statements (person_id);
CREATE INDEX IF NOT EXISTS idx_crawl_runs_spider ON crawl_runs (spider, started_at);
"""

# Views answer one question each; they are derived, so every migration may redefine them.
VIEWS = {
    "meetings_view": """
SELECT
  m.id AS meeting_id,
  m.date,
  substr(m.date, 1, 4) AS year,
  m.kind,
  m.status,
  m.summary AS who,
  coalesce(m.city, m.location, m.country) AS place,
  m.country AS place_country,
  m.occasion,
  (SELECT json_group_array(x) FROM (
     SELECT coalesce(pe.name, p.name, p.role) AS x FROM meeting_participants p
     LEFT JOIN people pe ON pe.id = p.person_id WHERE p.meeting_id = m.id ORDER BY p.position)) AS people,
  (SELECT json_group_array(x) FROM (
     SELECT DISTINCT p.country AS x FROM meeting_participants p
     WHERE p.meeting_id = m.id AND p.country IS NOT NULL ORDER BY p.position)) AS countries,
  (SELECT json_group_array(x) FROM (
     SELECT DISTINCT a.source AS x FROM meeting_sources s JOIN articles a ON a.id = s.article_id
     WHERE s.meeting_id = m.id ORDER BY a.source)) AS sources,
  (SELECT count(*) FROM meeting_sources s WHERE s.meeting_id = m.id) AS n_sources,
  (SELECT group_concat(x, '، ') FROM (
     SELECT DISTINCT t.topic AS x FROM meeting_topics t WHERE t.meeting_id = m.id)) AS topics
FROM meetings m
""",
    "person_meetings": """
SELECT
  pe.id AS person_id,
  pe.name AS person,
  p.role,
  p.country,
  m.date,
  substr(m.date, 1, 4) AS year,
  m.kind,
  m.status,
  (SELECT group_concat(x, ' — ') FROM (
     SELECT coalesce(o.name, o.role, '?') || coalesce(' (' || o.country || ')', '') AS x
     FROM meeting_participants o WHERE o.meeting_id = m.id AND o.id != p.id ORDER BY o.position)) AS met,
  coalesce(m.city, m.location, m.country) AS place,
  m.occasion,
  m.id AS meeting_id,
  (SELECT count(*) FROM meeting_sources s WHERE s.meeting_id = m.id) AS n_sources
FROM meeting_participants p
JOIN people pe ON pe.id = p.person_id
JOIN meetings m ON m.id = p.meeting_id
""",
    "statements_view": """
SELECT
  s.id AS statement_id,
  m.date,
  coalesce(pe.name, s.speaker) AS speaker,
  s.speaker AS speaker_as_written,
  (SELECT p.role FROM meeting_participants p WHERE p.meeting_id = s.meeting_id AND p.person_id = s.person_id
   ORDER BY p.position LIMIT 1) AS role,
  (SELECT p.country FROM meeting_participants p WHERE p.meeting_id = s.meeting_id AND p.person_id = s.person_id
   ORDER BY p.position LIMIT 1) AS country,
  s.text,
  m.summary AS meeting,
  s.meeting_id,
  a.source,
  a.url,
  s.article_id,
  s.person_id
FROM statements s
LEFT JOIN people pe ON pe.id = s.person_id
LEFT JOIN meetings m ON m.id = s.meeting_id
LEFT JOIN articles a ON a.id = s.article_id
""",
    "person_offices": """
SELECT
  pe.id AS person_id,
  pe.name AS person,
  p.role,
  p.country,
  min(m.date) AS first_seen,
  max(m.date) AS last_seen,
  count(DISTINCT m.id) AS meetings
FROM meeting_participants p
JOIN people pe ON pe.id = p.person_id
JOIN meetings m ON m.id = p.meeting_id
GROUP BY pe.id, p.role, p.country
""",
    "meeting_articles": """
SELECT
  s.meeting_id,
  m.date AS meeting_date,
  m.summary AS meeting,
  a.id AS article_id,
  a.source,
  a.published,
  a.title,
  a.url,
  a.story_id
FROM meeting_sources s
JOIN meetings m ON m.id = s.meeting_id
JOIN articles a ON a.id = s.article_id
""",
    "stories": """
SELECT
  a.story_id,
  count(*) AS n_articles,
  count(DISTINCT a.source) AS n_sources,
  min(a.published) AS first_published,
  (SELECT f.title FROM articles f WHERE f.id = a.story_id) AS title,
  (SELECT json_group_array(x) FROM (
     SELECT DISTINCT o.source AS x FROM articles o WHERE o.story_id = a.story_id ORDER BY o.source)) AS sources
FROM articles a
WHERE a.story_id IS NOT NULL
GROUP BY a.story_id
""",
}


def create_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql.strip()}")


def v2(db: sqlite_utils.Database) -> None:
    """Name variants, topics, cluster ids, folded full-text search, views, facet indexes."""
    conn = db.conn
    _run_script(conn, V2_DDL)
    # Every name a person was archived under becomes a variant of that person.
    conn.execute("INSERT OR IGNORE INTO person_names (person_id, name, name_key) "
                 "SELECT id, name, name_key FROM people")
    conn.execute("INSERT OR IGNORE INTO person_names (person_id, name, name_key) "
                 "SELECT DISTINCT person_id, name, persian_fold(name) FROM meeting_participants "
                 "WHERE person_id IS NOT NULL AND name IS NOT NULL ORDER BY id")
    conn.execute("INSERT OR IGNORE INTO topics (name, name_key) "
                 "SELECT topic, persian_fold(topic) FROM meeting_topics WHERE topic IS NOT NULL ORDER BY rowid")
    conn.execute("UPDATE meeting_topics SET topic_id = "
                 "(SELECT id FROM topics WHERE name_key = persian_fold(meeting_topics.topic))")
    _run_script(conn, search.FTS_DDL)
    search.rebuild(conn)
    create_views(db)


def _run_script(conn, script: str) -> None:
    """Run a script of statements (triggers included) inside the current transaction.

    ``executescript`` would commit first, breaking the migration's atomicity.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        conn.execute(buffer)


V3_DDL = """
-- Stories (archive/stories.py): articles reporting the same event, copies or not.
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES articles (id);
CREATE INDEX IF NOT EXISTS idx_articles_story_id ON articles (story_id);
"""


def v3(db: sqlite_utils.Database) -> None:
    """Stories: ``articles.story_id`` (filled from the archived clusters and meetings), the
    ``stories`` view, ``story_id`` in ``meeting_articles``."""
    _run_script(db.conn, V3_DDL)
    stories.rebuild_stories(db)
    create_views(db)


# A key no fold() result can equal (fold drops ZWNJ): a row's name_key while keys are swapped,
# so that an UPDATE never meets the UNIQUE index half-way.
_TEMP_KEY = "'\u200c' || id"


def _refold(conn, table: str) -> tuple[dict[int, int], list[tuple[str, int]]]:
    """Recompute ``table.name_key`` (people, topics) with the current fold; rows whose keys
    now collide go to the lowest id: ``({merged id: kept id}, [(new key, id) of the kept rows
    whose key changed])``; the caller repoints, deletes and updates."""
    rows = conn.execute(f"SELECT id, name, name_key FROM {table} ORDER BY id").fetchall()
    kept: dict[str, int] = {}
    merged: dict[int, int] = {}
    changed: list[tuple[str, int]] = []
    for row_id, name, old_key in rows:
        key = fold(name)
        if not key:
            continue  # no name (never written so): left as it is
        if key in kept:
            merged[row_id] = kept[key]
        else:
            kept[key] = row_id
            if key != old_key:
                changed.append((key, row_id))
    return merged, changed


def _merge_meetings(conn) -> int:
    """Recompute ``meetings.participants_key`` as the writer does; merge meetings that now have
    the same key, kind and status within SAME_MEETING_DAYS (or both undated) and did not have
    the same key before. The number of meetings merged away."""
    from archive.writer import SAME_MEETING_DAYS, _within, participants_key  # the writer imports this module

    participants: dict[int, list[dict]] = {}
    for meeting_id, name, role, country in conn.execute(
            "SELECT meeting_id, name, role, country FROM meeting_participants ORDER BY meeting_id, position, id"):
        participants.setdefault(meeting_id, []).append({"name": name, "role": role, "country": country})
    groups: dict[tuple, list[tuple[int, str | None, str | None]]] = {}
    for meeting_id, kind, status, day, old_key in conn.execute(
            "SELECT id, kind, status, date, participants_key FROM meetings ORDER BY id").fetchall():
        key = participants_key(participants.get(meeting_id, []))
        if key != old_key:
            conn.execute("UPDATE meetings SET participants_key = ? WHERE id = ?", [key, meeting_id])
        groups.setdefault((key, kind, status), []).append((meeting_id, day, old_key))
    merged = 0
    for members in groups.values():
        kept: list[tuple[int, str | None, str | None]] = []
        for meeting_id, day, old_key in members:  # in id order, as the writer met them
            into = next((k for k in kept if k[2] != old_key and _within(day, k[1], SAME_MEETING_DAYS)), None)
            if into is None:
                kept.append((meeting_id, day, old_key))
                continue
            _merge_meeting(conn, meeting_id, into[0])
            merged += 1
    return merged


def _merge_meeting(conn, meeting_id: int, into: int) -> None:
    """Make the reports of meeting ``meeting_id`` reports of ``into`` (as if the writer had
    matched them) and delete it. ``meeting_sources`` rows keep their rowids, so every
    article's order of meetings (its primary meeting, archive/stories.py) is unchanged."""
    for column in ("location", "city", "country", "occasion"):  # as writer._fill_in
        conn.execute(f"UPDATE meetings SET {column} = coalesce({column}, "
                     f"(SELECT {column} FROM meetings WHERE id = ?)) WHERE id = ?", [meeting_id, into])
    for table in ("meeting_sources", "meeting_topics"):  # an article may report both: keep one row
        conn.execute(f"UPDATE OR IGNORE {table} SET meeting_id = ? WHERE meeting_id = ?", [into, meeting_id])
        conn.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
    conn.execute("UPDATE statements SET meeting_id = ? WHERE meeting_id = ?", [into, meeting_id])
    conn.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", [meeting_id])
    conn.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def v4(db: sqlite_utils.Database) -> None:
    """The matching key ignores «ئ»/«ی» (``pipelines.persian.fold``: «رئیس» = «رییس»): every
    stored key is recomputed. People and topics whose keys now collide are merged into the
    lowest id (references repointed, every spelling kept in ``person_names``); meetings whose
    participants keys now collide are merged as the writer would have merged the reports; the
    full-text indexes are rebuilt. Story ids are left as they are (they are never merged)."""
    conn = db.conn
    merged, changed = _refold(conn, "people")
    for old, kept in merged.items():
        for table in ("meeting_participants", "statements", "person_names"):
            conn.execute(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", [kept, old])
        conn.execute("DELETE FROM people WHERE id = ?", [old])
    conn.executemany(f"UPDATE people SET name_key = {_TEMP_KEY} WHERE id = ?", [(i,) for _, i in changed])
    conn.executemany("UPDATE people SET name_key = ? WHERE id = ?", changed)
    # person_names: name is unique, name_key is not, so no row can become a duplicate.
    conn.execute("UPDATE person_names SET name_key = persian_fold(name) WHERE name_key IS NOT persian_fold(name)")

    merged, changed = _refold(conn, "topics")
    for old, kept in merged.items():
        conn.execute("UPDATE meeting_topics SET topic_id = ? WHERE topic_id = ?", [kept, old])
        conn.execute("DELETE FROM topics WHERE id = ?", [old])
    conn.executemany(f"UPDATE topics SET name_key = {_TEMP_KEY} WHERE id = ?", [(i,) for _, i in changed])
    conn.executemany("UPDATE topics SET name_key = ? WHERE id = ?", changed)

    _merge_meetings(conn)
    search.rebuild(conn)


MIGRATIONS = {1: v1, 2: v2, 3: v3, 4: v4}
SCHEMA_VERSION = max(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Bring the archive to :data:`SCHEMA_VERSION`; the versions applied, in order.

    Each step holds the write lock from reading the version to committing (``BEGIN
    IMMEDIATE``), so two processes opening an old archive at once upgrade it once.
    """
    conn = db.conn
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return []  # the usual case: no lock taken
    applied = []
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise ArchiveTooNew(f"the archive is at schema version {current}, this code knows up to "
                                    f"{SCHEMA_VERSION}: update the project before writing to it")
            if current < SCHEMA_VERSION:
                MIGRATIONS[current + 1](db)
                conn.execute(f"PRAGMA user_version = {current + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if current == SCHEMA_VERSION:
            return applied
        applied.append(current + 1)
