"""Opt-in ways the mirror can differ from the real sites' current pages, for crawler tests.

- Conditional requests (always on): feeds and sitemaps carry an ``ETag`` (a hash of the body)
  and ``Last-Modified`` (the newest item's date), and answer ``304 Not Modified`` to a
  matching ``If-None-Match`` / ``If-Modified-Since``, as well-run CMS front ends do.
- ``variant="redesign"``: the agency ships a new article template: the body, title and date
  containers get new class names and the machine-readable dates are gone, so selectors written
  for the old template stop matching (layout-drift detection).
- ``variant="js"``: the article text of :func:`js_articles` is not in the HTML; a script inserts
  it when the page loads (pages that need a browser).

Select with ``serve(site, variant=...)`` or, on a running mirror, ``site.use_variant(...)``.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from email.utils import format_datetime, parsedate_to_datetime

from . import content

VARIANTS = (None, "redesign", "js")


@functools.lru_cache(maxsize=None)
def js_articles(site: str) -> tuple[int, ...]:
    """The article whose text JavaScript inserts in the "js" variant: the newest article of the
    current template that is in the feeds, not edited later and not a seed."""
    arts = [a for a in content.visible(site, "initial")
            if a["kind"] == "article" and a["template"] == "current" and not a["edited_later"]
            and not a["seed"]]
    return (arts[0]["news_id"],) if arts else ()

_IRIB_ARTICLE = re.compile(r"^/fa/news/(\d+)(?:/[^?#]*)?/?$")
_ILNA_ARTICLE = re.compile(r"^/بخش-[^/]*?-\d+/(\d+)(?:-[^/]*)?/?$")


def article_id(site: str, path: str) -> int | None:
    match = (_IRIB_ARTICLE if site == "iribnews" else _ILNA_ARTICLE).match(path)
    return int(match[1]) if match else None


def apply(site: str, variant: str | None, path: str, response: tuple) -> tuple:
    """The handler's (status, content_type, text, headers) as the variant serves it."""
    status, ctype, text, headers = response
    if variant is None or status != 200 or not ctype.startswith("text/html"):
        return response
    news_id = article_id(site, path)
    if news_id is None:
        return response
    if variant == "redesign":
        return status, ctype, redesign(site, text), headers
    if variant == "js" and news_id in js_articles(site):
        return status, ctype, javascript_body(site, text), headers
    return response


# Body, title and date containers of both families, renamed by the "new template".
_RENAMES = {
    "iribnews": [
        ('class="body body_media_content_show"', 'class="story-text"'),
        ('class="news_general_dl"', 'class="story"'),
        ('class="title title_news"', 'class="story-headline"'),
        ('class="news_nav news_pdate_c"', 'class="story-meta"'),
        ('class="photo_caption body"', 'class="story-caption"'),
        ('<div class="body">', '<div class="story-text">'),
    ],
    "ilna": [
        ('class="article_body"', 'class="story-wrap"'),
        ('id="echo_detail"', 'id="story-text"'),
        ('class="content"', 'class="story-text"'),
        ('class="news_time"', 'class="story-time"'),
        ('class="news_date"', 'class="story-time"'),
    ],
}
_MACHINE_DATES = re.compile(r'<meta property="article:(?:published|modified)_time"[^>]*>|\sdatetime="[^"]*"'
                            r'|<script type="application/ld\+json">.*?</script>', re.S)


def redesign(site: str, html: str) -> str:
    for old, new in _RENAMES[site]:
        html = html.replace(old, new)
    html = _MACHINE_DATES.sub("", html)
    # The visible date moves into an element no date selector of the old template knows.
    html = html.replace('<span class="news_nav_title">تاریخ انتشار:</span>', "")
    return html.replace("<time", "<span").replace("</time>", "</span>")


_BODY = {
    "iribnews": re.compile(r'(<div class="body body_media_content_show">)(.*?)(</div>)', re.S),
    "ilna": re.compile(r'(<div id="echo_detail">)(.*?)(</div>)', re.S),
}


def javascript_body(site: str, html: str) -> str:
    """Move the body paragraphs into a script that writes them into the page on load."""
    match = _BODY[site].search(html)
    if not match:
        return html
    paragraphs = re.findall(r"<(p|div)>(.*?)</\1>", match[2], re.S)
    data = json.dumps([text for _, text in paragraphs], ensure_ascii=False).replace("</", "<\\/")
    script = ("<script>document.addEventListener('DOMContentLoaded', function () {"
              f"var box = document.querySelector('{'.body_media_content_show' if site == 'iribnews' else '#echo_detail'}');"
              f"{data}.forEach(function (html) {{ var p = document.createElement('p'); p.innerHTML = html;"
              " box.appendChild(p); }); });</script>")
    return html[:match.start()] + match[1] + "\n" + match[3] + script + html[match.end():]


# Conditional requests -------------------------------------------------------------------------

def validators(ctype: str, body: bytes) -> dict[str, str]:
    """ETag and Last-Modified for a feed or sitemap (XML) body; {} for anything else."""
    if "xml" not in ctype:
        return {}
    out = {"ETag": '"' + hashlib.sha1(body).hexdigest()[:20] + '"'}
    dates = []
    for raw in re.findall(rb"<pubDate>([^<]+)</pubDate>", body):
        try:
            dates.append(parsedate_to_datetime(raw.decode()))
        except (TypeError, ValueError):
            pass
    if dates:
        out["Last-Modified"] = format_datetime(max(dates).astimezone(dt.timezone.utc),
                                               usegmt=True)
    return out


def not_modified(request_headers, response_headers: dict[str, str]) -> bool:
    """Whether a conditional request matches the response's validators (RFC 9110 §13.1)."""
    etag = response_headers.get("ETag")
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        return bool(etag) and (if_none_match.strip() == "*" or etag in [t.strip() for t in if_none_match.split(",")])
    since, modified = request_headers.get("If-Modified-Since"), response_headers.get("Last-Modified")
    if since and modified:
        try:
            return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False
