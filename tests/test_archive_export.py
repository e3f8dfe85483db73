"""Export of meetings as JSON lines and CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from archive.export import CSV_COLUMNS, export
from archive.schema import open_archive
from archive.writer import store_article
from tests.conftest import ROOT
from tests.test_search import ARAGHCHI, LAVROV, PEZESHKIAN, PUTIN, article, meeting


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db = open_archive(path)
    store_article(db, article(1, "دیدار", "", meetings=[
        meeting("2025-09-01", [PEZESHKIAN, PUTIN], [{"speaker": "پوتین", "text": "روابط دوستانه است."}],
                topics=["شانگهای", "اوراسیا"])]))
    store_article(db, article(2, "دیدار", "", source="ilna", meetings=[
        meeting("2025-09-01", [PEZESHKIAN, PUTIN], [], topics=["شانگهای"]),
        meeting("2025-12-12", [ARAGHCHI, LAVROV], [{"speaker": "سرگئی لاوروف", "text": "گفت‌وگو سازنده بود."}])]))
    db.close()
    return path


def run(*arguments):
    done = subprocess.run([sys.executable, "-m", "archive.export", *arguments], cwd=ROOT, capture_output=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr.decode()
    return done


def test_jsonl_has_one_nested_meeting_per_line(archive):
    lines = run("--db", str(archive), "--format", "jsonl").stdout.decode("utf-8").splitlines()
    meetings = [json.loads(line) for line in lines]
    assert [m["date"] for m in meetings] == ["2025-09-01", "2025-12-12"]
    first = meetings[0]
    assert [(p["name"], p["role"], p["country"]) for p in first["participants"]] == [
        (PEZESHKIAN["name"], PEZESHKIAN["role"], "ایران"), (PUTIN["name"], PUTIN["role"], "روسیه")]
    assert first["statements"] == [{"speaker": "پوتین", "person_id": first["participants"][1]["person_id"],
                                    "text": "روابط دوستانه است.", "article_id": 1}]
    assert first["topics"] == ["شانگهای", "اوراسیا"]
    assert {s["source"] for s in first["sources"]} == {"iribnews", "ilna"}
    assert (first["kind"], first["status"]) == ("meeting", "held")


def test_csv_has_one_flat_row_per_meeting_and_a_bom_in_files(archive, tmp_path):
    out = tmp_path / "meetings.csv"
    done = run("--db", str(archive), "--format", "csv", "--output", str(out))
    assert b"2 meetings exported" in done.stderr
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheet programs then read Persian as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["participants"] == "مسعود پزشکیان | ولادیمیر پوتین"
    assert rows[0]["countries"] == "ایران | روسیه" and rows[0]["n_sources"] == "2"
    assert rows[0]["sources"] == "iribnews | ilna" and rows[0]["topics"] == "شانگهای | اوراسیا"
    assert rows[1]["who"].startswith("عباس عراقچی (وزیر امور خارجه، ایران) — سرگئی لاوروف")


def test_a_date_range_limits_the_export(archive):
    db = open_archive(archive)
    buffer = io.StringIO()
    assert export(db, buffer, "jsonl", since="2025-10-01") == 1
    assert json.loads(buffer.getvalue())["date"] == "2025-12-12"
    assert export(db, io.StringIO(), "csv", until="2025-09-30") == 1
    with pytest.raises(ValueError):
        export(db, io.StringIO(), "xml")
