"""Re-run clean → dedupe hash → extract over the raw pages stored in the archive (no fetching).

    python -m archive.reextract [--db PATH] [--dry-run] [--quiet]

Every article's text is parsed again from its stored pages (``pages.html_zlib``) with the
current parser and clean stage — the latest version's page updates ``articles`` and every
page its ``article_versions`` row — and the meetings, participants, statements and topics are
rebuilt from scratch with the current extraction stage, in article order, exactly as a fresh
crawl would merge them. Articles archived without a page keep their text; their meetings are
re-extracted from it.

All or nothing: the whole run is one transaction. An error or an interrupt (Ctrl-C) rolls it
back and leaves the archive as it was; ``--dry-run`` does everything, reports, and rolls back.
It holds the write lock throughout: a crawl storing meanwhile waits up to the busy timeout
(30 s) and then fails, so run it between scheduled crawls.
Meeting ids are reassigned (links to ``meetings/<id>`` from before may point elsewhere).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import Counter
from datetime import datetime, timezone

from w3lib.encoding import html_to_unicode

from archive import add_db_argument, require_existing
from archive.schema import open_archive
from archive.stories import rebuild_stories
from archive.writer import replace_meetings

# Text fields the clean stage derives from a page (url, fetched_at... are facts of the fetch).
DERIVED = ("title", "pretitle", "lead", "body", "section", "tags", "published", "published_text",
           "page_kind", "content_hash")


class _Rollback(Exception):
    pass


def derive(source: str, news_id: int, url: str, page: dict) -> dict:
    """An article's fields from one stored page: parse → clean → content hash (no meetings)."""
    from crawler.parse import parse_article
    from crawler.sites import SITES
    from pipelines.clean import clean_article
    from pipelines.dedupe import content_hash

    _, html = html_to_unicode(page.get("content_type") or "", zlib.decompress(page["html_zlib"]))
    fetched = datetime.fromisoformat(page["fetched_at"]) if page.get("fetched_at") else datetime.now(timezone.utc)
    fields = parse_article(SITES[source], page.get("url") or url, html, fetched)
    fields.pop("canonical", None)
    fields.pop("machine_date_rejected", None)
    article = clean_article({"source": source, "news_id": news_id, "url": url, **fields})
    article["content_hash"] = content_hash(article)
    article["tags"] = json.dumps(article.get("tags") or [], ensure_ascii=False)
    return {column: article.get(column) for column in DERIVED}


def meetings_of(article: dict) -> list[dict]:
    """The extraction stage over an article's stored fields, as the Scrapy pipeline runs it."""
    from pipelines.extract import article_meetings

    return article_meetings(article)


class Progress:
    """A one-line progress bar on stderr (a line per 10 % when stderr is not a terminal)."""

    def __init__(self, total: int, quiet: bool = False, stream=None):
        self.total, self.quiet, self.stream = total, quiet, stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.last_tenth = -1

    def update(self, done: int) -> None:
        if self.quiet or not self.total:
            return
        share = done / self.total
        bar = "#" * int(share * 30)
        elapsed = time.monotonic() - self.started
        eta = elapsed / done * (self.total - done) if done else 0
        line = f"re-extracting [{bar:<30}] {done}/{self.total} articles, {elapsed:.0f}s, ~{eta:.0f}s left"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done == self.total else ""))
            self.stream.flush()
        elif int(share * 10) != self.last_tenth:
            self.last_tenth = int(share * 10)
            print(line, file=self.stream, flush=True)


def _meeting_keys(db) -> Counter:
    return Counter(tuple(r) for r in db.execute(
        "SELECT participants_key, date, kind, status FROM meetings"))


def _article_meetings(db) -> dict[int, set]:
    result: dict[int, set] = {}
    for article_id, key, date, kind, status in db.execute(
            "SELECT s.article_id, m.participants_key, m.date, m.kind, m.status "
            "FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id"):
        result.setdefault(article_id, set()).add((key, date, kind, status))
    return result


def _stories(db) -> set[frozenset[int]]:
    """The stories as sets of article ids (story ids may change when the founder does)."""
    groups: dict[int, set[int]] = {}
    for article_id, story_id in db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL"):
        groups.setdefault(story_id, set()).add(article_id)
    return {frozenset(g) for g in groups.values()}


def _story_changes(before: set[frozenset[int]], after: set[frozenset[int]]) -> int:
    """Articles whose story (as a set of articles) is not the same after."""
    old = {a: group for group in before for a in group}
    new = {a: group for group in after for a in group}
    return sum(1 for a in old.keys() | new.keys() if old.get(a) != new.get(a))


def _counts(db) -> dict[str, int]:
    return {table: db[table].count for table in
            ("meetings", "meeting_participants", "statements", "meeting_topics", "people", "topics")}


