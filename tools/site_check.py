#!/usr/bin/python3
"""Open every page of the built site in headless Chromium and check it.

    site_check.py [--screenshots DIR] [--source DIR] HTML_DIR

The site is served on 127.0.0.1 by this script; Chromium is driven through
its DevTools protocol (python3-websocket). A page fails on:
  - a JavaScript error (console error, uncaught exception, log error);
  - a request that leaves the machine (any host other than the local server);
  - a resource that fails to load, or an image with no pixels;
  - math that MathJax did not render, or rendered as an error;
  - the book's {value} role or its directives left as text (outside listings);
  - a code listing wider than its box at 1280 pixels (program output may be);
  - a link to a page or an anchor of the site that does not exist;
  - a reference entry (an item under a "References" heading) without a
    hyperlink, unless it cites a source article ({article}, which has no
    stable address);
  - something the reader does not have: a listing marker ("[listing:name]")
    outside a full source page, a marker's name shown as code (a name with a
    hyphen, such as root-shift, from the markers in the book's code/), a
    listing named as code without a link to its file, the source articles'
    file names (NNN_<hex>.txt) or the authors' material (seeds/, ../shared,
    DESIGN.md, STACK-NOTES).
Prints one line per page and "N passed, N failed"; exit status 1 on failure.
"""
import argparse
import base64
import functools
import html.parser
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

try:
    import websocket  # Debian: python3-websocket
except ImportError:
    print("site_check: python3-websocket is missing; ./book deps installs it", file=sys.stderr)
    sys.exit(2)

PAGE_TIMEOUT = 30.0
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"\[/?listing:([A-Za-z0-9_.-]+)\]")


def marker_names(source_dir):
    """The names of the listing markers in the book's code that hold a
    hyphen: no C++ or Python name does, so shown as code they can only be a
    marker's name."""
    names = set()
    for root, _, files in os.walk(os.path.join(source_dir, "code")):
        for name in files:
            if name.endswith((".cpp", ".hpp", ".py")):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    names |= {m.group(1) for m in MARKER.finditer(f.read()) if "-" in m.group(1)}
    return sorted(names)


class Links(html.parser.HTMLParser):
    """Collects ids and same-site links of one HTML file."""

    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        href = a.get("href") if tag in ("a", "link") else None
        if href and not urllib.parse.urlparse(href).scheme and not href.startswith("//"):
            self.links.append(href)


