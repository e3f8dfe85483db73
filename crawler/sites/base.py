"""What a site is, declaratively: hosts, feeds, URL patterns, selectors, date format.

A template family (IranSamaneh, aasaam) is a subclass of :class:`Site` that knows the family's
URL scheme and markup; an agency is one instance of its family with its own hosts, feeds and
any selector overrides (see ``iribnews.py`` and ``ilna.py``). Adding an agency of a known family
is a new module with one instance and a three-line spider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import unquote, urlsplit

# Ordered CSS fallbacks: the first selector that yields text wins.
Selectors = tuple[str, ...]


@dataclass(frozen=True)
class Markup:
    """Where each article field lives in a page, as ordered CSS fallbacks.

    When a site changes its markup, add the new selectors in front and keep the old ones:
    archived pages in the older template must still parse on re-extraction.
    """

    container: Selectors
    title: Selectors
    pretitle: Selectors
    lead: Selectors
    body: Selectors
    date_text: Selectors
    machine_date: Selectors
    section: Selectors
    tags: Selectors
    # Nodes removed from the article before its text is read (share bars, players, related news).
    drop: Selectors = ()
    # Markers of pages that are mostly media: archived without demanding body text.
    photo: Selectors = ()
    video: Selectors = ()
    # Breadcrumb texts that are navigation, not a section.
    home_crumbs: tuple[str, ...] = ("خانه", "صفحه اصلی", "صفحه نخست", "Home")

    def but(self, **changes) -> "Markup":
        """A copy with some fields replaced, for a site that differs from its family."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Site:
    """One news site. Subclasses (template families) define URL scheme and archive paging."""

    name: str
    agency: str  # the agency's Persian name, as in its credit line
    home: str  # scheme and host of the real site, e.g. "https://www.iribnews.ir"
    hosts: tuple[str, ...]  # every host name that serves the same articles
    feeds: tuple[str, ...]  # RSS paths, most general first
    markup: Markup
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ("/",)  # HTML pages whose article links start discovery
    # Paths that are never articles (live broadcast, other-language editions).
    skip_paths: tuple[str, ...] = ()
    # CSS for the "next page" link of the archive listing.
    archive_next: Selectors = ()
    # Regular expressions on the decoded URL path of article pages whose text only appears
    # after JavaScript runs: those are rendered by Chromium (scrapy-playwright), nothing else.
    render_paths: tuple[str, ...] = ()

    def news_id(self, url: str) -> int | None:
        """The site's numeric article id for an article URL, None for any other URL."""
        raise NotImplementedError

    def archive_path(self, since: date, until: date) -> str:
        """Path and query of the first archive listing page for a date range (inclusive)."""
        raise NotImplementedError

    def is_skipped(self, url: str) -> bool:
        path = decoded_path(url)
        return any(path == p or path.startswith(p.rstrip("/") + "/") for p in self.skip_paths)

    def with_markup(self, **changes) -> "Site":
        return replace(self, markup=self.markup.but(**changes))


def decoded_path(url: str) -> str:
    """The URL's path, percent-decoded (ILNA paths arrive encoded or not)."""
    return unquote(urlsplit(url).path)


def first_match(pattern: re.Pattern[str], url: str) -> re.Match[str] | None:
    return pattern.match(decoded_path(url))

