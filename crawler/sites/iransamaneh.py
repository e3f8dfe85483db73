"""The IranSamaneh ("didgah") template family: IRIB News, Tabnak, Asriran, Mizan, Kayhan, ...

Selectors come from four independent public scrapers of these sites (SITES.md §1.3), current
template first, older ones after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from crawler.sites.base import Markup, Site, first_match
from pipelines.dates import jalali_date

ARTICLE_PATH = re.compile(r"^/fa/news/(\d+)(?:/[^?#]*)?/?$")

MARKUP = Markup(
    container=(".news_general_dl", ".photo_body", "article", "main", "body"),
    title=("h1.title.title_news > span", "h1.title", ".title h1", ".video_title", "h1",
           "meta[property='og:title']::attr(content)"),
    pretitle=(".rutitr", ".news-rutitr"),
    lead=("p.subtitle", ".subtitle", ".photo_subtitle", "meta[name=description]::attr(content)"),
    body=(".body.body_media_content_show", "div.body", "section.body", ".body", ".video_content"),
    date_text=(".news_pdate_c", ".photo_pub_date", ".news_nav.news_pdate_c", "[class*=pdate]", "[class*=date]"),
    machine_date=("meta[property='article:published_time']::attr(content)",
                  "time[datetime]::attr(datetime)"),
    section=(".news_path2 a", ".news_path a", ".news_path"),
    tags=(".tags_title a", ".tags li", ".tags_container a"),
    drop=("script", "style", "noscript", "iframe", ".share", ".news_share", ".related_news",
          ".tags_title", ".comments", ".news_nav", ".videojs-main-container"),
    photo=(".photo_body", ".image_set.photo_album_grid", ".photo_album_grid"),
    video=(".video_title", ".video_content", ".videojs-main-container", "#mainNewsVideo"),
)


@dataclass(frozen=True)
class IranSamanehSite(Site):
    archive_next: tuple[str, ...] = ("#pager a", ".pagination a")

    def news_id(self, url: str) -> int | None:
        match = first_match(ARTICLE_PATH, url)
        return int(match[1]) if match else None

    def archive_path(self, since: date, until: date) -> str:
        # The family's archive takes Jalali bounds; rpp=100 keeps the page count low.
        query = {
            "service_id": -1, "sec_id": -1, "cat_id": -1, "rpp": 100,
            "from_date": jalali_date_text(since), "to_date": jalali_date_text(until), "p": 1,
        }
        return "/fa/archive?" + urlencode(query, safe="/")


def jalali_date_text(day: date) -> str:
    """``1404/06/10`` for 2025-09-01, the form the family's archive form sends."""
    jalali = jalali_date(day)
    return f"{jalali.year:04d}/{jalali.month:02d}/{jalali.day:02d}"
