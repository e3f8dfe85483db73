"""Write one processed article, its raw page and its meetings, in one transaction."""

from __future__ import annotations

import json
import zlib
from datetime import date, timedelta
from functools import lru_cache

import sqlite_utils

from archive.schema import write_transaction
from archive.stories import assign_story
from pipelines.extract.lexicon import HONORIFICS as EXTRACTION_HONORIFICS, PATRONYMICS
from pipelines.persian import fold, fold_key_words

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
        assign_story(db, article_id)
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
        found = _same_meeting(db, meeting, participants)
        if found:
            meeting_id, people = found
        else:
            people = [_person_id(db, p.get("name")) for p in participants]
            meeting_id = _new_meeting(db, meeting, participants, people)
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


def _same_meeting(db, meeting: dict, participants: list[dict]) -> tuple[int, list[int | None]] | None:
    """An archived meeting of the same people, kind and status within a day, if any, and the
    person id of each of ``participants`` at it.

    First the exact look-up by :func:`participants_key` (folded names); then, for names written
    differently («بدر بن حمد البوسعیدی» / «بدر البوسعیدی», «امیرعبداللهیان» / «حسین
    امیرعبداللهیان»), meetings of the same kind and status within :data:`SAME_MEETING_DAYS`
    (or both undated) with as many participants, matched one to one by :func:`same_person`.
    """
    candidates = db.execute(
        "SELECT id, date FROM meetings WHERE participants_key = ? AND kind IS ? AND status IS ? ORDER BY id",
        [participants_key(participants), meeting.get("kind"), meeting.get("status")],
    ).fetchall()
    for meeting_id, other_date in candidates:
        if _within(meeting.get("date"), other_date, SAME_MEETING_DAYS):
            _fill_in(db, meeting_id, meeting)
            return meeting_id, [_person_id(db, p.get("name")) for p in participants]
    if not participants:
        return None
    for meeting_id, archived in _nearby_meetings(db, meeting, len(participants)):
        pairing = match_participants(participants, [dict(zip(("name", "role", "country"), r)) for r in archived])
        if pairing is None:
            continue
        _fill_in(db, meeting_id, meeting)
        people = []
        for participant, j in zip(participants, pairing):
            if participant.get("name") and fold(participant["name"]) == fold(archived[j][0]):
                people.append(_person_id(db, participant["name"]))  # a spelling of the same name
            else:  # a shorter or longer form: the person of that meeting, not a new person or spelling
                people.append(archived[j][3])
        return meeting_id, people
    return None


def _nearby_meetings(db, meeting: dict, n_participants: int) -> list[tuple[int, list[tuple]]]:
    """Meetings of this kind and status, within SAME_MEETING_DAYS (or both undated), with
    ``n_participants`` participants: ``(meeting id, [(name, role, country, person_id), ...])``
    in meeting id order, participants in their order. One query for the whole window."""
    day = meeting.get("date")
    if day is None:
        where, args = "m.date IS NULL", []
    else:
        try:
            d = date.fromisoformat(day)
            where, args = "m.date BETWEEN ? AND ?", [(d - timedelta(days=SAME_MEETING_DAYS)).isoformat(),
                                                     (d + timedelta(days=SAME_MEETING_DAYS)).isoformat()]
        except ValueError:
            where, args = "m.date = ?", [day]
    found: dict[int, list[tuple]] = {}
    dates: dict[int, str | None] = {}
    for meeting_id, other_date, *participant in db.execute(
            f"SELECT m.id, m.date, p.name, p.role, p.country, p.person_id FROM meetings m "
            f"JOIN meeting_participants p ON p.meeting_id = m.id "
            f"WHERE {where} AND m.kind IS ? AND m.status IS ? ORDER BY m.id, p.position",
            [*args, meeting.get("kind"), meeting.get("status")]):
        found.setdefault(meeting_id, []).append(tuple(participant))
        dates[meeting_id] = other_date
    return [(meeting_id, rows) for meeting_id, rows in found.items()
            if len(rows) == n_participants and _within(day, dates[meeting_id], SAME_MEETING_DAYS)]


def _fill_in(db, meeting_id: int, meeting: dict) -> None:
    for column in ("location", "city", "country", "occasion"):
        if meeting.get(column):  # a later report may name the place the first left out
            db.execute(f"UPDATE meetings SET {column} = coalesce({column}, ?) WHERE id = ?",
                       [meeting[column], meeting_id])


