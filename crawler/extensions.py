"""Run bookkeeping: a summary in the log and a ``crawl_runs`` row in the archive."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from scrapy import signals

from archive.schema import open_archive


class RunSummary:
    def __init__(self, crawler):
        self.crawler = crawler
        self.started_at = datetime.now(timezone.utc)

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        get = lambda key: int(stats.get(key, 0))  # noqa: E731
        errors = sum(int(v) for k, v in stats.items()
                     if k.startswith(f"{spider.name}/errors/") or k == "pipeline/extract/errors")
        row = {
            "spider": spider.name,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "finish_reason": reason,
            "pages": get("response_received_count"),
            "new_articles": get("pipeline/store/new"),
            "updated_articles": get("pipeline/store/changed"),
            "unchanged_articles": get("pipeline/dedupe/unchanged"),
            "meetings": get("pipeline/extract/meetings"),
            "errors": errors,
            "stats": json.dumps({k: v if isinstance(v, (int, float, str)) else str(v)
                                 for k, v in stats.items()}, ensure_ascii=False),
        }
        db = open_archive(self.crawler.settings["ARCHIVE_DB"])
        try:
            with db.atomic():
                db["crawl_runs"].insert(row)
        finally:
            db.close()
        spider.logger.info(
            "Run summary for %s: %d pages fetched, %d new articles, %d updated, %d unchanged, "
            "%d meetings extracted, %d errors (%s). Archive: %s",
            spider.name, row["pages"], row["new_articles"], row["updated_articles"],
            row["unchanged_articles"], row["meetings"], errors, reason,
            self.crawler.settings["ARCHIVE_DB"],
        )
