"""Canonical identity of an article URL: every form of one article → one ``(source, news_id)``.

The forms met in feeds, listings, links between agencies and copies people paste:

- any of a site's hosts (``www.iribnews.ir``, ``irib-news.ir``, ``ilna.news``, ...), either
  scheme, upper-case host, an explicit port, or no scheme at all;
- slugged and bare paths, percent-encoded or not, with or without a trailing slash;
- ILNA short links ``/fa/tiny/news-<id>``;
- query strings (tracking parameters such as ``utm_*``, ``fbclid``) and fragments;
- AMP and print variants (``/amp/...``, ``/fa/amp/news/<id>``, ``.../<id>/amp``,
  ``/fa/print/<id>``).

The site's own URL patterns live in one place, ``crawler/sites`` (``Site.news_id`` and
``Site.hosts``); this module only peels off what is not part of the article's address (host
alias, query, AMP/print wrapper) and then asks the site. No URL regex for article ids here.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from crawler.sites import SITES
from crawler.sites.base import Site

# Query parameters that only say where a click came from; never part of an article's address.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "amp", "cmpid", "ocid", "spm",
})


def _split(url: str):
    url = (url or "").strip()
    if "://" not in url and not url.startswith("//"):
        url = "//" + url.lstrip("/")
    return urlsplit(url)


def host_of(url: str) -> str:
    """The URL's host, lower-case, without port, user info or a trailing dot."""
    try:
        host = _split(url).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def site_for(url: str, sites: Iterable[Site] | None = None) -> Site | None:
    """The site serving ``url`` (by host: every alias in ``Site.hosts``), None for other hosts."""
    host = host_of(url)
    for site in (SITES.values() if sites is None else sites):
        if host in site.hosts:
            return site
    return None


def _segments(path: str) -> list[str]:
    return [s for s in unquote(path).split("/") if s]


def article_paths(url: str) -> list[str]:
    """Candidate article paths of ``url``: the path itself, then with AMP/print wrappers peeled.

    ``/amp/fa/news/1`` → ``/fa/news/1``; ``/fa/amp/news/1`` → ``/fa/news/1``;
    ``/fa/news/1/slug/amp`` → ``/fa/news/1/slug``; ``/fa/print/1`` → ``/fa/news/1``.
    Only whole path segments named ``amp``/``print`` are touched, so slugs stay as they are.
    """
    try:
        segments = _segments(_split(url).path)
    except ValueError:
        return []
    paths = ["/" + "/".join(segments)]
    peeled = [s for s in segments if s.lower() != "amp"]
    peeled = ["news" if s.lower() == "print" else s for s in peeled]
    # "/fa/news/print/1" (print inside news) would now read "/fa/news/news/1": squeeze it.
    squeezed: list[str] = []
    for s in peeled:
        if not (s == "news" and squeezed and squeezed[-1] == "news"):
            squeezed.append(s)
    candidate = "/" + "/".join(squeezed)
    if candidate not in paths:
        paths.append(candidate)
    return paths


def canonical_id(url: str, site: Site | None = None) -> tuple[str, int] | None:
    """``(source, news_id)`` for any form of an article URL, None when it is not an article.

    ``site``: the site the URL belongs to when its host is not one of the site's own (a mirror
    on 127.0.0.1 crawled with ``base_url``); by default the site is found from the host.
    """
    site = site or site_for(url)
    if site is None:
        return None
    for path in article_paths(url):
        news_id = site.news_id(path)
        if news_id is not None:
            return site.name, news_id
    return None


def same_article(a: str, b: str) -> bool:
    """Whether two URLs are forms of one article (both must be recognised article URLs)."""
    ka, kb = canonical_id(a), canonical_id(b)
    return ka is not None and ka == kb


def canonical_url(source: str, news_id: int) -> str:
    """The short, stable URL of an article: ``<home>/fa/news/<id>``, which both template
    families serve (and ``Site.news_id`` recognises: checked in the tests)."""
    return f"{SITES[source].home}/fa/news/{int(news_id)}"


def strip_tracking(url: str) -> str:
    """``url`` without tracking parameters and fragment, host lower-cased, default port and
    trailing slash dropped, path percent-encoded one way (for any URL, article or not)."""
    parts = _split(url)
    scheme = (parts.scheme or "https").lower()
    host = host_of(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/-._~!$&'()*+,;=:@%")
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (k.lower() in TRACKING_PARAMS or k.lower().startswith(TRACKING_PREFIXES))]
    return urlunsplit((scheme, host, path or "/", urlencode(query), ""))
