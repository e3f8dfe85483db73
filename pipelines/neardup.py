"""Near-duplicate clusters: one story, however many agencies (or one agency, twice) publish it.

A story republished by another agency with its own credit line, lightly edited, split in two
or merged with another report is put in the same cluster as the first report of it; distinct
stories on the same topic (two meetings of the same presidents months apart, two meetings on
one day) are not.

How (docs/DEDUPE.md has the full picture and the measured figures):

1. **Fingerprint** (:func:`fingerprint`): lead + body, credit lines and end markers dropped
   (:func:`pipelines.clean.strip_boilerplate`, so different agencies' credit lines do not
   matter), folded (:func:`pipelines.persian.fold_words`: ZWNJ, letter variants, digits),
   split into words, word 3-shingles → a MinHash signature (datasketch, ``NUM_PERM`` values),
   plus the number of shingles and the publication day.
2. **Candidates** (LSH): the signature is cut into ``BANDS`` bands of ``ROWS`` values; each band
   is hashed to one 64-bit key. Articles sharing a key and published within ``MAX_DAYS`` are
   candidates. The keys live in the archive, table ``neardup_bands`` (``key, day, doc_id``, a
   WITHOUT ROWID B-tree), so a look-up is ``BANDS`` index range probes bounded by the date
   window, whatever the archive's size: no scan, and old years are never read.
   A second look-up finds the articles that share whole long sentences (``SENTENCE_WORDS``
   words or more, folded, spaces ignored; table ``neardup_sentences``, same date window): a
   report split in two parts shares few shingles with the whole (its signature Jaccard is
   0.2, where LSH finds a candidate one time in three) but keeps its sentences word for word.
3. **Verification** (:func:`same_story`): a candidate is the same story when the signatures'
   estimated Jaccard similarity is at least ``JACCARD``, or the smaller text is at least
   ``CONTAINMENT`` contained in the larger (split/merged stories), or at least
   ``SHARED_SENTENCES`` long sentences and ``SENTENCE_SHARE`` of the smaller text's long
   sentences are the same in both; and the two were published at most ``MAX_DAYS`` apart.
   Same-topic stories share names and formulas but not sentences: their shingle overlap stays
   far below the thresholds (measured in bench/neardup.py). A follow-up repeating a background
   paragraph shares one or two sentences out of eight or more: below ``SENTENCE_SHARE``.
4. **Cluster**: an article joins the cluster of its most similar verified candidate; with none
   it starts its own cluster, whose id is the article's ``neardup_docs.id``. Cluster ids never
   change once given (no merging of two existing clusters), so nothing else has to be
   rewritten when an article arrives.

Tables (created by :func:`ensure_index`, in the archive's SQLite file, ``CREATE ... IF NOT
EXISTS``): ``neardup_docs`` (one row per ``(source, news_id)``: cluster, signature, size, day),
``neardup_bands`` (LSH band key → doc), ``neardup_sentences`` (long sentence key → doc),
``neardup_meta`` (the parameters the index was built
with; opening it with others is an error rather than silent nonsense).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

import numpy as np
from datasketch import MinHash

from pipelines.clean import strip_boilerplate
from pipelines.persian import fold_words

# --- parameters (stored in neardup_meta; changing one needs a rebuild: see rebuild_index) ---
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SHINGLE = 10  # characters per shingle, over the folded text without spaces
BANDS, ROWS = 42, 3  # 126 of the 128 values; P(candidate) is 0.94 at J=0.4, 0.29 at 0.2, 0.04 at 0.1
# --- verification ---
JACCARD = 0.5  # estimated Jaccard of the two shingle sets
CONTAINMENT = 0.7  # share of the smaller text's shingles found in the larger (split/merged)
MIN_CONTAINED = 200  # containment alone counts only when the smaller text has this many shingles
# ... and is at least this share of the larger: containment is estimated from the signatures'
# Jaccard and the set sizes, and its error grows with the size ratio (at 1:5 one standard
# deviation is about 0.15), so a short item inside a long round-up is not judged by it.
MIN_RATIO = 0.3
MAX_DAYS = 14  # copies are published within days; further apart is another story
MIN_SHINGLES = 60  # shorter texts (a dozen words: media pages, captions) are never matched
NO_DAY = -1  # neardup_bands.day of an article without a publication date
MAX_CANDIDATES = 64  # candidates verified per article, most shared bands first (bounds the cost)
# --- shared sentences (split parts, a flash inside its full report) ---
SENTENCE_WORDS = 8  # shorter sentences are formulas («در این دیدار دو طرف ... گفت‌وگو کردند»)
SHARED_SENTENCES = 2  # one shared sentence is a quotation or a background line any report repeats
SENTENCE_SHARE = 0.4  # of the smaller text's long sentences; composed follow-ups reach 0.25

PARAMS = {"num_perm": NUM_PERM, "seed": SEED, "scheme": SCHEME, "shingle": SHINGLE,
          "bands": BANDS, "rows": ROWS, "sentence_words": SENTENCE_WORDS, "version": 2}
# The parameters of an index built before sentences were indexed: upgrade_index adds them.
PARAMS_V1 = {k: v for k, v in PARAMS.items() if k != "sentence_words"} | {"version": 1}

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?؟؛:«»\"\n]")
_K1 = np.uint64(0x9E3779B97F4A7C15)
_K2 = np.uint64(0xBF58476D1CE4E5B9)
_K3 = np.uint64(0x94D049BB133111EB)


# ------------------------------------------------------------------------------------------
# Fingerprints
# ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of an article's text."""

    signature: np.ndarray | None  # NUM_PERM uint32 MinHash values; None: too short to match
    size: int  # distinct shingles
    day: int | None  # publication date as a proleptic ordinal, None when unknown
    sentences: frozenset[int] = frozenset()  # sentence_keys of the text (empty when too short)

    @property
    def indexable(self) -> bool:
        return self.signature is not None


