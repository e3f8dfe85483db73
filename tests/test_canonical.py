"""Canonical identity: every form of an article URL → one (source, news_id)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from crawler.sites import SITES
from pipelines.canonical import (article_paths, canonical_id, canonical_url, host_of, same_article,
                                 site_for, strip_tracking)

SLUG = "دیدار-رئیس‌جمهور-با-همتای-روس"
ENCODED = quote(SLUG)
SECTION = "بخش-سیاسی-3"

IRIB_FORMS = [
    "https://www.iribnews.ir/fa/news/5551234",
    "https://www.iribnews.ir/fa/news/5551234/",
    f"https://www.iribnews.ir/fa/news/5551234/{SLUG}",
    f"https://www.iribnews.ir/fa/news/5551234/{ENCODED}",
    f"https://www.iribnews.ir/fa/news/5551234/{ENCODED}/",
    "http://iribnews.ir/fa/news/5551234",
    "https://www.irib-news.ir/fa/news/5551234",
    f"https://irib-news.ir/fa/news/5551234/{SLUG}",
    "HTTPS://WWW.IRIBNEWS.IR/fa/news/5551234",
    "https://www.iribnews.ir:443/fa/news/5551234",
    "http://www.iribnews.ir:80/fa/news/5551234",
    "https://www.iribnews.ir./fa/news/5551234",
    "www.iribnews.ir/fa/news/5551234",
    "//www.iribnews.ir/fa/news/5551234",
    "https://www.iribnews.ir/fa/news/5551234?utm_source=telegram&utm_medium=social",
    f"https://www.iribnews.ir/fa/news/5551234/{ENCODED}?fbclid=IwAR0abc#comments",
    "https://www.iribnews.ir/fa/news/5551234#section-2",
    "https://www.iribnews.ir/fa/print/5551234",
    "https://www.iribnews.ir/fa/print/5551234/",
    "https://www.irib-news.ir/fa/print/5551234?utm_campaign=x",
    "https://www.iribnews.ir/fa/amp/news/5551234",
    "https://www.iribnews.ir/amp/fa/news/5551234",
    f"https://www.iribnews.ir/fa/news/5551234/{ENCODED}/amp",
    "https://www.iribnews.ir/fa/news/5551234/amp/",
    "https://www.iribnews.ir/fa/news/print/5551234",
    "  https://www.iribnews.ir/fa/news/5551234  ",
]

ILNA_FORMS = [
    f"https://www.ilna.ir/{SECTION}/1700123-{SLUG}",
    f"https://www.ilna.ir/{quote(SECTION)}/1700123-{ENCODED}",
    f"https://www.ilna.ir/{quote(SECTION)}/1700123-{ENCODED}/",
    f"https://ilna.ir/{SECTION}/1700123",
    f"https://www.ilna.news/{SECTION}/1700123-{SLUG}",
    f"http://ilna.news/{quote(SECTION)}/1700123",
    "https://www.ilna.ir/fa/tiny/news-1700123",
    "https://www.ilna.ir/fa/tiny/news-1700123/",
    "https://ilna.news/fa/tiny/news-1700123",
    "https://www.ilna.ir/fa/news/1700123",
    f"https://www.ilna.ir/fa/news/1700123/{SLUG}",
    f"https://www.ilna.ir/{SECTION}/1700123-{SLUG}?utm_source=rss&utm_medium=feed&gclid=1",
    f"https://WWW.ILNA.IR/{SECTION}/1700123#top",
    "https://www.ilna.ir/fa/amp/news/1700123",
    "https://www.ilna.ir/amp/fa/news/1700123",
    f"https://www.ilna.ir/amp/{SECTION}/1700123-{SLUG}",
    "https://www.ilna.ir/fa/news/1700123/amp",
    "https://www.ilna.ir/fa/print/1700123",
    "www.ilna.ir/fa/tiny/news-1700123",
]

NOT_ARTICLES = [
    "https://www.iribnews.ir/",
    "https://www.iribnews.ir/fa/live",
    "https://www.iribnews.ir/fa/political",
    "https://www.iribnews.ir/fa/rss/allnews",
    "https://www.iribnews.ir/fa/tag/1/روسیه",
    "https://www.iribnews.ir/fa/archive?from_date=1404/06/10",
    "https://www.iribnews.ir/fa/news/abc",
    "https://www.ilna.ir/",
    "https://www.ilna.ir/fa/newsstudios/archive/",
    "https://www.ilna.ir/fa/tiny/video-1700123",
    "https://www.ilna.ir/tags/روسیه",
    # lookalike and foreign hosts: same path, not these agencies
    "https://www.iribnews.ir.example.com/fa/news/5551234",
    "https://example.com/fa/news/5551234",
    "https://www.irna.ir/news/85000000/",
    "",
    "not a url",
]


@pytest.mark.parametrize("url", IRIB_FORMS)
def test_every_form_of_an_irib_article_is_one_identity(url):
    assert canonical_id(url) == ("iribnews", 5551234)


@pytest.mark.parametrize("url", ILNA_FORMS)
def test_every_form_of_an_ilna_article_is_one_identity(url):
    assert canonical_id(url) == ("ilna", 1700123)


@pytest.mark.parametrize("url", NOT_ARTICLES)
def test_other_pages_and_hosts_have_no_identity(url):
    assert canonical_id(url) is None


def test_same_article_compares_identities():
    assert same_article(IRIB_FORMS[0], IRIB_FORMS[-2])
    assert same_article(ILNA_FORMS[0], ILNA_FORMS[6])
    assert not same_article(IRIB_FORMS[0], ILNA_FORMS[0])
    assert not same_article("https://www.iribnews.ir/fa/news/1", "https://www.iribnews.ir/fa/news/2")
    assert not same_article(NOT_ARTICLES[0], NOT_ARTICLES[0])  # two non-articles are not "the same"


def test_hosts_come_from_the_site_modules():
    for site in SITES.values():
        for host in site.hosts:
            assert site_for(f"https://{host.upper()}/x") is site
    assert host_of("HTTP://User@WWW.ILNA.IR:8080/x") == "www.ilna.ir"
    assert site_for("https://ilna.ir.evil.example/fa/news/1") is None


def test_a_mirror_host_is_identified_when_the_site_is_given():
    site = SITES["iribnews"]
    assert canonical_id("http://127.0.0.1:8001/fa/print/5551234", site=site) == ("iribnews", 5551234)
    assert canonical_id(f"http://127.0.0.1:8002/{SECTION}/1700123", site=SITES["ilna"]) == ("ilna", 1700123)
    assert canonical_id("http://127.0.0.1:8001/fa/news/5551234") is None  # unknown host, no site


def test_amp_and_print_are_peeled_only_as_whole_segments():
    assert article_paths("https://www.iribnews.ir/fa/news/7/example-amplifier") == ["/fa/news/7/example-amplifier"]
    assert "/fa/news/7" in article_paths("https://www.iribnews.ir/fa/print/7")
    # a slug containing the words is left alone and the id still found
    assert canonical_id("https://www.iribnews.ir/fa/news/7/print-amp-news") == ("iribnews", 7)


@pytest.mark.parametrize("source", sorted(SITES))
def test_canonical_url_round_trips(source):
    url = canonical_url(source, 1234567)
    assert url.startswith(SITES[source].home)
    assert canonical_id(url) == (source, 1234567)


def test_strip_tracking_keeps_meaningful_parameters():
    assert strip_tracking("HTTPS://www.ILNA.ir:443/fa/a/?utm_source=t&id=3&fbclid=1&gclid=2#frag") \
        == "https://www.ilna.ir/fa/a?id=3"
    assert strip_tracking("http://www.iribnews.ir:8080/fa/news/1/") == "http://www.iribnews.ir:8080/fa/news/1"
    assert strip_tracking(f"https://www.ilna.ir/{SECTION}/1") == strip_tracking(f"https://www.ilna.ir/{quote(SECTION)}/1")
    assert strip_tracking("https://www.iribnews.ir/") == "https://www.iribnews.ir/"
    assert strip_tracking("https://www.iribnews.ir/fa/archive?p=2&utm_medium=x") == "https://www.iribnews.ir/fa/archive?p=2"