# Words before a name that are not part of it (folded spellings: no ZWNJ, آ → ا, ئ → ی): the
# extractor's list, and the parts of its longer titles («حجت‌الاسلام والمسلمین», «آیت‌الله العظمی»).
HONORIFICS = frozenset(fold_key_words(w) for w in (*EXTRACTION_HONORIFICS, "والمسلمین", "و المسلمین", "العظمی"))
_PATRONYMIC = set(PATRONYMICS)


# Comparing a report with every meeting of the same days folds the same names again and again.
_fold = lru_cache(maxsize=8192)(fold)


@lru_cache(maxsize=8192)
def _name_forms(name: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The forms a name is compared in: ``(words, patronymics)``, folded, without honorifics,
    without «بن X» patronymics inside the name (listed apart) and without a leading «ال» of the
    last word; a second form without a dynasty «آل X» at the end («فیصل بن فرحان آل سعود» is
    also «فیصل بن فرحان»). A patronymic that ends a form («محمد بن سلمان») is its family name
    and stays in the words."""
    words = fold_key_words(name).split()  # the words of fold(name)
    while words:  # honorifics, one or two words long, at the start
        if len(words) > 2 and " ".join(words[:2]) in HONORIFICS:
            words = words[2:]
        elif len(words) > 1 and words[0] in HONORIFICS:
            words = words[1:]
        else:
            break
    variants = [words]
    if len(words) >= 4 and words[-2] == "ال":  # آل is folded to ال
        variants.append(words[:-2])
    forms = []
    for variant in variants:
        kept, patronymics, i = [], [], 0
        while i < len(variant):
            if variant[i] in _PATRONYMIC and i + 1 < len(variant):
                patronymics.append(variant[i + 1])
            if variant[i] in _PATRONYMIC and i + 2 < len(variant) and kept:
                i += 2  # «بن حمد» between the given and the family name
            else:
                kept.append(variant[i])
                i += 1
        if kept and kept[-1].startswith("ال") and len(kept[-1]) >= 6:
            kept[-1] = kept[-1][2:]  # «البوسعیدی» = «بوسعیدی»
        forms.append((tuple(kept), tuple(patronymics)))
    return tuple(forms)


def same_person(a: dict, b: dict) -> bool:
    """Whether two participants of reports of one meeting can be the same person.

    Named: the folded names are equal, or, once honorifics, «بن X» patronymics, a leading «ال»
    and a final dynasty «آل X» are set aside, equal or one name's words are the last words of
    the other's (surname only: «امیرعبداللهیان» / «حسین امیرعبداللهیان»). The family name must
    always be the same: «علی لاریجانی» and «صادق لاریجانی» are not, nor are «لاریجانی» and
    «لاریجانی‌فر»; and two names that both give a patronymic must give the same one
    («محمد بن سلمان آل سعود» is not «محمد بن نایف آل سعود»).
    Unnamed: the same office and country. A named and an unnamed participant never match.
    """
    name_a, name_b = a.get("name"), b.get("name")
    if not name_a or not name_b:
        return (not name_a and not name_b and _fold(a.get("role")) == _fold(b.get("role"))
                and _fold(a.get("country")) == _fold(b.get("country")))
    if _fold(name_a) == _fold(name_b):
        return True
    for words_a, fathers_a in _name_forms(name_a):
        for words_b, fathers_b in _name_forms(name_b):
            if not words_a or not words_b or (fathers_a and fathers_b and fathers_a[0] != fathers_b[0]):
                continue
            short, long = sorted((words_a, words_b), key=lambda words: len("".join(words)))
            key = "".join(short)
            # A suffix of whole words, compared without spaces: «امیر عبداللهیان» is «امیرعبداللهیان».
            if any("".join(long[-k:]) == key for k in range(1, len(long) + 1)):
                return True
    return False


def match_participants(new: list[dict], archived: list[dict]) -> list[int] | None:
    """A one-to-one pairing of ``new`` with ``archived`` participants by :func:`same_person`
    (``pairing[i]`` is the index in ``archived`` of ``new[i]``), None if there is none."""
    if len(new) != len(archived):
        return None
    options = []
    for a in new:
        options.append([j for j, b in enumerate(archived) if same_person(a, b)])
        if not options[-1]:
            return None  # the usual case for another meeting: give up at its first stranger
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:  # augmenting path (Kuhn's algorithm)
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    if not all(place(i, set()) for i in range(len(new))):
        return None
    pairing = [0] * len(new)
    for j, i in owner.items():
        pairing[i] = j
    return pairing


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
