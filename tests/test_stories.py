"""Stories (archive/stories.py): copies and independent reports of one meeting share a story;
a meeting mentioned second, or the same people on another day, do not; the name comparison
the meeting merge falls back on."""

from __future__ import annotations

import pytest

from archive.reextract import reextract
from archive.schema import open_archive, write_transaction
from archive.stories import assign_story, primary_meeting, rebuild_stories
from archive.writer import match_participants, same_person, store_article
from pipelines.dedupe import content_hash
from pipelines.extract import article_meetings
from pipelines.neardup import assign_cluster
from tests.test_neardup import report, seed

ARAGHCHI = {"name": "سید عباس عراقچی", "role": "وزیر امور خارجه", "country": "ایران"}
BUSAIDI = {"name": "بدر بن حمد البوسعیدی", "role": "وزیر امور خارجه", "country": "عمان"}
ARAGHCHI_SHORT = {"name": "عراقچی", "role": "وزیر امور خارجه", "country": "ایران"}
BUSAIDI_SHORT = {"name": "بدر البوسعیدی", "role": "وزیر خارجه", "country": "عمان"}
LAVROV = {"name": "سرگئی لاوروف", "role": "وزیر امور خارجه", "country": "روسیه"}
MIQDAD = {"name": "فیصل المقداد", "role": "وزیر امور خارجه", "country": "سوریه"}


def meeting(date="2025-03-10", participants=(ARAGHCHI, BUSAIDI), status="held", **extra) -> dict:
    return {"kind": "meeting", "status": status, "date": date, "location": None, "city": None, "country": None,
            "occasion": None, "participants": [dict(p) for p in participants], "statements": [], "topics": [],
            **extra}


def article(news_id, source="irna", meetings=(), body=None, published="2025-03-10T13:00:00+03:30", **extra) -> dict:
    result = {"source": source, "news_id": news_id, "url": f"http://example.org/{source}/{news_id}",
              "title": f"خبر {news_id}", "lead": None, "body": body or f"متن جداگانه شماره {news_id}",
              "published": published, "fetched_at": "2025-03-10T12:00:00+00:00", "meetings": list(meetings), **extra}
    result["content_hash"] = content_hash(result)
    return result


def store(db, item: dict) -> int:
    """As StorePipeline does: the cluster, then the article, in one transaction."""
    with write_transaction(db):
        item["cluster_id"] = assign_cluster(db, item)
        return store_article(db, item)


def story(db, article_id: int) -> int:
    return db.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def stories(db) -> dict[int, int]:
    return dict(db.execute("SELECT id, story_id FROM articles ORDER BY id").fetchall())


@pytest.fixture
def db(tmp_path):
    database = open_archive(tmp_path / "archive.db")
    yield database
    database.close()


# ---- the name comparison -------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("بدر بن حمد البوسعیدی", "بدر البوسعیدی"),          # patronymic left out
    ("بدر بن حمد بن حمود البوسعیدی", "بدر البوسعیدی"),   # two of them
    ("البوسعیدی", "بدر بن حمد البوسعیدی"),               # surname only
    ("بوسعیدی", "بدر البوسعیدی"),                        # without the Arabic article
    ("امیرعبداللهیان", "حسین امیرعبداللهیان"),           # surname only
    ("امیر عبداللهیان", "حسین امیر‌عبداللهیان"),         # surname spaced or not
    ("سید عباس عراقچی", "عباس عراقچی"),                 # honorific
    ("دکتر مسعود پزشکیان", "پزشکیان"),
    ("آقای سید عباس عراقچی", "عراقچی"),
    ("حجت‌الاسلام والمسلمین محسنی اژه‌ای", "محسنی اژه‌ای"),
    ("حجت الاسلام محسنی اژه‌ای", "غلامحسین محسنی اژه‌ای"),
    ("شیخ تمیم بن حمد آل ثانی", "تمیم آل ثانی"),
    ("بن سلمان", "محمد بن سلمان"),                      # a final «بن X» is the family name
    ("شاهزاده فیصل بن فرحان", "فیصل بن فرحان آل سعود"),   # a dynasty «آل X» at the end
    ("شاهزاده بن فرحان", "فیصل بن فرحان آل سعود"),
    ("بن سلمان", "محمد بن سلمان آل سعود"),
    ("ابراهیم رئيسي", "ابراهیم رئیسی"),                  # spelling (fold)
])
def test_variants_of_one_name_match(a, b):
    assert same_person({"name": a}, {"name": b}) and same_person({"name": b}, {"name": a})


