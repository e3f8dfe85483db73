"""Persian full-text search: folded FTS5 indexes over articles and statements.

The issue's cases exactly: رئیسجمهور, رئیس جمهور and رئيس‌جمهور (Arabic yeh, ZWNJ) find the
same rows, and پوتین finds every statement of his — in the archive's own search functions and
in Datasette's search box (through the project's plugin).
"""

from __future__ import annotations

import asyncio
import json

import pytest

from archive.schema import open_archive
from archive.search import fts_query, search_articles, search_statements
from archive.writer import store_article
from pipelines.dedupe import content_hash
from pipelines.persian import fold, fold_key_words, fold_words, unify_letters

PEZESHKIAN = {"name": "مسعود پزشکیان", "role": "رئیس‌جمهور", "country": "ایران"}
PUTIN = {"name": "ولادیمیر پوتین", "role": "رئیس‌جمهور", "country": "روسیه"}
ARAGHCHI = {"name": "عباس عراقچی", "role": "وزیر امور خارجه", "country": "ایران"}
LAVROV = {"name": "سرگئی لاوروف", "role": "وزیر امور خارجه", "country": "روسیه"}

SPELLINGS = ("رئیسجمهور", "رئیس جمهور", "رئيس‌جمهور")


def article(news_id, title, body, meetings=(), source="iribnews", lead=None):
    result = {"source": source, "news_id": news_id, "url": f"http://127.0.0.1/fa/news/{news_id}",
              "title": title, "pretitle": None, "lead": lead, "body": body, "section": "سیاسی",
              "tags": [], "published": "2025-09-01T21:30:00+03:30", "published_text": None,
              "page_kind": "article", "fetched_at": "2025-09-02T00:00:00+00:00", "meetings": list(meetings)}
    result["content_hash"] = content_hash(result)
    return result


def meeting(date, participants, statements, topics=()):
    return {"kind": "meeting", "status": "held", "date": date, "location": None, "city": None, "country": None,
            "occasion": None, "participants": participants, "statements": statements, "topics": list(topics)}


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "archive.db")
    # The same word written every way the agencies write it, and articles without it.
    store_article(database, article(1, "دیدار رئیس‌جمهور با پوتین", "متن"))            # ZWNJ (clean text)
    store_article(database, article(2, "خبر", "رئیس جمهور روسیه گفت", source="ilna"))  # space
    store_article(database, article(3, "خبر دیگر", "متن", lead="رئيسجمهور گفت"))        # Arabic yeh, joined
    store_article(database, article(4, "رئیس مجلس", "جمهوری اسلامی"))                  # neither: both words apart
    store_article(database, article(5, "وزیر امور خارجه", "گفت‌وگوی تلفنی"))
    store_article(database, article(6, "دیدار در شانگهای", "", meetings=[meeting("2025-09-01", [PEZESHKIAN, PUTIN], [
        {"speaker": "ولادیمیر پوتین", "text": "روابط ما واقعا دوستانه و رو به گسترش است."},
        {"speaker": "پوتین", "text": "همکاری در اتحادیه اقتصادی اوراسیا ادامه دارد."},  # surname only
        {"speaker": "مسعود پزشکیان", "text": "روند تعاملات با روسیه بسیار باارزش است."},
    ])]))
    store_article(database, article(7, "دیدار در عشق‌آباد", "", source="ilna", meetings=[
        meeting("2025-12-12", [PEZESHKIAN, {**PUTIN, "name": "ولاديمير پوتين"}], [  # Arabic yeh in the name
            {"speaker": "ولاديمير پوتين", "text": "روسیه همواره از ایران در سازمان ملل حمایت کرده است."},
            {"speaker": "مسعود پزشکیان", "text": "رئیس‌جمهور روسیه را به تهران دعوت می‌کنیم."},
        ]),
        meeting("2025-12-12", [ARAGHCHI, LAVROV], [{"speaker": "سرگئی لاوروف", "text": "گفت‌وگو سازنده بود."}]),
    ]))
    yield database
    database.close()


def test_every_spelling_of_president_finds_the_same_articles(db):
    found = [search_articles(db, spelling) for spelling in SPELLINGS]
    assert found[0] == [1, 2, 3], found
    assert found[1] == found[0] and found[2] == found[0]


def test_every_spelling_finds_the_same_statements(db):
    found = [search_statements(db, spelling) for spelling in SPELLINGS]
    assert len(found[0]) == 1 and found[1] == found[0] and found[2] == found[0]


def test_putin_finds_every_statement_of_his(db):
    putin = {r[0] for r in db.execute(
        "SELECT s.id FROM statements s JOIN people p ON p.id = s.person_id WHERE p.name = 'ولادیمیر پوتین'")}
    assert len(putin) == 3  # the surname-only and the Arabic-yeh speakers resolve to him
    assert set(search_statements(db, "پوتین")) == putin
    assert set(search_statements(db, "پوتين")) == putin  # Arabic yeh in the query
    assert set(search_statements(db, "ولادیمیر پوتین")) == putin
    variants = {r[0] for r in db.execute("SELECT n.name FROM person_names n JOIN people p ON p.id = n.person_id "
                                         "WHERE p.name_key = 'ولادیمیرپوتین'")}
    assert variants == {"ولادیمیر پوتین", "ولاديمير پوتين"}  # one person, both spellings kept


# «رئیس» and «رییس»: IRNA and many agencies write the hamza seat as «ی», others «ئ».
HAMZA_SPELLINGS = ("رییس جمهور", "رییس‌جمهور", "رییسجمهور", "رئیس‌جمهور", "رئيس جمهور")


