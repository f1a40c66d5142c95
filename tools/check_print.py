#!/usr/bin/env python3
"""Checks of the printable editions (./book pdf, ./book epub), run by CTest
(label "print"; docs/CMakeLists.txt and tests/CMakeLists.txt). Each command
prints what it measured and exits 1 if a check fails, 2 on bad usage.

  check_print.py pages PDF [--min-pages N] [--toc TOC --chapter-pages P --chapters CHAPTER...]
      the PDF's page count (pdfinfo), at least N (default: P pages for each
      CHAPTER); with --toc (LaTeX's table of contents, the .toc beside the
      .tex), each CHAPTER (a chapters/<name>/index.md: its title, the first
      line "# ...") is a numbered chapter of the PDF that spans at least P
      pages
  check_print.py figures PDF --tex TEX --site HTMLDIR
      every figure of the site is in the PDF: the site's pages show K images
      from _images/ (the figures); the .tex includes K graphics, each a PNG
      of a figure of the site, and the PDF holds at least K images
      (pdfimages -list, soft masks not counted)
  check_print.py typeset LOG --max-overfull N --max-width PT [--visible PT]
      XeLaTeX's log: no "Missing character" (a glyph no font has), no
      undefined reference, at most N overfull \\hbox that stick out by more
      than --visible (default 5pt, about a character of a table's small
      font), none by more than --max-width
  check_print.py solutions PDF yes|no
      the solutions appendix is there (yes) or left out with every pointer
      to it (no), in the PDF's text (pdftotext)
  check_print.py epub EPUB
      the package's structure: mimetype first and stored, container.xml
      naming the package document, every manifest item in the archive, every
      image a page shows in the archive, and no formula left as raw TeX
      (\\( \\) \\[ \\] $$ outside code) in any page
  check_print.py epubcheck EPUB
      the EPUB validator (Debian's epubcheck) finds no error
"""
import argparse
import collections
import html.parser
import os
import posixpath
import re
import shutil
import subprocess
import sys
import zipfile


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    except FileNotFoundError:
        sys.exit(f"check_print: {cmd[0]} is not installed (./book deps print installs it)")


def need_file(path):
    if not os.path.isfile(path):
        sys.exit(f"check_print: no file {path} (build it: ./book pdf, ./book epub)")


def pdf_pages(pdf):
    out = run(["pdfinfo", pdf])
    m = re.search(r"^Pages:\s+(\d+)", out.stdout, re.M)
    if out.returncode != 0 or not m:
        print(f"pdfinfo cannot read {pdf}: {out.stderr.strip()}")
        return None
    return int(m.group(1))


TOC_CHAPTER = re.compile(r"^\\contentsline\s*\{chapter\}\{(.*)\}\{([^{}]*)\}\{[^{}]*\}%?\s*$")


def tex_text(tex):
    """A title as LaTeX's .toc holds it, as plain text."""
    tex = re.sub(r"\\sphinxhyphen\s*\{\}", "-", tex)
    tex = re.sub(r"\\[A-Za-z@]+\s*", "", tex)
    return re.sub(r"[{}]", "", tex).strip()


