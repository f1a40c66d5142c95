"""The book's source files as pages of the site, and the links to them.

Every .cpp, .hpp and .py file under code/examples, code/include, code/wasm and tests
(except tests/site, the site check's planted pages), and the Python tools
(tools/*.py: the cross-checks the chapters name; not the site check),
becomes the page source/<path>.html: the whole file, highlighted, each line
numbered and anchored (#L<n>), each marked region (between
``[listing:<name>]`` and ``[/listing:<name>]``) wrapped in the anchor
#L<first>-L<last>, and a line naming the pages that show, cite or link to
it. The chapters link to these pages, so
a reader can follow every listing, test and file the book names into a file
they have:

- a {listing} caption names the file and the lines it shows
  ("code/examples/relu/dying.cpp, lines 40–52") and links to them;
- ``{source}`<path>``` links to a file's page, shown as the path;
  ``{source}`<path>#<marker>``` to a marked region, shown as the path and
  the region's lines (never the marker's name); ``{source}`text <path>```
  shows text of your own. Paths are those of {listing}: act/... in
  code/include, tests/... and tools/... as they are, any other in
  code/examples;
- ``{test}`<name>``` is a doctest TEST_CASE, by its name, in italics,
  linked to its line; ``{test}`text <name>``` shows the text instead (an
  abbreviation, a capital at the start of a sentence). The name is looked up
  in the page's chapter's tests/<chapter>_test.cpp, then in every
  tests/*.cpp; a name that no file defines fails the build, and so does a
  test cited without the role: italics right after the word "test", or
  italics that are a test's name.

actbook.py registers the roles, the directive {source-index} (the list of
the pages) and the event handlers of this module.

The pages are not documents: like sphinx.ext.viewcode's, they are written
at html-collect-pages, and only when what they show changed: a digest of
the file, this extension, the pages that link to it and the site's
navigation, kept beside the doctrees. A prose edit writes none of them; the
page of a file that is gone is removed.
"""
import difflib
import hashlib
import html
import json
import os
import re

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole
from sphinx.util.osutil import relative_uri

logger = logging.getLogger(__name__)

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("ACT_SOURCE_DIR", os.path.abspath(os.path.join(HERE, "..", "..")))
EXAMPLES_DIR = os.path.join(SOURCE_DIR, "code", "examples")
INCLUDE_DIR = os.path.join(SOURCE_DIR, "code", "include")
TESTS_DIR = os.path.join(SOURCE_DIR, "tests")
TOOLS_DIR = os.path.join(SOURCE_DIR, "tools")
WASM_DIR = os.path.join(SOURCE_DIR, "code", "wasm")

# The folders whose files get a page, and which files.
PAGE_FOLDERS = [(EXAMPLES_DIR, (".cpp", ".hpp", ".py")), (INCLUDE_DIR, (".hpp",)),
                (TESTS_DIR, (".cpp", ".hpp")), (TOOLS_DIR, (".py",)), (WASM_DIR, (".cpp", ".py"))]
# The site check's planted pages, and the site check itself: it names what
# no page may show (it would fail its own page).
NOT_PAGES = [os.path.join(TESTS_DIR, "site"), os.path.join(TOOLS_DIR, "site_check.py")]
PAGE_FOLDER = "source"

MARKER = re.compile(r"\[(/?)listing:([A-Za-z0-9_.-]+)\]")
TEST_CASE = re.compile(r'\bTEST_CASE(?:_TEMPLATE)?\(\s*"((?:[^"\\]|\\.)*)"')


def code_path(relpath):
    """act/<header> is the library (code/include), tests/<file> a test file,
    tools/<file> a tool, anything else a listing (code/examples)."""
    if relpath.startswith("act/"):
        return os.path.join(INCLUDE_DIR, relpath)
    if relpath.startswith(("tests/", "tools/")):
        return os.path.join(SOURCE_DIR, relpath)
    return os.path.join(EXAMPLES_DIR, relpath)


def shown_path(path):
    """The path a reader finds the file at, from the top of the repository."""
    return os.path.relpath(path, SOURCE_DIR).replace(os.sep, "/")


def comment_marker(path, name, closing=False):
    prefix = "#" if path.endswith(".py") else "//"
    return f"{prefix} [{'/' if closing else ''}listing:{name}]"


def run_command(chapter, stem):
    return f"./book run {chapter}/{stem}"


_cache = {}


def _cached(kind, path, compute):
    """compute(text) for the file's current contents, once per version of the file."""
    key = (kind, path)
    stamp = os.stat(path).st_mtime_ns
    if key not in _cache or _cache[key][0] != stamp:
        with open(path, encoding="utf-8") as f:
            _cache[key] = (stamp, compute(f.read()))
    return _cache[key][1]