def reextract(db, progress: Progress | None = None, dry_run: bool = False) -> dict:
    """Re-derive every article and all meetings in one transaction; a summary of the changes.

    Raises (after rolling back) whatever interrupted it.
    """
    before_counts, before_keys, before_by_article = _counts(db), _meeting_keys(db), _article_meetings(db)
    before_stories = _stories(db)
    articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    progress = progress or Progress(len(articles), quiet=True)
    summary = {"articles": len(articles), "text_changed": [], "without_page": 0, "parse_errors": [],
               "versions_updated": 0}
    try:
        with db.atomic():
            for table in ("statements", "meeting_topics", "meeting_sources", "meeting_participants", "meetings"):
                db.execute(f"DELETE FROM {table}")
            for done, article_id in enumerate(articles, 1):
                _one(db, article_id, summary)
                progress.update(done)
            # People and topics nobody refers to any more were artefacts of the old extraction.
            db.execute("DELETE FROM person_names WHERE person_id NOT IN "
                       "(SELECT person_id FROM meeting_participants WHERE person_id IS NOT NULL "
                       " UNION SELECT person_id FROM statements WHERE person_id IS NOT NULL)")
            db.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM person_names)")
            db.execute("DELETE FROM topics WHERE id NOT IN "
                       "(SELECT topic_id FROM meeting_topics WHERE topic_id IS NOT NULL)")
            # Stories follow the meetings (whose ids were reassigned): recomputed as a crawl in
            # publication order would have assigned them.
            rebuild_stories(db)
            after_keys, after_by_article, after_stories = _meeting_keys(db), _article_meetings(db), _stories(db)
            summary.update(
                before=before_counts, after=_counts(db),
                stories_before=len(before_stories), stories_after=len(after_stories),
                articles_whose_story_changed=_story_changes(before_stories, after_stories),
                meetings_added=sum((after_keys - before_keys).values()),
                meetings_removed=sum((before_keys - after_keys).values()),
                articles_with_changed_meetings=sorted(
                    a for a in articles if before_by_article.get(a, set()) != after_by_article.get(a, set())),
            )
            if dry_run:
                raise _Rollback
    except _Rollback:
        summary["dry_run"] = True
    return summary


def _one(db, article_id: int, summary: dict) -> None:
    row = db.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    article = dict(zip([d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description], row))
    pages = list(db.query("SELECT * FROM pages WHERE article_id = ? ORDER BY version, id", [article_id]))
    latest: dict[int, dict] = {page["version"]: page for page in pages}  # the last page of each version
    if not latest:
        summary["without_page"] += 1
    for version, page in latest.items():
        try:
            fields = derive(article["source"], article["news_id"], article["url"], page)
        except Exception as error:  # noqa: BLE001 - a page the parser cannot read keeps its stored text
            summary["parse_errors"].append({"article_id": article_id, "version": version, "error": repr(error)})
            continue
        stored = db.execute(f"SELECT {', '.join(DERIVED)} FROM article_versions WHERE article_id = ? AND version = ?",
                            [article_id, version]).fetchone()
        if stored is not None and tuple(stored) != tuple(fields[c] for c in DERIVED):
            db["article_versions"].update(
                db.execute("SELECT id FROM article_versions WHERE article_id = ? AND version = ?",
                           [article_id, version]).fetchone()[0], fields)
            summary["versions_updated"] += 1
        if version == article["version"]:
            if any(article[c] != fields[c] for c in DERIVED):
                db["articles"].update(article_id, fields)
                summary["text_changed"].append(article_id)
            article.update(fields)
    replace_meetings(db, article_id, meetings_of(article))


def format_summary(summary: dict) -> str:
    before, after = summary["before"], summary["after"]
    lines = [
        ("Dry run (nothing written): " if summary.get("dry_run") else "Re-extracted ")
        + f"{summary['articles']} articles "
        f"({summary['without_page']} without a stored page kept their text).",
        f"  article text changed: {len(summary['text_changed'])}"
        + (f" (ids {', '.join(map(str, summary['text_changed'][:20]))}"
           f"{' ...' if len(summary['text_changed']) > 20 else ''})" if summary["text_changed"] else "")
        + f"; versions updated: {summary['versions_updated']}",
        f"  meetings: {before['meetings']} → {after['meetings']} "
        f"(+{summary['meetings_added']} new, -{summary['meetings_removed']} gone); "
        f"articles whose meetings changed: {len(summary['articles_with_changed_meetings'])}",
    ]
    for table in ("meeting_participants", "statements", "meeting_topics", "people", "topics"):
        lines.append(f"  {table}: {before[table]} → {after[table]}")
    lines.append(f"  stories: {summary['stories_before']} → {summary['stories_after']}; "
                 f"articles whose story changed: {summary['articles_whose_story_changed']}")
    if summary["parse_errors"]:
        lines.append(f"  pages that could not be parsed (text kept): {len(summary['parse_errors'])}")
        lines += [f"    article {e['article_id']} v{e['version']}: {e['error']}" for e in summary["parse_errors"][:10]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archive.reextract", description=__doc__.split("\n\n")[0])
    add_db_argument(parser)
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    db = open_archive(require_existing(parser, args.db))
    try:
        total = db["articles"].count
        summary = reextract(db, Progress(total, quiet=args.quiet), dry_run=args.dry_run)
    except KeyboardInterrupt:
        print("\ninterrupted: nothing was changed (the run is one transaction)", file=sys.stderr)
        return 130
    finally:
        db.close()
    print(json.dumps(summary, ensure_ascii=False, indent=1) if args.json else format_summary(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
