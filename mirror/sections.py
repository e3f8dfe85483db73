"""Section / service tables of the two sites (ids as documented in SITES.md where known)."""
from __future__ import annotations

import re

# IRIB (IranSamaneh): service key -> (service_id, Persian name). 5 and 6 are documented
# (S4 menu ids, S21); 3 = فیلم per S4 (`/fa/services/3/76`). The rest are guesses [G].
IRIB_SERVICES = {
    "political": (5, "سیاسی"),
    "economic": (6, "اقتصادی"),
    "social": (7, "اجتماعی"),
    "science-culture": (8, "علمی و فرهنگی"),
    "sport": (9, "ورزشی"),
    "international": (11, "بین الملل"),
    "video": (3, "فیلم"),
    "photo": (4, "عکس"),
}
# IRIB category (second crumb) -> cat id. 10 رهبری and 218 انتخابات are documented; others [G].
IRIB_CATS = {
    "رهبری": 10, "انتخابات": 218, "سیاست خارجی": 21, "دولت": 22, "مجلس": 23,
    "دفاعی و امنیتی": 24, "انرژی": 224, "تجارت": 225, "اقتصاد بین الملل": 226,
    "غرب آسیا": 31, "آسیا": 32, "اروپا": 33, "آمریکا": 34, "آفریقا": 35,
    "سلامت": 41, "دانشگاه": 51, "فرهنگ": 52, "فوتبال": 61, "گزارش تصویری": 71,
    "فیلم خبری": 76,
}

# ILNA (aasaam): section id -> Persian name (S5, 2018 ids; 10 from 2024 URLs).
ILNA_SECTIONS = {
    2: "اخبار", 3: "سیاسی", 4: "اقتصادی", 5: "اجتماعی", 6: "فرهنگ و هنر", 7: "ورزشی",
    8: "بین‌الملل", 9: "کارگری", 10: "سایر رسانه‌ها", 12: "چندرسانه‌ای", 14: "عکس",
    15: "استان‌ها", 24: "سیاست داخلی", 25: "مجلس", 26: "سیاست خارجی", 27: "دولت",
    122: "حقوقی قضایی", 38: "روابط کار", 153: "فیلم و صوت",
}
ILNA_TOP = (3, 4, 5, 6, 7, 8, 9, 12, 15)
ILNA_NAME_TO_ID = {v: k for k, v in ILNA_SECTIONS.items()}


def ilna_section_path(section_id: int, name: str | None = None) -> str:
    """`/بخش-<words>-<id>`: words split on space/ZWNJ, the conjunction «و» dropped (S5)."""
    name = name or ILNA_SECTIONS[section_id]
    words = [w for w in re.split(r"[\s\u200c]+", name) if w and w != "و"]
    return "/بخش-" + "-".join(words) + f"-{section_id}"


def irib_cat_id(name: str) -> int:
    if name not in IRIB_CATS:
        IRIB_CATS[name] = 400 + len(IRIB_CATS)
    return IRIB_CATS[name]
