"""Fault injection: a server in front of a mirror that fails the way networks and CMSs do.

    from mirror import faults, synthetic
    site = synthetic.Site(2000)                      # or a running mirror's base URL
    with faults.serve(site, rates={"5xx": .10, "timeout": .05, "reset": .05}, seed=7) as base:
        ...crawl base...
        base.injected     # Counter: faults injected, by kind
        base.hits         # every request target received, in order (path?query)
        base.trap_hits    # requests that reached the off-site trap server (must stay empty)

Transient faults are drawn per request at the given rates (independently of the URL, so a
retry may succeed):

==============  ==================================================================
``5xx``         500/502/503/504 with a small error page
``429``         429 Too Many Requests with ``Retry-After: <retry_after>``
``timeout``     the request is read, nothing is answered for ``hold`` seconds
``reset``       the connection is reset (RST) before any answer
``truncate``    Content-Length announced, half the body sent, connection closed
``cut``         no Content-Length, ``Connection: close``, half the body sent (undetectable
                by HTTP: only the document's missing end tells)
``empty``       200 with an empty body (HTML and XML only; never robots.txt)
``drip``        the whole answer, a few bytes at a time over ``drip_seconds``
``slow``        a drip slower than the crawler's timeout (``hold`` seconds in all)
==============  ==================================================================

Permanent hostile content, always present (with ``decoys=True``): every HTML page gets a
block of links to decoy URLs shaped like articles (``/fa/news/<id>``, which both agencies'
URL patterns accept):

- ``/fa/news/990000<k>``: disallowed by robots.txt (``Disallow: /fa/news/990`` is added);
- ``/fa/news/98000001``: a redirect loop (two URLs redirecting to each other, forever);
- ``/fa/news/97000001``: a redirect to the off-site trap server;
- ``/fa/news/96000001`` / ``96000002``: 11 MB pages (with / without Content-Length);
- ``/fa/news/95000001``: a gzip bomb (32 KB on the wire, 32 MB inflated);
- links to the trap server on other origins (``127.0.0.2``, and ``127.0.0.1`` on another port).

Charset faults are per URL (a page is always served the same way): with ``charset_rate``
a share of article pages is re-encoded as windows-1256, served with a wrong
(``charset=utf-8``), a Latin-1 or no charset in the header, with or without ``<meta>``.

Nothing here listens on anything but loopback addresses.
"""

from __future__ import annotations

import collections
import contextlib
import gzip
import hashlib
import http.client
import random
import re
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .server import decode_path

TRANSIENT = ("5xx", "429", "timeout", "reset", "truncate", "cut", "empty", "drip", "slow")
# The rates of issue 6's long run, plus every other kind at a low rate.
ISSUE_RATES = {"5xx": 0.10, "timeout": 0.05, "reset": 0.05}
ALL_RATES = {**ISSUE_RATES, "429": 0.02, "truncate": 0.02, "cut": 0.02, "empty": 0.02,
             "drip": 0.02, "slow": 0.01}

DISALLOWED_PREFIX = "/fa/news/990"
DISALLOWED = tuple(f"/fa/news/{99000001 + k}" for k in range(3))
LOOP = "/fa/news/98000001"
OFFSITE_REDIRECT = "/fa/news/97000001"
OVERSIZE = ("/fa/news/96000001", "/fa/news/96000002")
BOMB = "/fa/news/95000001"
TRAP_PATHS = ("/fa/news/94000001", "/fa/news/94000002")
DECOYS = (*DISALLOWED, LOOP, OFFSITE_REDIRECT, *OVERSIZE, BOMB)
OVERSIZE_BYTES = 11 * 1024 * 1024
BOMB_BYTES = 32 * 1024 * 1024

_HTML_END = re.compile(rb"</body>", re.IGNORECASE)


