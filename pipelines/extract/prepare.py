"""The plain text of an article made ready for reading: one spelling of each letter, no invisible
characters, and none of the page's furniture (navigation lines, credits and datelines, links to other
stories, captions), with lines a copy broke in mid-sentence joined again and a few glued or split
words mended."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.persian import strip_invisibles, to_latin_digits, unify_letters

from .lexicon import key, lexicon, word_frequency

_NAV_LINE = re.compile(
    r"^\s*(?:date\s+\S+|پخش زنده|انتهای پیام|اشتراک[ \u200c]?گذاری|کد خبر\s*:?.*|لینک کوتاه.*|"
    r"(?:برچسب[ \u200c]?ها|کلید[ \u200c]?واژه[ \u200c]?ها|کلمات کلیدی|تگ[ \u200c]?ها)\s*:?.*|اخبار مرتبط|نظرات|چاپ|ارسال به دوستان)\s*$")
_LATIN_LINE = re.compile(r"^[^\u0600-\u06FF]*[A-Za-z][^\u0600-\u06FF]*$")  # «Print Friendly, PDF & Email»
_PHOTO_CREDIT = re.compile(r"^\s*©")  # («© AP Photo / Presidencia turcaرجب طیب اردوغان»: a picture's caption)
# («https://...breadcrump.gif در ادامه ...»: a web address is no words of the story; its «:» no speaker's)
# («کازو توشی آیکاوا (AIKAWA Kazutoshi) سفیر ژاپن»: a name's Latin spelling in brackets, too)
_NAV_BITS = re.compile(r"(?:^|\s)date\s+\d{4}-\d{2}-\d{2}|پخش زنده|انتهای پیام(?:/)?|https?://[^\s«»]+"
                       r"|\s\([A-Za-z][A-Za-z'’.\- ]{1,40}\)")
# a credit's source runs to its comma, past the commas inside a ministry's name («وزارت میراث فرهنگی،
# گردشگری و صنایع دستی»)
_MINISTRY_NAME_GOES_ON = r"\s*(?:گردشگری|معدن|تحقیقات|درمان|کار)\s"
_CREDIT_SOURCE = rf"(?:[^،,:؛\n]|[،,](?={_MINISTRY_NAME_GOES_ON}))"
_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.،]))به\s+گزارش\s+{_CREDIT_SOURCE}{{2,60}}?(?:\s+(?:از|به نقل از)\s*{_CREDIT_SOURCE}{{2,60}}?)?"
    rf"\s*(?:؛|[،,](?!{_MINISTRY_NAME_GOES_ON}))\s*")
# «به گزارش راهبرد معاصر آیت‌الله ...»: a credit with no punctuation ends where a title or a quotation
# mark opens the subject's name (not the outlet's own quoted name: «به گزارش خبرگزاری «عمون»،»)
_CREDIT_BEFORE_TITLE = re.compile(
    r"^\s*به\s*گزارش\s+[^،,:؛«»\n]{2,40}?\s+(?=(?:آیت|حجت|حضرت|دکتر|سردار|سرلشکر|دریادار|مهندس|سید)\s|«(?![^»\n]{1,30}»\s*[،,؛:]))")
# «خبرگزاری مهر: ...», «تهران - ایرنا - ...»: the outlet's dateline, not a speaker and a quotation
_DATELINE = re.compile(
    r"^(?:(?:خبرگزاری|پایگاه خبری|پایگاه اطلاع‌رسانی|روزنامه|شبکه خبری)\s+[^:،«»\n]{1,30}?\s*:\s*"
    r"|[^:«»\n]{0,30}?\s[-–]\s*(?:ایرنا|ایسنا|ایلنا|مهر|تسنیم|فارس|ایکنا|شانا)\s*[-–]\s*"
    r"|(?:باشگاه خبرنگاران جوان|خبرگزاری\s+[^ـ:«»\n]{1,25}?|پایگاه خبری\s+[^ـ:«»\n]{1,25}?)\s*ـ\s*"
    r"|باشگاه خبرنگاران جوان\s+[-–]\s*"
    # «امیرعلی قاسمی مقدم-شهرآرانیوز، ...»: a reporter's byline glued to an outlet's name
    r"|[^:«»،\n]{2,40}?[-–]\s*[^\s:«»،\n]{2,20}(?:نیوز|پرس|آنلاین)\s*[،,]\s*"
    # «فردای کرمان – گروه جامعه: ...»: an outlet and its desk before a colon
    r"|[^:«»،\n]{2,30}?\s[-–]\s*(?:گروه|سرویس)\s[^:«»،\n]{2,25}?:\s*)")

# «" میشل سلیمان " رئیس‌جمهور», «ˈنیکولاس مادوروˈ»: a name or title in straight or English
# quotes (or the IPA stress mark some sites use as one), as Persian ones
_SHORT_QUOTE = re.compile(r"[\"“”‘’ˈ']\s*([^\"“”‘’ˈ'«»\n.:،]{2,60}?)\s*[\"“”‘’ˈ']")
_STRAY_MARK = re.compile(r"(?<=\s)ˈ(?=\s)")
# «رؤسای مجالس و جمهور سه کشور»: the heads of parliaments and [the heads of] republics
_ELIDED_HEADS = re.compile(r"(رؤسای|روسای|رئوسای) (مجالس|مجلس|دولت‌ها|دولتهای|دولت های) و جمهور(?![\w\u200c])")
# «وانگ یی عضو شورای دولتی و وزیر امور خارجه چین»: a membership that China's officials carry
# before their office (the office is what the record keeps)
_MEMBERSHIP = re.compile(r"(?<![\w\u200c])(?:عضو|مشاور) (?:شورای دولتی|دولتی|دفتر سیاسی(?: کمیته مرکزی)?"
                         r"(?: حزب کمونیست)?(?: چین)?) و (?=وزیر|رئیس|رییس|مدیر|دبیر)")
# «با ریاست محترم جمهوری اسلامی ایران»: a courtesy word inside an office
# «رئیس و اعضای شورای عالی استان‌ها با ... دیدار کردند»: the body's head met him (its members are no principals)
_HEAD_AND_MEMBERS = re.compile(r"(?<![\w\u200c])(رئیس|رییس|دبیرکل) و (?:اعضای?|نمایندگان) (?=[\u0600-\u06FF])")
_COURTESY = re.compile(r"(ریاست|رئیس|رییس) محترم (?=جمهور)")
# «با سه رئیس (رئیس جمهور، رئیس هیأت وزرا و رئیس پارلمان)»: the heads counted, then listed in brackets
_COUNTED_HEADS = re.compile(r"(?<![\w\u200c])(?:دو|سه|چهار|پنج) (?:رئیس|رییس|مقام) ?\(((?:رئیس|رییس)[^()]{5,150})\)")
# «در گفت و گوی ظریف و ...»: the word for talks written in three pieces
_SPACED_TALK = re.compile(r"(?<![\w\u200c])گفت\s+و\s*گو(?=ی|ها|\s|[.،,]|$)")
# a lost space: «دردیدار با», «دیدارمعاون اول قوه قضاییه با ...», «شمخانی پساز دیدار با ...»
_GLUED_MEETING = re.compile(r"(?<![\w\u200c])(?:(در|به)(?=دیدار|ملاقات|نشست|تماس)"
                            r"|(دیدار)(?=معاون|رئیس|رییس|وزیر|سفیر|نماینده|فرمانده)|(پس|پیش|بعد)(?=از\s))")
# a line that stops on a comma, a preposition or an office word goes on in the next one
_BROKEN_LINE = re.compile(r"(?:[،,]|(?<!\S)(?:و|با|به|در|از|که|را|وزیر|رئیس|رییس|معاون))$")
# a page hard-wrapped at a fixed width: many lines of about one width end with no full stop
_SENTENCE_END = re.compile(r"[.!?؟:»)\"\]]\s*$")
_WRAPPED_WIDTH = range(45, 96)


def _phrase_across(line: str, nxt: str) -> bool:
    """«... نماینده ولی فقیه در خراسان» / «جنوبی و امام جمعه ...»: a name the gazetteer knows
    broken between two lines (a copy wrapped at a fixed width)."""
    last, first = line.rsplit(" ", 1)[-1], nxt.split(" ", 1)[0]
    return not _SENTENCE_END.search(line) and bool(last) and bool(first) \
        and any(e.kind != "topic" for e in lexicon().phrases.get(key(f"{last} {first}"), ()))


def _hard_wrapped(lines: list[str]) -> bool:
    # (distinct lines: a headline repeated above its lead is no wrapped column)
    return len({line for line in lines if len(line) in _WRAPPED_WIDTH and not _SENTENCE_END.search(line)}) >= 3
# «با مریم الخاطر - وزیر آموزش قطر - دیدار کرد»: spaced dashes between words set off an apposition
_DASH_APPOSITION = re.compile(r"(?<=[\u0600-\u06FF]) [-–—] (?=[\u0600-\u06FF])")
# «... برگزار شد.در این نشست»: a full stop that lost its space (not «ج.ا.ایران», single letters)
_GLUED_STOP = re.compile(r"(?<=[\u0620-\u064A\u067E-\u06CC]{2})\.(?=[\u0620-\u064A\u067E-\u06CC]{2})")
# «امیرقطر», «نخست وزیرمالزی»: an office glued to the state's name where a copy lost the space
_GLUED_OFFICES = ("وزیر", "سفیر", "رئیس", "رییس", "امیر", "پادشاه", "سرکنسول", "کاردار", "نماینده")


@lru_cache(maxsize=1)
def _glued_office() -> re.Pattern:
    states = sorted({unify_letters(n) for n in lexicon().state_names if len(n) >= 3 and n != "ایران"}, key=len, reverse=True)
    return re.compile(r"(?<![\w\u200c])(" + "|".join(_GLUED_OFFICES) + r")(?=(?:"
                      + "|".join(map(re.escape, states)) + r")(?![\w\u200c]))")


@lru_cache(maxsize=1)
def _glued_president() -> re.Pattern:
    """«رئیس جمهورغنی»: a listed president's surname glued to the office where a copy lost the space."""
    surnames = sorted({unify_letters(o.name.split()[-1]) for o in lexicon().officials
                       if o.role == "رئیس‌جمهور" and len(o.name.split()[-1]) >= 3}, key=len, reverse=True)
    return re.compile(r"(?<=جمهور)(?=(?:" + "|".join(map(re.escape, surnames)) + r")(?![\w\u200c]))")


