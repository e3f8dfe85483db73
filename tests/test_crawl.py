"""End to end: the spiders crawl the offline mirror into an archive, every field checked.

Each site is crawled as a user would: a backfill of the archive listings, then a regular run
from the feeds (which must add nothing and fetch no article page again), then, after the agency
edits an article, a run that stores the edit as a new version (the sitemap's lastmod or the
changed feed entry marks it).
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urlsplit

import pytest
import sqlite_utils

import mirror
from crawler.sites.ilna import ILNA
from crawler.sites.iribnews import IRIBNEWS
from pipelines.persian import fold
from tests.conftest import crawl

SITES = ("iribnews", "ilna")
SITE_MODULES = {"iribnews": IRIBNEWS, "ilna": ILNA}


@pytest.fixture(scope="module", params=SITES)
def crawled(request, tmp_path_factory):
    """Crawl one site's mirror through all three runs; keep what each run left."""
    site = request.param
    db_path = tmp_path_factory.mktemp(site) / "archive.db"
    with mirror.serve(site) as base_url:
        backfill = crawl(site, base_url, db_path, "-a", "since=2013-01-01")
        snapshot = _snapshot(db_path)
        before_feeds = len(base_url.hits)
        feeds = crawl(site, base_url, db_path)
        feeds_hits = list(base_url.hits[before_feeds:])
        after_feeds = _snapshot(db_path)
        base_url.advance()
        later = crawl(site, base_url, db_path)
    return {"site": site, "base_url": str(base_url), "db": sqlite_utils.Database(db_path),
            "backfill": backfill, "feeds": feeds, "later": later,
            "snapshot": snapshot, "after_feeds": after_feeds, "feeds_hits": feeds_hits}


def _snapshot(db_path):
    db = sqlite_utils.Database(db_path)
    return {table: db[table].count for table in ("articles", "article_versions", "pages", "meetings")}


def test_backfill_archives_every_article_exactly_once(crawled):
    site, db = crawled["site"], crawled["db"]
    expected = {a["news_id"] for a in mirror.visible(site, "initial")}
    rows = list(db.query("SELECT news_id, count(*) AS n FROM articles WHERE source = ? GROUP BY news_id", [site]))
    assert {r["news_id"] for r in rows} >= expected
    assert all(r["n"] == 1 for r in rows)
    assert crawled["snapshot"]["articles"] == len(expected)
    assert crawled["backfill"]["errors"] == 0, crawled["backfill"]["stats"]


def test_every_field_of_every_article(crawled):
    site, db = crawled["site"], crawled["db"]
    for truth in mirror.visible(site, "later"):
        if truth["edited_later"]:
            continue  # its later version is checked in test_an_edited_article_becomes_a_new_version
        row = next(db.query("SELECT * FROM articles WHERE source = ? AND news_id = ?", [site, truth["news_id"]]))
        where = f"{site} {truth['news_id']} ({truth['source_file']})"
        assert urlsplit(row["url"]).netloc == urlsplit(crawled["base_url"]).netloc, where
        assert unquote(urlsplit(row["url"]).path).rstrip("/") == truth["path"].rstrip("/"), where
        assert fold(row["title"]) == fold(truth["title"]), where
        assert fold(row["pretitle"]) == fold(truth["pretitle"]), where
        assert fold(row["lead"]) == fold(truth["lead"]), where
        assert fold(row["body"]) == fold("\n".join(truth["body"])), where
        assert (row["body"] or "").count("\n") == max(len(truth["body"]) - 1, 0), where
        assert fold(row["section"]) == fold(" > ".join(truth["section_crumbs"])), where
        assert [fold(t) for t in json.loads(row["tags"])] == [fold(t) for t in truth["tags"]], where
        assert row["published"] == truth["published"], where
        assert fold(truth["date_text"]) in fold(row["published_text"]), where
        assert row["page_kind"] == truth["kind"], where
        assert len(row["content_hash"]) == 64, where


def test_boilerplate_is_gone_from_bodies(crawled):
    for row in crawled["db"].query("SELECT news_id, body FROM articles WHERE source = ?", [crawled["site"]]):
        paragraphs = (row["body"] or "").split("\n")
        assert not paragraphs[0].startswith("به گزارش"), row["news_id"]
        for residue in ("انتهای پیام", "پخش زنده", "اشتراک گذاری", "لینک کوتاه"):
            assert residue not in (row["body"] or ""), (row["news_id"], residue)


