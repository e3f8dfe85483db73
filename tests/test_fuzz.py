"""Bad input: property tests (hypothesis) over cleaning, dates, page parsing and extraction.

Each property holds for random and adversarial Persian/mixed input: no exception, a bounded
time per call (hypothesis ``deadline``), and outputs that keep their contracts; extraction
never yields a meeting that breaks MEETINGS.md. ``FUZZ_EXAMPLES`` (environment) raises the
number of cases per property (default 150; docs/RELIABILITY.md records a run with 2,000).
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, timezone

import jdatetime
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crawler.parse import NotAnArticle, parse_article
from crawler.sites.ilna import ILNA
from crawler.sites.iribnews import IRIBNEWS
from pipelines.clean import clean_article, normalize_text
from pipelines.dates import TEHRAN, parse_jalali, parse_machine_datetime
from pipelines.extract import extract_meetings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
# Generous bounds per call (the clean stage normalises ~1 M chars/s; inputs here are < 20 k).
DEADLINE = timedelta(seconds=float(os.environ.get("FUZZ_DEADLINE", "5")))
FUZZ = settings(max_examples=EXAMPLES, deadline=DEADLINE, derandomize=True, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

@pytest.fixture(autouse=True, scope="module")
def _warm():
    """Load hazm, the lexicons and the gazetteers once: the deadline is per call, not per load."""
    normalize_text("رئیسجمهور کشورمان")
    extract_meetings("پزشکیان با پوتین دیدار کرد.", published="2025-09-01")


# ------------------------------------------------------------------------------ vocabulary

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةۀيكى"
DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
MARKS = "«»،؛؟!.:()[]\"'-–—/\\|*#%&<>=+_ \u200c\u200d\u200e\u200f\u00a0\u2009\u202b\u202c\ufeff\n\r\t"
WORDS = (
    "دیدار", "ملاقات", "گفت‌وگو", "گفتگو", "تماس تلفنی", "گفت‌وگوی تلفنی", "رایزنی", "دیدار خواهد کرد",
    "قرار است", "دیدار و گفت‌وگو کرد", "لغو شد", "به تعویق افتاد", "با", "و", "در", "روز", "امروز", "دیروز",
    "فردا", "شامگاه", "صبح", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه",
    "رئیس‌جمهور", "رئیسجمهور", "رئيس جمهور", "وزیر امور خارجه", "نخست‌وزیر", "سفیر", "دبیرکل",
    "رئیس مجلس", "همتای روس خود", "همتای", "کشورمان", "ایران", "روسیه", "چین", "ترکیه", "عمان",
    "سازمان ملل", "آژانس بین‌المللی انرژی اتمی", "مسعود پزشکیان", "ولادیمیر پوتین", "پوتین",
    "سید عباس عراقچی", "عراقچی", "سرگئی لاوروف", "وانگ یی", "آقای", "دکتر", "«", "»", "وی", "گفت:",
    "اظهار داشت:", "تاکید کرد:", "افزود:", "خاطرنشان کرد:", "تهران", "مسکو", "عشق‌آباد", "اجلاس",
    "سران", "شانگهای", "سفر به", "۲۱ آذر ۱۴۰۴", "۱۰ شهریور ۱۴۰۴", "1404/06/10", "۳۱ اسفند ۱۴۹۹",
    "۳۰ بهمن ۱۳۰۰", "۰ مهر ۱۴۰۲", "۱۴۰۴", "ماه", "ساعت ۲۱:۳۰", "به گزارش ایلنا،",
    "به گزارش خبرگزاری صدا و سیما،", "انتهای پیام", "پخش زنده", ".", "،", "؟", "\n", ":",
    "<script>alert(1)</script>", "'; DROP TABLE articles; --", "&zwnj;", "&amp;quot;", "&#1740;",
    "http://example.com/a?b=c", "G20", "10.450", "a@b.co", "BRICS", "OPEC+",
)

persian_chars = st.text(alphabet=PERSIAN_LETTERS + DIGITS + MARKS + "abcXYZ", max_size=400)
any_text = st.text(max_size=300)  # the whole of Unicode, surrogates excluded by hypothesis
phrases = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
mixed = st.one_of(persian_chars, any_text, phrases,
                  st.tuples(phrases, persian_chars, phrases).map(" ".join))


def _is_display_text(text: str) -> bool:
    return isinstance(text, str) and "\r" not in text and "\x00" not in text


# ------------------------------------------------------------------------------ clean

@FUZZ
@given(mixed)
@example("")
@example("\u200c" * 1000)
@example("&amp;" * 500 + "&zwnj;")
@example("." * 5000 + "۱" * 5000)
@example("رئیسجمهور " * 2000)
@example("\n" * 100 + "a" + "\r\n" * 100)
def test_normalize_text_never_fails_and_gives_display_text(text):
    out = normalize_text(text)
    assert _is_display_text(out)
    assert not out.startswith("\n") and not out.endswith("\n")
    assert "\n\n\n" not in out


# The item's documented types (None, text, lists of text), with odd members in the lists.
field_value = st.one_of(st.none(), mixed, st.lists(st.one_of(st.none(), mixed, st.integers()), max_size=8))


@FUZZ
@given(st.fixed_dictionaries({}, optional={k: field_value for k in
                                           ("title", "pretitle", "lead", "body", "section", "tags", "url")}))
def test_clean_article_never_fails_and_keeps_its_shape(article):
    out = clean_article(article)
    assert isinstance(out, dict)
    assert isinstance(out["body"], str) and _is_display_text(out["body"])
    for key in ("title", "pretitle", "lead"):
        if key in article:
            assert out[key] is None or (_is_display_text(out[key]) and out[key])
    if "tags" in article:
        assert isinstance(out["tags"], list) and all(isinstance(t, str) and t for t in out["tags"])
    if "section" in article:
        assert out["section"] is None or isinstance(out["section"], str)


# ------------------------------------------------------------------------------ dates

@FUZZ
@given(mixed)
@example("۳۱ اسفند ۱۴۰۳")  # 1403 is not a leap year in every arithmetic: a date that may not exist
@example("۹۹ مهر ۱۴۰۴")
@example("1404/13/40")
def test_parse_jalali_returns_none_or_an_aware_tehran_datetime(text):
    parsed = parse_jalali(text)
    assert parsed is None or (parsed.tzinfo is not None and 1800 < parsed.year < 2200)


DIGIT_SETS = (str.maketrans("", ""), str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
              str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")


@FUZZ
@given(st.dates(min_value=date(1922, 3, 21), max_value=date(2100, 1, 1)), st.sampled_from(DIGIT_SETS),
       st.booleans(), st.booleans(), st.sampled_from(("", "دوشنبه ", "تاریخ انتشار: ", "«")),
       st.integers(0, 23), st.integers(0, 59))
def test_parse_jalali_reads_every_date_as_sites_write_it(day, digits, arabic_yeh, numeric, prefix, hour, minute):
    j = jdatetime.date.fromgregorian(date=day)
    if numeric:
        text = f"{j.year}/{j.month:02d}/{j.day:02d} {hour:02d}:{minute:02d}"
    else:
        month = MONTHS[j.month - 1]
        text = f"{j.day} {month} {j.year} - {hour:02d}:{minute:02d}"
    text = prefix + text.translate(digits)
    if arabic_yeh:
        text = text.replace("ی", "ي")
    parsed = parse_jalali(text)
    assert parsed is not None, text
    assert (parsed.date(), parsed.hour, parsed.minute) == (day, hour, minute), text


@FUZZ
@given(mixed)
@example("9999-12-31T23:59:59-12:00")
@example("0001-01-01T00:00:00+14:00")
@example("2025-09-01T21:30:00Z")
@example("۲۰۲۵-۰۹-۰۱T۲۱:۳۰:۰۰+۰۳:۳۰")
def test_parse_machine_datetime_returns_none_or_an_aware_datetime(text):
    parsed = parse_machine_datetime(text)
    assert parsed is None or parsed.tzinfo is not None


@FUZZ
@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                    timezones=st.sampled_from((timezone.utc, TEHRAN, timezone(timedelta(hours=-5))))))
def test_parse_machine_datetime_round_trips(moment):
    parsed = parse_machine_datetime(moment.isoformat())
    # the same instant, in Tehran time (compared in UTC: times in a DST gap are shown moved)
    assert parsed.astimezone(timezone.utc) == moment.astimezone(timezone.utc)
    assert parsed.tzinfo == TEHRAN


# ------------------------------------------------------------------------------ pages

SITE_CLASSES = ("news_general_dl", "body", "title", "rutitr", "subtitle", "news_pdate_c", "news_path",
                "tags_title", "article_body", "echo_detail", "news_time", "lead", "up_title", "content",
                "breadcrumb_list", "article_tag", "photo_body", "video_title", "share_news", "related_news")
TAGS = ("div", "p", "span", "h1", "h2", "a", "article", "section", "time", "ul", "li", "br", "b", "script",
        "style", "table", "td", "img", "meta", "iframe", "noscript")


MACHINE_DATES = ("2025-09-01T21:30:00+03:30", "9999-12-31T23:59:59-12:00", "0001-01-01", "x")


@st.composite
def html_pages(draw, depth=0):
    """Random markup made of the sites' own tags, classes and attributes, often broken."""
    parts = []
    for _ in range(draw(st.integers(0, 6 if depth < 4 else 0))):
        tag = draw(st.sampled_from(TAGS))
        attrs = ""
        if draw(st.booleans()):
            attrs += f' class="{draw(st.sampled_from(SITE_CLASSES))}"'
        if tag == "time" or draw(st.integers(0, 9)) == 0:
            value = draw(st.one_of(st.sampled_from(MACHINE_DATES), any_text))
            attrs += f' datetime="{value}"'
        if tag == "meta":
            attrs += (' property="article:published_time" content="'
                      + draw(st.sampled_from(("2025-09-01T21:30:00+03:30", "2125-01-01T00:00:00", "", "۲۰۲۵-۰۹-۰۱")))
                      + '"')
        inner = draw(st.one_of(mixed, html_pages(depth=depth + 1)))
        close = draw(st.sampled_from((f"</{tag}>", "", f"</{tag}", "</div>")))
        parts.append(f"<{tag}{attrs}>{inner}{close}")
    if depth == 0 and draw(st.booleans()):
        ld = draw(st.sampled_from(('{"@type": "NewsArticle", "headline": "عنوان", "datePublished": "2025-09-01T10:00:00+03:30", "articleBody": "متن\\nدوم"}',
                                   '[1, "a", {"@type": ["NewsArticle"], "headline": {"x": 1}, "articleBody": ["a", 2]}]',
                                   '{"@graph": 5}', '"x"', '{', '{"@type": "NewsArticle", "datePublished": 7}')))
        parts.append(f'<script type="application/ld+json">{ld}</script>')
    return "".join(parts)


