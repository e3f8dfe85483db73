"""Exact de-duplication: the content hash ignores spelling variants, not word changes."""

from __future__ import annotations

from pipelines.dedupe import classify, content_hash

BASE = {"pretitle": "دیدار وزیران", "title": "عراقچی و البوسعیدی گفت‌وگو کردند",
        "lead": "وزیر امور خارجه کشورمان با همتای عمانی دیدار کرد.",
        "body": "همکاری‌های دوجانبه بررسی شد.\nحجم مبادلات به ۲ میلیارد دلار رسید."}


def test_spelling_variants_are_not_an_edit():
    variant = {**BASE, "title": "عراقچي و البوسعيدي گفتوگو كردند",  # Arabic letters, ZWNJ lost
               "body": "همکاریهای  دوجانبه بررسی شد. \nحجم مبادلات به 2 میلیارد دلار رسید."}
    assert content_hash(variant) == content_hash(BASE)
    assert classify(content_hash(variant), content_hash(BASE)) == "unchanged"


def test_any_word_change_is_an_edit():
    for field, value in (("title", "عراقچی و البوسعیدی دیدار کردند"), ("lead", None),
                         ("body", BASE["body"].replace("۲", "۳")), ("pretitle", "")):
        edited = {**BASE, field: value}
        assert content_hash(edited) != content_hash(BASE), field
        assert classify(content_hash(edited), content_hash(BASE)) == "changed"


def test_fields_do_not_run_into_each_other():
    a = {**BASE, "title": "الف ب", "lead": "ج"}
    b = {**BASE, "title": "الف", "lead": "ب ج"}
    assert content_hash(a) != content_hash(b)


def test_new_when_not_archived():
    assert classify(content_hash(BASE), None) == "new"
    assert len(content_hash({})) == 64