@pytest.mark.parametrize("a, b", [
    ("علی لاریجانی", "صادق لاریجانی"),                   # same surname, another person
    ("لاریجانی", "لاریجانی‌فر"),                          # another surname that starts alike
    ("عبداللهیان", "حسین امیرعبداللهیان"),               # a part of a word is not a surname
    ("حسین", "حسین امیرعبداللهیان"),                     # given name only
    ("محمد", "محمد بن سلمان"),                          # the final «بن X» is not dropped
    ("فیصل بن فرحان", "فیصل المقداد"),
    ("رضا پهلوی", "محمدرضا پهلوی"),
    ("سید", "سید عباس عراقچی"),                         # nothing but an honorific
    ("بدر البوسعیدی", "بدر الحارثی"),
    ("محمد بن سلمان آل سعود", "محمد بن نایف آل سعود"),   # two patronymics given, different
    ("فیصل بن فرحان آل سعود", "فیصل آل ثانی"),
    ("تمیم آل ثانی", "تمیم آل سعود"),
])
def test_different_names_do_not_match(a, b):
    assert not same_person({"name": a}, {"name": b}) and not same_person({"name": b}, {"name": a})


def test_unnamed_participants_match_by_office_and_country_only():
    envoy = {"name": None, "role": "سفیر", "country": "ژاپن"}
    assert same_person(envoy, {"name": None, "role": "سفير", "country": "ژاپن"})
    assert not same_person(envoy, {"name": None, "role": "سفیر", "country": "چین"})
    assert not same_person(envoy, {"name": "کازوتوشی آیزاوا", "role": "سفیر", "country": "ژاپن"})


def test_participants_are_paired_one_to_one():
    ali, sadegh, surname = ({"name": "علی لاریجانی"}, {"name": "صادق لاریجانی"}, {"name": "لاریجانی"})
    # «لاریجانی» could be either; only the pairing that leaves «علی لاریجانی» his match is one to one.
    assert match_participants([surname, ali], [ali, sadegh]) == [1, 0]
    assert sorted(match_participants([surname, surname], [ali, sadegh])) == [0, 1]
    assert match_participants([ali, ali], [ali, sadegh]) is None
    assert match_participants([ARAGHCHI_SHORT, BUSAIDI_SHORT], [BUSAIDI, ARAGHCHI]) == [1, 0]
    assert match_participants([ARAGHCHI_SHORT], [BUSAIDI, ARAGHCHI]) is None


# ---- the meeting merge with name variants --------------------------------------------------

def test_two_agencies_naming_people_differently_report_one_meeting(db):
    first = store(db, article(1, meetings=[meeting(participants=(ARAGHCHI, BUSAIDI),
                                                   statements=[{"speaker": "البوسعیدی", "text": "الف"}])]))
    second = store(db, article(2, source="isna", published="2025-03-10T15:00:00+03:30",
                               meetings=[meeting(date="2025-03-11", participants=(BUSAIDI_SHORT, ARAGHCHI_SHORT),
                                                 city="تهران",
                                                 statements=[{"speaker": "بدر البوسعیدی", "text": "ب"}])]))
    assert db["meetings"].count == 1
    (meeting_id,) = [r[0] for r in db.execute("SELECT id FROM meetings")]
    assert sorted(db.execute("SELECT article_id FROM meeting_sources").fetchall()) == [(first,), (second,)]
    assert db["meetings"].get(meeting_id)["city"] == "تهران"  # the second report filled in the place
    # The short forms are the archived people, neither new people nor spellings of them.
    assert sorted(r[0] for r in db.execute("SELECT name FROM people")) == sorted(["سید عباس عراقچی",
                                                                                   "بدر بن حمد البوسعیدی"])
    busaidi = db.execute("SELECT id FROM people WHERE name = ?", [BUSAIDI["name"]]).fetchone()[0]
    assert [r[0] for r in db.execute("SELECT person_id FROM statements ORDER BY id")] == [busaidi, busaidi]


