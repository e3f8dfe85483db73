"""Clean stage: Persian normalisation, ZWNJ repair and boilerplate removal, as plain functions.

Public API (used by the Scrapy adapter, the dedupe/extract stages and the benchmarks):

* :func:`normalize_text`    one string → display text (hazm + what hazm misses + ZWNJ repair)
* :func:`repair_zwnj`       restore the zero-width non-joiner in compounds and affixes
* :func:`strip_boilerplate` drop agency credits, end markers, navigation/share/tag lines
* :func:`clean_article`     an ArticleItem-like dict → a new dict with cleaned fields

Nothing here knows about Scrapy. The lexicons (hazm's ``words.dat`` and verb conjugations,
plus ``pipelines/lexicon/zwnj_domain.txt``) are loaded once, on first use.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.persian import ZWNJ, fold, hazm_normalizer, squeeze_spaces, strip_invisibles

LEXICON_DIR = Path(__file__).with_name("lexicon")
DOMAIN_LEXICON = LEXICON_DIR / "zwnj_domain.txt"

# --------------------------------------------------------------------------------------------
# Character-level preparation (before hazm)
# --------------------------------------------------------------------------------------------

# hazm maps ي ك ى ھ itself but leaves ة and ۀ; for display text we unify only these letters.
# (أ إ ؤ ئ are kept: تأکید, مؤسسه, رئیس are correct Persian spellings; fold() ignores them.)
_DISPLAY_LETTERS = str.maketrans({
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ك": "ک", "ڪ": "ک", "ة": "ه", "ۀ": "ه", "ھ": "ه",
    "ە": "ه", "ہ": "ه",
    # quotes: curly and low double quotes become ASCII so hazm turns pairs into « »
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "〝": '"', "〞": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "＇": "'",
    # every horizontal space variant becomes a plain space
    "\t": " ", "\xa0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\x0b": " ",
    "\x0c": " ",
    # line and paragraph separators are paragraph breaks
    "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
})
_DISPLAY_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in _DISPLAY_LETTERS)) + "]")
# Beyond persian.strip_invisibles: word joiner & co, Arabic letter mark, Mongolian vowel
# separator, C0 controls other than \n, and the private-use area (icon-font glyphs on these
# sites; we also use it for placeholders while hazm runs).
_MORE_INVISIBLES = re.compile("[\u2060-\u2064\u061c\u180e\x00-\x09\x0e-\x1f\x7f\ue000-\uf8ff]")

# Spans hazm would mangle ("10.450" → "10 ٫ 450", URLs and e-mails broken at punctuation,
# "G20" → "G 20", "۱۴۰۴/۰۶/۱۰" → "۱۴۰۴ / ۰۶ / ۱۰"). They are swapped for private-use
# placeholders while hazm runs, which keeps numbers exactly as the agency wrote them.
# Every alternative starts only at the beginning of a run (look-behind) and uses possessive
# quantifiers, so a long run of dots, digits or letters costs linear time, not quadratic.
_PROTECT = re.compile(
    r"(?=[A-Za-z\d])(?:"  # cheap first-character test for the common (Persian) positions
    r"(?:https?://|www\.)[^\s<>\"'«»()\[\]{}]++"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+"
    r"|(?<![\d.,:/٫٬\-])\d++(?:[.,:/٫٬\-]\d++)+"
    r"|(?<![A-Za-z0-9._\-/:+])[A-Za-z0-9]++(?:[._\-/:+][A-Za-z0-9]++)+"
    r"|(?<![A-Za-z0-9])(?:[A-Za-z]++\d[A-Za-z0-9]*+|\d++[A-Za-z][A-Za-z0-9]*+))"
    # A run of Latin-script text (English, code, markup) is not Persian: hazm would respace
    # it («</script>» → «< / script>») and turn its quotes into guillemets. Kept verbatim when
    # it holds a letter, digit or markup character (see _protect); lone punctuation is not.
    r"|(?P<latin>(?<![\x21-\x7e])[\x21-\x7e]++(?:\x20++[\x21-\x7e]++)*+)"
)
_VERBATIM_MARK = re.compile(r"[A-Za-z0-9<>=;{}]")
_PUA_BASE = 0xE000
_PUA_MAX = 0xF8FF - _PUA_BASE
# hazm works line by line; its repeated-letter fix is quadratic in the matches of one
# line, so very long lines are normalised in chunks of about this many characters.
_CHUNK = 8000


def _protect(text: str) -> tuple[str, list[str]]:
    saved: list[str] = []

    def swap(m: re.Match) -> str:
        if len(saved) >= _PUA_MAX or (m.group("latin") and not _VERBATIM_MARK.search(m.group())):
            return m.group()
        saved.append(m.group())
        return chr(_PUA_BASE + len(saved) - 1)

    return _PROTECT.sub(swap, text), saved


def _restore(text: str, saved: list[str]) -> str:
    if not saved:
        return text
    return re.sub("[\ue000-\uf8ff]", lambda m: saved[ord(m.group()) - _PUA_BASE]
                  if ord(m.group()) - _PUA_BASE < len(saved) else "", text)


def _chunks(line: str) -> list[str]:
    if len(line) <= _CHUNK:
        return [line]
    out, start = [], 0
    while start < len(line):
        end = min(len(line), start + _CHUNK)
        if end < len(line):
            cut = line.rfind(" ", start + _CHUNK // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append(line[start:end])
        start = end
    return out


@lru_cache(maxsize=1)
def _spacing_normalizer():
    """hazm's Normalizer, except that two whole words the writer spaced stay spaced.

    hazm joins every pair its words.dat lists (``انجام شده`` → ``انجام‌شده``, ``خلیج فارس``
    → ``خلیج‌فارس``). Both spellings are in use, so that rewrites the agency's text for no
    gain (the folded key ignores the difference) and was most of normalize_text's wrong
    changes (bench/zwnj_repair.py). Joins kept: bound pieces (suffixes ``کتاب ها``, verb
    forms, a piece that is no word by itself ``اخلال گر``) and the compounds our domain
    lexicon spells with ZWNJ (``رئیس جمهور`` → ``رئیس‌جمهور``: offices must read one way).
    """
    import hazm

    lexicon = _lexicon()

    class SpacingKeepingNormalizer(hazm.Normalizer):
        def token_spacing(self, tokens: list[str]) -> list[str]:
            joined = super().token_spacing(tokens)
            if len(joined) == len(tokens):
                return joined
            # each output token is a run of input tokens joined by ZWNJ
            out: list[str] = []
            rest = iter(tokens)
            for token in joined:
                run = [next(rest)]
                while len(ZWNJ.join(run)) < len(token):
                    run.append(next(rest))
                if token in self._verbs or token.replace(ZWNJ, "") in lexicon.domain:
                    out.append(token)
                    continue
                out.append(run[0])
                for piece in run[1:]:
                    if self._whole_word(out[-1]) and self._whole_word(piece):
                        out.append(piece)
                    else:
                        out[-1] += ZWNJ + piece
            return out

        def _whole_word(self, word: str) -> bool:
            return word in self._words and word not in hazm.normalizer.SUFFIXES

    # the state of hazm_normalizer(), not a new build: that loads the word lists again (~1 s)
    normalizer = SpacingKeepingNormalizer.__new__(SpacingKeepingNormalizer)
    normalizer.__dict__.update(hazm_normalizer().__dict__)
    return normalizer


def _hazm(text: str) -> str:
    """hazm's Normalizer over blocks of whole lines (its per-call overhead is high), never
    raising: a block that fails is normalised line by line, a line that fails stays as is."""
    try:
        normalizer = _spacing_normalizer()
    except Exception:  # hazm missing or broken: the rest of the clean stage still works
        return text

    def run(piece: str) -> str:
        try:
            return normalizer.normalize(piece)
        except Exception:
            if "\n" in piece:
                return "\n".join(run(line) for line in piece.split("\n"))
            return piece

    out: list[str] = []
    block: list[str] = []
    size = 0
    for line in text.split("\n") + [None]:
        if line is None or (block and size + len(line) > _CHUNK):
            if block:
                out.extend(run("\n".join(block)).split("\n"))
            block, size = [], 0
        if line is None:
            break
        if len(line) > _CHUNK:
            out.append(" ".join(run(chunk).strip() for chunk in _chunks(line)))
        elif not line.strip():
            out.append("") if not block else block.append("")
        else:
            block.append(line)
            size += len(line) + 1
    return "\n".join(out)


def normalize_text(text: str) -> str:
    """Normalise one piece of Persian text for display and storage.

    hazm's Normalizer (built once) plus what it misses: HTML entities, ة/ۀ and other letter
    variants, invisible characters (ZWNJ kept), quotes, all kinds of spaces, protected
    numbers/URLs, and ZWNJ repair (:func:`repair_zwnj`). Paragraph breaks (``\\n``) are kept,
    blank runs collapse to one empty line. Digits stay as written. Never raises.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if not text:
        return ""
    try:
        if "&" in text:
            text = html.unescape(text)
            if "&" in text and re.search(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", text):
                text = html.unescape(text)  # double-escaped (&amp;quot;) copies
        text = text.replace("\r\n", "\n")
        if _DISPLAY_CHARS.search(text):  # str.translate is slow on Persian text: only if needed
            text = text.translate(_DISPLAY_LETTERS)
        text = _MORE_INVISIBLES.sub("", strip_invisibles(text))
        text, saved = _protect(text)
        # repair before hazm too, so its word-pair joining sees the compounds
        # (یک جانبهگرایی → یک جانبه‌گرایی → یک‌جانبه‌گرایی) and the result is stable
        text = _hazm(repair_zwnj(text))
        text = _restore(text, saved)
        text = repair_zwnj(text)
        text = squeeze_spaces(text)
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    except Exception:  # last resort: never let one odd page stop a crawl
        try:
            return squeeze_spaces(strip_invisibles(str(text))).strip("\n")
        except Exception:
            return ""


# --------------------------------------------------------------------------------------------
# ZWNJ repair
# --------------------------------------------------------------------------------------------

# A Persian word for the repair: letters (Arabic block minus digits and punctuation) + ZWNJ.
_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+")

_PLURAL = ("هایشان", "هایمان", "هایتان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
_COMPARATIVE = ("ترین", "تری", "تر")
# after a silent final ه these endings are always written apart (منطقه‌ای، رسانده‌ایم)
# (not ی: after a pronounced ه it is joined, توجهی، قابل‌توجهی, and spelling cannot tell)
_AFTER_SILENT_H = ("ایم", "اید", "اند", "ای", "ام", "ات", "اش")
# endings written joined to a compound's last part (گفت‌وگویی، کم‌نظیری، میانجی‌گرانه)
_JOINED = ("یان", "یی", "ی", "ان", "انه", "ش", "م", "ت", "مان", "تان", "شان")
# prefixes written joined that make new words from known ones (غیرتعرفه‌ای، فرامنطقه‌ای)
_JOINED_PREFIXES = ("غیر", "فرا", "پسا", "ضد")
# productive second elements written apart after a silent ه (زمینه‌ساز، علاقه‌مند)
_H_COMPOUND_TAILS = frozenset({
    "گرا", "گرایی", "گرایانه", "ساز", "سازی", "سازان", "کننده", "کنندگان", "گذار", "گذاری",
    "گذاران", "نامه", "مند", "مندی", "مندان", "وار", "گر", "گری", "گیری", "گیر", "ریزی",
    "جانبه", "آمیز", "محور", "محوری", "ای",
})
# participle tails written apart after any noun (Farhangestan: تعیین‌کننده، بازداشت‌شدگان)
_NOUN_TAILS = ("کنندگان", "کننده", "شدگان")
_LONG_H = frozenset("اآوه")  # ه after these is pronounced (راه، کوه): no ZWNJ rule applies


@dataclass
class _Lexicon:
    words: dict[str, tuple[int, tuple[str, ...]]]
    verbs: frozenset[str] | set[str]
    compounds: dict[str, str]            # joined key → hazm's ZWNJ spelling
    domain: dict[str, str]               # joined key → our ZWNJ spelling
    keep: frozenset[str]                 # joined words never split
    past_roots: frozenset[str]           # hazm's past verb stems (نشست، گذشت)
    cache: dict[str, str] = field(default_factory=dict)

    def count(self, word: str) -> int:
        entry = self.words.get(word)
        return entry[0] if entry else -1

    def strong(self, word: str) -> bool:
        """A known word with real evidence: words.dat lists plenty of unattested joined
        inflections with count 0 and tag '0' (مهمترین، آنها); those do not block a repair."""
        entry = self.words.get(word)
        return entry is not None and not (entry[0] == 0 and entry[1] == ("0",))

    def stem_form(self, stem: str, prefixes: bool = False) -> str | None:
        """Spelling of a stem that may take a suffix, or None if the stem is not a word."""
        if prefixes and stem not in self.words:
            for prefix in _JOINED_PREFIXES:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                    rest = self.stem_form(stem[len(prefix):])
                    if rest:
                        return prefix + rest
        if stem in self.keep:
            return stem
        if stem in self.domain:
            return self.domain[stem]
        if stem in self.compounds and self._prefer_compound(stem):
            return self.compounds[stem]
        if stem in self.words:
            return stem
        return None

    def _prefer_compound(self, key: str) -> bool:
        # Split a joined form only when the joined form is not itself a known word: words.dat
        # lists both spellings of many compounds (پنجشنبه/پنج‌شنبه), and names (قالیباف،
        # خرمشهر، بیتا) only joined. Where our domain lexicon wants the ZWNJ spelling of a
        # known joined word (توافق‌نامه), it says so itself.
        return not self.strong(key)


# Letters that never join the next one: a ZWNJ after them is invisible, and Persian
# publishers (and our reference text) leave it out: کشورها، دیدارها، بزرگتر after ر/د/ز.
_NON_JOINING = frozenset("اآأإدذرزژوؤةء")


def _attach(stem: str, suffix: str) -> str:
    return stem + suffix if stem[-1] in _NON_JOINING else stem + ZWNJ + suffix


def _silent_h(stem: str) -> bool:
    return len(stem) >= 3 and stem[-1] == "ه" and stem[-2] not in _LONG_H


def _read_domain(path: Path) -> tuple[dict[str, str], set[str]]:
    domain: dict[str, str] = {}
    keep: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return domain, keep
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            keep.add(line[1:].strip().replace(ZWNJ, ""))
            continue
        word = line.strip(ZWNJ)
        if ZWNJ in word:
            domain[word.replace(ZWNJ, "")] = word
        else:
            keep.add(word)
    return domain, keep


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    words: dict = {}
    verbs: set = set()
    try:
        normalizer = hazm_normalizer()
        words = normalizer._words or {}  # the dict hazm already loaded from words.dat
        verbs = normalizer._verbs or set()
    except Exception:
        try:
            from hazm.utils import get_data_path, words_list
            words = {w: (c, t) for w, c, t in words_list(get_data_path("words.dat"))}
        except Exception:
            words = {}
    compounds = {}
    for word in words:
        form = word.strip(ZWNJ)
        if ZWNJ in form and " " not in form:
            compounds.setdefault(form.replace(ZWNJ, ""), form)
    domain, keep = _read_domain(DOMAIN_LEXICON)
    try:
        from hazm.utils import verbs_list
        past = frozenset(v.split("#")[0] for v in verbs_list() if v.split("#")[0])
    except Exception:
        past = frozenset()
    return _Lexicon(words, verbs, compounds, domain, frozenset(keep), past)


def _repair_key(lex: _Lexicon, key: str) -> str:  # noqa: C901 - one rule per branch
    """ZWNJ spelling for a word written without any ZWNJ (``key``)."""
    if len(key) < 3 or key in lex.keep:
        return key
    if key in lex.domain:
        return lex.domain[key]
    if key in lex.compounds and lex._prefer_compound(key):
        return lex.compounds[key]
    for prefix in ("نمی", "می"):  # verbs: hazm's conjugations (می‌کند، نمی‌توانند)
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            cand = prefix + ZWNJ + key[len(prefix):]
            if cand in lex.verbs and not lex.strong(key):
                return cand
    if lex.strong(key):
        return key
    weak = key in lex.words  # an unattested joined entry: only the safest rules may split it
    # "Xهای" is X‌های (plural) or Xه‌ای (منطقه‌ای): the better-attested stem decides
    # (a past stem + ه is a participle: نشست‌های, not نشسته‌ای)
    # (likewise Xهایم: آماده‌ایم)
    for ending in ("ایم", "ای"):
        if key.endswith("ه" + ending) and _silent_h(key[: -len(ending)]):
            h_stem = key[: -len(ending)]
            plural_stem = key[: -len(ending) - 1]
            stem = lex.stem_form(h_stem, prefixes=True)
            h_count = max(lex.count(h_stem), lex.count(stem or ""))
            p_count = max(lex.count(plural_stem), 0)
            if plural_stem in lex.past_roots and p_count >= 0.1 * h_count:
                continue
            if stem and h_count >= 0.5 * p_count:
                return stem + ZWNJ + ending
    if key.endswith("ای") and lex.strong(key[:-1]):
        return key  # a word in ا + ezafe/indefinite ی (انتهای، بهای), not a plural
    for suffix in _PLURAL:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            stem = lex.stem_form(key[: -len(suffix)])
            if stem:
                return _attach(stem, suffix)
    for suffix in _COMPARATIVE:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            base = key[: -len(suffix)]
            entry = lex.words.get(base)
            # (a joined comparative that is the attested word keeps its inflections
            # joined too: بیشتر → بیشتری، کمتر → کمترین)
            joined_tr = base + "تر"
            if joined_tr in lex.keep or (lex.strong(joined_tr) and lex.count(joined_tr) > 0):
                return key
            if entry and "AJ" in entry[1]:
                return _attach(lex.stem_form(base) or base, suffix)
    for tail in _NOUN_TAILS:  # بازداشت‌شدگان، شرکت‌کنندگان، نگران‌کننده
        if key.endswith(tail) and len(key) - len(tail) >= 3:
            base = key[: -len(tail)]
            if lex.strong(base) or base in lex.domain or base in lex.compounds:
                return _attach(lex.stem_form(base) or base, tail)
    for suffix in _AFTER_SILENT_H:  # آماده‌ایم، بوده‌اند، غیرتعرفه‌ای
        if key.endswith(suffix):
            base = key[: -len(suffix)]
            stem = lex.stem_form(base, prefixes=True) if _silent_h(base) else None
            if stem:
                return stem + ZWNJ + suffix
    for suffix in _JOINED:  # a known compound + a joined ending: گفت‌وگویی، کم‌نظیری
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            base = key[: -len(suffix)]
            form = lex.domain.get(base) or (
                lex.compounds[base] if base in lex.compounds and lex._prefer_compound(base)
                else None)
            if form:
                return form + suffix
    if weak:
        return key
    # stem ending in silent ه + a productive second element (زمینه‌ساز، علاقه‌مند)
    for i in range(len(key) - 2, 2, -1):
        if key[i - 1] == "ه" and key[i:] in _H_COMPOUND_TAILS and _silent_h(key[:i]):
            stem = lex.stem_form(key[:i])
            if stem:
                return stem + ZWNJ + key[i:]
    # بی + a word (بی‌سابقه، بی‌ثباتی)
    if key.startswith("بی") and len(key) >= 5 and lex.strong(key[2:]):
        return "بی" + ZWNJ + (lex.stem_form(key[2:]) or key[2:])
    return key


def _repair_token(lex: _Lexicon, token: str) -> str:
    cached = lex.cache.get(token)
    if cached is not None:
        return cached
    core = token.strip(ZWNJ)
    if not core:
        return token
    if core != token:  # stray ZWNJ at the edges: keep them, repair what is inside
        start = token.index(core)
        return token[:start] + _repair_token(lex, core) + token[start + len(core):]
    if ZWNJ not in core:
        result = _repair_key(lex, core)
    elif core.startswith(("می" + ZWNJ, "نمی" + ZWNJ)) and _mi_on_noun(lex, core):
        # hazm's seperate_mi on a noun: می‌انجی → میانجی, می‌انجی‌گرانه → میانجی‌گرانه
        head, rest = core.split(ZWNJ, 1)
        rest_parts = rest.split(ZWNJ, 1)
        result = head + rest_parts[0]
        if len(rest_parts) > 1:
            result += ZWNJ + _repair_token(lex, rest_parts[1])
    elif core in lex.words or core in lex.verbs or core.replace(ZWNJ, "") in lex.domain:
        result = core
    else:  # partly joined (همکاری‌هایشان is fine, رئیسجمهور‌ها is not): repair each part
        result = ZWNJ.join(_repair_key(lex, part) for part in core.split(ZWNJ))
    if len(lex.cache) > 200_000:
        lex.cache.clear()
    lex.cache[token] = result
    return result


def _mi_on_noun(lex: _Lexicon, core: str) -> bool:
    head, rest = core.split(ZWNJ, 1)
    return lex.count(head + rest.split(ZWNJ, 1)[0]) >= 100


def repair_zwnj(text: str) -> str:
    """Restore ZWNJ lost in copies: رئیسجمهور → رئیس‌جمهور, همکاریهای → همکاری‌های.

    Word by word, from hazm's words.dat compounds, hazm's verb conjugations (می/نمی), our
    domain lexicon, and inflection rules (plural ها/های + possessives, ای and personal
    endings after a silent ه, تر/ترین after adjectives, productive tails such as ساز/گرایی
    after a silent ه, بی + word). A joined form that is itself a well-attested word is never
    split, and words are never glued. Letters must already be unified (ی/ک), as
    :func:`normalize_text` does before calling this.
    """
    if not text:
        return "" if text is None else text
    try:
        lex = _lexicon()
        return _WORD.sub(lambda m: _repair_token(lex, m.group()), text)
    except Exception:
        return text


# --------------------------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------------------------

_Y, _K, _H = "[یيى]", "[کك]", "[هةۀ]"
_GAP = "[\\s\u200c]*"
_SEP = "[\\s\u200c]+"


def _pat(words: str, joined_ok: bool = False) -> str:
    """A pattern for a phrase tolerant of ي/ی, ك/ک, ة/ه and of ZWNJ-or-space spellings
    (with ``joined_ok`` the parts may also be written together: اشتراکگذاری)."""
    table = {"ی": _Y, "ک": _K, "ه": _H, " ": _GAP if joined_ok else _SEP, "\u200c": _GAP}
    return "".join(table.get(ch, re.escape(ch)) for ch in words)


_REPORT_HEAD = "(?:" + "|".join(_pat(p, True) for p in (
    "به گزارش", "بنا بر گزارش", "بنابر گزارش", "بنا به گزارش")) + ")"
_CREDIT_HEAD = f"(?:{_REPORT_HEAD}|{_pat('به نقل از', True)})"
_CREDIT_BODY = f"{_SEP}[^،,؛:.!?؟\\n]{{1,90}}?"
# A colon after a verb introduces what someone said («به گزارش X شهردار Y بیان کرد:»).
_NOT_AFTER_VERB = "(?<![\\s\u200c])" + "".join(f"(?<!{verb})" for verb in ("کرد", "گفت", "داشت", "افزود", "نوشت", "شد", "است"))
# "به گزارش ایلنا،" / "به گزارش خبرنگار سیاسی ایرنا از تهران؛" / "به نقل از رویترز،" (chained);
# a colon ends only a report's credit («به گزارش گفتمان:»): after «به نقل از X:» a quotation
# follows whose speaker must stay.
_CREDIT = re.compile(
    rf"^\s*(?:{_CREDIT_HEAD}{_CREDIT_BODY}{_GAP}[،,؛]\s*"
    rf"|{_REPORT_HEAD}{_CREDIT_BODY}{_NOT_AFTER_VERB}{_GAP}:\s*)+")
_END_MARK = _pat("انتهای") + _SEP + "(?:" + _pat("پیام") + "|" + _pat("خبر") + ")"
_END_MARK2 = _pat("پایان") + _SEP + "(?:" + _pat("پیام") + "|" + _pat("خبر") + ")"
# (an editor's code may follow: «انتهای پیام/341», «انتهای پیام / ع»)
_TRAILER = re.compile(
    rf"[\s/\\\-–—*(\[]*(?:{_END_MARK}|{_END_MARK2})(?:\s*/\s*[^\W_]{{1,5}})?[\s/\\\-–—.*)\]]*$")
_LEAD_DATE = re.compile(r"^\s*date\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s*",
                        re.IGNORECASE)
_NAV_PHRASES = ("پخش زنده", "صفحه اصلی", "صفحه نخست", "آرشیو", "جستجو", "جست‌وجو",
                "ورود", "عضویت", "تماس با ما", "درباره ما", "نسخه چاپی", "چاپ خبر",
                "ذخیره", "ارسال به دوستان", "بازگشت", "آخرین اخبار", "پربازدیدترین",
                "پربیننده‌ترین", "خانه")
_NAV = re.compile("(?:" + "|".join(_pat(p, True) for p in sorted(_NAV_PHRASES, key=len, reverse=True))
                  + r")(?=$|[\s|،,:؛\-–—/»«])")
_LEAD_NAV = re.compile(r"^\s*(?:" + _pat("پخش زنده") + r")(?=$|[\s|،,:\-–—])[\s|،,:\-–—]*")
_LINE_LABELS = ("اشتراک گذاری", "اشتراک‌گذاری", "به اشتراک بگذارید", "کد خبر", "لینک کوتاه",
                "لینک خبر", "نشانی کوتاه", "اخبار مرتبط", "مطالب مرتبط", "خبرهای مرتبط",
                "برچسب های", "برچسب ها", "برچسب‌ها", "برچسب", "کلید واژه ها", "کلیدواژه ها", "کلیدواژه‌ها",
                "کلمات کلیدی", "تگ ها", "تگ‌ها", "ارسال نظر", "نظرات", "تعداد بازدید",
                "زمان مطالعه", "تاریخ انتشار", "زمان انتشار")
_LABEL = re.compile(r"^[\s#*\-–—•|]*(?:" + "|".join(
    _pat(p, True) for p in sorted(_LINE_LABELS, key=len, reverse=True)) + r")(?=$|[\s:：،,|\-–—])")
# Some labels are ordinary words («برچسب زدن به سپاه ...», «نظرات دو طرف ...»): a label line
# is a label then a colon (or nothing), or a list with no sentence's end.
_LABEL_LINE_END = re.compile(r"[\s\u200c]*(?:$|[:：|])")
_SENTENCE_STOP = re.compile(r"[.!?؟]\s*$")
_CAPTION = re.compile(r"^[\s(\[]*(?:" + "|".join(_pat(p, True) for p in (
    "منبع عکس", "منبع تصویر", "عکس", "عکاس", "تصویر", "عکس ها", "عکس‌ها", "فیلم")) +
    r")(?:[\s\u200c]*(?:از|:|：|\||-|–)[^\n]*|[\s\u200c]+(?:تزئینی|تزیینی|آرشیوی|آرشیو)[^\n]*)$")
_HAS_WORD = re.compile(r"[^\W_]")
_NON_CONTENT = re.compile(r"[\s\d۰-۹٠-٩:/\-–—|،,.]*")


def _strip_paragraph(p: str) -> str:
    p = _LEAD_DATE.sub("", p)
    while True:
        q = _LEAD_NAV.sub("", p)
        if q == p:
            break
        p = q
    p = _CREDIT.sub("", p)
    if len(p) > 300:  # the end marker is at the end: look at the tail only (linear time)
        p = p[:-300] + _TRAILER.sub("", p[-300:])
    else:
        p = _TRAILER.sub("", p)
    return p.strip().lstrip("،,؛;:").strip()


def strip_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop what the agency adds around a story, keep the story.

    Removes, paragraph by paragraph: a leading credit (``به گزارش <anyone>،`` or ``؛`` or
    ``:``, ``به نقل از <anyone>،`` or ``؛``; the rest of the sentence stays; a credit with no
    punctuation after it stays, since where it ends is unknown), end markers
    (``انتهای پیام``/``انتهای خبر``, alone or at the end of a paragraph, with an editor's code
    ``/341``), navigation residue (a leading ``date YYYY-MM-DD``, ``پخش زنده``, lines made only
    of menu items), image-caption credits (``عکس: ...``), share/related/tag/news-code lines (a
    label then a colon, or a list with no sentence's end: «برچسب زدن به ...» is a sentence),
    and empty paragraphs. Works on raw or normalised text.
    """
    out: list[str] = []
    for raw in paragraphs or []:
        if not isinstance(raw, str):
            continue
        for p in raw.split("\n"):
            p = _strip_paragraph(p)
            if not p or not _HAS_WORD.search(p):
                continue
            label = _LABEL.match(p)
            if label and len(p) < 300 and (_LABEL_LINE_END.match(p, label.end())
                                           or not _SENTENCE_STOP.search(p)):
                continue
            if len(p) < 120 and _CAPTION.match(p):
                continue
            if len(p) < 120 and _NON_CONTENT.fullmatch(_NAV.sub("", p)):
                continue
            out.append(p)
    return out


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

_HOME_CRUMBS = {fold(x) for x in ("خانه", "صفحه اصلی", "صفحه نخست", "home", "خبرگزاری")}


def _text_or_none(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = "\n".join(str(v) for v in value if v is not None)
    text = normalize_text(value)
    return text or None


def _same_text(a: str, b: str) -> bool:
    fa, fb = fold(a).strip(".…!؟?"), fold(b).strip(".…!؟?")
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return short in long_ and len(short) >= 0.9 * len(long_)


def clean_article(article: dict) -> dict:
    """Return a new article dict with cleaned text fields; other fields pass through.

    title/pretitle/lead: normalised (None or empty → None). body: raw paragraphs →
    boilerplate stripped, normalised, joined with ``\\n`` (the first paragraph is dropped
    when it repeats the lead). section: breadcrumbs normalised, a leading "home" crumb
    dropped, joined with `` > `` (None when empty). tags: normalised, unique, order kept.
    """
    out = dict(article)
    for key in ("title", "pretitle", "lead"):
        if key in out:
            out[key] = _text_or_none(out[key])

    body = article.get("body") or []
    if isinstance(body, str):
        body = [body]
    # boilerplate is stripped before normalising (the markers are matched as published) and
    # once more after it (letter variants and spacing fixed by the normaliser)
    raw_paragraphs = [str(p) for p in body if p is not None]
    paragraphs: list[str] = []
    for p in strip_boilerplate(raw_paragraphs):
        paragraphs.extend(line for line in normalize_text(p).split("\n") if line.strip())
    paragraphs = strip_boilerplate(paragraphs)
    lead = out.get("lead")
    if lead and paragraphs and _same_text(paragraphs[0], lead):
        paragraphs = paragraphs[1:]
    out["body"] = "\n".join(paragraphs)

    if "section" in out:
        crumbs = article.get("section") or []
        if isinstance(crumbs, str):
            crumbs = [c for c in re.split(r"\s*[>»›/|]\s*", crumbs)]
        names: list[str] = []
        for crumb in crumbs:
            name = normalize_text(crumb).replace("\n", " ").strip() if crumb else ""
            if not name or (not names and fold(name) in _HOME_CRUMBS):
                continue
            if names and fold(names[-1]) == fold(name):
                continue
            names.append(name)
        out["section"] = " > ".join(names) or None

    if "tags" in out:
        tags = article.get("tags") or []
        if isinstance(tags, str):
            tags = re.split(r"[،,\n]", tags)
        seen: set[str] = set()
        clean_tags: list[str] = []
        for tag in tags:
            name = normalize_text(tag).replace("\n", " ").strip().lstrip("#").strip() if tag else ""
            key = fold(name)
            if name and key not in seen:
                seen.add(key)
                clean_tags.append(name)
        out["tags"] = clean_tags
    return out