def regions(path):
    """{marker: (first, last)}: the lines (from 1) a {listing} of the marker
    shows, those between the lines of its two comments (the first region of
    a name, as literalinclude takes it)."""
    def compute(text):
        opened, found = {}, {}
        for number, line in enumerate(text.splitlines(), 1):
            for m in MARKER.finditer(line):
                if not m.group(1):
                    opened.setdefault(m.group(2), number)
                elif m.group(2) in opened and m.group(2) not in found:
                    found[m.group(2)] = (opened[m.group(2)] + 1, number - 1)
        return found
    return _cached("regions", path, compute)


def test_cases(path):
    """{name: line} of the TEST_CASEs (and TEST_CASE_TEMPLATEs) of a test file."""
    def compute(text):
        cases = {}
        for m in TEST_CASE.finditer(text):
            name = re.sub(r"\\(.)", r"\1", m.group(1))
            cases.setdefault(name, text.count("\n", 0, m.start()) + 1)
        return cases
    return _cached("tests", path, compute)


def test_files():
    return sorted(os.path.join(TESTS_DIR, n) for n in os.listdir(TESTS_DIR)
                  if n.endswith(".cpp")) if os.path.isdir(TESTS_DIR) else []


def all_test_names():
    names = set()
    for path in test_files():
        names |= set(test_cases(path))
    return names


def source_files():
    """Every file that gets a page, as absolute paths, sorted."""
    found = []
    for folder, extensions in PAGE_FOLDERS:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if os.path.join(root, d) not in NOT_PAGES)
            found += [os.path.join(root, n) for n in files
                      if n.endswith(extensions) and os.path.join(root, n) not in NOT_PAGES]
    return sorted(found)


def page_name(path):
    return f"{PAGE_FOLDER}/{shown_path(path)}"


def pages_linked(builder):
    """Only the HTML site has the source pages: the printable editions (the
    PDF, the EPUB) name a file and its lines as text, which a reader finds
    in a clone of the repository."""
    return builder.name == "html"


def page_uri(builder, fromdocname, path, anchor=None):
    """The link from a page of the site to the source page of path."""
    uri = relative_uri(builder.get_target_uri(fromdocname), builder.get_target_uri(page_name(path)))
    return uri + (f"#{anchor}" if anchor else "")


def region_anchor(first, last):
    return f"L{first}-L{last}"


def lines_text(first, last):
    return f"line {first}" if first == last else f"lines {first}\u2013{last}"


def note_link(env, path, kind):
    """Remember that the page being read shows, cites (a test of) or links to
    path: the file's page names it."""
    links = getattr(env, "act_source_links", set())
    links.add((shown_path(path), kind, env.docname))
    env.act_source_links = links


def region_link(env, path, marker=None, name=None, title=None, kind="links"):
    """A reference to path's page, or to the region of marker on it, and
    what it shows: title, else name (the path from the top of the
    repository by default) and the region's lines, as code. kind is what
    the page does with the file (shows it, links to it), for the file's
    page. Returns (node, None), or (None, message) if the file or region is
    missing."""
    if not os.path.isfile(path):
        return None, f"no file {shown_path(path)}"
    env.note_dependency(path)
    label, anchor = name or shown_path(path), None
    if marker is not None:
        found = regions(path).get(marker)
        if found is None:
            return None, f"{shown_path(path)} has no region '{marker}'"
        anchor = region_anchor(*found)
        label += ", " + lines_text(*found)
    note_link(env, path, kind)
    shown = nodes.Text(title) if title else nodes.literal(label, label)
    if not pages_linked(env.app.builder):
        return nodes.inline("", "", shown, classes=["source-link"]), None
    ref = nodes.reference("", "", internal=True, classes=["source-link"],
                          refuri=page_uri(env.app.builder, env.docname, path, anchor))
    ref += shown
    return ref, None


def split_title(text, known=None):
    """``title <target>`` -> (title, target); else (None, text). A test's
    name may hold "<" ("x < 0"), and so may a title: with known, every
    " <" is tried and the first whose target is known wins."""
    if not text.endswith(">") or (known is not None and text in known):
        return None, text
    splits = [(text[:m.start()].strip(), text[m.end():-1])
              for m in re.finditer(r"\s<", text) if text[:m.start()].strip()]
    for title, target in splits:
        if known is not None and target in known:
            return title, target
    return splits[0] if splits else (None, text)