FETCHED = datetime(2025, 12, 13, tzinfo=timezone.utc)


@FUZZ
@given(st.one_of(html_pages(), mixed), st.sampled_from((IRIBNEWS, ILNA)))
@example("<div>" * 3000 + "متن" + "</div>" * 3000, IRIBNEWS)
@example('<div class="body">' + "<b>" * 20000 + "متن", IRIBNEWS)
@example("<html><body><h1>t\ud800\x00</h1></body></html>", ILNA)
@example('<meta property="article:published_time" content="9999-12-31T23:59:59-12:00"><h1>t</h1>', IRIBNEWS)
def test_parse_article_gives_fields_or_not_an_article(page, site):
    try:
        fields = parse_article(site, "http://127.0.0.1/fa/news/1", page, FETCHED)
    except NotAnArticle:
        return
    assert fields["title"] or fields["body"]
    assert all(isinstance(p, str) and p for p in fields["body"])
    assert fields["page_kind"] in ("article", "photo", "video")
    if fields["published"]:
        published = datetime.fromisoformat(fields["published"])
        assert datetime(1995, 1, 1, tzinfo=timezone.utc) <= published <= FETCHED + timedelta(hours=1)


# ------------------------------------------------------------------------------ extraction

def meeting_violations(meeting: dict, published: str | None) -> list[str]:
    """How a meeting record breaks MEETINGS.md (empty: it does not)."""
    out = []
    participants = meeting.get("participants") or []
    if len(participants) < 2:
        out.append(f"{len(participants)} principal(s)")
    for p in participants:
        if not (p.get("name") or p.get("role")):
            out.append(f"participant without name and role: {p}")
    if meeting.get("kind") not in ("meeting", "call"):
        out.append(f"kind {meeting.get('kind')!r}")
    if meeting.get("status") not in ("held", "planned"):
        out.append(f"status {meeting.get('status')!r}")
    if meeting.get("status") == "held" and meeting.get("date") and published and meeting["date"] > published:
        out.append(f"held on {meeting['date']}, after publication on {published}")
    return out


