"""The EPUB's formulas, rendered in one LaTeX run instead of one per formula.

sphinx.ext.imgmath renders each formula of a page as it writes the page: a
LaTeX run and a dvisvgm run per formula, about a second each, and the book
has over a thousand formulas. Before any page is written (env-updated),
this module collects every formula of every page, makes the LaTeX document
imgmath would make for each (imgmath's own generate_latex_macro, so the
same file name, the hash of that document), and renders all those that are
not there yet in one document of one page each (the preview package makes
each formula a page): one latex run, one dvisvgm run. Each page's SVG is
saved under imgmath's name, with imgmath's depth comment, where imgmath
looks first; imgmath then only reads them.

If that one run fails (a formula LaTeX rejects) or its page count is not
the formulas' count, nothing is saved: imgmath renders every formula
itself, and reports the one that fails, as without this module.

It also mends two things of the EPUB's pages (relative_sources, xhtml_fixes).
"""
import os
import re
import shutil
import subprocess
import tempfile

from docutils import nodes
from sphinx.ext import imgmath
from sphinx.util import logging, sha1
from sphinx.util.math import wrap_displaymath

logger = logging.getLogger(__name__)

BODY = re.compile(r"\\begin\{document\}\n(.*)\\end\{document\}", re.S)


def formulas(env):
    """imgmath's LaTeX source of every formula of every page, in order."""
    found = []
    for docname in sorted(env.found_docs):
        doctree = env.get_doctree(docname)
        for node in doctree.findall(lambda n: isinstance(n, (nodes.math, nodes.math_block))):
            if isinstance(node, nodes.math):
                found.append("$" + node.astext() + "$")
            elif node.get("nowrap"):
                found.append(node.astext())
            else:
                found.append(wrap_displaymath(node.astext(), None, False))
    return found


def prerender(app, env):
    builder = app.builder
    if getattr(builder, "math_renderer_name", None) != "imgmath":
        return
    config = builder.config
    if config.imgmath_image_format.lower() != "svg" or not config.imgmath_use_preview:
        return
    outdir = os.path.join(builder.outdir, builder.imagedir, "math")
    todo = {}   # file name -> document
    for math in formulas(env):
        latex = imgmath.generate_latex_macro("svg", math, config, builder.confdir)
        name = f"{sha1(latex.encode()).hexdigest()}.svg"
        if not os.path.isfile(os.path.join(outdir, name)):
            todo.setdefault(name, latex)
    if not todo:
        return
    names = sorted(todo)
    first = todo[names[0]]
    preamble = first[:first.index("\\begin{document}")]
    bodies = []
    for name in names:
        found = BODY.search(todo[name])
        if found is None or todo[name][:len(preamble)] != preamble:
            return   # not the template this module knows: imgmath does it all
        bodies.append(found.group(1))
    document = preamble + "\\begin{document}\n" + "".join(bodies) + "\\end{document}\n"
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "math.tex"), "w", encoding="utf-8") as f:
            f.write(document)
        latex = subprocess.run([config.imgmath_latex, "--interaction=nonstopmode", *config.imgmath_latex_args,
                                "math.tex"], cwd=tmp, capture_output=True, text=True, errors="replace")
        log = open(os.path.join(tmp, "math.log"), encoding="utf-8", errors="replace").read() \
            if os.path.isfile(os.path.join(tmp, "math.log")) else ""
        pages = re.search(r"Output written on math\.dvi \((\d+) pages?", log)
        if latex.returncode != 0 or "\n! " in log or not pages or int(pages.group(1)) != len(names):
            logger.info(f"actmath: the batch of {len(names)} formulas failed; imgmath renders them one by one")
            return
        svg = subprocess.run([config.imgmath_dvisvgm, *config.imgmath_dvisvgm_args, "--page=1-",
                              "-o", os.path.join(tmp, "page-%4p.svg"), "math.dvi"],
                             cwd=tmp, capture_output=True, text=True, errors="replace")
        if svg.returncode != 0:
            logger.info("actmath: dvisvgm failed on the batch; imgmath renders the formulas one by one")
            return
        # dvisvgm's report: "processing page N", then for a preview page
        # "... depth=Dpt" (imgmath reads the same line)
        depths, page = {}, None
        for line in svg.stderr.splitlines():
            m = re.match(r"processing page (\d+)", line.strip())
            if m:
                page = int(m.group(1))
                continue
            m = imgmath.depthsvg_re.match(line)
            if m and page is not None and page not in depths:
                depths[page] = round(float(m.group(1)) * 100 / 72.27)   # as imgmath: 100 ppi
        files = [os.path.join(tmp, f"page-{i:04d}.svg") for i in range(1, len(names) + 1)]
        if len(depths) != len(names) or not all(os.path.isfile(f) for f in files):
            logger.info("actmath: dvisvgm's pages do not match the formulas; imgmath renders them one by one")
            return
        os.makedirs(outdir, exist_ok=True)
        for i, (name, path) in enumerate(zip(names, files), 1):
            shutil.move(path, os.path.join(outdir, name))
            imgmath.write_svg_depth(os.path.join(outdir, name), depths[i])
    logger.info(f"actmath: {len(names)} formulas rendered in one run")


def relative_sources(app, pagename, templatename, context, doctree):
    """imgmath (Sphinx 5.3) writes an image's src relative to the top of the
    output, which is wrong on a page in a folder (chapters/x/index.xhtml):
    there it gets the page's way up in front. (And the EPUB's pages do not
    name matplotlib's style sheet, which the EPUB does not hold.)"""
    builder = app.builder
    if builder.name == "epub" and "css_files" in context:
        # matplotlib writes its plot_directive.css after the EPUB is packed
        context["css_files"] = [c for c in context["css_files"]
                                if not str(getattr(c, "filename", c)).endswith("plot_directive.css")]
    if getattr(builder, "math_renderer_name", None) != "imgmath" or "body" not in context:
        return
    up = "../" * pagename.count("/")
    if up:
        context["body"] = context["body"].replace(f'src="{builder.imagedir}/math/',
                                                  f'src="{up}{builder.imagedir}/math/')


def xhtml_fixes(app, doctree, docname):
    """The EPUB's pages are XHTML, which epubcheck validates: Breathe's API
    page puts a display formula inside a paragraph (a <div> in a <p>) and
    gives several headings one id. There a display formula in a paragraph
    is set inline, and a repeated id gets a number."""
    if app.builder.name != "epub":
        return
    for block in list(doctree.findall(nodes.math_block)):
        if isinstance(block.parent, nodes.paragraph):
            block.replace_self(nodes.math(block.astext(), block.astext()))
    seen = set()
    for node in doctree.findall(nodes.Element):
        ids = []
        for id_ in node.get("ids", []):
            new, n = id_, 1
            while new in seen:
                n += 1
                new = f"{id_}-{n}"
            seen.add(new)
            ids.append(new)
        if ids:
            node["ids"] = ids


def setup(app):
    app.connect("env-updated", prerender)
    app.connect("html-page-context", relative_sources)
    app.connect("doctree-resolved", xhtml_fixes)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
