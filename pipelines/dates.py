"""Dates as the sites print them: Jalali text and machine timestamps, to ISO 8601 in Tehran time."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import jdatetime

from pipelines.persian import to_latin_digits, unify_letters

# Asia/Tehran, not a fixed offset: Iran kept summer time (+04:30) up to and including 2022.
TEHRAN = ZoneInfo("Asia/Tehran")

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
# The same solar months by their Afghan (Dari) names, «۲۵ عقرب ۱۴۰۰»: here a date needs a day number and
# a year; where a day alone may do (extract.dates), not the names that are common words with a number
# before them too («به میزان ۱۰», «۳ حمل و نقل»)
AFGHAN_MONTHS = {
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6,
    "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}
AFGHAN_MONTHS_ALSO_WORDS = {"میزان", "حمل"}
SOLAR_MONTHS = {**JALALI_MONTHS, **AFGHAN_MONTHS}
# Month names after unify_letters (ي→ی, ى→ی), so «شهريور» and «دى» match too.
_MONTH_ALT = "|".join(sorted(SOLAR_MONTHS, key=len, reverse=True))
_JALALI_TEXT = re.compile(
    rf"(?P<day>\d{{1,2}})\s*(?P<month>{_MONTH_ALT})\s*(?:ماه\s*)?(?P<year>1[234]\d\d)"
    r"(?:\s*[-–،,]?\s*(?:ساعت\s*)?(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2}))?"
)
_JALALI_NUMERIC = re.compile(
    r"(?P<year>1[34]\d\d)\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<day>\d{1,2})"
    r"(?:\s*[-–،,]?\s*(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2}))?"
)


def _prepared(text: str) -> str:
    return unify_letters(to_latin_digits(text)).replace("\u200c", " ")


def parse_jalali(text: str | None) -> datetime | None:
    """The first Jalali date (and time, if given) in ``text`` as an aware Tehran datetime.

    Accepts ``۱۰ شهریور ۱۴۰۴ - ۲۱:۳۰``, ``دوشنبه 10 شهريور 1404``, ``1404/06/10 21:30``,
    with Persian, Arabic-Indic or Latin digits and Arabic letter forms. None if there is none.
    """
    if not text:
        return None
    prepared = _prepared(text)
    match = _JALALI_TEXT.search(prepared)
    if match:
        month = SOLAR_MONTHS[match["month"]]
    else:
        match = _JALALI_NUMERIC.search(prepared)
        if not match:
            return None
        month = int(match["month"])
    try:
        day = jdatetime.date(int(match["year"]), month, int(match["day"])).togregorian()
        hour, minute = int(match["hour"] or 0), int(match["minute"] or 0)
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TEHRAN)
    except ValueError:
        return None


def parse_machine_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 timestamp from markup (meta, time[datetime], JSON-LD), aware, in Tehran time.

    A value without offset is taken as Tehran local time, as these sites write it.
    """
    if not value:
        return None
    value = to_latin_digits(value.strip()).replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=TEHRAN)
    try:
        return parsed.astimezone(TEHRAN)
    except (OverflowError, ValueError):  # 9999-12-31T23:59-12:00 and the like: no real date
        return None


def iso(moment: datetime) -> str:
    """ISO 8601 with the Tehran offset, to the second: ``2025-09-01T21:30:00+03:30``."""
    return moment.astimezone(TEHRAN).isoformat(timespec="seconds")


def jalali_date(day: date) -> jdatetime.date:
    """The Jalali calendar date of a Gregorian date."""
    return jdatetime.date.fromgregorian(date=day)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
