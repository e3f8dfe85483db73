from crawler.sites.iribnews import IRIBNEWS
from crawler.spiders.agency import AgencySpider


class IribnewsSpider(AgencySpider):
    name = "iribnews"
    site = IRIBNEWS
