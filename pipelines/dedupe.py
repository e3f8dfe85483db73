"""Exact de-duplication: one archived row per (source, news_id), a new version only on change."""

from __future__ import annotations

import hashlib

from pipelines.persian import fold_words

HASHED_FIELDS = ("pretitle", "title", "lead", "body")


def content_hash(article: dict) -> str:
    """SHA-256 of the article's folded text, so re-renders that only differ in ZWNJ, spacing
    or letter variants do not count as an edit, while any change of words does."""
    text = "\x1f".join(fold_words(article.get(field) or "") for field in HASHED_FIELDS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def classify(article_hash: str, archived_hash: str | None) -> str:
    """``"new"`` (not archived), ``"changed"`` (edited since) or ``"unchanged"``."""
    if archived_hash is None:
        return "new"
    return "unchanged" if archived_hash == article_hash else "changed"
