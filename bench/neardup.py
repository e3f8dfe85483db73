"""Near-duplicate clustering: quality on the labelled pairs, and cost as the archive grows.

    .venv/bin/python bench/neardup.py pairs [--verbose]        # precision/recall on devset/pairs
    .venv/bin/python bench/neardup.py scale [--sizes 10000,100000,1000000] [--probe 2000]

``pairs``: every labelled pair of ``devset/pairs/pairs.jsonl`` is judged three ways:
  * isolated — a fresh index holding the pair's two articles: same cluster or not;
  * archive — one index holding every article of every pair (in publication order, as a crawl
    would add them): same cluster or not, so other stories can pull a pair apart or together;
  * no dates — as isolated, with publication dates removed (the date window cannot help).
Precision/recall over pairs, overall and per kind.

``scale``: fills an archive in a temporary directory to each size with the same tables the
pipeline writes (synthetic articles: random MinHash signatures, which is what distinct stories
look like to the index; filled in bulk so 1 M articles take minutes), then measures
:func:`pipelines.neardup.assign_cluster` on ``--probe`` fresh realistic articles (composed
text, a third of them republished copies of each other, so verification runs too): ms per
article (mean, p50, p95), process peak RSS, and the database size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines import neardup  # noqa: E402

PAIRS = ROOT / "devset" / "pairs" / "pairs.jsonl"


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pr(results: list[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    tp = sum(1 for label, got in results if label and got)
    fp = sum(1 for label, got in results if not label and got)
    fn = sum(1 for label, got in results if label and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def judge_isolated(pair: dict, dates: bool = True) -> bool:
    conn = sqlite3.connect(":memory:")
    a, b = dict(pair["a"]), dict(pair["b"])
    if not dates:
        a["published"] = b["published"] = None
    return neardup.assign_cluster(conn, a) == neardup.assign_cluster(conn, b)


def judge_archive(pairs: list[dict]) -> list[bool]:
    conn = sqlite3.connect(":memory:")
    articles = {}
    for pair in pairs:
        for side in ("a", "b"):
            articles[(pair[side]["source"], pair[side]["news_id"])] = pair[side]
    for article in sorted(articles.values(), key=lambda x: (x["published"], x["source"], x["news_id"])):
        neardup.assign_cluster(conn, article)
    return [neardup.cluster_of(conn, p["a"]["source"], p["a"]["news_id"])
            == neardup.cluster_of(conn, p["b"]["source"], p["b"]["news_id"]) for p in pairs]


def run_pairs(verbose: bool = False, path: Path = PAIRS) -> dict:
    pairs = load_pairs(path)
    modes = {
        "isolated": [judge_isolated(p) for p in pairs],
        "archive": judge_archive(pairs),
        "no dates": [judge_isolated(p, dates=False) for p in pairs],
    }
    report = {}
    print(f"{len(pairs)} pairs ({sum(p['label'] for p in pairs)} same story, "
          f"{sum(not p['label'] for p in pairs)} different) from {path.resolve().relative_to(ROOT)}\n")
    print("| mode | precision | recall | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|")
    for mode, got in modes.items():
        p, r, tp, fp, fn = _pr([(pair["label"], g) for pair, g in zip(pairs, got)])
        report[mode] = {"precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn}
        print(f"| {mode} | {p:.3f} | {r:.3f} | {tp} | {fp} | {fn} |")
    print("\n| kind | label | pairs | isolated: clustered | archive: clustered | no dates: clustered |")
    print("|---|---|---:|---:|---:|---:|")
    by_kind = defaultdict(list)
    for i, pair in enumerate(pairs):
        by_kind[pair["kind"]].append(i)
    for kind, idx in by_kind.items():
        label = pairs[idx[0]]["label"]
        cells = [sum(modes[m][i] for i in idx) for m in modes]
        print(f"| {kind} | {'same' if label else 'different'} | {len(idx)} | " + " | ".join(map(str, cells)) + " |")
    if verbose:
        print("\nErrors and similarities (estimated Jaccard, containment):")
        for i, pair in enumerate(pairs):
            fa, fb = neardup.fingerprint(pair["a"]), neardup.fingerprint(pair["b"])
            j, c = neardup.similarity(fa, fb)
            wrong = [m for m in modes if modes[m][i] != pair["label"]]
            if wrong or verbose > 1:
                print(f"  {pair['id']:28} label={pair['label']!s:5} J={j:.2f} C={c:.2f} "
                      f"sizes={fa.size}/{fb.size} wrong in: {', '.join(wrong) or '-'}  {pair['note']}")
    return report


def run_population(n: int) -> None:
    """Many formula-heavy reports on one day in one index: every third is followed by a copy of
    it from the other agency; any other pair in one cluster is a false merge."""
    articles = composed_articles(n, 1, day=date(2025, 3, 3))
    conn = sqlite3.connect(":memory:")
    for i, article in enumerate(articles):
        article["source"], article["news_id"] = f"p{article['source']}", i
        neardup.assign_cluster(conn, article)
    copies = {(i - 1, i) for i, a in enumerate(articles) if a["source"] == "pilna"}
    clusters = defaultdict(list)
    for doc_id, cluster_id, news_id in conn.execute("SELECT id, cluster_id, news_id FROM neardup_docs"):
        clusters[cluster_id].append(news_id)
    together = {(a, b) for ids in clusters.values() for a in ids for b in ids if a < b}
    tp, fp, fn = len(together & copies), len(together - copies), len(copies - together)
    total = n * (n - 1) // 2
    print(f"\nPopulation: {n} composed reports dated the same day ({total:,} pairs, {len(copies)} copy pairs): "
          f"{tp} copy pairs clustered, {fp} other pairs clustered (false merges), {fn} copies missed; "
          f"precision {tp / max(1, tp + fp):.4f}, recall {tp / max(1, len(copies)):.4f}")


def run_independent() -> None:
    """The extraction devset's articles (written independently by others, many on the same
    meetings, none a copy of another) plus the mirror's: nothing should cluster."""
    import yaml

    conn = sqlite3.connect(":memory:")
    names = {}
    articles = []
    for i, path in enumerate(sorted((ROOT / "devset" / "articles").glob("*.yaml"))):
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        articles.append({"source": "devset", "news_id": i, "body": d.get("text") or "",
                         "published": str(d.get("published") or "")[:10] or None})
        names[("devset", i)] = path.name
    for path in sorted((ROOT / "mirror" / "content").glob("*/*.yaml")):
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        articles.append({"source": path.parent.name, "news_id": int(d["news_id"]), "lead": d.get("lead"),
                         "body": "\n".join(d.get("body") or []), "published": str(d.get("published") or "")[:10] or None})
        names[(path.parent.name, int(d["news_id"]))] = f"{path.parent.name}/{path.name}"
    for article in sorted(articles, key=lambda a: a["published"] or ""):
        neardup.assign_cluster(conn, article)
    clusters = defaultdict(list)
    for source, news_id, cluster_id in conn.execute("SELECT source, news_id, cluster_id FROM neardup_docs"):
        clusters[cluster_id].append(names[(source, news_id)])
    shared = [sorted(v) for v in clusters.values() if len(v) > 1]
    indexable = conn.execute("SELECT COUNT(*) FROM neardup_docs WHERE signature IS NOT NULL").fetchone()[0]
    print(f"\nIndependent articles: {len(articles)} (devset/articles + mirror/content; {indexable} long enough "
          f"to match), {len(clusters)} clusters; clusters with more than one article: {shared or 'none'}")