@pytest.mark.parametrize("change", [
    {"date": "2025-03-13"},                                 # three days later
    {"status": "planned"},
    {"kind": "call"},
    {"participants": (ARAGHCHI_SHORT, BUSAIDI_SHORT, LAVROV)},   # another number of people
    {"participants": (ARAGHCHI_SHORT, MIQDAD)},                 # another counterpart
    {"participants": ({**ARAGHCHI_SHORT, "name": "کاظم غریب‌آبادی"}, BUSAIDI_SHORT)},
])
def test_the_fallback_does_not_merge_other_meetings(db, change):
    store(db, article(1, meetings=[meeting()]))
    store(db, article(2, source="isna", meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))]))
    assert db["meetings"].count == 1  # the control: merged
    store(db, article(3, source="mehr", meetings=[meeting(**{"participants": (ARAGHCHI_SHORT, BUSAIDI_SHORT),
                                                             **change})]))
    assert db["meetings"].count == 2


def test_undated_reports_merge_only_with_undated_ones(db):
    store(db, article(1, meetings=[meeting(date=None)]))
    store(db, article(2, source="isna", meetings=[meeting(date=None, participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))]))
    store(db, article(3, source="mehr", meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))]))
    assert [r[0] for r in db.execute("SELECT count(*) FROM meeting_sources GROUP BY meeting_id ORDER BY meeting_id")
            ] == [2, 1]


# ---- stories -------------------------------------------------------------------------------

def test_a_copy_shares_the_story_of_the_first_report(db):
    first = store(db, article(1, body=report()["body"], source="iribnews"))
    copy = store(db, article(7, source="ilna", body=report(credit="به گزارش ایلنا،")["body"],
                             published="2025-03-10T18:00:00+03:30"))
    other = store(db, article(8, source="ilna", body=report(paragraphs=[])["body"].replace("بوسعیدی", "لاوروف")
                              + "\n" + "متن دیگری درباره موضوعی دیگر " * 30))
    assert db.execute("SELECT count(DISTINCT cluster_id) FROM articles").fetchone()[0] == 2
    assert stories(db) == {first: first, copy: first, other: other}


def test_independent_reports_of_one_meeting_share_a_story_across_agencies_and_spellings(db):
    irna = store(db, article(1, meetings=[meeting()]))
    isna = store(db, article(2, source="isna", published="2025-03-10T16:00:00+03:30",
                             meetings=[meeting(participants=(BUSAIDI_SHORT, ARAGHCHI_SHORT))]))
    elsewhere = store(db, article(3, source="mehr", meetings=[meeting(participants=(ARAGHCHI, MIQDAD))]))
    assert db.execute("SELECT count(DISTINCT cluster_id) FROM articles").fetchone()[0] == 3  # no copy
    assert stories(db) == {irna: irna, isna: irna, elsewhere: elsewhere}
    view = list(db.query("SELECT * FROM stories ORDER BY story_id"))
    assert [(r["story_id"], r["n_articles"], r["n_sources"], r["first_published"], r["title"], r["sources"])
            for r in view] == [(irna, 2, 2, "2025-03-10T13:00:00+03:30", "خبر 1", '["irna","isna"]'),
                               (elsewhere, 1, 1, "2025-03-10T13:00:00+03:30", "خبر 3", '["mehr"]')]
    assert [r[0] for r in db.execute("SELECT story_id FROM meeting_articles ORDER BY article_id")] == [irna, irna,
                                                                                                       elsewhere]


def test_a_meeting_reported_second_does_not_join_its_story(db):
    """ind-043: a report whose second meeting is another article's (primary) meeting."""
    oman = store(db, article(1, meetings=[meeting()]))
    syria_then_oman = store(db, article(2, source="isna", meetings=[meeting(participants=(ARAGHCHI, MIQDAD)),
                                                                     meeting(participants=(ARAGHCHI_SHORT,
                                                                                           BUSAIDI_SHORT))]))
    assert db["meetings"].count == 2  # the Oman meeting is one meeting with two reports ...
    assert story(db, syria_then_oman) == syria_then_oman != story(db, oman)  # ... but not the same story
    syria = store(db, article(3, source="mehr", meetings=[meeting(participants=(MIQDAD, ARAGHCHI_SHORT))]))
    assert story(db, syria) == syria_then_oman
    # The other way round: its primary meeting is the first one's second.
    oman_again = store(db, article(4, source="tasnim", meetings=[meeting()]))
    assert story(db, oman_again) == oman


