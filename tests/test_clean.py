"""Tests of the clean stage (pipelines/clean.py): plain functions, no Scrapy.

All sentences here are written for these tests; the two seed articles are read at run time
from ../shared/seeds (never copied into the project). Site URLs below are only text to clean:
nothing here fetches anything (the crawl tests use the local mirror).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # no conftest.py in this project: make `pipelines` importable
    sys.path.insert(0, str(ROOT))

from pipelines.clean import clean_article, normalize_text, repair_zwnj, strip_boilerplate  # noqa: E402
from pipelines.persian import ZWNJ, fold, hazm_normalizer  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
Z = ZWNJ


def z(word: str) -> str:
    """Spell test words with "_" for the ZWNJ, so the expectations stay readable."""
    return word.replace("_", Z)


# ---------------------------------------------------------------------------------------------
# repair_zwnj
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("joined, expected", [
    ("رئیسجمهور", "رئیس_جمهور"),
    ("گفتوگو", "گفت_وگو"),
    ("بینالمللی", "بین_المللی"),
    ("همکاریهای", "همکاری_های"),
    ("صلحآمیز", "صلح_آمیز"),
    ("میکند", "می_کند"),
    ("نمیتوانند", "نمی_توانند"),
    ("توافقنامه", "توافق_نامه"),
    ("توافقنامههای", "توافق_نامه_های"),
    ("نخستوزیر", "نخست_وزیر"),
    ("هستهای", "هسته_ای"),
    ("منطقهای", "منطقه_ای"),
    ("فرامنطقهای", "فرامنطقه_ای"),
    ("تفاهمنامه", "تفاهم_نامه"),
    ("پیشنویس", "پیش_نویس"),
    ("سرمایهگذاری", "سرمایه_گذاری"),
    ("آتشبس", "آتش_بس"),
    ("چندجانبهگرایی", "چندجانبه_گرایی"),
    ("تحریمهایی", "تحریم_هایی"),
    ("مذاکرهکنندگان", "مذاکره_کنندگان"),
    ("مهمترین", "مهم_ترین"),
    ("رساندهایم", "رسانده_ایم"),
    ("آمادهایم", "آماده_ایم"),
    ("گفتوگویی", "گفت_وگویی"),
    ("آنها", "آن_ها"),
])
def test_repair_restores_compounds_and_affixes(joined, expected):
    assert repair_zwnj(joined) == z(expected)


@pytest.mark.parametrize("word", [
    # real words that look like stem + affix must stay as they are
    "دانشجویان", "پیشنهاد", "تنها", "همچنین", "میز", "میان", "میانجی", "بیشتر", "بیشتری",
    "دوجانبه", "همگرایی", "دانشگاهی", "تولیدکننده", "رهایی", "کشور", "دستاورد", "پیشبرد",
    # names and joined words that words.dat also lists with a ZWNJ are not split
    "قالیباف", "خرمشهر", "پنجشنبه", "بزرگراه", "خوشحال",
    # after a letter that does not join, the ZWNJ is invisible and is not added
    "کشورها", "دیدارهای", "سفرهای", "مرزها",
])
def test_repair_leaves_real_words_alone(word):
    assert repair_zwnj(word) == word


def test_repair_in_a_sentence_keeps_everything_else():
    text = "وزیر خارجه در گفتوگو با همتای خود از همکاریهای صلحآمیز سخن گفت، 12 سند امضا شد."
    assert repair_zwnj(text) == z(
        "وزیر خارجه در گفت_وگو با همتای خود از همکاری_های صلح_آمیز سخن گفت، 12 سند امضا شد.")


def test_repair_never_glues_or_splits_at_spaces():
    text = "رئیس جمهور و وزیر امور خارجه"
    assert repair_zwnj(text) == text
    assert repair_zwnj(text).count(" ") == text.count(" ")


def test_repair_keeps_existing_zwnj_and_is_idempotent():
    text = z("رئیس_جمهور در نشست_های بین_المللی و برنامه_ها، کتابها و گفتوگوها")
    once = repair_zwnj(text)
    assert once == z("رئیس_جمهور در نشست_های بین_المللی و برنامه_ها، کتاب_ها و گفت_وگوها")
    assert repair_zwnj(once) == once


def test_repair_partly_joined_word():
    assert repair_zwnj(z("رئیسجمهور_ها")) == z("رئیس_جمهور_ها")


def test_repair_on_odd_input():
    assert repair_zwnj("") == ""
    assert repair_zwnj("abc 123 !?") == "abc 123 !?"
    assert repair_zwnj(Z * 5) == Z * 5


# ---------------------------------------------------------------------------------------------
# normalize_text
# ---------------------------------------------------------------------------------------------

def test_normalize_unifies_arabic_letters():
    out = normalize_text("رئيس هيئت كشور در جلسة")
    assert "ي" not in out and "ك" not in out and "ة" not in out
    assert out == "رئیس هیئت کشور در جلسه"


def test_normalize_strips_invisibles_but_keeps_zwnj():
    text = "\ufeffمذاکرات\u200b \u200fادامه\u200e دارد\u2060 و" + z(" نشست_ها")
    out = normalize_text(text)
    assert out == z("مذاکرات ادامه دارد و نشست_ها")


def test_normalize_quotes_and_whitespace():
    out = normalize_text("سخنگو گفت:\u00a0\u00a0“دیدار\tسازنده بود”   و  رفت")
    assert out == "سخنگو گفت: «دیدار سازنده بود» و رفت"


def test_normalize_keeps_paragraph_breaks():
    out = normalize_text("بند نخست.\r\nبند دوم.\n\n\n\nبند سوم.")
    assert out == "بند نخست.\nبند دوم.\n\nبند سوم."


def test_normalize_keeps_digits_as_written():
    out = normalize_text("۱۰ شهریور ۱۴۰۴ و ١٤٠٤ و 2025 و 2.5 میلیارد و ساعت 14:30 و ۱۴۰۴/۰۶/۱۰")
    for number in ("۱۰", "۱۴۰۴", "١٤٠٤", "2025", "2.5", "14:30", "۱۴۰۴/۰۶/۱۰"):
        assert number in out


def test_normalize_protects_urls_and_codes():
    out = normalize_text("نشانی https://example.org/a?b=1&c=2 و گروه G20 و سامانه S-400")
    assert "https://example.org/a?b=1&c=2" in out
    assert "G20" in out and "S-400" in out


def test_normalize_unescapes_html():
    out = normalize_text("وزیر &quot;خارجه&quot; &amp; سفیر&nbsp;گفت &#1605;")
    assert "&" not in out.replace(" & ", "") and "«خارجه»" in out
    assert "سفیر گفت" in out


def test_normalize_repairs_zwnj_and_hazm_cases():
    out = normalize_text("رئیسجمهور در گفتوگو با نخست وزیر از همکاریهای صلحآمیز میگوید")
    assert out == z("رئیس_جمهور در گفت_وگو با نخست_وزیر از همکاری_های صلح_آمیز می_گوید")


@pytest.mark.parametrize("written", [
    "انجام شده است", "خلیج فارس", "گفته شده", "ایالات متحده", "هم اکنون",
])
def test_normalize_keeps_the_space_between_two_whole_words(written):
    # hazm alone joins these (its words.dat lists the joined forms); both spellings are in use
    assert hazm_normalizer().normalize(written) != written
    assert normalize_text(written) == written


@pytest.mark.parametrize("written, expected", [
    ("کتاب ها", "کتاب_ها"),                 # plural suffix
    ("همکاری های دو کشور", "همکاری_های دو کشور"),
    ("او می رود", "او می_رود"),             # verb prefix
    ("اخلال گر", "اخلال_گر"),               # a piece that is no word by itself
    ("رئیس جمهور و نخست وزیر", "رئیس_جمهور و نخست_وزیر"),  # offices in the domain lexicon
    ("روابط بین المللی", "روابط بین_المللی"),
])
def test_normalize_still_joins_bound_pieces_and_domain_compounds(written, expected):
    assert normalize_text(written) == z(expected)


def test_normalize_undoes_hazm_mi_split_on_nouns():
    assert normalize_text("نقش میانجی") == "نقش میانجی"


@pytest.mark.parametrize("value", [
    "", " ", "\n\n", Z, "\x00\x01", "\ud800", "&", "&&&;", "«»", "\"", "ـــ", "ﷺ", "🙂 سلام",
    "a" * 50, "\u0670\u064b", "\ue000\ue001 متن", "...", "۱" * 30,
])
def test_normalize_never_raises(value):
    assert isinstance(normalize_text(value), str)


def test_normalize_non_str_and_none():
    assert normalize_text(None) == ""
    assert normalize_text(123) == "123"


def test_normalize_random_text_never_raises():
    rng = random.Random(7)
    alphabet = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأؤئء ‌\n.،؛:«»\"'0123456789۰۱۲۳۴۵۶۷۸۹&;#<>/"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        assert isinstance(normalize_text(text), str)


def test_normalize_bounded_time_on_pathological_input():
    normalize_text("گرم")  # build hazm and the lexicon first
    nasty = (("سلاممممممم " * 4000) + ("ا" * 50000) + ('"' * 3000) + (". " * 5000)
             + ("." * 200000) + ("1" * 100000) + ("a@" * 50000) + "\n" + ("/" * 100000))
    t = time.perf_counter()
    out = normalize_text(nasty)
    assert isinstance(out, str)
    assert time.perf_counter() - t < 10


# ---------------------------------------------------------------------------------------------
# strip_boilerplate
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, expected", [
    ("به گزارش ایلنا، وزیر خارجه امروز به پکن رفت.", "وزیر خارجه امروز به پکن رفت."),
    ("به گزارش خبرگزاری صدا و سیما، سفیر جدید استوارنامه داد.", "سفیر جدید استوارنامه داد."),
    ("به گزارش خبرنگار سیاسی ایرنا از نیویورک، نشست آغاز شد.", "نشست آغاز شد."),
    ("به نقل از رویترز، دو طرف به توافق رسیدند.", "دو طرف به توافق رسیدند."),
    ("به گزارش ايلنا، متن با حروف عربی.", "متن با حروف عربی."),
    ("به گزارش ایسنا، به نقل از روابط عمومی وزارتخانه، جلسه لغو شد.", "جلسه لغو شد."),
    ("به گزارش ایلنا , نشست تمام شد.", "نشست تمام شد."),
    # credits that end with «؛» or (a report's) «:», and «به» glued to «گزارش»
    ("به گزارش گروه استان‌های خبرگزاری صدا و سیما از تبریز؛ استاندار با کنسول دیدار کرد.",
     "استاندار با کنسول دیدار کرد."),
    ("به گزارش پایگاه خبری شهر به نقل از ایرنا ؛ هیئت عمانی وارد شد.", "هیئت عمانی وارد شد."),
    ("به نقل از تاس؛ دو وزیر گفت‌وگو کردند.", "دو وزیر گفت‌وگو کردند."),
    ("به گزارش روابط عمومی استانداری ایلام: نشست مرزی برگزار شد.", "نشست مرزی برگزار شد."),
    ("به گزارش رادیو محلی : برنامه پخش شد.", "برنامه پخش شد."),
    ("بهگزارش خبرنگار پارلمانی ایسنا، جلسه آغاز شد.", "جلسه آغاز شد."),
])
def test_credit_lines_go_sentence_stays(paragraph, expected):
    assert strip_boilerplate([paragraph]) == [expected]


def test_credit_mid_sentence_or_without_comma_is_kept():
    keep = ["وزیر گفت: به گزارش رسانه‌ها، خبری نیست.", "به گزارش دیروز وزیر اشاره شد"]
    assert strip_boilerplate(keep) == keep


@pytest.mark.parametrize("paragraph", [
    # a colon after a speech verb opens what was said: the speaker stays
    "به گزارش پایگاه شهرداری‌ها، شهردار بندر بیان کرد: دیدار مفیدی بود.",
    "به گزارش پایگاه شهرداری‌ها شهردار بندر بیان کرد: دیدار مفیدی بود.",
    "به گزارش پایگاه شهرداری‌ها شهردار بندر گفت : دیدار مفیدی بود.",
    # after «به نقل از X:» comes a quotation of X
    "به نقل از وزیر خارجه: «گفت‌وگوها ادامه دارد.»",
])
def test_colon_after_a_speaker_is_not_a_credit(paragraph):
    kept = strip_boilerplate([paragraph])[0]
    assert ("بیان کرد:" in kept or "گفت :" in kept or "به نقل از وزیر خارجه:" in kept)


@pytest.mark.parametrize("paragraph", [
    "انتهای پیام", "انتهای پیام/", "/انتهای خبر/", "پایان خبر", "انتهای پیام/341", "انتهای پیام / ع", "  ", "", "-", "***",
    "پخش زنده", "date 2024-03-05 پخش زنده", "date 2024-03-05",
    "صفحه اصلی | آرشیو | جستجو", "عکس: آرشیو", "عکس از خبرنگار ما", "منبع عکس: رسانه محلی",
    "اشتراک گذاری", "اشتراک‌گذاری", "کد خبر: 123456", "کد خبر : ۱۲۳۴۵۶",
    "لینک کوتاه: https://example.org/x1", "اخبار مرتبط", "برچسب ها: ایران، روسیه",
    "برچسب‌ها", "تاریخ انتشار: ۱۴۰۴/۰۱/۰۱",
])
def test_boilerplate_paragraphs_dropped(paragraph):
    assert strip_boilerplate([paragraph]) == []


def test_end_marker_at_end_of_paragraph_and_nav_at_start():
    out = strip_boilerplate([
        "date 2024-03-05 پخش زنده دیدار دو وزیر برگزار شد.",
        "هیئت‌ها درباره آینده روابط گفت‌وگو کردند. انتهای پیام",
        "عکس‌ها نشان می‌دهد که تالار پر بود.",
    ])
    assert out == [
        "دیدار دو وزیر برگزار شد.",
        "هیئت‌ها درباره آینده روابط گفت‌وگو کردند.",
        "عکس‌ها نشان می‌دهد که تالار پر بود.",
    ]


@pytest.mark.parametrize("paragraph", [
    "برچسب زدن به نیروهای مسلح کشورها اقدامی خصمانه است.",
    "نظرات دو طرف درباره پرونده‌های منطقه‌ای نزدیک است.",
    "تاریخ انتشار این گزارش به تعویق افتاد.",
])
def test_sentence_starting_with_a_label_word_is_kept(paragraph):
    assert strip_boilerplate([paragraph]) == [paragraph]


@pytest.mark.parametrize("paragraph", [
    "برچسب‌های مهم خبری: #ایران#عمان", "برچسب‌ها ایران، روسیه", "کد خبر 12345", "نظرات",
])
def test_label_lines_without_a_sentence_are_dropped(paragraph):
    assert strip_boilerplate([paragraph]) == []


def test_content_with_nav_words_is_kept():
    text = ["وزیر در بازگشت از سفر گفت که خانه ملت‌ها گفت‌وگو است.", "آرشیو اسناد ملی بازگشایی شد و پژوهشگران آمدند."]
    assert strip_boilerplate(text) == text


def test_paragraphs_with_newlines_are_split():
    assert strip_boilerplate(["بند یک\nانتهای پیام\nبند دو"]) == ["بند یک", "بند دو"]


# ---------------------------------------------------------------------------------------------
# clean_article
# ---------------------------------------------------------------------------------------------

def _article(**over) -> dict:
    article = {
        "source": "ilna", "news_id": "100", "url": "https://www.ilna.ir/x/100",
        "title": "  ديدار رئيسجمهور با همتای  روس ", "pretitle": "", "lead": None,
        "body": ["به گزارش ایلنا، رئیسجمهور با همتای خود در گفتوگو بر همکاریهای منطقهای تاکید کرد.",
                 "", "کد خبر: 100", "دو طرف درباره توافقنامه جامع رایزنی کردند.", "انتهای پیام"],
        "section": ["صفحه اصلی", "سياسی", "سیاست خارجی"], "tags": ["روسیه", " روسيه ", "#شانگهای", ""],
        "published": "2025-01-01T10:00:00+03:30", "published_text": "۱۱ دی ۱۴۰۳",
        "fetched_at": "2025-01-01T08:00:00+00:00", "raw_html_ref": "sha1:abc",
    }
    article.update(over)
    return article


def test_clean_article_fields():
    article = _article()
    out = clean_article(article)
    assert out is not article
    assert out["title"] == z("دیدار رئیس_جمهور با همتای روس")
    assert out["pretitle"] is None
    assert out["lead"] is None
    assert out["body"] == z(
        "رئیس_جمهور با همتای خود در گفت_وگو بر همکاری_های منطقه_ای تاکید کرد.\n"
        "دو طرف درباره توافق_نامه جامع رایزنی کردند.")
    assert out["section"] == "سیاسی > سیاست خارجی"
    assert out["tags"] == ["روسیه", "شانگهای"]
    for key in ("source", "news_id", "url", "published", "published_text", "fetched_at",
                "raw_html_ref"):
        assert out[key] == article[key]


def test_clean_article_does_not_mutate_input():
    article = _article()
    snapshot = json.dumps(article, ensure_ascii=False, sort_keys=True)
    clean_article(article)
    assert json.dumps(article, ensure_ascii=False, sort_keys=True) == snapshot


def test_clean_article_drops_body_paragraph_repeating_lead():
    lead = "وزیر خارجه در سفر به مسکو با همتای روس خود دیدار کرد."
    out = clean_article(_article(lead=lead, body=[
        "date 2025-01-01 پخش زنده", lead.replace("وزیر", "وزير"),
        "به گزارش ایلنا، این دیدار دو ساعت طول کشید."]))
    assert out["lead"] == lead
    assert out["body"] == "این دیدار دو ساعت طول کشید."


def test_clean_article_keeps_first_paragraph_that_only_starts_like_lead():
    out = clean_article(_article(lead="وزیر خارجه به مسکو رفت.", body=[
        "وزیر خارجه به مسکو رفت و در آنجا با سه وزیر دیگر و رئیس مجلس دیدار و گفت‌وگو کرد."]))
    assert out["body"].startswith("وزیر خارجه به مسکو رفت و")


def test_clean_article_empty_and_missing_values():
    out = clean_article(_article(title="   ", lead="", body=[], section=[], tags=[]))
    assert out["title"] is None and out["lead"] is None
    assert out["body"] == ""
    assert out["section"] is None
    assert out["tags"] == []


# ---------------------------------------------------------------------------------------------
# the seed articles (read from ../shared/seeds at run time)
# ---------------------------------------------------------------------------------------------

def _seed_names() -> list[str]:
    if not (SEEDS / "expected.json").exists():
        return []
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    return [name for name in expected if not name.startswith("_")]


@pytest.mark.skipif(not _seed_names(), reason="../shared/seeds not available")
@pytest.mark.parametrize("name", _seed_names())
def test_seed_boilerplate_dropped_and_zwnj_restored(name):
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))[name]
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    out = clean_article({"source": expected["source"], "title": None, "pretitle": None,
                         "lead": None, "body": lines, "section": [], "tags": []})
    body = out["body"]
    assert body
    for junk in expected["boilerplate_to_drop"]:
        assert junk not in body
        assert normalize_text(junk) not in body
        assert not any(fold(p).startswith(fold(junk)) for p in body.split("\n"))
    assert z("رئیس_جمهور") in body
    assert "رئیسجمهور" not in body and "رئیس جمهور" not in body
    assert z("همکاری_های") in body and "همکاریهای" not in body
    assert z("بین_المللی") in body and "بینالمللی" not in body
    assert "دانشجویان" in body or expected["source"] != "iribnews"
    # the rest of a credited sentence stays
    assert "مسعود پزشکیان" in body
    # cleaning is stable: cleaning the cleaned body again changes nothing
    again = clean_article({"body": body.split("\n"), "lead": None})
    assert again["body"] == body


@pytest.mark.parametrize("payload", [
    '<script>alert("xss")</script>', "'); DROP TABLE articles; --", '<img src=x onerror="alert(1)">',
    "The minister said: \"talks were constructive\" (Reuters).",
])
def test_latin_script_runs_are_kept_verbatim(payload):
    assert payload in normalize_text(f"گزارش {payload} پایان")


def test_boilerplate_bench_counts_residue_before_and_after(tmp_path, capsys):
    from bench.boilerplate import residue

    (tmp_path / "001.yaml").write_text(
        "text: |\n  به گزارش ایلنا؛ دو وزیر دیدار کردند.\n  انتهای پیام/12\n", encoding="utf-8")
    (tmp_path / "002.yaml").write_text(
        "text: |\n  به گزارش ایرنا وزیر گفت که دیدار خوب بود.\n  کد خبر: 55\n", encoding="utf-8")
    counts = residue([str(tmp_path)], verbose=True)
    assert counts == {"credit at a paragraph's start": (2, 1), "end marker": (1, 0),
                      "news code / share / tags line": (1, 0)}
    assert "002.yaml: به گزارش ایرنا" in capsys.readouterr().out