@contextlib.contextmanager
def serve(upstream, *, rates: dict | None = None, seed: int = 0, hold: float = 6.0,
          retry_after: int = 1, drip_seconds: float = 0.3, decoys: bool = True,
          charset_rate: float = 0.0, host: str = "127.0.0.1", port: int = 0, verbose: bool = False):
    """Serve ``upstream`` (a base URL of a running mirror, or a callable such as
    :class:`mirror.synthetic.Site`) with faults; yields a :class:`FaultyServer`."""
    if decoys:  # built before the crawl starts, so serving them takes no time
        _big_page(), _bomb()
    trap = _start(_TrapHandler, "127.0.0.2" if _can_bind("127.0.0.2") else host, 0)
    trap.hits = []
    httpd = _start(_FaultHandler, host, port)
    httpd.upstream = upstream
    httpd.rates = {k: float(v) for k, v in (rates if rates is not None else ALL_RATES).items()}
    unknown = set(httpd.rates) - set(TRANSIENT)
    if unknown:
        raise ValueError(f"unknown fault kinds {sorted(unknown)}; known: {TRANSIENT}")
    httpd.rng, httpd.lock = random.Random(seed), threading.Lock()
    httpd.hold, httpd.retry_after, httpd.drip_seconds = hold, retry_after, drip_seconds
    httpd.decoys, httpd.charset_rate, httpd.seed, httpd.verbose = decoys, charset_rate, seed, verbose
    httpd.injected, httpd.hits, httpd.events, httpd.times = collections.Counter(), [], [], []
    httpd.trap = trap
    httpd.trap_urls = (f"http://{trap.server_address[0]}:{trap.server_address[1]}",
                       f"http://127.0.0.1:{trap.server_address[1]}")
    httpd.charset_pages = {}
    base = FaultyServer(f"http://{host}:{httpd.server_address[1]}", httpd)
    try:
        yield base
    finally:
        for server in (httpd, trap):
            server.shutdown()
            server.server_close()


class FaultyServer(str):
    """The running fault server: a str equal to its base URL, plus what it did."""

    def __new__(cls, base_url: str, httpd):
        obj = super().__new__(cls, base_url)
        obj._httpd = httpd
        return obj

    @property
    def injected(self) -> collections.Counter:
        return self._httpd.injected

    @property
    def hits(self) -> list[str]:
        return self._httpd.hits

    @property
    def events(self) -> list[tuple[str, str]]:
        """(request target, fault kind or "ok") for every request, in order."""
        return self._httpd.events

    def retry_after_gaps(self) -> list[float]:
        """Seconds between each 429 and the next request for the same target."""
        gaps, pending = [], {}
        for (target, kind), at in zip(list(self._httpd.events), list(self._httpd.times)):
            if target in pending:
                gaps.append(at - pending.pop(target))
            if kind == "429":
                pending[target] = at
        return gaps

    @property
    def trap_hits(self) -> list[str]:
        return self._httpd.trap.hits

    @property
    def charset_pages(self) -> dict[str, str]:
        """Decoded path → how its charset was mangled, for pages served as windows-1256."""
        return self._httpd.charset_pages

    def paths(self) -> list[str]:
        return [decode_path(t) for t in self.hits]


def _can_bind(address: str) -> bool:
    try:
        with socket.socket() as s:
            s.bind((address, 0))
        return True
    except OSError:
        return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        import sys
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the crawler gave up on a connection we were slow on, as it should
        super().handle_error(request, client_address)


def _start(handler, host: str, port: int) -> _Server:
    httpd = _Server((host, port), handler)
    threading.Thread(target=httpd.serve_forever, name=f"faults-{host}", daemon=True).start()
    return httpd


# --------------------------------------------------------------------------------------------