def listing_run_command(relpath):
    """The command that runs a listing, or None. The listings are what
    ./book list lists: code/examples/<chapter>/<stem>.cpp or .py, but the
    helpers of common/ and the TensorFlow snippets (not run)."""
    chapter, _, filename = relpath.partition("/")
    stem, ext = os.path.splitext(filename)
    if (not filename or "/" in filename or chapter == "common" or ext not in (".cpp", ".py")
            or stem.startswith("tensorflow")):
        return None
    return run_command(chapter, stem)


def chapter_of(docname):
    parts = docname.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == "chapters" else None


class BookRole(SphinxRole):
    """A role of the book's: fail() warns (with -W, fails the build) and
    leaves the role's text marked on the page."""

    def fail(self, message):
        msg = self.inliner.reporter.warning(message, line=self.lineno)
        return [nodes.problematic(self.rawtext, self.rawtext)], [msg]


class SourceRole(BookRole):
    """{source}`<path>[#<marker>]` or {source}`text <path>[#<marker>]`."""

    def run(self):
        title, target = split_title(" ".join(self.text.split()))
        relpath, _, marker = target.partition("#")
        ref, problem = region_link(self.env, code_path(relpath), marker or None, relpath, title)
        if problem:
            return self.fail(f"source: {problem}")
        return [ref], []


class TestRole(BookRole):
    """{test}`<name>` or {test}`text <name>`: a doctest test case, linked."""

    def run(self):
        text = " ".join(self.text.split())
        files = test_files()
        chapter = chapter_of(self.env.docname)
        own = os.path.join(TESTS_DIR, f"{chapter}_test.cpp") if chapter else None
        order = ([own] if own in files else []) + [f for f in files if f != own]
        names = all_test_names()
        title, name = split_title(text, names)
        if own in files:
            self.env.note_dependency(own)   # read again when the chapter's tests change
        holders = [path for path in order if name in test_cases(path)]
        if not holders:
            for path in files:   # read again once a test of that name exists
                self.env.note_dependency(path)
            close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            return self.fail(f"test: no TEST_CASE named '{name}' in tests/*.cpp{hint}")
        path = holders[0]
        self.env.note_dependency(path)
        note_link(self.env, path, "cites")
        label = title or name
        if not pages_linked(self.env.app.builder):
            return [nodes.emphasis(label, label, classes=["test-link"])], []
        ref = nodes.reference("", "", internal=True, classes=["test-link"],
                              refuri=page_uri(self.env.app.builder, self.env.docname, path,
                                              f"L{test_cases(path)[name]}"))
        ref += nodes.emphasis(label, label)
        return [ref], []


def check_test_citations(app, doctree):
    """A test named as evidence must be linked: italics right after "test"
    or "tests", or italics that are a test's name, without {test}, fail."""
    names = {n.lower() for n in all_test_names()}
    for node in doctree.findall(nodes.emphasis):
        if "test-link" in node["classes"] or any(isinstance(a, nodes.reference) for a in _ancestors(node)):
            continue   # {test} wrote it (unlinked in the printable editions)
        text = " ".join(node.astext().split())
        index = node.parent.index(node) if node.parent is not None else 0
        before = node.parent[index - 1] if index > 0 else None
        after_word = isinstance(before, nodes.Text) and re.search(r"\btests?:?\s*$", before.astext(), re.I)
        if after_word or text.lower() in names:
            logger.warning(f"test '{text}' cited without the role: write {{test}}`{text}` "
                           f"(or {{test}}`{text} <full name>`)", location=node)


def _ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node


def purge_links(app, env, docname):
    if hasattr(env, "act_source_links"):
        env.act_source_links = {l for l in env.act_source_links if l[2] != docname}


def merge_links(app, env, docnames, other):
    env.act_source_links = getattr(env, "act_source_links", set()) | getattr(other, "act_source_links", set())
    if hasattr(other, "act_source_index"):
        env.act_source_index = other.act_source_index


# --------------------------------------------------------------------------
# the pages


def highlighted_lines(app, path, text):
    """The file's lines as highlighted HTML, one string per line. Pygments
    closes and reopens its spans at each line end, so each line is whole."""
    lang = "python" if path.endswith(".py") else "cpp"
    out = app.builder.highlighter.highlight_block(text, lang, opts={"stripnl": False},
                                                 location=path, nowrap=True)
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(text.splitlines()):   # not expected; never misnumber a line
        lines = [html.escape(line) for line in text.splitlines()]
    return lines


