"""Log items by identity, not by content: an item carries the whole raw page."""

from scrapy import logformatter


def describe(item) -> str:
    get = item.get if hasattr(item, "get") else (lambda key: None)
    return f"{get('source')} {get('news_id')} «{(get('title') or '')[:60]}» {get('url') or ''}"


class ArticleLogFormatter(logformatter.LogFormatter):
    def scraped(self, item, response, spider):
        entry = super().scraped(item, response, spider)
        entry["args"]["item"] = describe(item)
        return entry

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry["args"]["item"] = describe(item)
        return entry

    def item_error(self, item, exception, response, spider):
        entry = super().item_error(item, exception, response, spider)
        entry["args"]["item"] = describe(item)
        return entry
