"""Article pages in each site's templates (fixtures written by us in the sites' markup)."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from crawler.parse import NotAnArticle, parse_article
from crawler.sites import SITES

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def parse(site: str, name: str, page: str | None = None) -> dict:
    page = page if page is not None else (FIXTURES / site / f"{name}.html").read_text("utf-8")
    return parse_article(SITES[site], f"http://127.0.0.1/{name}", page, NOW)


def test_iribnews_current_template():
    article = parse("iribnews", "current")
    assert article["title"] == "تاکید بر ادامه رایزنی‌های منطقه‌ای"  # &zwnj; entities decoded
    assert article["pretitle"] == "در تماس تلفنی عراقچی و البوسعیدی مطرح شد"
    assert article["lead"].startswith("وزیران امور خارجه ایران و عمان")
    assert article["body"] == [
        "به گزارش خبرگزاری صدا و سیما، سید عباس عراقچی وزیر امور خارجه کشورمان ظهر امروز در تماس "
        "تلفنی با بدر البوسعیدی وزیر خارجه عمان درباره آخرین تحولات منطقه گفت‌وگو کرد.",
        "عراقچی در این گفت‌وگو گفت: همکاری کشورهای منطقه راه پایدار امنیت است.",  # <br> splits
        "وزیر خارجه عمان نیز بر ادامه رایزنی‌ها تاکید کرد.",
    ]
    assert article["section"] == ["سیاسی", "سیاست خارجی"]
    assert article["tags"] == ["عمان", "عراقچی"]
    assert article["published"] == "2025-10-14T11:20:00+03:30"
    assert article["published_text"] == "تاریخ انتشار: ۲۲ مهر ۱۴۰۴ - ۱۱:۲۰"
    assert article["page_kind"] == "article"
    assert article["canonical"].startswith("https://www.iribnews.ir/fa/news/5581234/")


def test_iribnews_older_template_uses_visible_jalali_date_with_arabic_yeh_and_latin_digits():
    article = parse("iribnews", "older")
    assert article["title"] == "ایران به تعهدات خود پایبند است"
    assert article["lead"].startswith("وزیر امور خارجه در دیدار")  # div.subtitle
    assert article["section"] == ["سیاسی", "سیاست خارجی"]  # "صفحه اصلی" is navigation
    # 12 Tir 1398 10:05 in Tehran, when summer time (+04:30) was still kept.
    assert article["published"] == "2019-07-03T10:05:00+04:30"
    assert len(article["body"]) == 2


def test_future_machine_date_is_rejected_for_the_visible_date():
    page = (FIXTURES / "iribnews" / "current.html").read_text("utf-8").replace(
        "2025-10-14T11:20:00+03:30", "2027-03-01T09:00:00+03:30")
    article = parse("iribnews", "current", page)
    assert article["machine_date_rejected"] == "2027-03-01T09:00:00+03:30"
    assert article["published"] == "2025-10-14T11:20:00+03:30"  # from ۲۲ مهر ۱۴۰۴ - ۱۱:۲۰


def test_iribnews_video_page_is_recognised():
    article = parse("iribnews", "video")
    assert article["page_kind"] == "video"
    assert article["title"] == "فیلم | دیدار سفیر با وزیر"


def test_ilna_current_template_drops_short_link_and_reads_time_datetime():
    article = parse("ilna", "current")
    assert article["title"] == "قالیباف: روابط تهران و پکن راهبردی است"
    assert article["pretitle"] == "در دیدار با سفیر چین مطرح شد"
    assert article["lead"].startswith("رئیس مجلس شورای اسلامی")
    assert article["section"] == ["سیاسی", "مجلس"]
    assert article["tags"] == ["قالیباف", "چین"]
    assert article["published"] == "2024-02-05T09:15:00+03:30"
    assert not any("لینک کوتاه" in p for p in article["body"])
    assert article["body"][0].startswith("به گزارش ایلنا،")  # credit lines are the clean stage's


def test_ilna_older_template():
    article = parse("ilna", "older")
    assert article["title"] == "دیدار وزیر کار با مدیرکل سازمان بین‌المللی کار"
    assert article["section"] == ["کارگری"]
    assert article["tags"] == ["ربیعی"]
    assert article["published"] == "2017-05-24T14:30:00+04:30"
    assert article["body"][0] == "به گزارش ایلنا، علی ربیعی در ژنو با گای رایدر دیدار کرد."


def test_ilna_video_page_with_tavoos_player():
    assert parse("ilna", "video")["page_kind"] == "video"


@pytest.mark.parametrize("page", ["", "<html><body><div>منو</div></body></html>", "\x00\x01 garbage"])
def test_pages_without_an_article_are_refused_clearly(page):
    with pytest.raises(NotAnArticle):
        parse("iribnews", "x", page)


@pytest.mark.parametrize("url, news_id", [
    ("https://www.iribnews.ir/fa/news/5537543/%D9%BE%DB%8C%D8%A7%D9%85", 5537543),
    ("https://www.irib-news.ir/fa/news/5815883", 5815883),
    ("http://127.0.0.1:8001/fa/news/5831029/", 5831029),
    ("https://www.iribnews.ir/fa/political", None),
    ("https://www.iribnews.ir/fa/print/5831029", None),
])
def test_iribnews_article_urls(url, news_id):
    assert SITES["iribnews"].news_id(url) == news_id


@pytest.mark.parametrize("url, news_id", [
    ("https://www.ilna.ir/%D8%A8%D8%AE%D8%B4-%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C-3/1736673-%D8%AA%D8%A8", 1736673),
    ("https://www.ilna.ir/بخش-استان-ها-15/1842299-آغاز-پوشش", 1842299),
    ("https://www.ilna.ir/بخش-کارگری-9/1132557", 1132557),
    ("https://www.ilna.ir/fa/tiny/news-1823167", 1823167),
    ("https://www.ilna.ir/بخش-سیاسی-3", None),
    ("https://www.ilna.ir/tags/گردهمایی_۲۹_آبان", None),
])
def test_ilna_article_urls(url, news_id):
    assert SITES["ilna"].news_id(url) == news_id