@lru_cache(maxsize=1)
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def article_text(article: dict) -> str:
    """The text that identifies a story: lead and body without credit lines or end markers.

    Titles are left out on purpose: agencies retitle the copies they republish, and reports of
    different meetings of the same people carry near-identical titles.
    """
    body = article.get("body") or ""
    paragraphs = body if isinstance(body, list) else str(body).split("\n")
    return "\n".join(strip_boilerplate([article.get("lead") or "", *paragraphs]))


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Character k-shingles of the text folded (:func:`pipelines.persian.fold`: ZWNJ, letter
    variants, digits, case unified) with punctuation and every space removed.

    Characters rather than words because copies of Persian text differ most in spacing:
    ``همکاری‌های``, ``همکاری های`` and ``همکاریهای`` are one word three ways, and ``fold_words``
    keeps the space of the second, so a word shingle would differ; with spaces gone all three
    are the same characters. Ten characters span about two words. A text shorter than k
    characters is one shingle.
    """
    chars = "".join(_WORD.findall(fold_words(text)))
    if len(chars) <= k:
        return {chars} if chars else set()
    return {chars[i:i + k] for i in range(len(chars) - k + 1)}


def sentence_keys(text: str) -> frozenset[int]:
    """A signed 64-bit key per sentence of at least ``SENTENCE_WORDS`` words: folded like the
    shingles, spaces and punctuation dropped, so copies spaced or punctuated otherwise agree.
    Quotation marks and colons end a sentence too: a quotation is often re-framed
    («گفت:» / «تأکید کرد که») around the same words."""
    keys = set()
    for sentence in _SENTENCE_END.split(fold_words(text)):
        words = _WORD.findall(sentence)
        if len(words) >= SENTENCE_WORDS:
            digest = hashlib.blake2b("".join(words).encode("utf-8"), digest_size=8).digest()
            keys.add(int.from_bytes(digest, "little", signed=True))
    return frozenset(keys)


def signature_of(shingle_set: Iterable[str]) -> np.ndarray:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m.hashvalues.astype(np.uint32)


def publication_day(published) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10]).toordinal()
    except ValueError:
        return None


def fingerprint(article: dict) -> Fingerprint:
    """The article's fingerprint (``lead``, ``body``: str with ``\\n`` or list; ``published``)."""
    text = article_text(article)
    found = shingles(text)
    day = publication_day(article.get("published"))
    if len(found) < MIN_SHINGLES:
        return Fingerprint(None, len(found), day)
    return Fingerprint(signature_of(found), len(found), day, sentence_keys(text))


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (band number mixed in, so bands never collide).

    Hand-written rather than datasketch's MinHashLSH because that keeps its tables in memory
    (or Redis/Cassandra); here they must persist in the archive's SQLite file.
    """
    return band_keys_many(signature[None, :])[0].tolist()


def band_keys_many(signatures: np.ndarray) -> np.ndarray:
    """:func:`band_keys` of many signatures at once: an (n, BANDS) int64 array."""
    rows = signatures[:, :BANDS * ROWS].astype(np.uint64).reshape(len(signatures), BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = np.broadcast_to(np.arange(1, BANDS + 1, dtype=np.uint64) * _K1, rows.shape[:2]).copy()
        for j in range(ROWS):
            h = (h ^ rows[:, :, j]) * _K2
            h ^= h >> np.uint64(31)
        h = (h ^ (h >> np.uint64(29))) * _K3
        h ^= h >> np.uint64(32)
    return h.view(np.int64)


# ------------------------------------------------------------------------------------------
# Verification
# ------------------------------------------------------------------------------------------

def similarity(a: Fingerprint, b: Fingerprint) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller in the larger)."""
    if a.signature is None or b.signature is None:
        return 0.0, 0.0
    j = float(np.count_nonzero(a.signature == b.signature)) / NUM_PERM
    inter = j * (a.size + b.size) / (1.0 + j)
    return j, min(1.0, inter / max(1, min(a.size, b.size)))


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two fingerprints are reports of one story (the verification step)."""
    if a.signature is None or b.signature is None:
        return False
    if a.day is not None and b.day is not None and abs(a.day - b.day) > MAX_DAYS:
        return False
    j, c = similarity(a, b)
    small, large = sorted((a.size, b.size))
    shared = len(a.sentences & b.sentences)
    return (j >= JACCARD or (c >= CONTAINMENT and small >= MIN_CONTAINED and small >= MIN_RATIO * large)
            or (shared >= SHARED_SENTENCES
                and shared >= SENTENCE_SHARE * min(len(a.sentences), len(b.sentences))))


# ------------------------------------------------------------------------------------------
# The persistent index
# ------------------------------------------------------------------------------------------

def _conn(db) -> sqlite3.Connection:
    """Accept a sqlite_utils.Database or a sqlite3.Connection."""
    return getattr(db, "conn", db)


_DDL = (
    """CREATE TABLE IF NOT EXISTS neardup_meta (name TEXT PRIMARY KEY, value TEXT)""",
    # AUTOINCREMENT: ids (and so cluster ids) are never reused after a removal
    """CREATE TABLE IF NOT EXISTS neardup_docs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        news_id INTEGER NOT NULL,
        cluster_id INTEGER NOT NULL,
        day INTEGER,
        size INTEGER NOT NULL,
        signature BLOB,
        sentence_keys BLOB
    )""",
    "CREATE UNIQUE INDEX IF NOT EXISTS neardup_docs_article ON neardup_docs (source, news_id)",
    "CREATE INDEX IF NOT EXISTS neardup_docs_cluster ON neardup_docs (cluster_id)",
    # day: the article's publication day (NO_DAY when unknown), so a look-up reads only the
    # articles of its key published within MAX_DAYS: the cost follows how many articles a
    # month brings, not how many years the archive holds.
    """CREATE TABLE IF NOT EXISTS neardup_bands (
        key INTEGER NOT NULL,
        day INTEGER NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (key, day, doc_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS neardup_sentences (
        key INTEGER NOT NULL,
        day INTEGER NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (key, day, doc_id)
    ) WITHOUT ROWID""",
)


class IndexMismatch(RuntimeError):
    """The archive's index was built with other parameters: rebuild it (rebuild_index)."""


def ensure_index(db) -> None:
    """Create the index tables if missing; check the parameters of an existing index (one of
    version 1, from before sentences were indexed, is upgraded: :func:`upgrade_index`)."""
    conn = _conn(db)
    with _savepoint(conn):
        stored = _stored_params(conn)
        if stored == {k: str(v) for k, v in PARAMS_V1.items()}:
            upgrade_index(conn)
            return
        for statement in _DDL:
            conn.execute(statement)
        if not stored:
            conn.executemany("INSERT INTO neardup_meta (name, value) VALUES (?, ?)",
                             [(k, str(v)) for k, v in PARAMS.items()])
        elif stored != _PARAMS_TEXT:
            raise IndexMismatch(f"index built with {stored}, this code uses {PARAMS}")


def _stored_params(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT name, value FROM neardup_meta").fetchall())
    except sqlite3.OperationalError:  # no index yet
        return {}


def upgrade_index(conn: sqlite3.Connection) -> int:
    """Add the sentence keys to an index built by version 1: the column and table, then the
    keys of every indexed article the archive holds (``articles`` joined on source and news
    id), the number of articles given keys. Clusters are left as they are: the keys serve the
    articles that come next."""
    with _savepoint(conn):
        conn.execute("ALTER TABLE neardup_docs ADD COLUMN sentence_keys BLOB")
        for statement in _DDL:
            conn.execute(statement)
        has_articles = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
        rows = conn.execute(
            "SELECT d.id, d.day, a.lead, a.body FROM neardup_docs d JOIN articles a"
            " ON a.source = d.source AND a.news_id = d.news_id WHERE d.signature IS NOT NULL"
        ).fetchall() if has_articles else []
        for doc_id, day, lead, body in rows:
            keys = sentence_keys(article_text({"lead": lead, "body": body}))
            conn.execute("UPDATE neardup_docs SET sentence_keys = ? WHERE id = ?", [_keys_blob(keys), doc_id])
            _add_keys(conn, doc_id, Fingerprint(None, 0, day, keys), bands=False)
        conn.execute("DELETE FROM neardup_meta")
        conn.executemany("INSERT INTO neardup_meta (name, value) VALUES (?, ?)",
                         [(k, str(v)) for k, v in PARAMS.items()])
    return len(rows)


class _savepoint:
    """A transaction of our own, or a savepoint inside the caller's."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("SAVEPOINT neardup")
        return self.conn

    def __exit__(self, kind, value, tb):
        if kind is not None:
            self.conn.execute("ROLLBACK TO SAVEPOINT neardup")
        self.conn.execute("RELEASE SAVEPOINT neardup")
        return False


def _blob(signature: np.ndarray | None) -> bytes | None:
    return None if signature is None else signature.astype("<u4").tobytes()


def _unblob(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<u4")


def _keys_blob(keys: frozenset[int]) -> bytes | None:
    return np.array(sorted(keys), dtype="<i8").tobytes() if keys else None


def _unkeys(blob: bytes | None) -> frozenset[int]:
    return frozenset(np.frombuffer(blob, dtype="<i8").tolist()) if blob else frozenset()


def _window(table: str, keys: list[int], day: int | None) -> tuple[str, list]:
    """SQL listing ``doc_id`` once per key of ``table`` it shares with ``keys``, within
    ``MAX_DAYS`` of ``day`` (or undated); every article when ``day`` is unknown."""
    marks = ",".join("?" * len(keys))
    if day is None:
        return f"SELECT doc_id FROM {table} WHERE key IN ({marks})", list(keys)
    return (f"SELECT doc_id FROM {table} WHERE key IN ({marks}) AND day BETWEEN ? AND ?"
            f" UNION ALL SELECT doc_id FROM {table} WHERE key IN ({marks}) AND day = {NO_DAY}",
            [*keys, day - MAX_DAYS, day + MAX_DAYS, *keys])


def candidates(db, fp: Fingerprint, exclude: int | None = None) -> list[tuple[int, int, Fingerprint]]:
    """Indexed articles sharing an LSH band with ``fp`` (most shared bands first, at most
    ``MAX_CANDIDATES``), then those sharing ``SHARED_SENTENCES`` long sentences (as many):
    ``(doc_id, cluster_id, fingerprint)``. Index probes only."""
    if fp.signature is None:
        return []
    conn = _conn(db)
    ids: list[int] = []
    lookups = [("neardup_bands", band_keys(fp.signature), 1)]
    if len(fp.sentences) >= SHARED_SENTENCES:
        lookups.append(("neardup_sentences", sorted(fp.sentences), SHARED_SENTENCES))
    for table, keys, at_least in lookups:
        hits, params = _window(table, keys, fp.day)
        rows = conn.execute(
            f"SELECT doc_id, COUNT(*) AS n FROM ({hits}) GROUP BY doc_id HAVING n >= ?"
            " ORDER BY n DESC, doc_id LIMIT ?", [*params, at_least, MAX_CANDIDATES + 1]).fetchall()
        found = [doc_id for doc_id, _ in rows if doc_id != exclude][:MAX_CANDIDATES]
        ids.extend(doc_id for doc_id in found if doc_id not in ids)
    if not ids:
        return []
    found = conn.execute(
        "SELECT id, cluster_id, signature, size, day, sentence_keys FROM neardup_docs"
        f" WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
    return [(i, c, Fingerprint(_unblob(s), size, day, _unkeys(k))) for i, c, s, size, day, k in found]


def _best_cluster(db, fp: Fingerprint, exclude: int | None = None) -> tuple[int | None, set[int]]:
    """The cluster of the most similar verified candidate, and every verified cluster."""
    best, best_key, clusters = None, None, set()
    for doc_id, cluster_id, other in candidates(db, fp, exclude):
        if same_story(fp, other):
            clusters.add(cluster_id)
            key = (-similarity(fp, other)[0], doc_id)
            if best_key is None or key < best_key:
                best, best_key = cluster_id, key
    return best, clusters


def assign_cluster(db, article: dict) -> int:
    """Index ``article`` (by its ``source`` and ``news_id``) and return its cluster id.

    Idempotent: the same article with the same text gets the same id and nothing is written;
    an edited article is re-indexed (its old keys removed) and keeps its cluster while it is
    still the same story as a member of it (or while it founded a cluster that has members).
    Commits its own writes (a savepoint when the caller holds a transaction).
    """
    ensure_index_once(db)
    conn = _conn(db)
    fp = fingerprint(article)
    source, news_id = article["source"], int(article["news_id"])
    blob, keys_blob = _blob(fp.signature), _keys_blob(fp.sentences)
    with _savepoint(conn):
        row = conn.execute(
            "SELECT id, cluster_id, signature, size, day, sentence_keys FROM neardup_docs"
            " WHERE source = ? AND news_id = ?", [source, news_id]).fetchone()
        if row is None:
            cluster_id, _ = _best_cluster(conn, fp)
            doc_id = conn.execute(
                "INSERT INTO neardup_docs (source, news_id, cluster_id, day, size, signature, sentence_keys)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [source, news_id, cluster_id if cluster_id is not None else -1, fp.day, fp.size, blob,
                 keys_blob],
            ).lastrowid
            if cluster_id is None:
                cluster_id = doc_id
                conn.execute("UPDATE neardup_docs SET cluster_id = ? WHERE id = ?", [doc_id, doc_id])
            _add_keys(conn, doc_id, fp)
            return cluster_id

        doc_id, current, old_blob, old_size, old_day, old_keys = row
        if old_blob == blob and old_size == fp.size and old_day == fp.day and old_keys == keys_blob:
            return current  # unchanged: nothing to do
        _drop_keys(conn, doc_id, Fingerprint(_unblob(old_blob), old_size, old_day, _unkeys(old_keys)))
        best, verified = _best_cluster(conn, fp, exclude=doc_id)
        if current in verified:
            cluster_id = current
        elif current == doc_id and conn.execute(
                "SELECT 1 FROM neardup_docs WHERE cluster_id = ? AND id != ? LIMIT 1",
                [doc_id, doc_id]).fetchone():
            cluster_id = current  # it founded a cluster others joined: keep the id stable
        else:
            cluster_id = best if best is not None else doc_id
        conn.execute("UPDATE neardup_docs SET cluster_id = ?, day = ?, size = ?, signature = ?,"
                     " sentence_keys = ? WHERE id = ?",
                     [cluster_id, fp.day, fp.size, blob, keys_blob, doc_id])
        _add_keys(conn, doc_id, fp)
        return cluster_id


def _key_rows(doc_id: int, fp: Fingerprint) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """The (key, day, doc_id) rows of ``neardup_bands`` and of ``neardup_sentences``."""
    d = NO_DAY if fp.day is None else fp.day
    bands = [] if fp.signature is None else [(k, d, doc_id) for k in band_keys(fp.signature)]
    return bands, [(k, d, doc_id) for k in fp.sentences]


def _add_keys(conn: sqlite3.Connection, doc_id: int, fp: Fingerprint, bands: bool = True) -> None:
    band_rows, sentences = _key_rows(doc_id, fp)
    if bands:
        conn.executemany("INSERT OR IGNORE INTO neardup_bands (key, day, doc_id) VALUES (?, ?, ?)", band_rows)
    conn.executemany("INSERT OR IGNORE INTO neardup_sentences (key, day, doc_id) VALUES (?, ?, ?)", sentences)


def _drop_keys(conn: sqlite3.Connection, doc_id: int, fp: Fingerprint) -> None:
    bands, sentences = _key_rows(doc_id, fp)
    conn.executemany("DELETE FROM neardup_bands WHERE key = ? AND day = ? AND doc_id = ?", bands)
    conn.executemany("DELETE FROM neardup_sentences WHERE key = ? AND day = ? AND doc_id = ?", sentences)


def ensure_index_once(db) -> None:
    """:func:`ensure_index` when the tables are missing, else only the parameter check
    (one small read: cheap enough to run for every article)."""
    conn = _conn(db)
    if _stored_params(conn) == _PARAMS_TEXT:
        return
    ensure_index(conn)


_PARAMS_TEXT = {k: str(v) for k, v in PARAMS.items()}


def cluster_of(db, source: str, news_id: int) -> int | None:
    """The cluster id of an indexed article, None if it was never indexed."""
    row = _conn(db).execute("SELECT cluster_id FROM neardup_docs WHERE source = ? AND news_id = ?",
                            [source, int(news_id)]).fetchone()
    return row[0] if row else None


def members(db, cluster_id: int) -> list[tuple[str, int]]:
    """``(source, news_id)`` of a cluster's articles, in the order they were indexed."""
    return [tuple(r) for r in _conn(db).execute(
        "SELECT source, news_id FROM neardup_docs WHERE cluster_id = ? ORDER BY id", [cluster_id])]


def remove(db, source: str, news_id: int) -> None:
    """Drop an article from the index (its cluster id stays with any other members)."""
    conn = _conn(db)
    with _savepoint(conn):
        row = conn.execute("SELECT id, signature, size, day, sentence_keys FROM neardup_docs"
                           " WHERE source = ? AND news_id = ?", [source, int(news_id)]).fetchone()
        if row is None:
            return
        doc_id, signature, size, day, keys = row
        _drop_keys(conn, doc_id, Fingerprint(_unblob(signature), size, day, _unkeys(keys)))
        conn.execute("DELETE FROM neardup_docs WHERE id = ?", [doc_id])


def rebuild_index(db, update_articles: bool = True) -> int:
    """Drop the index and build it again from the archive's articles (after changing a
    parameter: :class:`IndexMismatch` says when). Cluster ids are given anew."""
    conn = _conn(db)
    with _savepoint(conn):
        for table in ("neardup_bands", "neardup_sentences", "neardup_docs", "neardup_meta"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    return index_archive(conn, update_articles)


def index_archive(db, update_articles: bool = True) -> int:
    """Index every archived article not indexed yet, oldest publication first; the count.

    For an archive crawled before clustering existed. With ``update_articles`` (and when the
    archive has the ``articles.cluster_id`` column) the articles' ``cluster_id`` is filled in.
    """
    conn = _conn(db)
    ensure_index_once(conn)
    has_column = "cluster_id" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    rows = conn.execute(
        "SELECT a.id, a.source, a.news_id, a.lead, a.body, a.published FROM articles a"
        " LEFT JOIN neardup_docs d ON d.source = a.source AND d.news_id = a.news_id"
        " WHERE d.id IS NULL ORDER BY a.published, a.id").fetchall()
    for article_id, source, news_id, lead, body, published in rows:
        cluster_id = assign_cluster(conn, {"source": source, "news_id": news_id, "lead": lead,
                                           "body": body, "published": published})
        if update_articles and has_column:
            with _savepoint(conn):
                conn.execute("UPDATE articles SET cluster_id = ? WHERE id = ?", [cluster_id, article_id])
    return len(rows)
