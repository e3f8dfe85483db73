"""ILNA (ilna.ir) mirror: aasaam paths and markup as documented in SITES.md §2."""
from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote, urlencode

from . import content
from .common import TEHRAN, esc, esc_zwnj, page, parse_iso, pct, rfc822
from .jalali import fa_digits, j2g, latin_digits
from .sections import ILNA_NAME_TO_ID, ILNA_SECTIONS, ILNA_TOP, ilna_section_path

SITE = "ilna"
FEED_SIZE = 20
LIST_SIZE = 15
ARCHIVE_PAGE_SIZE = 10

ROBOTS = """User-agent: *
Disallow: /xcms-tools/
Disallow: /fa/newsstudios/search
Disallow: /en/
Disallow: /ar/

User-agent: GPTBot
Disallow: /
"""

CHARSET = '<meta charset="utf-8">'


def _mixed(path: str) -> str:
    """The 2018 ILNA homepage (S5) writes hrefs as `/بخش-` raw + the rest percent-encoded."""
    if path.startswith("/بخش-"):
        return "/بخش-" + quote(path[len("/بخش-"):], safe="/-")
    return path


def _href(a: dict) -> str:
    """Article href as listing pages write it (mixed: raw `بخش`, the rest percent-encoded)."""
    return _mixed(a["path"])


def header() -> str:
    lis = "".join(f'<li><a href="{_mixed(ilna_section_path(i))}">{esc(ILNA_SECTIONS[i])}</a></li>' for i in ILNA_TOP)
    return f"""<header class="header main_header">
 <div class="top_header"><a class="logo" href="/"><img src="/xcms-tools/images/logo.png" alt="ایلنا"></a>
 <span class="today_date">خبرگزاری کار ایران</span>
 <a href="/en">English</a> <a href="/ar">عربی</a>
 <a href="https://t.me/ilnanews" class="social">تلگرام</a></div>
 <nav class="main_menu"><ul><li><a href="/">صفحه نخست</a></li>{lis}<li><a href="/fa/newsstudios/archive/">آرشیو</a></li><li><a href="/rss">RSS</a></li></ul></nav>
 <form class="search" action="/fa/newsstudios/archive/?curp=1" method="post"><input name="query"></form>
</header>"""


FOOTER = """<footer class="main_footer">
 <ul><li><a href="/">صفحه نخست</a></li><li><a href="/rss">خوراک</a></li><li><a href="/fa/newsstudios/archive/">آرشیو</a></li>
 <li><a href="https://www.instagram.com/ilna_news/">اینستاگرام</a></li><li><a href="https://twitter.com/ilnanews">توییتر</a></li>
 <li><a href="https://aasaam.com/">طراحی: آسام</a></li></ul>
 <div class="copy_right">تمامی حقوق برای خبرگزاری ایلنا محفوظ است. (آینه محلی آزمایشی)</div>
</footer>"""

HEAD = """<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/rss+xml" href="/rss" title="ایلنا">
<link rel="stylesheet" href="/xcms-tools/css/site.css">
<script>var masterConfig = {"lang":"fa","blackHoleToken":"mirror"};</script>"""


def _wrap(title: str, body: str, head_extra: str = "") -> str:
    return page(title, HEAD + "\n" + head_extra, f"{header()}\n<main class=\"main_content\">\n{body}\n</main>\n{FOOTER}",
                charset=CHARSET)


def _crumb_links(a: dict) -> list[tuple[str, str]]:
    out = []
    for name in a["crumbs"]:
        sid = ILNA_NAME_TO_ID.get(name)
        out.append((ilna_section_path(sid) if sid else a["section_path"], name))
    return out


def _img(a: dict) -> str:
    return f"https://static1.ilna.news/thumbnail/{a['news_id']:x}/mirror,/{a['news_id']}.jpg"


