"""Write one processed article, its raw page and its meetings, in one transaction."""

from __future__ import annotations

import json
import zlib
from datetime import date

import sqlite_utils

from archive.schema import write_transaction
from pipelines.persian import fold

ARTICLE_COLUMNS = ("url", "title", "pretitle", "lead", "body", "section", "tags", "published", "cluster_id",
                   "published_text", "page_kind", "fetched_at", "content_hash")
# Reports of one meeting by different articles may date it a day apart (time zones, late copy).
SAME_MEETING_DAYS = 1


def stored_hash(db: sqlite_utils.Database, source: str, news_id: int) -> str | None:
    """The content hash of the archived version of an article, None if it is not archived."""
    row = db.execute("SELECT content_hash FROM articles WHERE source = ? AND news_id = ?",
                     [source, news_id]).fetchone()
    return row[0] if row else None


def store_article(db: sqlite_utils.Database, article: dict) -> int:
    """Insert a new article or a new version of one, with its page and meetings; the article id.

    All or nothing: an exception leaves the archive as it was.
    """
    content = {column: article.get(column) for column in ARTICLE_COLUMNS}
    content["tags"] = json.dumps(article.get("tags") or [], ensure_ascii=False)
    with write_transaction(db):
        row = db.execute("SELECT id, version FROM articles WHERE source = ? AND news_id = ?",
                         [article["source"], article["news_id"]]).fetchone()
        if row:
            article_id, version = row[0], row[1] + 1
            db["articles"].update(article_id, {**content, "version": version})
        else:
            version = 1
            # An agency added after the archive was made (a new site module) gets its sources
            # row here; the known ones were seeded with their names when the archive was created.
            db.execute("INSERT OR IGNORE INTO sources (id, name) VALUES (?, ?)",
                       [article["source"], article["source"]])
            article_id = db["articles"].insert({
                "source": article["source"], "news_id": article["news_id"], **content,
                "first_fetched_at": article.get("fetched_at"), "version": version,
            }).last_pk
        db["article_versions"].insert({"article_id": article_id, "version": version, **content})
        if article.get("raw_html") is not None:
            db["pages"].insert({
                "article_id": article_id, "version": version, "url": article.get("fetch_url"),
                "fetched_at": article.get("fetched_at"), "http_status": article.get("http_status"),
                "content_type": article.get("content_type"), "encoding": "zlib",
                "html_zlib": zlib.compress(article["raw_html"], 6),
            })
        replace_meetings(db, article_id, article.get("meetings") or [])
    return article_id


def replace_meetings(db: sqlite_utils.Database, article_id: int, meetings: list[dict]) -> None:
    """Make ``meetings`` the article's reported meetings, merging with other articles' reports.

    Call inside a transaction. A meeting no article reports any more is removed.
    """
    previous = [r[0] for r in db.execute(
        "SELECT meeting_id FROM meeting_sources WHERE article_id = ?", [article_id])]
    for table in ("statements", "meeting_topics", "meeting_sources"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    for meeting_id in previous:
        if not db.execute("SELECT 1 FROM meeting_sources WHERE meeting_id = ?", [meeting_id]).fetchone():
            db.execute("DELETE FROM statements WHERE meeting_id = ?", [meeting_id])
            db.execute("DELETE FROM meeting_topics WHERE meeting_id = ?", [meeting_id])
            db.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", [meeting_id])
            db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])

    for meeting in meetings:
        participants = meeting.get("participants") or []
        people = [_person_id(db, p.get("name")) for p in participants]
        meeting_id = _same_meeting(db, meeting, participants) or _new_meeting(db, meeting, participants, people)
        db["meeting_sources"].insert({"meeting_id": meeting_id, "article_id": article_id}, ignore=True)
        for statement in meeting.get("statements") or []:
            db["statements"].insert({
                "meeting_id": meeting_id, "article_id": article_id,
                "person_id": speaker_id(statement.get("speaker"), participants, people),
                "speaker": statement.get("speaker"), "text": statement.get("text"),
            })
        for topic in dict.fromkeys(meeting.get("topics") or []):
            db["meeting_topics"].insert({"meeting_id": meeting_id, "article_id": article_id, "topic": topic,
                                         "topic_id": _topic_id(db, topic)}, ignore=True)