def test_fold_ignores_the_hamza_seat():
    assert fold("رییس جمهور") == fold("رئیس‌جمهور") == fold("رئيسجمهور") == "رییسجمهور"
    assert fold("رییسی") == fold("رئیسی") and fold("مسائل") == fold("مسایل") and fold("پائیز") == fold("پاییز")
    assert fold_key_words("ابراهیم رئیسی") == "ابراهیم رییسی"
    # Display text and the word folding under content hashes and shingles keep «ئ».
    assert unify_letters("رئیس") == "رئیس" and fold_words("رئیس جمهور") == "رئیس جمهور"


def test_either_hamza_spelling_finds_the_same_rows(db):
    store_article(db, article(8, "سفر رییس جمهور", "متن", source="ilna"))  # IRNA's spelling, spaced
    store_article(db, article(9, "خبر", "رییس‌جمهور", meetings=[meeting("2025-10-01", [
        {"name": "ابراهیم رئیسی", "role": "رئیس‌جمهور", "country": "ایران"}, PUTIN],
        [{"speaker": "رئیسی", "text": "رییس جمهور روسیه دوست ماست."}])]))
    store_article(db, article(10, "خبر", "", source="ilna", meetings=[meeting("2025-10-01", [
        {"name": "ابراهیم رییسی", "role": "رییس جمهور", "country": "ایران"}, PUTIN],
        [{"speaker": "ابراهیم رییسی", "text": "همکاری ادامه دارد."}])]))
    found = [search_articles(db, spelling) for spelling in (*HAMZA_SPELLINGS, *SPELLINGS)]
    assert found[0] == [1, 2, 3, 8, 9], found
    assert all(f == found[0] for f in found), found
    statements = [search_statements(db, spelling) for spelling in (*HAMZA_SPELLINGS, *SPELLINGS)]
    assert len(statements[0]) == 2 and all(f == statements[0] for f in statements), statements
    # One person, one meeting: the second agency's report is merged with the first.
    assert db.execute("SELECT count(*) FROM meetings WHERE date = '2025-10-01'").fetchone()[0] == 1
    assert [r[0] for r in db.execute("SELECT name FROM people WHERE name_key = ?", [fold("ابراهیم رییسی")])] == [
        "ابراهیم رئیسی"]
    assert db.execute("SELECT count(DISTINCT person_id) FROM person_names WHERE name_key = ?",
                      [fold("ابراهیم رییسی")]).fetchone()[0] == 1
    assert search_statements(db, "رییسی") == search_statements(db, "رئیسی") != []


def test_words_separated_by_commas_must_all_occur_and_bars_are_alternatives(db):
    assert search_statements(db, "پوتین، سازمان ملل") == search_statements(db, "سازمان ملل")
    assert len(search_statements(db, "اوراسیا | سازمان ملل")) == 2
    assert search_statements(db, "پوتین، سازنده") == []


def test_queries_that_cannot_match_return_nothing_instead_of_failing(db):
    for query in ("", "   ", "ما", '"', "a'b\"c", "OR", "NEAR(", "*"):
        search_articles(db, query)
        search_statements(db, query)
    assert fts_query("") == '""' and fts_query('x"yz') == '("x""yz")'


def test_the_index_follows_new_versions_and_deletions(db):
    store_article(db, article(4, "رئیس‌جمهور در مجلس", "متن ویرایش شده"))  # a new version now has the word
    assert search_articles(db, "رئیسجمهور") == [1, 2, 3, 4]
    article_id = db.execute("SELECT id FROM articles WHERE news_id = 5").fetchone()[0]
    with db.atomic():
        db.execute("DELETE FROM article_versions WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM pages WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert search_articles(db, "وزیر امور خارجه") == []
    # Re-extraction of an article replaces its statements, and the index with them.
    store_article(db, article(6, "دیدار در شانگهای", "ویرایش", meetings=[]))
    assert len(search_statements(db, "پوتین")) == 1


def test_datasette_search_box_folds_the_query(tmp_path, db):
    """The search box of articles and statements_view, through the plugin and metadata."""
    from datasette.app import Datasette

    from archive.browse import PLUGINS, STATIC, metadata

    ds = Datasette([str(tmp_path / "archive.db")], metadata=metadata("archive"), plugins_dir=str(PLUGINS),
                   static_mounts=[("assets", str(STATIC))])

    async def rows(path):
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:500]
        return response.json()

    async def run():
        articles = [sorted(r["id"] for r in await rows(f"/archive/articles.json?_shape=array&_col=id&_search={q}"))
                    for q in SPELLINGS]
        putin = await rows("/archive/statements_view.json?_shape=array&_search=پوتین")
        said = await rows("/archive/person_said.json?_shape=array&person=پوتين&words=سازمان ملل")
        return articles, putin, said

    articles, putin, said = asyncio.run(run())
    assert articles == [[1, 2, 3]] * 3
    assert len(putin) == 3 and {r["speaker"] for r in putin} == {"ولادیمیر پوتین"}
    assert [r["text"] for r in said] == ["روسیه همواره از ایران در سازمان ملل حمایت کرده است."]
    assert json.dumps(said, ensure_ascii=False)


def test_rebuild_and_the_command_line(db, tmp_path):
    import os
    import subprocess
    import sys

    from archive.search import rebuild
    from tests.conftest import ROOT

    before = search_statements(db, "پوتین")
    with db.atomic():
        db.execute("DELETE FROM statements_fts")
        rebuild(db.conn)
    assert search_statements(db, "پوتین") == before and search_articles(db, "رئیس جمهور") == [1, 2, 3]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    done = subprocess.run([sys.executable, "-m", "archive.search", "--db", str(tmp_path / "archive.db"),
                           "--statements", "پوتين، سازمان ملل"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "ولادیمیر پوتین" in done.stdout and "سازمان ملل" in done.stdout
