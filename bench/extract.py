"""Throughput of the meeting extraction alone (no crawl, no archive), and its worst case.

    .venv/bin/python bench/extract.py [--passes 5]

1. articles/s and chars/s of ``extract_meetings`` over the 94 devset texts (title, text and
   publication date as the scorer passes them), after one warm-up pass (gazetteers and hazm's
   word list are loaded once per process; that load is timed separately);
2. seconds for a few adversarial inputs of about 200 KB (one repeated meeting paragraph, a
   paragraph without full stops, a list of hundreds of names and offices, quote marks).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devset.schema import iso, load_articles  # noqa: E402
from pipelines.extract import extract_meetings  # noqa: E402


def _worst_cases() -> dict[str, str]:
    meeting = ("رئیس‌جمهور امروز در دیدار با رئیس‌جمهور روسیه گفت: همکاری ادامه دارد و "
               "کریدور شمال-جنوب مهم است. ")
    names = "، ".join(f"وزیر امور خارجه {c} و سفیر {d}" for c, d in
                      [("روسیه", "چین"), ("ترکیه", "عراق"), ("قطر", "عمان"), ("ژاپن", "هند")] * 4)
    return {
        "one meeting paragraph x 2000": (meeting * 40 + "\n") * 50,
        "200 KB without a full stop": ("عراقچی با لاوروف و وانگ یی و فیدان دیدار و گفت‌وگو کرد و " * 3500),
        "offices and states list": ("عراقچی امروز با " + names + " دیدار کرد.\n") * 150,
        "quotes and guillemets": ("«" * 50 + "دیدار با «پوتین» " + "»" * 50 + " گفت: «") * 1500,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)

    articles = load_articles()
    inputs = [(a["text"], a["title"], iso(a["published"])) for a in articles]
    chars = sum(len(t) + len(ti or "") for t, ti, _ in inputs)

    start = time.perf_counter()
    extract_meetings("مسعود پزشکیان امروز با ولادیمیر پوتین دیدار کرد.", published="2025-03-05")
    load = time.perf_counter() - start
    start = time.perf_counter()
    for text, title, pub in inputs:  # warm-up: hazm's word list is loaded on first need here
        extract_meetings(text, title=title, published=pub)
    warm = time.perf_counter() - start

    runs, cpu = [], []
    for _ in range(args.passes):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text, title, pub in inputs:
            extract_meetings(text, title=title, published=pub)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best, worst = min(runs), max(runs)
    n = len(inputs)
    print(f"devset: {n} articles, {chars:,} chars, {args.passes} passes; first call (gazetteers): {load:.2f} s, "
          f"warm-up pass (incl. hazm's word list): {warm:.2f} s")
    print(f"  articles/s: {n / worst:,.0f} .. {n / best:,.0f}   chars/s: {chars / worst:,.0f} .. {chars / best:,.0f}"
          f"   ms/article: {1000 * best / n:.1f} .. {1000 * worst / n:.1f}")
    print(f"  CPU time per pass: {min(cpu):.2f} .. {max(cpu):.2f} s = {n / max(cpu):,.0f} .. {n / min(cpu):,.0f} articles/s"
          " (wall time above includes waiting for a busy machine)")
    print("worst cases (one call each; wall and CPU seconds):")
    for label, text in _worst_cases().items():
        start, start_cpu = time.perf_counter(), time.process_time()
        got = extract_meetings(text, title="دیدار با پوتین", published="2025-03-05")
        took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
        print(f"  {label:32s} {len(text) / 1000:6.0f} KB  {took:6.2f} s wall  {took_cpu:6.2f} s CPU"
              f"  ({len(got)} meetings)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
