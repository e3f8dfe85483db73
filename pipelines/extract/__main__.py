"""``python -m pipelines.extract``: JSON lines in, one JSON line out per input line, in order.

Input:  {"url", "source", "title", "published" (YYYY-MM-DD or null; a timestamp, YYYY/MM/DD and a
        Jalali day such as 1403-02-12 are read too), "text"}
Output: {"url", "meetings": [...]} or {"url": <url or null>, "error": "<message>"} (a bad input
line, or a failure of the extractor on that article: never an empty answer in its place)
Exit status 0 unless stdin cannot be read.
"""

from __future__ import annotations

import json
import sys

from . import extract_meetings
from .dates import parse_published


def _error(url, message: str) -> dict:
    return {"url": url if isinstance(url, str) else None, "error": message}


def handle(line: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(item, dict):
        return _error(None, f"expected a JSON object, got {type(item).__name__}")
    url = item.get("url")
    if url is not None and not isinstance(url, str):
        return _error(None, "field 'url' must be a string or null")
    if "text" not in item or item["text"] is None:
        return _error(url, "missing field 'text'")
    for name in ("text",):
        if not isinstance(item[name], str):
            return _error(url, f"field '{name}' must be a string, got {type(item[name]).__name__}")
    for name in ("title", "published", "source"):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            return _error(url, f"field '{name}' must be a string or null, got {type(value).__name__}")
    published = item.get("published")
    if published:
        day = parse_published(published)  # (a timestamp, «2024/05/01» and a Jalali day are read too)
        if day is None:
            return _error(url, f"field 'published' must be YYYY-MM-DD or null, got {published!r}")
        published = day.isoformat()
    try:
        meetings = extract_meetings(item["text"], title=item.get("title"), published=published,
                                    source=item.get("source"), url=url, strict=True)
    except Exception as exc:  # a bug on this article: say so rather than answer "no meetings"
        return _error(url, f"extraction failed: {type(exc).__name__}: {exc}")
    return {"url": url, "meetings": meetings}


def main() -> int:
    try:
        stdin = sys.stdin.buffer
    except AttributeError:  # pragma: no cover
        stdin = None
    try:
        lines = iter(stdin) if stdin is not None else iter(sys.stdin)
        for raw in lines:
            line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            try:
                result = handle(line)
            except Exception as exc:  # never lose the rest of the batch
                result = _error(None, f"internal error: {type(exc).__name__}: {exc}")
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except OSError as exc:
        print(f"cannot read stdin: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
