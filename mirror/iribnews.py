"""IRIB News (iribnews.ir) mirror: IranSamaneh paths and markup as documented in SITES.md §1."""
from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import urlencode

from . import content
from .common import TEHRAN, esc, esc_zwnj, jalali_text, page, parse_iso, pct, rfc822, tehran
from .jalali import fa_digits, g2j, j2g, latin_digits
from .sections import IRIB_SERVICES, irib_cat_id

SITE = "iribnews"
FEED_SIZE = 20
LIST_SIZE = 15
ARCHIVE_RPP_DEFAULT = 10
ARCHIVE_RPP_MAX = 10  # pagination stays real whatever rpp a crawler asks for
SERVICE_BY_ID = {sid: key for key, (sid, _) in IRIB_SERVICES.items()}

ROBOTS = """User-agent: *
Disallow: /fa/print/
Disallow: /fa/ajax/
Disallow: /fa/search
Disallow: /client/
Sitemap: {base}/fa-sitemap-news
"""


def _href(a: dict) -> str:
    return a["url"]


def header(base: str) -> str:
    items = "".join(
        f'<li id="service_{sid}"><a href="/fa/{key}">{esc(name)}</a></li>'
        for key, (sid, name) in IRIB_SERVICES.items())
    return f"""<div id="header" class="header">
 <div class="header_top container">
  <a class="live_link" href="/fa/live">پخش زنده</a>
  <span id="time2"></span>
  <a class="logo" href="/"><img src="/client/themes/fa/main/img/logo.png" alt="خبرگزاری صدا و سیما"></a>
  <a class="rss_icon" href="/fa/rss" title="rss">rss</a>
  <a href="https://www.irib.ir/" class="irib_link">سازمان صدا و سیما</a>
 </div>
 <ul class="menu main_menu">
  <li><a href="/">صفحه نخست</a></li>{items}<li><a href="/fa/archive">آرشیو</a></li>
 </ul>
 <form class="search_form" action="/fa/search" method="post"><input type="text" name="query"><button type="submit">جستجو</button></form>
 <div class="ticker"><span class="ticker_title">خبر فوری</span><a href="https://www.telewebion.com/live/irinn">پخش زنده شبکه خبر</a></div>
</div>"""


FOOTER = """<div id="footer" class="footer">
 <ul class="footer_links">
  <li><a href="/fa/rss">خدمات RSS</a></li><li><a href="/fa/archive">آرشیو اخبار</a></li>
  <li><a href="https://www.irib.ir/">سازمان صدا و سیما</a></li>
  <li><a href="https://www.telewebion.com/">تلوبیون</a></li>
  <li><a href="https://t.me/iribnews">کانال تلگرام</a></li>
  <li><a href="https://www.instagram.com/iribnews/">اینستاگرام</a></li>
 </ul>
 <div class="copyright">کلیه حقوق این سایت متعلق به خبرگزاری صدا و سیما است. (نسخه آزمایشی آینه محلی)</div>
</div>"""

HEAD = """<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/rss+xml" title="RSS FEED" href="/fa/rss/allnews">
<link rel="stylesheet" href="/client/themes/fa/main/css/news_45985.css">
<script src="/client/themes/fa/main/js/lib.iransamaneh_45985.js"></script>
<script src="/client/themes/fa/main/js/lib.persian_number_45985.js"></script>"""


def _wrap(title: str, body: str, base: str, head_extra: str = "") -> str:
    return page(title, HEAD + "\n" + head_extra,
                f'{header(base)}\n<div id="content" class="container main_content">\n{body}\n</div>\n{FOOTER}')


def _crumbs(a: dict, klass: str) -> str:
    svc_key = a["section"]
    links = []
    for i, name in enumerate(a["crumbs"]):
        href = f"/fa/{svc_key}" if i == 0 else f"/fa/{svc_key}/{irib_cat_id(name)}"
        links.append(f'<a href="{href}">{esc(name)}</a>')
    return f'<div class="{klass}">' + " » ".join(links) + "</div>"


