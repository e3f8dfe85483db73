"""Datasette plugin: Persian-aware search over the archive's folded FTS5 indexes.

Loaded with ``datasette --plugins-dir archive/plugins`` (``scripts/browse`` does it). It
registers ``persian_fold()``, ``persian_fold_words()`` and ``fts_query()`` on every
connection (the canned queries use them) and replaces Datasette's ``escape_fts()`` — what the
search box of a table with an FTS index runs the user's words through — with
``archive.search.fts_query``, so the search box folds ZWNJ, spacing and Arabic/Persian
letter variants exactly as the indexes were folded. Every FTS index in the archive holds
folded text, so no search box is left unfolded.
"""

import sys
from pathlib import Path

from datasette import hookimpl

# The plugin is loaded from a directory, not installed: make the project importable.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from archive.search import fts_query, register_functions  # noqa: E402


@hookimpl(trylast=True)  # after Datasette's own prepare_connection, so our escape_fts wins
def prepare_connection(conn):
    register_functions(conn)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)


@hookimpl
def render_cell(value, column):
    """Show article URLs readable (percent-decoded Persian slugs), still linking the real URL."""
    if column == "url" and isinstance(value, str) and value.startswith(("http://", "https://")) and "%" in value:
        from urllib.parse import unquote

        from markupsafe import Markup, escape

        return Markup(f'<a href="{escape(value)}" dir="ltr">{escape(unquote(value))}</a>')
    return None
