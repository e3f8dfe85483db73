"""Small helpers shared by the two site renderers (stdlib only)."""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from urllib.parse import quote
from zoneinfo import ZoneInfo

from .jalali import MONTHS, WEEKDAYS, fa_digits, g2j

TEHRAN = ZoneInfo("Asia/Tehran")
ZWNJ = "\u200c"


def esc(s) -> str:
    return html.escape(str(s or ""), quote=True)


def esc_zwnj(s) -> str:
    """Escape and write every ZWNJ as the `&zwnj;` entity, as some family pages do."""
    return esc(s).replace(ZWNJ, "&zwnj;")


def slugify(title: str) -> str:
    """Title -> URL slug: punctuation dropped, words joined with '-', ZWNJ kept."""
    s = re.sub(r"[«»:؛،,.!?؟\"'/()\[\]{}…\-–—|]+", " ", title)
    return "-".join(s.split())


def pct(path: str) -> str:
    """Percent-encode a path the way browsers/servers put it on the wire (UTF-8, '/' kept)."""
    return quote(path, safe="/-_.~=&?")


def parse_iso(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(str(s))


def tehran(d: dt.datetime) -> dt.datetime:
    return d.astimezone(TEHRAN)


def jalali_text(d: dt.datetime, *, digits: str = "persian", arabic_yeh: bool = False,
                weekday: bool = False, time: bool = True) -> str:
    """`D <month> YYYY - HH:MM` in Tehran local time (the IRIB `news_pdate_c` format)."""
    d = tehran(d)
    jy, jm, jd = g2j(d.year, d.month, d.day)
    month = MONTHS[jm - 1]
    if arabic_yeh:
        month = month.replace("ی", "ي")
    s = f"{jd} {month} {jy}"
    if time:
        s += f" - {d.hour:02d}:{d.minute:02d}"
    if weekday:
        s = f"{WEEKDAYS[d.weekday()]} {s}"
    return fa_digits(s) if digits == "persian" else s


def rfc822(d: dt.datetime) -> str:
    return email.utils.format_datetime(tehran(d))


def page(title: str, head_extra: str, body: str, *, lang_attrs='lang="fa" dir="rtl"',
         charset='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">') -> str:
    return (f"<!DOCTYPE html>\n<html {lang_attrs}>\n<head>\n{charset}\n<title>{title}</title>\n"
            f"{head_extra}\n</head>\n<body>\n{body}\n</body>\n</html>\n")
