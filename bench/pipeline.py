"""Throughput of clean → dedupe → extract → store on generated articles (no network, no Scrapy).

    .venv/bin/python -m bench.pipeline [--articles 2000] [--db /tmp/bench.db]

Prints articles/s for the whole path and the time spent in each stage. Articles are generated
from sentence templates with random officials, countries and dates, at a realistic length
(about 6 paragraphs, 2.5 KB of text), a fifth of them with every ZWNJ stripped.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from archive.schema import open_archive
from archive.writer import store_article, stored_hash
from pipelines.clean import clean_article
from pipelines.dedupe import classify, content_hash
from pipelines.extract import article_meetings
from pipelines.neardup import assign_cluster

OFFICIALS = [
    ("سید عباس عراقچی", "وزیر امور خارجه", "ایران"), ("مسعود پزشکیان", "رئیس‌جمهور", "ایران"),
    ("محمدباقر قالیباف", "رئیس مجلس", "ایران"), ("سرگئی لاوروف", "وزیر امور خارجه", "روسیه"),
    ("وانگ یی", "وزیر امور خارجه", "چین"), ("هاکان فیدان", "وزیر امور خارجه", "ترکیه"),
    ("فواد حسین", "وزیر امور خارجه", "عراق"), ("بدر البوسعیدی", "وزیر امور خارجه", "عمان"),
    ("رافائل گروسی", "مدیرکل", "آژانس بین‌المللی انرژی اتمی"), ("آنتونیو گوترش", "دبیرکل", "سازمان ملل"),
]
CITIES = ["تهران", "مسکو", "پکن", "آنکارا", "بغداد", "مسقط", "وین", "نیویورک"]
MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FILLER = [
    "دو طرف در این دیدار بر ضرورت گسترش همکاری‌های اقتصادی و تجاری میان دو کشور تاکید کردند.",
    "وی با اشاره به ظرفیت‌های موجود در حوزه انرژی و ترانزیت گفت: باید از این فرصت‌ها استفاده کرد.",
    "در ادامه این نشست، موضوعات منطقه‌ای و بین‌المللی مورد علاقه طرفین بررسی شد.",
    "این دیدار در حاشیه نشست سالانه مجمع عمومی سازمان ملل متحد برگزار شد.",
]


def generate(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        (a_name, a_role, a_country), (b_name, b_role, b_country) = rng.sample(OFFICIALS, 2)
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1395, 1404)
        city = rng.choice(CITIES)
        opening = (f"به گزارش خبرگزاری صدا و سیما، {a_name} {a_role} {a_country} روز {day} {month} {year} "
                   f"در {city} با {b_name} {b_role} {b_country} دیدار و گفت‌وگو کرد.")
        quote = f"{a_name} در این دیدار گفت: روابط دو طرف رو به گسترش است و باید تقویت شود."
        body = [opening, quote, *rng.sample(FILLER, 3), "انتهای پیام/"]
        if n % 5 == 0:
            body = [p.replace("\u200c", "") for p in body]
        articles.append({
            "source": "iribnews", "news_id": 1_000_000 + n, "url": f"https://www.iribnews.ir/fa/news/{1_000_000 + n}",
            "title": f"دیدار {a_role} {a_country} با {b_role} {b_country}", "pretitle": None,
            "lead": f"{a_role} {a_country} و {b_role} {b_country} در {city} دیدار کردند.",
            "body": body, "section": ["سیاسی", "سیاست خارجی"], "tags": [a_country, b_country],
            "published": f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00+03:30",
            "published_text": f"{day} {month} {year} - ۱۰:۰۰", "page_kind": "article",
            "fetched_at": "2025-10-01T00:00:00+00:00", "raw_html": ("<html>" + "x" * 60_000).encode(),
        })
    return articles


def run(count: int, db_path: Path) -> dict:
    articles = generate(count)
    db = open_archive(db_path)
    timings = dict.fromkeys(("clean", "dedupe", "extract", "store"), 0.0)
    meetings = 0
    started = time.perf_counter()
    for raw in articles:
        t0 = time.perf_counter()
        article = clean_article(raw)
        t1 = time.perf_counter()
        article["content_hash"] = content_hash(article)
        article["change"] = classify(article["content_hash"], stored_hash(db, article["source"], article["news_id"]))
        t2 = time.perf_counter()
        article["meetings"] = article_meetings(article)
        t3 = time.perf_counter()
        with db.atomic():  # as StorePipeline does: cluster and article in one transaction
            article["cluster_id"] = assign_cluster(db, article)
            store_article(db, article)
        t4 = time.perf_counter()
        meetings += len(article["meetings"])
        for stage, seconds in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            timings[stage] += seconds
    total = time.perf_counter() - started
    db.close()
    return {"articles": count, "seconds": total, "articles_per_s": count / total,
            "meetings": meetings, "stage_ms_per_article": {k: 1000 * v / count for k, v in timings.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="archive to write (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.articles, args.db or Path(tmp) / "bench.db")
    print(f"{result['articles']} articles in {result['seconds']:.1f} s: "
          f"{result['articles_per_s']:.1f} articles/s, {result['meetings']} meetings")
    for stage, ms in result["stage_ms_per_article"].items():
        print(f"  {stage:8s} {ms:7.2f} ms/article")
    print("  (store includes the near-duplicate cluster assignment, as in StorePipeline)")


if __name__ == "__main__":
    main()
