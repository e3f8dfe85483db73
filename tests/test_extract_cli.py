"""``python -m pipelines.extract``: JSON lines in, one JSON line out per input, in order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(lines: list[str] | bytes) -> tuple[int, list[dict], str]:
    data = lines if isinstance(lines, bytes) else ("\n".join(lines) + "\n").encode("utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipelines.extract"], input=data, cwd=ROOT,
                          capture_output=True, timeout=120)
    out = proc.stdout.decode("utf-8")
    return proc.returncode, [json.loads(x) for x in out.splitlines() if x.strip()], out


def item(url: str, text: str, published: str | None = "2025-03-05", **extra) -> str:
    return json.dumps({"url": url, "source": "test", "title": None, "published": published,
                       "text": text, **extra}, ensure_ascii=False)


MEETING = "مسعود پزشکیان امروز در تهران با ولادیمیر پوتین دیدار کرد."
CALL = "عراقچی دیروز در تماس تلفنی با لاوروف وزیر خارجه روسیه گفت‌وگو کرد."
NOTHING = "رئیس‌جمهور امروز از یک کارخانه بازدید کرد."


def test_order_preserved_and_one_line_per_input():
    code, got, raw = run([item("u1", MEETING), item("u2", NOTHING), item("u3", CALL)])
    assert code == 0
    assert [g["url"] for g in got] == ["u1", "u2", "u3"]
    assert got[0]["meetings"][0]["kind"] == "meeting"
    assert got[0]["meetings"][0]["date"] == "2025-03-05"
    assert got[1]["meetings"] == []
    assert got[2]["meetings"][0]["kind"] == "call"
    assert got[2]["meetings"][0]["date"] == "2025-03-04"
    assert "پزشکیان" in raw  # ensure_ascii=False: Persian is written as is


def test_bad_lines_give_error_lines_and_the_rest_go_on():
    lines = [
        "{not json",
        item("u2", MEETING),
        json.dumps({"url": "u3", "published": "2025-03-05"}),  # no text
        json.dumps({"url": "u4", "text": 42}),  # wrong type
        json.dumps(["a", "list"]),
        json.dumps({"url": "u6", "text": MEETING, "published": "yesterday"}),
        json.dumps({"url": "u7", "text": MEETING, "title": 5}),
        item("u8", CALL),
    ]
    code, got, _ = run(lines)
    assert code == 0
    assert len(got) == len(lines)
    assert got[0]["url"] is None and "invalid JSON" in got[0]["error"]
    assert got[1]["url"] == "u2" and len(got[1]["meetings"]) == 1
    assert got[2] == {"url": "u3", "error": got[2]["error"]} and "text" in got[2]["error"]
    assert got[3]["url"] == "u4" and "text" in got[3]["error"]
    assert got[4]["url"] is None and "object" in got[4]["error"]
    assert got[5]["url"] == "u6" and "published" in got[5]["error"]
    assert got[6]["url"] == "u7" and "title" in got[6]["error"]
    assert got[7]["url"] == "u8" and got[7]["meetings"][0]["kind"] == "call"


def test_null_published_and_missing_optional_fields():
    code, got, _ = run([json.dumps({"url": "u1", "text": MEETING})])
    assert code == 0
    (m,) = got[0]["meetings"]
    assert m["date"] is None
    assert {p["name"] for p in m["participants"]} == {"مسعود پزشکیان", "ولادیمیر پوتین"}


def test_a_jalali_or_slashed_publication_day_is_read_as_the_day_it_names():
    text = "عراقچی امروز با وزیر خارجه عمان دیدار کرد."
    code, got, _ = run([item("u1", text, "1403-02-12"), item("u2", text, "2024/05/01"), item("u3", text, "2024-02-30")])
    assert code == 0
    assert got[0]["meetings"][0]["date"] == got[1]["meetings"][0]["date"] == "2024-05-01"
    assert "published" in got[2]["error"]  # no such day: an error, never a guess


def test_invalid_utf8_and_blank_lines():
    data = b"\xff\xfe garbage\n\n" + (item("u2", MEETING) + "\n").encode("utf-8")
    code, got, _ = run(data)
    assert code == 0
    assert "error" in got[0]
    assert got[1]["url"] == "u2"


def test_output_is_flushed_per_line():
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.extract"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        proc.stdin.write(item("u1", MEETING) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # arrives before stdin is closed
        assert first["url"] == "u1"
        proc.stdin.write(item("u2", NOTHING) + "\n")
        proc.stdin.close()
        second = json.loads(proc.stdout.readline())
        assert second == {"url": "u2", "meetings": []}
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == 0


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_seed_articles_through_the_cli():
    if not (SEEDS / "expected.json").exists():
        import pytest

        pytest.skip("seed articles not available")
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    names = [n for n in expected if not n.startswith("_")]
    lines = [item(n, (SEEDS / n).read_text(encoding="utf-8"), expected[n]["published"]) for n in names]
    code, got, _ = run(lines)
    assert code == 0
    assert [g["url"] for g in got] == names
    for n, g in zip(names, got):
        assert [m["date"] for m in g["meetings"]] == [m["date"] for m in expected[n]["meetings"]]


def test_a_failure_of_the_extractor_on_one_article_is_an_error_line_not_an_empty_answer(monkeypatch):
    import pipelines.extract as extraction
    from pipelines.extract import __main__ as cli

    def broken(text, title, published, home):
        if "پوتین" in text:
            raise IndexError("list index out of range")
        return []

    monkeypatch.setattr(extraction, "extract", broken)
    assert cli.handle(item("u1", MEETING)) == {
        "url": "u1", "error": "extraction failed: IndexError: list index out of range"}
    assert cli.handle(item("u2", NOTHING)) == {"url": "u2", "meetings": []}
    # the library call used elsewhere logs the failure and answers no meetings ...
    assert extraction.extract_meetings(MEETING) == []
    # ... and the crawl's stage counts it
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from pipelines.adapters import ExtractPipeline

    crawler = get_crawler()
    crawler.stats = MemoryStatsCollector(crawler)
    stage = ExtractPipeline.from_crawler(crawler)
    article = stage.process_item({"url": "u1", "body": MEETING, "published": "2025-03-05"})
    assert article["meetings"] == []
    assert crawler.stats.get_value("pipeline/extract/errors") == 1
