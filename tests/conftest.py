"""Shared test helpers: the real crawl command run against the offline mirror."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def crawl(spider: str, base_url: str, db: Path, *arguments: str, settings: dict | None = None) -> dict:
    """Run ``scrapy crawl`` as a user does; return the run's stats from the archive's crawl_runs.

    Scrapy exits 0 even when everything failed, so callers assert on the stats and the archive.
    """
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={base_url}", *arguments,
               "-s", f"ARCHIVE_DB={db}", "-s", "RETRY_BACKOFF_BASE=0", "-s", "LOG_LEVEL=DEBUG"]
    for name, value in (settings or {}).items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-4000:]
    assert "Traceback" not in done.stderr, done.stderr[-6000:]
    import sqlite_utils

    runs = list(sqlite_utils.Database(db).query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1"))
    assert runs, "the crawl wrote no crawl_runs row"
    return {**runs[0], "stats": json.loads(runs[0]["stats"]), "log": done.stderr}


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seeds are not beside the checkout ({SEEDS})")
    return SEEDS
