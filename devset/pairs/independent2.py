"""Second independent held-out near-duplicate pairs: ``devset/pairs/independent2.jsonl``.

Written on 2026-11-25 by a separate helper session, blind to the clustering
method and its thresholds: the writer did not open ``pipelines/neardup.py``,
``pipelines/story.py``, ``bench/neardup.py``, ``docs/DEDUPE.md``,
``bench/README.md`` or any other pair file's content. This set is HELD OUT:
it is meant to be scored only after the method has been tuned on
``independent.jsonl``, never used for tuning.

All Persian text was written by hand for this set in the style of Iranian
agencies; offices and public names are real, events and wording invented
(Iraq, Pakistan, Russia/SCO, Qatar, Armenia, Azerbaijan, Venezuela, South
Africa/BRICS, Japan, Germany, IAEA, OPEC+, ECO; 2016-2026). Scraped copies strip
ZWNJ, use Arabic yeh/kaf and ASCII or Arabic-Indic digits.

62 pairs: 32 same story (label true), 30 different (label false), 82 articles.

Same story (true): rewrite 5, abridged 5, scraped 5, translated-style 5,
extended 4, split 4, merged 4.
Different story (false): same-day-other-meeting 7, same-people-other-day 6,
follow-up 6, template 6, same-topic 5.

Validation is the same as ``devset.pairs.independent`` (reused from there).
Run: ``.venv/bin/python -m devset.pairs.independent2``
"""
from __future__ import annotations

import sys
from pathlib import Path

from devset.pairs.independent import main as _validate

PATH = Path(__file__).with_name("independent2.jsonl")


def main(path: Path = PATH) -> int:
    return _validate(path)


if __name__ == "__main__":
    sys.exit(main())