def page_body(app, path, text, links):
    """The page: the file's path, who shows or cites it, and the file."""
    builder, page = app.builder, page_name(path)
    shown = shown_path(path)
    parts = [f'<section id="source-file"><h1>{html.escape(shown)}</h1>']
    about = []
    rel = os.path.relpath(path, EXAMPLES_DIR).replace(os.sep, "/")
    command = None if rel.startswith("..") else listing_run_command(rel)
    if command:
        about.append(f"Run it with <code>{html.escape(command)}</code>.")
    for kind, label in (("shows", "Shown in"), ("cites", "Its tests are cited in"),
                        ("links", "Linked from")):
        docs = sorted({d for p, k, d in links if p == shown and k == kind})
        if docs:
            refs = [f'<a class="reference internal" href="{relative_uri(builder.get_target_uri(page), builder.get_target_uri(d))}">'
                    f"{html.escape(app.env.titles[d].astext())}</a>" for d in docs if d in app.env.titles]
            about.append(f"{label}: {', '.join(refs)}.")
    if about:
        parts.append(f'<p class="source-about">{" ".join(about)}</p>')
    lines = highlighted_lines(app, path, text)
    opens, closes = {}, {}
    for first, last in sorted(set(regions(path).values())):
        if first <= last:
            opens.setdefault(first, []).append(region_anchor(first, last))
            closes[last] = closes.get(last, 0) + 1
    body = []
    for number, line in enumerate(lines, 1):
        for anchor in opens.get(number, []):
            body.append(f'<span class="region" id="{anchor}">')
        body.append(f'<span class="line" id="L{number}"><a class="lineno" href="#L{number}" '
                    f'data-n="{number}" aria-label="line {number}"></a>{line}\n</span>')
        body.append("</span>" * closes.get(number, 0))
    lang = "python" if path.endswith(".py") else "cpp"
    parts.append(f'<div class="highlight-{lang} notranslate source-file"><div class="highlight">'
                 f'<pre>{"".join(body)}</pre></div></div></section>')
    return "\n".join(parts)


def version():
    with open(os.path.abspath(__file__), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def collect_pages(app):
    """html-collect-pages: the source pages whose inputs changed."""
    if not pages_linked(app.builder):
        return
    env = app.env
    links = getattr(env, "act_source_links", set())
    navigation = repr((sorted((d, t.astext()) for d, t in env.titles.items()),
                       sorted((d, list(i)) for d, i in env.toctree_includes.items())))
    stamps_path = os.path.join(app.doctreedir, "act-source-pages.json")
    try:
        with open(stamps_path, encoding="utf-8") as f:
            stamps = json.load(f)
    except (OSError, ValueError):
        stamps = {}
    common = hashlib.sha256((version() + navigation + app.builder.highlighter.get_stylesheet()).encode())
    new = {}
    for path in source_files():
        page = page_name(path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        digest = common.copy()
        digest.update(text.encode())
        digest.update(repr(sorted(l for l in links if l[0] == shown_path(path))).encode())
        new[page] = digest.hexdigest()
        if stamps.get(page) == new[page] and os.path.isfile(app.builder.get_outfilename(page)):
            continue
        yield page, {"title": shown_path(path), "body": page_body(app, path, text, links),
                     "parents": []}, "page.html"
    for page in set(stamps) - set(new):   # the page of a file that is gone
        if os.path.isfile(app.builder.get_outfilename(page)):
            os.remove(app.builder.get_outfilename(page))
    with open(stamps_path, "w", encoding="utf-8") as f:
        json.dump(new, f, indent=0, sort_keys=True)


# --------------------------------------------------------------------------
# the list of source pages


class SourceIndexDirective(SphinxDirective):
    """``{source-index}``: every source page, by folder."""

    def run(self):
        files = source_files()
        self.env.act_source_index = (self.env.docname, [shown_path(p) for p in files])
        by_folder = {}
        for path in files:
            by_folder.setdefault(os.path.dirname(shown_path(path)), []).append(path)
        out = []
        for folder, paths in sorted(by_folder.items()):
            para = nodes.paragraph(classes=["source-folder"])
            para += nodes.strong(folder + "/", folder + "/")
            items = nodes.bullet_list(classes=["source-index"])
            for path in paths:
                name = os.path.basename(path)
                shown = nodes.literal(name, name)
                if pages_linked(self.env.app.builder):
                    ref = nodes.reference("", "", internal=True, classes=["source-link"],
                                          refuri=page_uri(self.env.app.builder, self.env.docname, path))
                    ref += shown
                    shown = ref
                items += nodes.list_item("", nodes.paragraph("", "", shown))
            out += [para, items]
        return out


def source_index_outdated(app, env, added, changed, removed):
    """The index page is read again when a file comes or goes."""
    docname, listed = getattr(env, "act_source_index", (None, None))
    if docname and docname in env.found_docs and listed != [shown_path(p) for p in source_files()]:
        return [docname]
    return []