def _date_div(a: dict, klass: str = "news_nav news_pdate_c") -> str:
    return (f'<div class="{klass}">\n<span class="news_nav_title">تاریخ انتشار:</span>'
            f'{esc(a["date_text"])}</div>')


def _img_dir(a: dict) -> str:
    d = tehran(parse_iso(a["published"]))
    jy, jm, jd = g2j(d.year, d.month, d.day)
    return f"/files/fa/news/{jy}/{jm}/{jd}"


def _body_html(a: dict, tag: str) -> str:
    paras = list(a["body"])
    if paras and a["kind"] == "article":
        paras[0] = content.CREDIT[SITE] + paras[0]
    zw = a["render"].get("zwnj_entities")
    e = esc_zwnj if zw else esc
    return "\n".join(f"<{tag}>{e(p)}</{tag}>" for p in paras)


def _tags(a: dict) -> str:
    if not a["tags"]:
        return ""
    links = "".join(f'<a href="/fa/tag/1/{pct(t.replace(" ", "-"))}">{esc(t)}</a>' for t in a["tags"])
    return f'<div class="tags_container"><div class="tags_title"><span>برچسب ها:</span>{links}</div></div>'


def _related(a: dict, arts: list[dict]) -> str:
    others = [o for o in arts if o["news_id"] != a["news_id"] and o["section"] == a["section"]][:4]
    lis = "".join(f'<li><a href="{_href(o)}">{esc(o["title"])}</a></li>' for o in others)
    return f'<div class="related_news"><div class="related_title">اخبار مرتبط</div><ul>{lis}</ul></div>'


def _share(a: dict, base: str) -> str:
    u = pct(f"{base}/fa/news/{a['news_id']}")
    return (f'<div class="share_news news_share">'
            f'<a href="https://t.me/share/url?url={u}">تلگرام</a>'
            f'<a href="https://twitter.com/intent/tweet?url={u}">توییتر</a>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">فیسبوک</a>'
            f'<a href="/fa/print/{a["news_id"]}" class="print_link">نسخه چاپی</a>'
            f'<div class="link_en"><span>لینک کوتاه:</span><input readonly value="{base}/fa/news/{a["news_id"]}"></div>'
            f'</div>')


def _comments(a: dict) -> str:
    if a["news_id"] % 3:
        return '<div class="comments_container"><div class="comm_title">نظرات</div><div class="no_comment">نظری ثبت نشده است</div></div>'
    d = tehran(parse_iso(a["published"])) + dt.timedelta(hours=3)
    return f"""<div class="comments_container"><div class="comm_title">نظرات</div>
<div class="comments_item"><div class="comm_info"><span class="comm_info_name">کاربر ناشناس</span>
<span class="comm_info_date">{esc(jalali_text(d))}</span></div>
<p class="comments">این نظر یک خواننده است و جزو متن خبر نیست.</p>
<div class="comm_answer_line"><div class="comm_answer"><p class="comments">پاسخ: موافقم.</p></div></div></div>
</div>"""


def _jsonld(a: dict, base: str) -> str:
    if not a["render"].get("jsonld") or a["machine_date_future"]:
        return ""
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
           "description": a["lead"], "datePublished": a["published"],
           "mainEntityOfPage": f"{base}{a['url']}",
           "publisher": {"@type": "Organization", "name": "خبرگزاری صدا و سیما"}}
    return f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'


def _machine_date(a: dict) -> str:
    if a["machine_date_future"]:
        # agency CMS bug reproduced: machine date in the future (wrong year, stable across
        # requests), visible Jalali date right
        pub = tehran(parse_iso(a["published"]))
        return pub.replace(year=pub.year + 10).isoformat()
    return a["published"]