# «حسن روحانیرئیس‌جمهور»: a listed official's surname glued to the office after it where a copy lost the space
_GLUED_BEFORE_OFFICE = re.compile(r"(?<![\w\u200c])([\u0620-\u064A\u067E-\u06CC]{4,20}?)(?=(?:"
                                  + "|".join(_GLUED_OFFICES) + r")[\u0620-\u064A\u067E-\u06CC])")


@lru_cache(maxsize=1)
def _official_surnames() -> frozenset[str]:
    return frozenset(unify_letters(o.name.split()[-1]) for o in lexicon().officials if len(o.name.split()[-1]) >= 4)


def _surname_before_office(m: re.Match) -> str:
    return m[1] + " " if m[1] in _official_surnames() else m[1]


# «درهرمزگان»: «در» glued to a place where a copy lost the space (not «درآمد», a word of its own)
# («ازتاجکستان», «بهتهران»: «از» and «به» too, before a state or a place)
_GLUED_IN = re.compile(r"(?<![\w\u200c])(در|از|به)([\u0620-\u064A\u067E-\u06CC]{3,})(?![\w\u200c])")


# «... ترک زبانوزیر امور خارجه ترکمنستان با ...»: a headline glued to the lead's opening office
_GLUED_HEADLINE = re.compile(r"(?<![\w\u200c])([\u0620-\u064A\u067E-\u06CC]{3,})(وزیر|سفیر|رئیس|رییس|معاون|استاندار)"
                             r"(?= )")


