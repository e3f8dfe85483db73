"""Stories: articles that report the same event, whether they copy each other or not.

A near-duplicate cluster (``articles.cluster_id``, :mod:`pipelines.neardup`) catches copies;
researchers' "same story" also covers an agency's own rewrite, a flash and its extended
version, a relay of a foreign agency's account, and a roundup whose first item is the story.
Those share little text but report the same meeting, which the archive already merges across
articles (``meeting_sources``). ``articles.story_id`` combines the two.

The rule
--------
An article's **primary meeting** is the first meeting it reports whose status is ``held`` or
``planned``: ``meeting_sources`` rows are inserted in the article's order, so it is the one
with the lowest rowid for that article (meetings without one of those statuses are skipped).

An article's story is the story of the **earliest-archived** (lowest ``articles.id``) other
article that already has a story and that

  (a) has the same near-duplicate ``cluster_id`` (not NULL), or
  (b) has the same primary meeting (both articles' primary meeting ids are equal).

Otherwise the article starts its own story: ``story_id = articles.id``.

Only the primary meeting counts: a roundup or a report whose *second* item is another
article's meeting is not that article's story (a side meeting mentioned in passing, "X had
met Y earlier today", is not what the report is about).

Stories are never merged afterwards, for the same reason clusters are not
(docs/DEDUPE.md, "Known limits"): a later article linking two stories looks the same whether
they were two parts of one story or two stories and a roundup of both. So story ids are stable:
nothing but the article being stored is ever rewritten.

An edited article (a new version) keeps its story while it still links to another member of
that story, or while it founded a story that others joined (their story id is its id, which
must keep naming an article of the story); otherwise it is placed again as if new (joining the
earliest linked story or starting its own). Other members are not revisited: an article that
joined through it stays. This mirrors how an edited article keeps its near-duplicate cluster.

:func:`rebuild_stories` recomputes every article in (published, id) order, as a crawl in
publication order would have assigned them; re-extraction calls it (meeting ids change).
"""

from __future__ import annotations

import sqlite_utils

# Meetings with these statuses can be an article's primary meeting.
PRIMARY_STATUSES = ("held", "planned")

_PRIMARY_SQL = (
    "SELECT s.meeting_id FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id "
    "WHERE s.article_id = ? AND m.status IN ('held', 'planned') ORDER BY s.rowid LIMIT 1"
)


def primary_meeting(db: sqlite_utils.Database, article_id: int) -> int | None:
    """The id of the first held or planned meeting the article reports, None without one."""
    row = db.execute(_PRIMARY_SQL, [article_id]).fetchone()
    return row[0] if row else None


def linked_stories(db: sqlite_utils.Database, article_id: int) -> list[tuple[int, int]]:
    """``(article id, story id)`` of the other articles with a story that the article links to
    (same cluster, or same primary meeting), earliest-archived first."""
    row = db.execute("SELECT cluster_id FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise KeyError(f"no article {article_id}")
    links: dict[int, int] = {}
    if row[0] is not None:
        links.update(db.execute(
            "SELECT id, story_id FROM articles WHERE cluster_id = ? AND id != ? AND story_id IS NOT NULL",
            [row[0], article_id]).fetchall())
    primary = primary_meeting(db, article_id)
    if primary is not None:
        links.update(db.execute(
            "SELECT a.id, a.story_id FROM meeting_sources r JOIN articles a ON a.id = r.article_id "
            f"WHERE r.meeting_id = ? AND a.id != ? AND a.story_id IS NOT NULL AND ({_PRIMARY_SQL.replace('?', 'a.id')}) = ?",
            [primary, article_id, primary]).fetchall())
    return sorted(links.items())


def assign_story(db: sqlite_utils.Database, article_id: int) -> int:
    """Set and return ``articles.story_id`` for one article (rule in the module docstring).

    Call after the article's ``cluster_id`` and meetings are stored, inside the transaction
    that stores them.
    """
    current = db.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()
    if current is None:
        raise KeyError(f"no article {article_id}")
    current = current[0]
    links = linked_stories(db, article_id)
    story = None
    if current is not None:
        if any(s == current for _, s in links):
            story = current  # still linked to a member of its story
        elif current == article_id and db.execute(
                "SELECT 1 FROM articles WHERE story_id = ? AND id != ? LIMIT 1", [current, article_id]).fetchone():
            story = current  # it founded a story others joined: the id stays
    if story is None:
        story = links[0][1] if links else article_id
    if story != current:
        db.execute("UPDATE articles SET story_id = ? WHERE id = ?", [story, article_id])
    return story


def rebuild_stories(db: sqlite_utils.Database) -> int:
    """Recompute every article's story in (published, id) order; the number of stories.

    Runs in one transaction (a savepoint inside the caller's).
    """
    from archive.schema import write_transaction  # archive.schema imports the migrations, which import this

    with write_transaction(db):
        db.execute("UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL")
        for (article_id,) in db.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
            assign_story(db, article_id)
        return db.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0]