def render_article(a: dict, arts: list[dict], base: str, state: str) -> str:
    t = a["template"]
    zw = a["render"].get("zwnj_entities")
    et = esc_zwnj if zw else esc
    canonical = f"{base}{a['url']}"
    head = [f'<meta name="description" content="{esc(a["lead"])}">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{canonical}">',
            f'<link rel="canonical" href="{canonical}">']
    if t == "current":
        head.append(f'<meta property="article:published_time" content="{_machine_date(a)}">')
        if a.get("edited_later") and state == "later":
            mod = tehran(parse_iso(a["published"]) + dt.timedelta(hours=2)).isoformat()
            head.append(f'<meta property="article:modified_time" content="{mod}">')
    head.append(_jsonld(a, base))
    news_id = fa_digits(a["news_id"])
    id_div = f'<div class="news_nav news_id_c"><span class="news_nav_title">کد خبر:</span>{news_id}</div>'
    hits = f'<div class="news_nav news_hits"><span class="news_nav_title">بازدید:</span>{fa_digits(a["news_id"] % 997 + 31)}</div>'
    img = (f'<div class="primary_image"><img class="image_btn" src="{_img_dir(a)}/{a["news_id"]}_500.jpg" '
           f'alt="{esc(a["title"])}"></div>')
    if a["kind"] == "photo":
        gallery = "".join(f'<a href="{_img_dir(a)}/{a["news_id"]}_{i}.jpg"><img src="{_img_dir(a)}/{a["news_id"]}_{i}_t.jpg" alt=""></a>'
                          for i in range(1, 6))
        paras = "".join(f"<p>{esc(p)}</p>" for p in a["body"])
        main = f"""<div class="photo_body">
{_crumbs(a, "news_path")}
<div class="rutitr">{esc(a["pretitle"])}</div>
<h1 class="title">{et(a["title"])}</h1>
<div class="photo_pub_date">تاریخ انتشار: {esc(a["date_text"])}</div>
{id_div}
<div class="photo_subtitle">{esc(a["lead"])}</div>
<div class="row image_set photo_album_grid news_album_main_part">{gallery}</div>
<div class="photo_caption body">{paras}</div>
{_tags(a)}
</div>"""
    elif a["kind"] == "video":
        paras = "".join(f"<p>{esc(p)}</p>" for p in a["body"])
        main = f"""<div class="news_general_dl video_page">
{_crumbs(a, "news_path")}
{_date_div(a)}
{id_div}
<div class="rutitr">{esc(a["pretitle"])}</div>
<h1 class="video_title">{et(a["title"])}</h1>
<p class="subtitle">{esc(a["lead"])}</p>
<div class="video_content">
<div class="row videojs-main-container"><video id="my-video" class="video-js vjs-default-skin" controls preload="none" poster="{_img_dir(a)}/{a["news_id"]}_poster.jpg">
<source src="{_img_dir(a)}/{a["news_id"]}_720.mp4" type="video/mp4"></video></div>
<div class="body">{paras}</div>
</div>
{_tags(a)}
</div>"""
    elif t == "current":
        main = f"""<div class="news_general_dl">
<div class="row news_nav_row">
{_crumbs(a, "news_path")}
{_date_div(a)}
{id_div}
{hits}
</div>
<div class="rutitr">{et(a["pretitle"])}</div>
<h1 class="title title_news"><span>{et(a["title"])}</span></h1>
<p class="subtitle">{et(a["lead"])}</p>
<div class="row news_album_main_part">
{img}
<div class="body body_media_content_show">
{_body_html(a, "p")}
</div>
</div>
{_tags(a)}
{_share(a, base)}
</div>"""
    else:  # "old": family layout seen on 2018-era IranSamaneh pages
        main = f"""<div class="news_general_dl">
<div class="col-xs-36 col-ms-18 news_path2">{_crumbs(a, "news_path2_links").replace('<div class="news_path2_links">', '').replace('</div>', '')}</div>
{id_div}
{_date_div(a)}
{hits}
<div class="rutitr">{et(a["pretitle"])}</div>
<div class="title"><h1 class="title Htag"><a href="/fa/news/{a["news_id"]}/{pct(a["slug"])}">{et(a["title"])}</a></h1></div>
<div class="subtitle">{et(a["lead"])}</div>
<div class="row news_album_main_part">
{img}
<div class="body body_media_content_show">
{_body_html(a, "div")}
</div>
</div>
{_tags(a)}
{_share(a, base)}
</div>"""
    body = main + "\n" + _related(a, arts) + "\n" + _comments(a)
    return _wrap(f"{esc(a['title'])} - خبرگزاری صدا و سیما", body, base, "\n".join(h for h in head if h))


