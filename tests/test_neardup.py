"""Near-duplicate clusters: copies cluster, distinct stories (the seeds) do not, the index
persists in the archive, re-indexing is idempotent, look-ups never scan."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from archive.schema import open_archive
from pipelines import neardup
from pipelines.neardup import assign_cluster, cluster_of, members

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PAIR_FILES = [Path(__file__).resolve().parents[1] / "devset" / "pairs" / name
              for name in ("pairs.jsonl", "handwritten.jsonl")]

OPENING = ("عباس عراقچی وزیر امور خارجه صبح امروز در دیدار با بدر البوسعیدی وزیر امور خارجه عمان "
           "بر ضرورت گسترش همکاری‌های دوجانبه و منطقه‌ای تأکید کرد.")
PARAGRAPHS = [
    "عراقچی با اشاره به اینکه راه‌اندازی خط مستقیم کشتیرانی میان بندرهای دو کشور در اولویت "
    "برنامه‌های دولت قرار دارد، افزود: تشکیل کارگروه مشترک مدیریت منابع آب می‌تواند روابط دو "
    "کشور را وارد مرحله تازه‌ای کند.",
    "البوسعیدی نیز با بیان اینکه امنیت کشتیرانی در تنگه هرمز به سود ملت‌های منطقه خواهد بود، "
    "گفت: مسقط آماده است میزبان دور تازه گفت‌وگوهای کارشناسی باشد و این گفت‌وگوها باید هرچه "
    "سریع‌تر به نتیجه برسد.",
    "وزیر امور خارجه کشورمان همچنین از برگزاری نمایشگاه مشترک کالاهای صنعتی در مسقط در ماه "
    "آینده خبر داد و گفت: حجم مبادلات دو کشور در سال گذشته به ۲ میلیارد دلار رسید.",
    "در پایان این دیدار دو طرف بر ادامه رایزنی‌ها و تبادل هیئت‌ها در سطوح مختلف تأکید کردند.",
]


def report(news_id=1, source="iribnews", credit="به گزارش خبرگزاری صدا و سیما،", paragraphs=None,
           published="2025-10-05T10:00:00+03:30", lead=OPENING, **extra) -> dict:
    body = [f"{credit} {OPENING}", *(PARAGRAPHS if paragraphs is None else paragraphs), "انتهای پیام"]
    return {"source": source, "news_id": news_id, "lead": lead, "body": "\n".join(body),
            "published": published, "title": "عراقچی در دیدار البوسعیدی", **extra}


def seed(name: str, published: str | None) -> dict:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seeds are not beside the checkout ({SEEDS})")
    text = (SEEDS / name).read_text(encoding="utf-8")
    source = name.split("-")[0]
    return {"source": source, "news_id": 1 if source == "iribnews" else 2, "lead": None,
            "body": text, "published": published}


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


def band_rows(conn, source, news_id):
    return conn.execute("SELECT b.key FROM neardup_bands b JOIN neardup_docs d ON d.id = b.doc_id"
                        " WHERE d.source = ? AND d.news_id = ? ORDER BY b.key", [source, news_id]).fetchall()


# ---- the seeds: two meetings of the same presidents, months apart -------------------------

@pytest.mark.parametrize("dates", [("2025-09-01", "2025-12-12"), ("2025-09-01", "2025-09-01"), (None, None)])
def test_the_two_seed_meetings_do_not_cluster(db, dates):
    """Not even when the date window cannot help (same day, or no dates at all)."""
    irib = seed("iribnews-2025-09-01.txt", dates[0])
    ilna = seed("ilna-2025-12-12.txt", dates[1])
    fa, fb = neardup.fingerprint(irib), neardup.fingerprint(ilna)
    assert fa.indexable and fb.indexable
    j, c = neardup.similarity(fa, fb)
    assert j < 0.2 and c < 0.3
    assert not neardup.same_story(fa, fb)
    assert assign_cluster(db, irib) != assign_cluster(db, ilna)


def test_a_seed_republished_by_the_other_agency_clusters_with_it(db):
    irib = seed("iribnews-2025-09-01.txt", "2025-09-01")
    text = irib["body"].replace("به گزارش خبرگزاری صدا و سیما،", "به گزارش ایلنا،").replace("\u200c", "")
    copy = {**irib, "source": "ilna", "news_id": 99, "body": text, "published": "2025-09-02"}
    first = assign_cluster(db, irib)
    assert assign_cluster(db, copy) == first
    assert assign_cluster(db, seed("ilna-2025-12-12.txt", "2025-09-02")) != first


# ---- copies cluster, across and within sources ---------------------------------------------

def test_a_copy_with_another_credit_line_joins_the_first_reports_cluster(db):
    first = assign_cluster(db, report(1))
    copy = report(7, source="ilna", credit="به گزارش ایلنا به نقل از پایگاه اطلاع‌رسانی وزارت امور خارجه،",
                  lead=None, published="2025-10-05T18:00:00+03:30")
    assert assign_cluster(db, copy) == first == cluster_of(db, "iribnews", 1)
    assert members(db, first) == [("iribnews", 1), ("ilna", 7)]


def test_copying_noise_does_not_matter(db):
    """ZWNJ lost or turned into spaces, Arabic letters, other digits: the same characters once folded."""
    first = assign_cluster(db, report(1))
    noisy = report(2, source="ilna", credit="به گزارش ایلنا،")
    noisy["body"] = (noisy["body"].replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")
                     .replace("۲", "2"))
    noisy["lead"] = noisy["lead"].replace("\u200c", "")
    assert assign_cluster(db, noisy) == first


def test_light_edits_and_a_repost_in_the_same_source_cluster(db):
    first = assign_cluster(db, report(1))
    edited = report(2, paragraphs=[PARAGRAPHS[1], PARAGRAPHS[0].replace("افزود", "ادامه داد"),
                                   "این دیدار حدود یک ساعت به طول انجامید.", PARAGRAPHS[3]])
    assert assign_cluster(db, edited) == first


def test_split_and_merged_reports_cluster(db):
    whole = assign_cluster(db, report(1))
    part = report(2, source="ilna", paragraphs=PARAGRAPHS[:2])
    assert assign_cluster(db, part) == whole
    merged = report(3, source="ilna", paragraphs=[
        *PARAGRAPHS, "البوسعیدی همچنین با قدردانی از مواضع ایران، آمادگی کشورش را برای تقویت همکاری‌ها "
        "در حوزه انرژی و حمل‌ونقل دریایی اعلام کرد و گفت: سفر هیئت تجاری عمان به بندرعباس "
        "در دستور کار است."])
    assert assign_cluster(db, merged) == whole


OTHER_LEAD = ("وزیران امور خارجه ایران و عمان که امروز در تهران با یکدیگر دیدار کردند درباره امنیت "
              "کشتیرانی و برگزاری نمایشگاه مشترک صنعتی در مسقط به توافق رسیدند.")
OTHER_CLOSING = ("قرار است کارشناسان دو کشور هفته آینده برای بررسی جزئیات فنی این توافق‌ها در مسقط "
                 "گرد هم آیند و نتیجه را به وزیران گزارش دهند.")


def test_a_part_keeping_the_reports_sentences_word_for_word_clusters_by_sentences(db):
    # The second part of a report split in two: its own opening and closing around two
    # paragraphs of the whole, too little shared text for the signatures alone.
    whole = assign_cluster(db, report(1))
    part = report(2, source="ilna", credit="به گزارش ایلنا،", lead=OTHER_LEAD,
                  paragraphs=[PARAGRAPHS[1], PARAGRAPHS[2], OTHER_CLOSING])
    a, b = neardup.fingerprint(report(1)), neardup.fingerprint(part)
    j, c = neardup.similarity(a, b)
    assert j < neardup.JACCARD and c < neardup.CONTAINMENT  # the text measures alone miss it
    shared = len(a.sentences & b.sentences)
    assert shared >= neardup.SHARED_SENTENCES and shared >= neardup.SENTENCE_SHARE * len(b.sentences)
    assert assign_cluster(db, part) == whole


def test_a_follow_up_repeating_a_background_paragraph_does_not_cluster(db):
    # The opening and a background paragraph repeated in a next-day report: three sentences
    # of nine, a small share of it.
    first = assign_cluster(db, report(1))
    follow_up = report(2, source="ilna", credit="به گزارش ایلنا،", lead=OTHER_LEAD,
                       published="2025-10-06T10:00:00+03:30", paragraphs=[
                           OTHER_CLOSING,
                           "سخنگوی وزارت امور خارجه روز سه‌شنبه در نشست خبری هفتگی خود از آغاز به کار "
                           "کارگروه فنی دو کشور خبر داد و گفت: نخستین جلسه این کارگروه در مسقط برگزار شد.",
                           "وی افزود: هیئت بازرگانی عمان نیز ماه آینده برای بازدید از منطقه آزاد قشم و "
                           "دیدار با فعالان اقتصادی استان هرمزگان به ایران سفر خواهد کرد.",
                           "وی درباره مذاکرات هسته‌ای نیز گفت: تصمیم درباره دور بعدی گفت‌وگوها پس از "
                           "بازگشت هیئت مذاکره‌کننده از وین و بررسی پیشنهادهای طرف مقابل گرفته می‌شود.",
                           PARAGRAPHS[1]])
    mine = neardup.fingerprint(follow_up).sentences
    shared = len(neardup.fingerprint(report(1)).sentences & mine)
    assert neardup.SHARED_SENTENCES <= shared < neardup.SENTENCE_SHARE * len(mine)
    assert assign_cluster(db, follow_up) != first


def test_a_different_story_on_the_same_topic_the_same_day_does_not_cluster(db):
    first = assign_cluster(db, report(1))
    other = {"source": "ilna", "news_id": 5, "published": "2025-10-05T12:00:00+03:30", "lead": None, "body":
             "به گزارش ایلنا، عباس عراقچی وزیر امور خارجه ظهر امروز در گفت‌وگوی تلفنی با فواد حسین "
             "وزیر امور خارجه عراق درباره زیارت اربعین و تسهیل تردد زائران رایزنی کرد.\n"
             "عراقچی با اشاره به اینکه بازگشایی گذرگاه مرزی و افزایش ساعت کار گمرک در اولویت "
             "برنامه‌های دولت قرار دارد، افزود: همکاری در مبارزه با قاچاق مواد مخدر در مرزهای مشترک "
             "نیازمند اراده جدی هر دو طرف است.\n"
             "فواد حسین نیز گفت: بغداد برای میزبانی از زائران ایرانی آماده است.\n"
             "در پایان این گفت‌وگو دو طرف بر ادامه رایزنی‌ها و تبادل هیئت‌ها در سطوح مختلف تأکید کردند."}
    assert assign_cluster(db, other) != first


def test_the_same_text_far_apart_in_time_is_another_story(db):
    first = assign_cluster(db, report(1))
    later = report(2, published="2025-12-20T10:00:00+03:30")  # 76 days later
    assert assign_cluster(db, later) != first
    # ... but within the window it is a copy
    assert assign_cluster(db, report(3, published="2025-10-12T10:00:00+03:30")) == first


def test_short_texts_are_their_own_clusters(db):
    caption = {"source": "iribnews", "news_id": 1, "lead": "دیدار وزیران خارجه", "body": "",
               "published": "2025-10-05"}
    assert not neardup.fingerprint(caption).indexable
    a = assign_cluster(db, caption)
    b = assign_cluster(db, {**caption, "source": "ilna", "news_id": 2})
    assert a != b
    assert db.execute("SELECT COUNT(*) FROM neardup_bands").fetchone()[0] == 0


def test_the_most_similar_cluster_wins(db):
    a = assign_cluster(db, report(1, paragraphs=PARAGRAPHS[:2]))
    b = assign_cluster(db, report(2, source="ilna", paragraphs=PARAGRAPHS[2:]))
    assert a != b
    # mostly b's text: joins b's cluster, not a's
    c = report(3, paragraphs=[PARAGRAPHS[0][:60], *PARAGRAPHS[2:]])
    assert assign_cluster(db, c) == b



def test_a_round_up_of_two_stories_does_not_merge_their_clusters(db):
    a = assign_cluster(db, report(1, paragraphs=PARAGRAPHS[:2]))
    b = assign_cluster(db, report(2, source="ilna", paragraphs=PARAGRAPHS[2:]))
    assert a != b
    round_up = assign_cluster(db, report(3, paragraphs=PARAGRAPHS))
    assert round_up in (a, b)
    assert cluster_of(db, "iribnews", 1) == a and cluster_of(db, "ilna", 2) == b


# ---- persistence, idempotence, edits -------------------------------------------------------

def test_the_index_persists_in_the_archive_across_reopen(tmp_path):
    path = tmp_path / "archive.db"
    archive = open_archive(path)
    first = assign_cluster(archive, report(1))
    archive.close()

    archive = open_archive(path)
    tables = set(archive.table_names())
    assert {"neardup_docs", "neardup_bands", "neardup_meta", "articles"} <= tables
    assert cluster_of(archive, "iribnews", 1) == first
    assert assign_cluster(archive, report(2, source="ilna", credit="به گزارش ایلنا،")) == first
    archive.close()


def test_reindexing_the_same_article_changes_nothing(db):
    first = assign_cluster(db, report(1))
    assign_cluster(db, report(2, source="ilna"))
    before = (db.execute("SELECT * FROM neardup_docs ORDER BY id").fetchall(),
              db.execute("SELECT * FROM neardup_bands ORDER BY key, doc_id").fetchall())
    assert assign_cluster(db, report(1)) == first
    assert assign_cluster(db, report(2, source="ilna")) == first
    after = (db.execute("SELECT * FROM neardup_docs ORDER BY id").fetchall(),
             db.execute("SELECT * FROM neardup_bands ORDER BY key, doc_id").fetchall())
    assert after == before
    assert len(before[1]) == 2 * neardup.BANDS


def test_an_edited_article_is_reindexed_and_keeps_its_cluster(db):
    first = assign_cluster(db, report(1))
    assign_cluster(db, report(2, source="ilna"))
    old_keys = band_rows(db, "ilna", 2)
    edited = report(2, source="ilna", paragraphs=[*PARAGRAPHS[:3], "این دیدار حدود یک ساعت به طول انجامید."])
    assert assign_cluster(db, edited) == first
    new_keys = band_rows(db, "ilna", 2)
    assert len(new_keys) == neardup.BANDS and new_keys != old_keys  # old bands gone, new ones in
    assert db.execute("SELECT COUNT(*) FROM neardup_docs").fetchone()[0] == 2
    assert assign_cluster(db, edited) == first  # and again: idempotent after the edit


def test_a_founder_keeps_its_cluster_id_when_edited_even_beyond_recognition(db):
    first = assign_cluster(db, report(1))
    assert assign_cluster(db, report(2, source="ilna")) == first
    rewritten = seed("ilna-2025-12-12.txt", "2025-10-05")
    rewritten.update(source="iribnews", news_id=1)
    assert assign_cluster(db, rewritten) == first  # others joined it: the id stays stable
    assert cluster_of(db, "ilna", 2) == first


def test_a_member_edited_into_another_story_leaves_the_cluster(db):
    first = assign_cluster(db, report(1))
    assert assign_cluster(db, report(2, source="ilna")) == first
    rewritten = seed("ilna-2025-12-12.txt", "2025-10-05")
    rewritten.update(source="ilna", news_id=2)
    moved = assign_cluster(db, rewritten)
    assert moved != first
    assert members(db, first) == [("iribnews", 1)]
    assert members(db, moved) == [("ilna", 2)]


def test_remove_takes_an_article_out_of_the_index(db):
    first = assign_cluster(db, report(1))
    neardup.remove(db, "iribnews", 1)
    assert cluster_of(db, "iribnews", 1) is None
    assert db.execute("SELECT COUNT(*) FROM neardup_bands").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM neardup_sentences").fetchone()[0] == 0
    second = assign_cluster(db, report(2, source="ilna"))  # nothing left to join
    assert second != first  # ids are never reused
    assert members(db, second) == [("ilna", 2)] and members(db, first) == []


def test_an_index_built_with_other_parameters_is_refused(db, monkeypatch):
    assign_cluster(db, report(1))
    monkeypatch.setitem(neardup.PARAMS, "bands", neardup.BANDS + 1)
    monkeypatch.setattr(neardup, "_PARAMS_TEXT", {k: str(v) for k, v in neardup.PARAMS.items()})
    with pytest.raises(neardup.IndexMismatch):
        assign_cluster(db, report(2))


def test_writes_commit_inside_and_outside_the_callers_transaction(tmp_path):
    path = tmp_path / "a.db"
    archive = open_archive(path)
    with archive.atomic():  # inside the writer's transaction: a savepoint
        first = assign_cluster(archive, report(1))
    assign_cluster(archive, report(2, source="ilna"))  # on its own: committed at once
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM neardup_docs").fetchone()[0] == 2
    assert cluster_of(other, "ilna", 2) == first
    other.close()
    archive.close()


def test_backfill_indexes_an_archive_crawled_before_clustering(tmp_path):
    from archive.writer import store_article
    from pipelines.dedupe import content_hash

    archive = open_archive(tmp_path / "a.db")
    copy = report(7, source="ilna", credit="به گزارش ایلنا،")
    other = {**seed("ilna-2025-12-12.txt", "2025-12-12"), "news_id": 8}
    for article in (report(1), copy, other):
        store_article(archive, {**article, "content_hash": content_hash(article)})
    assert neardup.index_archive(archive) == 3
    assert neardup.index_archive(archive) == 0  # already indexed
    assert cluster_of(archive, "iribnews", 1) == cluster_of(archive, "ilna", 7)
    assert cluster_of(archive, "ilna", 8) != cluster_of(archive, "ilna", 7)
    clusters = {r[0] for r in archive.execute("SELECT cluster_id FROM neardup_docs")}
    assert len(clusters) == 2
    columns = {r[1] for r in archive.execute("PRAGMA table_info(articles)")}
    if "cluster_id" in columns:  # the archive's schema version with the column
        rows = dict(archive.execute("SELECT news_id, cluster_id FROM articles WHERE source = 'ilna'").fetchall())
        assert rows == {7: cluster_of(archive, "ilna", 7), 8: cluster_of(archive, "ilna", 8)}
    archive.close()


def test_an_index_from_before_sentences_is_upgraded_in_place(tmp_path):
    from archive.writer import store_article
    from pipelines.dedupe import content_hash

    archive = open_archive(tmp_path / "a.db")
    for article in (report(1), report(7, source="ilna", credit="به گزارش ایلنا،")):
        store_article(archive, {**article, "content_hash": content_hash(article)})
    neardup.index_archive(archive)
    before = archive.execute("SELECT id, cluster_id FROM neardup_docs ORDER BY id").fetchall()
    # what version 1 left: no sentence column or table, its parameters
    archive.execute("ALTER TABLE neardup_docs DROP COLUMN sentence_keys")
    archive.execute("DROP TABLE neardup_sentences")
    archive.execute("DELETE FROM neardup_meta")
    archive.conn.executemany("INSERT INTO neardup_meta VALUES (?, ?)",
                             [(k, str(v)) for k, v in neardup.PARAMS_V1.items()])
    archive.conn.commit()

    part = report(2, source="isna", credit="به گزارش ایسنا،", lead=OTHER_LEAD,
                  paragraphs=[PARAGRAPHS[1], PARAGRAPHS[2], OTHER_CLOSING])
    cluster = assign_cluster(archive, part)  # upgrades first, then finds the part by its sentences
    assert dict(archive.execute("SELECT name, value FROM neardup_meta").fetchall()) == neardup._PARAMS_TEXT
    assert archive.execute("SELECT id, cluster_id FROM neardup_docs WHERE id <= ? ORDER BY id",
                           [before[-1][0]]).fetchall() == before
    keys = neardup.fingerprint(report(1)).sentences
    stored = {r[0] for r in archive.execute(
        "SELECT key FROM neardup_sentences WHERE doc_id = ?", [before[0][0]])}
    assert stored == set(keys) and len(keys) >= 8
    assert cluster == before[0][1]
    archive.close()


# ---- cost: look-ups by band key, never a scan --------------------------------------------

def test_lookups_use_the_band_and_sentence_indexes_and_never_scan(db):
    assign_cluster(db, report(1))
    fp = neardup.fingerprint(report(2))
    for table, keys in (("neardup_bands", neardup.band_keys(fp.signature)),
                        ("neardup_sentences", sorted(fp.sentences))):
        for day in (fp.day, None):  # the look-up's own SQL, dated and undated
            hits, params = neardup._window(table, keys, day)
            plan = " ".join(str(r) for r in db.execute(f"EXPLAIN QUERY PLAN {hits}", params))
            assert "USING PRIMARY KEY" in plan and "SCAN" not in plan.replace("SCAN CONSTANT", ""), plan
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM neardup_docs WHERE source = ? AND news_id = ?", ["a", 1]))
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan


def test_band_keys_are_stable_and_distinct_per_band():
    fp = neardup.fingerprint(report(1))
    keys = neardup.band_keys(fp.signature)
    assert len(keys) == neardup.BANDS == len(set(keys))
    assert keys == neardup.band_keys(neardup.fingerprint(report(1)).signature)
    assert all(-2**63 <= k < 2**63 for k in keys)


# ---- the labelled pairs ------------------------------------------------------------------

def test_labelled_pairs_precision_and_recall():
    """The composed pairs and the hand-written ones, each pair in an index of its own."""
    pairs = [json.loads(line) for path in PAIR_FILES
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(pairs) >= 150
    tp = fp = fn = 0
    for pair in pairs:
        conn = sqlite3.connect(":memory:")
        same = assign_cluster(conn, pair["a"]) == assign_cluster(conn, pair["b"])
        tp += same and pair["label"]
        fp += same and not pair["label"]
        fn += not same and pair["label"]
        conn.close()
    assert tp / (tp + fp) >= 0.97
    assert tp / (tp + fn) >= 0.97


def test_rebuild_index_starts_over_from_the_archive(tmp_path):
    from archive.writer import store_article
    from pipelines.dedupe import content_hash

    archive = open_archive(tmp_path / "a.db")
    for article in (report(1), report(7, source="ilna", credit="به گزارش ایلنا،")):
        store_article(archive, {**article, "content_hash": content_hash(article)})
    neardup.index_archive(archive)
    archive.execute("UPDATE neardup_meta SET value = '99' WHERE name = 'bands'")
    archive.conn.commit()
    with pytest.raises(neardup.IndexMismatch):
        assign_cluster(archive, report(2))
    assert neardup.rebuild_index(archive) == 2
    assert cluster_of(archive, "iribnews", 1) == cluster_of(archive, "ilna", 7)
    archive.close()
