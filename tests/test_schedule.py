"""Scheduled runs through the entry command ``python -m crawler.run``, as cron or a container
runs it: incremental second runs, conditional feed requests, resuming an interrupted backfill
with JOBDIR, refusing an overlapping run, exit codes and crawl_runs rows."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

import mirror
from crawler.runstate import RunLock
from crawler.sites.ilna import ILNA
from crawler.sites.iribnews import IRIBNEWS

ROOT = Path(__file__).resolve().parents[1]
SITES = {"iribnews": IRIBNEWS, "ilna": ILNA}
FAST = ("-s", "RETRY_BACKOFF_BASE=0", "-s", "LOG_LEVEL=INFO")


def entry_command(spider: str, base_url: str, db: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "crawler.run", "--spiders", spider, "--base-url", str(base_url),
            "--archive", str(db), *FAST, *arguments]


def run_entry(spider: str, base_url: str, db: Path, *arguments: str, timeout: int = 300,
              tracebacks: bool = False):
    """Run the entry command to its end; (exit code, stdout, stderr, the run's crawl_runs row)."""
    done = subprocess.run(entry_command(spider, base_url, db, *arguments), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert tracebacks or "Traceback" not in done.stderr, done.stderr[-6000:]
    rows = list(sqlite_utils.Database(db).query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")) \
        if db.exists() else []
    return done.returncode, done.stdout, done.stderr, (rows[0] if rows else None)


def article_hits(site: str, paths: list[str]) -> list[int]:
    """News ids of the article pages among requested paths."""
    return [i for i in (SITES[site].news_id("http://mirror" + p) for p in paths) if i is not None]


@pytest.mark.parametrize("site", SITES)
def test_second_run_fetches_no_article_page_again_and_feeds_answer_304(site, tmp_path):
    db = tmp_path / "archive.db"
    with mirror.serve(site) as base_url:
        code, out, err, backfill = run_entry(site, base_url, db, "--since", "2013-01-01")
        assert code == 0, out + err[-3000:]
        assert backfill["outcome"] == "ok" and backfill["new_articles"] == len(mirror.visible(site))
        assert f"{site}: ok" in out and "exit 0" in out

        for run in ("first feeds run", "second feeds run"):
            before = len(base_url.hits)
            code, out, err, row = run_entry(site, base_url, db)
            hits = base_url.hits[before:]
            assert code == 0, (run, out, err[-3000:])
            assert article_hits(site, hits) == [], (run, hits)  # not one article page refetched
            assert (row["new_articles"], row["updated_articles"], row["unchanged_articles"]) == (0, 0, 0)
            stats = json.loads(row["stats"])
            assert stats.get(f"{site}/discovery/already_archived", 0) > 0, run
        # The second feeds run asked conditionally and the feeds answered 304 Not Modified.
        assert stats.get(f"{site}/discovery/not_modified", 0) >= len(SITES[site].feeds), stats
        assert json.loads(row["coverage"])["pages"] == 0

        # The agency edits an article and publishes one: exactly those two pages are fetched.
        base_url.advance()
        before = len(base_url.hits)
        code, out, err, row = run_entry(site, base_url, db)
        later = mirror.visible(site, "later")
        expected = {a["news_id"] for a in later if a["later_only"] or a["edited_later"]}
        assert code == 0, out + err[-3000:]
        assert sorted(article_hits(site, base_url.hits[before:])) == sorted(expected)
        assert (row["new_articles"], row["updated_articles"]) == (1, 1)
    db = sqlite_utils.Database(db)
    assert db["articles"].count == len(later)
    assert db["article_versions"].count == len(later) + 1


def test_interrupted_backfill_resumes_with_jobdir_without_refetching_or_losing(tmp_path):
    site, db, jobdir = "ilna", tmp_path / "archive.db", tmp_path / "jobs"
    expected = {a["news_id"] for a in mirror.visible(site)}
    slow = ("--since", "2013-01-01", "--jobdir", str(jobdir), "-s", "DOWNLOAD_DELAY=0.3",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    with mirror.serve(site) as base_url:
        process = subprocess.Popen(entry_command(site, base_url, db, *slow), cwd=ROOT, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _count(db, "articles") < 5:
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)  # once: Scrapy finishes what is in flight and stops
        out, err = process.communicate(timeout=120)
        assert process.returncode == 130, out + err[-3000:]
        assert "interrupted" in out and "resume" in out
        first = _count(db, "articles")
        assert 5 <= first < len(expected), "the run was stopped before the end"
        assert (jobdir / site / "requests.queue").is_dir()
        hits_first = article_hits(site, list(base_url.hits))

        code, out, err, row = run_entry(site, base_url, db, *slow)
        assert code == 0, out + err[-3000:]
        hits = article_hits(site, list(base_url.hits))
    db = sqlite_utils.Database(db)
    archived = [r["news_id"] for r in db.query("SELECT news_id FROM articles WHERE source = ?", [site])]
    assert sorted(archived) == sorted(expected)  # nothing lost
    assert db["article_versions"].count == len(expected)  # nothing stored twice
    assert sorted(hits) == sorted(expected), "every article page fetched exactly once over both runs"
    assert row["new_articles"] == len(expected) - first and len(hits) - len(hits_first) == row["new_articles"]
    runs = [r["outcome"] for r in db.query("SELECT outcome FROM crawl_runs ORDER BY id")]
    assert runs == ["interrupted", "ok"]


def test_an_overlapping_run_is_refused_at_once_with_its_own_exit_code(tmp_path):
    site, db = "iribnews", tmp_path / "archive.db"
    with mirror.serve(site) as base_url:
        first = subprocess.Popen(entry_command(site, base_url, db, "--since", "2013-01-01", "-s", "DOWNLOAD_DELAY=0.4"),
                                 cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        lock = RunLock(db, site)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not article_hits(site, list(base_url.hits)):
            assert first.poll() is None, first.communicate()
            time.sleep(0.05)
        started = time.monotonic()
        code, out, err, row = run_entry(site, base_url, db)
        assert code == 75, out + err[-3000:]
        assert time.monotonic() - started < 60  # at once: Scrapy's start-up, no fetching
        # Refused because the first run (that very process) holds the lock.
        assert f"another {site} run holds {lock.path} (pid {first.pid} since" in out
        assert row["outcome"] == "locked" and row["pages"] == 0
        out_first, err_first = first.communicate(timeout=300)
        assert first.returncode == 0, out_first + err_first[-3000:]
        # The lock is free again, and a plain `scrapy crawl` respects it too.
        assert lock.acquire()
        done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", site, "-a", f"base_url={base_url}",
                               "-s", f"ARCHIVE_DB={db}"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        lock.release()
        assert done.returncode == 0  # scrapy crawl always exits 0 ...
        assert "Run refused" in done.stderr  # ... but says so and records it
    outcomes = [r["outcome"] for r in sqlite_utils.Database(db).query("SELECT outcome FROM crawl_runs ORDER BY id")]
    assert outcomes == ["locked", "ok", "locked"]


def test_a_run_that_can_fetch_nothing_fails(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err, row = run_entry("ilna", f"http://127.0.0.1:{port}", tmp_path / "archive.db",
                                    "-s", "RETRY_TIMES=0", tracebacks=True)  # Scrapy logs robots.txt failures so
    assert code == 1, out + err[-2000:]
    assert row["outcome"] == "failed" and "could be fetched" in row["message"]
    assert json.loads(row["errors_by_kind"]), row


def test_bad_command_lines_exit_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "crawler.run", "--spiders", "nosuch"], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2 and "unknown spider" in done.stderr


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        return sqlite_utils.Database(db)[table].count
    except Exception:  # created but not yet written
        return 0
