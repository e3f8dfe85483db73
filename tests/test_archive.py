"""The archive writer and exact de-duplication, without Scrapy."""

import json
import zlib

import pytest

from archive import writer
from archive.schema import open_archive
from archive.writer import store_article, stored_hash
from pipelines.dedupe import classify, content_hash

PEZESHKIAN = {"name": "مسعود پزشکیان", "role": "رئیس‌جمهور", "country": "ایران"}
PUTIN = {"name": "ولادیمیر پوتین", "role": "رئیس‌جمهور", "country": "روسیه"}


def meeting(date, participants=(PEZESHKIAN, PUTIN), **extra):
    return {"kind": "meeting", "status": "held", "date": date, "location": None, "city": None,
            "country": None, "occasion": None, "participants": list(participants),
            "statements": [{"speaker": "پوتین", "text": "روابط رو به گسترش است."}],
            "topics": ["شانگهای"], **extra}


def article(news_id=1, source="iribnews", body="متن خبر", meetings=(), **extra):
    result = {"source": source, "news_id": news_id, "url": f"http://127.0.0.1/fa/news/{news_id}",
              "title": "عنوان", "pretitle": None, "lead": "لید", "body": body, "section": "سیاسی",
              "tags": ["روسیه"], "published": "2025-09-01T21:30:00+03:30", "published_text": "۱۰ شهریور ۱۴۰۴",
              "page_kind": "article", "fetched_at": "2025-09-02T00:00:00+00:00",
              "raw_html": "<html>صفحه</html>".encode(), "meetings": list(meetings), **extra}
    result["content_hash"] = content_hash(result)
    return result


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "sub" / "archive.db")
    yield database
    database.close()


def test_archive_is_created_in_wal_mode_with_the_contract_columns(db):
    assert db.journal_mode == "wal"
    columns = set(db["articles"].columns_dict)
    assert {"id", "source", "news_id", "url", "title", "pretitle", "lead", "body", "section", "tags",
            "published", "published_text", "fetched_at", "content_hash"} <= columns


def test_store_then_unchanged_then_changed_keeps_every_version(db):
    first = article()
    article_id = store_article(db, first)
    assert classify(content_hash(article()), stored_hash(db, "iribnews", 1)) == "unchanged"
    # Only a ZWNJ/spacing difference is not an edit.
    assert content_hash(article(body="متن  خبر")) == first["content_hash"]

    edited = article(body="متن خبر، ویرایش شده", fetched_at="2025-09-03T00:00:00+00:00")
    assert classify(edited["content_hash"], stored_hash(db, "iribnews", 1)) == "changed"
    assert store_article(db, edited) == article_id

    row = db["articles"].get(article_id)
    assert (row["body"], row["version"], row["first_fetched_at"]) == ("متن خبر، ویرایش شده", 2, first["fetched_at"])
    assert json.loads(row["tags"]) == ["روسیه"]
    versions = [(v["version"], v["body"]) for v in db["article_versions"].rows_where(order_by="version")]
    assert versions == [(1, "متن خبر"), (2, "متن خبر، ویرایش شده")]
    pages = list(db["pages"].rows)
    assert len(pages) == 2 and zlib.decompress(pages[0]["html_zlib"]).decode() == "<html>صفحه</html>"


def test_same_meeting_in_two_articles_is_one_meeting_with_two_sources(db):
    irib = store_article(db, article(1, meetings=[meeting("2025-09-01")]))
    ilna = store_article(db, article(7, source="ilna", meetings=[meeting("2025-09-02", occasion="اجلاس شانگهای")]))
    assert db["meetings"].count == 1
    only = next(db["meetings"].rows)
    assert only["occasion"] == "اجلاس شانگهای"  # the second report filled what the first lacked
    assert {r["article_id"] for r in db["meeting_sources"].rows} == {irib, ilna}
    assert db["people"].count == 2
    assert db["statements"].count == 2


def test_same_people_on_different_days_are_two_meetings(db):
    store_article(db, article(1, meetings=[meeting("2025-09-01")]))
    store_article(db, article(2, meetings=[meeting("2025-12-12")]))
    assert db["meetings"].count == 2
    assert db["people"].count == 2  # one row per president across both meetings


def test_re_extraction_replaces_an_articles_meetings(db):
    store_article(db, article(1, meetings=[meeting("2025-09-01")]))
    store_article(db, article(1, body="ویرایش", meetings=[meeting("2025-09-05")]))
    assert [m["date"] for m in db["meetings"].rows] == ["2025-09-05"]
    assert db["meeting_participants"].count == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failure_mid_write_leaves_the_archive_as_it_was(db, monkeypatch):
    store_article(db, article(1))

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "replace_meetings", broken)
    with pytest.raises(RuntimeError):
        store_article(db, article(1, body="نسخه دوم"))
    with pytest.raises(RuntimeError):
        store_article(db, article(2))
    assert db["articles"].count == 1
    assert db["article_versions"].count == 1
    assert db["pages"].count == 1
    assert db["articles"].get(1)["body"] == "متن خبر"


def test_a_write_after_a_read_waits_for_another_writer_instead_of_failing(tmp_path):
    """Two processes store at once (e.g. two spiders from cron): the second waits for the lock."""
    import sqlite3
    import threading

    path = tmp_path / "archive.db"
    open_archive(path).close()
    db = open_archive(path)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO sources (id, name) VALUES ('other', 'Other')")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    store_article(db, article(1))  # must wait for the other writer, not raise "database is locked"
    release.join()
    assert db["articles"].count == 1 and db["sources"].get("other")["name"] == "Other"
    db.close()


def test_an_agency_without_a_sources_row_is_archived_and_gets_one(db):
    store_article(db, article(5, source="tabnak"))
    assert db["sources"].get("tabnak")["id"] == "tabnak"
    assert db["sources"].get("ilna")["name"] == "ILNA"  # the seeded rows are left as they are
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
