"""Schema versions: an archive made with the previous schema is upgraded in place, losing nothing."""

from __future__ import annotations

import sqlite3
import zlib

import pytest
import sqlite_utils

from archive import migrations, search, stories
from archive.migrations import SCHEMA_VERSION, ArchiveTooNew, migrate
from archive.schema import connect, open_archive
from archive.search import register_functions, search_articles, search_statements
from archive.writer import store_article
from pipelines.dedupe import content_hash
from pipelines.persian import fold, fold_words

V1_TABLES = ("sources", "articles", "article_versions", "pages", "people", "meetings", "meeting_participants",
             "meeting_sources", "statements", "meeting_topics", "crawl_runs")
CONTENT = {"url": "http://127.0.0.1/fa/news/11", "title": "دیدار رئیس جمهور با پوتین", "pretitle": None,
           "lead": "رئيس‌جمهور روسیه", "body": "متن خبر\nبند دوم", "section": "سیاسی", "tags": '["روسیه"]',
           "published": "2025-09-01T21:30:00+03:30", "published_text": "۱۰ شهریور ۱۴۰۴", "page_kind": "article",
           "fetched_at": "2025-09-02T00:00:00+00:00", "content_hash": "a" * 64}


def make_v1_archive(path) -> sqlite_utils.Database:
    """An archive as version 1 of the project wrote it: the frozen v1 schema and its rows."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    with db.atomic():
        migrations.v1(db)
        db.execute("PRAGMA user_version = 1")
        db["articles"].insert({"id": 1, "source": "iribnews", "news_id": 11, **CONTENT,
                               "first_fetched_at": "2025-09-01T00:00:00+00:00", "version": 2})
        db["articles"].insert({"id": 2, "source": "ilna", "news_id": 7, **CONTENT, "url": "http://127.0.0.1/7",
                               "title": "خبر دیگر", "lead": None, "body": "رئیس مجلس", "first_fetched_at": None,
                               "version": 1})
        db["article_versions"].insert_all([
            {"article_id": 1, "version": 1, **CONTENT, "body": "نسخه اول"},
            {"article_id": 1, "version": 2, **CONTENT},
            {"article_id": 2, "version": 1, **CONTENT, "title": "خبر دیگر"},
        ])
        db["pages"].insert({"article_id": 1, "version": 2, "url": "http://127.0.0.1/fa/news/11",
                            "fetched_at": CONTENT["fetched_at"], "http_status": 200, "content_type": "text/html",
                            "encoding": "zlib", "html_zlib": zlib.compress("<html>صفحه</html>".encode())})
        db["people"].insert_all([{"id": 1, "name": "مسعود پزشکیان", "name_key": "مسعودپزشکیان"},
                                 {"id": 2, "name": "ولادیمیر پوتین", "name_key": "ولادیمیرپوتین"}])
        db["meetings"].insert({"id": 1, "kind": "meeting", "status": "held", "date": "2025-09-01",
                               "location": "چین", "city": None, "country": "چین", "occasion": "سفر به چین",
                               "participants_key": "مسعودپزشکیان|ولادیمیرپوتین",
                               "summary": "مسعود پزشکیان (رئیس‌جمهور، ایران) — ولادیمیر پوتین (رئیس‌جمهور، روسیه)"})
        db["meeting_participants"].insert_all([
            {"meeting_id": 1, "position": 0, "person_id": 1, "name": "مسعود پزشکیان", "role": "رئیس‌جمهور",
             "country": "ایران"},
            {"meeting_id": 1, "position": 1, "person_id": 2, "name": "ولاديمير پوتين", "role": "رئیس‌جمهور",
             "country": "روسیه"},
        ])
        db["meeting_sources"].insert_all([{"meeting_id": 1, "article_id": 1}, {"meeting_id": 1, "article_id": 2}])
        db["statements"].insert_all([
            {"meeting_id": 1, "article_id": 1, "person_id": 2, "speaker": "ولادیمیر پوتین", "text": "روابط دوستانه است"},
            {"meeting_id": 1, "article_id": 2, "person_id": None, "speaker": "پوتین", "text": "همکاری ادامه دارد"},
            {"meeting_id": 1, "article_id": 1, "person_id": 1, "speaker": "مسعود پزشکیان", "text": "سپاسگزارم"},
        ])
        db["meeting_topics"].insert_all([{"meeting_id": 1, "article_id": 1, "topic": "شانگهای"},
                                         {"meeting_id": 1, "article_id": 2, "topic": "شانگهاي"},
                                         {"meeting_id": 1, "article_id": 2, "topic": "بریکس"}])
        db["crawl_runs"].insert({"spider": "iribnews", "started_at": "2025-09-02T00:00:00+00:00",
                                 "finished_at": "2025-09-02T00:01:00+00:00", "finish_reason": "finished",
                                 "pages": 3, "new_articles": 1, "updated_articles": 0, "unchanged_articles": 0,
                                 "meetings": 1, "errors": 0, "stats": "{}"})
    return db


def dump(db, tables=V1_TABLES, columns_of=None) -> dict:
    """Every row of the tables, restricted to the columns each table had in version 1."""
    columns_of = columns_of or {t: list(db[t].columns_dict) for t in tables}
    return {t: db.execute(f"SELECT {', '.join(columns_of[t])} FROM {t} ORDER BY rowid").fetchall() for t in tables}


@pytest.fixture
def v1_path(tmp_path):
    path = tmp_path / "v1.db"
    make_v1_archive(path).close()
    return path


def test_upgrading_a_v1_archive_keeps_every_row_and_value(v1_path):
    old = sqlite_utils.Database(v1_path)
    v1_columns = {t: list(old[t].columns_dict) for t in V1_TABLES}
    before = dump(old)
    old.close()

    db = open_archive(v1_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert dump(db, columns_of=v1_columns) == before
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_upgrade_adds_what_version_2_has_filled_from_the_old_rows(v1_path):
    db = open_archive(v1_path)
    assert "cluster_id" in db["articles"].columns_dict and "cluster_id" in db["article_versions"].columns_dict
    assert [r["cluster_id"] for r in db["articles"].rows] == [None, None]
    # Name variants: the canonical names and the spelling a participant row used.
    assert {(r["person_id"], r["name"]) for r in db["person_names"].rows} == {
        (1, "مسعود پزشکیان"), (2, "ولادیمیر پوتین"), (2, "ولاديمير پوتين")}
    # Topics: one row per folded topic, linked from meeting_topics (whose text stays).
    assert [r["name"] for r in db["topics"].rows] == ["شانگهای", "بریکس"]
    assert [(r["topic"], r["topic_id"]) for r in db["meeting_topics"].rows] == [
        ("شانگهای", 1), ("شانگهاي", 1), ("بریکس", 2)]
    # Search works over what was archived before the upgrade.
    assert search_articles(db, "رئیسجمهور") == [1]
    assert search_statements(db, "پوتین") == [1, 2]
    view = list(db.query("SELECT * FROM meetings_view"))
    assert len(view) == 1 and view[0]["n_sources"] == 2 and view[0]["sources"] == '["ilna","iribnews"]'
    assert {r["person"] for r in db.query("SELECT person FROM person_meetings")} == {"مسعود پزشکیان", "ولادیمیر پوتین"}
    # Version 3: the two reports of the meeting are one story, named after the first.
    assert [(r["id"], r["story_id"]) for r in db["articles"].rows] == [(1, 1), (2, 1)]


def test_the_writer_works_on_an_upgraded_archive(v1_path):
    db = open_archive(v1_path)
    article = {"source": "iribnews", "news_id": 11, **CONTENT, "tags": [], "body": "نسخه سوم",
               "raw_html": b"<html></html>", "meetings": []}
    article["content_hash"] = content_hash(article)
    assert store_article(db, article) == 1
    assert db["articles"].get(1)["version"] == 3
    assert db["meetings"].count == 1  # still reported by article 2
    assert search_statements(db, "پوتین") == [2]


def test_an_upgraded_archive_has_the_schema_of_a_new_one(v1_path, tmp_path):
    def schema(db):
        return sorted((r[0], r[1], r[2]) for r in db.execute("SELECT type, name, sql FROM sqlite_master"))

    assert schema(open_archive(v1_path)) == schema(open_archive(tmp_path / "new.db"))


def test_opening_again_migrates_nothing_and_a_newer_archive_is_refused(v1_path):
    db = open_archive(v1_path)
    assert migrate(db) == []
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(ArchiveTooNew):
        open_archive(v1_path)


def test_a_failing_migration_leaves_the_archive_at_the_old_version(v1_path, monkeypatch):
    old = sqlite_utils.Database(v1_path)
    before, schema_before = dump(old), old.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    old.close()

    def broken(db):
        migrations.V2_ORIGINAL(db)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "V2_ORIGINAL", migrations.v2, raising=False)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(sqlite3.OperationalError):
        open_archive(v1_path)
    db = sqlite_utils.Database(v1_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    assert dump(db) == before


def test_processes_opening_an_old_archive_at_once_upgrade_it_once(v1_path):
    """Spiders and the run extension open the archive concurrently: no "duplicate column"."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = "import sys; from archive.schema import open_archive; open_archive(sys.argv[1]).close()"
    processes = [subprocess.Popen([sys.executable, "-c", code, str(v1_path)], cwd=ROOT, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, errors
    db = open_archive(v1_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db["person_names"].count == 3 and search_statements(db, "پوتین") == [1, 2]


# ---- version 2 → 3: stories ------------------------------------------------------------------

V2_TABLES = (*V1_TABLES, "person_names", "topics")


def make_v2_archive(path) -> sqlite_utils.Database:
    """An archive as version 2 wrote it: the v1 rows upgraded by the frozen v2, clusters filled,
    and a third article, earlier, in article 2's cluster."""
    db = make_v1_archive(path)
    register_functions(db.conn)
    with db.atomic():
        migrations.v2(db)
        db.execute("PRAGMA user_version = 2")
        db.execute("UPDATE articles SET cluster_id = CASE id WHEN 1 THEN 10 ELSE 11 END")
        db["articles"].insert({"id": 3, "source": "ilna", "news_id": 8, **CONTENT, "url": "http://127.0.0.1/8",
                               "title": "نسخه زودتر", "published": "2025-08-31T09:00:00+03:30", "cluster_id": 11,
                               "first_fetched_at": None, "version": 1})
        db["articles"].insert({"id": 4, "source": "ilna", "news_id": 9, **CONTENT, "url": "http://127.0.0.1/9",
                               "title": "بی‌ربط", "published": None, "cluster_id": 12, "first_fetched_at": None,
                               "version": 1})
    return db


@pytest.fixture
def v2_path(tmp_path):
    path = tmp_path / "v2.db"
    make_v2_archive(path).close()
    return path


def test_upgrading_a_v2_archive_keeps_every_row_and_fills_the_stories(v2_path):
    old = sqlite_utils.Database(v2_path)
    columns = {t: list(old[t].columns_dict) for t in V2_TABLES}
    before = dump(old, tables=V2_TABLES, columns_of=columns)
    old.close()

    db = open_archive(v2_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert dump(db, tables=V2_TABLES, columns_of=columns) == before
    assert list(db["articles"].columns_dict)[-1] == "story_id"
    assert "idx_articles_story_id" in {i.name for i in db["articles"].indexes}
    # Publication order: 4 (undated) founds its own; 3 founds one; 1 (meeting 1) founds one;
    # 2 links to 3 (cluster 11) and to 1 (meeting 1): the earliest archived, 1.
    assert [(r["id"], r["story_id"]) for r in db["articles"].rows] == [(1, 1), (2, 1), (3, 3), (4, 4)]
    assert [tuple(r) for r in db.execute("SELECT * FROM stories ORDER BY story_id")] == [
        (1, 2, 2, CONTENT["published"], CONTENT["title"], '["ilna","iribnews"]'),
        (3, 1, 1, "2025-08-31T09:00:00+03:30", "نسخه زودتر", '["ilna"]'),
        (4, 1, 1, None, "بی‌ربط", '["ilna"]'),
    ]
    assert [tuple(r) for r in db.execute("SELECT article_id, story_id FROM meeting_articles ORDER BY article_id")
            ] == [(1, 1), (2, 1)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_version_3_leaves_the_archive_at_version_2(v2_path, monkeypatch):
    old = sqlite_utils.Database(v2_path)
    before = dump(old, tables=V2_TABLES)
    schema_before = old.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    old.close()

    def broken(db):
        migrations.v3(db)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.MIGRATIONS, 3, broken)
    with pytest.raises(sqlite3.OperationalError):
        open_archive(v2_path)
    db = sqlite_utils.Database(v2_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    assert dump(db, tables=V2_TABLES) == before and "story_id" not in db["articles"].columns_dict


def test_stories_are_assigned_when_writing_to_an_upgraded_archive(v2_path):
    db = open_archive(v2_path)
    article = {"source": "iribnews", "news_id": 12, **CONTENT, "tags": [], "url": "http://127.0.0.1/12",
               "cluster_id": 12, "meetings": []}
    article["content_hash"] = content_hash(article)
    assert db["articles"].get(store_article(db, article))["story_id"] == 4  # article 4's cluster


# ---- version 3 → 4: the matching key ignores ئ/ی ----------------------------------------------

def old_fold(text):
    """fold() as versions 1-3 made the stored keys: «ئ» and «ی» apart."""
    return fold_words(text).replace(" ", "")


RAISI, RAISI_IRNA = "ابراهیم رئیسی", "ابراهیم رییسی"
PUTIN_NAME = "ولادیمیر پوتین"


def make_v3_archive(path) -> sqlite_utils.Database:
    """An archive as version 3 wrote it, every key and the full-text indexes made with the old
    fold: one person twice («رئیسی» / «رییسی»), one topic twice («مسائل» / «مسایل»), and one
    meeting reported twice (a day apart, by agencies spelling Raisi differently), not merged."""
    db = make_v2_archive(path)
    with db.atomic():
        migrations.v3(db)
        db.execute("PRAGMA user_version = 3")
        db.conn.create_function("persian_fold", 1, old_fold, deterministic=True)  # the triggers, as then
        search.rebuild(db.conn)
        for news_id, source, title in ((5, "iribnews", "دیدار رئیس‌جمهور با پوتین در مسکو"),
                                       (6, "ilna", "دیدار رییسی و پوتین")):
            db["articles"].insert({"id": news_id, "source": source, "news_id": news_id, **CONTENT,
                                   "url": f"http://127.0.0.1/{news_id}", "title": title, "lead": None,
                                   "body": "متن", "published": "2025-09-10T12:00:00+03:30", "cluster_id": None,
                                   "first_fetched_at": None, "version": 1, "story_id": news_id})
        db["people"].insert_all([{"id": 3, "name": RAISI, "name_key": old_fold(RAISI)},
                                 {"id": 4, "name": RAISI_IRNA, "name_key": old_fold(RAISI_IRNA)}])
        db["person_names"].insert_all([
            {"person_id": 3, "name": RAISI, "name_key": old_fold(RAISI)},
            {"person_id": 4, "name": RAISI_IRNA, "name_key": old_fold(RAISI_IRNA)},
            {"person_id": 4, "name": "ابراهيم رييسي", "name_key": old_fold("ابراهيم رييسي")},
        ])
        for meeting_id, day, city, name, person in ((2, "2025-09-10", None, RAISI, 3),
                                                    (3, "2025-09-11", "مسکو", RAISI_IRNA, 4),
                                                    (4, "2025-09-20", None, RAISI_IRNA, 4)):
            db["meetings"].insert({"id": meeting_id, "kind": "meeting", "status": "held", "date": day,
                                   "location": city, "city": city, "country": None, "occasion": None,
                                   "participants_key": "|".join(sorted([old_fold(name), old_fold(PUTIN_NAME)])),
                                   "summary": f"{name} — {PUTIN_NAME}"})
            db["meeting_participants"].insert_all([
                {"meeting_id": meeting_id, "position": 0, "person_id": person, "name": name, "role": "رئیس‌جمهور",
                 "country": "ایران"},
                {"meeting_id": meeting_id, "position": 1, "person_id": 2, "name": PUTIN_NAME, "role": "رئیس‌جمهور",
                 "country": "روسیه"},
            ])
        # Article 6 reports meeting 3 first, then meeting 4 (ten days later: another meeting).
        db["meeting_sources"].insert_all([{"meeting_id": 2, "article_id": 5}, {"meeting_id": 3, "article_id": 6},
                                          {"meeting_id": 4, "article_id": 6}])
        db["statements"].insert_all([
            {"id": 10, "meeting_id": 2, "article_id": 5, "person_id": 3, "speaker": RAISI, "text": "روابط راهبردی است"},
            {"id": 11, "meeting_id": 3, "article_id": 6, "person_id": 4, "speaker": "رییسی", "text": "همکاری ادامه دارد"},
        ])
        db["topics"].insert_all([{"id": 3, "name": "مسائل منطقه‌ای", "name_key": old_fold("مسائل منطقه‌ای")},
                                 {"id": 4, "name": "مسایل منطقه‌ای", "name_key": old_fold("مسایل منطقه‌ای")}])
        db["meeting_topics"].insert_all([
            {"meeting_id": 2, "article_id": 5, "topic": "مسائل منطقه‌ای", "topic_id": 3},
            {"meeting_id": 3, "article_id": 6, "topic": "مسایل منطقه‌ای", "topic_id": 4},
            {"meeting_id": 4, "article_id": 6, "topic": "مسایل منطقه‌ای", "topic_id": 4},
        ])
    return db


@pytest.fixture
def v3_path(tmp_path):
    path = tmp_path / "v3.db"
    make_v3_archive(path).close()
    return path


def test_the_v3_fixture_has_the_old_keys(v3_path):
    db = connect(v3_path)  # no migration
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert fold(RAISI) == fold(RAISI_IRNA) and old_fold(RAISI) != old_fold(RAISI_IRNA)
    assert 5 not in search_articles(db, "رییس جمهور")  # the index holds «رئیس‌جمهور» folded the old way


def test_version_4_recomputes_every_key_and_merges_what_now_collides(v3_path):
    db = open_archive(v3_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    # People: «رییسی» (4) is merged into «رئیسی» (3), the lowest id; both spellings stay variants.
    assert [tuple(r) for r in db.execute("SELECT id, name, name_key FROM people ORDER BY id")] == [
        (1, "مسعود پزشکیان", "مسعودپزشکیان"), (2, "ولادیمیر پوتین", "ولادیمیرپوتین"),
        (3, RAISI, "ابراهیمرییسی")]
    assert [tuple(r) for r in db.execute("SELECT person_id, name, name_key FROM person_names WHERE person_id = 3 "
                                         "ORDER BY id")] == [
        (3, RAISI, "ابراهیمرییسی"), (3, RAISI_IRNA, "ابراهیمرییسی"), (3, "ابراهيم رييسي", "ابراهیمرییسی")]
    assert all(r["name_key"] == fold(r["name"]) for r in db["person_names"].rows)
    # Topics: «مسایل» (4) merged into «مسائل» (3); the text each article wrote stays.
    assert [tuple(r) for r in db.execute("SELECT id, name, name_key FROM topics ORDER BY id")][2:] == [
        (3, "مسائل منطقه‌ای", "مسایلمنطقهای")]
    assert [tuple(r) for r in db.execute("SELECT meeting_id, article_id, topic, topic_id FROM meeting_topics "
                                         "WHERE article_id >= 5 ORDER BY rowid")] == [
        (2, 5, "مسائل منطقه‌ای", 3), (2, 6, "مسایل منطقه‌ای", 3), (4, 6, "مسایل منطقه‌ای", 3)]
    # Meetings: 3 (a day after 2, same people now) is merged into 2, which gains its city;
    # 4, ten days later, is another meeting, with the new key.
    key = "ابراهیمرییسی|ولادیمیرپوتین"
    assert [tuple(r) for r in db.execute("SELECT id, date, city, participants_key FROM meetings ORDER BY id")] == [
        (1, "2025-09-01", None, "مسعودپزشکیان|ولادیمیرپوتین"), (2, "2025-09-10", "مسکو", key),
        (4, "2025-09-20", None, key)]
    assert [tuple(r) for r in db.execute("SELECT meeting_id, person_id, name FROM meeting_participants "
                                         "WHERE meeting_id > 1 ORDER BY id")] == [
        (2, 3, RAISI), (2, 2, PUTIN_NAME), (4, 3, RAISI_IRNA), (4, 2, PUTIN_NAME)]
    # Article 6 still reports its meetings in its order: its primary meeting is now 2.
    assert [tuple(r) for r in db.execute("SELECT meeting_id, article_id FROM meeting_sources "
                                         "WHERE article_id >= 5 ORDER BY rowid")] == [(2, 5), (2, 6), (4, 6)]
    assert stories.primary_meeting(db, 6) == 2
    assert [tuple(r) for r in db.execute("SELECT id, meeting_id, person_id FROM statements WHERE id >= 10")] == [
        (10, 2, 3), (11, 2, 3)]
    # Stories are never merged: 5 and 6 keep theirs.
    assert [r[0] for r in db.execute("SELECT story_id FROM articles WHERE id >= 5 ORDER BY id")] == [5, 6]
    # The indexes are folded the new way: every spelling finds the same rows.
    assert 5 in search_articles(db, "رییس جمهور")
    assert search_articles(db, "رییس جمهور") == search_articles(db, "رئیس‌جمهور") == search_articles(db, "رئيسجمهور")
    assert search_statements(db, "رییسی") == search_statements(db, "رئیسی") == [10, 11]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_4_again_changes_nothing(v3_path):
    db = open_archive(v3_path)
    tables = (*V2_TABLES, "articles_fts", "statements_fts")
    before = dump(db, tables=tables)
    with db.atomic():
        migrations.v4(db)
    assert dump(db, tables=tables) == before


def test_the_writer_finds_the_merged_person_and_meeting_after_version_4(v3_path):
    db = open_archive(v3_path)
    article = {"source": "iribnews", "news_id": 40, **CONTENT, "tags": [], "url": "http://127.0.0.1/40",
               "meetings": [{"kind": "meeting", "status": "held", "date": "2025-09-10", "participants": [
                   {"name": "ابراهیم رئيسي", "role": "رئیس‌جمهور", "country": "ایران"},
                   {"name": PUTIN_NAME, "role": "رئیس‌جمهور", "country": "روسیه"}],
                   "statements": [{"speaker": "رئیسی", "text": "سخن تازه"}], "topics": ["مسايل منطقه‌اي"]}]}
    article["content_hash"] = content_hash(article)
    article_id = store_article(db, article)
    assert db["meetings"].count == 3 and db["people"].count == 3 and db["topics"].count == 3
    assert [tuple(r) for r in db.execute("SELECT meeting_id, person_id FROM statements WHERE article_id = ?",
                                         [article_id])] == [(2, 3)]
    assert db.execute("SELECT topic_id FROM meeting_topics WHERE article_id = ?", [article_id]).fetchone()[0] == 3


def test_a_failing_version_4_leaves_the_archive_at_version_3(v3_path, monkeypatch):
    old = sqlite_utils.Database(v3_path)
    tables = (*V2_TABLES, "articles_fts", "statements_fts")
    before = dump(old, tables=tables)
    old.close()

    def broken(db):
        migrations.v4(db)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.MIGRATIONS, 4, broken)
    with pytest.raises(sqlite3.OperationalError):
        open_archive(v3_path)
    db = sqlite_utils.Database(v3_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert dump(db, tables=tables) == before