def _headline_before_office(m: re.Match) -> str:
    return f"{m[1]} {m[2]}" if word_frequency(m[0]) is None and (word_frequency(m[1]) or 0) >= 1000 else m[0]


# «مهدی آقا جعفری»: «آقا» after a given name opens the surname («آقاجعفری»), no title before «جعفری»
_AGHA_IN_NAME = re.compile(r"(?<![\w\u200c])([\u0620-\u064A\u067E-\u06CC]{3,}) آقا (?=[\u0620-\u064A\u067E-\u06CC]{3,})")


def _agha_surname(m: re.Match) -> str:
    return f"{m[1]} آقا" if lexicon().given_name(m[1]) else m[0]


# an ending written apart once the ZWNJ is lost («زیرساخت های», «منطقه ای»): one word with it
_DETACHED_ENDING = re.compile(r"(?<=[\u0621-\u064A\u067E-\u06CC]) (ها|های|هایی|هایش|هایشان|هایمان)(?![\w\u200c])"
                              r"|(?<=\u0647) (ای)(?![\w\u200c])")
# «وزیر امور خارجه ی جمهوری تاجیکستان»: the ezafe after a silent «ه» written as a word of its own, or
# as a hamza on it («وزرای داخلهء افغانستان و ترکیه»)
_LONE_EZAFE = re.compile(r"(?<=\u0647) \u06cc(?= )|(?<=\u0647)\u0621(?![\w\u200c])")
# «رئیس دیوان عالی کشوردر دیدار با»: «در» glued to the word before the meeting
_GLUED_IN_AFTER = re.compile(r"(?<![\w\u200c])([\u0620-\u064A\u067E-\u06CC]{3,})در(?= (?:دیدار|ملاقات|نشست|تماس|گفت))")


