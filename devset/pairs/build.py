"""Build the labelled near-duplicate pair set: ``devset/pairs/pairs.jsonl``.

    .venv/bin/python -m devset.pairs.build          # rewrites pairs.jsonl (deterministic)
    .venv/bin/python -m devset.pairs.build --seed 2 --out devset/pairs/heldout.jsonl

Stories are composed from the hand-written phrase pools in ``phrases.py`` (nothing copied from
real articles), then turned into the forms near-duplicates take in practice. Each line:
``{"id", "kind", "label", "note", "a": article, "b": article}`` with articles as the dedupe
stage sees them (``source, news_id, published, title, lead, body`` — body paragraphs joined
with ``\\n``). ``label`` is true when a and b report the same story and must share a cluster.

Positive kinds: ``republished`` (another agency, its own credit line and lead, ZWNJ/letter/digit
noise), ``light-edit`` (one edit: a sentence dropped/added, words swapped, paragraphs reordered),
``edited`` (two or three edits), ``reposted`` (same agency, new id, edited), ``split`` (a long
report vs one of the two articles it was split into), ``merged`` (a short report vs the longer
one that merged it with the other side's statements).
Negative kinds: ``same-people-later`` (the same two officials meet again 20-200 days later),
``same-people-same-week`` (again within days: a call, then a meeting), ``same-day-other-meeting``
(the same official, the same day and occasion, another counterpart, the same formulas),
``shared-background`` (two reports of different meetings sharing a pasted background
paragraph), ``different`` (different people, topics and dates).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from devset.pairs import phrases as P

OUT = Path(__file__).with_name("pairs.jsonl")
ZWNJ = "\u200c"
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class Maker:
    def __init__(self, seed: int = 20261125):
        self.rng = random.Random(seed)
        self.next_id = {"iribnews": 5_200_000, "ilna": 1_700_000}

    def news_id(self, source: str) -> int:
        self.next_id[source] += self.rng.randint(1, 40)
        return self.next_id[source]

    # -- composing ------------------------------------------------------------------------
    def slots(self, ir, fo, day: date) -> dict:
        r = self.rng
        return {
            "ir_name": ir[0], "ir_role": ir[1], "ir_last": ir[0].split()[-1],
            "fo_name": fo[0], "fo_role": fo[1], "fo_country": fo[2], "fo_last": fo[0].split()[-1],
            "when": r.choice(P.WHEN), "occasion": r.choice(P.OCCASIONS), "place": r.choice(P.PLACES),
            "day": day,
        }

    def statement(self, speaker: str, subjects: list[str]) -> str:
        r = self.rng
        s1, s2 = (s.format(n=r.randint(2, 90)) for s in subjects)
        return (f"{speaker} {r.choice(P.VERBS)} {s1} {r.choice(P.PREDICATES)}، "
                f"{r.choice(P.VERB_ENDS)}: {s2} {r.choice(P.PREDICATES)}.")

    def story(self, ir, fo, day: date, *, statements: int = 4, template: int | None = None,
              background: str | None = None, subjects: list[str] | None = None, slots=None) -> dict:
        """A report: opening formula, statements by both sides, optional background, closing."""
        r = self.rng
        s = slots or self.slots(ir, fo, day)
        opening = P.OPENINGS[r.randrange(len(P.OPENINGS)) if template is None else template].format(**s)
        pool = list(subjects or r.sample(P.SUBJECTS, 2 * statements))
        sentences = []
        for i in range(statements):
            speaker = s["ir_last"] if i % 2 == 0 else s["fo_last"]
            sentences.append(self.statement(speaker, pool[2 * i:2 * i + 2]))
        paragraphs = [opening, *[" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]]
        if background:
            paragraphs.append(background.format(n=r.randint(10, 40)))
        paragraphs.append(r.choice(P.CLOSINGS).format(**s))
        return {"slots": s, "opening": opening, "paragraphs": paragraphs, "day": day,
                "subjects": pool}

    def article(self, story: dict, source: str, *, credit: str | None = None, lead: str | None = None,
                day: date | None = None, paragraphs: list[str] | None = None) -> dict:
        s = story["slots"]
        paragraphs = list(paragraphs or story["paragraphs"])
        credit = credit or self.rng.choice([c for c in P.CREDITS if ("ایلنا" in c) == (source == "ilna")])
        paragraphs[0] = f"{credit} {paragraphs[0]}"
        if self.rng.random() < 0.5:
            paragraphs.append("انتهای پیام")
        return {
            "source": source, "news_id": self.news_id(source),
            "published": f"{(day or story['day']).isoformat()}T{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}:00+03:30",
            "title": f"{s['ir_last']} در دیدار {s['fo_last']}: {story['subjects'][0].format(n=10)}",
            "lead": lead if lead is not None else story["opening"],
            "body": "\n".join(paragraphs),
        }

    # -- editing --------------------------------------------------------------------------
    def noise(self, text: str) -> str:
        """What copying does to Persian text: ZWNJ lost, Arabic letters, digit forms."""
        r = self.rng
        if r.random() < 0.6:
            text = text.replace(ZWNJ, "" if r.random() < 0.5 else " ")
        if r.random() < 0.4:
            text = text.replace("ی", "ي").replace("ک", "ك")
        if r.random() < 0.5:
            text = text.translate(PERSIAN_DIGITS)
        return text

    def other_lead(self, story: dict) -> str:
        s = story["slots"]
        return f"{s['ir_last']} در دیدار با {s['fo_last']} از {story['subjects'][0].format(n=12)} سخن گفت."

    def edit(self, paragraphs: list[str], ops: int) -> tuple[list[str], list[str]]:
        r = self.rng
        paragraphs = list(paragraphs)
        done = []
        for op in r.sample(["drop", "add", "swap", "reorder", "trim"], ops):
            if op == "drop":  # one sentence out (not the opening)
                i = r.randrange(1, len(paragraphs))
                parts = [x for x in paragraphs[i].split(". ") if x]
                if len(parts) > 1:
                    parts.pop(r.randrange(len(parts)))
                    paragraphs[i] = ". ".join(parts)
                else:
                    paragraphs.pop(i)
            elif op == "add":
                paragraphs.insert(r.randrange(1, len(paragraphs) + 1), r.choice(P.ADDITIONS))
            elif op == "swap":
                for a, b in r.sample(P.SYNONYMS, 3):
                    paragraphs = [p.replace(a, b, 1) for p in paragraphs]
            elif op == "reorder" and len(paragraphs) > 3:
                middle = paragraphs[1:-1]
                r.shuffle(middle)
                paragraphs = [paragraphs[0], *middle, paragraphs[-1]]
            elif op == "trim":  # the closing paragraph cut
                paragraphs = paragraphs[:-1]
            done.append(op)
        return paragraphs, done

    def later(self, day: date, lo: int, hi: int) -> date:
        return day + timedelta(days=self.rng.randint(lo, hi))


def build(seed: int = 20261125) -> list[dict]:
    m = Maker(seed)
    r = m.rng
    pairs: list[dict] = []

    def add(kind: str, label: bool, a: dict, b: dict, note: str = "") -> None:
        pairs.append({"id": f"{kind}-{sum(p['kind'] == kind for p in pairs) + 1:03d}", "kind": kind,
                      "label": label, "note": note, "a": a, "b": b})

    def people():
        return r.choice(P.IRANIANS), r.choice(P.FOREIGNERS)

    def day0():
        return date(2024, 1, 1) + timedelta(days=r.randint(0, 700))

    # ---- positives ----
    for _ in range(30):
        ir, fo = people()
        st = m.story(ir, fo, day0(), statements=r.choice([3, 4, 5]),
                     background=r.choice([None, None, *P.BACKGROUND]))
        a = m.article(st, "iribnews")
        lead = m.other_lead(st) if r.random() < 0.5 else None
        b = m.article(st, "ilna", lead=lead, day=m.later(st["day"], 0, 1))
        b["body"], b["lead"] = m.noise(b["body"]), m.noise(b["lead"])
        add("republished", True, a, b, "another agency: own credit line" + (", own lead" if lead else ""))

    for kind, count, ops in (("light-edit", 25, 1), ("edited", 15, None)):
        for _ in range(count):
            ir, fo = people()
            st = m.story(ir, fo, day0(), statements=r.choice([3, 4, 5]))
            a = m.article(st, "ilna")
            n = ops or r.choice([2, 3])
            paragraphs, done = m.edit(st["paragraphs"], n)
            source = r.choice(["ilna", "iribnews"])
            b = m.article(st, source, paragraphs=paragraphs, day=m.later(st["day"], 0, 2))
            if source == "iribnews":
                b["body"] = m.noise(b["body"])
            add(kind, True, a, b, "+".join(done))

    for _ in range(10):
        ir, fo = people()
        st = m.story(ir, fo, day0(), statements=4)
        a = m.article(st, "iribnews")
        paragraphs, done = m.edit(st["paragraphs"], 2)
        b = m.article(st, "iribnews", paragraphs=paragraphs, day=m.later(st["day"], 0, 3))
        add("reposted", True, a, b, "same agency, new id: " + "+".join(done))

    for i in range(15):  # split: one long report vs one of the two parts
        ir, fo = people()
        st = m.story(ir, fo, day0(), statements=6, background=r.choice(P.BACKGROUND))
        long = m.article(st, "ilna")
        s = st["slots"]
        first = st["paragraphs"][:3]
        second = [f"{s['ir_last']} در ادامه دیدار با {s['fo_last']} به موضوعات دیگری نیز پرداخت.",
                  *st["paragraphs"][3:]]
        part = first if i % 2 == 0 else second
        b = m.article(st, r.choice(["ilna", "iribnews"]), paragraphs=part, day=m.later(st["day"], 0, 1))
        add("split", True, long, b, "first part" if i % 2 == 0 else "second part")

    for i in range(15):  # merged: a short report vs the longer one merging both sides' statements
        ir, fo = people()
        day = day0()
        slots = m.slots(ir, fo, day)
        mine = m.story(ir, fo, day, statements=3, slots=slots)
        theirs_subjects = [x for x in P.SUBJECTS if x not in mine["subjects"]]
        theirs = m.story(ir, fo, day, statements=3, slots=slots, subjects=r.sample(theirs_subjects, 6))
        theirs["paragraphs"][0] = f"{slots['fo_last']} نیز در این دیدار درباره روابط دو کشور سخن گفت."
        merged = [*mine["paragraphs"][:-1], *theirs["paragraphs"]]
        short = mine if i % 2 == 0 else theirs
        a = m.article(short, r.choice(["ilna", "iribnews"]))
        b = m.article(mine, r.choice(["ilna", "iribnews"]), paragraphs=merged, day=m.later(day, 0, 1))
        add("merged", True, a, b, "short: our side" if i % 2 == 0 else "short: their side")

    # ---- negatives ----
    for kind, count, lo, hi in (("same-people-later", 20, 20, 200), ("same-people-same-week", 15, 0, 6)):
        for _ in range(count):
            ir, fo = people()
            t = r.randrange(len(P.OPENINGS))
            first = m.story(ir, fo, day0(), statements=r.choice([3, 4]), template=t)
            # the same people, the same formula; some topics come up again (as in the seeds)
            again = r.sample(first["subjects"], 2) + r.sample([x for x in P.SUBJECTS if x not in first["subjects"]], 6)
            r.shuffle(again)
            second = m.story(ir, fo, m.later(first["day"], lo, hi), statements=4, subjects=again, template=t)
            a = m.article(first, "iribnews")
            b = m.article(second, r.choice(["ilna", "iribnews"]))
            add(kind, False, a, b, "same officials, another meeting, two topics in common")

    for _ in range(20):
        ir = r.choice(P.IRANIANS)
        fo1, fo2 = r.sample(P.FOREIGNERS, 2)
        day = day0()
        s1 = m.slots(ir, fo1, day)
        s2 = {**m.slots(ir, fo2, day), "when": s1["when"], "occasion": s1["occasion"], "place": s1["place"]}
        t = r.randrange(len(P.OPENINGS))
        first = m.story(ir, fo1, day, statements=r.choice([3, 4]), template=t, slots=s1)
        shared = r.sample(first["subjects"], 2)
        rest = r.sample([x for x in P.SUBJECTS if x not in first["subjects"]], 6)
        second = m.story(ir, fo2, day, statements=4, template=t, slots=s2, subjects=shared + rest)
        add("same-day-other-meeting", False, m.article(first, "ilna"), m.article(second, "iribnews"),
            "same official, day, occasion and formula; another counterpart")

    for _ in range(10):
        ir, fo = people()
        fo2 = r.choice([f for f in P.FOREIGNERS if f != fo])
        background = r.choice(P.BACKGROUND).format(n=25)
        first = m.story(ir, fo, day0(), statements=3, background=background)
        second = m.story(ir, fo2, m.later(first["day"], 0, 5), statements=3, background=background)
        add("shared-background", False, m.article(first, "iribnews"), m.article(second, "ilna"),
            "two meetings, one pasted background paragraph")

    for _ in range(15):
        (ir1, ir2), (fo1, fo2) = r.sample(P.IRANIANS, 2), r.sample(P.FOREIGNERS, 2)
        first = m.story(ir1, fo1, day0(), statements=r.choice([3, 4]))
        second = m.story(ir2, fo2, m.later(first["day"], 0, 10), statements=r.choice([3, 4]))
        add("different", False, m.article(first, "ilna"), m.article(second, "iribnews"))
    return pairs


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Build the labelled near-duplicate pair set.")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    pairs = build(args.seed)
    with args.out.open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for pair in pairs:
        kinds[pair["kind"]] = kinds.get(pair["kind"], 0) + 1
    print(f"{len(pairs)} pairs → {args.out}: {kinds}")


if __name__ == "__main__":
    main()
