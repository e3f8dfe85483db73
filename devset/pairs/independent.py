"""Independent held-out near-duplicate pairs: ``devset/pairs/independent.jsonl``.

Written on 2026-11-25 by a separate helper session, not by the person who
tuned the clustering. The rule: the writer did not open ``pipelines/neardup.py``,
``bench/neardup.py``, ``docs/DEDUPE.md``, ``bench/README.md`` or the other pair
files, and so did not know the method or its thresholds. Labels say what a
demanding news researcher would call "same story" or "different story".

All Persian text was written by hand for this set, in the style of Iranian
agencies. Offices and public names are real; events and wording are invented.
Scraped copies were made by stripping ZWNJ, using Arabic yeh/kaf and swapping
digits in a hand-written article. This file only checks the set and prints counts;
it does not generate anything.

71 pairs: 35 same story (label true), 36 different (label false).

Same story (true): rewrite 8, abridged 6, split 5, scraped 5, extended 4,
merged 4, translated-style 3.
Different story (false): same-day-other-meeting 9, same-people-other-day 8,
follow-up 8, same-topic 6, template 5.

One article may appear in more than one pair (for example, a base report paired
with several copies). Where it does, it keeps its (source, news_id), and every
copy must be byte-identical.

Run: ``.venv/bin/python -m devset.pairs.independent``
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

PATH = Path(__file__).with_name("independent.jsonl")
PAIR_FIELDS = ("id", "kind", "label", "note", "a", "b")
ART_FIELDS = ("source", "news_id", "published", "title", "lead", "body")
POSITIVE = {"rewrite", "abridged", "extended", "scraped", "split", "merged", "translated-style"}
NEGATIVE = {"same-people-other-day", "same-day-other-meeting", "same-topic", "follow-up", "template"}


def check_article(art: object, where: str, errors: list[str]) -> None:
    if not isinstance(art, dict):
        errors.append(f"{where}: not an object")
        return
    for f in ART_FIELDS:
        if f not in art:
            errors.append(f"{where}: missing {f}")
    if not isinstance(art.get("news_id"), int) or isinstance(art.get("news_id"), bool):
        errors.append(f"{where}: news_id not an int")
    for f in ("source", "title", "body"):
        if not isinstance(art.get(f), str) or not art.get(f, "").strip():
            errors.append(f"{where}: {f} empty or not a string")
    if art.get("lead") is not None and not isinstance(art.get("lead"), str):
        errors.append(f"{where}: lead neither null nor string")
    try:
        dt = datetime.fromisoformat(str(art.get("published")))
        if dt.tzinfo is None:
            errors.append(f"{where}: published has no offset")
    except ValueError:
        errors.append(f"{where}: published not ISO")


def main(path: Path = PATH) -> int:
    errors: list[str] = []
    ids: set[str] = set()
    seen: dict[tuple[str, int], str] = {}
    counts: Counter = Counter()
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        missing = [f for f in PAIR_FIELDS if f not in rec]
        if missing:
            errors.append(f"line {n}: missing {missing}")
            continue
        pid = rec["id"]
        if pid in ids:
            errors.append(f"line {n}: duplicate id {pid}")
        ids.add(pid)
        if not isinstance(rec["label"], bool):
            errors.append(f"{pid}: label not boolean")
        kind = rec["kind"]
        if kind in POSITIVE and rec["label"] is not True:
            errors.append(f"{pid}: positive kind {kind} with label {rec['label']}")
        if kind in NEGATIVE and rec["label"] is not False:
            errors.append(f"{pid}: negative kind {kind} with label {rec['label']}")
        if kind not in POSITIVE | NEGATIVE:
            errors.append(f"{pid}: unknown kind {kind}")
        for side in ("a", "b"):
            art = rec[side]
            check_article(art, f"{pid}.{side}", errors)
            if not isinstance(art, dict):
                continue
            key = (art.get("source"), art.get("news_id"))
            blob = json.dumps(art, ensure_ascii=False, sort_keys=True)
            if key in seen and seen[key] != blob:
                errors.append(f"{pid}.{side}: news_id {key} reused for a different article")
            seen.setdefault(key, blob)
        a, b = rec["a"], rec["b"]
        if isinstance(a, dict) and isinstance(b, dict) and (a.get("source"), a.get("news_id")) == (b.get("source"), b.get("news_id")):
            errors.append(f"{pid}: a and b are the same article")
        counts[(kind, rec["label"])] += 1

    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    pos = sum(v for (k, l), v in counts.items() if l)
    print(f"{path.name}: {total} pairs ({pos} same, {total - pos} different), {len(seen)} distinct articles")
    for (kind, label), v in sorted(counts.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
        print(f"  {'same' if label else 'diff'}  {kind:24s} {v}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