def toc_chapters(toc):
    """[(title, number or None, first page)] of the .toc's chapter entries."""
    found = []
    with open(toc, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = TOC_CHAPTER.match(line.strip())
            if not m or not m.group(2).isdigit():
                continue
            title, number = m.group(1), None
            n = re.match(r"\s*\\numberline\s*\{([^{}]*)\}(.*)", title)
            if n:
                number, title = n.group(1), n.group(2)
            found.append((tex_text(title), number, int(m.group(2))))
    return found


def chapter_title(page):
    with open(page, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# "):
                return line[2:].strip()
    sys.exit(f"check_print: {page} has no title line '# ...'")


def cmd_pages(args):
    need_file(args.pdf)
    if args.min_pages is None and not args.chapters:
        sys.exit("check_print: pages needs --min-pages, or --chapter-pages and the chapters")
    floor = args.min_pages if args.min_pages is not None else len(args.chapters) * args.chapter_pages
    pages = pdf_pages(args.pdf)
    if pages is None:
        return 1
    print(f"{args.pdf}: {pages} pages (at least {floor} expected)")
    status = 0
    if pages < floor:
        print(f"FAIL: {pages} pages, fewer than {floor}: a part of the book is missing")
        status = 1
    if args.toc:
        need_file(args.toc)
        entries = toc_chapters(args.toc)
        for title in (chapter_title(page) for page in args.chapters):
            at = [i for i, (t, number, _) in enumerate(entries) if number and t.lower() == title.lower()]
            if not at:
                print(f"FAIL: the chapter '{title}' is not a numbered chapter of the PDF")
                status = 1
                continue
            i = at[0]
            end = entries[i + 1][2] if i + 1 < len(entries) else pages + 1
            span = end - entries[i][2]
            print(f"  chapter {entries[i][1]}, {title}: {span} pages")
            if span < args.chapter_pages:
                print(f"FAIL: the chapter '{title}' spans {span} pages, fewer than {args.chapter_pages}")
                status = 1
    return status


class ImageLister(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs).get("src", ""))


def site_figures(site):
    """The figures the site's pages show: <img> of _images/, per page (the
    source pages and Sphinx's own pages have none)."""
    found = []
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            lister = ImageLister()
            with open(os.path.join(root, name), encoding="utf-8") as f:
                lister.feed(f.read())
            found += [src for src in lister.images if "_images/" in src]
    return found


def cmd_figures(args):
    for path in (args.pdf, args.tex):
        need_file(path)
    figures = site_figures(args.site)
    # Sphinx numbers the copies of figures that share a name (curves.svg,
    # curves1.svg on the site; curves1.png, curves3.png in the .tex): a
    # figure is known by its name without that number.
    def stem(name):
        return re.sub(r"\d+$", "", os.path.splitext(posixpath.basename(name))[0])
    site_count = collections.Counter(stem(src) for src in figures)
    tex = open(args.tex, encoding="utf-8").read()
    included = re.findall(r"\\sphinxincludegraphics(?:\[[^\]]*\])?\{\{([^}]*)\}(\.[a-z]+)\}", tex)
    out = run(["pdfimages", "-list", args.pdf])
    if out.returncode != 0:
        print(f"pdfimages cannot read {args.pdf}: {out.stderr.strip()}")
        return 1
    rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
    images = [r for r in rows if len(r) > 2 and r[2] == "image"]
    print(f"the site shows {len(figures)} figures; the .tex includes {len(included)} graphics; "
          f"the PDF holds {len(images)} images")
    status = 0
    not_png = [stem + ext for stem, ext in included if ext != ".png"]
    if not_png:
        print(f"FAIL: graphics that are not PNG: {', '.join(not_png)}")
        status = 1
    missing = sorted((site_count - collections.Counter(stem(name) for name, _ in included)).elements())
    if missing or len(included) < len(figures):
        print(f"FAIL: figures of the site missing from the PDF: {', '.join(missing) or '(some, by count)'}"
              f" ({len(figures)} on the site, {len(included)} in the .tex)")
        status = 1
    if len(images) < len(figures):
        print(f"FAIL: the PDF holds {len(images)} images, fewer than the site's {len(figures)} figures")
        status = 1
    return status


def cmd_typeset(args):
    need_file(args.log)
    log = open(args.log, encoding="utf-8", errors="replace").read()
    status = 0
    # XeTeX's line: "Missing character: There is no <c> (U+XXXX) in font ...!"
    # (the log wraps it at 79 characters)
    missing = re.findall(r"Missing character: There is no (\S+)(?: \((U\+[0-9A-F]+)\))?", log)
    if missing:
        chars = sorted({f"{c} {u}".strip() for c, u in missing})
        print(f"FAIL: {len(missing)} characters no font has: {'; '.join(chars)[:800]}")
        status = 1
    undefined = sorted(set(re.findall(r"Reference `([^']+)' on page \d+ undefined", log)))
    if undefined or "There were undefined references" in log:
        print(f"FAIL: undefined references: {', '.join(undefined) or '(see the log)'}")
        status = 1
    every = [float(w) for w in re.findall(r"Overfull \\hbox \(([0-9.]+)pt too wide\)", log)]
    widths = [w for w in every if w > args.visible]
    widest = max(widths, default=0.0)
    print(f"{len(every)} overfull \\hbox, {len(widths)} of them by more than {args.visible:g}pt "
          f"(at most {args.max_overfull}), the widest {widest:.1f}pt (at most {args.max_width:g}pt); "
          f"{len(missing)} missing characters; {len(undefined)} undefined references")
    if len(widths) > args.max_overfull:
        print(f"FAIL: {len(widths)} overfull \\hbox, more than the budget of {args.max_overfull}")
        status = 1
    if widest > args.max_width:
        where = re.findall(r"Overfull \\hbox \(" + re.escape(f"{widest:g}"[:6]) + r"[0-9.]*pt too wide\) (.*)", log)
        print(f"FAIL: an overfull \\hbox {widest:.1f}pt wide, more than {args.max_width:g}pt"
              + (f": {where[0]}" if where else ""))
        status = 1
    return status


def cmd_solutions(args):
    need_file(args.pdf)
    out = run(["pdftotext", "-enc", "UTF-8", args.pdf, "-"])
    if out.returncode != 0:
        print(f"pdftotext cannot read {args.pdf}: {out.stderr.strip()}")
        return 1
    text = out.stdout
    # each solution in the appendix starts "The exercise: page N"; where it
    # was, a line "Solution: page N" is left
    appendix = len(re.findall(r"The exercise:\s*page\s+\d+", text))
    pointers = len(re.findall(r"Solution\S*: page\s+\d+", text))
    print(f"{args.pdf}: {appendix} solutions in the appendix, {pointers} pointers to them")
    if args.wanted == "yes" and (not appendix or pointers == 0):
        print("FAIL: the solutions appendix or its pointers are missing")
        return 1
    if args.wanted == "no" and (appendix or pointers):
        print("FAIL: the edition without solutions has the appendix or pointers to it")
        return 1
    return 0


class TextOutsideCode(html.parser.HTMLParser):
    """A page's text outside <pre>, <code> and <script>."""

    def __init__(self):
        super().__init__()
        self.depth, self.text = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "code", "script"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("pre", "code", "script") and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.text.append(data)


RAW_TEX = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$\$|\\frac\b|\\begin\{")


def cmd_epub(args):
    need_file(args.epub)
    problems = []
    with zipfile.ZipFile(args.epub) as z:
        infos = z.infolist()
        names = {i.filename for i in infos}
        first = infos[0] if infos else None
        if first is None or first.filename != "mimetype":
            problems.append("the first entry is not 'mimetype'")
        elif first.compress_type != zipfile.ZIP_STORED or z.read(first).strip() != b"application/epub+zip":
            problems.append("'mimetype' is compressed or not application/epub+zip")
        opf = None
        if "META-INF/container.xml" not in names:
            problems.append("no META-INF/container.xml")
        else:
            m = re.search(r'full-path="([^"]+)"', z.read("META-INF/container.xml").decode("utf-8"))
            opf = m.group(1) if m else None
            if opf not in names:
                problems.append(f"container.xml names no package document in the archive ({opf})")
                opf = None
        pages, images, raw = 0, 0, []
        if opf:
            base = posixpath.dirname(opf)
            manifest = re.findall(r"<item\b[^>]*>", z.read(opf).decode("utf-8"))
            for item in manifest:
                href = re.search(r'href="([^"]+)"', item).group(1)
                path = posixpath.normpath(posixpath.join(base, href))
                if path not in names:
                    problems.append(f"manifest item {href} is not in the archive")
                    continue
                if not path.endswith((".xhtml", ".html")):
                    continue
                pages += 1
                page = z.read(path).decode("utf-8")
                lister = ImageLister()
                lister.feed(page)
                for src in lister.images:
                    images += 1
                    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), src))
                    if not src.startswith("data:") and target not in names:
                        problems.append(f"{path} shows {src}, which is not in the archive")
                text = TextOutsideCode()
                text.feed(page)
                found = RAW_TEX.findall(" ".join(text.text))
                if found:
                    raw.append(f"{path} ({len(found)}: {' '.join(sorted(set(found)))})")
            if raw:
                problems.append("formulas left as raw TeX in " + "; ".join(raw))
        print(f"{args.epub}: {len(infos)} files, {pages} pages, {images} images "
              f"(figures and formulas); {len(problems)} problems")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


