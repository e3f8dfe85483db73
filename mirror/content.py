"""The truth: what each mirrored article says, as a correct crawler must archive it.

Data files: mirror/content/<site>/*.yaml (one article each) plus the two seeds, which are parsed
at run time from the shared seeds folder (never copied into the project).

Public API
    articles(site)                     -> list[dict]  every article, newest first (incl. later-only)
    article(site, news_id, state=...)  -> dict        the fields as served in that state
    visible(site, state="initial")     -> list[dict]  what the server serves in that state
    seeds_dir()                        -> Path | None
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import os
from pathlib import Path

import yaml

from .common import jalali_text, parse_iso, pct, slugify, tehran
from .sections import ILNA_SECTIONS, IRIB_SERVICES, ilna_section_path

SITES = ("iribnews", "ilna")
STATES = ("initial", "later")
CONTENT_DIR = Path(__file__).resolve().parent / "content"
CREDIT = {"iribnews": "به گزارش خبرگزاری صدا و سیما، ", "ilna": "به گزارش ایلنا، "}
END_MARK = {"ilna": "انتهای پیام/"}
EDITABLE = ("pretitle", "title", "lead", "body", "tags")


def seeds_dir() -> Path | None:
    env = os.environ.get("MIRROR_SEEDS_DIR")
    d = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
    return d if d.is_dir() else None


def _paths(site: str, a: dict) -> None:
    slug = a.get("slug")
    if slug is None:
        slug = slugify(a["title"])
        if site == "ilna":  # aasaam slugs turn ZWNJ into '-' too (2018 ILNA homepage, S5)
            slug = "-".join(x for x in slug.split("\u200c") if x)
        a["slug"] = slug
    nid = a["news_id"]
    if site == "iribnews":
        a["path"] = f"/fa/news/{nid}/{slug}" if slug else f"/fa/news/{nid}"
        a["service_id"] = IRIB_SERVICES[a["section"]][0]
    else:
        sid = int(a["section"])
        a["section_path"] = ilna_section_path(sid)
        a["path"] = f"{a['section_path']}/{nid}-{slug}" if slug else f"{a['section_path']}/{nid}"
        a["section_name"] = ILNA_SECTIONS[sid]
    a["url"] = pct(a["path"])


def _finish(site: str, a: dict, source: str) -> dict:
    a.setdefault("kind", "article")
    a.setdefault("template", "current")
    a.setdefault("pretitle", "")
    a.setdefault("lead", "")
    a.setdefault("body", [])
    a.setdefault("tags", [])
    a.setdefault("crumbs", [])
    a.setdefault("render", {})
    a.setdefault("meetings", [])
    a.setdefault("later_only", False)
    a.setdefault("later", None)
    a.setdefault("seed", False)
    a["site"] = site
    a["news_id"] = int(a["news_id"])
    a["source_file"] = source
    pub = parse_iso(a["published"])
    if pub.tzinfo is None:
        raise ValueError(f"{source}: published needs an offset")
    a["published"] = tehran(pub).isoformat()
    a["published_date"] = tehran(pub).date().isoformat()
    r = a["render"]
    a["date_text"] = jalali_text(pub, digits=r.get("date_digits", "persian"),
                                 arabic_yeh=r.get("date_arabic_yeh", False),
                                 weekday=r.get("weekday", False))
    a["machine_date_future"] = bool(r.get("future_machine_date"))
    a["edited_later"] = bool(a["later"])
    a["section_crumbs"] = list(a["crumbs"])
    for m in a["meetings"]:
        if isinstance(m.get("date"), dt.date):
            m["date"] = m["date"].isoformat()
    _paths(site, a)
    return a


@functools.lru_cache(maxsize=None)
def _load(site: str) -> tuple[dict, ...]:
    if site not in SITES:
        raise KeyError(f"unknown site {site!r}; one of {SITES}")
    out = []
    for f in sorted((CONTENT_DIR / site).glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if isinstance(data.get("published"), dt.datetime):
            data["published"] = data["published"].isoformat()
        out.append(_finish(site, data, f"mirror/content/{site}/{f.name}"))
    from .seeds import load_seed
    seed = load_seed(site)
    if seed:
        out.append(_finish(site, seed, f"seeds:{seed.pop('_seed_file')}"))
    ids = [a["news_id"] for a in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate news_id in {site} content")
    out.sort(key=lambda a: (a["published"] and parse_iso(a["published"]), a["news_id"]), reverse=True)
    return tuple(out)


def articles(site: str) -> list[dict]:
    """Every article of the site (newest first), including those served only in the later state.

    Keys: site, news_id, kind, template, path (decoded), url (percent-encoded path), slug,
    section (IRIB service key / ILNA section id), section_crumbs, pretitle, title, lead, body
    (list of paragraphs, no credit line, no «انتهای پیام»), tags, published (ISO, Tehran offset),
    published_date, date_text (visible Jalali text), meetings, later_only, edited_later,
    later (dict of the fields that change in the later state, or None), machine_date_future,
    seed, source_file, render.
    """
    return copy.deepcopy(list(_load(site)))


def _in_state(a: dict, state: str) -> dict:
    a = copy.deepcopy(a)
    a["state"] = state
    if state == "later" and a.get("later"):
        for k, v in a["later"].items():
            if k in EDITABLE:
                a[k] = v
    return a


def visible(site: str, state: str = "initial") -> list[dict]:
    """Articles served in `state`, newest first, with the state's field values."""
    if state not in STATES:
        raise ValueError(state)
    return [_in_state(a, state) for a in _load(site) if state == "later" or not a["later_only"]]


def article(site: str, news_id: int, state: str = "initial") -> dict | None:
    for a in _load(site):
        if a["news_id"] == int(news_id):
            if a["later_only"] and state != "later":
                return None
            return _in_state(a, state)
    return None
