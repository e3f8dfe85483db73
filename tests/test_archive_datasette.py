"""The archive as Datasette serves it: views, facets, canned queries, metadata, over a crawl
of the offline mirror (both agencies)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

import mirror
from archive.browse import PLUGINS, STATIC, metadata
from archive.schema import connect
from pipelines.persian import fold
from tests.conftest import crawl


def crawl_mirror(db_path: Path, sites=("iribnews", "ilna")) -> Path:
    """Crawl the offline mirror of each site (its archive listings, from 2013) into ``db_path``."""
    for site in sites:
        with mirror.serve(site) as base_url:
            run = crawl(site, base_url, db_path, "-a", "since=2013-01-01")
            assert run["new_articles"] > 0 and run["errors"] == 0, run["stats"]
    return db_path


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    return crawl_mirror(tmp_path_factory.mktemp("datasette") / "archive.db")


@pytest.fixture(scope="module")
def get(archive_path):
    from datasette.app import Datasette

    ds = Datasette([str(archive_path)], metadata=metadata("archive"), plugins_dir=str(PLUGINS),
                   static_mounts=[("assets", str(STATIC))])

    def fetch(path, **params):
        async def run():
            return await ds.client.get(path, params=params)

        response = asyncio.run(run())
        assert response.status_code == 200, (path, response.text[:1000])
        return response.json() if ".json" in path else response.text

    return fetch


@pytest.fixture(scope="module")
def db(archive_path):
    return connect(archive_path)


def test_meetings_view_has_one_row_per_meeting_with_who_met_whom_and_sources(db, get):
    rows = get("/archive/meetings_view.json", _shape="array", _size="max")
    assert len(rows) == db["meetings"].count > 0
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), key=lambda d: d or "", reverse=True)  # metadata: newest first
    for row in rows:
        participants = list(db.query("SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY position",
                                     [row["meeting_id"]]))
        assert row["who"] and all(fold(p["name"] or p["role"]) in fold(row["who"]) for p in participants)
        assert row["n_sources"] == db.execute("SELECT count(*) FROM meeting_sources WHERE meeting_id = ?",
                                              [row["meeting_id"]]).fetchone()[0] >= 1
        assert set(json.loads(row["sources"])) <= {"iribnews", "ilna"}
        assert row["year"] == (row["date"] or "")[:4] or (row["year"] is None and row["date"] is None)


def test_the_facets_users_need_are_offered(get):
    data = get("/archive/meetings_view.json", _size="0")
    assert {"year", "kind", "status", "countries", "people", "sources"} <= set(data["facet_results"])
    countries = {v["value"] for v in data["facet_results"]["countries"]["results"]}
    assert {"ایران", "روسیه"} <= countries
    # Clicking a facet value filters the view.
    russia = get("/archive/meetings_view.json", _shape="array", _size="max", countries__arraycontains="روسیه")
    assert russia and all("روسیه" in json.loads(r["countries"]) for r in russia)
    assert {"person", "country", "year", "kind", "status"} <= set(
        get("/archive/person_meetings.json", _size="0")["facet_results"])


def test_meetings_between_two_countries_in_a_period(db, get):
    rows = get("/archive/meetings_between_countries.json", _shape="array", country_a="ايران",  # Arabic yeh
               country_b="روسیه", since="2025-01-01", until="2025-12-31")
    expected = {r[0] for r in db.execute(
        "SELECT m.id FROM meetings m WHERE m.date BETWEEN '2025-01-01' AND '2025-12-31' "
        "AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.country = 'ایران') "
        "AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.country = 'روسیه')")}
    assert expected and {r["meeting_id"] for r in rows} == expected
    every = get("/archive/meetings_between_countries.json", _shape="array", country_a="ایران", country_b="روسیه",
                since="", until="")
    assert len(every) >= len(rows)


def test_a_persons_timeline_and_who_met_whom_most(db, get):
    timeline = get("/archive/person_timeline.json", _shape="array", person="پزشكيان")  # Arabic kaf and yeh
    assert timeline and {r["person"] for r in timeline} == {"مسعود پزشکیان"}
    dated = [r["date"] for r in timeline if r["date"]]  # oldest first, undated meetings last
    assert [r["date"] for r in timeline] == sorted(dated) + [None] * (len(timeline) - len(dated))
    assert len(timeline) == db.execute(
        "SELECT count(*) FROM meeting_participants p JOIN people pe ON pe.id = p.person_id "
        "WHERE pe.name = 'مسعود پزشکیان'").fetchone()[0]
    pairs = get("/archive/who_met_whom_most.json", _shape="array")
    assert pairs and pairs[0]["meetings"] == max(r["meetings"] for r in pairs) >= 2
    assert get("/archive/person_timeline.json", _shape="array", person="") == []


def test_what_a_person_said_and_the_articles_reporting_a_meeting(db, get):
    said = get("/archive/person_said.json", _shape="array", person="پوتین", words="روسیه")
    assert said and all(r["speaker"] == "ولادیمیر پوتین" and "روسیه" in r["text"] for r in said)
    everything = get("/archive/person_said.json", _shape="array", person="پوتین", words="")
    assert len(everything) == db.execute(
        "SELECT count(*) FROM statements s JOIN people p ON p.id = s.person_id WHERE p.name = 'ولادیمیر پوتین'"
    ).fetchone()[0] > len(said) - 1
    meeting_id = db.execute("SELECT meeting_id FROM meeting_sources GROUP BY meeting_id "
                            "ORDER BY count(*) DESC, meeting_id LIMIT 1").fetchone()[0]
    reports = get("/archive/meeting_reports.json", _shape="array", meeting_id=str(meeting_id))
    assert {r["article_id"] for r in reports} == {r[0] for r in db.execute(
        "SELECT article_id FROM meeting_sources WHERE meeting_id = ?", [meeting_id])}


def test_search_articles_canned_query_and_statements_view(get):
    assert len(get("/archive/search_articles.json", _shape="array", q="رئیس جمهور")) == len(
        get("/archive/search_articles.json", _shape="array", q="رئيسجمهور")) > 0
    statements = get("/archive/statements_view.json", _shape="array", _size="max")
    assert statements and all(r["speaker"] for r in statements)


def test_pages_carry_titles_in_both_languages_and_the_rtl_stylesheet(get):
    home = get("/")
    assert "بایگانی دیدارهای دیپلماتیک" in home and "Persian diplomacy archive" in home
    page = get("/archive/meetings_view")
    assert "/assets/rtl.css" in page and "دیدارها" in page and "Meetings" in page
    assert "unicode-bidi: plaintext" in get("/assets/rtl.css")
    for query in ("meetings_between_countries", "person_timeline", "who_met_whom_most", "person_said",
                  "meeting_reports", "search_articles"):
        assert query in get("/archive")
