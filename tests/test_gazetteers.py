"""The gazetteers under pipelines/extract/data are well formed (they are edited by hand)."""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract.lexicon import _rows

ISO = re.compile(r"\d{4}-\d\d-\d\d")


def test_every_official_has_an_office_a_known_state_and_a_term_in_order():
    states = {r[0] for r in _rows("countries.tsv")} | {r[0] for r in _rows("organizations.tsv")}
    bad = []
    for row in _rows("officials.tsv"):
        name, aliases, role, state, start, end = (row + [""] * 6)[:6]
        if len(row) > 6 or not name or not role or state not in states \
                or not ISO.fullmatch(start) or end and not ISO.fullmatch(end) \
                or end and date.fromisoformat(end) < date.fromisoformat(start):
            bad.append(row)
    assert bad == []


def test_no_official_is_listed_twice_for_the_same_term():
    seen, twice = set(), []
    for row in _rows("officials.tsv"):
        k = (row[0], row[2], row[4] if len(row) > 4 else "")
        if k in seen:
            twice.append(k)
        seen.add(k)
    assert twice == []


def test_no_organisations_name_is_spelled_like_another_entry():
    # («آیرنا», IRENA, is «ایرنا», the news agency, once آ/ا are folded: one of them would never be found)
    from pipelines.extract.lexicon import key, lexicon
    lex, clashes = lexicon(), []
    for row in _rows("organizations.tsv"):
        for variant in [row[0], *(v for v in (row[1] if len(row) > 1 else "").split("|") if v)]:
            others = [(e.kind, e.canon) for e in lex.phrases.get(key(variant), ())
                      if (e.kind, e.canon) != ("org", row[0])]
            if others and variant != "مجمع عمومی سازمان ملل":  # (the General Assembly also places a meeting in New York)
                clashes.append((variant, others))
    assert clashes == []
