"""Meeting dates: Jalali and Gregorian dates in running text, weekday and relative phrases.

Everything is resolved against the publication date (``published``), never the clock, so
extraction stays deterministic. The regexes are linear (no nested quantifiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import jdatetime

from pipelines.dates import AFGHAN_MONTHS, AFGHAN_MONTHS_ALSO_WORDS, SOLAR_MONTHS
from pipelines.persian import to_latin_digits, unify_letters

from .lexicon import DUSHANBE_THE_CITY, GREGORIAN_MONTHS, JALALI_MONTHS, RELATIVE_DAYS, WEEKDAYS

_B = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after


def _alt(words) -> str:
    variants = set()
    for w in words:
        variants.add(re.escape(w.replace("\u200c", " ")).replace(r"\ ", " ?"))
    return "|".join(sorted(variants, key=len, reverse=True))


# with a year, any solar month name (Iran's or Afghanistan's); without one, not the Afghan names that are
# also common words
_JM_FULL = _alt(SOLAR_MONTHS)
_JM = _alt({**JALALI_MONTHS, **{m: n for m, n in AFGHAN_MONTHS.items() if m not in AFGHAN_MONTHS_ALSO_WORDS}})
_GM = _alt(GREGORIAN_MONTHS)
# how an Afghan site dates its page: a day and an Afghan month whose name is no common word («۲۰ جوزا»), or
# any Afghan month with its year («۶ میزان ۱۴۰۰», «ثور 06, 1400»)
_AM = _alt({m for m in AFGHAN_MONTHS if m not in AFGHAN_MONTHS_ALSO_WORDS})
_AM_FULL = _alt(AFGHAN_MONTHS)
_AFGHAN_DATE = re.compile(rf"(?<!\d)\d{{1,2}}\s*(?:{_AM}){_E}|(?<!\d)\d{{1,2}}\s*(?:{_AM_FULL})\s*[,،]?\s*1[34]\d\d(?!\d)"
                          rf"|{_B}(?:{_AM_FULL})\s*\d{{1,2}}\s*[,،]\s*1[34]\d\d(?!\d)")
_JALALI_FULL = re.compile(rf"{_B}(\d{{1,2}}) ?(?:ام )?({_JM_FULL})(?: ?ماه)? ?(?:سال )?(1[234]\d\d){_E}")
_JALALI_NUM = re.compile(r"(?<!\d)(1[34]\d\d)/(\d{1,2})/(\d{1,2})(?!\d)")
_JALALI_NUM_DAY_FIRST = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(1[34]\d\d)(?!\d)")  # «28/04/1401»
_JALALI_PARTIAL = re.compile(rf"{_B}(\d{{1,2}}) ?(?:ام )?({_JM})(?: ?ماه)?{_E}")
# «اول شهریورماه», «دوم آبان»: the day as an ordinal word
_ORDINAL_DAYS = {"اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
                 "هشتم": 8, "نهم": 9, "دهم": 10}
_JALALI_ORDINAL = re.compile(rf"{_B}({_alt(_ORDINAL_DAYS)}) ({_JM})(?: ?ماه)?{_E}")
_JALALI_ORDINAL_FULL = re.compile(rf"{_B}({_alt(_ORDINAL_DAYS)}) ({_JM_FULL})(?: ?ماه)? ?(?:سال )?(1[234]\d\d){_E}")  # «دوم تیرماه ۱۳۹۹»
_GREG_FULL = re.compile(rf"{_B}(\d{{1,2}}) ?({_GM}) ?(?:سال )?((?:19|20)\d\d){_E}")
_GREG_PARTIAL = re.compile(rf"{_B}(\d{{1,2}}) ?({_GM}){_E}")
_ISO = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")
_REL = re.compile(rf"{_B}({_alt(RELATIVE_DAYS)}){_E}")
# «امام جمعه», «نماز جمعه», «سفیر ایران در دوشنبه» name no day
_WEEKDAY = re.compile(rf"(?<!امام )(?<!نماز )(?!{DUSHANBE_THE_CITY.pattern}){_B}({_alt(WEEKDAYS)}){_E}")
# «روزهای چهارشنبه و پنجشنبه»: two days named together date nothing by themselves
_TWO_DAYS_BEFORE = re.compile(rf"(?:روزهای|(?:{_alt(WEEKDAYS)})\s*و)\s*$")
_TWO_DAYS_AFTER = re.compile(rf"\s*و\s*(?:{_alt(WEEKDAYS)}){_E}")
_NEXT = re.compile(r"آینده|بعد|پیش رو|آتی")
# «چهارشنبه (9/2/94)», «سه‌شنبه ۹۴/۲/۸»: a weekday, then a Jalali date with a two-digit year, day first or
# year first; the weekday tells which
_WEEKDAY_SHORT_DATE = re.compile(rf"{_B}({_alt(WEEKDAYS)})\s*[(-]?\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{1,2}})(?!\d)")


def afghan_dated(text: str) -> bool:
    """The page dates itself by the Afghan month names, as Kabul sites do (looked for in its opening)."""
    return _AFGHAN_DATE.search(prepare(text[:3000])) is not None


def prepare(text: str) -> str:
    """Digits to Latin, Arabic letters to Persian, ZWNJ to space (same length as input)."""
    return unify_letters(to_latin_digits(text)).replace("\u200c", " ")


def _month_number(name: str, table: dict[str, int]) -> int:
    name = name.replace(" ", "")
    for k, v in table.items():
        if k.replace("\u200c", "") == name:
            return v
    return 0


def _jalali(y: int, m: int, d: int) -> date | None:
    try:
        return jdatetime.date(y, m, d).togregorian()
    except (ValueError, OverflowError):
        return None


def _gregorian(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class DateFind:
    value: date
    rank: int  # 3 explicit full date, 2 partial (no year), 1 relative day, 0 weekday
    pos: int


_OFFICE_AFTER = re.compile(r"\s*[،,]\s*(?:وزیر|رئیس|رییس|سفیر|معاون|نماینده|دبیر|مشاور)")
_QUOTE_GOES_ON = re.compile(r"(?:\s+[^\s\d۰-۹«»،,.]+){1,3}\s*»")  # a quoted name goes on after the day's word


def find_dates(text: str, published: date | None, future: bool = False) -> list[DateFind]:
    """All date expressions in ``text`` with their resolved Gregorian day."""
    s = prepare(text)
    out: list[DateFind] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in [*_JALALI_FULL.finditer(s), *_JALALI_ORDINAL_FULL.finditer(s)]:
        d = _jalali(int(m[3]), _month_number(m[2], SOLAR_MONTHS), int(_ORDINAL_DAYS.get(m[1], m[1])))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    for m in _JALALI_NUM.finditer(s):
        d = _jalali(int(m[1]), int(m[2]), int(m[3]))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    for m in _JALALI_NUM_DAY_FIRST.finditer(s):
        d = _jalali(int(m[3]), int(m[2]), int(m[1]))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    for m in _WEEKDAY_SHORT_DATE.finditer(s):
        d = _short_jalali(_weekday_number(m[1]), int(m[2]), int(m[3]), int(m[4]))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    for m in _GREG_FULL.finditer(s):
        d = _gregorian(int(m[3]), _month_number(m[2], GREGORIAN_MONTHS), int(m[1]))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    for m in _ISO.finditer(s):
        d = _gregorian(int(m[1]), int(m[2]), int(m[3]))
        if d and free(*m.span()):
            out.append(DateFind(d, 3, m.start()))
            taken.append(m.span())
    full = sorted(out, key=lambda f: f.pos)

    def anchor(pos: int) -> date | None:
        """The full date written last before ``pos``: «۱۴ آذر ۱۴۰۰ ... و یک روز بعد (۱۵ آذر)» is its year."""
        return next((f.value for f in reversed(full) if pos - _ANCHOR_REACH < f.pos < pos), None)

    for m in [*_JALALI_PARTIAL.finditer(s), *_JALALI_ORDINAL.finditer(s)]:
        near = anchor(m.start()) or published
        if not free(*m.span()) or near is None:
            continue
        month, day = _month_number(m[2], SOLAR_MONTHS), int(_ORDINAL_DAYS.get(m[1], m[1]))
        near_j = jdatetime.date.fromgregorian(date=near)
        candidates = [c for c in (_jalali(near_j.year + k, month, day) for k in (-1, 0, 1)) if c]
        if candidates:
            # (placed by a full date of the same text, it is as sure as that date)
            out.append(DateFind(min(candidates, key=lambda c: abs((c - near).days)),
                                2 if near is published else 3, m.start()))
            taken.append(m.span())
    for m in _GREG_PARTIAL.finditer(s):
        near = anchor(m.start()) or published
        if not free(*m.span()) or near is None:
            continue
        month, day = _month_number(m[2], GREGORIAN_MONTHS), int(m[1])
        candidates = [c for c in (_gregorian(near.year + k, month, day) for k in (-1, 0, 1)) if c]
        if candidates:
            out.append(DateFind(min(candidates, key=lambda c: abs((c - near).days)),
                                2 if near is published else 3, m.start()))
            taken.append(m.span())
    if published:
        for m in _REL.finditer(s):
            if free(*m.span()):
                offset = RELATIVE_DAYS.get(m[1]) if m[1] in RELATIVE_DAYS else _rel_offset(m[1])
                out.append(DateFind(published + timedelta(days=offset), 1, m.start()))
                taken.append(m.span())
        for m in _WEEKDAY.finditer(s):
            if not free(*m.span()):
                continue
            if _TWO_DAYS_BEFORE.search(s[max(0, m.start() - 16):m.start()]) or _TWO_DAYS_AFTER.match(s[m.end():]):
                taken.append(m.span())  # «روزهای چهارشنبه و پنجشنبه»: two days, no one date
                continue
            if _OFFICE_AFTER.match(s[m.end():]) \
                    or s[:m.start()].rstrip().endswith("«") and _QUOTE_GOES_ON.match(s[m.end():]):
                # «با دلیر جمعه، وزیر انرژی تاجیکستان», «جمعه عناد سعدون» وزیر دفاع عراق: a name, no day
                taken.append(m.span())
                continue
            wd = _weekday_number(m[1])
            after = s[m.end():m.end() + 12]
            fwd = future or bool(_NEXT.match(after.strip()))
            if fwd:
                delta = (wd - published.weekday()) % 7
                if delta == 0 and _NEXT.match(after.strip()):
                    delta = 7
                day = published + timedelta(days=delta)
            else:
                day = published - timedelta(days=(published.weekday() - wd) % 7)
                if re.match(r"\s*(?:گذشته|قبل|پیش)", after):
                    day = day if day != published else published - timedelta(days=7)
            out.append(DateFind(day, 0, m.start()))
            taken.append(m.span())
    out.sort(key=lambda f: f.pos)
    return out


_ANCHOR_REACH = 300  # characters: farther on, a day and month is placed by the publication day


def _short_jalali(weekday: int, a: int, month: int, c: int) -> date | None:
    """The one reading of «a/month/c» (day/month/year or year/month/day, a two-digit year of 1350–1449)
    that falls on ``weekday``."""
    def year(yy: int) -> int:
        return 1300 + yy if yy >= 50 else 1400 + yy
    days = {d for d in (_jalali(year(c), month, a), _jalali(year(a), month, c)) if d and d.weekday() == weekday}
    return days.pop() if len(days) == 1 else None


def _rel_offset(phrase: str) -> int:
    p = phrase.replace(" ", "")
    for k, v in RELATIVE_DAYS.items():
        if k.replace(" ", "").replace("\u200c", "") == p:
            return v
    return 0


def _weekday_number(phrase: str) -> int:
    p = phrase.replace(" ", "")
    for k, v in WEEKDAYS.items():
        if k.replace(" ", "").replace("\u200c", "") == p:
            return v
    return 0


def weekday_anchored(text: str, lo: date, hi: date) -> date | None:
    """«شامگاه سه‌شنبه ۲۳ دی‌ماه» with no year and no publication date: the one day with that
    weekday, day and month between ``lo`` and ``hi`` (an era the text's officials give), if one."""
    s = prepare(text)
    for m in _JALALI_PARTIAL.finditer(s):
        before = list(_WEEKDAY.finditer(s[max(0, m.start() - 14):m.start()]))
        if not before:
            continue
        wd = _weekday_number(before[-1][1])
        month, day = _month_number(m[2], SOLAR_MONTHS), int(m[1])
        first = jdatetime.date.fromgregorian(date=lo).year
        last = jdatetime.date.fromgregorian(date=hi).year
        found = [d for d in (_jalali(y, month, day) for y in range(first, last + 1))
                 if d and lo <= d <= hi and d.weekday() == wd]
        if len(found) == 1:
            return found[0]
    return None


_TODAY_WRITTEN = re.compile(r"امروز(?=[\s(،,]{1,3}(?:\S+[\s(،,]{1,3}){0,2}\d)")


def today_written(text: str, era: tuple[date, date] | None) -> date | None:
    """The day a text with no publication date calls «امروز» and writes out («از امروز چهارشنبه (۱۴
    تیرماه)», «امروز ۲۱ آذر ۱۴۰۴»): a full date, or a weekday, day and month within ``era``; one day
    only, else None."""
    s = prepare(text)
    days = set()
    for m in _TODAY_WRITTEN.finditer(s):
        after = s[m.end(): m.end() + 40]
        full = [f.value for f in find_dates(after, None) if f.rank == 3 and f.pos <= 16]
        day = full[0] if full else weekday_anchored(s[m.start(): m.end() + 40], *era) if era else None
        if day:
            days.add(day)
    return days.pop() if len(days) == 1 else None


def weekday_near(text: str, anchor: date) -> date | None:
    """«امروز یکشنبه» in a text with no publication date, near a day written out (``anchor``): the
    such weekday nearest the anchor («شنبه ۲۶ آبان وارد شد ... یکشنبه» is the day after; «دوشنبه ۳۰
    تیر اعلام کرد ... ملاقات روز یکشنبه» the day before)."""
    s = prepare(text)
    days = [m for m in _WEEKDAY.finditer(s)
            if not _TWO_DAYS_BEFORE.search(s[:m.start()]) and not _TWO_DAYS_AFTER.match(s, m.end())]
    if len(days) != 1:
        return None
    ahead = (_weekday_number(days[0][1]) - anchor.weekday()) % 7
    return anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def day_and_month(text: str) -> tuple[int, int] | None:
    """The Jalali (month, day) first written in ``text`` («۲۴ خرداد»), even with no year and no
    publication date to place it: two such days tell two meetings apart."""
    s = prepare(text)
    for m in [*_JALALI_PARTIAL.finditer(s), *_JALALI_ORDINAL.finditer(s)]:
        return _month_number(m[2], SOLAR_MONTHS), int(_ORDINAL_DAYS.get(m[1], m[1]))
    return None


def is_date_only(text: str) -> bool:
    """«۱۹ دی», «۵ آبان ۱۴۰۲»: the text is a day and a month (and maybe a year), nothing else."""
    s = prepare(text).strip()
    return any(p.fullmatch(s) for p in (_JALALI_FULL, _JALALI_PARTIAL, _GREG_FULL, _GREG_PARTIAL))


def jalali_day_month(day: date) -> tuple[int, int]:
    j = jdatetime.date.fromgregorian(date=day)
    return j.month, j.day


def near(day_month: tuple[int, int], anchor: date) -> date | None:
    """The day of that Jalali month and day nearest ``anchor`` (a date known from the same article)."""
    year = jdatetime.date.fromgregorian(date=anchor).year
    days = [d for d in (_jalali(year + k, *day_month) for k in (-1, 0, 1)) if d]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


def best_date(text: str, published: date | None, future: bool = False) -> date | None:
    """The most specific date expression in ``text`` (full date > partial > relative > weekday)."""
    finds = find_dates(text, published, future)
    if not finds:
        return None
    top = max(f.rank for f in finds)
    return next(f.value for f in finds if f.rank == top)


_NUMERIC_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def parse_published(value) -> date | None:
    """The publication day: ISO (``2024-05-01``, a timestamp too), ``2024/05/01``, a Jalali day
    written the same ways (``1403-02-12``, ``۱۴۰۳/۰۲/۱۲``: a year before 1600 is a Jalali one, as
    Iranian sites print them) or in words (``۱۲ اردیبهشت ۱۴۰۳``); None when no day can be read."""
    if not value or not isinstance(value, str):
        return None
    value = to_latin_digits(value.strip())
    if (m := _NUMERIC_DAY.match(value)) is not None:
        y, mo, d = (int(x) for x in m.groups())
        return _jalali(y, mo, d) if y < 1600 else _gregorian(y, mo, d)
    found = find_dates(value, None)
    return found[0].value if found else None
