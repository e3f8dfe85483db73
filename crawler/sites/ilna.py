"""ILNA (ایلنا), Iranian Labour News Agency: aasaam family; ilna.news was its earlier host."""

from crawler.sites.aasaam import MARKUP, AasaamSite

ILNA = AasaamSite(
    name="ilna",
    agency="ایلنا",
    home="https://www.ilna.ir",
    hosts=("www.ilna.ir", "ilna.ir", "www.ilna.news", "ilna.news"),
    # /rss answered with valid RSS in Feb 2026; /rss/1 was a 404 (SITES.md §2.2).
    feeds=("/rss",),
    listings=("/",),
    skip_paths=("/en", "/ar", "/tags"),
    # Article pages are server-rendered (SITES.md §4): none needs a browser so far. Add a
    # pattern here (or pass -a render_paths=REGEX for one run) when one does.
    render_paths=(),
    markup=MARKUP,
)
