"""Tests of the offline mirror (mirror/): paths, markup per template, pagination, states, seeds."""
from __future__ import annotations

import datetime as dt
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest
from parsel import Selector

import mirror
from mirror import content, serve
from mirror.jalali import g2j, j2g, latin_digits

ROOT = Path(__file__).resolve().parents[1]
IRIB_CREDIT = "به گزارش خبرگزاری صدا و سیما، "
ILNA_CREDIT = "به گزارش ایلنا، "


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def fetch(url: str, follow=True):
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    try:
        r = opener.open(url, timeout=10)
        return r.status, r.headers, r.read().decode("utf-8"), r.url
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace"), url


def raw_get(base: str, raw_path: bytes) -> int:
    """Send a request line with raw (not percent-encoded) UTF-8 bytes, as some clients do."""
    host, port = urlsplit(base).hostname, urlsplit(base).port
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(b"GET " + raw_path + b" HTTP/1.1\r\nHost: " + f"{host}:{port}".encode() + b"\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1])


@pytest.fixture(scope="module")
def irib():
    with serve("iribnews") as site:
        yield site


@pytest.fixture(scope="module")
def ilna():
    with serve("ilna") as site:
        yield site


def texts(sel) -> list[str]:
    return [" ".join(t.split()) for t in sel]


def norm(s: str) -> str:
    return " ".join((s or "").split())


# ---------------------------------------------------------------- content / truth

@pytest.mark.parametrize("site", mirror.SITES)
def test_truth_content(site):
    arts = content.articles(site)
    initial = content.visible(site, "initial")
    assert len(initial) >= 32
    assert any(a["later_only"] for a in arts) and any(a["edited_later"] for a in arts)
    years = {a["published"][:4] for a in arts}
    assert {"2014", "2016", "2019", "2022", "2024", "2026"} <= years
    kinds = {m["kind"] for a in arts for m in a["meetings"]}
    statuses = {m["status"] for a in arts for m in a["meetings"]}
    assert kinds == {"meeting", "call"} and statuses == {"held", "planned"}
    assert any(len(a["meetings"]) >= 2 for a in arts)
    assert sum(1 for a in arts if not a["meetings"]) >= 5
    assert {"current", "old"} <= {a["template"] for a in arts}
    assert "video" in {a["kind"] for a in arts}
    for a in arts:
        assert not a["body"] or not a["body"][0].startswith(content.CREDIT[site].strip())
        assert all("انتهای پیام" not in p for p in a["body"])
        assert dt.datetime.fromisoformat(a["published"]).utcoffset() in (dt.timedelta(hours=3.5), dt.timedelta(hours=4.5))
        for m in a["meetings"]:
            assert m["kind"] in ("meeting", "call") and m["status"] in ("held", "planned")
            assert len(m["participants"]) >= 2
            assert set(m["location"]) == {"city", "country"}
            if m["kind"] == "call":
                assert m["location"] == {"city": None, "country": None}
            dt.date.fromisoformat(m["date"])
    # summer dates before 2023 carry +04:30
    assert any(a["published"].endswith("+04:30") for a in arts)


def test_jalali_conversion_known_days():
    # Fixed points from the seeds and the calendar (Nowruz 1403 fell on 2024-03-20).
    assert j2g(1404, 9, 21) == (2025, 12, 12)
    assert g2j(2025, 9, 1) == (1404, 6, 10)
    assert g2j(2024, 3, 20) == (1403, 1, 1)
    assert j2g(1398, 4, 12) == (2019, 7, 3)


# ---------------------------------------------------------------- API

def test_serve_api_is_a_str_with_state(irib):
    assert isinstance(irib, str) and irib.startswith("http://127.0.0.1:")
    assert irib.base_url == str(irib) and irib.site == "iribnews" and irib.state == "initial"
    assert fetch(irib + "/")[0] == 200


def test_serve_stops_on_exit():
    with serve("ilna") as s:
        base = str(s)
        assert fetch(base + "/rss")[0] == 200
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/rss", timeout=2)


def test_cli_all_serves_both():
    p = subprocess.Popen([sys.executable, "-m", "mirror", "all"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        urls = dict(p.stdout.readline().split() for _ in range(2))
        assert set(urls) == {"iribnews", "ilna"}
        assert fetch(urls["iribnews"] + "/fa/rss/allnews")[0] == 200
        assert fetch(urls["ilna"] + "/rss")[0] == 200
    finally:
        p.terminate()
        p.wait(timeout=10)


# ---------------------------------------------------------------- IRIB paths

def test_irib_paths(irib):
    for path, ctype in [("/", "text/html"), ("/robots.txt", "text/plain"), ("/fa/rss", "text/html"),
                        ("/fa/rss/allnews", "rss"), ("/fa/rss/5", "rss"), ("/fa/rss/6", "rss"),
                        ("/fa/political", "text/html"), ("/fa/economic", "text/html"), ("/fa/political/21", "text/html"),
                        ("/fa/services/3/76", "text/html"), ("/fa/archive", "text/html"), ("/fa-sitemap-news", "xml"),
                        ("/fa/live", "text/html")]:
        st, h, body, _ = fetch(irib + path)
        assert st == 200, path
        assert ctype in h["Content-Type"], path
    assert "Sitemap:" in fetch(irib + "/robots.txt")[2]


def test_irib_404(irib):
    for path in ("/fa/news/1", "/fa/news/999999999/x", "/nope", "/fa/rss/999"):
        assert fetch(irib + path)[0] == 404, path
    later = next(a for a in content.articles("iribnews") if a["later_only"])
    assert fetch(irib + later["url"])[0] == 404


def test_irib_article_url_forms(irib):
    a = next(a for a in content.visible("iribnews") if a["slug"])
    assert "%E2%80%8C" in content.visible("iribnews")[0]["url"] or any("%E2%80%8C" in x["url"] for x in content.visible("iribnews"))
    pages = [fetch(irib + p)[2] for p in (a["url"], f"/fa/news/{a['news_id']}", f"/fa/news/{a['news_id']}/", a["url"] + "/")]
    titles = {Selector(text=h).css("h1.title span::text, h1.title a::text").get() for h in pages}
    assert titles == {a["title"]}


def test_irib_home_live_and_offsite(irib):
    sel = Selector(text=fetch(irib + "/")[2])
    live = sel.xpath('//a[normalize-space(.)="پخش زنده"]/@href').getall()
    assert "/fa/live" in live
    assert len(sel.css('a[href^="/fa/news/"]')) >= 10
    assert sel.css('a[href^="https://"]')
    lp = Selector(text=fetch(irib + "/fa/live")[2])
    assert lp.css("video source::attr(src)").get()
    assert not lp.css(".body, .news_general_dl, .subtitle")


def _irib_fields(h: str, a: dict) -> dict:
    s = Selector(text=h)
    if a["kind"] == "photo":
        root = s.css(".photo_body")
        return {"title": norm(root.css("h1.title::text").get()), "lead": norm(root.css("div.photo_subtitle::text").get()),
                "date": norm(root.css("div.photo_pub_date::text").get()).split(":", 1)[1].strip(),
                "body": [], "gallery": root.css("div.row.image_set.photo_album_grid.news_album_main_part a::attr(href)").getall()}
    root = s.css(".news_general_dl")
    out = {"pretitle": norm(root.css("div.rutitr::text").get()),
           "date": norm("".join(root.css("div.news_nav.news_pdate_c::text").getall())),
           "id": latin_digits(norm("".join(root.css("div.news_nav.news_id_c::text").getall()))),
           "tags": texts(root.css("div.tags_title a::text").getall()),
           "crumbs": texts(root.css("div.news_path a::text, div.news_path2 a::text").getall())}
    if a["kind"] == "video":
        out.update(title=norm(root.css(".video_title::text").get()), lead=norm(root.css("p.subtitle::text").get()),
                   body=texts(root.css(".video_content .body p::text").getall()),
                   video=root.css("div.row.videojs-main-container source::attr(src)").get())
    elif a["template"] == "current":
        out.update(title=norm(root.css("h1.title.title_news > span::text").get()), lead=norm(root.css("p.subtitle::text").get()),
                   body=texts(root.css("div.body.body_media_content_show > p::text").getall()))
    else:
        out.update(title=norm(root.css("div.title > h1.title a::text").get()), lead=norm(root.css("div.subtitle::text").get()),
                   body=texts(root.css("div.body.body_media_content_show > div::text").getall()))
    return out


@pytest.mark.parametrize("state", content.STATES)
def test_irib_articles_match_truth(state):
    with serve("iribnews", state=state) as site:
        for a in content.visible("iribnews", state):
            st, _, h, _ = fetch(site + a["url"])
            assert st == 200, a["url"]
            f = _irib_fields(h, a)
            assert f["title"] == norm(a["title"]), a["news_id"]
            assert f["lead"] == norm(a["lead"])
            assert f["date"] == a["date_text"]
            body = f["body"]
            if a["kind"] == "article":
                assert body[0].startswith(IRIB_CREDIT.strip())
                body = [body[0][len(IRIB_CREDIT):]] + body[1:]
            assert body == [norm(p) for p in a["body"]], a["news_id"]
            if a["kind"] == "photo":
                assert len(f["gallery"]) >= 3
                continue
            assert f["id"].endswith(str(a["news_id"]))
            assert f["pretitle"] == norm(a["pretitle"])
            assert f["tags"] == a["tags"]
            assert f["crumbs"] == a["section_crumbs"]
            meta = Selector(text=h).css('meta[property="article:published_time"]::attr(content)').get()
            if a["template"] == "current":
                if a["machine_date_future"]:
                    assert dt.datetime.fromisoformat(meta) > dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=365)
                else:
                    assert meta == a["published"]
            else:
                assert meta is None


def test_irib_noise_and_variants(irib):
    arts = content.visible("iribnews")
    pages = {a["news_id"]: fetch(irib + a["url"])[2] for a in arts}
    allhtml = "\n".join(pages.values())
    assert "&zwnj;" in allhtml
    assert '"@type": "NewsArticle"' in allhtml
    assert "comments_item" in allhtml and "related_news" in allhtml and "share_news" in allhtml
    assert any("ي" in a["date_text"] for a in arts)  # Arabic yeh month names
    assert any(re.search(r"\d{4}", a["date_text"]) for a in arts)  # Latin digits
    assert any(re.search(r"[۰-۹]{4}", a["date_text"]) for a in arts)
    assert sum(a["machine_date_future"] for a in arts) == 1
    vid = next(a for a in arts if a["kind"] == "video")
    assert Selector(text=pages[vid["news_id"]]).css("div.row.videojs-main-container source::attr(src)").get().startswith("/")


def test_irib_rss(irib):
    root = ET.fromstring(fetch(irib + "/fa/rss/allnews")[2])
    items = root.findall("./channel/item")
    visible = content.visible("iribnews")
    assert len(items) == 20 < len(visible)
    for it in items:
        assert it.findtext("title") and it.findtext("pubDate") and it.findtext("description") is not None
        assert it.find("enclosure").get("type").startswith("image/")
    assert [it.findtext("link") for it in items] == [irib + a["url"] for a in visible[:20]]
    pol = ET.fromstring(fetch(irib + "/fa/rss/5")[2]).findall("./channel/item")
    assert pol and all(content.article("iribnews", int(re.search(r"/news/(\d+)", i.findtext("link"))[1]))["section"] == "political" for i in pol)
    sm = ET.fromstring(fetch(irib + "/fa-sitemap-news")[2])
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert len(sm.findall("s:url", ns)) == 20 and sm.find("s:url/s:lastmod", ns) is not None


def _archive_crawl_irib(site, query: str) -> list[int]:
    url, seen, pages = site + "/fa/archive?" + query, [], 0
    while url:
        s = Selector(text=fetch(url)[2])
        pages += 1
        hrefs = s.css("div.archive_content div.linear_news a::attr(href)").getall()
        assert all(h.startswith("/fa/news/") for h in hrefs)
        seen += [int(re.match(r"/fa/news/(\d+)", h)[1]) for h in hrefs]
        nxt = s.css("#pager li.next a::attr(href)").get()
        url = urljoin(url, nxt) if nxt else None
    return seen, pages


def test_irib_archive_pagination(irib):
    q = "service_id=-1&sec_id=-1&cat_id=-1&rpp=100&from_date=1392/01/01&to_date=1405/12/29&p=1"
    seen, pages = _archive_crawl_irib(irib, q)
    assert pages >= 3
    assert sorted(seen) == sorted(a["news_id"] for a in content.visible("iribnews"))
    # page count visible in #pager
    s = Selector(text=fetch(irib + "/fa/archive?" + q)[2])
    assert len(s.css("#pager li")) >= 3
    # every article is listed for its own (one-day) date range
    for a in content.visible("iribnews"):
        jy, jm, jd = g2j(*map(int, a["published_date"].split("-")))
        day = f"{jy}/{jm:02d}/{jd:02d}"
        ids, _ = _archive_crawl_irib(irib, f"service_id=-1&sec_id=-1&cat_id=-1&rpp=10&from_date={day}&to_date={day}&p=1")
        assert a["news_id"] in ids


# ---------------------------------------------------------------- ILNA paths

def test_ilna_paths(ilna):
    for path, ctype in [("/", "text/html"), ("/robots.txt", "text/plain"), ("/rss", "rss"),
                        (quote("/بخش-سیاسی-3"), "text/html"), (quote("/بخش-کارگری-9"), "text/html"),
                        ("/fa/newsstudios/archive/", "text/html"), (quote("/tags/عباس_عراقچی"), "text/html")]:
        st, h, _, _ = fetch(ilna + path)
        assert st == 200, path
        assert ctype in h["Content-Type"], path
    assert fetch(ilna + "/rss/1")[0] == 404
    assert fetch(ilna + quote("/بخش-سیاسی-3/999999999-x"))[0] == 404
    assert fetch(ilna + "/fa/tiny/news-5")[0] == 404
    later = next(a for a in content.articles("ilna") if a["later_only"])
    assert fetch(ilna + later["url"])[0] == 404


def test_ilna_encoded_and_raw_paths(ilna):
    a = next(a for a in content.visible("ilna") if a["slug"])
    assert a["url"].startswith("/%D8%A8%D8%AE%D8%B4-")
    assert fetch(ilna + a["url"])[0] == 200
    assert fetch(ilna + a["url"].lower())[0] == 200  # lower-case percent escapes
    assert raw_get(ilna, a["path"].encode("utf-8")) == 200
    assert fetch(ilna + quote(f"{a['section_path']}/{a['news_id']}"))[0] == 200  # slug optional
    assert fetch(ilna + quote(f"{a['section_path']}/{a['news_id']}/"))[0] == 200
    noslug = [x for x in content.visible("ilna") if not x["slug"]]
    assert noslug and fetch(ilna + noslug[0]["url"])[0] == 200


def test_ilna_tiny_redirect(ilna):
    a = content.visible("ilna")[3]
    st, h, _, _ = fetch(ilna + f"/fa/tiny/news-{a['news_id']}", follow=False)
    assert st == 301 and h["Location"] == ilna + a["url"]
    assert fetch(ilna + f"/fa/tiny/news-{a['news_id']}")[3] == ilna + a["url"]


def _ilna_fields(h: str, a: dict) -> dict:
    s = Selector(text=h)
    if a["template"] == "current":
        art = s.css("article")
        return {"pretitle": norm(art.css("h2.up_title::text").get()), "title": norm(art.css("h1.title::text").get()),
                "lead": norm(art.css("p.lead::text").get()),
                "body": texts(art.css(".article_body #echo_detail > p::text").getall()),
                "tags": texts(art.css(".article_tag a::text").getall()),
                "crumbs": texts(s.css(".breadcrumb_list li a span::text").getall())[1:],
                "time": art.css("time.news_time::attr(datetime)").get(),
                "date": norm(art.css("time.news_time::text").get()),
                "scripts": art.css("#echo_detail script::text").getall()}
    return {"pretitle": norm(s.css(".uptitle::text").get()), "title": norm(s.css("h1.title::text").get()),
            "lead": norm(s.css("div.lead::text").get()), "body": texts(s.css(".content > p::text").getall()),
            "tags": texts(s.css(".word_key a::text").getall()), "crumbs": texts(s.css(".bread_crumbs a::text").getall())[1:],
            "time": None, "date": norm(s.css("div.news_date::text").get()), "scripts": s.css(".content script::text").getall()}


@pytest.mark.parametrize("state", content.STATES)
def test_ilna_articles_match_truth(state):
    with serve("ilna", state=state) as site:
        for a in content.visible("ilna", state):
            st, _, h, _ = fetch(site + a["url"])
            assert st == 200, a["url"]
            f = _ilna_fields(h, a)
            assert f["title"] == norm(a["title"]), a["news_id"]
            assert f["pretitle"] == norm(a["pretitle"])
            assert f["lead"] == norm(a["lead"])
            assert f["tags"] == a["tags"]
            assert f["crumbs"] == a["section_crumbs"]
            assert f["date"] == a["date_text"]
            body = f["body"]
            assert body[-1].startswith("انتهای پیام")
            body = body[:-1]
            if a["kind"] == "article":
                assert body[0].startswith(ILNA_CREDIT.strip())
                body = [body[0][len(ILNA_CREDIT):]] + body[1:]
            else:
                assert any("tavoos_init_player" in x for x in f["scripts"])
            assert body == [norm(p) for p in a["body"]], a["news_id"]
            if a["template"] == "current":
                assert f["time"] == a["published"] and f["time"].endswith(("+03:30", "+04:30"))


def test_ilna_noise(ilna):
    arts = content.visible("ilna")
    allhtml = "\n".join(fetch(ilna + a["url"])[2] for a in arts)
    for marker in ("&zwnj;", '"@type": "NewsArticle"', "share_news", "short_link_cnt", "related_news",
                   "comments-list", "https://t.me/", "/fa/tiny/news-"):
        assert marker in allhtml, marker


def test_ilna_rss(ilna):
    items = ET.fromstring(fetch(ilna + "/rss")[2]).findall("./channel/item")
    visible = content.visible("ilna")
    assert len(items) == 20 < len(visible)
    for it, a in zip(items, visible):
        assert it.findtext("title") == a["title"]
        assert it.findtext("link") == ilna + a["url"]
        assert it.findtext("guid").endswith(f"/fa/tiny/news-{a['news_id']}")
        assert it.findtext("pubDate") and it.findtext("description") is not None


def _archive_crawl_ilna(site, query: str):
    url, seen, pages = site + "/fa/newsstudios/archive/?" + query, [], 0
    while url:
        s = Selector(text=fetch(url)[2])
        pages += 1
        for h in s.css("ul.archive-n-land li.dashed_brd div.left_service h2.title a::attr(href)").getall():
            m = re.match(r"^/بخش-[^/]*?-(\d+)/(\d+)", h)
            seen.append(int(m[2]))
        nxt = s.css("footer.archive_next_page a::attr(href)").getall()
        url = urljoin(url, nxt[-1]) if nxt else None
    return seen, pages


def _ilna_range(y1, m1, d1, y2, m2, d2) -> str:
    from urllib.parse import urlencode
    return urlencode({"dateRange[start][day]": d1, "dateRange[start][month]": m1, "dateRange[start][year]": y1,
                      "dateRange[end][day]": d2, "dateRange[end][month]": m2, "dateRange[end][year]": y2,
                      "curp": 1, "page": 1})


def test_ilna_archive_pagination(ilna):
    seen, pages = _archive_crawl_ilna(ilna, _ilna_range(1392, 1, 1, 1405, 12, 29))
    assert pages >= 3
    assert sorted(seen) == sorted(a["news_id"] for a in content.visible("ilna"))
    for a in content.visible("ilna"):
        jy, jm, jd = g2j(*map(int, a["published_date"].split("-")))
        ids, _ = _archive_crawl_ilna(ilna, _ilna_range(jy, jm, jd, jy, jm, jd))
        assert a["news_id"] in ids


# ---------------------------------------------------------------- later state

@pytest.mark.parametrize("site", mirror.SITES)
def test_advance_edits_and_adds(site):
    feed = "/fa/rss/allnews" if site == "iribnews" else "/rss"
    edited = next(a for a in content.articles(site) if a["edited_later"])
    new = next(a for a in content.articles(site) if a["later_only"])
    with serve(site) as s:
        before = fetch(s + edited["url"])[2]
        assert new["url"] not in fetch(s + feed)[2] and fetch(s + new["url"])[0] == 404
        assert s.advance() is s and s.state == "later"
        after = fetch(s + edited["url"])[2]
        assert before != after
        assert norm(edited["later"]["title"]).split()[-1] in after
        assert fetch(s + new["url"])[0] == 200
        assert s + new["url"] in fetch(s + feed)[2]
        assert content.article(site, edited["news_id"], "later")["title"] == edited["later"]["title"]
        s.reset()
        assert fetch(s + new["url"])[0] == 404


def test_state_switch_over_http():
    with serve("ilna") as s:
        req = urllib.request.Request(s + "/__mirror__/state", data=b"later", method="POST")
        assert urllib.request.urlopen(req).read() == b"later"
        assert s.state == "later"


# ---------------------------------------------------------------- seeds

@pytest.mark.skipif(content.seeds_dir() is None, reason="shared seeds folder not present")
def test_seeds_render(irib, ilna):
    si = next(a for a in content.articles("iribnews") if a["seed"])
    assert si["published_date"] == "2025-09-01"
    assert not any("پخش زنده" in p or "date 2025" in p for p in [si["lead"]] + si["body"])
    assert si["body"][0].startswith("مسعود پزشکیان") and si["meetings"][0]["participants"][1]["name"] == "ولادیمیر پوتین"
    h = fetch(irib + si["url"])[2]
    assert IRIB_CREDIT + si["body"][0] in h and si["lead"] in h
    sl = next(a for a in content.articles("ilna") if a["seed"])
    assert sl["published_date"] == "2025-12-12" and sl["pretitle"].startswith("دیدار روسای جمهور")
    assert sl["title"].startswith("پزشکیان:") and sl["body"][0].startswith("مسعود پزشکیان")
    h = fetch(ilna + sl["url"])[2]
    assert ILNA_CREDIT + sl["body"][0] in h


def test_seeds_env_var(monkeypatch, tmp_path):
    monkeypatch.setenv("MIRROR_SEEDS_DIR", str(tmp_path))
    assert content.seeds_dir() == tmp_path
    monkeypatch.setenv("MIRROR_SEEDS_DIR", str(tmp_path / "missing"))
    assert content.seeds_dir() is None


def test_irib_sitemap_archive_print_and_tags(irib):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    idx = ET.fromstring(fetch(irib + "/fa-sitemap-newsarchive")[2])
    locs = [e.text for e in idx.findall("s:sitemap/s:loc", ns)]
    got = []
    for loc in locs:
        got += [e.text for e in ET.fromstring(fetch(loc)[2]).findall("s:url/s:loc", ns)]
    assert sorted(got) == sorted(irib + a["url"] for a in content.visible("iribnews"))
    a = content.visible("iribnews")[0]
    assert fetch(irib + f"/fa/print/{a['news_id']}")[0] == 200
    assert "Disallow: /fa/print/" in fetch(irib + "/robots.txt")[2]
    tag = a["tags"][0]
    st, _, h, _ = fetch(irib + "/fa/tag/1/" + quote(tag.replace(" ", "-")))
    assert st == 200 and a["url"] in h


def test_photo_page_markup(irib):
    a = next(a for a in content.visible("iribnews") if a["kind"] == "photo")
    s = Selector(text=fetch(irib + a["url"])[2])
    assert s.css(".photo_body div.photo_subtitle") and s.css(".photo_body div.photo_pub_date")
    assert not s.css(".news_general_dl")


def test_ilna_href_styles(ilna):
    """Listings write `/بخش-` raw and the rest percent-encoded (as the 2018 homepage); related news raw."""
    home = Selector(text=fetch(ilna + "/")[2])
    hrefs = [h for h in home.css("section.top_news a::attr(href)").getall()]
    assert hrefs and all(h.startswith("/بخش-%") or h.startswith("/بخش-") and "%" in h for h in hrefs)
    a = content.visible("ilna")[5]
    assert "-" in a["slug"] and "\u200c" not in a["slug"]
    page = Selector(text=fetch(ilna + a["url"])[2])
    rel = page.css("section.related_news a::attr(href)").getall()
    assert rel and all("%" not in h for h in rel)