def _body(a: dict) -> str:
    e = esc_zwnj if a["render"].get("zwnj_entities") else esc
    paras = list(a["body"])
    if paras and a["kind"] == "article":
        paras[0] = content.CREDIT[SITE] + paras[0]
    out = [f"<p>{e(p)}</p>" for p in paras]
    if a["kind"] == "video":
        pid = f"tavoos_player_{a['news_id']}"
        out.insert(0, f'<div id="{pid}" class="tavoos_player"></div>\n<script type="text/javascript">'
                      f'tavoos_init_player("{pid}", "https://www.tavoos.net/embed/{a["news_id"]:x}", '
                      '{"autoplay": false, "width": "100%"});</script>')
    out.append(f"<p>{content.END_MARK[SITE]}</p>")
    return "\n".join(out)


def _tags_html(a: dict, klass: str) -> str:
    links = "".join(f'<li><a href="/tags/{esc(t.replace(" ", "_"))}">{esc(t)}</a></li>' for t in a["tags"])
    return f'<div class="{klass}"><ul>{links}</ul></div>' if a["tags"] else ""


def _related(a: dict, arts: list[dict]) -> str:
    others = [o for o in arts if o["news_id"] != a["news_id"] and o["section"] == a["section"]][:4]
    lis = "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a></li>' for o in others)
    return f'<section class="related_news box"><h3 class="box_title">اخبار مرتبط</h3><ul>{lis}</ul></section>'


def _comments(a: dict) -> str:
    if a["news_id"] % 2:
        return '<section class="comments"><h3>نظرات</h3><ul class="comments-list"></ul></section>'
    return """<section class="comments"><h3>نظرات</h3><ul class="comments-list">
<li><span class="author">خواننده</span> <span class="date">۲ ساعت پیش</span>
<div class="comment-body">این یک نظر خواننده است و نباید در متن خبر بیاید.</div></li></ul></section>"""