def cmd_epubcheck(args):
    need_file(args.epub)
    # Debian's /usr/bin/epubcheck is a link to the .jar, which only runs as
    # a program where binfmt_misc knows jars: run it with java.
    program = shutil.which("epubcheck")
    if program is None:
        sys.exit("check_print: epubcheck is not installed (./book deps print installs it)")
    command = [program]
    if os.path.realpath(program).endswith(".jar"):
        command = ["java", "-jar", os.path.realpath(program)]
    out = run(command + ["--quiet", args.epub])
    text = (out.stdout + out.stderr).strip()
    messages = [line for line in text.splitlines() if re.match(r"(ERROR|FATAL|WARNING)", line)]
    print(f"epubcheck {args.epub}: exit status {out.returncode}, {len(messages)} errors and warnings")
    for line in messages[:40]:
        print(line)
    if out.returncode != 0 or messages:
        if not messages:
            print(text[-2000:])
        print("FAIL: epubcheck rejects the EPUB")
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description="Checks of the PDF and the EPUB.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pages")
    p.add_argument("pdf")
    p.add_argument("--min-pages", type=int)
    p.add_argument("--toc")
    p.add_argument("--chapter-pages", type=int, default=1)
    p.add_argument("--chapters", nargs="+", default=[], metavar="CHAPTER")
    p.set_defaults(func=cmd_pages)
    p = sub.add_parser("figures")
    p.add_argument("pdf")
    p.add_argument("--tex", required=True)
    p.add_argument("--site", required=True)
    p.set_defaults(func=cmd_figures)
    p = sub.add_parser("typeset")
    p.add_argument("log")
    p.add_argument("--max-overfull", type=int, required=True)
    p.add_argument("--max-width", type=float, required=True)
    p.add_argument("--visible", type=float, default=5.0)
    p.set_defaults(func=cmd_typeset)
    p = sub.add_parser("solutions")
    p.add_argument("pdf")
    p.add_argument("wanted", choices=["yes", "no"])
    p.set_defaults(func=cmd_solutions)
    p = sub.add_parser("epub")
    p.add_argument("epub")
    p.set_defaults(func=cmd_epub)
    p = sub.add_parser("epubcheck")
    p.add_argument("epub")
    p.set_defaults(func=cmd_epubcheck)
    args = parser.parse_args()
    if args.command == "figures" and not os.path.isdir(args.site):
        parser.error(f"--site {args.site} is not a folder (build the site: ./book build)")
    sys.exit(args.func(args))


if __name__ == "__main__":
    main()