class _FaultHandler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            super().log_message(fmt, *args)

    def do_GET(self):
        srv = self.server
        target = self.path
        path = decode_path(target)
        kind = self._draw(path)
        self.served_here = getattr(self, "served_here", 0) + 1
        with srv.lock:
            srv.hits.append(target)
            srv.events.append((target, kind))
            srv.times.append(time.monotonic())
            if kind != "ok":
                srv.injected[kind] += 1
            if kind == "reset" and self.served_here > 1:
                # On a kept-alive connection Twisted's pool retries an idempotent request
                # once by itself (RFC 9110 §9.2.2), before Scrapy sees any failure.
                srv.injected["reset_on_reused_connection"] += 1
        if kind == "reset":
            return self._reset()
        if kind == "timeout":
            time.sleep(srv.hold)
            self.close_connection = True
            return
        if kind == "5xx":
            status = (500, 502, 503, 504)[hash(target) % 4]
            return self._send(status, "text/html; charset=utf-8",
                              b"<html><body><h1>Service unavailable</h1></body></html>")
        if kind == "429":
            return self._send(429, "text/html; charset=utf-8", b"<html><body>Too many requests</body></html>",
                              {"Retry-After": str(srv.retry_after)})
        status, headers, body = self._content(target, path)
        if kind == "empty":
            body = b""
            headers.pop("Content-Encoding", None)
        if kind == "truncate":
            return self._send(status, headers.pop("Content-Type"), body, headers, cut_at=len(body) // 2)
        if kind == "cut":
            return self._send(status, headers.pop("Content-Type"), body, headers, cut_at=len(body) // 2,
                              length=False)
        if kind in ("drip", "slow"):
            seconds = srv.drip_seconds if kind == "drip" else srv.hold
            return self._send(status, headers.pop("Content-Type"), body, headers, drip=seconds)
        return self._send(status, headers.pop("Content-Type"), body, headers)

    do_HEAD = do_GET

    # Fault choice ------------------------------------------------------------------------

    def _draw(self, path: str) -> str:
        srv = self.server
        with srv.lock:
            u = srv.rng.random()
        if srv.decoys and path in DECOYS + (LOOP + "/b",):
            return "ok"  # decoys fail permanently, in their own way
        for kind, rate in srv.rates.items():
            if u < rate:
                if kind in ("empty", "cut") and path == "/robots.txt":
                    return "ok"  # an empty or cut robots.txt is indistinguishable from a real one
                return kind
            u -= rate
        return "ok"

    # Content -----------------------------------------------------------------------------

    def _content(self, target: str, path: str) -> tuple[int, dict, bytes]:
        srv = self.server
        host = self.headers.get("Host") or f"127.0.0.1:{srv.server_address[1]}"
        base = f"http://{host}"
        if srv.decoys and path in DECOYS + (LOOP + "/b",):
            return self._decoy(path, base)
        status, headers, body = self._upstream(target, base)
        ctype = headers.get("Content-Type", "")
        if path == "/robots.txt" and srv.decoys and status == 200:
            body = re.sub(rb"(?im)^(user-agent:\s*\*\s*\n)", lambda m: m[1] + f"Disallow: {DISALLOWED_PREFIX}\n".encode(),
                          body, count=1)
            if DISALLOWED_PREFIX.encode() not in body:
                body = f"User-agent: *\nDisallow: {DISALLOWED_PREFIX}\n".encode() + body
        if "html" in ctype and status == 200:
            if srv.decoys:
                body = self._with_decoy_links(body)
            if srv.charset_rate and _share(srv.seed, path) < srv.charset_rate and re.match(r"^/fa/news/\d+/", path):
                body, ctype, how = _as_windows_1256(body, path)
                srv.charset_pages[path] = how
                headers["Content-Type"] = ctype
        headers["Content-Length"] = str(len(body))
        return status, headers, body

    def _upstream(self, target: str, base: str) -> tuple[int, dict, bytes]:
        upstream = self.server.upstream
        if callable(upstream):
            query = parse_qs(urlsplit(target).query, keep_blank_values=True)
            try:
                res = upstream(decode_path(target), query, base)
            except Exception as exc:  # a broken generator shows up as a 500, as in mirror.server
                return 500, {"Content-Type": "text/plain"}, repr(exc).encode()
            if res is None:
                return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body>404</body></html>"
            status, ctype, text, headers = res
            return status, {**headers, "Content-Type": ctype}, text.encode("utf-8")
        parts = urlsplit(str(upstream))
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            conn.request("GET", target, headers={"Host": base.split("://", 1)[1]})
            resp = conn.getresponse()
            body = resp.read()
            headers = {k: v for k, v in resp.getheaders()
                       if k.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server")}
            headers.setdefault("Content-Type", "application/octet-stream")
            return resp.status, headers, body
        finally:
            conn.close()

    def _with_decoy_links(self, body: bytes) -> bytes:
        srv = self.server
        links = [*DISALLOWED, LOOP, OFFSITE_REDIRECT, *OVERSIZE, BOMB,
                 srv.trap_urls[0] + TRAP_PATHS[0], srv.trap_urls[1] + TRAP_PATHS[1]]
        block = ('<div class="related_news decoys"><ul>'
                 + "".join(f'<li><a href="{u}">خبر مرتبط</a></li>' for u in links) + "</ul></div>")
        match = None
        for match in _HTML_END.finditer(body):
            pass
        if match is None:
            return body + block.encode()
        return body[:match.start()] + block.encode() + body[match.start():]

    def _decoy(self, path: str, base: str) -> tuple[int, dict, bytes]:
        srv = self.server
        html_t = "text/html; charset=utf-8"
        if path in DISALLOWED:
            return 200, {"Content-Type": html_t}, _article_page("این صفحه را robots.txt منع کرده است")
        if path == LOOP:
            return 302, {"Content-Type": html_t, "Location": f"{base}{LOOP}/b"}, b""
        if path == LOOP + "/b":
            return 302, {"Content-Type": html_t, "Location": f"{base}{LOOP}"}, b""
        if path == OFFSITE_REDIRECT:
            return 302, {"Content-Type": html_t, "Location": srv.trap_urls[1] + TRAP_PATHS[1]}, b""
        if path in OVERSIZE:
            body = _big_page()
            headers = {"Content-Type": html_t, "Content-Length": str(len(body))}
            if path == OVERSIZE[1]:
                headers["X-No-Length"] = "1"
            return 200, headers, body
        if path == BOMB:
            return 200, {"Content-Type": html_t, "Content-Encoding": "gzip"}, _bomb()
        raise AssertionError(path)

    # Sending -----------------------------------------------------------------------------

    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None, *,
              cut_at: int | None = None, length: bool = True, drip: float | None = None):
        headers = dict(headers or {})
        headers.pop("Content-Length", None)
        no_length = headers.pop("X-No-Length", None) or not length
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if no_length:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command == "HEAD":
            return
        try:
            if cut_at is not None:
                self.wfile.write(body[:cut_at])
                self.wfile.flush()
                self.close_connection = True
                return
            if drip:
                pieces = 20
                step = max(1, -(-len(body) // pieces))
                for i in range(0, len(body), step):
                    self.wfile.write(body[i:i + step])
                    self.wfile.flush()
                    time.sleep(drip / pieces)
                return
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _reset(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


class _TrapHandler(BaseHTTPRequestHandler):
    """The off-site server: anything that reaches it is a crawler bug."""

    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        self.server.hits.append(self.path)
        body = _article_page("صفحه‌ای بیرون از سایت")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# --------------------------------------------------------------------------------------------

def _share(seed: int, path: str) -> float:
    digest = hashlib.sha256(f"{seed}:{path}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


_FA_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# Letters windows-1256 lacks, as Windows-1256 sites write them.
_CP1256_SUBST = str.maketrans({"ی": "ي", "ۀ": "ه", "\u200f": "", "\u200e": ""})
_META_UTF8 = re.compile(r'<meta[^>]+charset=["\']?utf-8["\']?[^>]*>', re.IGNORECASE)
# How a windows-1256 page is served: (Content-Type header, meta tag or None).
CHARSET_VARIANTS = (
    ("text/html; charset=utf-8", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'),
    ("text/html; charset=utf-8", None),
    ("text/html; charset=iso-8859-1", '<meta charset="windows-1256">'),
    ("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'),
    ("text/html", None),
)


def _as_windows_1256(body: bytes, path: str) -> tuple[bytes, str, str]:
    """The page re-encoded in windows-1256, with one of the ways sites mislabel it."""
    header, meta = CHARSET_VARIANTS[int(_share(1256, path) * len(CHARSET_VARIANTS))]
    text = body.decode("utf-8").translate(_FA_DIGITS).translate(_CP1256_SUBST)
    text = _META_UTF8.sub(meta or "", text, count=1)
    encoded = text.encode("cp1256", errors="xmlcharrefreplace")
    return encoded, header, f"{header} | meta: {'windows-1256' if meta else 'none'}"


def _article_page(title: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><div class="news_general_dl"><h1 class="title">{title}</h1><div class="body">'
            f"<p>{title}</p></div></div></body></html>").encode()


_BIG = None
_BOMB = None


def _big_page() -> bytes:
    global _BIG
    if _BIG is None:
        filler = "<p>" + "متن بسیار طولانی " * 50 + "</p>\n"
        head = '<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>بزرگ</title></head><body>'
        reps = OVERSIZE_BYTES // len(filler.encode()) + 1
        _BIG = (head + filler * reps + "</body></html>").encode()
    return _BIG


def _bomb() -> bytes:
    global _BOMB
    if _BOMB is None:
        head = b'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>'
        _BOMB = gzip.compress(head + b" " * BOMB_BYTES + b"</p></body></html>", 6)
    return _BOMB
