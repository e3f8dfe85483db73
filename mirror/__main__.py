"""python -m mirror {iribnews|ilna|all} [--port N] [--later] [-v]"""
from __future__ import annotations

import argparse
import time

from .content import SITES, STATES
from .server import start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mirror", description="Serve the offline IRIB/ILNA mirror.")
    ap.add_argument("site", choices=SITES + ("all",))
    ap.add_argument("--port", type=int, default=0, help="port (all: first of two consecutive ports); 0 = random")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--state", choices=STATES, default="initial")
    ap.add_argument("--later", action="store_true", help="same as --state later")
    ap.add_argument("-v", "--verbose", action="store_true", help="log requests")
    args = ap.parse_args(argv)
    state = "later" if args.later else args.state
    sites = SITES if args.site == "all" else (args.site,)
    running = []
    for i, s in enumerate(sites):
        port = args.port + i if args.port else 0
        m, httpd, th = start(s, host=args.host, port=port, state=state, verbose=args.verbose)
        running.append(httpd)
        print(f"{s} {m}", flush=True)
    print(f"state={state}; POST 'later' or 'initial' to <url>/__mirror__/state to switch; Ctrl-C stops.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        for h in running:
            h.shutdown()
            h.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
