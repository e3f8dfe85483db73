"""Faults: the crawler against a server that fails as networks and CMSs do (mirror/faults.py).

The default suite crawls a small synthetic site through every kind of fault; the ≥ 2,000-page
run of issue 6 is ``test_faults_slow.py`` (``-m slow``). Figures: docs/RELIABILITY.md.
"""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone
import urllib.error
import urllib.request

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from bench.faults import faulty_crawl, last_run, problems, scrapy_crawl
from crawler.middlewares import incomplete_html, page_encoding, retry_after_seconds
from mirror import faults, synthetic


@pytest.fixture(scope="module")
def small_faulty_crawl(tmp_path_factory):
    db = tmp_path_factory.mktemp("faults") / "archive.db"
    # A wider timeout margin than bench.faults' (3 s / 6 s): a shared CI machine may stall the
    # crawler's reactor long enough to turn a slow-but-whole answer into a timeout.
    return faulty_crawl(150, db, rates=faults.ALL_RATES, seed=3, charset_rate=0.08,
                        settings={"DOWNLOAD_TIMEOUT": 5}, hold=12.0)


def test_every_article_is_archived_exactly_once_despite_every_kind_of_fault(small_faulty_crawl):
    figures = small_faulty_crawl
    assert figures["exit_code"] == 0, figures["log_tail"]
    assert problems(figures) == [], (problems(figures), figures["log_tail"])
    archive = figures["archive"]
    assert archive["archived"] == archive["expected"] == 150
    assert archive["lost"] == archive["duplicated"] == archive["wrong_text"] == 0
    assert archive["integrity_check"] == "ok" and archive["foreign_key_violations"] == 0


def test_every_kind_of_fault_was_injected_and_counted(small_faulty_crawl):
    injected, counted = small_faulty_crawl["faults_injected"], small_faulty_crawl["counted"]
    for kind in ("5xx", "429", "timeout", "reset", "truncate", "cut", "empty", "drip"):
        assert injected.get(kind, 0) > 0, (kind, injected)
    for kind in ("5xx", "429", "truncate", "cut", "empty"):
        assert counted[kind] == injected[kind], (kind, injected, counted)
    # Every fault but a drip (slow, yet whole) and a reset Twisted retried itself cost a retry.
    failures = (sum(v for k, v in injected.items() if k not in ("drip", "reset_on_reused_connection"))
                - injected.get("reset_on_reused_connection", 0))
    assert counted["retries"] == failures + small_faulty_crawl["oversize_refetches"]
    assert counted["retry_max_reached"] == 0
    # The permanent failures: 3 robots-disallowed links, a redirect loop, a redirect off the
    # site, a link to another port, two pages over DOWNLOAD_MAXSIZE, a compression bomb.
    assert counted["robots_forbidden"] == len(faults.DISALLOWED)
    assert counted["oversize"] == len(faults.OVERSIZE)
    assert counted["spider_error_kinds"] == {"IgnoreRequest": 5, "DownloadCancelledError": 2}
    assert small_faulty_crawl["run"]["errors"] == counted["spider_errors"] == 7


def test_nothing_disallowed_or_off_site_is_fetched(small_faulty_crawl):
    assert small_faulty_crawl["robots_disallowed_fetched"] == []
    assert small_faulty_crawl["offsite_fetched"] == []
    assert small_faulty_crawl["counted"]["offsite"] >= 1  # the redirect to another port was refused


def test_windows_1256_pages_are_read_correctly(small_faulty_crawl):
    assert small_faulty_crawl["charset_pages"] > 0
    assert small_faulty_crawl["counted"]["charset_fixed"] > 0
    assert small_faulty_crawl["archive"]["wrong_text"] == 0  # their text compared with the truth


# Units ---------------------------------------------------------------------------------------

PERSIAN_PAGE = '<html><head>{meta}</head><body><h1>رئیس‌جمهور کشورمان با همتای روس دیدار کرد</h1></body></html>'


@pytest.mark.parametrize("header, meta", faults.CHARSET_VARIANTS)
def test_a_mislabelled_windows_1256_page_decodes_to_the_right_text(header, meta):
    text = PERSIAN_PAGE.format(meta=meta or "").replace("ی", "ي")
    body = text.encode("cp1256")
    assert page_encoding(header, body) == "cp1256"
    response = HtmlResponse("http://127.0.0.1/fa/news/1", body=body, headers={"Content-Type": header})
    assert response.replace(encoding=page_encoding(header, body)).text == text


def test_correctly_labelled_pages_are_left_alone():
    utf8 = PERSIAN_PAGE.format(meta='<meta charset="utf-8">').encode()
    assert page_encoding("text/html; charset=utf-8", utf8) == "utf-8"
    assert page_encoding("text/html", b"<html><body>plain ascii</body></html>") is None
    assert page_encoding("text/html", b"\xef\xbb\xbf" + utf8) is None  # a BOM decides