def _linear(arts: list[dict], with_lead: bool = True) -> str:
    out = []
    for a in arts:
        lead = f'<p class="lead">{esc(a["lead"])}</p>' if with_lead and a["lead"] else ""
        out.append(f'<div class="linear_news"><a class="title5" href="{_href(a)}">{esc(a["title"])}</a>'
                   f'<div class="news_pdate">{esc(a["date_text"])}</div>{lead}</div>')
    return "\n".join(out)


def render_list(title: str, arts: list[dict], base: str) -> str:
    items = "\n".join(
        f'<li class="news"><div class="news_title"><a href="{_href(a)}">{esc(a["title"])}</a></div>'
        f'<p class="news_lead">{esc(a["lead"])}</p></li>' for a in arts)
    return _wrap(title, f'<h1 class="service_title">{esc(title)}</h1>\n<ul class="news_list service_news">\n{items}\n</ul>', base)


def render_home(arts: list[dict], base: str) -> str:
    top = arts[:LIST_SIZE]
    items = "\n".join(
        f'<li class="news"><a href="{_href(a)}"><img src="{_img_dir(a)}/{a["news_id"]}_200.jpg" alt=""></a>'
        f'<div class="news_title"><a href="{_href(a)}">{esc(a["title"])}</a></div></li>' for a in top)
    body = (f'<div class="top_news"><ul class="news_list">\n{items}\n</ul></div>'
            '<div class="live_box"><a href="/fa/live">پخش زنده</a> <a href="https://www.telewebion.com/live/irinn">شبکه خبر</a></div>')
    return _wrap("خبرگزاری صدا و سیما", body, base)


def render_live(base: str) -> str:
    body = """<div class="live_page"><h1 class="live_title">پخش زنده</h1>
<div class="row videojs-main-container live_player"><video id="live-video" class="video-js" controls autoplay>
<source src="https://live.irib.ir/irinn/playlist.m3u8" type="application/x-mpegURL"></video></div>
<ul class="channels"><li><a href="/fa/live?ch=irinn">شبکه خبر</a></li><li><a href="/fa/live?ch=tv1">شبکه یک</a></li></ul></div>"""
    return _wrap("پخش زنده - خبرگزاری صدا و سیما", body, base)


def render_rss(title: str, arts: list[dict], base: str) -> str:
    items = []
    for a in arts[:FEED_SIZE]:
        items.append(f"""<item>
<title>{esc(a["title"])}</title>
<link>{base}{a["url"]}</link>
<pubDate>{rfc822(parse_iso(a["published"]))}</pubDate>
<description>{esc(a["lead"])}</description>
<enclosure url="{_img_dir(a)}/{a["news_id"]}_200.jpg" type="image/jpeg" length="0"/>
</item>""")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>{esc(title)}</title>\n<link>{base}</link>\n<description>خبرگزاری صدا و سیما</description>\n"
            f"<language>fa</language>\n" + "\n".join(items) + "\n</channel></rss>\n")


