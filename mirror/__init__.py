"""Offline mirror of IRIB News and ILNA for tests and demos (stdlib http.server + pyyaml content).

    from mirror import serve
    with serve("iribnews") as site:      # site is a str: "http://127.0.0.1:<port>"
        ...crawl site...
        site.advance()                   # later state: an article edited, a new one published

Truth: mirror.content.articles(site), article(site, news_id, state), visible(site, state).
"""
from .content import SITES, STATES, article, articles, visible
from .server import MirrorServer, serve, start

__all__ = ["serve", "start", "MirrorServer", "SITES", "STATES", "articles", "article", "visible"]
