"""Spider arguments and link policy, without a crawl."""

import pytest

from crawler.spiders.ilna import IlnaSpider
from crawler.spiders.iribnews import IribnewsSpider


def test_base_url_makes_the_origin_the_site_and_maps_the_sites_own_hosts_onto_it():
    spider = IribnewsSpider(base_url="http://127.0.0.1:8001/")
    assert spider.origin == "http://127.0.0.1:8001"
    assert spider.allowed_domains == ["127.0.0.1"]
    assert spider._on_site("http://127.0.0.1:8001/fa/news/1") == "http://127.0.0.1:8001/fa/news/1"
    # Absolute links to either IRIB host are the site: fetched from the mirror instead.
    assert spider._on_site("https://www.irib-news.ir/fa/news/5/x?y=1") == "http://127.0.0.1:8001/fa/news/5/x?y=1"
    assert spider._on_site("https://www.iribnews.ir/fa/news/5") == "http://127.0.0.1:8001/fa/news/5"
    # Anything else is never fetched: other hosts, another port on the same host, mail links.
    assert spider._on_site("https://www.ilna.ir/fa/tiny/news-1") is None
    assert spider._on_site("http://127.0.0.1:9999/fa/news/1") is None
    assert spider._on_site("mailto:a@b.c") is None


def test_without_base_url_the_real_hosts_are_used():
    spider = IlnaSpider()
    assert spider.origin == "https://www.ilna.ir"
    assert set(spider.allowed_domains) >= {"www.ilna.ir", "www.ilna.news"}
    assert spider._on_site("https://www.ilna.news/fa/tiny/news-7") == "https://www.ilna.news/fa/tiny/news-7"
    assert spider._on_site("https://static1.ilna.news/thumbnail/x.jpg") is None


@pytest.mark.parametrize("arguments, message", [
    ({"base_url": "127.0.0.1:8001"}, "base_url must look like"),
    ({"since": "1404-06-10"}, "looks like a Jalali date"),
    ({"since": "2025-01-01", "until": "2025-02-01"}, None),
    ({"since": "yesterday"}, "since= must be a date"),
    ({"until": "2025-01-01"}, "needs -a since"),
    ({"since": "2025-02-01", "until": "2025-01-01"}, "is after until"),
])
def test_bad_arguments_get_clear_errors(arguments, message):
    if message is None:
        IribnewsSpider(**arguments)
        return
    with pytest.raises(ValueError, match=message):
        IribnewsSpider(**arguments)


def test_skipped_paths_are_not_articles():
    spider = IribnewsSpider(base_url="http://127.0.0.1:1")
    assert spider.site.is_skipped("http://127.0.0.1:1/fa/live")
    assert not spider.site.is_skipped("http://127.0.0.1:1/fa/news/1")
