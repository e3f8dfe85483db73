"""What a spider hands to the pipelines: one fetched article page, as the site shows it."""

import scrapy


class ArticleItem(scrapy.Item):
    source = scrapy.Field()  # spider/site name: "iribnews", "ilna"
    news_id = scrapy.Field()  # the site's numeric id: identity is (source, news_id)
    url = scrapy.Field()  # canonical URL of the article
    fetch_url = scrapy.Field()  # the URL as fetched (after redirects)
    title = scrapy.Field()
    pretitle = scrapy.Field()
    lead = scrapy.Field()
    body = scrapy.Field()  # list of paragraph texts, as shown (cleaned later)
    section = scrapy.Field()  # list of breadcrumb texts
    tags = scrapy.Field()  # list of tag texts
    published = scrapy.Field()  # ISO 8601 with Tehran offset, or None
    published_text = scrapy.Field()  # the date as the page shows it
    machine_date_rejected = scrapy.Field()  # a machine date refused as being in the future
    page_kind = scrapy.Field()  # "article", "photo" or "video"
    fetched_at = scrapy.Field()  # ISO 8601 UTC
    http_status = scrapy.Field()
    content_type = scrapy.Field()
    raw_html = scrapy.Field()  # the response body, bytes
