from crawler.sites.ilna import ILNA
from crawler.spiders.agency import AgencySpider


class IlnaSpider(AgencySpider):
    name = "ilna"
    site = ILNA