def render_rss_dir(base: str) -> str:
    lis = ['<li><a href="/fa/rss/allnews">همه اخبار</a></li>'] + [
        f'<li><a href="/fa/rss/{sid}">{esc(name)}</a></li>' for key, (sid, name) in IRIB_SERVICES.items()]
    return _wrap("خدمات RSS", '<div class="rss_page"><h1>خدمات RSS</h1><ul>' + "".join(lis) + "</ul></div>", base)


def render_sitemap(arts: list[dict], base: str, state: str, limit: int | None = FEED_SIZE) -> str:
    urls = []
    for a in arts[:limit]:
        lastmod = a["published"]
        if state == "later" and a.get("edited_later"):
            lastmod = tehran(parse_iso(a["published"]) + dt.timedelta(hours=2)).isoformat()
        urls.append(f"<url><loc>{base}{a['url']}</loc><lastmod>{lastmod}</lastmod></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(urls) + "\n</urlset>\n")


def render_sitemap_index(arts: list[dict], base: str) -> str:
    months = sorted({a["published"][:7] for a in arts}, reverse=True)
    locs = "\n".join(f"<sitemap><loc>{base}/fa-sitemap-newsarchive/{m[:4]}/{m[5:7]}</loc></sitemap>" for m in months)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + locs + "\n</sitemapindex>\n")


def render_print(a: dict) -> str:
    """Print view (robots.txt disallows /fa/print/): different markup, no article container."""
    paras = "".join(f"<p>{esc(p)}</p>" for p in a["body"])
    return page(f"{esc(a['title'])} - نسخه چاپی", '<meta name="robots" content="noindex">',
                f'<div class="print_page"><div class="print_title">{esc(a["title"])}</div>'
                f'<div class="print_date">{esc(a["date_text"])}</div><div class="print_text">{paras}</div></div>')


def _jdate(s: str, end: bool) -> dt.datetime | None:
    m = re.match(r"^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s*$", latin_digits(s or ""))
    if not m:
        return None
    gy, gm, gd = j2g(int(m[1]), int(m[2]), int(m[3]))
    d = dt.datetime(gy, gm, gd, tzinfo=TEHRAN)
    return d + dt.timedelta(days=1) if end else d


