"""Boilerplate left in article text after the clean stage, counted per article.

    .venv/bin/python bench/boilerplate.py [DIR ...] [-v]

DIR: folders of article files in the devset format (``text``: one paragraph per line);
default ``devset/articles``. Real pages annotated outside the repository (their text is never
committed) are measured by naming their folders. Each paragraph goes through
``normalize_text`` then ``strip_boilerplate``, as the clean stage does; the table shows, per
kind of residue, how many articles had it in the raw text and how many still have it.
A credit still there is usually one with no punctuation after it («به گزارش ایرنا رئیس...»),
which is kept on purpose: where it ends cannot be told from the words. ``-v`` lists them.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devset.schema import load_articles  # noqa: E402
from pipelines.clean import normalize_text, strip_boilerplate  # noqa: E402

RESIDUE = {
    "credit at a paragraph's start": re.compile(r"^\s*(?:به[\s\u200c]*گزارش|به[\s\u200c]*نقل[\s\u200c]+از)\s"),
    "end marker": re.compile(r"(?:انتهای|پایان)[\s\u200c]+(?:پیام|خبر)"),
    "news code / share / tags line": re.compile(r"^\s*(?:کد خبر|اشتراک[\s\u200c]*گذاری|برچسب[\s\u200c]*ها)"),
}


def residue(directories: list[str], verbose: bool = False) -> dict[str, tuple[int, int]]:
    counts = {kind: [0, 0] for kind in RESIDUE}
    articles = 0
    for directory in directories:
        for article in load_articles(directory):
            articles += 1
            raw = [p for p in (article.get("text") or "").split("\n") if p.strip()]
            cleaned = strip_boilerplate([normalize_text(p) for p in raw])
            for kind, pattern in RESIDUE.items():
                counts[kind][0] += any(pattern.search(p) for p in raw)
                left = [p for p in cleaned if pattern.search(p)]
                counts[kind][1] += bool(left)
                if left and verbose:
                    print(f"  {kind}: {Path(directory).name}/{article['_file']}: {left[0][:100]}")
    print(f"{articles} articles from {', '.join(directories)}")
    print("| residue | articles with it in the raw text | still there after cleaning |\n|---|---:|---:|")
    for kind, (before, after) in counts.items():
        print(f"| {kind} | {before} | {after} |")
    return {kind: tuple(pair) for kind, pair in counts.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directories", nargs="*", default=[str(ROOT / "devset" / "articles")])
    parser.add_argument("-v", "--verbose", action="store_true", help="list what is left")
    args = parser.parse_args(argv)
    residue(args.directories, args.verbose)


if __name__ == "__main__":
    main()
