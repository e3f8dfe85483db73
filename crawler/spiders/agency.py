"""The spider shared by every agency: discovery from feeds, sitemaps, listings and archives.

It only fetches and selects (see :mod:`crawler.parse`); cleaning, de-duplication, extraction
and storage happen in the item pipelines.
"""

from __future__ import annotations

import ipaddress
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.url import safe_url_string

from crawler.items import ArticleItem
from crawler.parse import NotAnArticle, parse_article
from crawler.sites.base import Site


class AgencySpider(scrapy.Spider):
    """Arguments (``-a name=value``):

    - ``base_url``: an origin (``http://127.0.0.1:8001``) to treat as the site: the same paths
      are requested there, links to the site's own hosts are mapped onto it, and nothing on
      any other origin is fetched.
    - ``since`` / ``until`` (``YYYY-MM-DD``): backfill that date range from the archive
      listing pages instead of reading the feeds.
    """

    site: Site

    def __init__(self, base_url: str | None = None, since: str | None = None,
                 until: str | None = None, *args, **kwargs):
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

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.mirror and _is_loopback(urlsplit(spider.origin).hostname):
            # A mirror on this machine needs no politeness delay; -s on the command line
            # (priority "cmdline") still wins over these.
            crawler.settings.set("DOWNLOAD_DELAY", 0, priority="spider")
            crawler.settings.set("AUTOTHROTTLE_ENABLED", False, priority="spider")
        return spider

    async def start(self):
        if self.since:
            until = self.until or datetime.now(timezone.utc).date()
            url = self.origin + self.site.archive_path(self.since, until)
            self.logger.info("Backfilling %s from %s to %s: %s", self.site.name, self.since, until, url)
            yield self._request(url, self.parse_listing, archive=True)
            return
        for path in (*self.site.feeds, *self.site.sitemaps):
            yield self._request(self.origin + path, self.parse_feed)
        for path in self.site.listings:
            yield self._request(self.origin + path, self.parse_listing)

    # Discovery -----------------------------------------------------------------------------

    def parse_feed(self, response: Response):
        """RSS items, sitemap <loc>s (following sitemap indexes); HTML falls back to listing."""
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
        if not _looks_like_xml(response):
            yield from self.parse_listing(response)
            return
        response.selector.remove_namespaces()
        links = response.xpath("//item/link/text() | //item/guid/text() | //entry/link/@href").getall()
        for url in links:
            yield from self._article_requests(response, url)
        for loc in response.xpath("//url/loc/text()").getall():
            yield from self._article_requests(response, loc)
        for loc in response.xpath("//sitemap/loc/text()").getall():
            target = self._on_site(urljoin(response.url, loc.strip()))
            if target:
                yield self._request(target, self.parse_feed)
        self._count("discovery/feeds")

    def parse_listing(self, response: Response, archive: bool = False):
        """Article links of an HTML page; on archive pages, the next page too."""
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
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

    def _article_requests(self, response: Response, url: str):
        url = self._on_site(urljoin(response.url, url.strip()))
        if not url or self.site.is_skipped(url):
            return
        news_id = self.site.news_id(url)
        if news_id is None or news_id in self.queued_ids:
            return
        self.queued_ids.add(news_id)
        yield self._request(url, self.parse_article, news_id=news_id)

    # Articles ------------------------------------------------------------------------------

    def parse_article(self, response: Response, news_id: int):
        if not isinstance(response, TextResponse):
            self._count("skipped/not_text")
            return
        fetched = datetime.now(timezone.utc)
        try:
            fields = parse_article(self.site, response.url, response.text, fetched)
        except NotAnArticle as reason:
            self.logger.info("Skipped %s: %s", response.url, reason)
            self._count("skipped/not_article")
            return
        except Exception:  # a page that breaks the parser must not end the crawl
            self.logger.exception("Could not parse %s", response.url)
            self._count("errors/parse")
            return
        if fields.pop("machine_date_rejected"):
            self._count("dates/future_machine_date_rejected")
        canonical = fields.pop("canonical")
        self._count(f"articles/{fields['page_kind']}")
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

    def _request(self, url: str, callback, **cb_kwargs) -> scrapy.Request:
        return scrapy.Request(safe_url_string(url), callback=callback, cb_kwargs=cb_kwargs,
                              errback=self.on_error)

    def on_error(self, failure):
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            self._count(f"errors/http_{status}")
            self.logger.warning("HTTP %s for %s", status, request.url)
        else:
            self._count(f"errors/{failure.type.__name__}")
            self.logger.warning("%s for %s: %s", failure.type.__name__, request.url, failure.value)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"{self.site.name}/{key}")


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
