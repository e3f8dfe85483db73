"""Persian full-text search: SQL functions and the folded FTS5 indexes.

SQLite's tokenizers split words at ZWNJ and treat Arabic ي/ك as letters of their own, and
Persian spacing inside compounds is unreliable (رئیس‌جمهور, رئیس جمهور, رئیسجمهور, رییس جمهور
are one word). So the indexes hold *folded* text — :func:`pipelines.persian.fold`: no ZWNJ, no spaces,
one form per letter («ئ» as «ی»), Latin digits — under FTS5's ``trigram`` tokenizer, and a query is folded
the same way: every spelling of a phrase becomes the same string and matches the same rows.
The price: a search term matches as a substring (``ایران`` also finds ``ایرانی``) and must be
at least three letters long after folding.

Folding is Python, so the triggers that keep the indexes in sync call ``persian_fold()``,
registered by :func:`register_functions` on every connection the project opens
(``archive.schema.open_archive``, the Datasette plugin). A connection without it can read the
archive but cannot change article or statement text (it fails with "no such function"
instead of leaving the index stale).

Query syntax of :func:`fts_query`: a phrase, spacing-insensitive; phrases separated by a comma
(``,`` or ``،``) must all occur; alternatives separated by ``|`` (``پوتین | لاوروف``).
"""

from __future__ import annotations

import re
import sqlite3

from pipelines.persian import fold, fold_words

# A term shorter than this cannot be matched by the trigram tokenizer.
MIN_TERM = 3
_AND = re.compile(r"[,،؛;]")


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression for a user's query over the folded indexes (never raises)."""
    groups = []
    for alternative in (query or "").split("|"):
        terms = [fold(term) for term in _AND.split(alternative)]
        terms = ['"' + term.replace('"', '""') + '"' for term in terms if len(term) >= MIN_TERM]
        if terms:
            groups.append("(" + " AND ".join(terms) + ")")
    # An empty phrase matches nothing (rather than failing with a syntax error).
    return " OR ".join(groups) if groups else '""'


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the folding functions the triggers, views and canned queries use."""
    conn.create_function("persian_fold", 1, fold, deterministic=True)
    conn.create_function("persian_fold_words", 1, fold_words, deterministic=True)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


# The FTS tables, their triggers and a rebuild statement. Regular (not external-content)
# FTS5 tables: they store the folded text, so a row can be removed without recomputing it.
ARTICLE_TEXT = ("persian_fold(coalesce(new.pretitle, '') || ' ' || coalesce(new.title, ''))",
                "persian_fold(new.lead)", "persian_fold(new.body)")
STATEMENT_TEXT = (
    "persian_fold(coalesce(new.speaker, '') || ' ' || coalesce((SELECT group_concat(name, ' ') "
    "FROM (SELECT name FROM people WHERE id = new.person_id UNION "
    "SELECT name FROM person_names WHERE person_id = new.person_id)), ''))",
    "persian_fold(new.text)",
)

FTS_DDL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, lead, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(speaker, text, tokenize = 'trigram');

CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, lead, body) VALUES (new.id, {', '.join(ARTICLE_TEXT)});
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF pretitle, title, lead, body ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
  INSERT INTO articles_fts (rowid, title, lead, body) VALUES (new.id, {', '.join(ARTICLE_TEXT)});
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;

CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, speaker, text) VALUES (new.id, {', '.join(STATEMENT_TEXT)});
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_update AFTER UPDATE OF speaker, text, person_id ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.id;
  INSERT INTO statements_fts (rowid, speaker, text) VALUES (new.id, {', '.join(STATEMENT_TEXT)});
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.id;
END;
"""


def rebuild(conn) -> None:
    """Re-index every article and statement (after a migration or a change of folding)."""
    article = [x.replace("new.", "") for x in ARTICLE_TEXT]
    statement = [x.replace("new.", "statements.") for x in STATEMENT_TEXT]
    conn.execute("DELETE FROM articles_fts")
    conn.execute(f"INSERT INTO articles_fts (rowid, title, lead, body) SELECT id, {', '.join(article)} FROM articles")
    conn.execute("DELETE FROM statements_fts")
    conn.execute(f"INSERT INTO statements_fts (rowid, speaker, text) "
                 f"SELECT id, {', '.join(statement)} FROM statements")


def search_articles(db, query: str) -> list[int]:
    """Ids of the articles matching ``query`` (see the module's query syntax)."""
    return [r[0] for r in db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH fts_query(?) ORDER BY rowid", [query])]


def search_statements(db, query: str) -> list[int]:
    """Ids of the statements matching ``query`` in their text or their speaker's names."""
    return [r[0] for r in db.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH fts_query(?) ORDER BY rowid", [query])]


def main(argv: list[str] | None = None) -> int:
    """``python -m archive.search [--db PATH] [--statements] QUERY`` or ``--rebuild``."""
    import argparse

    from archive import add_db_argument, require_existing
    from archive.schema import open_archive

    parser = argparse.ArgumentParser(prog="python -m archive.search", description="Search the archive (folded).")
    parser.add_argument("query", nargs="?", help="words, spelled any way; ',' = and, '|' = or")
    add_db_argument(parser)
    parser.add_argument("--statements", action="store_true", help="search statements instead of articles")
    parser.add_argument("--rebuild", action="store_true", help="re-index every article and statement")
    args = parser.parse_args(argv)
    db = open_archive(require_existing(parser, args.db))
    if args.rebuild:
        with db.atomic():
            rebuild(db.conn)
        print(f"re-indexed {db['articles'].count} articles and {db['statements'].count} statements")
    if args.query:
        if args.statements:
            for statement_id in search_statements(db, args.query):
                row = db.execute("SELECT date, speaker, text FROM statements_view WHERE statement_id = ?",
                                 [statement_id]).fetchone()
                print(f"{statement_id}\t{row[0]}\t{row[1]}\t{row[2]}")
        else:
            for article_id in search_articles(db, args.query):
                row = db.execute("SELECT source, published, title, url FROM articles WHERE id = ?",
                                 [article_id]).fetchone()
                print(f"{article_id}\t{row[0]}\t{row[1]}\t{row[2]}\t{row[3]}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # `... | head`
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
