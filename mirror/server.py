"""Threaded stdlib HTTP server for the mirrored sites."""
from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from . import content, ilna, iribnews, variants

HANDLERS = {"iribnews": iribnews.handle, "ilna": ilna.handle}
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
NOT_FOUND = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>404</title></head>
<body><h1>صفحه مورد نظر یافت نشد</h1><p>404 Not Found</p><a href="/">صفحه نخست</a></body></html>"""


def decode_path(raw: str) -> str:
    """Request-target -> decoded Unicode path.

    http.server decodes the request line as ISO-8859-1, so a client that sends raw UTF-8 bytes
    (not percent-encoded) arrives as mojibake: undo that, then percent-decode.
    """
    path = urlsplit(raw).path
    try:
        path = path.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return unquote(path, errors="replace")


class Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet unless asked
        if getattr(self.server, "verbose", False):
            super().log_message(fmt, *args)

    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None, head_only=False):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def _base(self) -> str:
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        return f"http://{host}"

    def _dispatch(self, head_only=False):
        srv = self.server
        path = decode_path(self.path)
        query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        srv.hits.append(path)
        if path.startswith(("/files/", "/client/", "/xcms-tools/")):
            if path.endswith((".jpg", ".png", ".gif")):
                return self._send(200, "image/gif", GIF, head_only=head_only)
            return self._send(200, "application/octet-stream", b"", head_only=head_only)
        try:
            res = HANDLERS[srv.site](path, query, srv.state, self._base())
        except Exception as exc:  # a broken page must show up in tests as a 500
            import traceback
            traceback.print_exc()
            return self._send(500, "text/plain; charset=utf-8", repr(exc).encode(), head_only=head_only)
        if res is None:
            return self._send(404, "text/html; charset=utf-8", NOT_FOUND.encode(), head_only=head_only)
        status, ctype, text, headers = variants.apply(srv.site, getattr(srv, "variant", None), path, res)
        body = text.encode("utf-8")
        if status == 200:  # feeds and sitemaps: ETag / Last-Modified, 304 when unchanged
            headers = {**headers, **variants.validators(ctype, body)}
            if variants.not_modified(self.headers, headers):
                return self._send(304, ctype, b"", {k: v for k, v in headers.items()
                                                    if k in ("ETag", "Last-Modified")}, head_only=True)
        self._send(status, ctype, body, headers, head_only=head_only)

    def do_GET(self):
        self._dispatch()

    def do_HEAD(self):
        self._dispatch(head_only=True)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length).decode("utf-8", "replace").strip() if length else ""
        if urlsplit(self.path).path == "/__mirror__/state":
            if data in content.STATES:
                self.server.state = data
            return self._send(200, "text/plain; charset=utf-8", self.server.state.encode())
        self._dispatch()


class MirrorServer(str):
    """The running mirror. It IS its base URL (a str, e.g. "http://127.0.0.1:43121"), plus:

    .base_url  the same string          .site   "iribnews" | "ilna"
    .state     "initial" | "later"      .advance()  switch to the later state (idempotent)
    .reset()   back to "initial"        .url(path)  base_url + path (path percent-encoded)
    .hits      decoded paths requested so far (list)
    """

    def __new__(cls, base_url: str, httpd):
        obj = super().__new__(cls, base_url)
        obj._httpd = httpd
        return obj

    @property
    def base_url(self) -> str:
        return str(self)

    @property
    def site(self) -> str:
        return self._httpd.site

    @property
    def state(self) -> str:
        return self._httpd.state

    @property
    def hits(self) -> list[str]:
        return self._httpd.hits

    def advance(self) -> "MirrorServer":
        self._httpd.state = "later"
        return self

    def reset(self) -> "MirrorServer":
        self._httpd.state = "initial"
        return self

    @property
    def variant(self) -> str | None:
        return self._httpd.variant

    def use_variant(self, variant: str | None) -> "MirrorServer":
        """Serve pages as mirror.variants describes ("redesign", "js"; None: as usual)."""
        if variant not in variants.VARIANTS:
            raise ValueError(f"unknown variant {variant!r}; one of {variants.VARIANTS}")
        self._httpd.variant = variant
        return self

    def url(self, path: str) -> str:
        from .common import pct
        return str(self) + pct(path)


def start(site: str, *, host: str = "127.0.0.1", port: int = 0, state: str = "initial",
          verbose: bool = False, variant: str | None = None
          ) -> tuple[MirrorServer, ThreadingHTTPServer, threading.Thread]:
    if site not in HANDLERS:
        raise KeyError(f"unknown site {site!r}; one of {tuple(HANDLERS)}")
    if state not in content.STATES:
        raise ValueError(state)
    content.visible(site, state)  # load and validate content before listening
    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    httpd.site, httpd.state, httpd.verbose, httpd.hits = site, state, verbose, []
    httpd.variant = None
    th = threading.Thread(target=httpd.serve_forever, name=f"mirror-{site}", daemon=True)
    th.start()
    mirror = MirrorServer(f"http://{host}:{httpd.server_address[1]}", httpd).use_variant(variant)
    return mirror, httpd, th


@contextlib.contextmanager
def serve(site: str, *, port: int = 0, state: str = "initial", verbose: bool = False,
          variant: str | None = None):
    """`with serve("iribnews") as site:` -> MirrorServer (a str equal to the base URL).

    ``variant``: None (the sites as they are), "redesign" or "js" (see mirror/variants.py).
    """
    mirror, httpd, th = start(site, port=port, state=state, verbose=verbose, variant=variant)
    try:
        yield mirror
    finally:
        httpd.shutdown()
        httpd.server_close()
        th.join(timeout=5)
