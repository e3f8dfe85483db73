"""Extraction stage: meeting records from the plain text of an article.

Public API (used by the Scrapy pipeline and the re-extraction command)::

    from pipelines.extract import extract_meetings
    extract_meetings(text, title=None, published="2025-09-01", source="ilna", url=None) -> list[dict]

Command line: ``python -m pipelines.extract`` reads JSON lines on stdin and writes one JSON
line per input (see ``__main__``).
"""

from __future__ import annotations

import logging

from .core import extract
from .dates import afghan_dated
from .lexicon import lexicon

__all__ = ["extract_meetings", "article_meetings"]

log = logging.getLogger(__name__)


def extract_meetings(text: str, *, title: str | None = None, published: str | None = None,
                     source: str | None = None, url: str | None = None, strict: bool = False) -> list[dict]:
    """Meeting records found in one article (possibly none).

    ``published`` (``YYYY-MM-DD``) anchors relative dates and the officials' tenure; ``url``
    tells an outlet abroad (``data/outlets.tsv``: a Kabul site's unqualified «وزیر امور خارجه» is
    Afghanistan's; an unlisted site outside ``.ir`` dating itself by Afghan months is taken for
    one) and names the article in the log; ``source`` is accepted for logging. A bug in the
    extractor is logged and gives no meetings, unless ``strict``: then it raises, for callers
    that report the failure themselves (the crawl's error count, the command's error line).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        home = lexicon().home_state(url, lambda: afghan_dated(text))
        return extract(text, title if isinstance(title, str) else None,
                       published if isinstance(published, str) else None, home)
    except Exception:
        if strict:
            raise
        log.exception("extraction failed for %s", url or "<no url>")
        return []


def article_meetings(article: dict, strict: bool = False) -> list[dict]:
    """:func:`extract_meetings` over a cleaned article's fields: its lead and body as the text,
    its publication day as the anchor. The one way the crawl, re-extraction and benchmarks
    call extraction."""
    text = "\n".join(filter(None, (article.get("lead"), article.get("body"))))
    return extract_meetings(text, title=article.get("title"), published=(article.get("published") or "")[:10] or None,
                            source=article.get("source"), url=article.get("url"), strict=strict)
