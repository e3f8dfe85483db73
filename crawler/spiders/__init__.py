"""One spider per agency; all share :class:`crawler.spiders.agency.AgencySpider`."""
