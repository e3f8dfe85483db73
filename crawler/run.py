"""Run the spiders once, print a summary, exit with a code a scheduler can act on.

    python -m crawler.run                                  # every spider, feeds and sitemaps
    python -m crawler.run --spiders ilna --since 2025-12-01 --until 2025-12-31 --jobdir data/jobs
    python -m crawler.run --spiders iribnews --base-url iribnews=http://127.0.0.1:8001 -s LOG_LEVEL=INFO

The spiders run together in one process (one Twisted reactor), each holding its own lock.
``scrapy crawl <spider>`` keeps working and records the same ``crawl_runs`` row, but always
exits 0; this command is what cron, Kubernetes or a container should run.

Exit codes (the worst spider decides, in this order):

====  ============================================================================
 1    failed: a crawl crashed or ended abnormally, nothing could be fetched, most
      article pages failed
 3    drift: the site's layout seems changed (fields or article links missing)
130   interrupted (SIGINT/SIGTERM); rerun with the same --jobdir to resume
 75   locked: another run of the same spider is in progress (EX_TEMPFAIL: try later)
 0    ok (also when nothing was new)
 2    bad command line
====  ============================================================================
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT = {"ok": 0, "failed": 1, "drift": 3, "locked": 75, "interrupted": 130}
SEVERITY = ("failed", "drift", "interrupted", "locked", "ok")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m crawler.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spiders", help="comma-separated spider names (default: all)")
    parser.add_argument("--since", help="backfill from this day (YYYY-MM-DD) via the archive listings")
    parser.add_argument("--until", help="backfill up to this day (default: today)")
    parser.add_argument("--base-url", action="append", default=[], metavar="[SPIDER=]URL",
                        help="serve a spider's paths from this origin (a mirror); repeatable")
    parser.add_argument("--jobdir", help="directory for resumable job state (one JOBDIR per spider "
                                         "below it); stop with Ctrl-C, rerun to resume")
    parser.add_argument("--archive", help="the SQLite archive (default: ARCHIVE_DB / $ARCHIVE_DB)")
    parser.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE",
                        help="spider argument for every spider (e.g. -a render_paths=REGEX)")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="Scrapy setting, as with scrapy crawl")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON lines")
    args = parser.parse_args(argv)
    for option, values in (("-a", args.spider_args), ("-s", args.settings)):
        for value in values:
            if "=" not in value:
                parser.error(f"{option} {value}: expected NAME=VALUE")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for value in args.settings:
        name, _, setting = value.partition("=")
        settings.set(name, setting, priority="cmdline")
    if args.archive:
        settings.set("ARCHIVE_DB", args.archive, priority="cmdline")
    process = CrawlerProcess(settings)
    names = process.spider_loader.list()
    wanted = [n.strip() for n in args.spiders.split(",") if n.strip()] if args.spiders else sorted(names)
    unknown = [n for n in wanted if n not in names]
    if unknown or not wanted:
        print(f"unknown spider(s) {', '.join(unknown) or '(none given)'}; known: {', '.join(sorted(names))}",
              file=sys.stderr)
        return 2
    if settings.get("JOBDIR") and len(wanted) > 1:
        print("-s JOBDIR=... serves one spider; use --jobdir DIR for several", file=sys.stderr)
        return 2

    base_urls: dict[str, str] = {}
    for value in args.base_url:
        name, sep, url = value.partition("=")
        if sep and name in names:
            base_urls[name] = url
        elif len(wanted) == 1:
            base_urls[wanted[0]] = value
        else:
            print(f"--base-url {value}: say which spider (SPIDER=URL) when running several", file=sys.stderr)
            return 2
    spider_args = dict(value.partition("=")[::2] for value in args.spider_args)
    if args.since:
        spider_args["since"] = args.since
    if args.until:
        spider_args["until"] = args.until

    crawlers = {}
    for name in wanted:
        crawler = process.create_crawler(name)
        if args.jobdir:
            crawler.settings.set("JOBDIR", str(Path(args.jobdir) / name), priority="cmdline")
        kwargs = dict(spider_args)
        if name in base_urls:
            kwargs["base_url"] = base_urls[name]
        crawlers[name] = crawler
        deferred = process.crawl(crawler, **kwargs)
        deferred.addErrback(_remember_failure, crawler)
    process.start()

    reports = []
    for name, crawler in crawlers.items():
        report = getattr(crawler, "run_report", None)
        if report is None:
            failure = getattr(crawler, "run_failure", None)
            report = {"spider": name, "outcome": "failed",
                      "message": f"{name}: the crawl did not start or crashed: {failure or 'see the log'}"}
        reports.append(report)
    code = _exit_code([r["outcome"] for r in reports])
    _print_summary(reports, code, args.json, settings.get("ARCHIVE_DB"))
    return code


def _remember_failure(failure, crawler):
    crawler.run_failure = f"{failure.type.__name__}: {failure.value}"
    return None  # logged by Scrapy; the summary reports it


def _exit_code(outcomes: list[str]) -> int:
    for outcome in SEVERITY:
        if outcome in outcomes:
            return EXIT[outcome]
    return EXIT["failed"]


def _print_summary(reports: list[dict], code: int, as_json: bool, archive: str) -> None:
    for r in reports:
        if as_json:
            print(json.dumps({k: r.get(k) for k in (
                "spider", "outcome", "message", "pages", "new_articles", "updated_articles",
                "duplicate_articles", "meetings", "errors", "errors_by_kind", "coverage")}, ensure_ascii=False))
            continue
        line = f"{r['spider']}: {r['outcome']}"
        if "pages" in r:
            line += (f" - {r['pages']} pages, {r['new_articles']} new, {r['updated_articles']} updated, "
                     f"{r['duplicate_articles']} unchanged/duplicate articles, {r['meetings']} meetings, "
                     f"{r['errors']} errors")
            kinds = json.loads(r.get("errors_by_kind") or "{}")
            if kinds:
                line += " (" + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())) + ")"
        print(line)
        for message_line in (r.get("message") or "").splitlines():
            print(f"  {message_line}")
    if not as_json:
        print(f"exit {code} ({next(k for k, v in EXIT.items() if v == code)}); archive: {archive}")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
