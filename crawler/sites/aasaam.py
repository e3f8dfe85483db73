"""The aasaam template family: ILNA, Shargh, Mojnews, Borna, Khabarfoori, ...

Selectors come from public scrapers of the family (SITES.md §2.3); the older ilna.news
template (``.content``, ``.bread_crumbs``, ``.word_key``) is kept as a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from crawler.sites.base import Markup, Site, first_match
from crawler.sites.iransamaneh import jalali_date_text

# /بخش-<section words>-<section id>/<news id>[-<slug>], and the short link /fa/tiny/news-<id>.
ARTICLE_PATHS = (
    re.compile(r"^/بخش-[^/]*?-\d+/(\d+)(?:-[^/]*)?/?$"),
    re.compile(r"^/fa/tiny/news-(\d+)/?$"),
    re.compile(r"^/fa/news/(\d+)(?:/[^/]*)?/?$"),
)

MARKUP = Markup(
    container=("article", ".news_content", "main", "body"),
    title=("h1.title", "article .title", "h1", "meta[property='og:title']::attr(content)"),
    pretitle=(".uptitle", ".up-title", "h2.up_title", "h2.news-uptitle"),
    lead=("p.lead", ".lead", "p.news-lead", "p.news_lead", "meta[name=description]::attr(content)"),
    body=(".article_body #echo_detail", ".article_body .echo_detail", "#echo_details",
          "#main_ck_editor", "#echo_detail", ".article_body", ".content"),
    date_text=(".news_time", ".news-time", "time", ".news_nav_title", ".date_news", "[class*=news_date]", "[class*=date]"),
    machine_date=("time.news_time::attr(datetime)", "article time::attr(datetime)",
                  "time[datetime]::attr(datetime)",
                  "meta[property='article:published_time']::attr(content)"),
    section=(".breadcrumb_list li a", ".breadcrumb li a", ".bread_crumbs a"),
    tags=(".article_tag a", ".article_tags li", ".news_tags a", ".tags ul li a", ".article-tag a",
          ".all-tags div a", ".tag_items a", ".word_key a"),
    drop=("script", "style", "noscript", "iframe", ".article_tag", ".sec_info", ".share_news",
          ".short_link_cnt", ".tinyurl_form", ".related_news", ".comments", ".word_key"),
    video=("[id^=tavoos]", "[class*=tavoos]", "script:contains('tavoos_init_player')", "video"),
    photo=(".gallery_containar", ".album_content"),
)


@dataclass(frozen=True)
class AasaamSite(Site):
    archive_next: tuple[str, ...] = ("footer.archive_next_page a", ".pagination a")

    def news_id(self, url: str) -> int | None:
        for pattern in ARTICLE_PATHS:
            match = first_match(pattern, url)
            if match:
                return int(match[1])
        return None

    def archive_path(self, since: date, until: date) -> str:
        start, end = jalali_date_text(since).split("/"), jalali_date_text(until).split("/")
        query = {"curp": 1, "order": "order_time", "page": 1}
        for bound, (year, month, day) in (("start", start), ("end", end)):
            query |= {f"dateRange[{bound}][day]": int(day), f"dateRange[{bound}][month]": int(month),
                      f"dateRange[{bound}][year]": int(year)}
        return "/fa/newsstudios/archive/?" + urlencode(query)
