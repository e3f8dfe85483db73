"""Crash safety and concurrent readers, measured on crawls of the synthetic IRIB site.

    .venv/bin/python -m bench.crash kill --trials 20          # SIGKILL at random points, then rerun
    .venv/bin/python -m bench.crash readers --articles 600    # sqlite3 + Datasette readers during a crawl

``kill``: each trial starts ``scrapy crawl`` on a fresh archive, sends it SIGKILL after a
random delay (uniform over the crawl's length), checks the archive as the kill left it
(``integrity_check``, ``foreign_key_check``, no meeting without two participants or without a
reporting article, every article with its versions and raw pages), then crawls again and
checks that every article is archived exactly once and that the meetings are the same as a
crawl that was never killed.

``readers``: while a crawl writes, threads query the archive with plain sqlite3 and over
HTTP from a running ``datasette serve``; counts queries, reader errors, and ``database is
locked`` in the crawler's log.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.faults import check_archive, scrapy_crawl
from mirror import faults, synthetic

CRASH_SETTINGS = {"LOG_LEVEL": "INFO", "CONCURRENT_REQUESTS": 8, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                  "RETRY_BACKOFF_BASE": 0, "DOWNLOAD_TIMEOUT": 10}


def invariants(db: Path) -> dict:
    """What must hold in an archive whatever moment the writer died at."""
    if not db.exists():
        return {"exists": False, "ok": True}
    con = sqlite3.connect(db, timeout=30)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "articles" not in tables:
            return {"exists": True, "schema": False, "ok": True,
                    "integrity_check": con.execute("PRAGMA integrity_check").fetchone()[0]}
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        out = {
            "exists": True, "schema": True,
            "integrity_check": one("PRAGMA integrity_check"),
            "foreign_key_violations": len(con.execute("PRAGMA foreign_key_check").fetchall()),
            "articles": one("SELECT count(*) FROM articles"),
            "duplicate_articles": one("SELECT count(*) FROM (SELECT 1 FROM articles GROUP BY source, news_id HAVING count(*) > 1)"),
            "articles_missing_versions": one(
                "SELECT count(*) FROM articles a WHERE a.version != (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id)"),
            "articles_missing_pages": one(
                "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM pages p WHERE p.article_id = a.id) != a.version"),
            "meetings": one("SELECT count(*) FROM meetings"),
            "meetings_without_two_participants": one(
                "SELECT count(*) FROM meetings m WHERE (SELECT count(*) FROM meeting_participants p WHERE p.meeting_id = m.id) < 2"),
            "meetings_without_source": one(
                "SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = m.id)"),
            "meeting_sources": one("SELECT count(*) FROM meeting_sources"),
        }
    finally:
        con.close()
    bad = [k for k in ("foreign_key_violations", "duplicate_articles", "articles_missing_versions",
                       "articles_missing_pages", "meetings_without_two_participants", "meetings_without_source") if out[k]]
    out["ok"] = out["integrity_check"] == "ok" and not bad
    out["bad"] = bad
    return out


def kill_trials(trials: int, articles: int = 150, seed: int = 1, workdir: Path | None = None,
                log=print) -> dict:
    """``trials`` SIGKILL trials; returns per-trial outcomes and totals."""
    rng = random.Random(seed)
    site = synthetic.Site(articles)
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="crash-")) if own else workdir
    results = []
    with faults.serve(site, rates={}, decoys=False) as base:
        # A control crawl that is never killed: its length sets the kill window, its meetings
        # are what every killed-then-rerun archive must end up with.
        control_db = workdir / "control.db"
        started = time.monotonic()
        proc = scrapy_crawl(base, control_db, settings=CRASH_SETTINGS, popen=True)
        first_article = _wait_for_articles(control_db, proc)
        proc.wait()
        done = proc
        length = time.monotonic() - started
        writing = max(0.5, length - first_article)
        control = invariants(control_db)
        control_check = check_archive(control_db, site)
        controls = 1
        assert done.returncode == 0 and control["ok"] and control_check["lost"] == 0, (control, control_check)
        for trial in range(trials):
            db = workdir / f"trial-{trial}.db"
            # One trial in four dies at any moment (start-up included); the others while
            # articles are being written, the moment that matters for a half-written archive.
            proc = scrapy_crawl(base, db, settings=CRASH_SETTINGS, popen=True)
            if trial % 4 == 0:
                delay = rng.uniform(0.3, length)
                time.sleep(delay)
            else:
                waited = _wait_for_articles(db, proc)
                extra = rng.uniform(0, writing)
                time.sleep(extra)
                delay = waited + extra
            killed = proc.poll() is None
            if killed:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            after_kill = invariants(db)
            rerun = scrapy_crawl(base, db, settings=CRASH_SETTINGS)
            after_rerun = invariants(db)
            checked = check_archive(db, site)
            got = (after_rerun.get("meetings"), after_rerun.get("meeting_sources"))
            if got != (control["meetings"], control["meeting_sources"]):
                # Other people's changes to extraction or the writer land in a live checkout
                # mid-run: crawl a fresh control with the code as it is now before judging.
                control_db.unlink()
                for extra in workdir.glob("control.db-*"):
                    extra.unlink()
                scrapy_crawl(base, control_db, settings=CRASH_SETTINGS)
                control = invariants(control_db)
                controls += 1
            outcome = {
                "trial": trial, "delay_s": round(delay, 2), "killed": killed,
                "archived_at_kill": after_kill.get("articles", 0), "state_at_kill_ok": after_kill["ok"],
                "bad_at_kill": after_kill.get("bad", []), "integrity_at_kill": after_kill.get("integrity_check"),
                "rerun_exit": rerun.returncode, "rerun_ok": after_rerun["ok"], "bad_after_rerun": after_rerun.get("bad", []),
                "lost": checked["lost"], "duplicated": checked["duplicated"], "wrong_text": checked["wrong_text"],
                "meetings": after_rerun.get("meetings"), "meeting_sources": after_rerun.get("meeting_sources"),
                "meetings_match_control": (after_rerun.get("meetings"), after_rerun.get("meeting_sources"))
                == (control["meetings"], control["meeting_sources"]),
                "locked_in_log": rerun.stderr.count("database is locked"),
            }
            outcome["passed"] = (outcome["state_at_kill_ok"] and outcome["rerun_ok"] and rerun.returncode == 0
                                 and not checked["lost"] and not checked["duplicated"] and not checked["wrong_text"]
                                 and outcome["meetings_match_control"] and not outcome["locked_in_log"])
            results.append(outcome)
            log(json.dumps(outcome, ensure_ascii=False))
            for path in workdir.glob(f"trial-{trial}.db*"):
                path.unlink()
    return {
        "articles": articles, "crawl_seconds": round(length, 1), "trials": len(results),
        "killed_mid_crawl": sum(1 for r in results if r["killed"] and 0 < r["archived_at_kill"] < articles),
        "killed_before_first_article": sum(1 for r in results if r["killed"] and r["archived_at_kill"] == 0),
        "finished_before_kill": sum(1 for r in results if not r["killed"]),
        "passed": sum(1 for r in results if r["passed"]),
        "control_meetings": control["meetings"], "control_crawls": controls, "results": results,
    }


def _wait_for_articles(db: Path, proc, limit: float = 120.0) -> float:
    """Seconds until the crawl ``proc`` has archived its first article (or ended)."""
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < limit:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            try:
                if con.execute("SELECT count(*) FROM articles").fetchone()[0]:
                    break
            finally:
                con.close()
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    return time.monotonic() - started


# --------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SQL_READS = (
    "SELECT count(*) FROM articles",
    "SELECT id, title, published FROM articles ORDER BY id DESC LIMIT 20",
    "SELECT m.id, m.summary, count(p.id) FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id "
    "GROUP BY m.id ORDER BY m.id DESC LIMIT 20",
    "SELECT a.source, count(*) FROM articles a JOIN meeting_sources s ON s.article_id = a.id GROUP BY a.source",
    "SELECT count(*) FROM pages",
)
HTTP_READS = ("/archive/articles.json?_size=50", "/archive/meetings.json?_size=50",
              "/archive.json?sql=select+count(*)+from+articles", "/archive/articles?_size=20",
              "/archive/meeting_participants.json?_size=100")


def readers_during_crawl(articles: int = 600, sqlite_threads: int = 2, http_threads: int = 1,
                         workdir: Path | None = None) -> dict:
    """Crawl while sqlite3 and Datasette readers query the archive; count errors."""
    from archive.browse import datasette_command
    from archive.schema import open_archive

    workdir = Path(tempfile.mkdtemp(prefix="readers-")) if workdir is None else workdir
    db = workdir / "archive.db"
    open_archive(db).close()  # Datasette needs the file; the crawl creates the rest
    port = _free_port()
    command = datasette_command(db, "-p", str(port), "-h", "127.0.0.1", metadata_dir=workdir)
    datasette = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Event()
    counts = {"sqlite_queries": 0, "sqlite_errors": 0, "http_queries": 0, "http_errors": 0}
    errors: list[str] = []
    lock = threading.Lock()

    def note(kind, error=None):
        with lock:
            counts[kind] += 1
            if error and len(errors) < 20:
                errors.append(error)

    def sqlite_reader(k):
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        i = k
        while not stop.is_set():
            sql = SQL_READS[i % len(SQL_READS)]
            i += 1
            try:
                con.execute(sql).fetchall()
                note("sqlite_queries")
            except sqlite3.Error as exc:
                note("sqlite_errors", f"sqlite: {exc} in {sql}")
        con.close()

    def http_reader(k):
        i = k
        while not stop.is_set():
            path = HTTP_READS[i % len(HTTP_READS)]
            i += 1
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                    response.read()
                note("http_queries")
            except (urllib.error.URLError, OSError) as exc:
                if isinstance(exc, urllib.error.HTTPError) or counts["http_queries"]:
                    body = exc.read().decode("utf-8", "replace")[:200] if isinstance(exc, urllib.error.HTTPError) else ""
                    note("http_errors", f"http {path}: {exc} {body}")
                else:
                    time.sleep(0.2)  # Datasette still starting

    try:
        for _ in range(100):  # wait for Datasette
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        threads = [threading.Thread(target=sqlite_reader, args=(k,)) for k in range(sqlite_threads)]
        threads += [threading.Thread(target=http_reader, args=(k,)) for k in range(http_threads)]
        for t in threads:
            t.start()
        site = synthetic.Site(articles)
        started = time.monotonic()
        with faults.serve(site, rates={}, decoys=False) as base:
            done = scrapy_crawl(base, db, settings={**CRASH_SETTINGS, "CONCURRENT_REQUESTS": 16,
                                                    "CONCURRENT_REQUESTS_PER_DOMAIN": 16})
        seconds = time.monotonic() - started
        stop.set()
        for t in threads:
            t.join()
    finally:
        stop.set()
        datasette.terminate()
        try:
            datasette.wait(timeout=10)
        except subprocess.TimeoutExpired:
            datasette.kill()
    checked = check_archive(db, site)
    return {"articles": articles, "crawl_seconds": round(seconds, 1), "exit_code": done.returncode, **counts,
            "writer_database_locked": done.stderr.count("database is locked"),
            "writer_tracebacks": done.stderr.count("Traceback"),
            "archived": checked["archived"], "lost": checked["lost"], "duplicated": checked["duplicated"],
            "errors": errors}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.crash")
    sub = ap.add_subparsers(dest="what", required=True)
    k = sub.add_parser("kill")
    k.add_argument("--trials", type=int, default=20)
    k.add_argument("--articles", type=int, default=150)
    k.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("readers")
    r.add_argument("--articles", type=int, default=600)
    r.add_argument("--sqlite-threads", type=int, default=2)
    r.add_argument("--http-threads", type=int, default=1)
    args = ap.parse_args(argv)
    if args.what == "kill":
        figures = kill_trials(args.trials, args.articles, args.seed, log=lambda line: print(line, file=sys.stderr))
        ok = figures["passed"] == figures["trials"]
    else:
        figures = readers_during_crawl(args.articles, args.sqlite_threads, args.http_threads)
        ok = not (figures["sqlite_errors"] or figures["http_errors"] or figures["writer_database_locked"]
                  or figures["lost"] or figures["duplicated"])
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
