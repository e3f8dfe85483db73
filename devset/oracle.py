"""A stand-in extractor that answers with the gold annotation (to check the scorer end to end).

    python -m devset.score --extractor-cmd "python -m devset.oracle"   # must score 1.0

It reads the same JSON lines as the real CLI and looks each url up in devset/articles.
"""

from __future__ import annotations

import json
import sys

from devset.schema import iso, load_articles


def as_prediction(meeting: dict) -> dict:
    return {
        "kind": meeting["kind"], "status": meeting["status"], "date": iso(meeting.get("date")),
        "location": meeting.get("location"), "city": meeting.get("city"),
        "country": meeting.get("country"), "occasion": meeting.get("occasion"),
        "participants": [dict(p) for p in meeting.get("participants") or []],
        "statements": [{"speaker": s["speaker"], "text": s["contains"]}
                       for s in meeting.get("statements_min") or []],
        "topics": list(meeting.get("topics_min") or []),
    }


def main() -> int:
    gold = {a["url"]: a for a in load_articles()}
    for line in sys.stdin:
        if not line.strip():
            continue
        url = json.loads(line)["url"]
        meetings = [as_prediction(m) for m in (gold.get(url) or {}).get("meetings") or []]
        print(json.dumps({"url": url, "meetings": meetings}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
