"""The book's own Sphinx extension: it connects the prose to the compiled
listings and to what they computed during the build.

Directives and roles (see CONTRIBUTING.md):

``{listing} <chapter>/<file> [<marker>]``
    Code from code/examples, between ``[listing:<marker>]`` and
    ``[/listing:<marker>]``; a missing marker, or a marker no page shows,
    fails the build. Its caption names the file and the lines shown, linked
    to them on the file's source page (actsource.py), and the command that
    runs the listing.
``{listing-output} <chapter>/<stem>``
    What the listing printed when the build ran it.
``{value}`<chapter>/<stem>:<key>```
    A value a listing wrote into results/<chapter>/<stem>.json.
``{result-table} <chapter>/<file>.csv``
    A CSV a listing wrote, as a table (``:digits:`` significant digits).
``{solution}``
    A fold, closed until the reader opens it.
``{article}`<key>```
    One of the source articles, by title, series and date (conf.py).
``{framework-tabs} <chapter>``
    The chapter's framework tabs, from code/examples/<chapter>/frameworks.json:
    each tab's snippet and output, and what the tests check; inside it,
    ``{framework-tab} <key>`` adds to one tab.

``{plot}``
    matplotlib's plot directive, redrawn when the results it plots change.

actsource.py (loaded from here) writes the source pages and gives the roles
``{source}`` (a link to a file or a marked region) and ``{test}`` (a doctest
test case, linked to its line; an unknown name fails the build).

Sphinx builds incrementally (the docs target runs it without -E): a page is
re-read when its source or a file it noted with ``env.note_dependency``
changes. So every directive here notes the files it reads: the listing's
source, the results file of a {value}, {result-table} or {listing-output}
(also when it is missing, so that the page is read again once it exists),
and a figure's script and data. A change to this extension, actsource.py
actmath.py or bookplot.py changes ``env_version`` below, which makes Sphinx re-read every
page.

It also makes the site work offline: MathJax is copied from Debian's package
into _static/mathjax, Debian's furo script is made to load as a classic
script (it begins with an ES-module import, which a classic script cannot
run), and furo's style sheet gets its own normalize.css.
"""
import csv
import filecmp
import glob
import hashlib
import json
import math
import os
import re
import shutil

import matplotlib
from matplotlib.sphinxext import plot_directive

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.statemachine import StringList
from sphinx.directives.code import LiteralInclude
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import bookplot   # beside this file (docs/_ext, on sys.path: conf.py)

logger = logging.getLogger(__name__)

HERE = os.path.dirname(os.path.abspath(__file__))
import actsource  # the source pages; the paths of the code (beside this file)
from actsource import (SOURCE_DIR, EXAMPLES_DIR, INCLUDE_DIR, MARKER,
                       code_path, shown_path, comment_marker, run_command)


def results_dir():
    path = os.environ.get("ACT_RESULTS_DIR")
    if not path:
        raise RuntimeError("ACT_RESULTS_DIR is not set: build the book with ./book build")
    return path


# --------------------------------------------------------------------------
# {listing}


class ListingDirective(LiteralInclude):
    """literalinclude with the book's conventions filled in."""

    required_arguments = 1
    optional_arguments = 1
    option_spec = dict(LiteralInclude.option_spec)

    def run(self):
        env = self.state.document.settings.env
        relpath = self.arguments[0]
        marker = self.arguments[1] if len(self.arguments) > 1 else None
        path = code_path(relpath)
        env.note_dependency(path)
        if not os.path.isfile(path):
            return [self.state.document.reporter.warning(
                f"listing: no file {shown_path(path)}", line=self.lineno)]
        if marker:
            text = open(path, encoding="utf-8").read()
            for closing in (False, True):
                if comment_marker(path, marker, closing) not in text:
                    return [self.state.document.reporter.warning(
                        f"listing: {shown_path(path)} has no marker "
                        f"'{comment_marker(path, marker, closing)}'", line=self.lineno)]
            self.options["start-after"] = comment_marker(path, marker)
            self.options["end-before"] = comment_marker(path, marker, True)
            used = env.act_listings_used if hasattr(env, "act_listings_used") else set()
            used.add((relpath, marker, env.docname))
            env.act_listings_used = used
        self.options.setdefault("dedent", None)
        self.options.setdefault("language", "python" if path.endswith(".py") else "cpp")
        # The caption: the file and the lines shown, linked to them on the
        # file's page; then how to run it (or a caption's own note).
        note = self.options.pop("caption", None)
        command = actsource.listing_run_command(relpath)
        if note is None and command:
            note = f"run: {command}"
        link, problem = actsource.region_link(env, path, marker, kind="shows")
        if problem:
            return [self.state.document.reporter.warning(f"listing: {problem}", line=self.lineno)]
        self.options["caption"] = "listing"   # replaced below
        # literalinclude reads paths starting with "/" relative to the source dir.
        self.arguments = ["/" + os.path.relpath(path, env.srcdir)]
        result = super().run()
        for caption in result[0].findall(nodes.caption) if result else []:
            caption.clear()
            caption += link
            if note:
                caption += nodes.Text(f"  \u00b7  {note}")
            break
        return result


