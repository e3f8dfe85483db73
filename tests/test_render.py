"""Pages that need a browser: scrapy-playwright with Debian's Chromium renders only the article
pages matching render patterns; a page whose text JavaScript inserts (mirror variant "js") is
archived with its text when rendered and flagged as empty otherwise."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

import mirror
from crawler.spiders.iribnews import IribnewsSpider
from mirror.variants import js_articles
from pipelines.persian import fold
from tests.test_schedule import ROOT, article_hits, run_entry

CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) or importlib.util.find_spec("scrapy_playwright") is None,
    reason=f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium) and scrapy-playwright",
)


def _article(db: Path, site: str, news_id: int) -> dict:
    return next(sqlite_utils.Database(db).query(
        "SELECT * FROM articles WHERE source = ? AND news_id = ?", [site, news_id]))


@pytest.mark.parametrize("site", ("iribnews", "ilna"))
def test_a_javascript_page_is_flagged_empty_without_a_browser(site, tmp_path):
    news_id = js_articles(site)[0]
    truth = mirror.article(site, news_id)
    db = tmp_path / "archive.db"
    with mirror.serve(site, variant="js") as base_url:
        code, out, err, row = run_entry(site, base_url, db)
    assert code == 0, out + err[-3000:]  # one empty page among many is not drift
    article = _article(db, site, news_id)
    assert not article["body"] and fold(article["title"]) == fold(truth["title"])
    stats = json.loads(row["stats"])
    assert stats[f"{site}/articles/empty_body"] == 1
    assert re.search(r"No body text in \S*" + str(news_id), err)
    assert not any(key.startswith("playwright") for key in stats), "no browser in a default crawl"
    assert "scrapy-playwright" not in err


@needs_chromium
@pytest.mark.parametrize("site", ("iribnews", "ilna"))
def test_a_javascript_page_is_rendered_by_chromium_when_its_path_needs_a_browser(site, tmp_path):
    news_id = js_articles(site)[0]
    truth = mirror.article(site, news_id)
    db = tmp_path / "archive.db"
    with mirror.serve(site, variant="js") as base_url:
        # The pattern a site module's render_paths would hold, given for this run only.
        pattern = rf"/{news_id}(-|/|$)" if site == "ilna" else rf"^/fa/news/{news_id}(/|$)"
        code, out, err, row = run_entry(site, base_url, db, "-a", f"render_paths={pattern}")
        fetched = article_hits(site, list(base_url.hits))
    assert code == 0, out + err[-3000:]
    article = _article(db, site, news_id)
    assert fold(article["body"]) == fold("\n".join(truth["body"]))
    stats = json.loads(row["stats"])
    assert stats[f"{site}/render/pages"] == 1  # only that page went through the browser
    assert stats.get(f"{site}/articles/empty_body", 0) == 0
    assert stats.get("playwright/page_count/closed") == stats.get("playwright/page_count") == 1
    assert fetched.count(news_id) == 1 and len(fetched) == row["new_articles"]


def test_a_default_crawl_neither_imports_playwright_nor_changes_download_handlers(tmp_path):
    code = (
        "import sys\n"
        "from scrapy.utils.project import get_project_settings\n"
        "from scrapy.crawler import Crawler\n"
        "from crawler.spiders.iribnews import IribnewsSpider\n"
        f"s = get_project_settings(); s.set('ARCHIVE_DB', {str(tmp_path / 'a.db')!r})\n"
        "c = Crawler(IribnewsSpider, s)\n"
        "spider = IribnewsSpider.from_crawler(c, base_url='http://127.0.0.1:1')\n"
        "assert not c.settings.getdict('DOWNLOAD_HANDLERS'), c.settings.getdict('DOWNLOAD_HANDLERS')\n"
        "assert 'playwright' not in sys.modules and 'scrapy_playwright' not in sys.modules\n"
        "spider.run_lock.release()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]


def test_render_patterns_select_only_matching_article_urls():
    spider = IribnewsSpider(base_url="http://127.0.0.1:1", render_paths=r"^/fa/news/7(/|$)")
    assert spider._needs_browser("http://127.0.0.1:1/fa/news/7/%D8%B3%D9%84%D8%A7%D9%85")
    assert not spider._needs_browser("http://127.0.0.1:1/fa/news/77")
    request = spider._request("http://127.0.0.1:1/fa/news/7", spider.parse_article, news_id=7)
    assert request.meta["playwright"] and not request.meta["playwright_include_page"]
    assert "playwright" not in spider._request("http://127.0.0.1:1/fa/rss/allnews", spider.parse_feed).meta
    with pytest.raises(ValueError, match="not a regular expression"):
        IribnewsSpider(render_paths="(")
