"""Gazetteers (data/*.tsv) and a spelling-insensitive phrase matcher over tokens.

Matching works on tokens, not on a regex alternation: the text is cut into word tokens at
spaces, ZWNJ and punctuation, and a phrase matches when the concatenated matching keys of
1..N consecutive tokens equal the key of a gazetteer phrase. So «رئیس‌جمهور», «رئیس جمهور»,
«رئیسجمهور» and «رييس جمهور» all match the same entry, in linear time (no backtracking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.dates import JALALI_MONTHS  # noqa: F401  (re-exported for extract.dates)
from pipelines.persian import fold

DATA = Path(__file__).with_name("data")
# (the longest office as printed: «معاون امور حقوقی و بین المللی وزارت امور خارجه», nine words)
MAX_PHRASE_TOKENS = 10


@lru_cache(maxsize=200_000)
def key(text: str | None) -> str:
    """Matching key: :func:`fold` plus ئ/ی and hamza insensitivity (رئیس = رییس), «الله» as «اله»
    (امیرعبداللهیان = امیرعبدالهیان) and «رحمان» as «رحمن» (عبدالرحمان = عبدالرحمن), both in print."""
    return fold(text).replace("ئ", "ی").replace("ء", "").replace("لله", "له").replace("رحمان", "رحمن")


_LONG_VOWELS = re.compile("[اآوی]")
# letters told apart by their dots only, confused in print and in transliteration («حلوصی» / «خلوصی»)
_DOTS = str.maketrans("خجچپژگث", "حححبزکس")


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """A word's consonants: foreign names are transliterated with other long vowels
    («مرودوف» / «مرادوف», «العیسامی» / «العیسمی») or dots («حلوصی آکار» / «خلوصی آکار»)."""
    return _LONG_VOWELS.sub("", key(word)).translate(_DOTS)


@dataclass(frozen=True)
class Entry:
    kind: str  # country adj city org office person honorific pronoun weekday jmonth gmonth relday trigger topic
    canon: str
    data: tuple = ()


@dataclass(frozen=True)
class Official:
    name: str
    role: str
    country: str
    start: date | None
    end: date | None

    def active(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Lexicon:
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    officials: list[Official] = field(default_factory=list)
    offices: dict[str, set[str]] = field(default_factory=dict)  # canonical role -> flags
    country_of_city: dict[str, str] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)  # the first city listed for a state
    leader_office: dict[str, str] = field(default_factory=dict)  # state -> «نخست‌وزیر» where he, not the head of state, leads
    speaker_office: dict[str, str] = field(default_factory=dict)  # state -> its «رئیس مجلس» by another name («رئیس دومای دولتی»)
    upper_office: dict[str, str] = field(default_factory=dict)  # state -> its second chamber's head («رئیس شورای فدراسیون»)
    country_keys: dict[str, list[str]] = field(default_factory=dict)  # state or organisation -> keys of its names
    state_names: list[str] = field(default_factory=list)  # states' names as written (not adjectives)
    org_kind: dict[str, str] = field(default_factory=dict)
    full_names: set[str] = field(default_factory=set)  # keys of canonical official names
    spellings: dict[str, list[str]] = field(default_factory=dict)  # canonical name -> full-name variants
    by_name: dict[str, list[Official]] = field(default_factory=dict)
    by_surname: dict[str, list[str]] = field(default_factory=dict)
    by_office: dict[tuple[str, str], list[Official]] = field(default_factory=dict)  # (role, state) → its holders
    given: set[str] = field(default_factory=set)
    iranian_given: set[str] = field(default_factory=set)
    outlet_states: dict[str, str] = field(default_factory=dict)  # host or «.tld» → the state it writes from
    # word-by-word consonants of foreign officials' full names, by their first word's -> the names
    foreign_skeletons: dict[str, dict[tuple[str, ...], set[str]]] = field(default_factory=dict)

    def add(self, phrase: str, entry: Entry) -> None:
        k = key(phrase)
        if not k:
            return
        # («وزیر علوم، تحقیقات و فناوری»: found in text with or without its commas, see match_spans)
        for form in {k, k.replace("،", "").replace(",", "")}:
            bucket = self.phrases.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def officials_named(self, name: str) -> list[Official]:
        if not self.by_name:
            for o in self.officials:
                self.by_name.setdefault(key(o.name), []).append(o)
        return self.by_name.get(key(name), [])

    def full_names_ending(self, surname: str) -> list[str]:
        """Listed full names whose last word is ``surname`` («الشمری»: نجاح الشمری, عبدالامیر الشمری)."""
        if not self.by_surname:
            for o in self.officials:
                if " " in o.name and o.name not in (bucket := self.by_surname.setdefault(key(o.name.split()[-1]), [])):
                    bucket.append(o.name)
        return self.by_surname.get(key(surname), [])

    def given_name(self, word: str) -> bool:
        """``word`` opens a listed official's full name («جان» of «جان کری», «محمد» of «محمد شیاع السودانی»)
        or is a common given name (``given_names.txt``: «حسینعلی», «غلامرضا»)."""
        if not self.given:
            self.given.update(_common_given_names())
            for o in self.officials:
                for full in (o.name, *self.spellings.get(o.name, ())):
                    if " " in full:
                        self.given.add(key(full.split()[0]))
        return _among(key(word), self.given)

    def iranian_given_name(self, word: str) -> bool:
        """``word`` is a common given name or opens an Iranian official's name: one an Iranian outlet's
        own officials bear («عباس», not «دیوید»)."""
        if not self.iranian_given:
            self.iranian_given.update(_common_given_names())
            self.iranian_given.update(key(o.name.split()[0]) for o in self.officials if o.country == "ایران" and " " in o.name)
        return _among(key(word), self.iranian_given)

    def home_state(self, url: str | None, afghan_dated: Callable[[], bool] = lambda: False) -> str:
        """The state an outlet writes from, by its host (``outlets.tsv``); else, on a host outside
        ``.ir``, Afghanistan when the page dates itself by the Afghan month names (``afghan_dated()``,
        asked only then: «۲۰ جوزا ۱۳۹۷», «ثور 06, 1400», a Kabul site no list has); else Iran."""
        host = (urlsplit(url).hostname or "").removeprefix("www.") if isinstance(url, str) else ""
        suffixes = [host.split(".", k)[-1] for k in range(host.count(".") + 1)]  # «x.tolonews.com», «tolonews.com», «com»
        listed = next((self.outlet_states[s] for suffix in suffixes for s in (suffix, "." + suffix)
                       if s in self.outlet_states), None)
        if listed is not None:
            return listed
        if host and not host.endswith(".ir") and afghan_dated():
            return "افغانستان"
        return "ایران"

    def shared_office(self, role: str | None) -> bool:
        """An office several people hold at once (deputies, ambassadors, advisers)."""
        return (role in SHARED_OFFICES or (role or "").startswith(("معاون", "دستیار", "مشاور", "سفیر", "نماینده", "رئیس "))) \
            and role not in ("معاون اول رئیس‌جمهور", "رئیس مجلس", "رئیس قوه قضاییه", "رئیس ستاد کل نیروهای مسلح",
                             "رئیس سازمان انرژی اتمی", "رئیس دفتر سیاسی", "رئیس کمیسیون اروپا", "رئیس شورای اروپا",
                             "رئیس مجلس سنا", "رئیس دومای دولتی", "رئیس شورای فدراسیون", "رئیس شورای عالی قضایی",
                             "رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس") \
            and role not in self.speaker_office.values() and role not in self.upper_office.values()
        # (a state's named chamber has one head: «رئیس مشرانو جرگه»)

    def holder(self, role: str, country: str, day: date | None) -> Official | None:
        """The one official holding ``role`` for ``country`` on ``day`` (None if unknown or ambiguous).

        Offices held by several people at once (deputies, ambassadors, advisers) never resolve.
        """
        if self.shared_office(role):
            return None
        if role == "رئیس مجلس" and country in self.speaker_office:
            role = self.speaker_office[country]  # «رئیس مجلس روسیه» is the Duma's
        if day is None:
            return None  # an unknown era: today's holder would be a guess
        def holding(office: str) -> dict[str, Official]:
            return {o.name: o for o in self.by_office.get((office, country), ()) if o.active(day)}
        # («صدراعظم اسرائیل» as Dari writes it; «نخست‌وزیر آلمان»): the one office by its other name
        found = holding(role) or (holding(_HEAD_OF_GOVERNMENT[role]) if role in _HEAD_OF_GOVERNMENT else {})
        if len(found) > 1 and day is not None:
            # hand-over day (one term ends the day the next begins): the newcomer holds the office
            latest = max(found.values(), key=lambda o: o.start or date.min)
            if all(o is latest or o.end == latest.start for o in found.values()):
                return latest
        return next(iter(found.values())) if len(found) == 1 else None


_HEAD_OF_GOVERNMENT = {"صدراعظم": "نخست‌وزیر", "نخست‌وزیر": "صدراعظم"}


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


SHARED_OFFICES = {"وزیر", "رئیس", "سفیر", "کاردار", "نماینده ویژه", "فرستاده ویژه", "نماینده دائم", "سخنگو"}

HONORIFICS = [
    "آقای", "آقا", "جناب آقای", "جناب", "خانم", "سرکار خانم", "بانو", "دکتر", "مهندس", "سید", "سیده",
    "حجت‌الاسلام", "حجت‌الاسلام والمسلمین", "حجت الاسلام و المسلمین", "آیت‌الله", "آیت الله العظمی",
    "آیت‌الله العظمی", "حضرت آیت‌الله العظمی",
    "حضرت آیت‌الله", "شیخ", "سردار", "سرلشکر", "سرتیپ", "دریادار", "دریابان", "امیر دریادار",
    "پروفسور", "عالیجناب", "جنابعالی", "حاج", "ملا", "مولوی", "ژنرال", "مارشال", "سناتور",
    "جلالتمآب", "جلالت‌مآب", "جلالتماب",  # («His Excellency» on Afghan pages)
    "پرزیدنت",  # («پرزیدنت ترامپ», as translations of American statements write it)
    # military ranks written before a name («سردار سرلشکر پاسدار محمد باقری»)
    "پاسدار", "سرلشکر پاسدار", "سرتیپ پاسدار", "سرتیپ دوم", "سرتیپ دوم پاسدار", "سپهبد", "ارتشبد",
    "سرهنگ", "سرهنگ پاسدار", "دریادار دوم", "امیر سرتیپ", "امیر سرلشکر",
    "امیر سرتیپ خلبان", "امیر سرلشکر خلبان", "سرتیپ خلبان", "سرتیپ دوم خلبان", "سرلشکر خلبان", "امیر سرتیپ دوم",
    "سرتیپ دوم ستاد", "امیر دریابان", "سرتیپ ستاد",
    "سرلشگر", "سرلشگر پاسدار", "امیر سرلشگر",  # spelt with گ as often as with ک
    "الشیخ", "حاجی", "شاهزاده", "شهزاده", "حجت الاسلام", "آیت الله",
    "حجت الاسلام المسلمین",  # (the «و» lost in print)
    "حجة الاسلام", "حجة الاسلام والمسلمین", "حجة‌الاسلام والمسلمین", "علامه", "دریاسالار", "امیر دریاسالار",
    # plural: «حضرات آیات A، B و C» (each a name)
    "حضرات آیات", "حضرات آیات عظام", "آیات عظام", "حضرات", "آقایان",
]
PATRONYMICS = ("بن", "ابن", "بنت")  # «فیصل بن فرحان»: «son/daughter of», inside Arabic names
PATRONYMIC_KEYS = frozenset(key(w) for w in PATRONYMICS)  # («بن», «ابن», «بنت» as matched)
PLURAL_HONORIFICS = {"حضرات آیات", "حضرات آیات عظام", "آیات عظام", "حضرات", "آقایان"}
# provinces whose names would otherwise read as a state or a city («آذربایجان غربی»)
IRANIAN_PROVINCES = ["آذربایجان شرقی", "آذربایجان غربی", "خراسان رضوی", "خراسان شمالی", "خراسان جنوبی",
                     "سیستان و بلوچستان", "کهگیلویه و بویراحمد", "چهارمحال و بختیاری", "استان تهران",
                     "استان فارس", "استان کردستان", "استان گلستان", "استان مرکزی", "استان اردبیل",
                     "مازندران", "گیلان", "خوزستان", "لرستان", "هرمزگان", "گلستان", "البرز", "سمنان",
                     "قزوین", "زنجان", "ایلام", "بوشهر", "کرمانشاه", "همدان", "یزد", "کرمان", "اردبیل"]
PRONOUNS = ["وی", "او", "ایشان"]
_GLUED_TITLES = ("سید", "میر")


def _among(k: str, names: set[str]) -> bool:
    """A given name's key in ``names``, or one with a glued «سید»/«میر» before it («سیدمحمد», «میرحسین»)."""
    return k in names or any(k.startswith(p) and k[len(p):] in names for p in _GLUED_TITLES)


