"""The archive in a real browser: headless Debian Chromium against Datasette on 127.0.0.1.

A crawl of the offline mirror is served by ``datasette`` as ``scripts/browse`` serves it
(metadata, plugin, RTL stylesheet); Chromium — Debian's ``/usr/bin/chromium``, driven by the
``playwright`` package, never a downloaded browser — loads the meetings view, clicks a facet,
uses the search box and fills in a canned query. Each step checks the Persian text and the
right-to-left layout of the rendered page and saves a screenshot under
``test-output/browser/``. ``UPDATE_DOCS_SCREENSHOT=1`` also refreshes
``docs/screenshot-meetings.png``.

Needs: ``apt-get install chromium fonts-noto-core`` and ``pip install playwright``; skipped,
saying which is missing, otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from archive.browse import datasette_command
from tests.conftest import ROOT
from tests.test_archive_datasette import crawl_mirror

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")
OUTPUT = ROOT / "test-output" / "browser"
PERSIAN = re.compile("[\u0600-\u06ff]")

if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium fonts-noto-core", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download)")

# Where the first letter of a cell's text is drawn, in CSS pixels from the cell's content edges:
# a right-to-left paragraph starts at the right edge, a left-to-right one at the left edge.
FIRST_LETTER = """(cell) => {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT,
    {acceptNode: (n) => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT});
  const node = walker.nextNode();
  if (!node) return {text: ""};
  const start = node.textContent.search(/\\S/);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + 1);
  const letter = range.getBoundingClientRect(), box = cell.getBoundingClientRect(), style = getComputedStyle(cell);
  return {left: letter.left - box.left - parseFloat(style.paddingLeft),
          right: box.right - parseFloat(style.paddingRight) - letter.right,
          text: cell.innerText, bidi: style.unicodeBidi, align: style.textAlign};
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Datasette on 127.0.0.1 over a crawl of both mirrors; yields the base URL of the database."""
    workdir = tmp_path_factory.mktemp("browser")
    db_path = crawl_mirror(workdir / "archive.db")
    port = free_port()
    command = datasette_command(db_path, "-h", "127.0.0.1", "-p", str(port), metadata_dir=workdir)
    log = open(workdir / "datasette.log", "w")
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Datasette did not start: " + (workdir / "datasette.log").read_text())
                time.sleep(0.2)
        yield f"{base}/archive"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            viewport={"width": 1400, "height": 1000}, locale="fa-IR")
        try:
            yield context.new_page()
        finally:
            context.close()


def shoot(page, name: str) -> Path:
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def assert_rtl(page, selector: str) -> dict:
    """Persian cells align right (their text starts at the right edge of the cell); Latin ones left."""
    persian = latin = 0
    for cell in page.query_selector_all(selector):
        gaps = page.evaluate(FIRST_LETTER, cell)
        text = gaps["text"].strip()
        if not text:
            continue
        assert gaps["bidi"] == "plaintext" and gaps["align"] == "start", gaps
        if PERSIAN.match(text):
            assert abs(gaps["right"]) <= 3 and gaps["left"] > gaps["right"], gaps  # starts at the right
            persian += 1
        elif re.match("[A-Za-z0-9]", text):
            assert abs(gaps["left"]) <= 3 and gaps["right"] > gaps["left"], gaps  # starts at the left
            latin += 1
    assert persian, f"no Persian text in {selector}"
    return {"persian": persian, "latin": latin}


def test_fonts_for_persian_are_installed():
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig's fc-list is missing")
    fonts = subprocess.run(["fc-list", ":lang=fa", "family"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no font with Persian glyphs: apt-get install fonts-noto-core (or the text renders as boxes)"


def test_meetings_view_shows_persian_right_to_left(server, page):
    page.goto(f"{server}/meetings_view?_size=20")
    assert "دیدارها" in page.inner_text("h1") and "Meetings" in page.inner_text("h1")
    who = page.inner_text("table.rows-and-columns")
    assert "ولادیمیر پوتین" in who and "مسعود پزشکیان" in who and "رئیس‌جمهور" in who
    assert_rtl(page, "td.col-who, td.col-place, td.col-occasion")
    assert assert_rtl(page, "td.col-kind, td.col-who")["latin"]  # "meeting"/"call" stay left to right
    # Persian glyphs are drawn by a font that has them (Noto), not as boxes.
    families = page.evaluate("() => getComputedStyle(document.querySelector('td.col-who')).fontFamily")
    assert "Noto Sans Arabic" in families
    path = shoot(page, "1-meetings")
    if os.environ.get("UPDATE_DOCS_SCREENSHOT"):
        page.set_viewport_size({"width": 1400, "height": 1450})
        page.goto(f"{server}/meetings_view?_size=6&_facet_size=4&countries__arraycontains=روسیه")
        page.screenshot(path=str(ROOT / "docs" / "screenshot-meetings.png"))
    assert path.exists()


def test_clicking_a_facet_filters_the_meetings(server, page):
    page.goto(f"{server}/meetings_view?_size=max")
    before = len(page.query_selector_all("table.rows-and-columns tbody tr"))
    page.click("xpath=//div[contains(@class,'facet-results')]//a[normalize-space(text())='روسیه']")
    page.wait_for_load_state()
    assert "countries__arraycontains" in page.url
    rows = page.query_selector_all("table.rows-and-columns tbody tr td.col-countries")
    assert 0 < len(rows) < before and all("روسیه" in r.inner_text() for r in rows)
    assert "روسیه" in page.inner_text("h3")  # "N rows where countries contains "روسیه""
    assert_rtl(page, "td.col-who")
    shoot(page, "2-facet-russia")


def test_the_search_box_ignores_zwnj_spacing_and_letter_variants(server, page):
    counts = []
    for query in ("رئیس جمهور", "رئيسجمهور", "رئیس‌جمهور"):
        page.goto(f"{server}/articles")
        page.fill("input#_search", query)
        page.press("input#_search", "Enter")
        page.wait_for_load_state()
        heading = page.inner_text("h3")
        assert "search matches" in heading, heading
        counts.append(int(re.search(r"([\d,]+) rows?", heading).group(1).replace(",", "")))
    assert counts[0] > 0 and counts[0] == counts[1] == counts[2], counts
    titles = [c.inner_text() for c in page.query_selector_all("td.col-title")]
    assert titles and all(PERSIAN.search(t) for t in titles)
    assert_rtl(page, "td.col-title")
    shoot(page, "3-search-articles")


def test_a_canned_query_in_the_browser(server, page):
    page.goto(f"{server}/person_said")
    assert "اظهارات یک شخص" in page.inner_text("h1")
    page.fill("input[name=person]", "پوتين")  # Arabic yeh
    page.fill("input[name=words]", "روسیه")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    speakers = [c.inner_text() for c in page.query_selector_all("td.col-speaker")]
    texts = [c.inner_text() for c in page.query_selector_all("td.col-text")]
    assert speakers and set(speakers) == {"ولادیمیر پوتین"}
    assert all("روسیه" in t for t in texts)
    assert_rtl(page, "td.col-text, td.col-speaker")
    shoot(page, "4-person-said")
    page.goto(f"{server}/meetings_between_countries?country_a=ایران&country_b=روسیه&since=2025-01-01&until=")
    dates = [c.inner_text() for c in page.query_selector_all("td.col-date")]
    assert dates and all(d >= "2025-01-01" for d in dates)
    shoot(page, "5-meetings-between-countries")