def participants_key(participants: list[dict]) -> str:
    """Who met, order-free and spelling-insensitive; unnamed principals by office and country."""
    keys = [fold(p.get("name")) or f"{fold(p.get('role'))}@{fold(p.get('country'))}" for p in participants]
    return "|".join(sorted(keys))


def _same_meeting(db, meeting: dict, participants: list[dict]) -> int | None:
    """An archived meeting of the same people, kind and status within a day, if any."""
    candidates = db.execute(
        "SELECT id, date FROM meetings WHERE participants_key = ? AND kind IS ? AND status IS ?",
        [participants_key(participants), meeting.get("kind"), meeting.get("status")],
    ).fetchall()
    for meeting_id, other_date in candidates:
        if _within(meeting.get("date"), other_date, SAME_MEETING_DAYS):
            for column in ("location", "city", "country", "occasion"):
                if meeting.get(column):  # a later report may name the place the first left out
                    db.execute(f"UPDATE meetings SET {column} = coalesce({column}, ?) WHERE id = ?",
                               [meeting[column], meeting_id])
            return meeting_id
    return None


def _new_meeting(db, meeting: dict, participants: list[dict], people: list[int | None]) -> int:
    meeting_id = db["meetings"].insert({
        "kind": meeting.get("kind"), "status": meeting.get("status"), "date": meeting.get("date"),
        "location": meeting.get("location"), "city": meeting.get("city"),
        "country": meeting.get("country"), "occasion": meeting.get("occasion"),
        "participants_key": participants_key(participants), "summary": summary(participants),
    }).last_pk
    for position, (participant, person_id) in enumerate(zip(participants, people)):
        db["meeting_participants"].insert({
            "meeting_id": meeting_id, "position": position, "person_id": person_id,
            "name": participant.get("name"), "role": participant.get("role"),
            "country": participant.get("country"),
        })
    return meeting_id


def summary(participants: list[dict]) -> str:
    """Who met whom, as one line: «مسعود پزشکیان (رئیس‌جمهور، ایران) — ...»."""
    parts = []
    for p in participants:
        detail = "، ".join(x for x in (p.get("role"), p.get("country")) if x)
        name = p.get("name") or p.get("role") or "?"
        parts.append(f"{name} ({detail})" if detail and p.get("name") else name)
    return " — ".join(parts)


def speaker_id(speaker: str | None, participants: list[dict], people: list[int | None]) -> int | None:
    """The person a statement's speaker is among the meeting's participants: the same name,
    else the one participant whose name ends with it (``پوتین`` → ``ولادیمیر پوتین``)."""
    key = fold(speaker)
    if not key:
        return None
    names = [(fold(p.get("name")), person) for p, person in zip(participants, people) if p.get("name")]
    for name, person in names:
        if name == key:
            return person
    tails = {person for name, person in names if name.endswith(key) and len(key) >= 3}
    return tails.pop() if len(tails) == 1 else None


def _person_id(db, name: str | None) -> int | None:
    """The person archived under this name or a spelling of it; a new person otherwise.
    Every spelling seen is kept in ``person_names``."""
    key = fold(name)
    if not key:
        return None
    row = (db.execute("SELECT person_id FROM person_names WHERE name_key = ? ORDER BY id LIMIT 1", [key]).fetchone()
           or db.execute("SELECT id FROM people WHERE name_key = ?", [key]).fetchone())
    person_id = row[0] if row else db["people"].insert({"name": name, "name_key": key}).last_pk
    db.execute("INSERT OR IGNORE INTO person_names (person_id, name, name_key) VALUES (?, ?, ?)",
               [person_id, name, key])
    return person_id


def _topic_id(db, topic: str | None) -> int | None:
    key = fold(topic)
    if not key:
        return None
    row = db.execute("SELECT id FROM topics WHERE name_key = ?", [key]).fetchone()
    return row[0] if row else db["topics"].insert({"name": topic, "name_key": key}).last_pk


def _within(a: str | None, b: str | None, days: int) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= days
    except ValueError:
        return a == b
