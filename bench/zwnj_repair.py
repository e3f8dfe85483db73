"""ZWNJ repair benchmark: strip every ZWNJ from correctly written Persian, repair, compare.

    .venv/bin/python bench/zwnj_repair.py [--errors A|B|C|all] [--repeat N]

Text: bench/data/zwnj_reference.txt (ours, diplomatic-news style). The rules and lexicon were
tuned on parts A and B; part C was written afterwards and is held out (see its header). hazm 0.12.1 ships no corpus sample
(its data/ holds only word and verb lists), so there is no hazm text to add.

Per word (Persian letter runs, aligned on their ZWNJ-free spelling):
  restored   ZWNJ of the reference found again at the same place
  missed     ZWNJ of the reference not restored
  inserted   ZWNJ put where the reference has none (wrong insertions)
  changed    words the tool altered that do not end up as in the reference, plus words it
             glued or split (a space added or removed), as a share of all words
  spacing    the part of "changed" that is glued/split words (hazm joins "انجام شده" →
             "انجام‌شده", "خلیج فارس" → "خلیج‌فارس" from words.dat; repair_zwnj never does)
Compared: hazm's Normalizer alone, repair_zwnj alone, and normalize_text (hazm + repair).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines import clean  # noqa: E402
from pipelines.persian import ZWNJ, hazm_normalizer  # noqa: E402

REFERENCE = ROOT / "bench" / "data" / "zwnj_reference.txt"
WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+")


def read_parts(path: Path = REFERENCE) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## part "):
            current = line[len("## part "):].strip()
            parts[current] = []
        elif line.startswith("#") or current is None:
            continue
        elif line.strip():
            parts[current].append(line)
    return {name: "\n".join(lines) for name, lines in parts.items()}


def zwnj_positions(word: str) -> set[int]:
    """Indices (in the ZWNJ-free word) of letters preceded by a ZWNJ."""
    out, i = set(), 0
    for ch in word:
        if ch == ZWNJ:
            out.add(i)
        else:
            i += 1
    return out


def words(text: str) -> list[str]:
    return [w.strip(ZWNJ) for w in WORD.findall(text) if w.strip(ZWNJ)]


def score(reference: str, stripped: str, output: str, errors: list | None = None) -> dict:
    ref, inp, out = words(reference), words(stripped), words(output)
    assert len(ref) == len(inp)
    ref_keys = [w.replace(ZWNJ, "") for w in ref]
    out_keys = [w.replace(ZWNJ, "") for w in out]
    s = {"words": len(ref), "zwnj": sum(len(zwnj_positions(w)) for w in ref),
         "restored": 0, "missed": 0, "inserted": 0, "changed": 0, "glued_split": 0}
    matcher = difflib.SequenceMatcher(None, ref_keys, out_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":  # the tool merged or split words (or dropped letters)
            s["glued_split"] += i2 - i1
            s["changed"] += i2 - i1
            s["missed"] += sum(len(zwnj_positions(w)) for w in ref[i1:i2])
            if errors is not None:
                errors.append(("glued/split", " ".join(ref[i1:i2]), " ".join(out[j1:j2])))
            continue
        for k in range(i2 - i1):
            r, o, x = ref[i1 + k], out[j1 + k], inp[i1 + k]
            pr, po = zwnj_positions(r), zwnj_positions(o)
            s["restored"] += len(pr & po)
            s["missed"] += len(pr - po)
            s["inserted"] += len(po - pr)
            if o != r and o != x:
                s["changed"] += 1
            if o != r and errors is not None:
                errors.append(("missed" if pr - po and not po - pr else "wrong", r, o))
    return s


def row(name: str, s: dict) -> str:
    restored = 100.0 * s["restored"] / s["zwnj"] if s["zwnj"] else 0.0
    changed = 100.0 * s["changed"] / s["words"] if s["words"] else 0.0
    spacing = 100.0 * s["glued_split"] / s["words"] if s["words"] else 0.0
    return (f"{name:<26}{s['words']:>6}{s['zwnj']:>6}{s['restored']:>9}{restored:>7.1f}%"
            f"{s['missed']:>7}{s['inserted']:>9}{s['changed']:>8}{changed:>7.2f}%"
            f"{s['glued_split']:>7}{spacing:>6.2f}%")


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def throughput(text: str, repeat: int) -> dict[str, float]:
    normalizer = hazm_normalizer()
    clean.normalize_text("گرم کردن")  # build hazm and the lexicon outside the timing
    big = "\n".join([text] * repeat)
    out = {}
    clean._lexicon().cache.clear()
    t = time.perf_counter()
    clean.normalize_text(text)
    out["normalize_text, cold word cache (1 pass)"] = len(text) / (time.perf_counter() - t)
    t = time.perf_counter()
    clean.normalize_text(big)
    out[f"normalize_text, {repeat} passes"] = len(big) / (time.perf_counter() - t)
    t = time.perf_counter()
    clean.repair_zwnj(big)
    out[f"repair_zwnj alone, {repeat} passes"] = len(big) / (time.perf_counter() - t)
    t = time.perf_counter()
    normalizer.normalize(big)
    out[f"hazm Normalizer alone, {repeat} passes"] = len(big) / (time.perf_counter() - t)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=["A", "B", "C", "all"], help="list the wrong words")
    parser.add_argument("--repeat", type=int, default=20, help="passes for the throughput")
    args = parser.parse_args(argv)

    parts = read_parts()
    normalizer = hazm_normalizer()
    tools = {
        "hazm Normalizer alone": lambda t: normalizer.normalize(t),
        "repair_zwnj": clean.repair_zwnj,
        "normalize_text": clean.normalize_text,
    }
    header = (f"{'tool / part':<26}{'words':>6}{'zwnj':>6}{'restored':>9}{'':>8}"
              f"{'missed':>7}{'inserted':>9}{'changed':>8}{'':>8}{'of which spacing':>14}")
    print(f"reference: {REFERENCE.relative_to(ROOT)}  "
          f"({sum(len(words(p)) for p in parts.values())} words)")
    print(header)
    print("-" * len(header))
    listed: list = []
    for name, tool in tools.items():
        total: dict = {}
        for part, text in parts.items():
            stripped = text.replace(ZWNJ, "")
            errs = [] if args.errors in (part, "all") and name == "normalize_text" else None
            s = score(text, stripped, tool(stripped), errs)
            if errs:
                listed += [(part, *e) for e in errs]
            total = add(total, s)
            held = {"A": " (tuned)", "B": " (tuned)", "C": " (held out)"}.get(part, "")
            print(row(f"{name[:14]} {part}{held}", s))
        print(row(f"{name[:14]} all", total))
        print()
    if args.errors:
        for part, kind, ref, got in listed:
            print(f"{part} {kind:<12} ref={ref}  got={got}")
        print()
    text = "\n".join(parts.values()).replace(ZWNJ, "")
    print("throughput (chars/s, ZWNJ-stripped reference text):")
    for name, rate in throughput(text, args.repeat).items():
        print(f"  {name:<42}{rate:>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
