"""Export the archive's meetings as JSON lines or CSV.

    python -m archive.export --format jsonl|csv [--db PATH] [--output FILE] [--since DATE] [--until DATE]

JSON lines: one meeting per line, nested — the shape ``python -m pipelines.extract`` writes,
plus the archive's ids and the reporting articles::

    {"meeting_id", "kind", "status", "date", "location", "city", "country", "occasion", "summary",
     "participants": [{"person_id", "name", "canonical_name", "role", "country"}],
     "statements": [{"speaker", "person_id", "text", "article_id"}], "topics": [...],
     "sources": [{"article_id", "source", "news_id", "url", "title", "published"}]}

CSV: one meeting per row, flat (what a spreadsheet wants): the meeting's columns, ``who``
("name (office, country) — ..."), participant names, countries and roles joined with `` | ``,
topics, the number of reports, and the reporting agencies and URLs joined with `` | ``.
Datasette's own ``.csv``/``.json`` links export any table, view or canned query as shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict

from archive import add_db_argument, require_existing
from archive.schema import open_archive

CSV_COLUMNS = ("meeting_id", "date", "kind", "status", "who", "participants", "countries", "roles",
               "place", "city", "country", "location", "occasion", "topics", "n_sources", "sources", "urls")


def meetings(db, since: str | None = None, until: str | None = None):
    """Every meeting as a nested dict, by date then id."""
    where, params = [], []
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until)
    rows = list(db.query("SELECT * FROM meetings" + (" WHERE " + " AND ".join(where) if where else "")
                         + " ORDER BY date IS NULL, date, id", params))
    ids = [r["id"] for r in rows]
    participants, statements, topics, sources = (defaultdict(list) for _ in range(4))
    for p in db.query("SELECT p.*, pe.name AS canonical_name FROM meeting_participants p "
                      "LEFT JOIN people pe ON pe.id = p.person_id ORDER BY p.meeting_id, p.position"):
        participants[p["meeting_id"]].append({k: p[k] for k in ("person_id", "name", "canonical_name", "role", "country")})
    for s in db.query("SELECT * FROM statements ORDER BY meeting_id, id"):
        statements[s["meeting_id"]].append({k: s[k] for k in ("speaker", "person_id", "text", "article_id")})
    for t in db.query("SELECT meeting_id, topic FROM meeting_topics ORDER BY meeting_id, rowid"):
        if t["topic"] not in topics[t["meeting_id"]]:
            topics[t["meeting_id"]].append(t["topic"])
    for a in db.query("SELECT s.meeting_id, a.id AS article_id, a.source, a.news_id, a.url, a.title, a.published "
                      "FROM meeting_sources s JOIN articles a ON a.id = s.article_id ORDER BY s.meeting_id, a.published"):
        sources[a["meeting_id"]].append({k: a[k] for k in ("article_id", "source", "news_id", "url", "title", "published")})
    for r, meeting_id in zip(rows, ids):
        yield {"meeting_id": meeting_id, **{k: r[k] for k in ("kind", "status", "date", "location", "city", "country",
                                                                "occasion", "summary")},
               "participants": participants[meeting_id], "statements": statements[meeting_id],
               "topics": topics[meeting_id], "sources": sources[meeting_id]}


def flat(meeting: dict) -> dict:
    people = meeting["participants"]
    return {
        "meeting_id": meeting["meeting_id"], "date": meeting["date"], "kind": meeting["kind"],
        "status": meeting["status"], "who": meeting["summary"],
        "participants": " | ".join(p["canonical_name"] or p["name"] or "" for p in people),
        "countries": " | ".join(p["country"] or "" for p in people),
        "roles": " | ".join(p["role"] or "" for p in people),
        "place": meeting["city"] or meeting["location"] or meeting["country"],
        "city": meeting["city"], "country": meeting["country"], "location": meeting["location"],
        "occasion": meeting["occasion"], "topics": " | ".join(meeting["topics"]),
        "n_sources": len(meeting["sources"]),
        "sources": " | ".join(s["source"] for s in meeting["sources"]),
        "urls": " | ".join(s["url"] or "" for s in meeting["sources"]),
    }


def export(db, out, fmt: str, since: str | None = None, until: str | None = None) -> int:
    """Write the meetings to ``out`` (a text stream) in ``fmt``; how many were written."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for meeting in meetings(db, since, until):
            writer.writerow(flat(meeting))
            count += 1
    elif fmt == "jsonl":
        for meeting in meetings(db, since, until):
            out.write(json.dumps(meeting, ensure_ascii=False) + "\n")
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.export", description="Export meetings.")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    add_db_argument(parser)
    parser.add_argument("--output", "-o", help="file to write (default: standard output)")
    parser.add_argument("--since", help="first meeting date, YYYY-MM-DD")
    parser.add_argument("--until", help="last meeting date, YYYY-MM-DD")
    args = parser.parse_args(argv)
    db = open_archive(require_existing(parser, args.db))
    try:
        # utf-8-sig for CSV files: spreadsheet programs then read the Persian correctly.
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        if args.output:
            with open(args.output, "w", encoding=encoding, newline="") as out:
                count = export(db, out, args.format, args.since, args.until)
        else:
            sys.stdout.reconfigure(encoding="utf-8")
            try:
                count = export(db, sys.stdout, args.format, args.since, args.until)
            except BrokenPipeError:  # `... | head`: the reader has what it wanted
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return 0
    finally:
        db.close()
    print(f"{count} meetings exported ({args.format})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