def test_only_a_held_or_planned_meeting_can_be_primary(db):
    unknown = meeting(participants=(ARAGHCHI, MIQDAD), status=None)
    first = store(db, article(1, meetings=[meeting()]))
    second = store(db, article(2, source="isna", meetings=[unknown, meeting(participants=(ARAGHCHI_SHORT,
                                                                                          BUSAIDI_SHORT))]))
    third = store(db, article(3, source="mehr", meetings=[unknown]))
    assert primary_meeting(db, third) is None
    assert stories(db) == {first: first, second: first, third: third}


def test_the_same_people_on_another_day_are_another_story(db):
    irib = seed("iribnews-2025-09-01.txt", "2025-09-01T20:00:00+03:30")
    ilna = seed("ilna-2025-12-12.txt", "2025-12-12T10:00:00+03:30")
    ids = []
    for item in (irib, ilna):
        item = article(item["news_id"], source=item["source"], body=item["body"], published=item["published"])
        item["meetings"] = article_meetings(item)
        ids.append(store(db, item))
    people = [db.execute("SELECT m.participants_key FROM meetings m WHERE m.id = ?",
                         [primary_meeting(db, i)]).fetchone()[0] for i in ids]
    assert people[0] == people[1] and db["meetings"].count == 2  # the same two presidents, two meetings
    assert stories(db) == {ids[0]: ids[0], ids[1]: ids[1]}
    # A relay of the first by another agency, naming the presidents by surname: the first's story.
    relay = article(5, source="isna", published="2025-09-01T23:00:00+03:30",
                    body="پزشکیان و پوتین امروز در حاشیه اجلاس شانگهای در تیانجین با یکدیگر دیدار و گفت‌وگو کردند.")
    relay["meetings"] = article_meetings(relay)
    assert relay["meetings"] and relay["meetings"][0]["date"] == "2025-09-01"
    assert story(db, store(db, relay)) == ids[0]


def test_an_edited_article_keeps_its_story_while_it_links_to_it(db):
    a = store(db, article(1, body=report()["body"]))                         # story a (cluster)
    b = store(db, article(2, source="isna", meetings=[meeting()]))           # story b (meeting)
    c = store(db, article(3, source="mehr", meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))]))
    assert stories(db) == {a: a, b: b, c: b}
    # c is edited into a copy of a while still reporting b's meeting: it links to both stories
    # and stays in its own (a new article would take the earliest-archived, a's).
    edited = article(3, source="mehr", body=report(credit="به گزارش مهر،")["body"],
                     meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))])
    store(db, edited)
    assert db.execute("SELECT cluster_id FROM articles WHERE id = ?", [c]).fetchone()[0] == \
        db.execute("SELECT cluster_id FROM articles WHERE id = ?", [a]).fetchone()[0]
    assert story(db, c) == b
    # Edited again, no longer reporting the meeting: it leaves for the story it links to.
    store(db, {**edited, "meetings": [], "fetched_at": "2025-03-11T00:00:00+00:00"})
    assert story(db, c) == a
    # A founder others joined keeps its story (their id) even when it no longer links to them.
    d = store(db, article(4, source="tasnim", meetings=[meeting()]))
    assert story(db, d) == b
    store(db, article(2, source="isna", body=report(credit="به گزارش ایسنا،")["body"],
                      meetings=[meeting(participants=(ARAGHCHI, MIQDAD))]))  # now a copy of a
    assert story(db, b) == b and story(db, d) == b
    # A member that links to nothing any more founds its own.
    store(db, article(4, source="tasnim", meetings=[meeting(date="2025-03-20")]))
    assert stories(db) == {a: a, b: b, c: a, d: d}