def render_archive(arts: list[dict], q: dict, base: str) -> str:
    def one(k, default=""):
        return q.get(k, [default])[0]
    lo, hi = _jdate(one("from_date"), False), _jdate(one("to_date"), True)
    sel = arts
    sid = one("service_id", "-1")
    if sid.lstrip("-").isdigit() and int(sid) > 0:
        sel = [a for a in sel if a["service_id"] == int(sid)]
    if lo:
        sel = [a for a in sel if parse_iso(a["published"]) >= lo]
    if hi:
        sel = [a for a in sel if parse_iso(a["published"]) < hi]
    try:
        rpp = max(1, min(ARCHIVE_RPP_MAX, int(one("rpp", str(ARCHIVE_RPP_DEFAULT)))))
    except ValueError:
        rpp = ARCHIVE_RPP_DEFAULT
    try:
        p = max(1, int(one("p", "1")))
    except ValueError:
        p = 1
    pages = max(1, -(-len(sel) // rpp))
    chunk = sel[(p - 1) * rpp: p * rpp]
    params = {k: v[0] for k, v in q.items() if k != "p"}
    for k, v in (("service_id", "-1"), ("sec_id", "-1"), ("cat_id", "-1"), ("rpp", str(rpp))):
        params.setdefault(k, v)

    def link(n):
        return "/fa/archive?" + urlencode({**params, "p": n}, safe="/")
    lis = []
    for n in range(1, pages + 1):
        lis.append(f'<li class="active"><span>{n}</span></li>' if n == p else f'<li><a href="{esc(link(n))}">{n}</a></li>')
    if p < pages:
        lis.append(f'<li class="next"><a href="{esc(link(p + 1))}">بعدی</a></li>')
    form = """<form class="archive_form" action="/fa/archive" method="get">
<input name="from_date"><input name="to_date"><input type="hidden" name="service_id" value="-1"><button>نمایش</button></form>"""
    body = (f'<h1 class="archive_title">آرشیو اخبار</h1>{form}\n<div class="archive_content">\n{_linear(chunk)}\n</div>\n'
            f'<div id="pager" class="pager"><ul class="pagination">{"".join(lis)}</ul></div>')
    return _wrap("آرشیو اخبار - خبرگزاری صدا و سیما", body, base)


ARTICLE_RE = re.compile(r"^/fa/news/(\d+)(?:/[^?#]*)?/?$")


def handle(path: str, q: dict, state: str, base: str):
    """Return (status, content_type, text, headers) for a decoded path, or None for 404."""
    arts = content.visible(SITE, state)
    html_t = "text/html; charset=utf-8"
    if path in ("/", "/fa", "/fa/"):
        return 200, html_t, render_home(arts, base), {}
    m = ARTICLE_RE.match(path)
    if m:
        a = next((x for x in arts if x["news_id"] == int(m[1])), None)
        if a:
            return 200, html_t, render_article(a, arts, base, state), {}
        return None
    if path == "/robots.txt":
        return 200, "text/plain; charset=utf-8", ROBOTS.format(base=base), {}
    if path.rstrip("/") in ("/fa/live", "/fa/live-tv"):
        return 200, html_t, render_live(base), {}
    if path.rstrip("/") == "/fa/rss":
        return 200, html_t, render_rss_dir(base), {}
    m = re.match(r"^/fa/rss/(allnews|\d+)/?$", path)
    if m:
        if m[1] == "allnews":
            return 200, "application/rss+xml; charset=utf-8", render_rss("همه اخبار", arts, base), {}
        key = SERVICE_BY_ID.get(int(m[1]))
        if not key:
            return None
        sel = [a for a in arts if a["section"] == key]
        return 200, "application/rss+xml; charset=utf-8", render_rss(IRIB_SERVICES[key][1], sel, base), {}
    if path.rstrip("/") == "/fa-sitemap-news":
        return 200, "application/xml; charset=utf-8", render_sitemap(arts, base, state), {}
    if path.rstrip("/") == "/fa-sitemap-newsarchive":
        return 200, "application/xml; charset=utf-8", render_sitemap_index(arts, base), {}
    m = re.match(r"^/fa-sitemap-newsarchive/(\d{4})/(\d{1,2})/?$", path)
    if m:
        sel = [a for a in arts if a["published"].startswith(f"{int(m[1]):04d}-{int(m[2]):02d}")]
        if sel:
            return 200, "application/xml; charset=utf-8", render_sitemap(sel, base, state, limit=None), {}
        return None
    m = re.match(r"^/fa/print/(\d+)/?$", path)
    if m:
        a = next((x for x in arts if x["news_id"] == int(m[1])), None)
        return (200, html_t, render_print(a), {}) if a else None
    if path.rstrip("/") == "/fa/archive":
        return 200, html_t, render_archive(arts, q, base), {}
    m = re.match(r"^/fa/(?:services/(\d+)|([a-z-]+))(?:/(\d+))?/?$", path)
    if m:
        key = SERVICE_BY_ID.get(int(m[1])) if m[1] else m[2]
        if key in IRIB_SERVICES:
            sel = [a for a in arts if a["section"] == key]
            if m[3]:
                sel = [a for a in sel if any(irib_cat_id(c) == int(m[3]) for c in a["crumbs"][1:])]
            return 200, html_t, render_list(IRIB_SERVICES[key][1], sel[:LIST_SIZE], base), {}
    m = re.match(r"^/fa/tag/1/([^/]+)/?$", path)
    if m:
        tag = m[1].replace("-", " ")
        sel = [a for a in arts if tag in a["tags"]]
        if sel:
            return 200, html_t, render_list(tag, sel[:LIST_SIZE], base), {}
    return None
