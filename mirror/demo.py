"""The main job on the offline mirror: serve both sites, crawl them, show what was archived.

    .venv/bin/python -m mirror.demo [--db data/demo.db] [--keep]

Each spider runs twice, as a user would: a backfill of the archive listings
(``-a since=2013-01-01``), then a regular run from the feeds, which finds nothing new.
The crawls are the real command (``scrapy crawl <spider> -a base_url=...``) in a subprocess.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from archive.schema import open_archive
from mirror import serve

ROOT = Path(__file__).resolve().parents[1]
SPIDERS = ("iribnews", "ilna")


def crawl(spider: str, base_url: str, db: Path, *arguments: str) -> int:
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}",
               *arguments, "-s", f"ARCHIVE_DB={db}", "-s", "LOG_LEVEL=WARNING"]
    print("$", " ".join(command[2:]), flush=True)
    return subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).returncode


def report(db_path: Path) -> None:
    db = open_archive(db_path)
    print("\nCrawl runs:")
    for run in db.query("SELECT spider, pages, new_articles, updated_articles, unchanged_articles, "
                        "meetings, errors, finish_reason FROM crawl_runs ORDER BY id"):
        print("  {spider:9s} pages={pages:<4} new={new_articles:<3} updated={updated_articles:<3} "
              "unchanged={unchanged_articles:<3} meetings={meetings:<3} errors={errors} ({finish_reason})".format(**run))
    print("\nArchived articles by source and kind:")
    for row in db.query("SELECT source, page_kind, count(*) AS n FROM articles GROUP BY 1, 2 ORDER BY 1, 2"):
        print(f"  {row['source']:9s} {row['page_kind']:8s} {row['n']}")
    meetings = list(db.query("SELECT m.date, m.kind, m.status, m.summary, count(s.article_id) AS sources "
                             "FROM meetings m JOIN meeting_sources s ON s.meeting_id = m.id "
                             "GROUP BY m.id ORDER BY m.date DESC"))
    print(f"\n{len(meetings)} meetings extracted; the latest:")
    for m in meetings[:12]:
        print(f"  {m['date'] or '?':10s} {m['kind']:7s} {m['status']:7s} {m['summary']}  [{m['sources']} source(s)]")
    db.close()
    print(f"\nArchive: {db_path}\nBrowse it:  scripts/browse {db_path}   (then open http://127.0.0.1:8001)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "demo.db",
                        help="the demo archive (default data/demo.db; replaced unless --keep)")
    parser.add_argument("--keep", action="store_true", help="add to an existing archive instead of starting afresh")
    args = parser.parse_args(argv)
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    failures = 0
    for spider in SPIDERS:
        with serve(spider) as base_url:
            print(f"\nServing the {spider} mirror at {base_url}", flush=True)
            failures += crawl(spider, base_url, args.db, "-a", "since=2013-01-01") != 0
            failures += crawl(spider, base_url, args.db) != 0
    report(args.db)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