def test_rebuilding_gives_what_storing_in_publication_order_gave(db):
    items = [
        article(1, body=report()["body"], published="2025-03-10T08:00:00+03:30"),
        article(2, source="isna", meetings=[meeting()], published="2025-03-10T09:00:00+03:30"),
        article(3, source="mehr", body=report(credit="به گزارش مهر،")["body"], meetings=[
            meeting(participants=(BUSAIDI_SHORT, ARAGHCHI_SHORT))], published="2025-03-10T10:00:00+03:30"),
        article(4, source="tasnim", meetings=[meeting(participants=(ARAGHCHI, MIQDAD)), meeting()],
                published="2025-03-10T11:00:00+03:30"),
        article(5, source="irna", meetings=[meeting(participants=(ARAGHCHI_SHORT, MIQDAD))],
                published="2025-03-10T12:00:00+03:30"),
        article(6, source="irna", published=None),
    ]
    for item in items:
        store(db, item)
    incremental = stories(db)
    assert incremental == {1: 1, 2: 2, 3: 1, 4: 4, 5: 4, 6: 6}
    db.execute("UPDATE articles SET story_id = 6")  # all wrong but one
    assert rebuild_stories(db) == 4
    assert stories(db) == incremental
    assert [assign_story(db, i) for i in (1, 3, 4, 5, 6)] == [1, 1, 4, 4, 6]  # assigning again changes nothing


def test_rebuilding_follows_publication_order_not_archiving_order(db):
    late = store(db, article(1, meetings=[meeting()], published="2025-03-10T18:00:00+03:30"))
    early = store(db, article(2, source="isna", meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))],
                              published="2025-03-10T08:00:00+03:30"))
    assert stories(db) == {late: late, early: late}
    assert rebuild_stories(db) == 1
    assert stories(db) == {late: early, early: early}


def test_reextraction_rebuilds_the_stories_from_the_new_meetings(db):
    irib = seed("iribnews-2025-09-01.txt", "2025-09-01T20:00:00+03:30")
    items = [
        article(1, source="iribnews", body=irib["body"], published=irib["published"]),
        article(2, source="isna", published="2025-09-01T23:00:00+03:30",
                body="پزشکیان و پوتین امروز در حاشیه اجلاس شانگهای در تیانجین با یکدیگر دیدار و گفت‌وگو کردند."),
        article(3, source="mehr", published="2025-09-02T09:00:00+03:30",
                body="عراقچی و لاوروف امروز در مسکو دیدار و درباره همکاری‌های دوجانبه گفت‌وگو کردند."),
    ]
    for item in items:
        item["meetings"] = article_meetings(item)
        store(db, item)  # no raw page: re-extraction re-reads the stored text
    expected = stories(db)
    assert expected == {1: 1, 2: 1, 3: 3}
    # Stored with meetings the extraction does not find (as an older extractor might have):
    # the story follows them, and re-extraction puts it right.
    store(db, {**items[1], "meetings": [meeting(date="2025-09-01", participants=(ARAGHCHI, MIQDAD))]})
    assert story(db, 2) == 2
    summary = reextract(db, dry_run=True)
    assert summary["stories_after"] == 2 and story(db, 2) == 2  # rolled back
    summary = reextract(db)
    assert (summary["stories_before"], summary["stories_after"], summary["articles_whose_story_changed"]) == (3, 2, 2)
    assert stories(db) == expected
    # Consistent: every story is named after one of its articles, each article's primary
    # meeting is its story's, and a rebuild changes nothing.
    assert db.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                      "(SELECT 1 FROM articles f WHERE f.id = a.story_id AND f.story_id = a.story_id)").fetchone()[0] == 0
    assert primary_meeting(db, 1) == primary_meeting(db, 2) != primary_meeting(db, 3)
    rebuild_stories(db)
    assert stories(db) == expected


def test_the_datasette_metadata_describes_the_view_and_its_query_runs(db):
    from archive.browse import metadata

    tables = metadata("archive")["databases"]["archive"]
    first = store(db, article(1, meetings=[meeting()]))
    store(db, article(2, source="isna", meetings=[meeting(participants=(ARAGHCHI_SHORT, BUSAIDI_SHORT))]))
    columns = [d[0] for d in db.execute("SELECT * FROM stories LIMIT 0").description]
    assert set(tables["tables"]["stories"]["columns"]) == set(columns)
    assert "story_id" in tables["tables"]["articles"]["columns"]
    sql = tables["queries"]["story_articles"]["sql"]
    assert [r[-1] for r in db.execute(sql, {"story_id": str(first)})] == [1, 2]
