"""Scrapy settings: polite by default for the real sites; tests and the demo override by -s."""

import os

from archive import default_path

BOT_NAME = "persian-diplomacy-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Where the archive lives; the environment variable wins over this default, -s over both.
ARCHIVE_DB = default_path()

# Who we are: sites' operators can reach the maintainer through CRAWLER_CONTACT.
CRAWLER_CONTACT = os.environ.get("CRAWLER_CONTACT", "https://github.com/persian-diplomacy-archive")
USER_AGENT = f"PersianDiplomacyArchive/0.1 (research archive of news reports; +{CRAWLER_CONTACT})"

# Politeness for the real sites (a mirror on 127.0.0.1 drops the delay, see AgencySpider).
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0  # seconds between requests to one host, at least
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 %, so requests do not beat a fixed rhythm
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # an article page is ~100 KB; anything this big is not one
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024

# Retries with backoff: 429 and 5xx wait (Retry-After when given) before trying again.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubles on each retry
RETRY_BACKOFF_MAX = 120.0
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SameOriginMiddleware": 50,  # base_url crawls: that origin only
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.StrictRobotsTxtMiddleware": 100,  # unreachable robots.txt: disallow all
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.CharsetMiddleware": 560,  # after decompression (590), before retry
}

ITEM_PIPELINES = {
    "pipelines.adapters.CleanPipeline": 100,
    "pipelines.adapters.DedupePipeline": 200,
    "pipelines.adapters.ExtractPipeline": 300,
    "pipelines.adapters.StorePipeline": 400,
}

EXTENSIONS = {
    "crawler.extensions.RunSummary": 500,
}

LOG_FORMATTER = "crawler.logformatter.ArticleLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

# Scheduled runs ------------------------------------------------------------------------------
# One run per spider at a time: a lock file beside the archive (<archive>.<spider>.lock).
RUN_LOCK_ENABLED = True
# Layout drift: a field (title, body, date) found on a share of this run's article pages that is
# DRIFT_DROP below the median of the last DRIFT_HISTORY good runs (or below DRIFT_FLOOR when there
# is no history yet) fails the run. Runs with fewer than DRIFT_MIN_PAGES pages are not judged.
DRIFT_MIN_PAGES = 5
DRIFT_DROP = 0.25
DRIFT_FLOOR = 0.5
DRIFT_HISTORY = 5
# More than this share of article fetches failing fails the run.
MAX_ARTICLE_ERROR_SHARE = 0.5

# Pages that need a browser (a site's render_paths) -------------------------------------------
# Only used when a spider has render patterns: otherwise playwright is neither imported nor run.
PLAYWRIGHT_BROWSER_TYPE = "chromium"
# Debian's chromium; never a browser download (`playwright install`).
PLAYWRIGHT_LAUNCH_OPTIONS = {"executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")}
PLAYWRIGHT_MAX_CONTEXTS = 1
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 2  # at most two pages open at once
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000  # ms
PLAYWRIGHT_BLOCKED_RESOURCES = ["image", "media", "font"]
