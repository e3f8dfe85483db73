"""Read an article page into fields, driven by a site's declarative :class:`Markup`.

Plain functions over parsel (no Scrapy), so pages stored in the archive can be parsed again.
"""

from __future__ import annotations

import html
import json
import logging
import re
from datetime import datetime, timedelta, timezone

from parsel import Selector

from crawler.sites.base import Selectors, Site
from pipelines.dates import iso, parse_jalali, parse_machine_datetime

log = logging.getLogger(__name__)

# Elements that end a paragraph when the body's text is read.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article figure figcaption table tr td "
    "th header footer aside pre hr dd dt".split()
)
# A machine date this far past the fetch time is wrong (a CMS serving a future published_time).
FUTURE_TOLERANCE = timedelta(hours=1)
# A machine or visible date before this is a CMS default (0001-01-01, 1970), not a publication.
OLDEST = datetime(1995, 1, 1, tzinfo=timezone.utc)
# Media pages carry little text; below this many characters of body they are "photo"/"video".
MEDIA_TEXT_LIMIT = 400


class NotAnArticle(ValueError):
    """The page is not an article (no title and no text): nothing to archive."""


def parse_article(site: Site, url: str, page: str, fetched_at: datetime) -> dict:
    """The fields of an article page. Raises :class:`NotAnArticle` for pages without an article.

    Any page, however broken or hostile, gives fields or NotAnArticle, never another exception
    (tests/test_fuzz.py): odd JSON-LD, impossible dates, NUL bytes, lone surrogates, deep nesting.
    """
    if not isinstance(page, str):
        page = page.decode("utf-8", "replace") if isinstance(page, (bytes, bytearray)) else str(page or "")
    page = _xml_safe(page)
    if not page.strip():
        raise NotAnArticle(f"empty page at {url}")
    root = Selector(text=page)
    markup = site.markup
    container = _first_node(root, markup.container) or root
    ld = _json_ld_article(root)

    title = _first_text(container, markup.title) or _first_text(root, markup.title) or _ld_text(ld.get("headline"))
    body_node = _first_node(container, markup.body) or _first_node(root, markup.body)
    body = _paragraphs(body_node, markup.drop) if body_node is not None else []
    if not body and _ld_text(ld.get("articleBody")):
        body = [line.strip() for line in _ld_text(ld["articleBody"]).splitlines() if line.strip()]
    if not title and not body:
        raise NotAnArticle(f"no title and no body text at {url}")

    published, published_text, rejected = _published(root, container, markup, ld, fetched_at)
    body_chars = sum(len(p) for p in body)
    page_kind = "article"
    if body_chars < MEDIA_TEXT_LIMIT:
        if _present(root, markup.video):
            page_kind = "video"
        elif _present(root, markup.photo):
            page_kind = "photo"
    return {
        "title": title,
        "pretitle": _first_text(container, markup.pretitle) or _first_text(root, markup.pretitle),
        "lead": _first_text(container, markup.lead) or _first_text(root, markup.lead),
        "body": body,
        "section": _crumbs(root, markup.section, markup.home_crumbs),
        "tags": _all_texts(root, markup.tags),
        "published": published,
        "published_text": published_text,
        "machine_date_rejected": rejected,
        "page_kind": page_kind,
        "canonical": root.css("link[rel=canonical]::attr(href)").get(),
    }


def _published(root, container, markup, ld, fetched_at) -> tuple[str | None, str | None, str | None]:
    """(ISO published, the date as shown, a rejected machine date or None).

    Machine dates (meta, time[datetime], JSON-LD) come first; one in the future is rejected
    and the visible Jalali date used instead, as some CMSs of the family serve future dates.
    """
    shown_texts = [_clean(_node_text(node)) for scope in (container, root)
                   for css in markup.date_text for node in scope.css(css)]
    shown_texts = [text for text in shown_texts if text]
    rejected = None
    for raw in (*_all_values(container, markup.machine_date), *_all_values(root, markup.machine_date),
                ld.get("datePublished")):
        machine = parse_machine_datetime(raw) if isinstance(raw, str) else None
        if machine is None:
            continue
        if machine > fetched_at + FUTURE_TOLERANCE or machine < OLDEST:
            rejected = raw
            continue
        shown = next((text for text in shown_texts if parse_jalali(text)), shown_texts[0] if shown_texts else raw)
        return iso(machine), shown, rejected
    for text in shown_texts:
        visible = parse_jalali(text)
        if visible and OLDEST <= visible <= fetched_at + FUTURE_TOLERANCE:
            return iso(visible), text, rejected
    return None, (shown_texts[0] if shown_texts else None), rejected


