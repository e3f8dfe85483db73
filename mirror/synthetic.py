"""A large synthetic IRIB News site, generated at run time, for long and faulty crawls.

The bundled mirror has a few dozen articles; reliability runs need thousands. This module
makes ``n`` articles in the IRIB (IranSamaneh) current template, deterministic for a given
``seed``, each reporting a meeting of an Iranian official with a foreign counterpart, and a
few carrying SQL/HTML/script payloads in their text. Pages are rendered by the mirror's own
IRIB templates (:mod:`mirror.iribnews`), so the ``iribnews`` spider crawls it unchanged.

    from mirror import synthetic, faults
    site = synthetic.Site(2000)
    site.articles                        # the truth: list of article dicts (mirror.content shape)
    with faults.serve(site, rates={}) as base_url:   # served without faults
        ...

Discovery: ``/fa-sitemap-news`` is a sitemap index whose pages (``/fa-sitemap-news/<k>``)
list every article, 100 a page; feeds, the home page and ``/fa/political`` list the newest;
``/fa/archive`` pages through all of them as the real archive does.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from urllib.parse import parse_qs, urlsplit

from . import iribnews
from .common import TEHRAN, jalali_text, pct, slugify

FIRST_ID = 3_000_001
SITEMAP_PAGE = 100

IRANIANS = (
    ("سید عباس عراقچی", "وزیر امور خارجه"),
    ("مسعود پزشکیان", "رئیس‌جمهور"),
    ("محمدباقر قالیباف", "رئیس مجلس"),
    ("محمدرضا عارف", "معاون اول رئیس‌جمهور"),
)
FOREIGNERS = (
    ("سرگئی لاوروف", "وزیر امور خارجه", "روسیه", "مسکو"),
    ("وانگ یی", "وزیر امور خارجه", "چین", "پکن"),
    ("هاکان فیدان", "وزیر امور خارجه", "ترکیه", "آنکارا"),
    ("فیصل بن فرحان", "وزیر امور خارجه", "عربستان سعودی", "ریاض"),
    ("اسحاق دار", "وزیر امور خارجه", "پاکستان", "اسلام‌آباد"),
    ("جیحون بایراموف", "وزیر امور خارجه", "جمهوری آذربایجان", "باکو"),
    ("رشید مردوف", "وزیر امور خارجه", "تاجیکستان", "دوشنبه"),
    ("بدر البوسعیدی", "وزیر امور خارجه", "عمان", "مسقط"),
)
TOPICS = ("اقتصادی", "تجاری", "انرژی", "حمل و نقل", "فرهنگی", "علمی و دانشگاهی", "گمرکی")
WEEKDAY_WORDS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")

# Hostile text, stored verbatim by a correct archive and shown escaped by Datasette.
PAYLOADS = (
    "'); DROP TABLE articles; --",
    '<script>alert("xss")</script>',
    '<img src=x onerror="alert(1)">',
    "\" OR 1=1 -- ' OR ''='",
    "Robert'); DELETE FROM meetings WHERE ('1'='1",
)


class Site:
    """``n`` synthetic IRIB articles and a request handler serving them."""

    name = "iribnews"

    def __init__(self, n: int = 2000, seed: int = 1, payload_every: int = 400,
                 newest: dt.datetime | None = None):
        self.n = n
        self.seed = seed
        newest = newest or dt.datetime(2025, 11, 20, 18, 0, tzinfo=TEHRAN)
        rng = random.Random(seed)
        arts = []
        for i in range(n):
            published = newest - dt.timedelta(hours=3 * i, minutes=rng.randrange(0, 60))
            payload = (PAYLOADS[(i // payload_every) % len(PAYLOADS)]
                       if payload_every and i % payload_every == 7 % payload_every else None)
            arts.append(_article(FIRST_ID + i, i, published, rng, payload))
        self.articles = arts  # newest first, as mirror.content.visible()
        self.by_id = {a["news_id"]: a for a in arts}

    def __call__(self, path: str, query: dict, base: str):
        """(status, content type, text, headers) for a decoded path, None for a 404."""
        arts = self.articles
        html_t = "text/html; charset=utf-8"
        xml_t = "application/xml; charset=utf-8"
        m = iribnews.ARTICLE_RE.match(path)
        if m:
            a = self.by_id.get(int(m[1]))
            if a is None:
                return None
            window = _window(arts, a)
            return 200, html_t, iribnews.render_article(a, window, base, "initial"), {}
        if path in ("/", "/fa", "/fa/"):
            return 200, html_t, iribnews.render_home(arts, base), {}
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", iribnews.ROBOTS.format(base=base), {}
        if path.rstrip("/") == "/fa-sitemap-news":
            pages = -(-len(arts) // SITEMAP_PAGE)
            locs = "\n".join(f"<sitemap><loc>{base}/fa-sitemap-news/{k}</loc></sitemap>" for k in range(1, pages + 1))
            return 200, xml_t, ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
                                '"http://www.sitemaps.org/schemas/sitemap/0.9">\n' + locs + "\n</sitemapindex>\n"), {}
        m = re.match(r"^/fa-sitemap-news/(\d+)/?$", path)
        if m:
            k = int(m[1])
            chunk = arts[(k - 1) * SITEMAP_PAGE: k * SITEMAP_PAGE]
            if not chunk:
                return None
            return 200, xml_t, iribnews.render_sitemap(chunk, base, "initial", limit=None), {}
        m = re.match(r"^/fa/rss/(allnews|5|6)/?$", path)
        if m:
            sel = arts if m[1] != "6" else []
            return 200, "application/rss+xml; charset=utf-8", iribnews.render_rss("همه اخبار", sel, base), {}
        if path.rstrip("/") == "/fa/political":
            return 200, html_t, iribnews.render_list("سیاسی", arts[:iribnews.LIST_SIZE], base), {}
        if path.rstrip("/") == "/fa/archive":
            return 200, html_t, iribnews.render_archive(arts, query, base), {}
        return None

    def handle_url(self, target: str, base: str):
        """The handler for a raw request target (path and query, percent-encoded)."""
        from .server import decode_path
        return self(decode_path(target), parse_qs(urlsplit(target).query, keep_blank_values=True), base)


def _window(arts: list[dict], a: dict) -> list[dict]:
    """The few neighbours an article page links to as related news (keeps pages O(1))."""
    i = a["index"]
    return arts[max(0, i - 3): i + 4]


def _article(news_id: int, i: int, published: dt.datetime, rng: random.Random, payload: str | None) -> dict:
    iran_name, iran_role = IRANIANS[i % len(IRANIANS)]
    name, role, country, city = FOREIGNERS[(i // len(IRANIANS)) % len(FOREIGNERS)]
    topic = TOPICS[i % len(TOPICS)]
    weekday = WEEKDAY_WORDS[published.weekday()]
    surname = iran_name.split()[-1]
    title = f"دیدار {iran_role} کشورمان با {role} {country} (گزارش {i + 1})"
    lead = f"{iran_name} {iran_role} کشورمان با {name} {role} {country} دیدار و گفت‌وگو کرد."
    body = [
        f"{iran_name} {iran_role} کشورمان روز {weekday} در تهران با {name} {role} {country} "
        f"دیدار و گفت‌وگو کرد.",
        f"در این دیدار دو طرف درباره گسترش همکاری‌های {topic} و مسائل منطقه‌ای رایزنی کردند.",
        f"{surname} در این دیدار گفت: روابط دو کشور در مسیر رو به رشدی قرار دارد و "
        f"تهران آماده توسعه همکاری‌های {topic} با {country} است.",
        f"این گزارش شماره {i + 1} از مجموعه آزمایشی آینه مصنوعی است و شناسه {news_id} دارد.",
    ]
    if payload:
        title = f"{title} {payload}"
        body.insert(2, f"متن آزمایشی با محتوای خطرناک: {payload}")
    a = {
        "site": "iribnews", "news_id": news_id, "index": i, "kind": "article", "template": "current",
        "section": "political", "crumbs": ["سیاسی", "سیاست خارجی"], "section_crumbs": ["سیاسی", "سیاست خارجی"],
        "pretitle": f"در {('تهران', city)[i % 2]}", "title": title, "lead": lead, "body": body,
        "tags": [country, iran_role], "published": published.isoformat(),
        "published_date": published.date().isoformat(), "render": {},
        "date_text": jalali_text(published), "machine_date_future": False, "edited_later": False,
        "later_only": False, "later": None, "seed": False, "payload": payload, "service_id": 5,
        "meeting": {"iran": (iran_name, iran_role), "other": (name, role, country)},
    }
    a["slug"] = slugify(title.split("(")[0])
    a["path"] = f"/fa/news/{news_id}/{a['slug']}"
    a["url"] = pct(a["path"])
    return a
