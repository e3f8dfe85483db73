"""Layout-drift detection: the agency ships a new article template (mirror variant "redesign")
and the run fails with exit code 3, naming the site, the field and sample URLs."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

import mirror
from tests.test_schedule import run_entry

SITES = ("iribnews", "ilna")


@pytest.mark.parametrize("site", SITES)
def test_a_changed_template_fails_the_run_against_earlier_coverage(site, tmp_path):
    db = tmp_path / "archive.db"
    with mirror.serve(site) as base_url:
        code, out, err, baseline = run_entry(site, base_url, db, "--since", "2013-01-01", "--until", "2023-12-31")
        assert code == 0, out + err[-3000:]
        coverage = json.loads(baseline["coverage"])
        assert coverage["article_pages"] >= 5 and coverage["body"] == 1.0 and coverage["title"] == 1.0

        base_url.use_variant("redesign")
        code, out, err, row = run_entry(site, base_url, db, "--since", "2024-01-01")
    assert code == 3, out + err[-3000:]
    assert row["outcome"] == "drift"
    message = row["message"]
    assert f"{site}: layout may have changed: body found on 0%" in message
    assert "earlier runs: 100%" in message
    assert str(base_url) + "/" in message  # sample URLs of pages without the field
    assert all(line in out for line in message.splitlines()) and "exit 3 (drift)" in out
    # What was fetched is still archived (with what could be read), for re-extraction later.
    assert row["new_articles"] > 0


def test_a_first_run_on_a_changed_template_fails_too(tmp_path):
    """No history yet: a field on under half of the article pages is drift by itself."""
    db = tmp_path / "archive.db"
    with mirror.serve("iribnews", variant="redesign") as base_url:
        code, out, err, row = run_entry("iribnews", base_url, db, "--since", "2024-01-01")
    assert code == 3, out + err[-3000:]
    assert "no earlier run to compare with" in row["message"]
    assert "body found on 0%" in row["message"]


def test_drift_runs_do_not_become_the_baseline(tmp_path):
    db = tmp_path / "archive.db"
    with mirror.serve("ilna", variant="redesign") as base_url:
        run_entry("ilna", base_url, db, "--since", "2013-01-01", "--until", "2021-12-31")
        base_url.use_variant(None)
        code, out, err, row = run_entry("ilna", base_url, db, "--since", "2022-01-01")
    assert code == 0, out + err[-3000:]
    outcomes = [r["outcome"] for r in sqlite_utils.Database(db).query("SELECT outcome FROM crawl_runs ORDER BY id")]
    assert outcomes == ["drift", "ok"]