def _in_after_word(m: re.Match) -> str:
    return f"{m[1]} در" if word_frequency(m[0]) is None and word_frequency(m[1]) else m[0]  # (not «بندر»)


def _in_before_place(m: re.Match) -> str:
    glued = m[0]
    return f"{m[1]} {m[2]}" if _is_place(m[2]) and word_frequency(glued) is None else glued


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    """A state, city or province of the gazetteers, as one word."""
    return any(e.kind in ("country", "city", "province") for e in lexicon().phrases.get(key(word), ()))


# «از دیدار «حمد بن عیسی پادشاه بحرین، با «محمد حسنی مبارک»»: a guillemet opened again before it
# was closed was never meant (left open, the rest of the line would read as a quotation)
_UNCLOSED_GUILLEMET = re.compile(r"«(?=[^«»]*«)")
# «اوباما رئیس جمهوری آمریکا وحسن روحانی», «روحانی باالهام علی اف ... ملاقات کرد»: «و» or «با» glued to
# a given name where a copy lost the space
_GLUED_AND_WORD = re.compile(r"(?<![\w\u200c])(و|با)([\u0620-\u064A\u067E-\u06CC]{3,})(?=\s)")


def _and_before_given_name(m: re.Match) -> str:
    glued = m[0]
    # (not «وانگ یی»: the glued word is a listed name's own first word)
    return f"{m[1]} {m[2]}" if lexicon().given_name(m[2]) and word_frequency(glued) is None \
        and not lexicon().given_name(glued) else glued


# «استوارنامه خود را تسلیم شی جین پینگ رئیس جمهور چین کرد»: the recipient between the two halves of the
# verb, told as «به X تسلیم کرد» is
_HANDED_WITHIN = re.compile(r"((?:استوارنامه|اعتمادنامه|پیام|نامه)[^.!؟:«»]{0,40}? را) (تقدیم|تسلیم) "
                            r"([^.!؟:،«»]{3,80}?) (کرد|کردند|نمود|نمودند)(?![\w\u200c])")
# «با وزیر محترم امور خارجه ملاقات کردم»: a courtesy word inside an office's name
_COURTESY_ADJECTIVE = re.compile(r"(?<=\s)محترم(?=\s)")
# «در گفت‌وگوی تلفنی با (حسین) امیرعبداللهیان»: a given name the writer added in brackets
_BRACKETED_WORD = re.compile(r"\(([^()\s]{2,15})\)(?=\s+[\u0620-\u064A\u067E-\u06CC])")


