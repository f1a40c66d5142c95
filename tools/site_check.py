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
  - an image whose alt text is missing, empty or a file name;
  - Doxygen markup shown raw (\f$, \f[, \f]), in prose or in a listing
    (a full source page shows the file as it is);
  - anything wider than the column it sits in, at 1280 and at 390 pixels
    (a phone), unless it scrolls sideways in a box of its own: the reader
    would not see its end (the page itself does not scroll sideways);
  - the automatic theme (furo's default) not following the system's dark
    setting, or a page without a dark theme;
  - in the dark theme, a figure that stays a bright block (it must be
    drawn dark too).
  - an interactive figure (docs/_static/explorer.js) that does not become
    ready, or whose read-out, as its sliders, check boxes, x field and
    arrow keys are moved by script, differs in any bit from what the native
    build computes for the same inputs (--native: code/wasm's
    explorer_values), or that has a curve without points.
Checked at 1280 x 900 pixels, then at 390 x 844 (a phone) for the widths.
--screenshots DIR saves every page, whole, at both widths in the light and
the dark theme (<page>.<width>.<theme>.png), and each figure alone
(<page>.fig<N>.<width>.<theme>.png).
Prints one line per page and "N passed, N failed"; exit status 1 on failure.
"""
import argparse
import base64
import functools
import html.parser
import http.server
import io
import json
import math
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

try:
    import websocket  # Debian: python3-websocket
    from PIL import Image  # Debian: python3-pil
except ImportError as missing:
    print(f"site_check: {missing.name} is missing; ./book deps installs it", file=sys.stderr)
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


EVALUATE_TIMEOUT = 120.0
DESKTOP, PHONE = (1280, 900), (390, 844)
# A figure whose mean luminance in the dark theme is above this (0 black,
# 1 white) is a bright block on the dark page.
DARK_FIGURE_LUMINANCE = 0.45


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
        self.viewport(DESKTOP)
        # The system asks for dark: furo's automatic theme must follow.
        self.call("Emulation.setEmulatedMedia",
                  features=[{"name": "prefers-color-scheme", "value": "dark"}])

    def viewport(self, size):
        width, height = size
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)

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
        # MathJax may take a while on a long page of a busy machine
        self.ws.settimeout(EVALUATE_TIMEOUT)
        try:
            r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        finally:
            self.ws.settimeout(PAGE_TIMEOUT)
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
  // A placeholder instead of a computed value: an address never filled in.
  // (Programs leave out what they did not measure, and a page that quotes a
  // value no program wrote fails the docs build.) A source page
  // (.source-file) may show the pattern.
  const placeholders = [];
  const allText = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (allText.nextNode()) {
    const t = allText.currentNode.textContent;
    if (allText.currentNode.parentElement.closest('.source-file')) continue;
    if (/<this repository>/.test(t))
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
  // An image's alt text is what a screen reader says instead of it, and
  // what shows when it does not load: a file name says nothing.
  const badAlt = images.filter(i => {
    const alt = (i.getAttribute('alt') || '').trim();
    return !alt || /^[\w.\/-]*\.(svg|png|jpe?g|gif|webp|pdf)$/i.test(alt) || /[\\/]/.test(alt) && !/\s/.test(alt);
  }).map(i => `${i.getAttribute('src')} (alt ${JSON.stringify(i.getAttribute('alt'))})`);
  // Doxygen's formula markup left as text, in prose or in a listing.
  const rawDoxygen = [];
  const anyText = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (anyText.nextNode()) {
    const n = anyText.currentNode;
    // a full source page (.source-file) shows the file as it is
    if (n.parentElement && n.parentElement.closest('script, style, .source-file')) continue;
    const m = n.textContent.match(/.{0,40}\\f[$\[\]{}].{0,30}/);
    if (m) rawDoxygen.push(m[0].trim());
  }
  // furo's body[data-theme]: "auto" follows the system, "light", "dark".
  const body = document.body, was = body.getAttribute('data-theme');
  const look = t => { body.dataset.theme = t; const c = getComputedStyle(body); return `${c.backgroundColor} ${c.color}`; };
  const theme = {auto: look('auto'), dark: look('dark'), light: look('light')};
  if (was === null) body.removeAttribute('data-theme'); else body.dataset.theme = was;
  return {math: mathNodes().length, unrendered, mathErrors, images: images.length, badImages, rawRoles,
          wideListings, placeholders, unreachable, unlinked, badAlt, rawDoxygen, theme};
})()
"""

# Elements wider than the column they sit in. The page does not scroll
# sideways (furo hides the overflow), so what sticks out is cut off: it must
# sit in a box that scrolls (overflow-x auto or scroll), like furo's table
# wrapper and code blocks. An element inside a box that clips (overflow
# hidden) is measured against that box. Reports the outermost culprit only.
WIDE_JS = r"""
(() => {
  const root = document.querySelector('article[role=main]') || document.querySelector('article') || document.body;
  const rootBox = root.getBoundingClientRect();
  const page = {left: Math.max(rootBox.left, 0), right: Math.min(rootBox.right, document.documentElement.clientWidth)};
  const overflow = new Map();
  const ox = el => {
    if (!overflow.has(el)) overflow.set(el, getComputedStyle(el).overflowX);
    return overflow.get(el);
  };
  const describe = el => {
    const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 2).join('.');
    const text = (el.textContent || el.getAttribute('alt') || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> ${JSON.stringify(text)}`;
  };
  const found = [], culprits = [], unseen = [];
  for (const el of root.querySelectorAll('*')) {
    if (culprits.some(c => c.contains(el)) || unseen.some(c => c.contains(el))) continue;
    const style = getComputedStyle(el);
    // for screen readers only (MathJax's MathML copy): clipped to nothing
    if (style.clip !== 'auto' && style.clip !== '' || style.clipPath !== 'none') { unseen.push(el); continue; }
    if (style.position === 'fixed' || style.visibility === 'hidden') continue;
    // the content box: furo's headings reach into the margin with padding
    const outer = el.getBoundingClientRect();
    const box = {
      left: outer.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
      right: outer.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
    };
    if (outer.width < 1 || outer.height < 1) continue;
    let limit = page, scrolls = false;
    for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
      const o = ox(a);
      if (o === 'auto' || o === 'scroll') { scrolls = true; break; }
      if (o === 'hidden' || o === 'clip') { limit = a.getBoundingClientRect(); break; }
    }
    if (scrolls) continue;
    const over = Math.max(box.right - limit.right, limit.left - box.left);
    if (over > 1) {
      culprits.push(el);
      found.push(`${describe(el)} sticks out by ${Math.round(over)} px`);
    }
  }
  return found;
})()
"""


def load(browser, url):
    browser.events.clear()
    browser.call("Page.navigate", url=url)
    return browser.wait_event("Page.loadEventFired", PAGE_TIMEOUT) is not None


def figure_boxes(browser):
    """Page coordinates of the article's figures: its images, but for icons
    (sphinx-copybutton's, 20 pixels)."""
    return browser.evaluate("""Array.from(document.querySelectorAll('article img')).map(i => {
        const r = i.getBoundingClientRect();
        return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,
                src: i.getAttribute('src')};
    }).filter(b => b.width >= 64 && b.height >= 64)""")


def shoot(browser, clip=None):
    params = {"format": "png", "captureBeyondViewport": True}
    if clip:
        params["clip"] = {k: clip[k] for k in ("x", "y", "width", "height")} | {"scale": 1}
    shot = browser.call("Page.captureScreenshot", **params)
    return Image.open(io.BytesIO(base64.b64decode(shot["data"]))).convert("RGB")


def set_theme(browser, theme):
    """furo's theme for this page, as its toggle sets it, once the page has
    painted again."""
    browser.evaluate(f"""(async () => {{
        document.body.dataset.theme = {json.dumps(theme)};
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    }})()""")


def luminance(image):
    grey = image.convert("L")
    return sum(i * n for i, n in enumerate(grey.histogram())) / (255 * grey.width * grey.height)


def screenshots(browser, page, width, folder):
    name = page.replace("/", "_").removesuffix(".html")
    for theme in ("light", "dark"):
        set_theme(browser, theme)
        shoot(browser).save(os.path.join(folder, f"{name}.{width}.{theme}.png"))
        for n, box in enumerate(figure_boxes(browser), 1):
            shoot(browser, box).save(os.path.join(folder, f"{name}.fig{n}.{width}.{theme}.png"))
    set_theme(browser, "auto")


# Moves every control of every interactive figure by script and returns what
# the read-outs showed (each reading: function, x, parameters, f, f').
EXPLORER_JS = r"""
(async () => {
  const roots = Array.from(document.querySelectorAll('div.act-explorer'));
  const out = {figures: roots.length, problems: [], readings: [], readyMs: [], tables: []};
  const settle = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let t = 0; t < 200 && roots.some(r => !r.dataset.ready); ++t) await new Promise(r => setTimeout(r, 50));
  for (const root of roots) {
    if (root.dataset.ready !== 'yes') { out.problems.push(`${root.id}: not ready (${root.dataset.ready || 'no answer'})`); continue; }
    out.readyMs.push(Number(root.dataset.readyMs));
    const xInput = root.querySelector('input.act-explorer-x');
    const [x0, x1] = (root.dataset.x || '-6 6').split(/\s+/).map(Number);
    const read = () => {
      root.querySelectorAll('.act-explorer-reading').forEach(e => out.readings.push({
        figure: root.id, name: e.dataset.function, x: e.dataset.x, parameters: e.dataset.parameters,
        value: e.dataset.value, derivative: e.dataset.derivative, shown: e.textContent}));
      root.querySelectorAll('path.curve').forEach(p => {
        if ((p.getAttribute('d') || '').split(/[ML]/).length < 50) out.problems.push(`${root.id}: a curve with almost no points`);
      });
    };
    const atSomeX = async () => {
      for (const x of [x0, -1.3, -0, 0.7, x1]) {
        xInput.value = Object.is(x, -0) ? '-0' : String(x);
        xInput.dispatchEvent(new Event('input'));
        await settle();
        read();
      }
    };
    const sliders = Array.from(root.querySelectorAll('input[type=range]'));
    for (const s of sliders) {
      for (const v of [s.min, s.max, String((Number(s.min) * 2 + Number(s.max)) / 3)]) {
        s.value = v;
        s.dispatchEvent(new Event('input'));
        await atSomeX();
      }
      s.value = s.defaultValue;
      s.dispatchEvent(new Event('input'));
    }
    for (const box of root.querySelectorAll('input[type=checkbox]')) {
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    }
    await atSomeX();
    const plot = root.querySelector('svg.act-explorer-plot');
    const before = xInput.value;
    plot.focus();
    // The page turns with the arrow keys (Sphinx's navigation_with_keys, a
    // listener on the document): the plot's own must keep them.
    let reached = false;
    const spy = () => { reached = true; };
    window.addEventListener('keydown', spy);
    plot.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true}));
    window.removeEventListener('keydown', spy);
    if (xInput.value === before) out.problems.push(`${root.id}: the arrow keys do not move x`);
    if (document.activeElement !== plot) out.problems.push(`${root.id}: the plot cannot take the focus`);
    if (reached) { out.problems.push(`${root.id}: an arrow key on the plot also turns the page`); return out; }
  }
  // The float/double explorers: every row of the study at a few x.
  for (const root of document.querySelectorAll('div.act-precision-explorer')) {
    out.figures += 1;
    if (root.dataset.ready !== 'yes') { out.problems.push(`${root.id}: not ready (${root.dataset.ready || 'no answer'})`); continue; }
    out.readyMs.push(Number(root.dataset.readyMs));
    const select = root.querySelector('select'), xInput = root.querySelector('input.act-explorer-x');
    for (const option of select.options) {
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      for (const x of ['-88.75', '-20', '-1e-5', '0.5', '3', '88.75']) {
        xInput.value = x;
        xInput.dispatchEvent(new Event('input'));
        out.tables.push({figure: root.id, row: root.dataset.row, x: root.dataset.xValue,
                         numbers: root.dataset.numbers,
                         cells: Array.from(root.querySelectorAll('tbody td')).map(td => td.textContent)});
      }
    }
  }
  return out;
})()
"""


def same_double(a, b):
    """True when the two texts are the same double, bit for bit (NaN equals NaN)."""
    x, y = float(a), float(b)
    if x != x or y != y:
        return x != x and y != y
    return struct.pack("<d", x) == struct.pack("<d", y)


def ulp_of(v, kind):
    """One unit in the last place of v as a float ("f") or a double ("d")."""
    if kind == "d":
        return math.ulp(v)
    return 2.0 ** max(math.frexp(abs(v))[1] - 24, -149) if v else 2.0 ** -149


def compare_precision_tables(tables, native):
    """The float/double explorers' numbers against explorer_values' "forms"
    answers: (problems, numbers compared, numbers that differ for a known
    reason). The inputs, the references and act's results (the library)
    must be the same bits; the errors in ULPs may differ by 1e-6 ULP (the
    browser's reference has 113 bits, the native one, MPFR's, 256). The
    other forms call the C library (exp, log1p, tanh, erf: musl in the
    browser, glibc natively), whose results may differ by one ULP; their
    errors then differ by one ULP, or add up to one where the two results
    lie either side of the true value: those are counted as explained."""
    if not tables:
        return [], 0, 0
    run = subprocess.run([native], input="".join(f"forms {t['row']} {t['x']}\n" for t in tables),
                         capture_output=True, text=True)
    if run.returncode != 0:
        return [f"{native}: {run.stderr.strip()}"], 0, 0
    problems, compared, explained = [], 0, 0
    for t, line in zip(tables, run.stdout.splitlines()):
        shown, theirs = [float(v) for v in t["numbers"].split()], [float(v) for v in line.split()]
        where = f"{t['figure']}: {t['row']} at x = {t['x']}"
        if len(shown) != len(theirs):
            problems.append(f"{where}: {len(shown)} numbers, the native build has {len(theirs)}")
            continue
        if not t["cells"]:
            problems.append(f"{where}: the table is empty")
        compared += len(shown)
        for k in range(3):   # x as float, the float reference, the double reference
            if not same_double(shown[k], theirs[k]):
                problems.append(f"{where}: number {k + 1} is {shown[k]!r} in the browser, {theirs[k]!r} natively")
        for form, at in enumerate(range(3, len(shown), 4)):
            for kind, r in (("f", at), ("d", at + 2)):   # a result, then its error in ULPs
                a, b, ea, eb = shown[r], theirs[r], shown[r + 1], theirs[r + 1]
                if same_double(a, b):
                    if abs(ea - eb) <= 1e-6 or same_double(ea, eb):
                        continue
                elif (form > 0 and math.isfinite(b) and abs(a - b) <= ulp_of(b, kind)
                      and min(abs(abs(ea - eb) - 1), abs(ea + eb - 1)) <= 1e-6):
                    explained += 2   # the C library's last bit, and the error it shifts
                    continue
                problems.append(f"{where}: form {form + 1} ({'float' if kind == 'f' else 'double'}) gives "
                                f"{a!r} with {ea!r} ULP in the browser, {b!r} with {eb!r} ULP natively")
    return problems, compared, explained


def check_explorers(browser, native):
    """The page's interactive figures, driven by script and compared with
    the native build: (problems, summary), summary None without figures."""
    result = browser.evaluate(EXPLORER_JS)
    problems = list(result["problems"])
    readings, tables = result["readings"], result["tables"]
    if not result["figures"]:
        return problems, None
    summary = {"figures": result["figures"], "readings": len(readings), "numbers": 0, "explained": 0,
               "ready": max(result["readyMs"], default=0)}
    if not readings and not tables:
        problems.append("interactive figures that showed nothing")
    if not native:
        return problems + ["interactive figures, but no --native program to compare their values with"], summary
    queries = "".join(f"{r['name']} {part} 64 {r['x']} {r['parameters']}".strip() + "\n"
                      for r in readings for part in ("value", "derivative"))
    run = subprocess.run([native], input=queries, capture_output=True, text=True)
    if run.returncode != 0:
        return problems + [f"{native}: {run.stderr.strip()}"], summary
    answers = run.stdout.split()
    for k, r in enumerate(readings):
        for part, native_text in zip(("value", "derivative"), answers[2 * k:2 * k + 2]):
            if not same_double(r[part], native_text):
                problems.append(f"{r['figure']}: {r['name']} {part} at x = {r['x']} (parameters: "
                                f"{r['parameters'] or 'none'}) shows {r[part]}, the native build gives {native_text}")
            if r[part] not in r["shown"]:
                problems.append(f"{r['figure']}: the read-out does not show the value it holds: {r['shown']!r}")
    table_problems, summary["numbers"], summary["explained"] = compare_precision_tables(tables, native)
    return list(dict.fromkeys(problems + table_problems))[:20], summary   # each problem once


def check_page(browser, base, page, report_js, folder=None, native=None):
    problems = []
    if not load(browser, base + page):
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
    for text in report["badAlt"]:
        problems.append(f"image without a meaningful alt text: {text}")
    for text in report["rawDoxygen"]:
        problems.append(f"Doxygen markup shown raw: {text!r}")
    try:
        explorer_problems, report["explorers"] = check_explorers(browser, native)
    except RuntimeError as error:   # the page went away under the script
        return problems + [f"interactive figures: {error}"], report
    problems += explorer_problems
    theme = report["theme"]
    if theme["dark"] == theme["light"]:
        problems.append("no dark theme: the page looks the same in both")
    else:
        if theme["auto"] != theme["dark"]:
            problems.append("the automatic theme does not follow the system's dark setting "
                            f"(auto: {theme['auto']}, dark: {theme['dark']})")
        set_theme(browser, "dark")
        for box in figure_boxes(browser):
            bright = luminance(shoot(browser, box))
            if bright > DARK_FIGURE_LUMINANCE:
                problems.append(f"figure stays bright in the dark theme (mean luminance {bright:.2f}): {box['src']}")
        set_theme(browser, "auto")
    for size in (DESKTOP, PHONE):
        if size != DESKTOP:
            browser.viewport(size)
            if not load(browser, base + page):
                problems.append(f"did not finish loading in {PAGE_TIMEOUT:.0f} s at {size[0]} px")
                continue
            browser.evaluate(report_js)   # waits for MathJax and the images
        for text in browser.evaluate(WIDE_JS):
            problems.append(f"wider than its column at {size[0]} px: {text}")
        if folder:
            screenshots(browser, page, size[0], folder)
    browser.viewport(DESKTOP)
    return problems, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html_dir")
    ap.add_argument("--screenshots", help="save a PNG of every page here")
    ap.add_argument("--native", help="code/wasm's explorer_values of the same build: the interactive "
                    "figures' values are compared with its")
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
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
        for page in pages:
            problems, report = check_page(browser, base, page, report_js, args.screenshots, args.native)
            problems += [f"broken link: {b}" for b in broken.get(page, [])]
            status = "FAIL" if problems else "ok"
            e = report.get("explorers")
            interactive = "" if not e else (
                f", {e['figures']} interactive: {e['readings']} read-outs and {e['numbers']} table numbers "
                f"compared with the native build, {e['explained']} within the known differences; "
                f"ready {e['ready']:.0f} ms after loading")
            print(f"{status:4} {page}  ({report.get('math', 0)} formulas, {report.get('images', 0)} images{interactive})")
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
