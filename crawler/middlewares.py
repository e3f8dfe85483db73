"""Downloader middlewares that keep a long unattended crawl honest when the network and the
CMS misbehave (see docs/RELIABILITY.md for what each one is tested against):

* :class:`BackoffRetryMiddleware` retries 429/5xx/timeouts/resets after a wait, and also
  retries HTML answers that are empty or cut short (a 200 with no body, a page without
  ``</html>``), which a CMS under load produces and which would otherwise be skipped as
  "not an article" or archived truncated.
* :class:`CharsetMiddleware` decodes pages whose declared charset is missing or wrong
  (windows-1256 served as UTF-8 or Latin-1), the commonest encoding fault of Persian sites.
* :class:`StrictRobotsTxtMiddleware` reads a robots.txt that cannot be fetched (5xx, timeouts,
  resets after every retry) as "disallow everything", as RFC 9309 §2.3.1.4 says; Scrapy's
  own middleware would crawl everything, the disallowed paths included.
* :class:`SameOriginMiddleware` keeps a crawl with ``base_url`` on that one origin, redirects
  included: Scrapy's offsite check compares host names only, so on a mirror at 127.0.0.1 a
  link or redirect to another port of 127.0.0.1 would otherwise be fetched.

Every fault met is counted in the crawl stats (``retry/...``, ``faults/...``,
``robotstxt/...``, ``offsite/...``) and so ends up in ``crawl_runs.stats``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from twisted.internet.defer import Deferred

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.response import response_status_message
from w3lib.encoding import (html_body_declared_encoding, http_content_type_encoding, read_bom,
                            resolve_encoding)

log = logging.getLogger(__name__)

# How much of a page's end is searched for the closing tag of a complete HTML document.
_TAIL = 4096


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware plus a wait: ``Retry-After`` when the server gives one,
    else ``RETRY_BACKOFF_BASE * 2**n`` seconds, never more than ``RETRY_BACKOFF_MAX``.

    An HTML 200 that is empty, or that lacks both ``</body>`` and ``</html>`` (a body cut
    short on a connection closed early, which HTTP cannot tell from a complete one when no
    Content-Length was sent), is retried as well; after the last retry it is passed on.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 120.0)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry"):
            return response
        if response.status in self.retry_http_codes:
            reason = response_status_message(response.status)
        else:
            reason = incomplete_html(response)
            if reason is None:
                return response
            self.crawler.stats.inc_value(f"faults/{reason.replace(' ', '_')}")
        retry = self._retry(request, reason)
        if retry is None:
            return response
        await asyncio.sleep(self.delay(request, response.headers.get("Retry-After")))
        return retry

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self.delay(request, None))
        return retry

    def delay(self, request, retry_after: bytes | None) -> float:
        seconds = retry_after_seconds(retry_after)
        if seconds is None:
            seconds = self.backoff_base * 2 ** request.meta.get("retry_times", 0)
        return max(0.0, min(seconds, self.backoff_max))


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (when - datetime.now(timezone.utc)).total_seconds()


def incomplete_html(response) -> str | None:
    """``"empty body"`` / ``"truncated html"`` / ``"truncated xml"`` for a 200 HTML page or
    XML document (feed, sitemap) that is not whole, else None."""
    if response.status != 200:
        return None
    kind = _document_kind(response)
    if kind is None:
        return None
    body = response.body
    if not body.strip():
        return "empty body"
    tail = body[-_TAIL:].lower()
    if kind == "html":
        if b"</html" not in tail and b"</body" not in tail:
            return "truncated html"
        return None
    root = _XML_ROOT.search(body[:4096])
    if root and b"</" + root[1].lower() not in tail and not tail.rstrip().endswith(b"/>"):
        return "truncated xml"
    return None


# The document element of an XML document: the first tag that is not <?...?> or <!...>.
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w:.-]*)")


def _document_kind(response) -> str | None:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if "xml" in content_type:
        return "xml"
    if "html" in content_type:
        return "html"
    return None


# --------------------------------------------------------------------------------------------
# Charset
# --------------------------------------------------------------------------------------------

# Declarations that Persian pages never really are in (servers' and frameworks' defaults).
_LATIN = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii", "iso8859_1", "windows-1252"})
# What a Persian page is in when nothing (true) is declared: UTF-8, else the Windows code page.
_FALLBACKS = ("utf-8", "cp1256")
_NON_ASCII = re.compile(rb"[\x80-\xff\x00]")


def page_encoding(content_type: str | None, body: bytes) -> str | None:
    """The encoding to read an HTML page in, or None to keep the one Scrapy chose.

    Order: a BOM; the HTTP charset if the body decodes in it (a Latin one only for pure
    ASCII); the ``<meta>`` charset if the body decodes in it; UTF-8; windows-1256.
    """
    if read_bom(body)[0]:
        return None
    declared = http_content_type_encoding(content_type)
    meta = html_body_declared_encoding(body[:8192])
    candidates = []
    if declared and (resolve_encoding(declared) or declared) not in _LATIN:
        candidates.append(declared)
    if meta and (resolve_encoding(meta) or meta) not in _LATIN:
        candidates.append(meta)
    candidates.extend(_FALLBACKS)
    if not _NON_ASCII.search(body):
        return None  # ASCII: any declaration reads it alike
    for name in candidates:
        codec = resolve_encoding(name)
        if not codec:
            continue
        try:
            body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return codec
    return None


class CharsetMiddleware:
    """Re-reads an HTML response in the encoding its bytes are really in.

    A windows-1256 page served as ``charset=utf-8`` or as Latin-1, or with no charset at all,
    comes out as mojibake from Scrapy's decoding; this picks the first encoding of
    :func:`page_encoding` that decodes the whole body and counts ``faults/charset_fixed``.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or _document_kind(response) != "html":
            return response
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        try:
            encoding = page_encoding(content_type, response.body)
        except Exception:  # never let a detection bug lose a page
            log.exception("Charset detection failed for %s", response.url)
            return response
        if encoding is None or resolve_encoding(response.encoding) == encoding:
            return response
        self.crawler.stats.inc_value("faults/charset_fixed")
        log.info("Reading %s as %s (declared: %r, Scrapy chose %s)", response.url, encoding,
                 content_type, response.encoding)
        return response.replace(encoding=encoding)


