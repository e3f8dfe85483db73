"""Scrapy item pipelines: thin adapters over the plain stage functions.

Order (settings.ITEM_PIPELINES): clean → dedupe → extract → store. Each stage counts what it
did in the crawl stats under ``pipeline/<stage>/...``.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from archive.schema import open_archive, write_transaction
from archive.writer import store_article, stored_hash
from pipelines.clean import clean_article
from pipelines.dedupe import classify, content_hash
from pipelines.extract import article_meetings
from pipelines.neardup import assign_cluster

log = logging.getLogger(__name__)


class _Stage:
    name = "stage"

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def count(self, key: str, by: int = 1) -> None:
        self.stats.inc_value(f"pipeline/{self.name}/{key}", by)


class _ArchiveStage(_Stage):
    """A stage that reads or writes the archive named by the ARCHIVE_DB setting."""

    def open_spider(self, spider=None):
        self.db = open_archive(self.crawler.settings["ARCHIVE_DB"])

    def close_spider(self, spider=None):
        self.db.close()


class CleanPipeline(_Stage):
    """Item → plain dict with normalised Persian text and boilerplate removed."""

    name = "clean"

    def open_spider(self, spider=None):
        # Load hazm and the lexicons now (about 2 s of CPU): on the first item they would
        # block the reactor while downloads are in flight and make those time out.
        clean_article({"title": "دیدار", "body": ["رئیس‌جمهور کشورمان دیدار کرد."]})

    def process_item(self, item, spider=None):
        article = clean_article(ItemAdapter(item).asdict())
        self.count("articles")
        return article


class DedupePipeline(_ArchiveStage):
    """Drops an article whose archived version has the same content; marks new/changed."""

    name = "dedupe"

    def process_item(self, article, spider=None):
        article["content_hash"] = content_hash(article)
        article["change"] = classify(article["content_hash"],
                                     stored_hash(self.db, article["source"], article["news_id"]))
        self.count(article["change"])
        if article["change"] == "unchanged":
            raise DropItem("unchanged since it was archived", log_level="INFO")
        return article


class ExtractPipeline(_Stage):
    """Adds ``meetings``: the meeting records the article reports."""

    name = "extract"

    def process_item(self, article, spider=None):
        try:
            article["meetings"] = article_meetings(article, strict=True)
        except Exception:  # the article is still archived; its meetings can be re-extracted
            log.exception("Extraction failed for %s", article.get("url"))
            self.count("errors")
            article["meetings"] = []
        self.count("meetings", len(article["meetings"]))
        return article


class StorePipeline(_ArchiveStage):
    """Writes the article, its raw page and its meetings in one transaction."""

    name = "store"

    def process_item(self, article, spider=None):
        # The near-duplicate cluster (a dedupe decision) is assigned here, in the same
        # transaction as the article, so the index never holds an article the archive lacks.
        with write_transaction(self.db):
            article["cluster_id"] = assign_cluster(self.db, article)
            store_article(self.db, article)
        self.count(article["change"])
        # Raw bytes are in the archive now; don't keep them in memory or in feed exports.
        article.pop("raw_html", None)
        return article
