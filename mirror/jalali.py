"""Jalali (Solar Hijri) helpers for rendering pages: month and weekday names, digits, conversion."""
from __future__ import annotations

import jdatetime

MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
          "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")  # date.weekday() order

_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def fa_digits(s) -> str:
    return str(s).translate(_FA)


def latin_digits(s: str) -> str:
    return s.translate(_TO_LATIN)


def g2j(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(year=gy, month=gm, day=gd)
    return j.year, j.month, j.day


def j2g(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    g = jdatetime.date(jy, jm, jd).togregorian()
    return g.year, g.month, g.day
