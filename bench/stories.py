"""Stories: quality on the labelled pairs, cluster only against story (cluster or primary meeting).

    .venv/bin/python bench/stories.py [PAIR_FILE ...] [-v]

Default: every ``devset/pairs/*.jsonl`` except ``independent2.jsonl`` (held out: not to be run
while the rule is being designed). For each pair, a fresh archive in a temporary directory
receives a then b through the crawl's path: meetings from ``pipelines.extract.article_meetings``
(``extract_meetings`` over lead + body, anchored on the publication date), the near-duplicate
cluster from ``pipelines.neardup.assign_cluster``, then ``archive.writer.store_article`` (which
merges meetings and assigns the story). The pair counts as same-story when the two story ids
are equal, and as same-cluster when the two cluster ids are. Precision and recall per file and
per kind; ``-v`` lists the errors (with each side's primary meeting).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.schema import open_archive, write_transaction  # noqa: E402
from archive.stories import primary_meeting  # noqa: E402
from archive.writer import store_article  # noqa: E402
from pipelines.extract import article_meetings  # noqa: E402
from pipelines.neardup import assign_cluster  # noqa: E402

PAIRS_DIR = ROOT / "devset" / "pairs"
HELD_OUT = {"independent2.jsonl"}


def default_files() -> list[Path]:
    return [p for p in sorted(PAIRS_DIR.glob("*.jsonl")) if p.name not in HELD_OUT]


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(pair: dict, workdir: Path) -> dict:
    """Store a then b in a fresh archive; their cluster and story ids and primary meetings."""
    path = workdir / f"{pair['id']}.db"
    db = open_archive(path)
    try:
        ids = []
        for side in ("a", "b"):
            article = dict(pair[side])
            article["meetings"] = article_meetings(article)
            with write_transaction(db):  # as StorePipeline: cluster and article in one transaction
                article["cluster_id"] = assign_cluster(db, article)
                ids.append(store_article(db, article))
        rows = [db.execute("SELECT cluster_id, story_id FROM articles WHERE id = ?", [i]).fetchone() for i in ids]
        primaries = []
        for i in ids:
            m = primary_meeting(db, i)
            primaries.append(db.execute("SELECT date, summary FROM meetings WHERE id = ?", [m]).fetchone() if m else None)
        return {"cluster": rows[0][0] == rows[1][0], "story": rows[0][1] == rows[1][1], "primaries": primaries,
                "meetings": [db.execute("SELECT count(*) FROM meeting_sources WHERE article_id = ?", [i]).fetchone()[0]
                             for i in ids]}
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def pr(results: list[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    tp = sum(1 for label, got in results if label and got)
    fp = sum(1 for label, got in results if not label and got)
    fn = sum(1 for label, got in results if label and not got)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp, fp, fn


def fmt(results: list[tuple[bool, bool]]) -> str:
    p, r, tp, fp, fn = pr(results)
    return f"P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})"


def run(paths: list[Path], verbose: int = 0) -> dict:
    summary = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            pairs = load_pairs(path)
            by_kind: dict[str, list] = defaultdict(list)
            cluster, story = [], []
            errors = []
            for pair in pairs:
                got = judge(pair, Path(tmp))
                label = bool(pair["label"])
                cluster.append((label, got["cluster"]))
                story.append((label, got["story"]))
                by_kind[pair["kind"]].append((label, got["cluster"], got["story"]))
                if got["story"] != label:
                    errors.append((pair, got))
            print(f"\n{path.relative_to(ROOT)}: {len(pairs)} pairs "
                  f"({sum(1 for p in pairs if p['label'])} same, {sum(1 for p in pairs if not p['label'])} different)")
            print(f"  cluster only: {fmt(cluster)}")
            print(f"  story:        {fmt(story)}")
            print(f"  {'kind':<24} {'label':<6} {'n':>3}  {'cluster':>7}  {'story':>5}")
            for kind, rows in sorted(by_kind.items(), key=lambda kv: (not kv[1][0][0], kv[0])):
                label = rows[0][0]
                print(f"  {kind:<24} {str(label).lower():<6} {len(rows):>3}  "
                      f"{sum(r[1] for r in rows):>7}  {sum(r[2] for r in rows):>5}")
            print("  (cluster / story columns: pairs judged the same)")
            if verbose:
                for pair, got in errors:
                    print(f"  {'FN' if pair['label'] else 'FP'} {pair['id']} ({pair['kind']}): {pair.get('note', '')}")
                    for side, meetings, primary in zip("ab", got["meetings"], got["primaries"]):
                        print(f"      {side}: {meetings} meeting(s), primary {primary}")
            p_c, r_c, *_ = pr(cluster)
            p_s, r_s, *_ = pr(story)
            summary[path.name] = {"pairs": len(pairs), "cluster": (p_c, r_c), "story": (p_s, r_s),
                                  "errors": [p["id"] for p, _ in errors]}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="pair files (default: devset/pairs/*.jsonl "
                        "except the held-out independent2.jsonl)")
    parser.add_argument("--verbose", "-v", action="count", default=0, help="list the errors")
    args = parser.parse_args(argv)
    run([p.resolve() for p in args.files] or default_files(), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
