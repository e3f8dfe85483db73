"""Score a meeting extractor against the hand-annotated devset.

    python -m devset.score [--extractor-cmd "python -m pipelines.extract"] [--dir devset/articles]
                           [--json] [--verbose] [--predictions FILE.jsonl]

The articles are fed to the extractor's CLI as JSON lines ({"url","source","title","published",
"text"}); it must answer one line {"url", "meetings": [...]} per article. Matching follows
/work/shared/MEETINGS.md "Comparing names":

* a participant pair matches when the names match spelling-insensitively (ZWNJ, spaces, «»,
  honorifics آقای/دکتر/سید/..., Arabic ي/ك ignored, «الله» inside a name as «اله», «رحمان» as
  «رحمن»; a surname alone matches the full name);
  a gold participant without a name matches by role + country, without a role either by
  country alone;
* a predicted meeting matches a gold meeting when every gold principal is matched one-to-one
  by a predicted participant (extra predicted participants cost participant precision only);
  among candidate pairs, the one with more matching participants and the same date wins
  (greedy, which is optimal enough for the few meetings an article holds).

Meeting and participant precision/recall/F1 are micro-averaged over all articles; date,
status, kind, place and occasion accuracies are over matched meeting pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from devset.schema import ARTICLES_DIR, load_articles
from devset.schema import iso as _iso


def iso(value) -> str | None:
    """The day of a date, date-time or ISO string (a prediction may carry a time: compare days)."""
    text = _iso(value)
    return text[:10] if text else None

try:  # the project's matching key (ZWNJ, spaces, ي/ك, digits, diacritics)
    from pipelines.persian import fold as _project_fold
except ImportError:  # pragma: no cover - keeps the scorer usable on its own
    _project_fold = None
try:  # given names are spelled one way («حسن» is not «حسین»); without the project no name is respelled
    from pipelines.extract.lexicon import _rows as _project_rows
    from pipelines.extract.lexicon import lexicon as _project_lexicon
    _project_given_name = _project_lexicon().given_name
except ImportError:  # pragma: no cover
    _project_rows = _project_given_name = None

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CMD = f"{shlex.quote(sys.executable)} -m pipelines.extract"

HONORIFICS = ("آقای", "آقا", "خانم", "دکتر", "سید", "سیده", "مهندس", "حجت‌الاسلام والمسلمین",
              "حجت‌الاسلام", "آیت‌الله", "سردار", "شیخ", "جناب", "سرلشکر", "سرتیپ",
              "عالیجناب", "حضرت",
              # (written with a space as often as with ZWNJ, and the grand ayatollah's title)
              "آیت الله", "آیت‌الله العظمی", "آیت الله العظمی", "حجت الاسلام", "حجت الاسلام والمسلمین")
_PUNCT = re.compile(r"[«»\"'“”()\[\]،,.:؛]")


def fold(text: str | None) -> str:
    if not text:
        return ""
    if _project_fold is not None:
        return _project_fold(text)
    import unicodedata  # pragma: no cover
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "")
    text = text.translate(str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "آ": "ا"}))
    return "".join(text.split()).lower()


def _words(text: str) -> list[str]:
    """Words of a name with ZWNJ joined, so «امیر عبداللهیان» and «امیرعبداللهیان» differ only by space."""
    return [w for w in _PUNCT.sub(" ", text.replace("\u200c", "")).split() if w]


_HONORIFIC_WORDS = sorted({tuple(_words(h)) for h in HONORIFICS}, key=len, reverse=True)
_AL = fold("ال")


def name_tokens(name: str | None) -> list[str]:
    """Folded words of a name without honorifics and guillemets."""
    if not name:
        return []
    words = [fold(w) for w in _words(name)]
    folded_honorifics = [tuple(fold(w) for w in h) for h in _HONORIFIC_WORDS]
    changed = True
    while changed and words:
        changed = False
        for h in folded_honorifics:
            if len(words) > len(h) and tuple(words[: len(h)]) == h:
                words = words[len(h):]
                changed = True
                break
    # «سلیم الجبوری» / «سلیم جبوری»: the Arabic article is written or left out
    words = [w[len(_AL):] if w.startswith(_AL) and len(w) - len(_AL) >= 3 else w for w in words]
    # «سیدعباس عراقچی», «سیدرضا صالحی امیری»: «سید» written onto the given name is the honorific too
    sayyid = [fold(x) for x in ("سید", "سیده")]
    if len(words) >= 2:
        for h in sayyid:
            if words[0].startswith(h) and len(words[0]) - len(h) >= 3:
                words = [words[0][len(h):], *words[1:]]
                break
    return words


def names_match(a: str | None, b: str | None) -> bool:
    """Same person: equal after folding, or one is a tail (the surname) of the other; also once
    «الله» inside a name is read as «اله» and «رحمان» as «رحمن» («امیرعبداللهیان» / «امیر عبدالهیان»,
    «عبدالرحمان» / «عبدالرحمن», both in print)."""
    def plain(name: str) -> str:
        return name.replace("لله", "له").replace("رحمان", "رحمن")
    return _names_match(a, b) or bool(a and b) and plain(a + b) != a + b and _names_match(plain(a), plain(b))


def _names_match(a: str | None, b: str | None) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    fa, fb = "".join(ta), "".join(tb)
    if fa == fb:
        return True
    short, long_ = (ta, tb) if len(fa) < len(fb) else (tb, ta)
    fshort = "".join(short)
    if len(fshort) < 3:
        return False
    if any("".join(long_[k:]) == fshort for k in range(1, len(long_))):
        return True
    # «فیصل بن فرحان» for «فیصل بن فرحان آل سعود»: a leading part of two words or more
    if len(short) >= 2 and any("".join(long_[:k]) == fshort for k in range(2, len(long_))):
        return True
    # «علی ایوب» for «علی عبدالله ایوب», «احمد المسلم» for «احمد بن سلمان المسلم», «احمد عبدالله صباح» for
    # «احمد عبدالله الاحمد الصباح»: middle (father's, grandfather's) names left out
    if len(short) >= 2 and len(long_) > len(short) and short[0] == long_[0] and short[-1] == long_[-1] \
            and _subsequence(short, long_):
        return True
    # Arab names «X بن Y ...» are shortened to the given name X («طحنون», «تمیم»)
    if len(short) == 1 and len(long_) >= 3 and long_[1] == fold("بن") and long_[0] == fshort:
        return True
    # a foreign full name transliterated with other long vowels or «ژ» for «ج»: «صادیر جاپاروف» /
    # «صدر ژاپاروف», «جمال الدین اوف» / «جمال الدین اف» (not «حسن» / «حسین»: two given names differ so)
    ja, jb = _joined_suffixes(ta), _joined_suffixes(tb)
    if len(ja) == len(jb) == 1:  # («امیرعبداللیهان»: a long surname misspelt by a letter's place)
        return len(_consonants(fa)) >= 7 and _consonants(fa) == _consonants(fb)
    return len(ja) == len(jb) >= 2 and all(
        x == y or len(_consonants(x)) >= 3 and _consonants(x) == _consonants(y)
        and not (_given_name(x) and _given_name(y)) for x, y in zip(ja, jb))


def _subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(word in it for word in short)


_LONG_VOWEL_LETTERS = re.compile(f"[{fold('اوی')}ءئؤأإ]")
_SUFFIX_WORDS = {fold(w) for w in ("اوف", "اف", "وف", "ایف", "یف")}


def _joined_suffixes(tokens: list[str]) -> list[str]:
    """«سعید اوف» as «سعیداوف»: the Central Asian surname suffix written apart."""
    out: list[str] = []
    for t in tokens:
        if out and t in _SUFFIX_WORDS:
            out[-1] += t
        else:
            out.append(t)
    return out


def _consonants(folded: str) -> str:
    return _LONG_VOWEL_LETTERS.sub("", folded).replace(fold("ژ"), fold("ج"))


def _given_name(folded: str) -> bool:
    return _project_given_name is not None and _project_given_name(folded)


ROLE_ALIASES = {
    fold("وزیر خارجه"): fold("وزیر امور خارجه"),
    fold("رئیس جمهوری"): fold("رئیس‌جمهور"),
    fold("رییس جمهور"): fold("رئیس‌جمهور"),
    fold("رییس‌جمهور"): fold("رئیس‌جمهور"),
    fold("رئیس مجلس شورای اسلامی"): fold("رئیس مجلس"),
    fold("دبیر کل"): fold("دبیرکل"),
    fold("مدیر کل"): fold("مدیرکل"),
    fold("رئیس پارلمان"): fold("رئیس مجلس"),
    fold("رئیس مجلس نمایندگان"): fold("رئیس مجلس"),
    fold("رئیس مجلس ملی"): fold("رئیس مجلس"),  # (the National Assembly's speaker: Pakistan, Korea, Vietnam)
    fold("نایب رئیس مجلس نمایندگان"): fold("نایب رئیس مجلس"),
    fold("نایب رئیس مجلس ملی"): fold("نایب رئیس مجلس"),
    fold("نایب رئیس مجلس شورای اسلامی"): fold("نایب رئیس مجلس"),
    fold("نایب رئیس پارلمان"): fold("نایب رئیس مجلس"),
    **{fold(f"نایب رئیس {nth} {house}"): fold("نایب رئیس مجلس")  # (the first or second deputy speaker)
       for nth in ("اول", "دوم") for house in ("مجلس", "پارلمان", "مجلس شورای اسلامی")},
    fold("وزیر اقتصاد"): fold("وزیر امور اقتصادی و دارایی"),
    fold("مسئول سیاست خارجی"): fold("نماینده عالی سیاست خارجی و امنیتی"),
    fold("مسئول سیاست خارجی اتحادیه اروپا"): fold("نماینده عالی سیاست خارجی و امنیتی"),
    fold("نماینده عالی سیاست خارجی"): fold("نماینده عالی سیاست خارجی و امنیتی"),
    fold("رهبر"): fold("رهبر انقلاب"),
    fold("رهبر معظم انقلاب"): fold("رهبر انقلاب"),
    fold("رهبر معظم انقلاب اسلامی"): fold("رهبر انقلاب"),
    fold("رهبر انقلاب اسلامی"): fold("رهبر انقلاب"),
    fold("رهبر جمهوری اسلامی ایران"): fold("رهبر انقلاب"),
    fold("مقام معظم رهبری"): fold("رهبر انقلاب"),  # («the Supreme Leader's office», as agencies name him)
    fold("رهبر معظم"): fold("رهبر انقلاب"),
    fold("دبیر شورای امنیت ملی"): fold("دبیر شورای عالی امنیت ملی"),
    fold("دبیر شورای امنیت"): fold("دبیر شورای عالی امنیت ملی"),  # (a state's security council; the state tells)
    fold("رئیس دستگاه قضایی"): fold("رئیس قوه قضاییه"),
    fold("رئیس قوه قضائیه"): fold("رئیس قوه قضاییه"),
    fold("رئیس بانک مرکزی"): fold("رئیس کل بانک مرکزی"),
    fold("وزیر صمت"): fold("وزیر صنعت، معدن و تجارت"),  # (the ministry's common acronym)
    **{fold(v): fold("نخست‌وزیر") for v in ("رئیس الوزرا", "رئیس‌الوزرا", "رییس الوزرا", "رئیس الوزراء", "رئیس وزیران",
                                              "رییس وزیران", "رئیس‌الوزراء", "رئیس هیات وزرا", "رئیس هیأت وزرا",
                                              "رئیس هیئت وزرا", "رئیس هیات وزیران", "رئیس هیأت وزیران",
                                              "رئیس هیئت وزیران",
                                              # (Dari's name for any head of government, Persian's for a chancellor)
                                              "صدراعظم", "صدر اعظم")},  # (Dari and Arabic names of the office)
    fold("رئیس دوما"): fold("رئیس دومای دولتی"),
    fold("رئیس دومای روسیه"): fold("رئیس دومای دولتی"),
    fold("قونسل"): fold("کنسول"),  # (Dari)
    fold("جنرال قونسل"): fold("سرکنسول"),
}
COUNTRY_ALIASES = {
    fold("جمهوری اسلامی ایران"): fold("ایران"),
    fold("کشورمان"): fold("ایران"),
    fold("ایالات متحده"): fold("آمریکا"),
    fold("ایالات متحده آمریکا"): fold("آمریکا"),
    fold("امریکا"): fold("آمریکا"),
    fold("سازمان ملل متحد"): fold("سازمان ملل"),
    fold("آژانس"): fold("آژانس بین‌المللی انرژی اتمی"),
    fold("آژانس انرژی اتمی"): fold("آژانس بین‌المللی انرژی اتمی"),
    fold("اتحادیه اروپایی"): fold("اتحادیه اروپا"),
    fold("عربستان سعودی"): fold("عربستان"),
    fold("امارات متحده عربی"): fold("امارات"),
    fold("جمهوری آذربایجان"): fold("آذربایجان"),
    fold("روسیه"): fold("روسیه"),
    fold("فدراسیون روسیه"): fold("روسیه"),
    fold("جمهوری خلق چین"): fold("چین"),
    fold("ترکیه"): fold("ترکیه"),
    fold("انگلیس"): fold("بریتانیا"),
    fold("انگلستان"): fold("بریتانیا"),
    fold("گینه کوناکری"): fold("گینه"),
    fold("بوسنی"): fold("بوسنی و هرزگوین"),
    fold("زیمباوه"): fold("زیمبابوه"),  # (a spelling in a gold file)
    fold("رژیم صهیونیستی"): fold("اسرائیل"),  # (Iranian agencies' name for the state)
    fold("سازمان اکو"): fold("سازمان همکاری اقتصادی"),  # (the acronym in the organisation's name)
    fold("اکو"): fold("سازمان همکاری اقتصادی"),
}


# the ministry's short name inside a longer office («معاون وزیر خارجه», «مدیرکل وزارت خارجه»)
_FOREIGN_MINISTRY = [(fold(short), fold(full)) for short, full in (("وزیر خارجه", "وزیر امور خارجه"),
                                                                   ("وزارت خارجه", "وزارت امور خارجه"))]


_NEW = re.compile(r"\s+جدید\s*$")  # «سفیر جدید»: a new holder of the same office


def role_key(role: str | None) -> str:
    key = fold(_NEW.sub("", role or ""))
    for short, full in _FOREIGN_MINISTRY:
        if short in key and full not in key:
            key = key.replace(short, full)
    return ROLE_ALIASES.get(key, key)


LOCAL_OFFICES = ("استاندار", "فرماندار", "شهردار", "سرکنسول", "کنسول", "امام جمعه")
HEADS = {fold(r) for r in ("رئیس‌جمهور", "نخست‌وزیر", "امیر", "پادشاه", "سلطان", "صدراعظم", "رئیس")}


_DEPUTY_FM = fold("معاون وزیر امور خارجه")
_FM_WORDS = re.compile(f"{fold('وزیر امور خارجه')}|{fold('وزارت امور خارجه')}$")


def roles_match(gold: str | None, pred: str | None) -> bool:
    """Same office after aliases; a double office («ولیعهد و نخست‌وزیر») is matched by either part;
    a local office by its bare name or with its place («استاندار» / «استاندار خراسان شمالی»);
    «رئیس کشور» (a state's head, as «سران کشورها» says) by any head of state or government."""
    g, p = role_key(gold), role_key(pred)
    if not g or not p:
        return False
    if g == p or g == fold("رئیس کشور") and p in HEADS:
        return True
    if any(fold(bare) == fold(o) and (fold(placed) == fold(o) or re.match(rf"{o}\s", placed.strip()))
           for o in LOCAL_OFFICES for bare, placed in ((gold, pred), (pred, gold))):
        return True  # «استاندار» / «استاندار آخال»: a local office with or without its province or city
    if p == _DEPUTY_FM and g.startswith(fold("معاون")) and _FM_WORDS.search(g):
        return True  # «معاون اروپا و آمریکای وزارت خارجه»: a deputy foreign minister by his portfolio
    parts = {role_key(part) for part in re.split(r"\s+و\s+", gold or "") if part.strip()}
    return len(parts) > 1 and p in parts


def country_key(country: str | None) -> str:
    # («سازمان همکاری اقتصادی (اکو)»: an organisation with its acronym in brackets is the organisation)
    key = fold(re.sub(r"\s*\([^()]*\)\s*$", "", country or ""))
    key = _state_spellings().get(key, key)
    return COUNTRY_ALIASES.get(key, key)


@lru_cache(maxsize=1)
def _state_spellings() -> dict[str, str]:
    """A state's other spellings in the project's gazetteer («جاپان», «قرغزستان»: Dari) as its name."""
    spellings: dict[str, str] = {}
    for row in _project_rows("countries.tsv") if _project_rows is not None else []:
        for variant in (row[1] if len(row) > 1 else "").split("|"):
            if variant.strip() and fold(variant) != fold(row[0]):
                spellings.setdefault(fold(variant), fold(row[0]))
    return spellings


def participants_match(gold: dict, pred: dict) -> bool:
    if gold.get("name") and pred.get("name"):
        return names_match(gold["name"], pred["name"])
    # an unnamed principal (on either side) is identified by office and state; by state alone
    # when the article states no office either («سران کشورهای ... از جمله قرقیزستان»)
    same_state = country_key(gold.get("country")) == country_key(pred.get("country"))
    if not gold.get("name") and not gold.get("role"):
        return same_state
    return roles_match(gold.get("role"), pred.get("role")) and same_state


def match_participants(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index); named matches are taken first."""
    pairs, used_g, used_p = [], set(), set()
    for named_first in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g or bool(g.get("name")) != named_first:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and participants_match(g, p):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def _place_equal(gold, pred) -> bool:
    return country_key(gold) == country_key(pred)


def _occasion_ok(gold: str | None, pred: str | None) -> bool:
    fg, fp = fold(gold), fold(pred)
    if not fg:
        return not fp
    return bool(fp) and (fg in fp or fp in fg)


def _location_ok(gold: dict, pred: dict) -> bool:
    """The predicted place names the gold place, its city or its country (all null for calls)."""
    wanted = {country_key(gold.get(k)) for k in ("location", "city", "country")} - {""}
    got = country_key(pred.get("location")) or country_key(pred.get("city")) or country_key(pred.get("country"))
    if not wanted:
        return not got
    return got in wanted


def statement_found(gold: dict, speaker_pred_names: list[str | None], pred_statements: list[dict]) -> bool:
    """Some predicted statement by the same speaker contains the gold excerpt (folded)."""
    needle = fold(gold.get("contains"))
    for statement in pred_statements or []:
        if needle and needle in fold(statement.get("text")):
            speaker = statement.get("speaker")
            if names_match(gold.get("speaker"), speaker) or any(
                names_match(speaker, n) for n in speaker_pred_names if n
            ):
                return True
    return False


def topic_found(topic: str, pred_topics: list[str]) -> bool:
    ft = fold(topic)
    return any(ft and (ft in fold(t) or (fold(t) and fold(t) in ft)) for t in pred_topics or [])


def match_meetings(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Greedy one-to-one matching of meetings: (gold index, predicted index, participant pairs)."""
    candidates = []
    for gi, g in enumerate(gold):
        gp = g.get("participants") or []
        for pi, p in enumerate(pred):
            pairs = match_participants(gp, p.get("participants") or [])
            if gp and len(pairs) == len(gp):
                same_date = iso(g.get("date")) == iso(p.get("date"))
                same_kind = g.get("kind") == p.get("kind")
                candidates.append(((len(pairs), same_date, same_kind, -pi), gi, pi, pairs))
    candidates.sort(key=lambda c: c[0], reverse=True)
    taken_g, taken_p, out = set(), set(), []
    for _, gi, pi, pairs in candidates:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            out.append((gi, pi, pairs))
    return sorted(out)


def score_article(gold: list[dict], pred: list[dict]) -> tuple[Counter, list[str]]:
    """Counts for one article and a readable list of its errors."""
    c, errors = Counter(), []
    matches = match_meetings(gold, pred)
    matched_g = {gi for gi, _, _ in matches}
    matched_p = {pi for _, pi, _ in matches}
    c["gold_meetings"] += len(gold)
    c["pred_meetings"] += len(pred)
    c["matched_meetings"] += len(matches)
    # partial credit for participants of missed meetings: unmatched gold and predicted meetings
    # are paired one-to-one by participant overlap, so no predicted participant counts twice
    leftovers = sorted(
        ((len(match_participants(gold[gi].get("participants") or [], pred[pi].get("participants") or [])), gi, pi)
         for gi in range(len(gold)) if gi not in matched_g
         for pi in range(len(pred)) if pi not in matched_p),
        reverse=True)
    used_g, used_p = set(), set()
    for overlap, gi, pi in leftovers:
        if overlap and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            c["matched_participants_unmatched_meetings"] += overlap
    for gi, g in enumerate(gold):
        group = f"{g.get('kind')}/{g.get('status')}"
        c[f"by_group_gold:{group}"] += 1
        c[f"by_group_matched:{group}"] += gi in matched_g
        gp = g.get("participants") or []
        c["gold_participants"] += len(gp)
        c["statements_total"] += len(g.get("statements_min") or [])
        c["topics_total"] += len(g.get("topics_min") or [])
        if gi not in matched_g:
            errors.append(f"missed meeting {_describe(g)}")
    for pi, p in enumerate(pred):
        c["pred_participants"] += len(p.get("participants") or [])
        if pi not in matched_p:
            errors.append(f"spurious meeting {_describe(p)}")
    for gi, pi, pairs in matches:
        g, p = gold[gi], pred[pi]
        c["matched_participants"] += len(pairs)
        for field, ok in (
            ("date", iso(g.get("date")) == iso(p.get("date"))),
            ("status", g.get("status") == p.get("status")),
            ("kind", g.get("kind") == p.get("kind")),
            ("location", _location_ok(g, p)),
            ("city", _place_equal(g.get("city"), p.get("city"))),
            ("country", _place_equal(g.get("country"), p.get("country"))),
            ("occasion", _occasion_ok(g.get("occasion"), p.get("occasion"))),
        ):
            c[f"{field}_ok"] += ok
            if not ok:
                gv = g.get(field) if field not in ("date",) else iso(g.get(field))
                errors.append(f"{_describe(g)}: {field} gold={gv!r} predicted={p.get(field)!r}")
        gparts, pparts = g.get("participants") or [], p.get("participants") or []
        for a, b in pairs:
            role_ok = roles_match(gparts[a].get("role"), pparts[b].get("role"))
            c["participant_role_ok"] += role_ok
            c["participant_country_ok"] += country_key(gparts[a].get("country")) == country_key(pparts[b].get("country"))
            if not role_ok or \
                    country_key(gparts[a].get("country")) != country_key(pparts[b].get("country")):
                errors.append(f"{_describe(g)}: participant {gparts[a].get('name')!r} gold "
                              f"{gparts[a].get('role')}/{gparts[a].get('country')} predicted "
                              f"{pparts[b].get('role')}/{pparts[b].get('country')}")
        extra = len(pparts) - len(pairs)
        if extra:
            errors.append(f"{_describe(g)}: {extra} extra predicted participant(s)")
        # a statement's speaker may be written differently: accept the predicted name paired to it
        for s in g.get("statements_min") or []:
            aliases = [pparts[b].get("name") for a, b in pairs if names_match(gparts[a].get("name"), s.get("speaker"))]
            ok = statement_found(s, aliases, p.get("statements") or [])
            c["statements_found"] += ok
            if not ok:
                errors.append(f"{_describe(g)}: statement by {s.get('speaker')} not found: {s.get('contains')!r}")
        for t in g.get("topics_min") or []:
            ok = topic_found(t, p.get("topics") or [])
            c["topics_found"] += ok
            if not ok:
                errors.append(f"{_describe(g)}: topic not found: {t!r}")
    if not gold:
        c["negative_articles"] += 1
        c["negative_articles_with_predictions"] += bool(pred)
    return c, errors


def _describe(meeting: dict) -> str:
    names = " + ".join(str(p.get("name") or f"[{p.get('role')} {p.get('country')}]")
                       for p in meeting.get("participants") or [])
    return f"[{meeting.get('kind')}/{meeting.get('status')} {iso(meeting.get('date'))}: {names}]"


def _prf(tp: float, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def summarize(c: Counter) -> dict:
    matched = c["matched_meetings"]
    participant_tp = c["matched_participants"] + c["matched_participants_unmatched_meetings"]

    def acc(key: str, total: int) -> float | None:
        return round(c[key] / total, 4) if total else None

    return {
        "articles": c["articles"],
        "meetings": {**_prf(matched, c["pred_meetings"], c["gold_meetings"]),
                     "gold": c["gold_meetings"], "predicted": c["pred_meetings"], "matched": matched},
        "participants": {**_prf(participant_tp, c["pred_participants"], c["gold_participants"]),
                         "gold": c["gold_participants"], "predicted": c["pred_participants"],
                         "matched": participant_tp},
        "accuracy_over_matched_meetings": {
            field: acc(f"{field}_ok", matched)
            for field in ("date", "status", "kind", "location", "city", "country", "occasion")
        },
        "participant_role_accuracy": acc("participant_role_ok", c["matched_participants"]),
        "participant_country_accuracy": acc("participant_country_ok", c["matched_participants"]),
        "statement_recall_over_matched": acc("statements_found", c["statements_total_matched"]),
        "topic_recall_over_matched": acc("topics_found", c["topics_total_matched"]),
        "meeting_recall_by_gold_kind_status": {
            key.split(":", 1)[1]: {"gold": c[key], "matched": c["by_group_matched:" + key.split(":", 1)[1]],
                                   "recall": round(c["by_group_matched:" + key.split(":", 1)[1]] / c[key], 4)}
            for key in sorted(c) if key.startswith("by_group_gold:") and c[key]
        },
        "negative_articles": c["negative_articles"],
        "negative_articles_with_predictions": c["negative_articles_with_predictions"],
        "extractor_failures": c["extractor_failures"],
    }


def score(articles: list[dict], predictions: dict[str, list[dict]]) -> tuple[dict, dict[str, list[str]]]:
    """Aggregate scores over articles given {url: predicted meetings}; and errors by file."""
    total, errors = Counter(), {}
    for article in articles:
        gold = article.get("meetings") or []
        url = article["url"]
        if url not in predictions:
            total["extractor_failures"] += 1
        pred = predictions.get(url) or []
        counts, errs = score_article(gold, pred)
        # statement/topic totals restricted to matched meetings, for the recall figures
        for gi, _, _ in match_meetings(gold, pred):
            counts["statements_total_matched"] += len(gold[gi].get("statements_min") or [])
            counts["topics_total_matched"] += len(gold[gi].get("topics_min") or [])
        counts["articles"] += 1
        total.update(counts)
        if url not in predictions:
            errs.insert(0, "no output line from the extractor for this url")
        if errs:
            errors[article.get("_file", url)] = errs
    return summarize(total), errors


def article_input(article: dict) -> dict:
    source = article["source"]  # (YAML reads a host such as «598» as a number; the command wants text)
    return {"url": article["url"], "source": None if source is None else str(source), "title": article["title"],
            "published": iso(article["published"]), "text": article["text"]}


def run_extractor(cmd: str, articles: list[dict], timeout: float = 1800) -> dict[str, list[dict]]:
    payload = "".join(json.dumps(article_input(a), ensure_ascii=False) + "\n" for a in articles)
    proc = subprocess.run(shlex.split(cmd), input=payload, capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, encoding="utf-8")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"extractor command failed with exit code {proc.returncode}: {cmd}")
    return parse_predictions(proc.stdout)


def parse_predictions(text: str) -> dict[str, list[dict]]:
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            sys.stderr.write(f"ignoring a non-JSON output line: {line[:120]}\n")
            continue
        if record.get("error"):  # scored as no meetings, but never silently
            sys.stderr.write(f"extractor error for {record.get('url')}: {record['error']}\n")
        out[record.get("url")] = record.get("meetings") or []
    return out


def _format(summary: dict) -> str:
    m, p = summary["meetings"], summary["participants"]
    lines = [
        f"articles: {summary['articles']} (negatives: {summary['negative_articles']}, "
        f"negatives with a predicted meeting: {summary['negative_articles_with_predictions']})",
        f"meetings:     P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
        f"(gold {m['gold']}, predicted {m['predicted']}, matched {m['matched']})",
        f"participants: P={p['precision']:.3f} R={p['recall']:.3f} F1={p['f1']:.3f} "
        f"(gold {p['gold']}, predicted {p['predicted']}, matched {p['matched']})",
        "over matched meetings: " + ", ".join(
            f"{k}={'n/a' if v is None else f'{v:.3f}'}"
            for k, v in summary["accuracy_over_matched_meetings"].items()),
    ]
    lines.append("meeting recall by gold kind/status: " + ", ".join(
        f"{k} {v['matched']}/{v['gold']}" for k, v in summary["meeting_recall_by_gold_kind_status"].items()))
    for key in ("participant_role_accuracy", "participant_country_accuracy",
                "statement_recall_over_matched", "topic_recall_over_matched"):
        value = summary[key]
        lines.append(f"{key.replace('_', ' ')}: {'n/a' if value is None else f'{value:.3f}'}")
    if summary["extractor_failures"]:
        lines.append(f"articles without an output line: {summary['extractor_failures']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devset.score", description=__doc__.split("\n\n")[0])
    parser.add_argument("--extractor-cmd", default=DEFAULT_CMD,
                        help="command reading article JSON lines on stdin (default: %(default)s)")
    parser.add_argument("--dir", default=str(ARTICLES_DIR), help="directory of article YAML files")
    parser.add_argument("--predictions", help="score this JSON-lines file instead of running a command")
    parser.add_argument("--subset", choices=("all", "odd", "even"), default="all",
                        help="only the articles whose NNN file prefix is odd / even (tuning vs held-out)")
    parser.add_argument("--json", action="store_true", help="print the summary (and errors) as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the errors of each article")
    args = parser.parse_args(argv)

    articles = load_articles(args.dir)
    if args.subset != "all":
        want = 1 if args.subset == "odd" else 0
        articles = [a for a in articles
                    if re.match(r"\d+", a["_file"]) and int(re.match(r"\d+", a["_file"]).group()) % 2 == want]
    if not articles:
        raise SystemExit(f"no *.yaml articles in {args.dir}")
    if args.predictions:
        predictions = parse_predictions(Path(args.predictions).read_text(encoding="utf-8"))
    else:
        predictions = run_extractor(args.extractor_cmd, articles)
    summary, errors = score(articles, predictions)
    if args.json:
        out = {"summary": summary}
        if args.verbose:
            out["errors"] = errors
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(_format(summary))
        if args.verbose:
            for name, errs in errors.items():
                print(f"\n{name}")
                for err in errs:
                    print(f"  - {err}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