def check_markers(app, env):
    """Every marker in code/ must be shown somewhere, and be closed."""
    used = {(rel, marker) for rel, marker, _ in getattr(env, "act_listings_used", set())}
    for base in (EXAMPLES_DIR, INCLUDE_DIR):
        for root, _, files in os.walk(base):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp", ".py")):
                    continue
                path = os.path.join(root, name)
                rel = os.path.relpath(path, base)
                opened, closed = [], []
                for m in MARKER.finditer(open(path, encoding="utf-8").read()):
                    (closed if m.group(1) else opened).append(m.group(2))
                for marker in sorted(set(opened) ^ set(closed)):
                    logger.warning(f"{shown_path(path)}: marker '{marker}' is not both opened and closed")
                for marker in opened:
                    if (rel, marker) not in used:
                        logger.warning(f"{shown_path(path)}: marker [listing:{marker}] is shown on no page")


def purge_listings(app, env, docname):
    if hasattr(env, "act_listings_used"):
        env.act_listings_used = {u for u in env.act_listings_used if u[2] != docname}


def merge_listings(app, env, docnames, other):
    used = getattr(env, "act_listings_used", set())
    env.act_listings_used = used | getattr(other, "act_listings_used", set())


# --------------------------------------------------------------------------
# results: {value}, {listing-output}, {result-table}


def result_file(env, relpath):
    """The path of results/<relpath>, or None if it is missing. Either way a
    dependency of the page: Sphinx re-reads the page when the file changes,
    and keeps re-reading it while the file is missing."""
    path = os.path.join(results_dir(), relpath)
    env.note_dependency(path)
    return path if os.path.isfile(path) else None


class ValueRole(actsource.BookRole):
    """{value}`chapter/stem:key` -> the value the listing wrote."""

    def run(self):
        target = self.text.strip()
        if ":" not in target:
            return self.fail(f"value: '{target}' is not of the form chapter/stem:key")
        stem_path, key = target.rsplit(":", 1)
        path = result_file(self.env, stem_path + ".json")
        if path is None:
            return self.fail(f"value: no results/{stem_path}.json (is the listing run by the build?)")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if key not in data:
            return self.fail(f"value: results/{stem_path}.json has no '{key}'")
        value = data[key]
        if isinstance(value, list):
            value = "[" + ", ".join(str(v) for v in value) + "]"
        node = nodes.inline(text=str(value))
        node["classes"].append("computed-value")
        return [node], []


class ListingOutputDirective(Directive):
    """The text a listing printed when the build ran it."""

    required_arguments = 1
    option_spec = {"caption": directives.unchanged}

    def run(self):
        env = self.state.document.settings.env
        chapter_stem = self.arguments[0]
        path = result_file(env, chapter_stem + ".txt")
        if path is None:
            return [self.state.document.reporter.warning(
                f"listing-output: no results/{chapter_stem}.txt", line=self.lineno)]
        text = open(path, encoding="utf-8").read().rstrip("\n")
        block = nodes.literal_block(text, text)
        block["language"] = "text"
        chapter, stem = chapter_stem.split("/", 1)
        caption = self.options.get("caption", f"Output of {run_command(chapter, stem)}")
        container = nodes.container("", literal_block=True, classes=["literal-block-wrapper"])
        container += nodes.caption(caption, caption)
        container += block
        return [container]


def format_cell(text, digits):
    try:
        value = float(text)
    except ValueError:
        return text
    if digits is None or value != value or value in (float("inf"), float("-inf")):
        return text if value == value else "nan"
    return f"{value:.{digits}g}"