@lru_cache(maxsize=1)
def _common_given_names() -> frozenset[str]:
    """``given_names.txt``, read once for both name lists."""
    return frozenset(key(line.strip()) for line in (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


WEEKDAYS = {  # Python weekday(): Monday = 0
    "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6, "دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1,
    "چهارشنبه": 2, "چهار‌شنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3, "جمعه": 4,
    # «۴ شنبه» (چهارشنبه) with a digit: not Saturday
    **{f"{n}{space}شنبه": (5 + n) % 7 for n in range(1, 6) for space in ("", " ")},
}
# «سفیر ایران در دوشنبه», «به دوشنبه رفته بود», «در فرودگاه دوشنبه»: after «در», «به», «شهر» or «فرودگاه»,
# Tajikistan's capital, not Monday, unless a date, a time of day or a plural («در دوشنبه‌های هر هفته») follows
_TURK = key("ترک")
_LEAVING_VERBS = {key(w) for w in ("کرد", "کردند", "کند", "کنند", "می‌کند", "می‌کنند", "کرده", "کردن", "نمود",
                                    "نمودند", "گفت", "گفتند", "خواهد", "خواهند")}
DUSHANBE_THE_CITY = re.compile(
    r"(?:(?<=در )|(?<=به )|(?<=شهر )|(?<=فرودگاه ))دوشنبه(?=[\s،,.]++(?!(?:[\d۰-۹]|شب|صبح|عصر|ظهر|گذشته|آینده|هفته|ساعت|ها(?:ی)?\b))|[.،,]?$)")
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "ژوییه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # (Dari spellings on Afghan and Tajik pages)
    "جنوری": 1, "فبروری": 2, "مارچ": 3, "اپریل": 4, "اگست": 8, "آگست": 8, "سپتمبر": 9, "اکتوبر": 10,
    "نومبر": 11, "دسمبر": 12,
}
CALL_MODIFIERS = {"تصویری", "ویدئویی", "ویدیویی", "ویدئوکنفرانسی", "ویدیوکنفرانسی", "مجازی", "آنلاین", "برخط",
                  "وبیناری"}  # («مذاکرات وبیناری»: a webinar)
RELATIVE_DAYS = {
    "امروز": 0, "امشب": 0, "روز جاری": 0, "امروز صبح": 0, "امروز عصر": 0, "اکنون": 0, "هم‌اکنون": 0,
    "دقایقی پیش": 0, "ساعاتی پیش": 0, "لحظاتی پیش": 0, "ساعتی پیش": 0, "دقایقی قبل": 0, "ساعاتی قبل": 0,
    "دیروز": -1, "دیشب": -1, "روز گذشته": -1, "شب گذشته": -1, "پریروز": -2,
    "فردا": 1, "فردا شب": 1, "پس‌فردا": 2,
}
# Meeting triggers: (phrase, kind). Longest phrase wins at match time.
TRIGGERS = [(p, "meeting") for p in [
    "دیدار", "دیداری", "دیدارهای", "دیدارها", "دیدارهایی", "ملاقات", "ملاقاتی", "ملاقات‌هایی", "ملاقات‌های",
    "ملاقات‌ها", "گفت‌وگوهایی",
    "دیدارش", "دیدارشان", "ملاقاتش", "ملاقاتشان",  # «در (پایان) دیدارش با X»: his meeting with X
    "ضمن خوش‌آمدگویی", "ضمن خوشامدگویی", "ضمن خوشامد گویی",  # «ضمن خوش‌آمدگویی به X گفت»: the host at the meeting
    "رایزنی‌هایی", "مذاکراتی", "تبادل نظر", "تبادل‌نظر", "گفتگوهای", "گفتگوهایی", "گفتگوها", "گفت‌وگوها", "گفت‌وگو", "گفتگو", "گفت‌وگوی",
    "گفتگوی", "گفت‌وگویی", "گفتگویی", "رایزنی", "رایزنی‌های", "مذاکره", "مذاکرات", "نشست دوجانبه",
    "نشست دو جانبه", "نشست مشترک", "دیدار دوجانبه", "دیدار دو جانبه", "دیدار و گفت‌وگو",
    "نشستی دوجانبه", "نشستی دو جانبه", "نشست دوجانبه‌ای", "نشستی مشترک",  # «با X نشستی دوجانبه برگزار کرد»
    "دیدار و رایزنی", "ملاقات و گفت‌وگو", "گفت‌وگو و رایزنی", "دیدار و گفتگو", "گفت‌وگوهای",
    "نشست سه‌جانبه", "دیدار سه‌جانبه", "نشست سه جانبه", "دیدار سه جانبه", "نشست چهارجانبه",
    "نشست سه‌جانبه‌ای", "نشست سه جانبه‌ای", "دیدار سه‌جانبه‌ای", "دیدار سه جانبه‌ای", "نشست چهارجانبه‌ای",
    "دیدار دوجانبه‌ای", "دیدار دو جانبه‌ای", "نشست دو جانبه‌ای",
    "مذاکرات سه‌جانبه", "رایزنی‌های سه‌جانبه",
    # one trigger, so that «برای توسعه روابط ... بحث و گفتگو کردند» is not a trip's second aim
    # and «بحث وگفتگو» (the space lost) still reads
    "بحث و گفت‌وگو", "بحث و گفتگو", "بحث و تبادل نظر",
    # «با همتای چینی خود، ... را مورد بررسی قرار داد»: examined something with someone (active voice only)
    "مورد بررسی قرار داد", "مورد بررسی قرار دادند", "مورد بررسی قرار دهد", "مورد بررسی قرار دهند",
    "مورد بحث و بررسی قرار داد", "مورد بحث و بررسی قرار دادند", "مورد بحث و بررسی قرار دهد",
    # a working meal with someone: «در جلسه ناهار کاری با X شرکت کرد»
    "ناهار کاری", "شام کاری", "صبحانه کاری", "جلسه ناهار کاری", "نشست ناهار کاری", "ضیافت ناهار کاری",
]] + [(p, "call") for p in [
    "تماس تلفنی", "تماسی تلفنی", "تماس تلفنی", "گفت‌وگوی تلفنی", "گفتگوی تلفنی", "گفت‌وگویی تلفنی",
    "گفتگویی تلفنی", "مکالمه تلفنی", "مکالمه‌ای تلفنی", "ارتباط تلفنی", "تلفنی", "تلفن", "مکالمه",
    "ویدئوکنفرانس", "ویدیوکنفرانس", "ویدئو کنفرانس", "ویدیو کنفرانس", "ارتباط ویدئویی",
    "تماس ویدئویی", "ارتباط تصویری", "تماس تصویری", "نشست مجازی", "گفت‌وگوی ویدئویی",
    "رایزنی تلفنی", "تلفنی گفت‌وگو", "تلفنی گفتگو", "تلفنی رایزنی",
    "تیلفونی", "تیلفون", "گفت‌وگوی تیلفونی", "گفتگوی تیلفونی", "گفت‌وگویی تیلفونی", "گفتگویی تیلفونی",  # Dari
    "تلیفونی", "تلیفون", "گفت‌وگوی تلیفونی", "گفتگوی تلیفونی", "تماس تلیفونی", "صحبت تلیفونی", "صحبت تیلفونی",
    "تماس", "تماسی", "تماس‌های", "تماس ویدیویی", "تماسی تصویری", "تماسی ویدئویی", "گفت‌وگوی تصویری",
    "گفتگوی تصویری", "گفت‌وگویی تصویری", "گفت‌وگوی ویدیویی", "ارتباط ویدیویی", "نشست ویدئوکنفرانسی",
    "نشست ویدیوکنفرانسی", "نشست مجازی", "نشست آنلاین", "تماس تلفنی ویدئویی",
    # adjectives that make a call of the trigger next to them (never a trigger alone)
    *sorted(CALL_MODIFIERS),
]] + [(p, "receive") for p in [
    # «X، Y را به حضور پذیرفت»: the counterpart is the object marked by «را»
    "به حضور پذیرفت", "به حضور پذیرفتند", "به حضور می‌پذیرد", "به حضور خواهد پذیرفت", "پذیرای",
]] + [(p, "welcome") for p in [
    # «از X استقبال رسمی کرد», «مورد استقبال رسمی X قرار گرفت»: the official welcome of a visitor
    "استقبال رسمی", "مراسم استقبال رسمی", "استقبال کرد", "استقبال کردند",
    # «از X عیادت کرد»: a visit to someone sick, read as a welcome is (X after «از»)
    "عیادت کرد", "عیادت کردند", "عیادت نمود", "عیادت نمودند", "عیادت خواهد کرد", "عیادت می‌کند",
]] + [(p, "credentials") for p in [
    # «استوارنامه X را دریافت کرد»: letters of credence are received in person (only after «استوارنامه»)
    "دریافت کرد", "دریافت کردند", "دریافت نمود", "دریافت خواهد کرد", "دریافت می‌کند",
    "پذیرفت",  # (Dari: «اعتمادنامه او را پذیرفت»)
]] + [(p, "hand_over") for p in [
    # «پیام ... را به X تقدیم کرد»: a message handed over in person (only after «پیام»/«نامه»)
    "تقدیم کرد", "تقدیم کند", "تقدیم کردند", "تقدیم خواهد کرد", "تحویل داد", "تحویل دهد", "ارائه کرد",
    "ارائه کند", "ارائه خواهد کرد", "تسلیم کرد", "تسلیم کردند", "تقدیم نمود", "تقدیم نمودند", "تسلیم نمود",
    "سپرد", "سپردند",  # (Dari: «کاپی اعتمادنامه خود را به X سپرد»)
]] + [(p, "call_to") for p in [
    # «X به Y تلفن زد»: the counterpart is the «به» phrase before the verb
    "تلفن زد", "تلفن کرد", "زنگ زد", "تلفن زدند",
]] + [(p, "meeting") for p in [
    # «X میزبان Y بود»: the host met the guest (not «به میزبانی تهران», a venue)
    "میزبان",
    # «با X خداحافظی کرد», «دیدار خداحافظی»: an envoy's farewell call, in person
    "خداحافظی کرد", "خداحافظی کردند", "خداحافظی",
    # «(مراسم) دریافت استوارنامه X سفیر جدید Y»: receiving an envoy's letters of credence, in person
    "دریافت استوارنامه", "دریافت استوارنامه‌های", "دریافت اعتمادنامه",
    # «A و B ... یادداشت تفاهم امضا کردند»: signing together is meeting (plural verb only)
    "امضا کردند", "به امضا رساندند", "امضا کنند", "امضا خواهند کرد", "به امضا برسانند", "به امضا خواهند رساند",
]] + [(p, "session") for p in [
    # «نشست A با B برگزار شد»: only in that form (a session alone is no meeting)
    "نشست", "جلسه", "نشستی", "جلسه‌ای",
    "جلسات", "جلساتی", "نشست‌هایی",  # «جلسات سازنده‌ای با A، B و C برگزار کرد»
]]


def _load() -> Lexicon:
    lex = Lexicon()
    for row in _rows("countries.tsv"):
        canon = row[0]
        for v in [canon, *_split(_cell(row, 1))]:
            lex.add(v, Entry("country", canon))
            lex.state_names.append(v)
        for adj in _split(_cell(row, 2)):
            lex.add(adj, Entry("adj", canon))
        lex.country_keys[canon] = [key(v) for v in [canon, *_split(_cell(row, 1)), *_split(_cell(row, 2))] if key(v)]
        if _cell(row, 4):
            lex.leader_office[canon] = _cell(row, 4)
        for i, city in enumerate(_split(_cell(row, 3))):
            lex.add(city, Entry("city", city.split("|")[0], (canon, i == 0)))
            lex.country_of_city[city] = canon
            if i == 0:
                lex.capital_of[canon] = city.split("|")[0]
    for p in IRANIAN_PROVINCES:
        lex.add(p, Entry("province", p, ("ایران",)))  # «استاندار آذربایجان غربی» is no state
        if " و " in p:  # «سیستانوبلوچستان»: written as one word once its ZWNJ is stripped
            lex.add(p.replace(" و ", "و"), Entry("province", p, ("ایران",)))
    for row in _rows("landmarks.tsv"):
        if len(row) >= 3:
            lex.add(row[0], Entry("city", row[1], (row[2], False)))
    for row in _rows("organizations.tsv"):
        canon, kind = row[0], _cell(row, 2) or "org"
        lex.org_kind[canon] = kind
        for v in [canon, *_split(_cell(row, 1))]:
            lex.add(v, Entry("org", canon, (kind,)))
        lex.country_keys[canon] = [key(v) for v in [canon, *_split(_cell(row, 1))] if key(v)]
    for row in _rows("offices.tsv"):
        canon = row[0]
        flags = set(_split(_cell(row, 3).replace(",", "|")))
        lex.offices[canon] = flags
        for flag, offices in (("speaker", lex.speaker_office), ("upper", lex.upper_office)):
            if flag in flags:
                offices.update((f[3:], canon) for f in flags if f.startswith("of:"))
        for v in [canon, *_split(_cell(row, 1))]:
            lex.add(v, Entry("office", canon, (False,)))
            if v.startswith("وزیر ") and "خارجه" not in v:
                # «وزارت کشور»: the ministry, an office only after a deputy's word («قائم مقام وزارت کشور»);
                # the foreign ministry's deputies are listed offices and «وزارت امور خارجه» is a place
                lex.add("وزارت" + v[len("وزیر"):], Entry("ministry", canon, (False,)))
        plurals = _split(_cell(row, 2))
        if not plurals:  # «وزرای دفاع», «وزیران نفت», «وزرای آموزش»: the ministers of
            plurals = [p + v[len("وزیر"):] for v in (canon, *_split(_cell(row, 1))) if v.startswith("وزیر ")
                       for p in ("وزرای", "وزیران")]
        # «رؤسای مجلس», «رییسان دوما»: the heads of
        plurals += [p + v[len("رئیس"):] for v in (canon, *_split(_cell(row, 1))) if v.startswith("رئیس ")
                    for p in ("روسای", "رئیسان")]
        plurals += ["وزاری" + p[len("وزرای"):] for p in plurals if p.startswith("وزرای ")]  # (a common misspelling)
        for v in plurals:
            lex.add(v, Entry("office", canon, (True,)))
    for row in _rows("officials.tsv"):
        name, role, country = row[0], _cell(row, 2), _cell(row, 3)
        lex.officials.append(official := Official(name, role, country, _iso(_cell(row, 4)), _iso(_cell(row, 5))))
        lex.by_office.setdefault((role, country), []).append(official)
        lex.full_names.add(key(name))
        lex.add(name, Entry("person", name, (False,)))
        for alias in _split(_cell(row, 1)):
            weak = alias.startswith("~")
            lex.add(alias.lstrip("~"), Entry("person", name, (weak,)))
            if len(alias.split()) >= 2 and not weak:
                bucket = lex.spellings.setdefault(name, [])
                if alias not in bucket:
                    bucket.append(alias)
        if country != "ایران":  # (Iran's own names are spelled one way: «حسن» is not «حسین»)
            for full in (name, *lex.spellings.get(name, ())):
                parts = tuple(skeleton(w) for w in full.split())
                if 2 <= len(parts) <= 3 and all(len(x) >= 2 for x in parts):
                    lex.foreign_skeletons.setdefault(parts[0], {}).setdefault(parts, set()).add(name)
    for row in _rows("outlets.tsv"):
        lex.outlet_states[row[0].strip().lower()] = _cell(row, 1)
    for row in _rows("topics.tsv"):
        for v in [row[0], *_split(_cell(row, 1))]:
            lex.add(v, Entry("topic", row[0]))
    for h in HONORIFICS:
        lex.add(h, Entry("honorific", h))
    for p in PRONOUNS:
        lex.add(p, Entry("pronoun", p))
    for w, n in WEEKDAYS.items():
        lex.add(w, Entry("weekday", w, (n,)))
    for m, n in JALALI_MONTHS.items():
        lex.add(m, Entry("jmonth", m, (n,)))
        lex.add(m + "ماه", Entry("jmonth", m, (n,)))
    for m, n in GREGORIAN_MONTHS.items():
        lex.add(m, Entry("gmonth", m, (n,)))
    for r, n in RELATIVE_DAYS.items():
        lex.add(r, Entry("relday", r, (n,)))
    for p, kind in TRIGGERS:
        lex.add(p, Entry("trigger", p, (kind,)))
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The gazetteers, loaded once per process."""
    return _load()


# ---------------------------------------------------------------- tokens and spans

# a ZWNJ joins, never splits, a word; Arabic diacritics (tanween «حدوداً», fatha) belong to their word
_TOKEN_RE = re.compile(r"[^\W_]+(?:[\u064b-\u065f\u0670]+[^\W_]*)*(?:\u200c+[^\W_]+(?:[\u064b-\u065f\u0670]+[^\W_]*)*)*|[^\w\s\u200c]")


@dataclass
class Token:
    text: str
    start: int
    end: int
    key: str
    word: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        word = s[0].isalnum() or s[0] == "_" or len(s) > 1
        k = key(s) if word else s
        if word and k.endswith("هی") and len(k) >= 5 and word_frequency(k) is None and word_frequency(k[:-1]) is not None:
            k = k[:-1]  # «وزیر خارجه‌ی عراق»: the ezafe written out after a silent «ه»
        out.append(Token(s, m.start() + offset, m.end() + offset, k, word))
    return out


@dataclass
class Span:
    i: int  # first token
    j: int  # one past the last token
    entries: list[Entry]

    def get(self, kind: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind), None)

    def has(self, *kinds: str) -> bool:
        return any(e.kind in kinds for e in self.entries)


def match_spans(tokens: list[Token], text: str, base: int = 0) -> dict[int, Span]:
    """Greedy longest-match of gazetteer phrases, left to right; {first token index: span}.

    ``text``/``base`` are used to refuse phrases that run across a line break.
    """
    phrases = lexicon().phrases
    foreign = lexicon().foreign_skeletons
    spans: dict[int, Span] = {}
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i].word:
            i += 1
            continue
        acc = ""
        best = None
        for j in range(i, min(n, i + MAX_PHRASE_TOKENS)):
            tok = tokens[j]
            if not tok.word:
                if j > i and tok.text in "،," and j + 1 < n and tokens[j + 1].word:
                    continue  # «وزیر علوم، تحقیقات و فناوری»: a comma inside an office's name (never at its end)
                break
            if j > i and "\n" in text[tokens[j - 1].end - base:tok.start - base]:
                break
            if j > i and tokens[i].key == "با":
                break  # nor does one begin on a separate «با»: «با لی آنگ» is no «بالی», «با سیل» no «باسیل»
            acc += tok.key
            # matching ignores spaces, so «روس و» would read as the city «روسو»: a phrase never
            # ends on a separate conjunction (inside one, «حمل و نقل», it may stand)
            if acc in phrases and not (j > i and tok.key in ("و", "را")):  # («وی را» is no «ویرا»)
                best = (j + 1, phrases[acc])
        if best is None:
            if (by_first := foreign.get(skeleton(tokens[i].text))) is not None:
                best = _respelled_foreign_name(tokens, i, by_first)
        elif best[0] == i + 1 and i + 1 < n and tokens[i + 1].key in PATRONYMIC_KEYS:
            # «سلطان بن محمد النعمانی», «امیر بن ...»: a title word before «بن» is a given name
            kept = [e for e in best[1] if e.kind not in ("office", "honorific")]
            best = (best[0], kept) if kept else None
        if best and best[0] == i + 1 and DUSHANBE_THE_CITY.match(text, tokens[i].start - base):
            best = (best[0], [Entry("city", "دوشنبه", ("تاجیکستان", True))])
        elif best and best[0] == i + 1 < n and tokens[i].key == _TURK and tokens[i + 1].key in _LEAVING_VERBS:
            best = None  # «دمشق را ترک کرد»: left, no Turk
        if best:
            spans[i] = Span(i, best[0], best[1])
            i = best[0]
        else:
            i += 1
    return spans


def _respelled_foreign_name(tokens: list[Token], i: int,
                            by_first: dict[tuple[str, ...], set[str]]) -> tuple[int, list[Entry]] | None:
    """«رشید مرودوف» for the listed «رشید مرادوف»: a foreign official's full name with the same
    consonants word by word (``by_first``: the names whose first word has token i's), one word
    spelled as listed and the others no Persian words."""
    lex = lexicon()
    for n in (3, 2):
        window = tokens[i:i + n]
        if len(window) < n or not all(t.word for t in window):
            continue
        names = by_first.get(tuple(skeleton(t.text) for t in window))
        if not names or len(names) != 1:
            continue
        (name,) = names
        listed = {key(w) for full in (name, *lex.spellings.get(name, ())) for w in full.split()}
        exact = [t.key in listed for t in window]
        if any(exact) and not all(exact) and all(
                ok or word_frequency(t.text) is None for ok, t in zip(exact, window)):
            return i + n, [Entry("person", name, (False,))]
    return None


# ---------------------------------------------------------------- respelling

@lru_cache(maxsize=1)
def _hazm_words() -> tuple[dict[str, str], dict[str, int]]:
    """hazm's word list: ZWNJ compounds by key (بینالمللی → بین‌المللی) and word frequencies."""
    compounds: dict[str, str] = {}
    freq: dict[str, int] = {}
    try:
        import hazm

        path = Path(hazm.__file__).with_name("data") / "words.dat"
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            word = parts[0]
            # hazm's list is clean Persian: this cheap form equals key(word) and keeps start-up fast
            k = word.replace("\u200c", "").replace("آ", "ا").replace("ئ", "ی").replace("ء", "")
            if "\u200c" in word:
                compounds.setdefault(k, word)
            try:
                freq[k] = max(freq.get(k, 0), int(parts[1]))
            except (IndexError, ValueError):
                freq.setdefault(k, 0)
    except Exception:  # pragma: no cover - hazm missing: respelling is best effort
        pass
    return compounds, freq


def _compounds() -> dict[str, str]:
    return _hazm_words()[0]


def word_frequency(word: str) -> int | None:
    """hazm corpus frequency of a word (None if hazm does not know it)."""
    return _hazm_words()[1].get(key(word))


_SUFFIXES = ("های", "ها", "ای", "ی", "ام", "ات", "اش", "مان", "تان", "شان")
_PREFIXES = ("می", "نمی")


def respell_word(word: str) -> str:
    """Restore ZWNJ in one word when hazm's lexicon or simple affix rules know it."""
    if "\u200c" in word or len(word) < 4:
        return word
    comp = _compounds()
    k = key(word)
    if k in comp and comp[k].replace("\u200c", "") == word:
        return comp[k]
    if word.endswith("های") and len(word) > 5 and word_frequency(word) is None \
            and (word_frequency(word[:-2]) or 0) > (word_frequency(word[:-3]) or 0):
        return respell_word(word[:-2]) + "\u200cای"  # «رسانهای» is «رسانه‌ای», not «رسان‌های»
    for suf in _SUFFIXES[:2]:
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[: -len(suf)]
            if word_frequency(stem) is not None and word_frequency(word) is None:
                return respell_word(stem) + "\u200c" + suf
    for pre in _PREFIXES:
        if word.startswith(pre) and len(word) > len(pre) + 2 and key(word[len(pre):]) in _verb_stems():
            return pre + "\u200c" + word[len(pre):]
    return word


@lru_cache(maxsize=1)
def _verb_stems() -> frozenset[str]:
    return frozenset(key(v) for v in (
        "کند", "کنند", "شود", "شوند", "دهد", "دهند", "رود", "گیرد", "باشد", "توان", "تواند",
        "خواهد", "کرد", "کردند", "شد", "داد", "گوید", "رسد", "یابد",
    ))


def respell(text: str | None) -> str | None:
    """Canonical spacing for a short phrase (names, occasions, topics)."""
    if not text:
        return text
    words = text.split()
    # («وزیر علوم ، تحقیقات» rebuilt from tokens: a comma sits on the word before it)
    return " ".join(respell_word(w) for w in words).replace(" ،", "،").replace(" ,", ",")
