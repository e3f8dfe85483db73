"""Re-extraction over the stored raw pages: no fetching, atomic, with a summary of changes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import reextract as reextract_module
from archive.reextract import reextract
from archive.schema import open_archive
from tests.conftest import ROOT
from tests.test_archive_datasette import crawl_mirror


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """An archive of the IRIB mirror, re-extracted once so that it matches the current stages."""
    path = crawl_mirror(tmp_path_factory.mktemp("reextract") / "crawled.db", sites=("iribnews",))
    db = open_archive(path)
    reextract(db)
    db.close()
    return path


@pytest.fixture
def archive(crawled, tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(crawled)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    shutil.copy(crawled, path)
    return path


def dump(db) -> dict:
    """Every row of every table; the search indexes by what they hold, not how they store it."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name")]
    assert "articles_fts" in tables and "articles_fts_data" not in tables
    return {t: sorted(db.execute(f"SELECT rowid, * FROM [{t}]" if t.endswith("_fts") else f"SELECT * FROM [{t}]"
                                 ).fetchall(), key=repr) for t in tables}


def test_a_second_run_changes_nothing(archive):
    db = open_archive(archive)
    before = dump(db)
    summary = reextract(db)
    assert summary["text_changed"] == [] and summary["versions_updated"] == 0
    assert summary["meetings_added"] == summary["meetings_removed"] == 0
    assert summary["articles_with_changed_meetings"] == [] and summary["parse_errors"] == []
    assert summary["before"] == summary["after"] and summary["after"]["meetings"] > 0
    assert dump(db) == before


def test_text_and_meetings_are_rebuilt_from_the_stored_pages(archive):
    db = open_archive(archive)
    before = dump(db)
    # What an older, worse clean/extract stage might have left: damaged text, lost meetings.
    article_id, body = db.execute(
        "SELECT a.id, a.body FROM articles a JOIN meeting_sources s ON s.article_id = a.id LIMIT 1").fetchone()
    with db.atomic():
        db["articles"].update(article_id, {"body": "متن خراب"})
        db.execute("UPDATE article_versions SET body = 'متن خراب' WHERE article_id = ?", [article_id])
        for table in ("statements", "meeting_topics", "meeting_sources", "meeting_participants", "meetings"):
            db.execute(f"DELETE FROM {table}")
    summary = reextract(db)
    assert summary["text_changed"] == [article_id] and summary["versions_updated"] >= 1
    assert summary["before"]["meetings"] == 0 and summary["meetings_added"] == summary["after"]["meetings"] > 0
    assert article_id in summary["articles_with_changed_meetings"]
    assert db["articles"].get(article_id)["body"] == body
    assert dump(db) == before
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH fts_query('متن خراب')"
                      ).fetchone()[0] == 0


def test_a_dry_run_reports_and_writes_nothing(archive):
    db = open_archive(archive)
    db.execute("DELETE FROM statements")
    before = dump(db)
    summary = reextract(db, dry_run=True)
    assert summary["dry_run"] and summary["after"]["statements"] > 0
    assert dump(db) == before


def test_a_failure_part_way_leaves_the_archive_as_it_was(archive, monkeypatch):
    db = open_archive(archive)
    before = dump(db)
    calls = []
    real = reextract_module.meetings_of

    def failing(article):
        calls.append(article["id"])
        if len(calls) == 5:
            raise KeyboardInterrupt
        return [] if len(calls) % 2 else real(article)

    monkeypatch.setattr(reextract_module, "meetings_of", failing)
    with pytest.raises(KeyboardInterrupt):
        reextract(db)
    assert len(calls) == 5
    assert dump(db) == before


def test_ctrl_c_on_the_command_leaves_the_archive_as_it_was(archive):
    """The real command, interrupted with SIGINT while it works (extraction slowed down)."""
    db = open_archive(archive)
    before = dump(db)
    db.close()
    # SIGINT's default handler is set explicitly: a suite started in the background of a
    # non-interactive shell inherits SIGINT ignored, and the signal would never arrive.
    slow = ("import signal, sys, time, archive.reextract as r; real = r.meetings_of; "
            "signal.signal(signal.SIGINT, signal.default_int_handler); "
            "r.meetings_of = lambda a: (time.sleep(0.3), real(a))[1]; sys.exit(r.main(sys.argv[1:]))")
    process = subprocess.Popen([sys.executable, "-c", slow, "--db", str(archive)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    progress = ""
    deadline = time.monotonic() + 60
    while "re-extracting [" not in progress and time.monotonic() < deadline:
        progress += process.stderr.readline()
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err[-2000:]
    assert "nothing was changed" in err
    db = open_archive(archive)
    assert dump(db) == before


def test_the_command_prints_a_summary(archive):
    db = open_archive(archive)
    db.execute("DELETE FROM meeting_topics")
    db.close()
    done = subprocess.run([sys.executable, "-m", "archive.reextract", "--db", str(archive)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert "re-extracting [" in done.stderr and "/" in done.stderr
    assert "Re-extracted" in done.stdout and "meeting_topics: 0 →" in done.stdout
    assert Path(archive).exists()
