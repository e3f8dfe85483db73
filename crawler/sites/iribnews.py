"""IRIB News (خبرگزاری صدا و سیما): IranSamaneh family, two hosts serving the same articles."""

from crawler.sites.iransamaneh import MARKUP, IranSamanehSite

IRIBNEWS = IranSamanehSite(
    name="iribnews",
    agency="خبرگزاری صدا و سیما",
    home="https://www.iribnews.ir",
    hosts=("www.iribnews.ir", "iribnews.ir", "www.irib-news.ir", "irib-news.ir"),
    # allnews, then the political (5) and economic (6) services (SITES.md §1.2).
    feeds=("/fa/rss/allnews", "/fa/rss/5", "/fa/rss/6"),
    sitemaps=("/fa-sitemap-news",),
    listings=("/", "/fa/political"),
    skip_paths=("/fa/live", "/fa/print", "/fa/ajax", "/fa/tag", "/en", "/ar"),
    # Article pages are server-rendered (SITES.md §4): none needs a browser so far. Add a
    # pattern here (or pass -a render_paths=REGEX for one run) when one does.
    render_paths=(),
    markup=MARKUP,
)