# ------------------------------------------------------------------------------------------
# Scale
# ------------------------------------------------------------------------------------------

PER_DAY = 500  # articles a day entering the archive (all agencies together), for the date layout
FIRST_DAY = 730000  # 1999-08-...: any fixed proleptic ordinal


SENTENCES = 10  # long sentences per synthetic article


def fill(conn: sqlite3.Connection, start: int, stop: int, rng: np.random.Generator, pool: np.ndarray,
         pool_sizes: np.ndarray, pool_sentence: np.ndarray, echo: float, batch: int = 50_000) -> None:
    """Add synthetic articles start..stop-1 in bulk, rows exactly as assign_cluster writes them.

    Article i is published on day FIRST_DAY + i // PER_DAY (an archive grows with time). Its
    signature is random (a distinct story) or, for a share ``echo`` of them, an echo of a
    diplomatic report from ``pool``: 60 % of its values taken from it, so echoes of one report
    look alike (est. Jaccard ≈ 0.36: they share LSH bands and must be verified) without being
    the same story — the candidate load of a topic-heavy archive. Each article has
    ``SENTENCES`` random sentence keys; an echo's first one is a sentence of its report (a
    background line it repeats), so sentence look-ups meet hits that stay below
    ``SHARED_SENTENCES``.
    """
    first_id = conn.execute("SELECT COALESCE(MAX(id), 0) FROM neardup_docs").fetchone()[0] + 1
    for lo in range(start, stop, batch):
        hi = min(stop, lo + batch)
        n = hi - lo
        sigs = rng.integers(0, 2**32, size=(n, neardup.NUM_PERM), dtype=np.uint64).astype(np.uint32)
        echoes = rng.random(n) < echo
        which = rng.integers(0, len(pool), size=n)
        src = pool[which]
        sizes = np.where(echoes, pool_sizes[which], rng.integers(300, 3000, size=n))
        take = (rng.random((n, neardup.NUM_PERM)) < 0.6) & echoes[:, None]
        sigs = np.where(take, src, sigs)
        ids = np.arange(first_id + lo - start, first_id + hi - start)
        days = FIRST_DAY + np.arange(lo, hi) // PER_DAY
        keys = neardup.band_keys_many(sigs)
        sentences = rng.integers(-2**63, 2**63 - 1, size=(n, SENTENCES), dtype=np.int64)
        sentences[:, 0] = np.where(echoes, pool_sentence[which], sentences[:, 0])
        docs = [(int(i), "synthetic", int(i), int(i), int(d), int(z), sig.astype("<u4").tobytes(),
                 np.sort(sent).astype("<i8").tobytes())
                for i, d, z, sig, sent in zip(ids, days, sizes, sigs, sentences)]
        bands = np.column_stack([keys.ravel(), np.repeat(days, neardup.BANDS), np.repeat(ids, neardup.BANDS)])
        bands = bands[np.lexsort((bands[:, 2], bands[:, 1], bands[:, 0]))]
        rows = np.column_stack([sentences.ravel(), np.repeat(days, SENTENCES), np.repeat(ids, SENTENCES)])
        rows = rows[np.lexsort((rows[:, 2], rows[:, 1], rows[:, 0]))]
        with conn:
            conn.executemany("INSERT INTO neardup_docs (id, source, news_id, cluster_id, day, size, signature,"
                             " sentence_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany("INSERT INTO neardup_bands (key, day, doc_id) VALUES (?, ?, ?)", bands.tolist())
            conn.executemany("INSERT OR IGNORE INTO neardup_sentences (key, day, doc_id) VALUES (?, ?, ?)",
                             rows.tolist())


def _fill_file(path: Path, start: int, stop: int, seed: int, pool, pool_sizes, pool_sentence,
               echo: float) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = NORMAL")
    fill(conn, start, stop, np.random.default_rng(seed), pool, pool_sizes, pool_sentence, echo)
    conn.close()


def composed_articles(n: int, seed: int, day: date | None = None) -> list[dict]:
    """Diplomatic reports composed like the pair set; every third followed by a copy of it
    from the other agency (own credit line, copying noise), so verification runs too."""
    from devset.pairs import phrases as P
    from devset.pairs.build import Maker

    maker = Maker(seed=seed)
    r = maker.rng
    out: list[dict] = []
    while len(out) < n:
        st = maker.story(r.choice(P.IRANIANS), r.choice(P.FOREIGNERS),
                         day or date(2025, 1, 1) + timedelta(days=r.randint(0, 300)),
                         statements=r.choice([3, 4, 5]))
        out.append(maker.article(st, "iribnews"))
        if len(out) % 3 == 1:
            copy = maker.article(st, "ilna")
            copy["body"] = maker.noise(copy["body"])
            out.append(copy)
    return out[:n]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_scale(sizes: list[int], probe: int, echo: float) -> None:
    pool_fps = [neardup.fingerprint(a) for a in composed_articles(1000, 99)]
    pool = np.stack([fp.signature for fp in pool_fps])
    pool_sizes = np.array([fp.size for fp in pool_fps])
    pool_sentence = np.array([min(fp.sentences) for fp in pool_fps], dtype=np.int64)
    with tempfile.TemporaryDirectory(prefix="neardup-bench-") as tmp:
        path = Path(tmp) / "archive.db"
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        neardup.ensure_index(conn)
        print(f"RSS before any look-up (after imports): {current_rss_mb():.0f} MB")
        print(f"probe: {probe} composed articles per size; echo share {echo:.0%}; {PER_DAY} articles/day\n")
        print("| archived articles | fill (s) | CPU ms/article mean | wall ms/article mean | p50 | p95 | max |"
              " index rows read/article (bands + sentences) | candidates verified/article | clustered | db size (MB) |"
              " RSS now / peak (MB) | load avg |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        filled = 0
        for step, size in enumerate(sizes):
            t0 = time.perf_counter()
            # filled by a child process, so this process's memory is the pipeline's alone
            child = multiprocessing.get_context("fork").Process(
                target=_fill_file, args=(path, filled, size, 7 + step, pool, pool_sizes, pool_sentence, echo))
            child.start()
            child.join()
            assert child.exitcode == 0, "fill failed"
            filled = size
            fill_s = time.perf_counter() - t0
            last_day = date.fromordinal(FIRST_DAY + (size - 1) // PER_DAY)
            articles = composed_articles(probe, step + 1, day=last_day)
            for i, article in enumerate(articles):
                article["source"], article["news_id"] = f"probe{step}", i
            fps = [neardup.fingerprint(a) for a in articles[:5]]  # warm-up (permutations)
            reads = verified = 0
            times, cpu = [], []
            for article in articles:
                t, c = time.perf_counter(), time.process_time()
                neardup.assign_cluster(conn, article)
                cpu.append((time.process_time() - c) * 1000)
                times.append((time.perf_counter() - t) * 1000)
            # what the look-ups read, measured apart from the timing
            for article in articles[:200]:
                fp = neardup.fingerprint(article)
                for table, keys in (("neardup_bands", neardup.band_keys(fp.signature)),
                                    ("neardup_sentences", sorted(fp.sentences))):
                    hits, params = neardup._window(table, keys, fp.day)
                    reads += conn.execute(f"SELECT COUNT(*) FROM ({hits})", params).fetchone()[0]
                verified += len(neardup.candidates(conn, fp))
            clustered = conn.execute(
                f"SELECT COUNT(*) FROM neardup_docs WHERE source = 'probe{step}' AND cluster_id != id").fetchone()[0]
            db_mb = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20
            times.sort()
            n = min(200, len(articles))
            print(f"| {size:,} | {fill_s:.0f} | {statistics.mean(cpu):.2f} | {statistics.mean(times):.2f} | "
                  f"{times[len(times) // 2]:.2f} | "
                  f"{times[int(len(times) * 0.95)]:.2f} | {times[-1]:.1f} | {reads / n:.1f} | {verified / n:.1f} | "
                  f"{clustered}/{len(articles)} | {db_mb:,.0f} | {current_rss_mb():.0f} / {peak_rss_mb():.0f} | "
                  f"{os.getloadavg()[0]:.1f} |",
                  flush=True)
            del fps
        conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pairs")
    p.add_argument("--verbose", "-v", action="count", default=0)
    p.add_argument("--pairs", type=Path, default=PAIRS, help="a pair file (default: devset/pairs/pairs.jsonl)")
    p.add_argument("--population", type=int, default=2000, help="size of the same-day population check (0: skip)")
    s = sub.add_parser("scale")
    s.add_argument("--sizes", default="10000,100000,1000000")
    s.add_argument("--probe", type=int, default=2000)
    s.add_argument("--echo", type=float, default=0.3)
    args = parser.parse_args(argv)
    if args.command == "pairs":
        run_pairs(args.verbose, args.pairs)
        if args.population:
            run_population(args.population)
        run_independent()
    else:
        run_scale([int(x) for x in args.sizes.split(",")], args.probe, args.echo)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
