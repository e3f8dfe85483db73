"""A crawl of the synthetic IRIB site through the fault-injecting server, checked and counted.

    .venv/bin/python -m bench.faults                       # 2,000 articles, issue 6's rates + all other faults
    .venv/bin/python -m bench.faults --articles 300 --rates issue
    .venv/bin/python -m bench.faults --json                # the figures as JSON

Prints the figures docs/RELIABILITY.md records: requests served and faults injected by kind,
articles expected / archived / lost / duplicated / wrong, what the run's stats counted, requests
that robots.txt disallows or that left the site. Exit status 1 if any check fails.
The same function backs tests/test_faults.py.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from mirror import faults, synthetic
from pipelines.clean import normalize_text
from pipelines.persian import fold

ROOT = Path(__file__).resolve().parents[1]

# Settings for crawls through the fault server: a short timeout (the server holds "timeout"
# requests for 6 s, so the crawler's timeout always fires first even while hazm loads), no backoff beyond Retry-After (capped at 1 s), enough retries that a
# page failing every attempt is improbable at a 30 % fault rate (0.3**11 ≈ 2e-6).
FAULT_SETTINGS = {
    "DOWNLOAD_TIMEOUT": 3, "RETRY_TIMES": 10, "RETRY_BACKOFF_BASE": 0, "RETRY_BACKOFF_MAX": 1,
    "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "INFO",
}


def scrapy_crawl(base_url: str, db: Path, *arguments: str, settings: dict | None = None,
                 spider: str = "iribnews", timeout: float = 1800, popen: bool = False):
    """``scrapy crawl`` as a user runs it (a subprocess); the CompletedProcess (or the Popen)."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}", *arguments,
               "-s", f"ARCHIVE_DB={db}"]
    for name, value in (settings or {}).items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if popen:  # the log goes to a file: a full pipe nobody reads would stall the crawl
        log = open(Path(db).with_name(Path(db).name + ".log"), "w")
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True)
        log.close()
        return proc
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def last_run(db: Path) -> dict | None:
    rows = list(sqlite_utils.Database(db).query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1"))
    if not rows:
        return None
    return {**rows[0], "stats": json.loads(rows[0]["stats"])}


def check_archive(db: Path, site: synthetic.Site) -> dict:
    """Every synthetic article archived exactly once with its own text; counts of what is not."""
    archive = sqlite_utils.Database(db)
    rows = list(archive.query(
        "SELECT news_id, count(*) AS n, min(title) AS title, min(body) AS body, min(published) AS published "
        "FROM articles WHERE source = 'iribnews' GROUP BY news_id"))
    by_id = {r["news_id"]: r for r in rows}
    expected = {a["news_id"]: a for a in site.articles}
    lost = sorted(set(expected) - set(by_id))
    extra = sorted(set(by_id) - set(expected))
    duplicated = sorted(i for i, r in by_id.items() if r["n"] > 1)
    wrong, payloads = [], []
    for news_id, row in by_id.items():
        truth = expected.get(news_id)
        if truth is None:
            continue
        title, body = truth["title"], "\n".join(truth["body"])
        if truth.get("payload"):
            # The clean stage rewrites ASCII punctuation as it does Persian (`</x>` → `< / x>`,
            # `"x"` → «x»): compare with what it makes of the text; see docs/RELIABILITY.md.
            title, body = normalize_text(title), "\n".join(normalize_text(p) for p in truth["body"])
            payloads.append(truth["payload"] in (row["title"] or "") and truth["payload"] in (row["body"] or ""))
        if fold(row["title"]) != fold(title) or fold(row["body"]) != fold(body) or row["published"] != truth["published"]:
            wrong.append(news_id)
    versions = archive.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    pages = archive.execute("SELECT count(*) FROM pages").fetchone()[0]
    integrity = archive.execute("PRAGMA integrity_check").fetchone()[0]
    fk = archive.execute("PRAGMA foreign_key_check").fetchall()
    return {"expected": len(expected), "archived": len(set(by_id) & set(expected)), "lost": len(lost),
            "duplicated": len(duplicated), "wrong_text": len(wrong), "unexpected": len(extra),
            "versions": versions, "pages_stored": pages, "integrity_check": integrity,
            "foreign_key_violations": len(fk), "payload_articles": len(payloads),
            "payloads_stored_verbatim": sum(payloads), "lost_ids": lost[:20], "wrong_ids": wrong[:20],
            "unexpected_ids": extra[:20]}


def counted_failures(stats: dict) -> dict:
    """What the crawl's stats recorded, grouped as the fault kinds are."""
    get = lambda key: int(stats.get(key, 0))  # noqa: E731
    by_prefix = lambda prefix: sum(int(v) for k, v in stats.items() if k.startswith(prefix))  # noqa: E731
    exc = "downloader/exception_type_count/"
    return {
        "5xx": sum(get(f"downloader/response_status_count/{s}") for s in (500, 502, 503, 504)),
        "429": get("downloader/response_status_count/429"),
        "timeout": get(exc + "scrapy.exceptions.DownloadTimeoutError"),
        "reset": get(exc + "scrapy.exceptions.DownloadFailedError"),
        "truncate": get(exc + "scrapy.exceptions.ResponseDataLossError"),
        "oversize": get(exc + "scrapy.exceptions.DownloadCancelledError"),
        "cut": get("faults/truncated_html") + get("faults/truncated_xml"),
        "empty": get("faults/empty_body"),
        "charset_fixed": get("faults/charset_fixed"),
        "robots_forbidden": get("robotstxt/forbidden"),
        "offsite": get("offsite/filtered") + get("offsite/other_origin"),
        "retries": get("retry/count"),
        "retry_max_reached": get("retry/max_reached"),
        "spider_errors": by_prefix("iribnews/errors/"),
        "spider_error_kinds": {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("iribnews/errors/")},
    }


def faulty_crawl(articles: int, db: Path, *, rates: dict | None = None, seed: int = 7,
                 charset_rate: float = 0.05, settings: dict | None = None, hold: float = 6.0) -> dict:
    """Serve ``articles`` synthetic articles through the fault server, crawl them, check it all."""
    site = synthetic.Site(articles)
    rates = faults.ALL_RATES if rates is None else rates
    started = time.monotonic()
    with faults.serve(site, rates=rates, seed=seed, hold=hold, charset_rate=charset_rate) as base:
        done = scrapy_crawl(base, db, settings={**FAULT_SETTINGS, **(settings or {})})
        served = list(base.events)
        injected = collections.Counter(base.injected)
        trap_hits = list(base.trap_hits)
        charset_pages = dict(base.charset_pages)
        paths = base.paths()
        gaps = base.retry_after_gaps()
    elapsed = time.monotonic() - started
    run = last_run(db)
    stats = run["stats"] if run else {}
    checked = check_archive(db, site)
    disallowed = [p for p in paths if p.startswith(faults.DISALLOWED_PREFIX) or p.startswith("/fa/print/")]
    counted = counted_failures(stats)
    return {
        "articles": articles, "seed": seed, "rates": rates, "seconds": round(elapsed, 1),
        "exit_code": done.returncode, "requests_served": len(served),
        "faults_injected": dict(sorted(injected.items())), "faults_injected_total": sum(v for k, v in injected.items() if k != "reset_on_reused_connection"),
        "charset_pages": len(charset_pages), "counted": counted,
        "archive": checked, "run": {k: run[k] for k in ("pages", "new_articles", "errors", "finish_reason")} if run else None,
        "robots_disallowed_fetched": disallowed, "offsite_fetched": trap_hits,
        "after_429_min_gap_s": round(min(gaps), 2) if gaps else None,
        "oversize_refetches": sum(1 for target, _ in served if target in faults.OVERSIZE) - len(faults.OVERSIZE),
        "log_tail": done.stderr[-3000:],
        "database_locked": done.stderr.count("database is locked"),
    }


def problems(figures: dict) -> list[str]:
    """What is wrong with a faulty crawl's figures (empty: it survived)."""
    out = []
    a, counted, injected = figures["archive"], figures["counted"], figures["faults_injected"]
    for key in ("lost", "duplicated", "wrong_text", "unexpected", "foreign_key_violations"):
        if a[key]:
            out.append(f"{key}: {a[key]} {a.get(key + '_ids', '')}")
    if a["integrity_check"] != "ok":
        out.append(f"integrity_check: {a['integrity_check']}")
    if a["versions"] != a["archived"] or a["pages_stored"] != a["archived"]:
        out.append(f"versions/pages {a['versions']}/{a['pages_stored']} for {a['archived']} articles")
    if figures["robots_disallowed_fetched"]:
        out.append(f"fetched despite robots.txt: {figures['robots_disallowed_fetched'][:5]}")
    if figures["offsite_fetched"]:
        out.append(f"fetched off the site: {figures['offsite_fetched'][:5]}")
    if figures["after_429_min_gap_s"] is not None and figures["after_429_min_gap_s"] < 0.9:
        out.append(f"Retry-After not honoured: a 429 retried after {figures['after_429_min_gap_s']} s")
    if figures["run"] is None:
        out.append("no crawl_runs row")
    if figures["database_locked"]:
        out.append(f"'database is locked' {figures['database_locked']} times in the log")
    # Every injected fault is in the stats: the HTTP ones exactly, content ones exactly.
    for kind in ("5xx", "429", "empty"):
        if counted[kind] != injected.get(kind, 0):
            out.append(f"{kind}: injected {injected.get(kind, 0)}, counted {counted[kind]}")
    # An 11 MB decoy without Content-Length can itself take longer than the timeout to
    # stream while the crawler is busy: each repeated fetch of one was such a timeout.
    slow_decoys = figures["oversize_refetches"]
    if counted["timeout"] != injected.get("timeout", 0) + injected.get("slow", 0) + slow_decoys:
        out.append(f"timeouts: injected {injected.get('timeout', 0)} + slow {injected.get('slow', 0)} "
                   f"+ slow decoys {slow_decoys}, counted {counted['timeout']}")
    fresh_resets = injected.get("reset", 0) - injected.get("reset_on_reused_connection", 0)
    if counted["reset"] != fresh_resets:
        out.append(f"resets on fresh connections: injected {fresh_resets}, counted {counted['reset']}")
    if counted["truncate"] != injected.get("truncate", 0):
        out.append(f"truncated: injected {injected.get('truncate', 0)}, counted {counted['truncate']}")
    if counted["cut"] != injected.get("cut", 0):
        out.append(f"cut short: injected {injected.get('cut', 0)}, counted {counted['cut']}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rates", choices=("all", "issue"), default="all",
                    help="issue: 10%% 5xx, 5%% timeouts, 5%% resets; all: those plus every other kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--charset-rate", type=float, default=0.05)
    ap.add_argument("--db", help="archive path (default: a temporary file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rates = faults.ALL_RATES if args.rates == "all" else faults.ISSUE_RATES
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "archive.db"
        figures = faulty_crawl(args.articles, db, rates=rates, seed=args.seed, charset_rate=args.charset_rate)
    figures["problems"] = problems(figures)
    if args.json:
        print(json.dumps({k: v for k, v in figures.items() if k != "log_tail"}, ensure_ascii=False, indent=1))
    else:
        for key, value in figures.items():
            if key != "log_tail":
                print(f"{key}: {value}")
    if figures["problems"]:
        print(figures["log_tail"], file=sys.stderr)
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