def _given_name_unbracketed(m: re.Match) -> str:
    return m[1] if lexicon().given_name(m[1]) else m[0]


# «حسن روحانی عصرروز گذشته ...»: a time of day glued to «روز» where a copy lost the space
_GLUED_DAY = re.compile(r"(?<![\w\u200c])(صبح|عصر|ظهر|شب|شامگاه|بامداد)(روز|امروز|دیروز)(?![\w\u200c])")
# «با همتای ایرانی‌اش», «همتای روسیاش»: the possessive ending written on the state's adjective
_COUNTERPART_HIS = re.compile(r"(?<![\w\u200c])(همتای|همتایان) ([\u0621-\u06FF]+ی)\u200c?(?:اش|شان)(?![\w\u200c])")
# «۱۳۹۹ بهمن ۳۰, پنجشنبهانگلا مرکل، ...»: a dateline's weekday glued to the story's first word
_GLUED_DATELINE_DAY = re.compile(r"(?<=\d[,،] )(شنبه|یکشنبه|دوشنبه|سه\u200c?شنبه|چهارشنبه|پنج\u200c?شنبه|جمعه)"
                                 r"(?=[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])")
# «دبیرکل گروه «دی- هشت»», «دبیرکل «اکو»»: an organisation or state set in quotes, which would hide it
_QUOTED_WORDS = re.compile(r"«([^«»\n]{2,40})»")


def _unquote_party(m: re.Match) -> str:
    words = m[1].replace("-", " ")
    return words if any(e.kind in ("org", "country") for e in lexicon().phrases.get(key(words), ())) else m[0]


# «در دیدار «ویتو پتروچلی»Vito Petrocelli رئیس ...»: a name's Latin spelling after it, which would part
# the name from its office
_LATIN_AFTER_QUOTE = re.compile(r"»\s*[A-Za-z][A-Za-z'’.\-]*(?:\s+[A-Za-z][A-Za-z'’.\-]*)*")


# «&#۳۹;استفن دمیستورا&#۳۹;»: a character reference left in the text (its digits made Persian)
_CHAR_REF = re.compile(r"&#([0-9۰-۹]{2,5});")


# «بیشتر بخوانید:» and the headlines of other stories under it (no full stop) are no part of this one
_RELATED_LABEL = r"بیشتر بخوانید|مطالب مرتبط|خبرهای مرتبط|اخبار مرتبط"
_RELATED = re.compile(rf"^\s*(?:{_RELATED_LABEL}|بخوانید|پیشنهاد (?:ما|سردبیر))\s*:?\s*$")
# (or one such headline run into the label on its line)
_RELATED_GLUED = re.compile(rf"^\s*(?:{_RELATED_LABEL})\s*:?.{{1,150}}$")


_NOT_BEFORE_A_NAME = frozenset(key(w) for w in ("از", "به", "در", "و", "با"))


def _credit_cut(m: re.Match) -> str:
    """What of a credit match to keep: nothing, unless the credit ran on into its subject's name
    («به گزارش خبرگزاری مهر حسین امیر عبداللهیان، ...», «به گزارش «ایسنا» علی لاریجانی که ...»): a
    given name (not after a preposition) with one or two more words, or «که», before the credit's end."""
    words = m.group().split()
    for k in range(3, len(words) - 1):
        word = words[k].strip("«»“”\"()-ـ")
        rest = [w.strip("،,؛") for w in words[k + 1:]]
        rest = [w for w in rest if w]
        if len(word) >= 3 and key(words[k - 1]) not in _NOT_BEFORE_A_NAME and lexicon().given_name(word) \
                and 1 <= len(rest) <= 2 + (key("که") in map(key, rest)) and not _NOT_BEFORE_A_NAME & {key(w) for w in rest}:
            return m.group()[m.group().index(words[k]):]
    return ""


