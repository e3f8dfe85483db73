"""The spider shared by every agency: discovery from feeds, sitemaps, listings and archives.

It only fetches and selects (see :mod:`crawler.parse`); cleaning, de-duplication, extraction
and storage happen in the item pipelines.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.url import safe_url_string

from archive.schema import open_archive
from crawler import runstate
from crawler.items import ArticleItem
from crawler.parse import NotAnArticle, parse_article
from crawler.sites.base import Site, decoded_path

# Sample URLs kept per missing field, for the layout-drift message.
MISS_SAMPLES = 5
PLAYWRIGHT_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"


class AgencySpider(scrapy.Spider):
    """Arguments (``-a name=value``):

    - ``base_url``: an origin (``http://127.0.0.1:8001``) to treat as the site: the same paths
      are requested there, links to the site's own hosts are mapped onto it, and nothing on
      any other origin is fetched.
    - ``since`` / ``until`` (``YYYY-MM-DD``): backfill that date range from the archive
      listing pages instead of reading the feeds.
    - ``incremental`` (``1``, default, or ``0``): fetch only article pages not archived yet and
      those the source marks as changed (sitemap ``lastmod``, feed entry); ``0`` fetches every
      article discovered (an unchanged one is still not stored again).
    - ``render_paths``: a regular expression on the decoded URL path; matching article pages
      are rendered by Chromium (scrapy-playwright), in addition to the site's ``render_paths``.

    Incremental state (archived ids, marks, feed validators) lives in the archive, so it works
    with or without ``-s JOBDIR=...``; JOBDIR adds a resumable request queue for backfills.
    """

    site: Site

    def __init__(self, base_url: str | None = None, since: str | None = None,
                 until: str | None = None, incremental: str = "1", render_paths: str | None = None,
                 *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.origin = _origin(base_url) if base_url else self.site.home
        self.mirror = base_url is not None
        self.since = _day("since", since) if since else None
        self.until = _day("until", until) if until else None
        if self.until and not self.since:
            raise ValueError("-a until=... needs -a since=... (the start of the backfill range)")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        host = urlsplit(self.origin).hostname
        # OffsiteMiddleware compares host names only; _on_site() also checks scheme and port.
        self.allowed_domains = [host] if self.mirror else list(self.site.hosts)
        self.queued_ids: set[int] = set()
        self.listing_ids_seen: set[int] = set()
        if str(incremental).lower() not in ("0", "1", "true", "false", "yes", "no"):
            raise ValueError(f"-a incremental= must be 1 or 0, not {incremental!r}")
        self.incremental = str(incremental).lower() in ("1", "true", "yes")
        patterns = [*self.site.render_paths, *([render_paths] if render_paths else [])]
        try:
            self.render_patterns = [re.compile(p) for p in patterns]
        except re.error as error:
            raise ValueError(f"-a render_paths= is not a regular expression: {error}") from None
        # Incremental state, filled from the archive by from_crawler (empty without a crawler).
        self.archived: dict[int, str | None] = {}
        self.marks: dict[tuple[int, str], str] = {}
        self.pending_marks: dict[int, dict[str, str]] = {}  # written once the article is processed
        self.marks_to_save: dict[tuple[int, str], str] = {}
        self.validators_seen: dict[str, tuple[str | None, str | None]] = {}
        # Field coverage of the article pages this run fetched (layout-drift detection).
        self.coverage = {"pages": 0, "article_pages": 0, "title": 0, "body": 0, "date": 0}
        self.coverage_misses: dict[str, list[str]] = {"title": [], "body": [], "date": []}
        self.run_lock: runstate.RunLock | None = None
        self.lock_refused: str | None = None
        self.state_db = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if spider.mirror and _is_loopback(urlsplit(spider.origin).hostname):
            # A mirror on this machine needs no politeness delay; -s on the command line
            # (priority "cmdline") still wins over these.
            settings.set("DOWNLOAD_DELAY", 0, priority="spider")
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")
        # The run lock comes first, before the scheduler opens a JOBDIR queue another run of
        # this spider may be using.
        if settings.getbool("RUN_LOCK_ENABLED", True):
            lock = runstate.RunLock(settings["ARCHIVE_DB"], spider.name)
            if lock.acquire():
                spider.run_lock = lock
            else:
                spider.lock_refused = (f"another {spider.name} run holds {lock.path} "
                                       f"({lock.holder()}); not starting")
                settings.set("JOBDIR", "", priority=1000)  # never touch the running job's queue
        crawler.signals.connect(spider._on_opened, signal=signals.spider_opened)
        if spider.lock_refused:
            return spider
        spider.state_db = open_archive(settings["ARCHIVE_DB"])
        runstate.ensure_state_tables(spider.state_db)
        if spider.incremental:
            spider.archived = runstate.archived_articles(spider.state_db, spider.site.name)
        spider.marks = runstate.load_marks(spider.state_db, spider.site.name)
        crawler.signals.connect(spider._on_item_done, signal=signals.item_scraped)
        crawler.signals.connect(spider._on_item_done, signal=signals.item_dropped)
        if spider.render_patterns:
            _configure_browser(crawler, spider)
        return spider

    def _on_opened(self, spider):
        if self.lock_refused:
            self.logger.error("Run refused: %s", self.lock_refused)
            raise CloseSpider("locked")

    def _on_item_done(self, item, response=None, spider=None, exception=None):
        """The article went through the pipelines: its source marks are now true of the archive."""
        try:
            news_id = int(item.get("news_id"))
        except (TypeError, ValueError, AttributeError):
            return
        for kind, value in self.pending_marks.pop(news_id, {}).items():
            self.marks_to_save[(news_id, kind)] = value

    def closed(self, reason):
        if self.state_db is None:
            return
        try:
            runstate.save_marks(self.state_db, self.site.name, self.marks_to_save)
            # Feed validators only after a clean run: a 304 next time must not hide articles
            # this run failed to fetch.
            errors = [k for k in self.crawler.stats.get_stats() if k.startswith(f"{self.site.name}/errors/")]
            if reason == "finished" and not errors:
                runstate.save_validators(self.state_db, self.validators_seen)
        finally:
            self.state_db.close()
            self.state_db = None

    async def start(self):
        # With JOBDIR, Scrapy's SpiderState keeps spider.state across a stop and resume.
        if isinstance(getattr(self, "state", None), dict):
            self.queued_ids = self.state.setdefault("queued_ids", self.queued_ids)
        if self.since:
            until = self.until or datetime.now(timezone.utc).date()
            url = self.origin + self.site.archive_path(self.since, until)
            self.logger.info("Backfilling %s from %s to %s: %s", self.site.name, self.since, until, url)
            yield self._request(url, self.parse_listing, archive=True)
            return
        for path in (*self.site.feeds, *self.site.sitemaps):
            yield self._feed_request(self.origin + path)
        for path in self.site.listings:
            yield self._request(self.origin + path, self.parse_listing)

    # Discovery -----------------------------------------------------------------------------

    def parse_feed(self, response: Response):
        """RSS items, sitemap <loc>s (following sitemap indexes); HTML falls back to listing."""
        if response.status == 304:  # conditional request: nothing new since the last run
            self._count("discovery/ok")
            self._count("discovery/not_modified")
            return
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
        self._remember_validators(response)
        if not _looks_like_xml(response):
            yield from self.parse_listing(response)
            return
        self._count("discovery/ok")
        self._count("discovery/fetched")
        response.selector.remove_namespaces()
        for entry in response.xpath("//item | //entry"):
            # What the feed says of the article: a different entry marks it as changed.
            parts = [" ".join(entry.xpath(f"./{tag}//text()").getall()).split()
                     for tag in ("title", "description", "summary", "pubDate", "updated")]
            mark = ("feed", hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:20])
            for url in entry.xpath("./link/text() | ./guid/text() | ./link/@href").getall():
                yield from self._article_requests(response, url, mark)
        for node in response.xpath("//url"):
            lastmod = node.xpath("./lastmod/text()").get()
            mark = ("lastmod", lastmod.strip()) if lastmod and lastmod.strip() else None
            for loc in node.xpath("./loc/text()").getall():
                yield from self._article_requests(response, loc, mark)
        for loc in response.xpath("//sitemap/loc/text()").getall():
            target = self._on_site(urljoin(response.url, loc.strip()))
            if target:
                yield self._feed_request(target)
        self._count("discovery/feeds")

    def parse_listing(self, response: Response, archive: bool = False):
        """Article links of an HTML page; on archive pages, the next page too."""
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
        self._count("discovery/ok")
        self._count("discovery/fetched")
        new_ids = 0
        for href in response.css("a::attr(href)").getall():
            url = urljoin(response.url, href.strip())
            news_id = self.site.news_id(url)
            if news_id is not None and news_id not in self.listing_ids_seen:
                self.listing_ids_seen.add(news_id)
                new_ids += 1
            yield from self._article_requests(response, url)
        self._count("discovery/listings")
        if archive and new_ids:
            # Follow the pager's links; a page that brought no new article ends the range
            # even if a CMS keeps serving its last page for any page number.
            for href in (h for css in self.site.archive_next for h in response.css(css + "::attr(href)").getall()):
                target = self._on_site(urljoin(response.url, href.strip()))
                if target and self.site.news_id(target) is None:
                    yield self._request(target, self.parse_listing, archive=True)

    def _article_requests(self, response: Response, url: str, mark: tuple[str, str] | None = None):
        url = self._on_site(urljoin(response.url, url.strip()))
        if not url or self.site.is_skipped(url):
            return
        news_id = self.site.news_id(url)
        if news_id is None:
            return
        self._count("discovery/article_links")
        if news_id in self.queued_ids:
            if mark and news_id in self.pending_marks:
                self.pending_marks[news_id].setdefault(*mark)
            return
        if news_id in self.archived:
            if not self._marked_changed(news_id, mark):
                self._count("discovery/already_archived")
                return
            self._count("discovery/marked_changed")
            self.logger.info("Refetching %s: the source marks it as changed (%s)", url, mark[0])
        self.queued_ids.add(news_id)
        if mark:
            self.pending_marks.setdefault(news_id, {})[mark[0]] = mark[1]
        self._count("fetch/article_requests")
        yield self._request(url, self.parse_article, news_id=news_id)

    def _marked_changed(self, news_id: int, mark: tuple[str, str] | None) -> bool:
        """Whether the source says an archived article changed since it was archived.

        A mark seen for the first time is remembered as the baseline, except a ``lastmod``
        later than the archived fetch (the article was edited after we fetched it).
        """
        if mark is None:
            return False
        kind, value = mark
        stored = self.marks.get((news_id, kind))
        if stored is None:
            if kind == "lastmod":
                modified = runstate.parse_when(value)
                fetched = runstate.parse_when(self.archived.get(news_id))
                if modified and fetched and modified > fetched:
                    return True
            self.marks[(news_id, kind)] = value
            self.marks_to_save[(news_id, kind)] = value
            return False
        if stored == value:
            return False
        if kind == "lastmod":
            new, old = runstate.parse_when(value), runstate.parse_when(stored)
            if new and old and new <= old:
                return False  # an older lastmod (a stale sitemap copy) is not an edit
        return True

    # Articles ------------------------------------------------------------------------------

    def parse_article(self, response: Response, news_id: int):
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
        fetched = datetime.now(timezone.utc)
        if response.meta.get("playwright"):
            self._count("render/pages")
        try:
            fields = parse_article(self.site, response.url, response.text, fetched)
        except NotAnArticle as reason:
            self.logger.info("Skipped %s: %s", response.url, reason)
            self._count("skipped/not_article")
            # An article URL without title or text: a sign of a changed layout.
            self._measure(response.url, title=False, body=False, date=False, article_page=True)
            return
        except Exception:  # a page that breaks the parser must not end the crawl
            self.logger.exception("Could not parse %s", response.url)
            self._count("errors/parse")
            return
        if fields.pop("machine_date_rejected"):
            self._count("dates/future_machine_date_rejected")
        canonical = fields.pop("canonical")
        self._count(f"articles/{fields['page_kind']}")
        article_page = fields["page_kind"] == "article"
        if article_page and not fields.get("body"):
            self._count("articles/empty_body")
            self.logger.warning("No body text in %s: markup changed, or text inserted by JavaScript "
                                "(see the site's render_paths)", response.url)
        self._measure(response.url, title=bool(fields.get("title")), body=bool(fields.get("body")),
                      date=bool(fields.get("published")), article_page=article_page)
        yield ArticleItem(
            source=self.site.name,
            news_id=self.site.news_id(response.url) or news_id,
            url=self._canonical_url(response.url, canonical, news_id),
            fetch_url=response.url,
            fetched_at=fetched.isoformat(timespec="seconds"),
            http_status=response.status,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1") or None,
            raw_html=response.body,
            **fields,
        )

    def _canonical_url(self, fetched: str, canonical: str | None, news_id: int) -> str:
        if canonical:
            mapped = self._on_site(urljoin(fetched, canonical.strip()))
            if mapped and self.site.news_id(mapped) == news_id:
                return _strip_query(mapped)
        return _strip_query(fetched)

    # Helpers -------------------------------------------------------------------------------

    def _on_site(self, url: str) -> str | None:
        """The URL on this crawl's origin, or None if it lies on another site.

        Links to any of the site's own hosts are the site: with ``base_url`` they are
        mapped onto that origin, so a mirror of real pages (absolute links and all) works.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        origin = urlsplit(self.origin)
        if (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc):
            return url
        if parts.hostname in self.site.hosts:
            if self.mirror:
                return urlunsplit((origin.scheme, origin.netloc, parts.path, parts.query, ""))
            return url
        return None

    def _measure(self, url: str, *, title: bool, body: bool, date: bool, article_page: bool) -> None:
        found = {"title": title, "date": date}
        self.coverage["pages"] += 1
        if article_page:  # photo and video pages carry little or no body text by design
            self.coverage["article_pages"] += 1
            found["body"] = body
        for field, present in found.items():
            if present:
                self.coverage[field] += 1
            elif len(self.coverage_misses[field]) < MISS_SAMPLES:
                self.coverage_misses[field].append(url)
        for key, value in self.coverage.items() if getattr(self, "crawler", None) else ():
            self.crawler.stats.set_value(f"{self.site.name}/coverage/{key}", value)

    def _request(self, url: str, callback, **cb_kwargs) -> scrapy.Request:
        url = safe_url_string(url)
        meta = {}
        if callback == self.parse_article and self._needs_browser(url):
            meta = {"playwright": True, "playwright_include_page": False,
                    "playwright_page_goto_kwargs": {"wait_until": "load"}}
            self._count("render/requests")
        return scrapy.Request(url, callback=callback, cb_kwargs=cb_kwargs, errback=self.on_error, meta=meta)

    def _feed_request(self, url: str) -> scrapy.Request:
        """A feed or sitemap request, conditional on what the last clean run saw."""
        request = self._request(url, self.parse_feed)
        request.meta["handle_httpstatus_list"] = [304]
        if self.state_db is not None:
            etag, modified = runstate.load_validators(self.state_db, [request.url]).get(request.url, (None, None))
            if etag:
                request.headers["If-None-Match"] = etag
            if modified:
                request.headers["If-Modified-Since"] = modified
        return request

    def _remember_validators(self, response: Response) -> None:
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if etag or modified:
            self.validators_seen[response.url] = (etag.decode("latin-1") if etag else None,
                                                  modified.decode("latin-1") if modified else None)

    def _needs_browser(self, url: str) -> bool:
        if not self.render_patterns:
            return False
        path = decoded_path(url)
        return any(pattern.search(path) for pattern in self.render_patterns)

    def on_error(self, failure):
        request = failure.request
        if request.callback == self.parse_article:
            self._count("fetch/article_errors")
        else:
            self._count("fetch/discovery_errors")
        if failure.check(HttpError):
            status = failure.value.response.status
            self._count(f"errors/http_{status}")
            self.logger.warning("HTTP %s for %s", status, request.url)
        else:
            self._count(f"errors/{failure.type.__name__}")
            self.logger.warning("%s for %s: %s", failure.type.__name__, request.url, failure.value)

    def _count(self, key: str) -> None:
        crawler = getattr(self, "crawler", None)  # None for a spider built without a crawler
        if crawler is not None:
            crawler.stats.inc_value(f"{self.site.name}/{key}")


def _configure_browser(crawler, spider: AgencySpider) -> None:
    """Route the pages that need a browser through scrapy-playwright and Debian's Chromium.

    Only called when the site (or ``-a render_paths=``) has patterns: a default crawl never
    imports playwright nor starts a browser.
    """
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        raise RuntimeError("render_paths needs scrapy-playwright: pip install scrapy-playwright "
                           "(the browser is Debian's chromium, never `playwright install`)") from None
    settings = crawler.settings
    options = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
    executable = options.get("executable_path")
    if executable and not os.path.exists(executable):
        raise RuntimeError(f"render_paths needs Chromium at {executable} (apt-get install chromium), "
                           f"or set PLAYWRIGHT_LAUNCH_OPTIONS")
    handlers = {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="spider")
    origin = urlsplit(spider.origin)
    hosts = {origin.hostname} | (set() if spider.mirror else set(spider.site.hosts))
    blocked = set(settings.getlist("PLAYWRIGHT_BLOCKED_RESOURCES"))

    def abort_request(request) -> bool:
        # Nothing off the site is fetched by the browser either; no images, media or fonts.
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return False
        return request.resource_type in blocked or parts.hostname not in hosts or (
            spider.mirror and parts.port != origin.port)

    settings.set("PLAYWRIGHT_ABORT_REQUEST", abort_request, priority="spider")
    spider.logger.info("Pages matching %s are rendered by %s", [p.pattern for p in spider.render_patterns],
                       executable or "Playwright's default Chromium")


def _origin(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must look like http://127.0.0.1:8001, not {base_url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def _day(name: str, value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"-a {name}= must be a date as YYYY-MM-DD, not {value!r}") from None
    if day.year < 1900:
        raise ValueError(f"-a {name}={value} looks like a Jalali date: give the Gregorian one "
                         f"(e.g. 2025-09-01 for 1404-06-10)")
    return day


def _is_loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def _looks_like_xml(response: TextResponse) -> bool:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return "xml" in content_type or response.text.lstrip()[:5] == "<?xml" or "<rss" in response.text[:500]


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