def test_incomplete_documents_are_recognised():
    def html(body, ctype="text/html; charset=utf-8"):
        return HtmlResponse("http://x/", body=body, headers={"Content-Type": ctype})

    assert incomplete_html(html(b"")) == "empty body"
    assert incomplete_html(html(b"  \n")) == "empty body"
    assert incomplete_html(html(b"<html><body><p>half a pa")) == "truncated html"
    assert incomplete_html(html(b"<html><body><p>whole</p></body></html>")) is None
    assert incomplete_html(html(b"<p>no html end</p></body>")) is None
    xml = lambda body: XmlResponse("http://x/", body=body, headers={"Content-Type": "application/xml"})  # noqa: E731
    assert incomplete_html(xml(b'<?xml version="1.0"?>\n<urlset><url><loc>x</loc></url>')) == "truncated xml"
    assert incomplete_html(xml(b'<?xml version="1.0"?>\n<urlset><url><loc>x</loc></url></urlset>\n')) is None
    assert incomplete_html(TextResponse("http://x/", body=b"", headers={"Content-Type": "text/plain"})) is None
    assert incomplete_html(HtmlResponse("http://x/", status=404, body=b"")) is None


def test_retry_after_is_read_as_seconds_or_a_date():
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT") < 0  # past: no wait (delay() clamps)
    assert 3000 < retry_after_seconds(
        (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S GMT").encode()) <= 3600


def test_the_backoff_honours_retry_after_up_to_the_cap():
    from scrapy.settings import Settings

    from crawler.middlewares import BackoffRetryMiddleware

    middleware = BackoffRetryMiddleware(Settings({"RETRY_BACKOFF_BASE": 2, "RETRY_BACKOFF_MAX": 30}))
    request = Request("http://x/", meta={"retry_times": 2})
    assert middleware.delay(request, b"5") == 5
    assert middleware.delay(request, b"3600") == 30
    assert middleware.delay(request, None) == 8


def test_the_fault_server_serves_decoys_and_a_robots_rule():
    site = synthetic.Site(20)
    with faults.serve(site, rates={}) as base:
        robots = urllib.request.urlopen(base + "/robots.txt").read().decode()
        assert f"Disallow: {faults.DISALLOWED_PREFIX}" in robots
        page = urllib.request.urlopen(base + site.articles[0]["url"]).read().decode()
        assert all(path in page for path in faults.DECOYS)
        bomb = urllib.request.urlopen(base + faults.BOMB).read()
        assert len(bomb) < 100_000 and len(gzip.decompress(bomb)) > 10 * 1024 * 1024
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "/fa/news/1")  # not an article of the site: 404
    assert base.trap_hits == []


def test_an_unreachable_robots_txt_disallows_everything(tmp_path):
    site = synthetic.Site(10)

    def robots_down(path, query, base_url):
        if path == "/robots.txt":
            return 503, "text/html; charset=utf-8", "<html><body>down</body></html>", {}
        return site(path, query, base_url)

    db = tmp_path / "archive.db"
    with faults.serve(robots_down, rates={}, decoys=False) as base:
        done = scrapy_crawl(base, db, settings={"RETRY_TIMES": 1, "RETRY_BACKOFF_BASE": 0, "LOG_LEVEL": "INFO"})
        fetched = base.paths()
    assert done.returncode == 0, done.stderr[-3000:]
    assert set(fetched) == {"/robots.txt"}, fetched  # nothing but robots.txt, twice
    stats = last_run(db)["stats"]
    assert stats["robotstxt/unreachable"] == 1
    assert stats["robotstxt/forbidden"] > 0


def test_requests_that_waited_for_robots_txt_obey_it_too(tmp_path):
    """Scrapy 2.19 lets every request queued while robots.txt is fetched, but the first, through
    unchecked; StrictRobotsTxtMiddleware reads the stored rules for them."""
    site = synthetic.Site(10)

    def strict_robots(path, query, base_url):
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /fa/political\nDisallow: /fa/rss/\n", {}
        return site(path, query, base_url)

    db = tmp_path / "archive.db"
    with faults.serve(strict_robots, rates={}, decoys=False) as base:
        done = scrapy_crawl(base, db, settings={"LOG_LEVEL": "INFO"})
        fetched = base.paths()
    assert done.returncode == 0, done.stderr[-3000:]
    assert "/fa/political" not in fetched and not any(p.startswith("/fa/rss/") for p in fetched), fetched
    assert last_run(db)["new_articles"] == 10  # the sitemap and the home page still lead to all