def _json_ld_article(root: Selector) -> dict:
    """The first JSON-LD object whose @type names an Article; {} if none (or none readable)."""
    for block in root.css("script[type='application/ld+json']::text").getall():
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        if isinstance(data, dict):
            graph = data.get("@graph")
            items = graph if isinstance(graph, list) else [data]
        else:
            items = data if isinstance(data, list) else []
        for item in items:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _ld_text(value) -> str | None:
    """A JSON-LD value as text: strings only (a list of strings is joined), else None."""
    if isinstance(value, list):
        value = "\n".join(v for v in value if isinstance(v, str))
    return value if isinstance(value, str) and value.strip() else None


# XML 1.0 excludes these; lxml refuses a string holding any of them (lone surrogates included).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(page: str) -> str:
    return _NOT_XML.sub("", page) if _NOT_XML.search(page) else page


def _first_node(root: Selector, selectors: Selectors) -> Selector | None:
    for css in selectors:
        if "::" in css:
            continue
        for node in root.css(css):
            if _has_text(node):
                return node
    return None


def _has_text(node: Selector) -> bool:
    """Whether any text below the node is more than whitespace (lxml's itertext, which stops at
    the first such text: building a Selector per text node costs seconds on huge pages)."""
    element = node.root
    if isinstance(element, str):
        return bool(_clean(element))
    return any(_clean(text) for text in element.itertext())


def _present(root: Selector, selectors: Selectors) -> bool:
    return any(root.css(css) for css in selectors)


def _first_text(root: Selector, selectors: Selectors) -> str | None:
    for css in selectors:
        if "::" in css:  # an attribute, e.g. meta[name=description]::attr(content)
            texts = (_clean(value) for value in root.css(css).getall())
        else:
            texts = (_clean(_node_text(node)) for node in root.css(css))
        text = next((t for t in texts if t), None)
        if text:
            return text
    return None


def _all_values(root: Selector, selectors: Selectors) -> list[str]:
    return [value for css in selectors for value in root.css(css).getall()]


def _all_texts(root: Selector, selectors: Selectors) -> list[str]:
    """Texts of every node of the first selector that matches any (tags, crumbs)."""
    for css in selectors:
        texts = [_clean(_node_text(node)) for node in root.css(css)]
        texts = [t for t in texts if t]
        if texts:
            return list(dict.fromkeys(texts))
    return []


def _crumbs(root: Selector, selectors: Selectors, home: tuple[str, ...]) -> list[str]:
    for css in selectors:
        nodes = root.css(css)
        if len(nodes) == 1 and not nodes[0].css("a"):
            # A breadcrumb written as plain text: «سیاسی » سیاست خارجی».
            parts = _clean(_node_text(nodes[0])).replace("»", ">").replace("›", ">").split(">")
        else:
            parts = [_clean(_node_text(node)) for node in nodes]
        parts = [p.strip() for p in parts if p and p.strip() and p.strip() not in home]
        if parts:
            return list(dict.fromkeys(parts))
    return []


def _paragraphs(node: Selector, drop: Selectors) -> list[str]:
    """The body's text, one string per block element or <br>-separated line."""
    element = node.root
    # Holding the lxml elements (not their id()s) keeps their proxies alive and comparable.
    dropped = {e.root for css in drop for e in node.css(css)}
    lines: list[str] = []
    current: list[str] = []

    def flush():
        text = _clean("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if el in dropped or tag in ("script", "style"):
            if el.tail:
                current.append(el.tail)
            return
        block = tag.lower() in BLOCK_TAGS
        if block or tag == "br":
            flush()
        if el.text and tag:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    if isinstance(element, str):
        return [t for t in (_clean(element),) if t]
    current.append(element.text or "")
    for child in element:
        walk(child)
    flush()
    return lines


def _node_text(node: Selector) -> str:
    return " ".join(node.css("::text").getall())


def _clean(text: str | None) -> str:
    """Unescape entities (``&zwnj;`` survives double escaping) and collapse whitespace."""
    if not text:
        return ""
    return " ".join(html.unescape(text).split())