class ResultTableDirective(Directive):
    """A CSV a listing wrote, shown as a table (first row is the header)."""

    required_arguments = 1
    option_spec = {"digits": directives.positive_int, "caption": directives.unchanged,
                   "columns": directives.unchanged}

    def run(self):
        env = self.state.document.settings.env
        path = result_file(env, self.arguments[0])
        if path is None:
            return [self.state.document.reporter.warning(
                f"result-table: no results/{self.arguments[0]}", line=self.lineno)]
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if not rows:
            return [self.state.document.reporter.warning(
                f"result-table: results/{self.arguments[0]} is empty", line=self.lineno)]
        header, body = rows[0], rows[1:]
        keep = list(range(len(header)))
        if "columns" in self.options:
            wanted = [c.strip() for c in self.options["columns"].split(",")]
            missing = [c for c in wanted if c not in header]
            if missing:
                return [self.state.document.reporter.warning(
                    f"result-table: no column(s) {missing} in results/{self.arguments[0]}",
                    line=self.lineno)]
            keep = [header.index(c) for c in wanted]
        digits = self.options.get("digits")

        table = nodes.table(classes=["result-table"])
        if "caption" in self.options:
            caption = self.options["caption"]
            parsed, _ = self.state.inline_text(caption, self.lineno)  # `code`, $math$
            table += nodes.title(caption, "", *parsed)
        group = nodes.tgroup(cols=len(keep))
        table += group
        for _ in keep:
            group += nodes.colspec(colwidth=1)

        def make_row(cells):
            row = nodes.row()
            for cell in cells:
                entry = nodes.entry()
                entry += nodes.paragraph(text=cell)
                row += entry
            return row

        thead = nodes.thead()
        thead += make_row([header[i] for i in keep])
        group += thead
        tbody = nodes.tbody()
        cells = [[format_cell(r[i], digits) for i in keep] for r in body]
        for row in cells:
            tbody += make_row(row)
        group += tbody
        if env.app.builder.name != "latex":
            return [table]
        # In the PDF a wide table gets columns that wrap (LaTeX's default
        # columns do not): each column as wide as its longest word, plus a
        # share of the rest for long texts; and, with many columns, a
        # smaller font (\acttablefont, conf.py's preamble) and less space
        # between the columns.
        columns = list(zip([header[i] for i in keep], *cells))
        longest = [max(len(w) for cell in col for w in (cell.split() or [""])) + 2 for col in columns]
        total = [max(len(cell) for cell in col) + 2 for col in columns]
        widths = [l + (t - l) // 4 for l, t in zip(longest, total)]
        for spec, width in zip(group.findall(nodes.colspec), widths):
            spec["colwidth"] = width
        table["classes"].append("colwidths-given")
        if len(keep) < 7:
            return [table]
        return [nodes.raw("", "\\begingroup\\let\\acttablefont\\scriptsize\\setlength{\\tabcolsep}{2pt}",
                          format="latex"),
                table, nodes.raw("", "\\endgroup", format="latex")]


# --------------------------------------------------------------------------
# {article}: the source articles


class ArticleRole(actsource.BookRole):
    """{article}`<key>`: one of the source articles, cited as conf.py's
    act_source_articles has it (title, series and date). They have no stable
    address, so a reference entry that holds one needs no link (the site
    check knows them by the class source-article)."""

    def run(self):
        articles = self.config.act_source_articles
        key = self.text.strip()
        if key not in articles:
            return self.fail(f"article: no '{key}' in act_source_articles (conf.py): {sorted(articles)}")
        return [nodes.inline(articles[key], articles[key], classes=["source-article"])], []


# --------------------------------------------------------------------------
# {plot}: matplotlib's plot directive, redrawn when its data changes


# A figure's cached images (build/docs/plot_directive/<script's folder>/):
# <base>.svg, or <base>_NN.svg and <base>_NN_NN.svg for several figures, in
# each of plot_formats.
def _cached_images(cache_dir, base, formats):
    exts = "|".join(re.escape(f if isinstance(f, str) else f[0]) for f in formats)
    pattern = re.compile(re.escape(base) + r"(_\d{2}){0,2}\.(" + exts + ")")
    if not os.path.isdir(cache_dir):
        return []
    return [os.path.join(cache_dir, n) for n in os.listdir(cache_dir) if pattern.fullmatch(n)]


class PlotDirective(plot_directive.PlotDirective):
    """``{plot} <chapter>/plots/<script>.py``, as matplotlib's, plus data.

    matplotlib redraws a figure only when its script is newer than the image
    it cached, not when the results the script reads change (a figure drawn
    before ``./book bench`` would stay "not measured"). A plot script reads
    its own chapter's results (CSV, JSON; through bookplot.results() or
    directly), so a figure's inputs are: the script, bookplot.py, the plot
    settings and every CSV and JSON file in results/<chapter>/. The page
    notes them as dependencies (so Sphinx re-reads it when one changes), and
    the cache keeps a digest of them beside the images (<base>.inputs): when
    the digest differs, the cached images are removed and matplotlib draws
    the figure again. A digest, not times: a listing that runs again and
    writes the same numbers does not cost a redraw.
    """

    def run(self):
        env = self.state.document.settings.env
        relpath = self.arguments[0]
        # Screen readers read the alt text instead of the image, so it says
        # what the figure shows (matplotlib's default is the file's path).
        alt = " ".join(self.options.get("alt", "").split())
        if not alt:
            raise self.error(f"plot {relpath}: give the figure an :alt: text that says what it shows")
        self.options["alt"] = alt
        chapter = relpath.split("/", 1)[0]
        script = os.path.join(env.app.confdir, env.config.plot_basedir, relpath)
        inputs = [script, os.path.join(HERE, "bookplot.py")]
        data_dir = os.path.join(results_dir(), chapter)
        inputs += sorted(glob.glob(os.path.join(data_dir, "*.csv")) +
                         glob.glob(os.path.join(data_dir, "*.json")))
        digest = hashlib.sha256()
        digest.update(repr((matplotlib.__version__, env.config.plot_formats,
                            env.config.plot_rcparams)).encode())
        for path in inputs:
            env.note_dependency(path)
            digest.update(os.path.basename(path).encode() + b"\0")
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    digest.update(hashlib.sha256(f.read()).digest())
        digest = digest.hexdigest()

        # where matplotlib caches this script's images (its run() computes
        # the same: plot_directive next to the doctrees, the script's folder
        # relative to conf.py, the name without .py and with "." as "-")
        cache_dir = os.path.normpath(os.path.join(
            os.path.dirname(env.app.doctreedir), "plot_directive",
            os.path.dirname(os.path.relpath(script, env.app.confdir))))
        base = os.path.splitext(os.path.basename(script))[0].replace(".", "-")
        stamp = os.path.join(cache_dir, base + ".inputs")
        old = open(stamp, encoding="utf-8").read().strip() if os.path.isfile(stamp) else None
        if old != digest:
            for image in _cached_images(cache_dir, base, env.config.plot_formats):
                os.remove(image)
            if old is not None:
                os.remove(stamp)
        result = super().run()
        if not result:   # drawn (or still valid) without errors
            os.makedirs(cache_dir, exist_ok=True)
            with open(stamp, "w", encoding="utf-8") as f:
                f.write(digest + "\n")
        return result


def _run_and_check(code, code_path, ns=None, function_name=None):
    """matplotlib's way of running a plot script, then bookplot's checks of
    the figures it drew: a PlotError becomes a warning, which fails the
    build (-W)."""
    ns = _run_plot_code(code, code_path, ns, function_name)
    problems = bookplot.check_figures()
    if problems:
        raise plot_directive.PlotError("the figure is hard to read:\n  " + "\n  ".join(problems))
    return ns


_run_plot_code = plot_directive._run_code
plot_directive._run_code = _run_and_check


# --------------------------------------------------------------------------
# {solution}: a <details> fold


class solution_node(nodes.General, nodes.Element):
    pass


def visit_solution_html(self, node):
    self.body.append('<details class="solution"><summary>%s</summary>\n'
                     % self.encode(node["title"]))


def depart_solution_html(self, node):
    self.body.append("</details>\n")


def visit_solution_other(self, node):
    pass


def depart_solution_other(self, node):
    pass


class SolutionDirective(Directive):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True

    def run(self):
        node = solution_node()
        node["title"] = self.arguments[0] if self.arguments else "Solution"
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


# The PDF's solutions: an appendix. The LaTeX builder puts the whole book in
# one doctree; there every {solution} moves into a last "document" (which
# LaTeX's writer starts with \appendix): a chapter per book chapter, a
# section per exercise, and in its place a line "Solution: page N". The
# appendix and those lines sit between \ifactsolutions and \fi (conf.py's
# preamble), so one .tex gives both PDFs: ./book pdf --no-solutions defines
# \actnosolutions before it, and they are left out.

SOLUTIONS_DOC = "act-solutions"


def _latex_raw(text):
    return nodes.raw("", text, format="latex")


def _ancestor(node, kind):
    while node is not None and not isinstance(node, kind):
        node = node.parent
    return node


def solutions_appendix(app, doctree, docname):
    """doctree-resolved of the LaTeX builder's whole book (docname is the root)."""
    if app.builder.name != "latex" or docname != app.config.root_doc:
        return
    found = {}   # chapter docname -> [(section id, label, exercise target id, node)]
    order = []
    for node in list(doctree.findall(solution_node)):
        # the chapter: its sections carry their docname (the LaTeX builder's
        # start_of_file nodes are not their children's parents)
        section = node.parent
        while section is not None and not (isinstance(section, nodes.section) and "docname" in section):
            section = section.parent
        chapter = section["docname"] if section is not None else docname
        slug = re.sub(r"[^a-z0-9]+", "-", chapter.lower()).strip("-")
        item = _ancestor(node, nodes.list_item)
        listed = item is not None and isinstance(item.parent, nodes.enumerated_list)
        if listed:
            number = item.parent.get("start", 1) + item.parent.index(item)
            label = f"Exercise {number}"
        else:
            label = node["title"]
        if chapter not in found:
            found[chapter] = []
            order.append(chapter)
        n = len(found[chapter]) + 1
        section_id, back_id = f"solution-{slug}-{n}", f"exercise-{slug}-{n}"
        found[chapter].append((section_id, label, back_id, node))
        pointer = nodes.paragraph(classes=["solution-pointer"])
        pointer += nodes.target("", "", ids=[back_id])
        pointer += _latex_raw(r"\ifactsolutions ")
        ref = nodes.reference("", "", internal=True, refuri=f"%{SOLUTIONS_DOC}#{section_id}")
        ref += nodes.strong(node["title"], node["title"])
        pointer += ref
        pointer += _latex_raw(f": page~\\pageref{{{SOLUTIONS_DOC}:{section_id}}}.\\fi")
        node.replace_self(pointer)
    if not found:
        return
    appendix = nodes.document(doctree.settings, doctree.reporter)
    appendix["docname"] = SOLUTIONS_DOC
    top = nodes.section(ids=["solutions"])
    top += nodes.title("Solutions to the exercises", "Solutions to the exercises")
    top += nodes.paragraph(text="The solutions of each chapter's exercises, chapter by chapter; "
                                "each begins with the page of its exercise.")
    appendix += top
    for chapter in order:
        title = app.env.titles[chapter].astext() if chapter in app.env.titles else chapter
        part = nodes.section(ids=[f"solutions-{re.sub(r'[^a-z0-9]+', '-', chapter.lower())}"])
        part += nodes.title(title, title)
        for section_id, label, back_id, node in found[chapter]:
            sec = nodes.section(ids=[section_id])
            sec += nodes.title(label, label)
            back = nodes.paragraph()
            back += nodes.Text("The exercise: ")
            back += _latex_raw(f"\\hyperref[{{{chapter}:{back_id}}}]{{page~\\pageref{{{chapter}:{back_id}}}}}.")
            sec += back
            sec += node.children
            part += sec
        top += part
    doctree += _latex_raw("\n\\ifactsolutions\n")
    doctree += appendix
    doctree += _latex_raw("\n\\fi\n")


def chapters_at_top(app, doctree):
    """In the PDF the book's chapters are LaTeX chapters: the LaTeX builder
    puts the pages of a toctree where the toctree is, and the landing page's
    toctrees are inside its section "How to read it", which would make every
    chapter a section of that one. In the LaTeX build, the landing page's
    toctrees move to the end of the page, outside its sections. The landing
    page's own sections ("Who it is for", "How to read it") come before them
    as front matter, unnumbered (\\actfrontmatter, conf.py's preamble); the
    numbering starts at the first chapter (\\actmainmatter, here)."""
    if app.builder.name != "latex" or app.env.docname != app.config.root_doc:
        return
    wrappers = list(doctree.findall(lambda n: isinstance(n, nodes.compound)
                                    and "toctree-wrapper" in n["classes"]))
    if wrappers:
        doctree += _latex_raw("\n\\actmainmatter\n")
    for wrapper in wrappers:
        wrapper.parent.remove(wrapper)
        doctree += wrapper


# Chinese characters (the source articles' titles) are in none of the PDF's
# text fonts: the LaTeX builder wraps each run of them in \actcjk{...}
# (conf.py), which switches to a font that has them.
CJK_RUN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def cjk_runs(app, doctree, docname):
    if app.builder.name != "latex":
        return
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if parent is None or isinstance(parent, (nodes.literal_block, nodes.raw)) \
                or not CJK_RUN.search(text.astext()):
            continue
        parts, last = [], 0
        for m in CJK_RUN.finditer(text.astext()):
            parts.append(nodes.Text(text.astext()[last:m.start()]))
            parts += [_latex_raw(r"\actcjk{"), nodes.Text(m.group()), _latex_raw("}")]
            last = m.end()
        parts.append(nodes.Text(text.astext()[last:]))
        parent.replace(text, [p for p in parts if not isinstance(p, nodes.Text) or p.astext()])


# --------------------------------------------------------------------------
# {framework-tabs}: a chapter's framework tabs from code/examples/<chapter>/
# frameworks.json (read by tools/framework_tabs.py, which CTest also runs).

SHOWN_ONLY = "not run: TensorFlow is not in Debian 12"


class framework_extra(nodes.Element):
    """What a {framework-tab} block adds to one tab, until {framework-tabs} places it."""


class framework_slot(nodes.Element):
    """Where in a generated tab a {framework-tab} block's content goes."""


class FrameworkTabDirective(SphinxDirective):
    """Inside {framework-tabs}: more content for the tab <key> (cpp, pytorch,
    tensorflow, libtorch), placed after its snippet and before its output;
    :lead: is a line placed before the snippet (in double quotes if it holds
    a colon: MyST reads options as YAML)."""

    required_arguments = 1
    has_content = True
    option_spec = {"lead": directives.unchanged}

    def run(self):
        if not self.env.temp_data.get("act_in_framework_tabs"):
            return [self.state.document.reporter.warning(
                "framework-tab: only inside {framework-tabs}", line=self.lineno)]
        node = framework_extra(key=self.arguments[0])
        if "lead" in self.options:
            inline, messages = self.state.inline_text(self.options["lead"], self.lineno)
            node["lead"] = [nodes.paragraph("", "", *inline)] + messages
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class FrameworkSlotDirective(SphinxDirective):
    """Internal to {framework-tabs}: ``{framework-slot} <key> lead|body``."""

    required_arguments = 2

    def run(self):
        if not self.env.temp_data.get("act_in_framework_tabs"):
            return [self.state.document.reporter.warning(
                "framework-slot: only {framework-tabs} writes it", line=self.lineno)]
        return [framework_slot(key=self.arguments[0], part=self.arguments[1])]


def load_framework_tabs(env, chapter):
    """The chapter's description (tools/framework_tabs.py), tabs filled in."""
    import sys
    tools = os.path.join(SOURCE_DIR, "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    import framework_tabs
    chapter_dir = os.path.join(EXAMPLES_DIR, chapter)
    env.note_dependency(os.path.join(chapter_dir, framework_tabs.DESCRIPTION))
    env.note_dependency(os.path.normpath(os.path.join(chapter_dir, framework_tabs.COMMON)))
    return framework_tabs.load(chapter_dir), framework_tabs.runs


def english_list(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def tolerance_text(rtol):
    if rtol == 0:
        return "exactly"
    exponent = round(math.log10(rtol))
    shown = f"$10^{{{exponent}}}$" if 10.0 ** exponent == rtol else f"{rtol:g}"
    return f"to a relative tolerance of {shown}"


class FrameworkTabsDirective(SphinxDirective):
    """``{framework-tabs} <chapter>``: one sphinx-tabs group-tab per framework
    (a snippet, and what it printed if it runs), then a line on what the
    tests check. The content may hold {framework-tab} blocks, nothing else.

    group-tab, not tab: sphinx-tabs (Debian's 3.4.1) names a group tab after
    its label, so choosing "PyTorch" selects PyTorch in every tab set of the
    page, and its tabs.js keeps the choice in window.sessionStorage
    ('sphinx-tabs-last-selected') and selects it again on every page loaded
    afterwards: remembered from chapter to chapter for as long as the
    browser tab is open (sessionStorage, not localStorage)."""

    required_arguments = 1
    has_content = True

    def run(self):
        chapter = self.arguments[0]
        try:
            desc, runs = load_framework_tabs(self.env, chapter)
        except (OSError, ValueError) as e:
            return [self.state.document.reporter.warning(f"framework-tabs: {e}", line=self.lineno)]
        keys = {tab["key"] for tab in desc["tabs"]}
        messages, container = [], nodes.container(classes=["framework-tabs"])
        self.env.temp_data["act_in_framework_tabs"] = True
        try:
            extras, scratch = {}, nodes.container()
            self.state.nested_parse(self.content, self.content_offset, scratch)
            for child in scratch.children:
                if isinstance(child, nodes.system_message):
                    messages.append(child)
                elif (not isinstance(child, framework_extra) or child["key"] not in keys
                      or child["key"] in extras):
                    return messages + [self.state.document.reporter.warning(
                        f"framework-tabs: the content may only be {{framework-tab}} blocks, "
                        f"one for each of {sorted(keys)} at most", line=self.lineno)]
                else:
                    extras[child["key"]] = child
            text = self.generated(chapter, desc, runs, tabbed=self.env.app.builder.name == "html")
            self.state.nested_parse(StringList(text, source=f"framework-tabs {chapter}"),
                                    self.content_offset, container)
        finally:
            self.env.temp_data["act_in_framework_tabs"] = False
        for slot in list(container.findall(framework_slot)):
            extra = extras.get(slot["key"])
            if extra is None:
                slot.replace_self([])
            elif slot["part"] == "lead":
                slot.replace_self(extra.get("lead", []))
            else:
                slot.replace_self(extra.children)
        container.children[-1]["classes"].append("framework-check")
        return messages + [container]

    @staticmethod
    def generated(chapter, desc, runs, tabbed=True):
        """The tabs and the line after them, as MyST. Not tabbed (the PDF,
        the EPUB: nothing to click), each tab is a part headed by its label
        in bold, one after another."""
        text = ["`````{tabs}" if tabbed else "`````{container} framework-tabs-printed"]
        for tab in desc["tabs"]:
            relpath = f"{chapter}/{tab['file']}"
            text += [f"````{{group-tab}} {tab['label']}" if tabbed else
                     "````{container} framework-tab-printed",
                     *([] if tabbed else [f"**{tab['label']}**", ""]),
                     f"```{{framework-slot}} {tab['key']} lead", "```",
                     f"```{{listing}} {relpath} {tab['marker']}"]
            if not runs(tab):
                # MyST reads a directive's options as YAML: quote the value.
                text.append(f":caption: {json.dumps(SHOWN_ONLY, ensure_ascii=False)}")
            text += ["```", f"```{{framework-slot}} {tab['key']} body", "```"]
            if runs(tab):
                stem = os.path.splitext(tab["file"])[0]
                text += [f"```{{listing-output}} {chapter}/{stem}", "```"]
            text.append("````")
        text.append("`````")
        run_labels = [tab["label"] for tab in desc["tabs"] if runs(tab)]
        inputs = ", ".join(f"{v:g}" for v in desc["inputs"])
        text += ["", f"The build runs the {english_list(run_labels)} tabs; the test "
                 f"`crosscheck:{chapter}` ({{source}}`tools/crosscheck.py`) compares their "
                 f"{english_list([f'`{k}`' for k in desc['keys']])} element by element, "
                 f"{tolerance_text(desc['rtol'])}, and `frameworks:{chapter}` "
                 f"({{source}}`tools/framework_tabs.py`) checks that "
                 f"every tab uses the inputs $x = [{inputs}]$."]
        return text


# --------------------------------------------------------------------------
# offline site: MathJax and furo


MATHJAX_SRC = "/usr/share/javascript/mathjax"
MATHJAX_PARTS = [
    "MathJax.js", "config/TeX-AMS_CHTML.js", "extensions", "jax/input/TeX",
    "jax/output/CommonHTML", "jax/element", "fonts/HTML-CSS/TeX/woff",
    "fonts/HTML-CSS/TeX/otf", "localization/en",
]


def add_gumshoe(app):
    # Debian's furo.js starts with an ES-module import of gumshoe; we load
    # gumshoe (a UMD build that defines window.Gumshoe) first instead, and
    # strip the import from furo.js after the build.
    if app.builder.name == "html" and app.config.html_theme == "furo":
        app.add_js_file("scripts/gumshoe-patched.js", priority=199)


NORMALIZE_CSS = "/usr/share/javascript/normalize.css/normalize.css"


def _block(css, start):
    """The text between the brace that opens at or after `start` and the
    brace that closes it."""
    opening = css.index("{", start)
    depth = 0
    for i in range(opening, len(css)):
        depth += {"{": 1, "}": -1}.get(css[i], 0)
        if depth == 0:
            return css[opening + 1:i]
    raise ValueError("unbalanced braces")


def with_automatic_dark(css):
    """furo's style sheet with its rule for the automatic theme.

    furo's theme toggle sets body[data-theme] to "light", "dark" or "auto";
    its Sass source gives "auto" the dark colours when the system asks for
    dark (prefers-color-scheme), but Debian's compiled furo.css (2022.12.07)
    lacks that rule, so "auto", the default, stays light. It is rebuilt here
    from furo's own rule for "dark", as the Sass writes it: the same
    declarations for body:not([data-theme="light"]) under
    @media (prefers-color-scheme: dark). The site check fails a page whose
    automatic theme does not follow the system (tools/site_check.py)."""
    if "prefers-color-scheme" in css:
        return css
    at = css.find('@media not print {\n  body[data-theme="dark"]')
    if at < 0:
        logger.warning("furo.css: no dark theme rule to follow the system's setting with")
        return css
    dark = _block(css, at).replace('body[data-theme="dark"]', 'body:not([data-theme="light"])')
    return (css + "\n/* actbook: the automatic theme follows the system (see actbook.with_automatic_dark) */\n"
            "@media not print {\n  @media (prefers-color-scheme: dark) {" + dark + "}\n}\n")


def static_files_changed(app, env, added, changed, removed):
    """Sphinx copies the static files (docs/_static: book.css, explorer.js;
    the interactive figures' act_wasm.js) only when it writes some page: a
    change to them alone would never reach the site. When one differs from
    its copy, the landing page is written again, and the copying follows."""
    if app.builder.format != "html" or app.builder.name == "epub":
        return []
    target = os.path.join(app.outdir, "_static")
    for entry in app.config.html_static_path:
        source = os.path.join(app.confdir, entry)
        for folder, _, files in os.walk(source):
            for name in files:
                copy = os.path.join(target, os.path.relpath(os.path.join(folder, name), source))
                if not os.path.isfile(copy) or not filecmp.cmp(os.path.join(folder, name), copy, shallow=False):
                    return [app.config.root_doc]
    return []


def finish_site(app, exception):
    if exception is not None or app.builder.name != "html":   # not the EPUB
        return
    static = os.path.join(app.outdir, "_static")
    # Debian's furo.css imports normalize.css from /javascript/ on the web
    # server; the book ships its own copy beside the style sheet instead.
    furo_css = os.path.join(static, "styles", "furo.css")
    if os.path.isfile(furo_css):
        css = open(furo_css, encoding="utf-8").read()
        if "/javascript/normalize.css/" in css:
            if not os.path.isfile(NORMALIZE_CSS):
                logger.warning(f"{NORMALIZE_CSS} is missing: install node-normalize.css (./book deps)")
            else:
                shutil.copyfile(NORMALIZE_CSS, os.path.join(static, "styles", "normalize.css"))
                css = css.replace("url(/javascript/normalize.css/normalize.css)", "url(normalize.css)")
        css = with_automatic_dark(css)
        open(furo_css, "w", encoding="utf-8").write(css)
    furo_js = os.path.join(static, "scripts", "furo.js")
    if os.path.isfile(furo_js):
        text = open(furo_js, encoding="utf-8").read()
        text = re.sub(r'^import Gumshoe from "\./gumshoe-patched\.js";\n', "", text, flags=re.M)
        open(furo_js, "w", encoding="utf-8").write(text)
    target = os.path.join(static, "mathjax")
    if not os.path.isfile(os.path.join(MATHJAX_SRC, "MathJax.js")):
        logger.warning(f"MathJax not found in {MATHJAX_SRC}: install libjs-mathjax (./book deps)")
        return
    for part in MATHJAX_PARTS:
        src, dst = os.path.join(MATHJAX_SRC, part), os.path.join(target, part)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)


# --------------------------------------------------------------------------
# the library reference, from the registry


REGISTRY_MARKER = "<!-- act:functions-from-the-registry -->"


def registry_order():
    """The description names in act/registry.hpp's `using functions = function_list<...>`."""
    text = open(os.path.join(INCLUDE_DIR, "act", "registry.hpp"), encoding="utf-8").read()
    found = re.search(r"using functions = function_list<([^>]*)>;", text)
    if not found:
        raise RuntimeError("act/registry.hpp: no `using functions = function_list<...>;`")
    return [name.strip() for name in found.group(1).split(",")]


def registry_api_markdown():
    """One section per function header, in the registry's order: its include
    line, its chapter, its objects and its structs, for Breathe."""
    headers = {}
    for path in sorted(os.listdir(os.path.join(INCLUDE_DIR, "act"))):
        if path.endswith(".hpp"):
            headers[path] = open(os.path.join(INCLUDE_DIR, "act", path), encoding="utf-8").read()
    order = []
    for name in registry_order():
        home = [h for h, text in headers.items() if re.search(rf"^struct {name} \{{", text, re.M)]
        if len(home) != 1:
            raise RuntimeError(f"registry: no single header defines struct {name}")
        if home[0] not in order:
            order.append(home[0])
    out = []
    for header in order:
        text = headers[header]
        group = re.search(r"\\defgroup \w+ (.+)", text)
        title = group.group(1).strip() if group else header
        chapter = re.search(r'static constexpr Description about\{"\w*", "[^"]*", "(\w+)"', text).group(1)
        chapter_title = open(os.path.join(SOURCE_DIR, "chapters", chapter, "index.md"),
                             encoding="utf-8").readline().lstrip("# ").strip()
        out.append(f"## {title}\n\n`#include \"act/{header}\"`, chapter "
                   f"[{chapter_title}](chapters/{chapter}/index.md).\n")
        for variable in re.findall(r"^inline constexpr [\w<>:, ]+? (\w+)(?:\{\}| =)", text, re.M):
            out.append(f"```{{doxygenvariable}} act::{variable}\n```\n")
        for struct in re.findall(r"^struct (\w+) \{", text, re.M):
            out.append(f"```{{doxygenstruct}} act::{struct}\n:members:\n```\n")
    return "\n".join(out)


def api_from_registry(app, docname, source):
    """Fill the marker in docs/api.md with the registry's functions, so that
    a function added to the registry gets its reference without an edit."""
    if REGISTRY_MARKER in source[0]:
        app.env.note_dependency(os.path.join(INCLUDE_DIR, "act", "registry.hpp"))
        for path in os.listdir(os.path.join(INCLUDE_DIR, "act")):
            if path.endswith(".hpp"):
                app.env.note_dependency(os.path.join(INCLUDE_DIR, "act", path))
        source[0] = source[0].replace(REGISTRY_MARKER, registry_api_markdown())


def source_version():
    """A number that changes with this extension's code and bookplot.py's:
    Sphinx re-reads every page when an extension's env_version changes."""
    h = hashlib.sha256()
    for name in ("actbook.py", "actsource.py", "actmath.py", "bookplot.py"):
        with open(os.path.join(HERE, name), "rb") as f:
            h.update(f.read())
    return int(h.hexdigest()[:12], 16)


def setup(app):
    """The directives, roles and event handlers of this file and of
    actsource.py (the source pages)."""
    app.setup_extension("matplotlib.sphinxext.plot_directive")
    app.setup_extension("actmath")   # the EPUB's formulas, in one LaTeX run
    app.add_config_value("act_source_articles", {}, "env")
    # The EPUB builder looks up <builder>_math_renderer first (conf.py sets it).
    app.add_config_value("epub_math_renderer", None, "html")
    for name, directive in {
            "plot": PlotDirective, "listing": ListingDirective,
            "listing-output": ListingOutputDirective, "result-table": ResultTableDirective,
            "solution": SolutionDirective, "framework-tabs": FrameworkTabsDirective,
            "framework-tab": FrameworkTabDirective, "framework-slot": FrameworkSlotDirective,
            "source-index": actsource.SourceIndexDirective}.items():
        app.add_directive(name, directive, override=(name == "plot"))
    for name, role in {"value": ValueRole(), "article": ArticleRole(),
                       "source": actsource.SourceRole(), "test": actsource.TestRole()}.items():
        app.add_role(name, role)
    app.add_node(solution_node,
                 html=(visit_solution_html, depart_solution_html),
                 latex=(visit_solution_other, depart_solution_other),
                 text=(visit_solution_other, depart_solution_other))
    for event, handler in [
            ("source-read", api_from_registry), ("env-check-consistency", check_markers),
            ("env-purge-doc", purge_listings), ("env-merge-info", merge_listings),
            ("env-purge-doc", actsource.purge_links), ("env-merge-info", actsource.merge_links),
            ("env-get-outdated", actsource.source_index_outdated),
            ("env-get-outdated", static_files_changed),
            ("doctree-read", actsource.check_test_citations),
            ("html-collect-pages", actsource.collect_pages),
            ("builder-inited", add_gumshoe), ("build-finished", finish_site),
            ("doctree-resolved", solutions_appendix), ("doctree-resolved", cjk_runs),
            ("doctree-read", chapters_at_top)]:
        app.connect(event, handler)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True,
            "env_version": source_version()}