def check_links(root, pages):
    """Broken internal links, as (page, href) pairs, without a browser."""
    parsed = {}
    for page in pages:
        p = Links()
        with open(os.path.join(root, page), encoding="utf-8") as f:
            p.feed(f.read())
        parsed[page] = p
    broken = {}
    for page, p in parsed.items():
        for href in p.links:
            path, _, fragment = href.partition("#")
            path = path.partition("?")[0]
            target = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
            if path.endswith("/"):
                target = os.path.join(target, "index.html")
            if not os.path.exists(os.path.join(root, target)):
                broken.setdefault(page, []).append(f"{href} (no file {target})")
            elif fragment and target in parsed and fragment not in parsed[target].ids:
                broken.setdefault(page, []).append(f"{href} (no anchor #{fragment})")
    return broken


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A headless Chromium and one page, driven over the DevTools protocol."""

    def __init__(self):
        exe = shutil.which("chromium") or shutil.which("chromium-browser")
        if not exe:
            raise RuntimeError("chromium is missing; ./book deps installs it")
        self.profile = tempfile.mkdtemp(prefix="act-site-check-")
        port = free_port()
        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-default-apps", "--mute-audio",
             f"--user-data-dir={self.profile}", f"--remote-debugging-port={port}",
             "--remote-allow-origins=*", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        targets = None
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as r:
                    targets = [t for t in json.load(r) if t.get("type") == "page"]
                if targets:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        if not targets:
            self.close()
            raise RuntimeError("chromium did not start its DevTools endpoint")
        self.ws = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=PAGE_TIMEOUT)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                  deviceScaleFactor=1, mobile=False)

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_event(self, method, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e["method"] == method:
                    return self.events.pop(i)
            self.ws.settimeout(max(0.05, deadline - time.time()))
            try:
                msg = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                break
            finally:
                self.ws.settimeout(PAGE_TIMEOUT)
            if "method" in msg:
                self.events.append(msg)
        return None

    def evaluate(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"evaluate failed: {r['exceptionDetails'].get('text')}")
        return r["result"].get("value")

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# Waits for MathJax 2 to finish typesetting, then reports what is wrong.
PAGE_REPORT_JS = r"""
(async () => {
  const t0 = Date.now();
  const mathNodes = () => Array.from(document.querySelectorAll('.math'));
  if (mathNodes().length) {
    while (!(window.MathJax && MathJax.Hub && MathJax.isReady) && Date.now() - t0 < 15000)
      await new Promise(r => setTimeout(r, 100));
    if (window.MathJax && MathJax.Hub)
      await new Promise(r => MathJax.Hub.Queue(r));
  }
  const unrendered = mathNodes().filter(n => !n.querySelector('.MathJax_CHTML, .MathJax, .MathJax_Display'))
                                .map(n => n.textContent.slice(0, 60));
  const mathErrors = Array.from(document.querySelectorAll('.MathJax_Error, .mjx-merror, [data-mjx-error]'))
                          .map(n => n.textContent.slice(0, 60));
  const images = Array.from(document.images);
  await Promise.all(images.map(i => i.complete ? null : new Promise(r => { i.onload = i.onerror = r; })));
  const badImages = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);
  // The book's role or directives left as text ({value}`...`): a paragraph
  // broke where Markdown saw something else, such as a line starting with
  // "- " (a list item), and the backticks became inline code. Listings
  // (pre) may show the syntax; prose and inline code may not.
  const rawRoles = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (n.parentElement && n.parentElement.closest('pre, script, style, .math, .MathJax, .MathJax_Display'))
      continue;
    if (/\{(value|listing|listing-output|result-table|framework-tabs?)\}/.test(n.textContent))
      rawRoles.push(n.textContent.trim().slice(0, 80));
  }
  // A placeholder instead of a computed value: the speed study's "not
  // measured: run ./book bench" (code/examples/accuracy/bench_table.py) or an
  // address never filled in. The source page of the code that writes it
  // (.source-file) may show it.
  const placeholders = [];
  const allText = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (allText.nextNode()) {
    const t = allText.currentNode.textContent;
    if (allText.currentNode.parentElement.closest('.source-file')) continue;
    if (/not measured: run \.\/book bench|<this repository>/.test(t))
      placeholders.push(t.trim().slice(0, 80));
  }
  // A code listing wider than its box: the reader has to scroll sideways,
  // and a printed page cuts it. The longest line names it.
  // Program output (listing-output, highlighted as text) may be wider: a
  // terminal is.
  // A full source page (.source-file) shows the file as it is.
  const wideListings = Array.from(document.querySelectorAll('div[class*="highlight-"]:not(.highlight-text):not(.source-file) pre'))
    .filter(p => p.scrollWidth > p.clientWidth + 1)
    .map(p => {
      const longest = p.textContent.split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
      return `${longest.trim().slice(0, 70)} (${longest.length} characters)`;
    });
  // What the reader does not have (the docstring of site_check.py): listing
  // markers outside a full source page (.source-file), marker names shown
  // as code, a listing named as code without a link, the authors' material.
  const markerNames = new Set(MARKER_NAMES);
  const unreachable = [];
  const everything = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (everything.nextNode()) {
    const n = everything.currentNode, t = n.textContent, el = n.parentElement;
    if (!el || el.closest('script, style')) continue;
    const marker = t.match(/\[\/?listing:[\w.-]+\]/);
    if (marker && !el.closest('.source-file'))
      unreachable.push(`listing marker: ${marker[0]}`);
    const material = t.match(/\bseeds\/|\b\d{3}_[0-9a-f]{16}\.txt\b|\.\.\/shared\b|\bDESIGN\.md\b|\bSTACK-NOTES\b/);
    if (material)
      unreachable.push(`the authors' material (${material[0]}): ${t.trim().slice(0, 80)}`);
  }
  for (const code of document.querySelectorAll('code')) {
    if (code.closest('pre, a')) continue;
    const text = code.textContent.trim();
    if (markerNames.has(text))
      unreachable.push(`a listing marker's name as code: ${text}`);
    const before = code.previousSibling;
    if (before && before.nodeType === Node.TEXT_NODE && /\blistings?\s*$/i.test(before.textContent))
      unreachable.push(`a listing named without a link to its file: ${text}`);
  }
  // Every item under a "References" heading links to what it cites, unless
  // it cites a source article (no stable address).
  const unlinked = [];
  for (const section of document.querySelectorAll('section')) {
    const heading = section.querySelector(':scope > h1, :scope > h2, :scope > h3');
    if (!heading || !/^\s*(Summary and )?references\b/i.test(heading.textContent)) continue;
    for (const li of section.querySelectorAll('li'))
      if (!li.querySelector('a[href]') && !li.querySelector('.source-article'))
        unlinked.push(li.textContent.trim().replace(/\s+/g, ' ').slice(0, 80));
  }
  return {math: mathNodes().length, unrendered, mathErrors, images: images.length, badImages, rawRoles,
          wideListings, placeholders, unreachable, unlinked};
})()
"""


def check_page(browser, base, page, report_js):
    problems = []
    browser.events.clear()
    browser.call("Page.navigate", url=base + page)
    if browser.wait_event("Page.loadEventFired", PAGE_TIMEOUT) is None:
        return [f"did not finish loading in {PAGE_TIMEOUT:.0f} s"], {}
    report = browser.evaluate(report_js)
    # Collect whatever else arrived while the page settled.
    browser.wait_event("never", 0.3)
    for e in browser.events:
        m, p = e["method"], e["params"]
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            problems.append(f"console error: {text[:200]}")
        elif m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            problems.append(f"uncaught exception: {d.get('exception', {}).get('description', d.get('text'))[:200]}")
        elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
            problems.append(f"browser error: {p['entry'].get('text', '')[:200]} {p['entry'].get('url', '')}")
        elif m == "Network.requestWillBeSent":
            url = p["request"]["url"]
            if not (url.startswith(base) or url.startswith("data:") or url.startswith("blob:")
                    or url == "about:blank"):
                problems.append(f"request leaves the machine: {url}")
        elif m == "Network.loadingFailed" and not p.get("canceled"):
            problems.append(f"failed to load: {p.get('errorText')} ({p.get('type')})")
        elif m == "Network.responseReceived" and p["response"].get("status", 200) >= 400:
            problems.append(f"HTTP {p['response']['status']}: {p['response']['url']}")
    for text in report["unrendered"]:
        problems.append(f"math not rendered: {text!r}")
    for text in report["mathErrors"]:
        problems.append(f"math error: {text!r}")
    for src in report["badImages"]:
        problems.append(f"image did not load: {src}")
    for text in report.get("rawRoles", []):
        problems.append(f"role not rendered: {text!r}")
    for text in report.get("placeholders", []):
        problems.append(f"placeholder instead of a value: {text!r}")
    for text in report.get("wideListings", []):
        problems.append(f"listing wider than its box: {text}")
    for text in report.get("unreachable", []):
        problems.append(f"points the reader at what they do not have: {text}")
    for text in report.get("unlinked", []):
        problems.append(f"reference without a hyperlink: {text!r}")
    return problems, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html_dir")
    ap.add_argument("--screenshots", help="save a PNG of every page here")
    ap.add_argument("--source", default=SOURCE_DIR,
                    help="the book's source tree, for its listing markers (default: this script's)")
    args = ap.parse_args()
    root = os.path.abspath(args.html_dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"site_check: no index.html in {root}; run ./book build first", file=sys.stderr)
        return 2
    pages = sorted(os.path.relpath(os.path.join(d, f), root)
                   for d, _, files in os.walk(root) for f in files
                   if f.endswith(".html") and "_static" not in d and "_sources" not in d)
    broken = check_links(root, pages)
    report_js = PAGE_REPORT_JS.replace("MARKER_NAMES", json.dumps(marker_names(args.source)))
    server = serve(root)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    browser = Browser()
    passed = failed = 0
    try:
        for page in pages:
            problems, report = check_page(browser, base, page, report_js)
            problems += [f"broken link: {b}" for b in broken.get(page, [])]
            if args.screenshots:
                os.makedirs(args.screenshots, exist_ok=True)
                shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
                name = page.replace("/", "_").replace(".html", ".png")
                with open(os.path.join(args.screenshots, name), "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
            status = "FAIL" if problems else "ok"
            print(f"{status:4} {page}  ({report.get('math', 0)} formulas, {report.get('images', 0)} images)")
            for p in problems:
                print(f"       {p}")
            failed += bool(problems)
            passed += not problems
    finally:
        browser.close()
        server.shutdown()
    print(f"site: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
