"""Run bookkeeping: a ``crawl_runs`` row, an outcome a scheduler can act on, a summary.

Outcomes (``crawl_runs.outcome``; ``python -m crawler.run`` turns them into exit codes):

- ``ok``: the run did its job (possibly fetching no article: nothing was new);
- ``failed``: the crawl ended abnormally, no feed/sitemap/listing could be fetched, or most
  article fetches failed;
- ``drift``: the site's layout seems changed: discovery pages had no article links, or a
  required field (title, body, date) is found on far fewer article pages than in earlier runs;
- ``locked``: another run of the same spider holds the lock; nothing was done;
- ``interrupted``: stopped before the end (Ctrl-C, SIGTERM); with ``-s JOBDIR=...`` the next
  run with the same JOBDIR resumes.
"""

from __future__ import annotations

import json
import logging
import statistics
from datetime import datetime, timezone
from urllib.parse import unquote

from scrapy import signals

from archive.schema import open_archive, write_transaction
from crawler.runstate import ensure_state_tables

log = logging.getLogger(__name__)

FIELDS = ("title", "body", "date")


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
        settings = self.crawler.settings
        stats = self.crawler.stats.get_stats()
        get = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
        site = getattr(getattr(spider, "site", None), "name", spider.name)
        errors_by_kind = {k.split("/errors/", 1)[1]: int(v) for k, v in stats.items()
                          if k.startswith(f"{site}/errors/")}
        if get("pipeline/extract/errors"):
            errors_by_kind["extract"] = get("pipeline/extract/errors")
        if get("log_count/ERROR"):
            errors_by_kind["logged_errors"] = get("log_count/ERROR")
        errors = sum(v for k, v in errors_by_kind.items() if k != "logged_errors")
        coverage = dict(getattr(spider, "coverage", {}) or {})
        misses = getattr(spider, "coverage_misses", {}) or {}
        row = {
            "spider": spider.name,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "finish_reason": reason,
            "pages": get("response_received_count"),
            "new_articles": get("pipeline/store/new"),
            "updated_articles": get("pipeline/store/changed"),
            "unchanged_articles": get("pipeline/dedupe/unchanged"),
            "duplicate_articles": sum(int(v) for k, v in stats.items() if k.startswith("pipeline/dedupe/")
                                      and k.rsplit("/", 1)[1] in ("unchanged", "duplicate", "near_duplicate")),
            "meetings": get("pipeline/extract/meetings"),
            "errors": errors,
            "errors_by_kind": json.dumps(errors_by_kind, sort_keys=True),
            "coverage": json.dumps({**coverage, **{f: _share(coverage, f) for f in FIELDS}}),
            "jobdir": settings.get("JOBDIR") or None,
            "stats": json.dumps({k: v if isinstance(v, (int, float, str)) else str(v)
                                 for k, v in stats.items()}, ensure_ascii=False),
        }
        db = open_archive(settings["ARCHIVE_DB"])
        try:
            ensure_state_tables(db)
            row["outcome"], row["message"] = self.judge(db, spider, site, reason, stats, coverage, misses)
            with write_transaction(db):
                db["crawl_runs"].insert(row)
        finally:
            db.close()
            lock = getattr(spider, "run_lock", None)
            if lock is not None:
                lock.release()
        self.crawler.run_report = row  # read by crawler.run for its summary and exit code
        level = logging.INFO if row["outcome"] == "ok" else logging.ERROR
        spider.logger.log(
            level,
            "Run summary for %s: %s%s. %d pages fetched, %d new articles, %d updated, %d unchanged, "
            "%d meetings extracted, %d errors %s (%s). Archive: %s",
            spider.name, row["outcome"], f" ({row['message']})" if row["message"] else "",
            row["pages"], row["new_articles"], row["updated_articles"], row["unchanged_articles"],
            row["meetings"], errors, errors_by_kind or "", reason, settings["ARCHIVE_DB"],
        )

    def judge(self, db, spider, site: str, reason: str, stats: dict, coverage: dict,
              misses: dict) -> tuple[str, str | None]:
        """(outcome, message) of a finished run; see the module docstring."""
        settings = self.crawler.settings
        get = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
        if reason == "locked":
            return "locked", getattr(spider, "lock_refused", None) or "another run holds the lock"
        if reason == "shutdown":
            jobdir = settings.get("JOBDIR")
            hint = f"; run again with JOBDIR={jobdir} to resume" if jobdir else ""
            return "interrupted", f"{site}: stopped before the end{hint}"
        if reason != "finished":
            return "failed", f"{site}: the crawl ended with {reason!r}"
        if not get(f"{site}/discovery/ok"):
            return "failed", (f"{site}: no feed, sitemap or listing page could be fetched "
                              f"({get(f'{site}/fetch/discovery_errors')} errors)")
        requested, failed = get(f"{site}/fetch/article_requests"), get(f"{site}/fetch/article_errors")
        if requested and failed / requested > settings.getfloat("MAX_ARTICLE_ERROR_SHARE", 0.5):
            return "failed", f"{site}: {failed} of {requested} article pages could not be fetched"
        if get(f"{site}/discovery/fetched") and not get(f"{site}/discovery/article_links"):
            return "drift", (f"{site}: feeds and listings answered but held no article link: "
                             f"the URL patterns or the listing markup have changed")
        problems = self.drift(db, spider.name, site, coverage, misses)
        if problems:
            return "drift", "\n".join(problems)
        return "ok", None

    def drift(self, db, spider_name: str, site: str, coverage: dict, misses: dict) -> list[str]:
        """Fields found on far fewer article pages than in earlier good runs of this spider."""
        settings = self.crawler.settings
        min_pages = settings.getint("DRIFT_MIN_PAGES", 5)
        drop = settings.getfloat("DRIFT_DROP", 0.25)
        floor = settings.getfloat("DRIFT_FLOOR", 0.5)
        history = []
        for (value,) in db.execute(
                "SELECT coverage FROM crawl_runs WHERE spider = ? AND outcome = 'ok' AND coverage IS NOT NULL "
                "ORDER BY id DESC LIMIT 50", [spider_name]):
            try:
                history.append(json.loads(value))
            except ValueError:
                continue
        problems = []
        for field in FIELDS:
            pages = _pages(coverage, field)
            if pages < min_pages:
                continue
            share = coverage.get(field, 0) / pages
            earlier = [h[field] for h in history
                       if _pages(h, field) >= min_pages and isinstance(h.get(field), (int, float))]
            earlier = earlier[:settings.getint("DRIFT_HISTORY", 5)]
            baseline = statistics.median(earlier) if earlier else None
            if baseline is not None and share < baseline - drop:
                compared = f"earlier runs: {baseline:.0%}"
            elif baseline is None and share < floor:
                compared = "no earlier run to compare with"
            else:
                continue
            samples = " ".join(unquote(url) for url in misses.get(field, [])[:3]) or "-"
            kind = "article pages" if field == "body" else "pages"
            problems.append(f"{site}: layout may have changed: {field} found on {share:.0%} of {pages} "
                            f"{kind} ({compared}); e.g. {samples}")
        return problems


def _pages(coverage: dict, field: str) -> int:
    return int(coverage.get("article_pages" if field == "body" else "pages", 0) or 0)


def _share(coverage: dict, field: str) -> float | None:
    pages = _pages(coverage, field)
    return round(coverage.get(field, 0) / pages, 4) if pages else None