def prepare(text: str) -> str:
    text = strip_invisibles(unify_letters(text)).replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ")
    if "&#" in text:
        text = _CHAR_REF.sub(lambda m: chr(int(to_latin_digits(m[1]))), text)
    lines = []
    related = False
    wrapped = _hard_wrapped([line.strip() for line in text.split("\n")])
    for line in text.split("\n"):
        if _RELATED.match(line):
            related = True
            continue
        unfinished = not line.rstrip().endswith((".", ":", "»"))  # (a headline has no full stop)
        if _RELATED_GLUED.match(line) and unfinished:
            continue  # («بیشتر بخوانیدرئیس‌جمهور با ... دیدار کرد»: a link to another story, run into its label)
        if related and line.strip() and len(line) < 150 and unfinished:
            continue  # another story's headline
        related = False
        if _NAV_LINE.match(line) or _LATIN_LINE.match(line) or _PHOTO_CREDIT.match(line):
            continue  # (a line with no Persian word is the page's furniture: no sentence of the story)
        line = _NAV_BITS.sub(" ", line)
        line = _DATELINE.sub("", line)
        line = _CREDIT.sub(_credit_cut, _CREDIT_BEFORE_TITLE.sub("", line))
        # (a stress mark standing alone is stray, no quote: «اسحاق جهانگیری ˈ معاون اول ...»)
        line = _SHORT_QUOTE.sub(r"«\1»", _STRAY_MARK.sub(" ", line)).replace("ˈ", " ")
        line = _DASH_APPOSITION.sub("، ", line)
        line = _GLUED_STOP.sub(". ", line)
        line = _ELIDED_HEADS.sub(r"\1 \2 و \1 جمهور", line)
        line = _COURTESY.sub(r"\1 ", line)
        line = _HEAD_AND_MEMBERS.sub(r"\1 ", line)
        line = _COUNTED_HEADS.sub(r"\1", line)
        line = _MEMBERSHIP.sub("", line)
        line = _SPACED_TALK.sub("گفت‌وگو", line)
        line = _DETACHED_ENDING.sub(lambda g: "\u200c" + (g[1] or g[2]), line)
        line = _GLUED_MEETING.sub(lambda g: (g[1] or g[2] or g[3]) + " ", line)
        line = _glued_office().sub(r"\1 ", line)
        line = _glued_president().sub(" ", line)
        line = _GLUED_BEFORE_OFFICE.sub(_surname_before_office, line)
        line = _GLUED_IN.sub(_in_before_place, line)
        line = _GLUED_IN_AFTER.sub(_in_after_word, line)
        line = _LONE_EZAFE.sub("", line)
        line = _AGHA_IN_NAME.sub(_agha_surname, line)
        line = _GLUED_HEADLINE.sub(_headline_before_office, line)
        line = _UNCLOSED_GUILLEMET.sub("", line)
        line = _LATIN_AFTER_QUOTE.sub("» ", line)
        line = _QUOTED_WORDS.sub(_unquote_party, line)
        line = _GLUED_AND_WORD.sub(_and_before_given_name, line)
        line = _GLUED_DAY.sub(r"\1 \2", line)
        line = _GLUED_DATELINE_DAY.sub(r"\1 ", line)
        line = _COUNTERPART_HIS.sub(r"\1 \2 خود", line)
        line = _COURTESY_ADJECTIVE.sub(" ", line)
        line = _BRACKETED_WORD.sub(_given_name_unbracketed, line)
        line = _HANDED_WITHIN.sub(r"\1 به \3 \2 \4", line)
        line = re.sub(r"[ \t]+", " ", line).strip()
        if line and lines and (_BROKEN_LINE.search(lines[-1]) or wrapped and len(lines) > 1
                               and not _SENTENCE_END.search(lines[-1]) or _phrase_across(lines[-1], line)):
            lines[-1] += " " + line  # a hard-wrapped page: «... با دلیر جمعه، وزیر» / «انرژی و ذخایر آبی تاجیکستان»
        elif line:
            lines.append(line)
    return "\n".join(lines)
