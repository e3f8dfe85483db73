"""Readers while a crawl writes: plain sqlite3 and Datasette over HTTP (bench/crash.py)."""

from __future__ import annotations

import pytest

from bench.crash import readers_during_crawl

@pytest.fixture
def slow_selected(request):
    """Long runs only when asked for (``-m slow``): pytest.ini does not deselect them yet."""
    if "slow" not in (request.config.getoption("markexpr") or "") or "not slow" in request.config.getoption("markexpr"):
        pytest.skip("long run: select it with pytest -m slow")



def _assert_clean(figures):
    assert figures["exit_code"] == 0
    assert figures["sqlite_queries"] > 0 and figures["http_queries"] > 0, figures
    assert figures["sqlite_errors"] == figures["http_errors"] == 0, figures["errors"]
    assert figures["writer_database_locked"] == 0
    assert figures["lost"] == figures["duplicated"] == 0
    assert figures["archived"] == figures["articles"]


def test_sqlite_and_datasette_readers_never_fail_while_a_crawl_writes(tmp_path):
    _assert_clean(readers_during_crawl(articles=80, workdir=tmp_path))


@pytest.mark.slow
def test_readers_during_a_long_crawl(slow_selected, tmp_path):
    _assert_clean(readers_during_crawl(articles=1000, sqlite_threads=3, http_threads=2, workdir=tmp_path))


def test_hostile_text_is_stored_as_published_and_shown_escaped_in_datasette(tmp_path):
    """SQL, HTML and script payloads in titles and bodies: archived as text, harmless to the
    archive, escaped in Datasette's pages, exact in its JSON."""
    import asyncio
    import zlib

    import markupsafe

    import sqlite_utils
    from datasette.app import Datasette

    from archive.browse import PLUGINS, STATIC, metadata
    from bench.faults import scrapy_crawl
    from mirror import faults, synthetic
    from pipelines.clean import normalize_text

    site = synthetic.Site(50, payload_every=10)
    hostile = [a for a in site.articles if a["payload"]]
    assert {a["payload"] for a in hostile} == set(synthetic.PAYLOADS)
    db_path = tmp_path / "archive.db"
    with faults.serve(site, rates={}, decoys=False) as base:
        done = scrapy_crawl(base, db_path, settings={"LOG_LEVEL": "INFO"})
    assert done.returncode == 0, done.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 50 and db["meetings"].count > 0  # no payload dropped or ran anything
    ds = Datasette([str(db_path)], metadata=metadata("archive"), plugins_dir=str(PLUGINS),
                   static_mounts=[("assets", str(STATIC))])

    async def get(path):
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response

    for truth in hostile:
        row = next(db.query("SELECT * FROM articles WHERE news_id = ?", [truth["news_id"]]))
        # The payload is stored verbatim (the clean stage leaves Latin-script runs alone) ...
        assert row["title"] == normalize_text(truth["title"])
        assert truth["payload"] in row["title"] + row["body"]
        # ... and the page as fetched is kept byte for byte (HTML-escaped by the site, as served).
        page = next(db.query("SELECT html_zlib FROM pages WHERE article_id = ?", [row["id"]]))
        import html as html_lib
        assert html_lib.escape(truth["payload"], quote=True) in zlib.decompress(page["html_zlib"]).decode()
        shown = asyncio.run(get(f"/archive/articles/{row['id']}")).text
        assert str(markupsafe.escape(row["title"])) in shown  # Jinja's escaping, as Datasette renders
        for raw in ("<script>alert", "<img src=x"):
            assert raw not in shown, (raw, truth["payload"])
        data = asyncio.run(get(f"/archive/articles/{row['id']}.json?_shape=array")).json()
        assert data[0]["title"] == row["title"] and data[0]["body"] == row["body"]
