"""Low-level Persian text utilities shared by every stage.

Only character-level facts live here (letter variants, digits, ZWNJ, the folded matching
key); word-level cleaning is in :mod:`pipelines.clean`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ZWNJ = "\u200c"

# Arabic code points that stand for Persian letters on these sites (ي ك ى ة ...).
LETTER_VARIANTS = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ئ", "ك": "ک", "ة": "ه", "ۀ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
})
# Persian ۰-۹ and Arabic-Indic ٠-٩ → Latin, for parsing numbers and dates.
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
PERSIAN_DIGITS = str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹")

# Diacritics (harakat, tanwin, shadda, superscript alef) and tatweel carry no meaning for matching.
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Invisible format characters other than ZWNJ (ZWJ, LRM/RLM, bidi embeddings, BOM, soft hyphen).
_INVISIBLES = re.compile("[\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")


def to_latin_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits with ASCII digits."""
    return text.translate(LATIN_DIGITS)


def unify_letters(text: str) -> str:
    """Replace Arabic letter forms with their Persian equivalents (ي→ی, ك→ک, ة→ه, ...)."""
    return text.translate(LETTER_VARIANTS)


def strip_invisibles(text: str) -> str:
    """Drop invisible format characters except ZWNJ, which is part of Persian spelling."""
    return _INVISIBLES.sub("", text)


def fold_words(text: str | None) -> str:
    """Folded text with word boundaries (ZWNJ becomes nothing, spaces stay single): ZWNJ,
    letter variants, diacritics, digits and case unified, but «ئ» kept (unlike :func:`fold`).

    Suitable for tokenised uses (shingles) where words must stay apart. Content hashes
    (:func:`pipelines.dedupe.content_hash`) and near-duplicate signatures are built on it, so
    its output must stay the same for archived text: a change would turn every archived
    article into a "changed" one on the next crawl and mix two kinds of signature in the
    near-duplicate index. For the matching key word by word, use :func:`fold_key_words`.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = unify_letters(to_latin_digits(text))
    text = _DIACRITICS.sub("", strip_invisibles(text))
    text = text.replace(ZWNJ, "").replace("آ", "ا")
    return " ".join(text.split()).lower()


# Letters the matching key equates beyond unify_letters (which is for display and keeps them):
# the hamza seat «ئ» is «ی» («رئیس» / «رییس», «مسئول» / «مسیول», «پائیز» / «پاییز»): agencies
# differ (IRNA writes «رییس»). Not applied by fold_words: content hashes (pipelines.dedupe) and
# near-duplicate signatures (pipelines.neardup) are built on fold_words and must not change
# under archived articles (docs/ARCHIVE.md, schema version 4).
KEY_LETTERS = str.maketrans({"ئ": "ی"})


def fold_key_words(text: str | None) -> str:
    """The matching key with its word boundaries: :func:`fold_words` plus «ئ» → «ی».

    ``"".join(fold_key_words(t).split()) == fold(t)``; for comparing names word by word.
    """
    return fold_words(text).translate(KEY_LETTERS)


def fold(text: str | None) -> str:
    """The matching key: insensitive to ZWNJ, spaces, letter variants, diacritics and digits.

    ``fold("رئیس‌جمهور") == fold("رئيس جمهور") == fold("رییسجمهور") == "رییسجمهور"``: also
    the hamza seat «ئ» is «ی» (:data:`KEY_LETTERS`).
    Used wherever two spellings of the same words must compare equal (entity matching, topics,
    meeting merge, search). Never stored as display text. Stored keys (``people.name_key``,
    ``person_names.name_key``, ``topics.name_key``, ``meetings.participants_key``, the FTS
    indexes) are made with it: changing it needs a schema migration that recomputes them.
    """
    return fold_key_words(text).replace(" ", "")


def squeeze_spaces(text: str) -> str:
    """Collapse runs of horizontal whitespace to one space; keep newlines."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


@lru_cache(maxsize=1)
def hazm_normalizer():
    """hazm's Normalizer, built once: construction costs about a second (DESIGN.md)."""
    import hazm

    # persian_numbers=False: stored text keeps the digits the agency wrote.
    return hazm.Normalizer(persian_numbers=False)