def render_article(a: dict, arts: list[dict], base: str, state: str) -> str:
    e = esc_zwnj if a["render"].get("zwnj_entities") else esc
    nid = a["news_id"]
    tiny = f"{base}/fa/tiny/news-{nid}"
    head = [f'<meta name="description" content="{esc(a["lead"])}">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="og:url" content="{base}{a["url"]}">',
            f'<link rel="canonical" href="{base}{a["url"]}">',
            f'<link rel="shortlink" href="{tiny}">']
    if a["render"].get("jsonld"):
        doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
               "datePublished": a["published"], "url": f"{base}{a['url']}",
               "publisher": {"@type": "Organization", "name": "ایلنا"}}
        head.append(f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>')
    crumbs = [("/", "صفحه نخست")] + _crumb_links(a)
    if a["template"] == "old":
        bc = " ".join(f'<a href="{h}">{esc(n)}</a>' for h, n in crumbs)
        main = f"""<div class="bread_crumbs">{bc}</div>
<div class="news_body_box">
<div class="uptitle">{e(a["pretitle"])}</div>
<h1 class="title">{e(a["title"])}</h1>
<div class="news_date">{esc(a["date_text"])}</div>
<div class="lead">{e(a["lead"])}</div>
<div class="content">
<img class="mauto" src="{_img(a)}" alt="">
{_body(a)}
</div>
{_tags_html(a, "word_key").replace("<ul>", "").replace("</ul>", "").replace("<li>", "").replace("</li>", "")}
<div class="share_news"><a href="https://t.me/share/url?url={pct(tiny)}">تلگرام</a></div>
</div>
{_related(a, arts)}"""
    else:
        lis = "".join(f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                      f'<a itemprop="item" href="{h}"><span itemprop="name">{esc(n)}</span></a>'
                      f'<meta itemprop="position" content="{i}"></li>' for i, (h, n) in enumerate(crumbs, 1))
        main = f"""<ol class="breadcrumb_list" itemscope itemtype="http://schema.org/BreadcrumbList">{lis}</ol>
<article class="news_content" id="news-{nid}">
<header class="article_header">
<h2 class="up_title">{e(a["pretitle"])}</h2>
<h1 class="title">{e(a["title"])}</h1>
<div class="sec_info"><time class="news_time" datetime="{a["published"]}">{esc(a["date_text"])}</time>
<span class="news_id">کد خبر: {fa_digits(nid)}</span></div>
<p class="lead">{e(a["lead"])}</p>
</header>
<div class="image_top_primary"><img src="{_img(a)}" alt="{esc(a["title"])}"></div>
<div class="article_body"><div id="echo_detail">
{_body(a)}
</div></div>
{_tags_html(a, "article_tag")}
<div class="share_news"><a href="https://t.me/share/url?url={pct(tiny)}">تلگرام</a>
<a href="https://twitter.com/intent/tweet?url={pct(tiny)}">توییتر</a>
<a href="https://wa.me/?text={pct(tiny)}">واتس‌اپ</a></div>
<div class="short_link_cnt"><span>لینک کوتاه:</span><input class="tinyurl_form" readonly value="{tiny}">
<a class="short_link" href="{tiny}">{tiny}</a></div>
</article>
{_related(a, arts)}
{_comments(a)}"""
    return _wrap(f"ایلنا - {esc(a['title'])}", main, "\n".join(head))


def _list_items(arts: list[dict]) -> str:
    return "\n".join(
        f'<li class="dashed_brd"><div class="left_service"><h2 class="title"><a href="{_href(a)}">{esc(a["title"])}</a></h2>'
        f'<time datetime="{a["published"]}">{esc(a["date_text"])}</time><p class="lead">{esc(a["lead"])}</p></div>'
        f'<div class="right_service"><img src="{_img(a)}" alt=""></div></li>' for a in arts)


def render_list(title: str, arts: list[dict]) -> str:
    body = f'<h1 class="section_title">{esc(title)}</h1>\n<ul class="archive-n-land service_list">\n{_list_items(arts)}\n</ul>'
    return _wrap(f"ایلنا - {esc(title)}", body)


def render_home(arts: list[dict]) -> str:
    ticker = "".join(f'<li><a itemprop="url" href="{_href(a)}"><span itemprop="name">{esc(a["title"])}</span></a></li>'
                     for a in arts[:5])
    items = "\n".join(f'<li class="news_item"><h3><a href="{_href(a)}">{esc(a["title"])}</a></h3></li>'
                      for a in arts[:LIST_SIZE])
    body = (f'<ul class="ticker" itemscope itemtype="http://schema.org/CreativeWork">{ticker}</ul>\n'
            f'<section class="top_news"><ul>\n{items}\n</ul></section>\n'
            '<section class="partners"><a href="https://www.irna.ir/">ایرنا</a> <a href="https://www.isna.ir/">ایسنا</a></section>')
    return _wrap("ایلنا - خبرگزاری کار ایران", body)


def render_rss(arts: list[dict], base: str) -> str:
    items = []
    for a in arts[:FEED_SIZE]:
        items.append(f"""<item>
<title>{esc(a["title"])}</title>
<link>{base}{a["url"]}</link>
<guid isPermaLink="true">{base}/fa/tiny/news-{a["news_id"]}</guid>
<pubDate>{rfc822(parse_iso(a["published"]))}</pubDate>
<description>{esc(a["lead"])}</description>
</item>""")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n<title>ایلنا</title>\n'
            f"<link>{base}</link>\n<description>خبرگزاری کار ایران</description>\n<language>fa</language>\n"
            + "\n".join(items) + "\n</channel></rss>\n")


def _range(q: dict, which: str, end: bool) -> dt.datetime | None:
    vals = []
    for part in ("year", "month", "day"):
        v = q.get(f"dateRange[{which}][{part}]", [""])[0]
        v = latin_digits(v).strip()
        if not v.isdigit():
            return None
        vals.append(int(v))
    gy, gm, gd = j2g(*vals)
    d = dt.datetime(gy, gm, gd, tzinfo=TEHRAN)
    return d + dt.timedelta(days=1) if end else d


