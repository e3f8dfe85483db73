"""The devset (devset/articles/*.yaml) is valid, and its scorer (devset/score.py) scores right.

Nothing here runs the real extractor: these tests hold whatever the extractor's quality.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # plain `pytest` from anywhere, without a conftest
    sys.path.insert(0, str(ROOT))

from devset import score as S  # noqa: E402
from devset.schema import ARTICLES_DIR, KINDS, ROLES, STATUSES, iso, load_articles, problems  # noqa: E402

ARTICLES = load_articles()


# ---------------------------------------------------------------- the set itself

def test_there_are_at_least_80_articles():
    assert len(ARTICLES) >= 80


def test_file_names_follow_the_pattern_and_numbers_are_unique():
    names = [a["_file"] for a in ARTICLES]
    assert all(re.fullmatch(r"\d{3}-[a-z0-9-]+\.yaml", n) for n in names), names
    numbers = [n[:3] for n in names]
    assert len(numbers) == len(set(numbers))


def test_urls_are_unique():
    urls = [a["url"] for a in ARTICLES]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("article", ARTICLES, ids=[a["_file"] for a in ARTICLES])
def test_article_is_valid(article):
    assert problems(article) == []


@pytest.mark.parametrize("article", ARTICLES, ids=[a["_file"] for a in ARTICLES])
def test_meeting_values_come_from_the_allowed_sets(article):
    published = dt.date.fromisoformat(iso(article["published"]))
    for meeting in article["meetings"]:
        assert meeting["kind"] in KINDS
        assert meeting["status"] in STATUSES
        assert len(meeting["participants"]) >= 2
        assert all(p["role"] in ROLES for p in meeting["participants"])
        if meeting["status"] == "held" and meeting["date"] is not None:
            assert dt.date.fromisoformat(iso(meeting["date"])) <= published


def test_at_least_a_quarter_are_negatives_and_negatives_are_empty_lists():
    negatives = [a for a in ARTICLES if not a["meetings"]]
    assert len(negatives) / len(ARTICLES) >= 0.25
    assert all(a["meetings"] == [] for a in negatives)


def test_the_set_covers_the_patterns():
    meetings = [m for a in ARTICLES for m in a["meetings"]]
    assert sum(m["kind"] == "call" for m in meetings) >= 10
    assert sum(m["status"] == "planned" for m in meetings) >= 10
    assert sum(len(a["meetings"]) > 1 for a in ARTICLES) >= 10
    assert sum(any(p["name"] is None for p in m["participants"]) for m in meetings) >= 5
    stripped = [a for a in ARTICLES if "\u200c" not in a["text"]]
    assert len(stripped) / len(ARTICLES) >= 0.3
    assert sum(("ي" in a["text"] or "ك" in a["text"]) for a in ARTICLES) >= 10
    years = {iso(a["published"])[:4] for a in ARTICLES}
    assert {"2013", "2016", "2019", "2022", "2024", "2025", "2026"} <= years


# ---------------------------------------------------------------- name matching

@pytest.mark.parametrize("a, b", [
    ("مسعود پزشکیان", "پزشکیان"),
    ("مسعود پزشکیان", "دکتر پزشکیان"),
    ("ولادیمیر پوتین", "آقای «ولادیمیر پوتین»"),
    ("سید عباس عراقچی", "عباس عراقچی"),
    ("آیت الله خامنه‌ای", "علی خامنه‌ای"),  # (the title written with a space)
    ("حسین امیرعبداللهیان", "امیر عبداللهیان"),
    ("حسین امیرعبداللهیان", "حسين اميرعبداللهيان"),
    ("شی جین‌پینگ", "شی جین پینگ"),
    ("شی جین‌پینگ", "شیجینپینگ"),
    ("علی‌اکبر صالحی", "علی اکبر صالحی"),
    ("فیصل بن فرحان آل سعود", "فیصل بن فرحان"),
    ("محمدجواد ظریف", "ظریف"),
    ("سید ابراهیم رئیسی", "آیت‌الله رئیسی"),
    ("تمیم بن حمد آل ثانی", "شیخ تمیم بن حمد آل ثانی"),
    ("کاظم غریب‌آبادی", "كاظم غريب آبادي"),
    ("طحنون بن زاید آل نهیان", "طحنون"),
    ("تسونگ پی‌وو", "تسونگ پی وو"),
    ("علی عبدالله ایوب", "علی ایوب"),
    ("احمد بن سلمان المسلم", "احمد المسلم"),
    ("سلیم جبوری", "سلیم الجبوری"),  # (the Arabic article written or left out)
    ("بسام الصباغ", "صباغ"),
    ("صادیر جاپاروف", "صدر ژاپاروف"),  # (other long vowels and «ژ» for «ج» in a foreign name)
    ("بختیار سعید اوف", "بختیار سعیداف"),
    ("محمد بن عبدالرحمان آل ثانی", "محمد بن عبدالرحمن آل ثانی"),
    ("امیرعبداللهیان", "امیرعبداللیهان"),  # (a long surname with two letters swapped in print)
    ("احمد عبدالله الاحمد الصباح", "احمد عبدالله صباح"),  # (a grandfather's name left out)
    ("حسین امیرعبداللهیان", "امیر عبدالهیان"),  # («الله» written «اله», the surname split)
    ("محمد بن عبدالرحمان بن جاسم آل ثانی", "محمد بن عبدالرحمن آل ثانی"),  # («رحمان» / «رحمن», a middle name left out)
])
def test_names_match_spelling_insensitively(a, b):
    assert S.names_match(a, b)
    assert S.names_match(b, a)


@pytest.mark.parametrize("a, b", [
    ("مسعود پزشکیان", "ولادیمیر پوتین"),
    ("سید عباس عراقچی", "علی لاریجانی"),
    ("محمدجواد ظریف", "محمد"),
    ("حسن روحانی", None),
    ("محمد باقری", "محمد"),
    ("سرگئی لاوروف", "سرگئی شویگو"),
    ("علی عبدالله ایوب", "علی محمد ایوب"),
    ("احمد بن سلمان المسلم", "احمد المسلمی"),
    ("حسن روحانی", "حسین روحانی"),  # (two given names that differ by a long vowel)
    ("محمد عباس", "محمود عباس"),
])
def test_different_people_do_not_match(a, b):
    assert not S.names_match(a, b)


@pytest.mark.parametrize("gold, pred, same", [
    ("وزیر امور خارجه", "وزیر خارجه", True),
    ("رئیس‌جمهور", "رئيس جمهوری", True),
    ("رئیس مجلس", "رئیس پارلمان", True),
    ("رهبر انقلاب", "رهبر معظم انقلاب اسلامی", True),
    ("مقام معظم رهبری", "رهبر", True),
    ("رئیس دستگاه قضایی", "رئیس قوه قضاییه", True),
    ("رئیس بانک مرکزی", "رئیس کل بانک مرکزی", True),
    ("رئیس کشور", "امیر", True),
    ("رئیس کشور", "وزیر امور خارجه", False),
    ("ولیعهد و نخست‌وزیر", "ولیعهد", True),
    ("وزیر امور خارجه و نخست‌وزیر", "نخست‌وزیر", True),
    ("معاون سیاسی وزیر امور خارجه", "وزیر امور خارجه", False),
    ("سرپرست وزارت امور خارجه", "وزیر امور خارجه", False),
    ("سرپرست ریاست‌جمهوری", "رئیس‌جمهور", False),
    ("رئیس‌جمهور", None, False),
    ("وزیر صمت", "وزیر صنعت، معدن و تجارت", True),
    ("وزیر صمت", "وزیر راه و شهرسازی", False),
    ("دبیر شورای امنیت ملی", "دبیر شورای امنیت", True),
    ("معاون وزیر خارجه", "معاون وزیر امور خارجه", True),
    ("مدیرکل وزارت خارجه", "مدیر کل وزارت امور خارجه", True),
    ("معاون وزیر خارجه", "وزیر امور خارجه", False),
    ("رئیس مجلس ملی", "رئیس مجلس", True),
    ("رئیس مجلس سنا", "رئیس مجلس", False),
    ("نایب‌رئیس مجلس نمایندگان", "نایب رئیس مجلس", True),
    ("نائب رئیس دوم پارلمان", "نایب رئیس مجلس", True),  # (the second deputy speaker)
    ("نایب رئیس دوم مجلس", "رئیس مجلس", False),
    ("قونسل", "کنسول", True),  # (Dari)
    ("رئیسالوزرا", "نخست‌وزیر", True),
    ("رئیس هیأت وزرا", "نخست‌وزیر", True),  # (the chairman of the council of ministers)
    ("صدر اعظم", "نخست‌وزیر", True),  # (Dari: the head of government)
    ("صدراعظم", "رئیس‌جمهور", False),
    ("رئیس دومای روسیه", "رئیس دومای دولتی", True),
    ("کنسول", "سرکنسول", False),
    ("سفیر جدید", "سفیر", True),  # (a new holder of the same office)
    ("سفیر سابق", "سفیر", False),
    ("معاون اروپا وآمریکای وزارت خارجه", "معاون وزیر امور خارجه", True),
    ("معاون حقوقی و بین‌الملل وزیر امور خارجه", "معاون وزیر امور خارجه", True),
    ("معاون وزیر نفت", "معاون وزیر امور خارجه", False),
    ("مدیرکل غرب اروپا وزارت امور خارجه", "معاون وزیر امور خارجه", False),
])
def test_offices_compare_with_aliases_but_not_loosely(gold, pred, same):
    assert S.roles_match(gold, pred) is same


def test_an_organisation_with_its_acronym_in_brackets_is_the_organisation():
    assert S.country_key("سازمان همکاری اقتصادی (اکو)") == S.country_key("سازمان همکاری اقتصادی")
    assert S.country_key("سازمان همکاری اقتصادی (اکو)") != S.country_key("سازمان همکاری اسلامی")
    assert S.country_key(None) == S.country_key("")
    assert S.country_key("رژیم صهیونیستی") == S.country_key("اسرائیل")
    assert S.country_key("سازمان اکو") == S.country_key("سازمان همکاری اقتصادی (اکو)")
    assert S.country_key("جاپان") == S.country_key("ژاپن")  # (a Dari spelling the gazetteer knows)


# ---------------------------------------------------------------- scoring by hand

PEZESHKIAN = {"name": "مسعود پزشکیان", "role": "رئیس‌جمهور", "country": "ایران"}
PUTIN = {"name": "ولادیمیر پوتین", "role": "رئیس‌جمهور", "country": "روسیه"}
ERDOGAN = {"name": "رجب طیب اردوغان", "role": "رئیس‌جمهور", "country": "ترکیه"}


def gold_meeting(*participants, date="2025-09-01", kind="meeting", status="held", city="تیانجین",
                 country="چین", occasion="اجلاس سران سازمان همکاری شانگهای"):
    return {"kind": kind, "status": status, "date": date, "location": city or country, "city": city,
            "country": country, "occasion": occasion, "participants": [dict(p) for p in participants],
            "statements_min": [{"speaker": "ولادیمیر پوتین", "contains": "روابط دوستانه است"}]
            if any(p["name"] == "ولادیمیر پوتین" for p in participants) else [],
            "topics_min": ["شانگهای"]}


def predicted(meeting: dict, **changes) -> dict:
    out = {k: v for k, v in meeting.items() if k not in ("statements_min", "topics_min")}
    out["participants"] = [dict(p) for p in meeting["participants"]]
    out["statements"] = [{"speaker": s["speaker"], "text": "گفت: " + s["contains"] + "."}
                         for s in meeting.get("statements_min", [])]
    out["topics"] = ["سازمان همکاری شانگهای"]
    out.update(changes)
    return out


def article(url, meetings):
    return {"url": url, "_file": url, "meetings": meetings}


def test_perfect_prediction_scores_one():
    gold = [gold_meeting(PEZESHKIAN, PUTIN), gold_meeting(PEZESHKIAN, ERDOGAN, date="2025-09-02")]
    summary, errors = S.score([article("a", gold)], {"a": [predicted(m) for m in reversed(gold)]})
    assert summary["meetings"]["f1"] == 1.0
    assert summary["participants"]["f1"] == 1.0
    assert set(summary["accuracy_over_matched_meetings"].values()) == {1.0}
    assert summary["statement_recall_over_matched"] == 1.0
    assert summary["topic_recall_over_matched"] == 1.0
    assert errors == {}


def test_oracle_end_to_end_scores_one():
    result = subprocess.run(
        [sys.executable, "-m", "devset.score", "--extractor-cmd", f"{sys.executable} -m devset.oracle",
         "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
    import json
    summary = json.loads(result.stdout)["summary"]
    assert summary["articles"] == len(ARTICLES)
    assert summary["meetings"]["f1"] == 1.0
    assert summary["participants"]["f1"] == 1.0
    assert summary["negative_articles_with_predictions"] == 0


def test_a_missing_participant_loses_the_meeting_and_one_participant():
    gold = [gold_meeting(PEZESHKIAN, PUTIN, ERDOGAN)]
    pred = [predicted(gold[0], participants=[dict(PEZESHKIAN), dict(PUTIN)])]
    summary, errors = S.score([article("a", gold)], {"a": pred})
    assert summary["meetings"]["matched"] == 0
    assert summary["meetings"]["recall"] == 0.0
    p = summary["participants"]
    assert (p["gold"], p["predicted"], p["matched"]) == (3, 2, 2)
    assert p["precision"] == 1.0 and p["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert any("missed meeting" in e for e in errors["a"])


def test_an_extra_predicted_participant_keeps_the_match_but_costs_precision():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    pred = [predicted(gold[0], participants=[dict(PEZESHKIAN), dict(PUTIN), dict(ERDOGAN)])]
    summary, _ = S.score([article("a", gold)], {"a": pred})
    assert summary["meetings"]["f1"] == 1.0
    assert summary["participants"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert summary["participants"]["recall"] == 1.0


def test_a_wrong_date_still_matches_but_counts_against_date_accuracy():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    pred = [predicted(gold[0], date="2025-08-31")]
    summary, errors = S.score([article("a", gold)], {"a": pred})
    assert summary["meetings"]["f1"] == 1.0
    assert summary["accuracy_over_matched_meetings"]["date"] == 0.0
    assert summary["accuracy_over_matched_meetings"]["status"] == 1.0
    assert any("date" in e for e in errors["a"])


def test_a_predicted_date_time_counts_by_its_day():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    summary, _ = S.score([article("a", gold)], {"a": [predicted(gold[0], date="2025-09-01T21:30:00+03:30")]})
    assert summary["accuracy_over_matched_meetings"]["date"] == 1.0


def test_recall_is_broken_down_by_gold_kind_and_status():
    held, planned = gold_meeting(PEZESHKIAN, PUTIN), gold_meeting(PEZESHKIAN, ERDOGAN, status="planned")
    summary, _ = S.score([article("a", [held, planned])], {"a": [predicted(held)]})
    groups = summary["meeting_recall_by_gold_kind_status"]
    assert groups["meeting/held"] == {"gold": 1, "matched": 1, "recall": 1.0}
    assert groups["meeting/planned"] == {"gold": 1, "matched": 0, "recall": 0.0}


def test_wrong_status_kind_and_place_are_counted():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    pred = [predicted(gold[0], status="planned", kind="call", location=None, city=None, country=None)]
    summary, _ = S.score([article("a", gold)], {"a": pred})
    acc = summary["accuracy_over_matched_meetings"]
    assert acc["status"] == acc["kind"] == acc["location"] == acc["city"] == acc["country"] == 0.0


def test_location_accepts_the_city_or_the_country():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    pred = [predicted(gold[0], location="چین", city=None)]
    summary, _ = S.score([article("a", gold)], {"a": pred})
    assert summary["accuracy_over_matched_meetings"]["location"] == 1.0
    assert summary["accuracy_over_matched_meetings"]["city"] == 0.0


def test_a_false_positive_on_a_negative_article():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    articles = [article("a", gold), article("negative", [])]
    preds = {"a": [predicted(gold[0])], "negative": [predicted(gold_meeting(PEZESHKIAN, ERDOGAN))]}
    summary, errors = S.score(articles, preds)
    assert summary["meetings"]["precision"] == 0.5
    assert summary["meetings"]["recall"] == 1.0
    assert summary["negative_articles"] == 1
    assert summary["negative_articles_with_predictions"] == 1
    assert summary["participants"]["precision"] == 0.5
    assert any("spurious" in e for e in errors["negative"])


def test_a_predicted_participant_is_never_credited_twice():
    """A missed trilateral and a matched bilateral share people: the bilateral's predicted
    participants must not also count for the missed trilateral."""
    tri, bi = gold_meeting(PEZESHKIAN, PUTIN, ERDOGAN), gold_meeting(PEZESHKIAN, PUTIN)
    summary, _ = S.score([article("a", [tri, bi])], {"a": [predicted(bi)]})
    p = summary["participants"]
    assert (p["gold"], p["predicted"], p["matched"]) == (5, 2, 2)
    assert p["precision"] == 1.0 and p["recall"] == 0.4


def test_nothing_predicted_on_negatives_is_perfect():
    summary, errors = S.score([article("n1", []), article("n2", [])], {"n1": [], "n2": []})
    assert summary["meetings"]["precision"] == 1.0 and summary["meetings"]["f1"] == 1.0
    assert errors == {}


def test_missing_output_line_is_reported():
    summary, errors = S.score([article("a", [gold_meeting(PEZESHKIAN, PUTIN)])], {})
    assert summary["extractor_failures"] == 1
    assert summary["meetings"]["recall"] == 0.0
    assert "no output line" in errors["a"][0]


def test_name_variants_match_meetings():
    gold = [gold_meeting(PEZESHKIAN, PUTIN)]
    variant = predicted(gold[0], participants=[
        {"name": "دکتر پزشكيان", "role": "رئیس جمهور", "country": "جمهوری اسلامی ایران"},
        {"name": "آقای «پوتین»", "role": "رئيس‌جمهور", "country": "روسيه"},
    ], statements=[{"speaker": "پوتین", "text": "روابط دوستانه است"}])
    summary, errors = S.score([article("a", gold)], {"a": [variant]})
    assert summary["meetings"]["f1"] == 1.0
    assert summary["participant_role_accuracy"] == 1.0
    assert summary["participant_country_accuracy"] == 1.0
    assert summary["statement_recall_over_matched"] == 1.0, errors


def test_unnamed_gold_participant_matches_by_role_and_country():
    leader = {"name": None, "role": "رئیس‌جمهور", "country": "ایران"}
    gold = [gold_meeting(leader, PUTIN)]
    named = predicted(gold[0], participants=[dict(PEZESHKIAN), dict(PUTIN)])
    assert S.score([article("a", gold)], {"a": [named]})[0]["meetings"]["f1"] == 1.0
    wrong_country = predicted(gold[0], participants=[
        {"name": None, "role": "رئیس‌جمهور", "country": "ترکیه"}, dict(PUTIN)])
    assert S.score([article("a", gold)], {"a": [wrong_country]})[0]["meetings"]["f1"] == 0.0


def test_a_local_office_matches_with_or_without_its_place():
    assert S.roles_match("استاندار", "استاندار خراسان شمالی") and S.roles_match("استاندار آخال", "استاندار")
    assert not S.roles_match("استاندار فارس", "استاندار گیلان")  # two provinces, two governors
    assert not S.roles_match("استاندار", "استانداری")


def test_a_gold_participant_with_neither_name_nor_office_matches_by_state():
    # «سران کشورهای ... از جمله قرقیزستان»: the article names only the state
    leader = {"name": None, "role": None, "country": "قرقیزستان"}
    gold = [gold_meeting(PEZESHKIAN, leader)]
    any_office = predicted(gold[0], participants=[dict(PEZESHKIAN),
                                                  {"name": None, "role": "رئیس", "country": "قرقیزستان"}])
    assert S.score([article("a", gold)], {"a": [any_office]})[0]["meetings"]["f1"] == 1.0
    other_state = predicted(gold[0], participants=[dict(PEZESHKIAN),
                                                   {"name": None, "role": "رئیس", "country": "تاجیکستان"}])
    assert S.score([article("a", gold)], {"a": [other_state]})[0]["meetings"]["f1"] == 0.0


def test_matching_is_one_to_one_for_repeated_pairs():
    """The same two people in a trilateral and a bilateral (cf. 069): each gold meeting once."""
    tri, bi = gold_meeting(PEZESHKIAN, PUTIN, ERDOGAN), gold_meeting(PEZESHKIAN, PUTIN)
    summary, _ = S.score([article("a", [tri, bi])], {"a": [predicted(bi), predicted(tri)]})
    assert summary["meetings"]["matched"] == 2 and summary["meetings"]["f1"] == 1.0
    # only the bilateral predicted: it cannot stand in for the trilateral
    summary, _ = S.score([article("a", [tri, bi])], {"a": [predicted(bi)]})
    assert summary["meetings"]["matched"] == 1
    assert summary["meetings"]["precision"] == 1.0 and summary["meetings"]["recall"] == 0.5


def test_two_meetings_of_the_same_people_are_told_apart_by_date():
    first, second = gold_meeting(PEZESHKIAN, PUTIN), gold_meeting(PEZESHKIAN, PUTIN, date="2025-12-12")
    summary, _ = S.score([article("a", [first, second])],
                         {"a": [predicted(second), predicted(first)]})
    assert summary["accuracy_over_matched_meetings"]["date"] == 1.0


def test_a_failing_extractor_command_stops_the_scorer():
    with pytest.raises(SystemExit):
        S.run_extractor(f"{sys.executable} -c 'import sys; sys.exit(3)'", ARTICLES[:1])


def test_predictions_file_mode(tmp_path):
    import json
    first = ARTICLES[0]
    lines = [{"url": a["url"], "meetings": []} for a in ARTICLES]
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "devset.score", "--predictions", str(path), "--json",
                             "--dir", str(ARTICLES_DIR)], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    summary = json.loads(result.stdout)["summary"]
    assert summary["meetings"]["recall"] == 0.0
    assert summary["negative_articles_with_predictions"] == 0
    assert first["url"]


def test_sayyid_written_onto_the_given_name_is_an_honorific():
    assert S.names_match("سیدعباس عراقچی", "عباس عراقچی")
    assert S.names_match("سیدرضا صالحی امیری", "سید رضا صالحی امیری")
    assert not S.names_match("سیدعباس عراقچی", "عباس عراقی")


def test_a_source_yaml_reads_as_a_number_is_sent_as_text():
    # («source: 598», a host name of digits, must not make the command reject the article)
    article = {"url": "https://598.ir/fa/news/1", "source": 598, "title": "", "published": None, "text": "متن"}
    assert S.article_input(article)["source"] == "598"
    assert S.article_input({**article, "source": None})["source"] is None