# A Jalali date in the text later than the publication date once gave a "held" meeting on
# that future date; the extractor now leaves such a date out.
HELD_IN_THE_FUTURE = "پزشکیان روز دوشنبه ۳۰ شهریور ۱۴۰۴ با پوتین دیدار کرد."


published_dates = st.one_of(st.none(), st.dates(min_value=date(2013, 1, 1), max_value=date(2026, 12, 31)).map(date.isoformat))


@FUZZ
@given(st.one_of(phrases, mixed, st.lists(phrases, max_size=6).map("\n".join)), st.one_of(st.none(), phrases),
       published_dates)
@example("مسعود پزشکیان رئیس‌جمهور کشورمان فردا با ولادیمیر پوتین دیدار و گفت‌وگو کرد.", None, "2025-09-01")
@example(HELD_IN_THE_FUTURE, None, "2025-09-01")
@example("رئیس‌جمهور با رئیس‌جمهور دیدار کرد.", "دیدار", "2025-09-01")
@example("وی با وی دیدار کرد و او با او تماس تلفنی داشت.", None, None)
def test_extract_meetings_never_breaks_the_meeting_conventions(text, title, published):
    meetings = extract_meetings(text, title=title, published=published, strict=True)  # a bug must fail here
    assert isinstance(meetings, list)
    problems = [(m, v) for m in meetings for v in meeting_violations(m, published)]
    assert not problems, problems


def test_a_held_meeting_is_never_dated_after_publication():
    meetings = extract_meetings(HELD_IN_THE_FUTURE, published="2025-09-01")
    assert meetings and meetings[0]["status"] == "held" and meetings[0]["date"] is None
    assert not [v for m in meetings for v in meeting_violations(m, "2025-09-01")], meetings


@pytest.mark.parametrize("size", [10_000, 100_000, 400_000])
def test_extraction_and_cleaning_time_stay_bounded_on_huge_adversarial_articles(size):
    sentence = "پزشکیان با پوتین و «وی» و همتای روس خود و رئیس‌جمهور روسیه دیدار و گفت‌وگو کرد و گفت: "
    text = (sentence * (size // len(sentence) + 1))[:size]
    started = time.monotonic()
    meetings = extract_meetings(text, published="2025-09-01")
    extract_seconds = time.monotonic() - started
    started = time.monotonic()
    normalize_text(text)
    clean_seconds = time.monotonic() - started
    assert extract_seconds < 30 and clean_seconds < 30, (extract_seconds, clean_seconds)
    assert all(not meeting_violations(m, "2025-09-01") for m in meetings)
