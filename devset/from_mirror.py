"""Write the offline mirror's annotated articles in devset format, to score the extractor on them.

    python -m devset.from_mirror OUT_DIR            # writes OUT_DIR/NNN-<site>-<news_id>.yaml
    python -m devset.score --dir OUT_DIR            # then score as usual

The mirror (``mirror/content/<site>/*.yaml`` plus the two shared seeds) annotates every article
with its meetings per /work/shared/MEETINGS.md. It is a held-out set for the extractor: nobody
tunes on it. The article text is built as the crawl pipeline builds it
(``pipelines.adapters.ExtractPipeline``: lead and body paragraphs, one per line); the title is
passed separately. Mirror meetings carry ``location: {city, country}``; the devset format has
``location`` (city, else country), ``city`` and ``country``. The seeds' ``occasion_contains``
becomes the occasion (its first item) when no occasion is given.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from mirror.content import SITES, articles


def _meeting(m: dict) -> dict:
    loc = m.get("location")
    if isinstance(loc, dict):
        city, country = loc.get("city"), loc.get("country")
        location = city or country
    else:
        location, city, country = loc, m.get("city"), m.get("country")
    occasion = m.get("occasion")
    if occasion is None and m.get("occasion_contains"):
        occasion = m["occasion_contains"][0]
    return {
        "kind": m.get("kind"),
        "status": m.get("status"),
        "date": str(m["date"]) if m.get("date") else None,
        "location": location,
        "city": city,
        "country": country,
        "occasion": occasion,
        "participants": [{"name": p.get("name"), "role": p.get("role"), "country": p.get("country")}
                         for p in m.get("participants") or []],
        "statements_min": list(m.get("statements_min") or []),
        "topics_min": list(m.get("topics_min") or []),
    }


def convert() -> list[dict]:
    """Every mirror article (both sites, seeds included) as a devset record."""
    out = []
    for site in SITES:
        for a in articles(site):
            body = a.get("body") or []
            if isinstance(body, str):
                body = [body]
            text = "\n".join(x for x in [a.get("lead") or "", *body] if x and x.strip())
            if not text.strip():
                continue
            out.append({
                "url": f"https://mirror.invalid/{site}{a['path']}",
                "source": site,
                "title": a.get("title") or "",
                "published": a["published_date"],
                "text": text,
                "meetings": [_meeting(m) for m in a.get("meetings") or []],
                "_name": f"{site}-{a['news_id']}",
            })
    return out


def write(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    records = convert()
    for n, rec in enumerate(records, 1):
        name = rec.pop("_name")
        path = out_dir / f"{n:03d}-{name}.yaml"
        path.write_text(yaml.safe_dump(rec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return len(records)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    n = write(Path(argv[0]))
    print(f"wrote {n} articles to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