def render_archive(arts: list[dict], q: dict) -> str:
    lo, hi = _range(q, "start", False), _range(q, "end", True)
    sel = arts
    cats = [c for v in q.get("categories", []) + q.get("categories[]", []) for c in v.split(",") if c.strip().isdigit()]
    if cats:
        ids = {int(c) for c in cats}
        sel = [a for a in sel if int(a["section"]) in ids
               or any(ILNA_NAME_TO_ID.get(n) in ids for n in a["crumbs"])]
    if lo:
        sel = [a for a in sel if parse_iso(a["published"]) >= lo]
    if hi:
        sel = [a for a in sel if parse_iso(a["published"]) < hi]
    try:
        p = max(1, int(q.get("page", ["1"])[0]))
    except ValueError:
        p = 1
    pages = max(1, -(-len(sel) // ARCHIVE_PAGE_SIZE))
    chunk = sel[(p - 1) * ARCHIVE_PAGE_SIZE: p * ARCHIVE_PAGE_SIZE]
    params = [(k, v) for k, vs in q.items() if k not in ("page", "curp") for v in vs]
    footer = ""
    if p < pages:
        nxt = "/fa/newsstudios/archive/?" + urlencode(params + [("curp", "1"), ("page", str(p + 1))])
        first = "/fa/newsstudios/archive/?" + urlencode(params + [("curp", "1"), ("page", "1")])
        footer = (f'<footer class="archive_next_page"><a class="first" href="{esc(first)}">صفحه اول</a> '
                  f'<a class="next" href="{esc(nxt)}">صفحه بعد</a></footer>')
    form = """<form class="archive_form" method="get" action="/fa/newsstudios/archive/">
<select name="dateRange[start][day]"></select><select name="dateRange[start][month]"></select><select name="dateRange[start][year]"></select>
<select name="dateRange[end][day]"></select><select name="dateRange[end][month]"></select><select name="dateRange[end][year]"></select>
<button type="submit">جستجو</button></form>"""
    body = (f'<h1 class="section_title">آرشیو</h1>{form}\n<ul class="archive-n-land">\n{_list_items(chunk)}\n</ul>\n'
            f'<div class="page_info">صفحه {fa_digits(p)} از {fa_digits(pages)}</div>\n{footer}')
    return _wrap("ایلنا - آرشیو", body)


ARTICLE_RE = re.compile(r"^/بخش-[^/]*?-(\d+)/(\d+)(?:-[^/]*)?/?$")
SECTION_RE = re.compile(r"^/بخش-[^/]*?-(\d+)/?$")


def handle(path: str, q: dict, state: str, base: str):
    arts = content.visible(SITE, state)
    html_t = "text/html; charset=utf-8"
    by_id = {a["news_id"]: a for a in arts}
    if path in ("/", "/fa", "/fa/"):
        return 200, html_t, render_home(arts), {}
    m = ARTICLE_RE.match(path)
    if m:
        a = by_id.get(int(m[2]))
        return (200, html_t, render_article(a, arts, base, state), {}) if a else None
    m = re.match(r"^/fa/(?:tiny/news-|news/)(\d+)(?:/[^/]*)?/?$", path)
    if m:
        a = by_id.get(int(m[1]))
        if not a:
            return None
        return 301, html_t, f'<a href="{a["url"]}">moved</a>', {"Location": f"{base}{a['url']}"}
    if path == "/robots.txt":
        return 200, "text/plain; charset=utf-8", ROBOTS, {}
    if path.rstrip("/") == "/rss":
        return 200, "application/rss+xml; charset=utf-8", render_rss(arts, base), {}
    if path.rstrip("/") == "/fa/newsstudios/archive":
        return 200, html_t, render_archive(arts, q), {}
    m = SECTION_RE.match(path)
    if m and int(m[1]) in ILNA_SECTIONS:
        sid = int(m[1])
        name = ILNA_SECTIONS[sid]
        sel = [a for a in arts if int(a["section"]) == sid or name in a["crumbs"]]
        return 200, html_t, render_list(name, sel[:LIST_SIZE]), {}
    m = re.match(r"^/tags/([^/]+)/?$", path)
    if m:
        tag = m[1].replace("_", " ")
        sel = [a for a in arts if tag in a["tags"]]
        if sel:
            return 200, html_t, render_list(tag, sel[:LIST_SIZE]), {}
    return None
