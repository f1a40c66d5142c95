#!/usr/bin/python3
"""Serve the built site on 127.0.0.1 (./book serve [PORT]).

    serve.py HTML_DIR PORT

Binds first, then prints the address it actually serves; a port that is
taken or not allowed is one line on stderr and exit status 2. Ctrl-C stops
it (exit status 0)."""
import functools
import http.server
import os
import sys


def main():
    if len(sys.argv) != 3:
        print("usage: serve.py HTML_DIR PORT", file=sys.stderr)
        return 2
    root, port_text = sys.argv[1], sys.argv[2]
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"book: no site in {root}: run ./book build", file=sys.stderr)
        return 2
    try:
        port = int(port_text)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        print(f"book: serve: PORT must be a number from 1 to 65535, not '{port_text}'", file=sys.stderr)
        return 2
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as e:
        print(f"book: serve: cannot listen on 127.0.0.1:{port}: {e.strerror}"
              f" (another server? try ./book serve {8001 if port == 8000 else 8000})", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"Serving {root} on http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
