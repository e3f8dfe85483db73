"""Turn the two shared seed texts into mirror articles (parsed at run time; text not copied here).

Seed layout (one paragraph per line):
  iribnews-2025-09-01.txt: line 1 is navigation residue (`date 2025-09-01 پخش زنده`), then the
      lead, then body paragraphs; the first body paragraph starts with the IRIB credit line.
      The seed carries no headline, so the title/pre-title below are ours.
  ilna-2025-12-12.txt: pre-title, title, lead, then body paragraphs (first one with the credit).
"""
from __future__ import annotations

import json
import re

from .content import CREDIT, seeds_dir  # content imports this module lazily, so no cycle

SEEDS = {
    "iribnews": dict(
        file="iribnews-2025-09-01.txt", news_id=5541207, published="2025-09-01T23:10:00+03:30",
        section="political", crumbs=["سیاسی", "سیاست خارجی"], template="current",
        # our own headline: the seed text has none
        title="دیدار روسای جمهور ایران و روسیه در چین", pretitle="سفر رئیس جمهور به چین",
        tags=["مسعود پزشکیان", "ولادیمیر پوتین", "روسیه", "سازمان همکاری شانگهای"],
        render={"jsonld": True},
    ),
    "ilna": dict(
        file="ilna-2025-12-12.txt", news_id=1730412, published="2025-12-12T17:45:00+03:30",
        section=3, crumbs=["سیاسی", "سیاست خارجی"], template="current",
        tags=["مسعود پزشکیان", "ولادیمیر پوتین", "ترکمنستان"],
        render={},
    ),
}
RESIDUE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\b.*$")


def parse_seed(site: str, text: str) -> dict:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: dict = {}
    if site == "iribnews":
        if lines and RESIDUE.match(lines[0]):
            lines = lines[1:]  # `date 2025-09-01 پخش زنده` is page navigation, not article text
        out["lead"], body = lines[0], lines[1:]
    else:
        out["pretitle"], out["title"], out["lead"], body = lines[0], lines[1], lines[2], lines[3:]
    credit = CREDIT[site]
    if body and body[0].startswith(credit.strip()):
        body[0] = body[0][len(credit.strip()):].strip()
    out["body"] = body
    return out


def load_seed(site: str) -> dict | None:
    d = seeds_dir()
    spec = SEEDS[site]
    if d is None or not (d / spec["file"]).is_file():
        return None
    a = {k: v for k, v in spec.items() if k != "file"}
    a.update(parse_seed(site, (d / spec["file"]).read_text(encoding="utf-8")))
    a["seed"] = True
    a["_seed_file"] = spec["file"]
    meetings = []
    exp = d / "expected.json"
    if exp.is_file():
        ex = json.loads(exp.read_text(encoding="utf-8")).get(spec["file"], {})
        for m in ex.get("meetings", []):
            m = dict(m)
            m.setdefault("occasion", None)
            meetings.append(m)
    a["meetings"] = meetings
    return a