def test_second_crawl_of_the_unchanged_mirror_adds_nothing(crawled):
    assert crawled["after_feeds"] == crawled["snapshot"]
    assert crawled["feeds"]["new_articles"] == 0
    # Incremental: the feeds and listings are read, but no archived article page is fetched again.
    assert crawled["feeds"]["unchanged_articles"] == 0
    site = SITE_MODULES[crawled["site"]]
    assert [p for p in crawled["feeds_hits"] if site.news_id("http://mirror" + p) is not None] == []
    assert crawled["feeds"]["stats"].get(f"{crawled['site']}/discovery/already_archived", 0) > 0


def test_an_edited_article_becomes_a_new_version(crawled):
    site, db = crawled["site"], crawled["db"]
    edited = [a for a in mirror.visible(site, "later") if a["edited_later"]]
    assert edited, "the mirror's later state edits an article"
    for truth in edited:
        row = next(db.query("SELECT * FROM articles WHERE source = ? AND news_id = ?", [site, truth["news_id"]]))
        assert row["version"] == 2
        assert fold(row["body"]) == fold("\n".join(truth["body"]))
        assert fold(row["title"]) == fold(truth["title"])
        versions = list(db.query("SELECT version, body FROM article_versions WHERE article_id = ? ORDER BY version",
                                 [row["id"]]))
        assert [v["version"] for v in versions] == [1, 2]
        assert versions[0]["body"] != versions[1]["body"]
    assert crawled["later"]["updated_articles"] == len(edited)


def test_raw_pages_are_kept_compressed(crawled):
    import zlib

    db = crawled["db"]
    page = next(db.query("SELECT p.html_zlib, a.title FROM pages p JOIN articles a ON a.id = p.article_id LIMIT 1"))
    html = zlib.decompress(page["html_zlib"]).decode("utf-8")
    assert "<html" in html.lower()
    assert db["pages"].count == db["article_versions"].count


def test_nothing_off_site_was_requested(crawled):
    for run in ("backfill", "feeds", "later"):
        fetched = re.findall(r"Crawled \(\d+\) <GET (\S+)>", crawled[run]["log"])
        assert fetched, "the crawl log lists what was fetched"
        assert all(url.startswith(crawled["base_url"] + "/") for url in fetched), [
            url for url in fetched if not url.startswith(crawled["base_url"])]


def test_the_seeds_yield_the_expected_meetings_through_the_crawl(crawled, seeds_dir):
    site, db = crawled["site"], crawled["db"]
    expected = json.loads((seeds_dir / "expected.json").read_text("utf-8"))
    seed = next(a for a in mirror.visible(site) if a["seed"])
    spec = expected[seed["source_file"].removeprefix("seeds:")]
    article = next(db.query("SELECT id, published FROM articles WHERE source = ? AND news_id = ?",
                            [site, seed["news_id"]]))
    assert article["published"][:10] == spec["published"]
    meetings = list(db.query(
        "SELECT m.* FROM meetings m JOIN meeting_sources s ON s.meeting_id = m.id WHERE s.article_id = ?",
        [article["id"]]))
    assert len(meetings) == len(spec["meetings"])
    for got, want in zip(meetings, spec["meetings"]):
        assert (got["kind"], got["status"], got["date"]) == (want["kind"], want["status"], want["date"])
        assert fold(got["country"]) == fold(want["location"]["country"])
        assert all(fold(part) in fold(got["occasion"]) for part in want["occasion_contains"])
        people = {(fold(p["name"]), fold(p["role"]), fold(p["country"])) for p in db.query(
            "SELECT name, role, country FROM meeting_participants WHERE meeting_id = ?", [got["id"]])}
        assert people == {(fold(p["name"]), fold(p["role"]), fold(p["country"])) for p in want["participants"]}
        statements = list(db.query("SELECT speaker, text FROM statements WHERE meeting_id = ?", [got["id"]]))
        for needed in want["statements_min"]:
            assert any(fold(s["speaker"]) == fold(needed["speaker"]) and fold(needed["contains"]) in fold(s["text"])
                       for s in statements), needed
        topics = [fold(t["topic"]) for t in db.query("SELECT topic FROM meeting_topics WHERE meeting_id = ?", [got["id"]])]
        for needed in want["topics_min"]:
            assert any(fold(needed) in topic for topic in topics), (needed, topics)


def test_every_archived_article_has_a_near_duplicate_cluster(crawled):
    db = crawled["db"]
    rows = list(db.query("SELECT news_id, cluster_id FROM articles WHERE source = ?", [crawled["site"]]))
    assert rows and all(r["cluster_id"] is not None for r in rows)
    # The mirror's articles are distinct stories (its cross-site reports are written apart).
    assert len({r["cluster_id"] for r in rows}) == len(rows)