# --------------------------------------------------------------------------------------------
# robots.txt
# --------------------------------------------------------------------------------------------

_DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, but a robots.txt that is unreachable (a 5xx or a network
    error after every retry) disallows everything on that origin, per RFC 9309 §2.3.1.4,
    instead of allowing everything. A 4xx still means "no robots.txt": allow everything."""

    async def robot_parser(self, request):
        # Scrapy hands every request that waited for robots.txt after the first one None
        # ("no robots.txt": allowed), because Deferred.asFuture() replaces the shared
        # Deferred's result with None. Read the parser stored for the origin instead.
        parser = await super().robot_parser(request)
        stored = self._parsers.get(urlparse_cached(request).netloc)
        if parser is None and stored is not None and not isinstance(stored, Deferred):
            return stored
        return parser

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500 or response.status == 429:
            self._stats.inc_value("robotstxt/unreachable")
            log.warning("robots.txt of %s answered %s: nothing is fetched from it in this run",
                        netloc, response.status)
            response = response.replace(body=_DISALLOW_ALL)
        elif response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        if isinstance(exc, IgnoreRequest):  # refused by our own rules, not a site failure
            return super()._robots_error(exc, netloc)
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._stats.inc_value("robotstxt/unreachable")
        log.warning("robots.txt of %s could not be fetched (%s): nothing is fetched from it "
                    "in this run", netloc, exc)
        parser = build_from_crawler(self._parserimpl, self.crawler, _DISALLOW_ALL)
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)


# --------------------------------------------------------------------------------------------
# Same origin
# --------------------------------------------------------------------------------------------

class SameOriginMiddleware:
    """With ``base_url`` (``spider.mirror``), refuse any request off ``spider.origin`` (scheme,
    host and port), redirects included, counting ``offsite/other_origin``."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        spider = spider or self.crawler.spider
        origin = getattr(spider, "origin", None)
        if not getattr(spider, "mirror", False) or not origin:
            return None
        want, got = urlsplit(origin), urlsplit(request.url)
        if (got.scheme, got.netloc.lower()) == (want.scheme, want.netloc.lower()):
            return None
        self.crawler.stats.inc_value("offsite/other_origin")
        log.info("Refused %s: not on the crawl's origin %s", request.url, origin)
        raise IgnoreRequest(f"not on the crawl's origin {origin}")
