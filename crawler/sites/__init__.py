"""Per-site knowledge, one module per agency; ``SITES`` maps spider names to sites."""

from crawler.sites.base import Site
from crawler.sites.ilna import ILNA
from crawler.sites.iribnews import IRIBNEWS

SITES: dict[str, Site] = {site.name: site for site in (IRIBNEWS, ILNA)}
