"""Sphinx configuration of the book. Built by the `docs` CMake target (see
docs/CMakeLists.txt), which sets ACT_RESULTS_DIR (the listings' results),
ACT_DOXYGEN_XML (Doxygen's XML for Breathe) and runs Sphinx with -W."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_ext"))

project = "Activation Functions in C++"
author = "The book's authors"
copyright = "2026, the book's authors"
release = "0.1"
version = release   # the EPUB (EPUB 3) needs one

# The printable editions are built with a tag (sphinx -t print for the
# LaTeX/PDF book, -t epub for the EPUB; docs/CMakeLists.txt): neither has
# tabs to click or code to copy, so they do without those two extensions
# (actbook writes the framework tabs one after another there).
PRINTED = tags.has("print") or tags.has("epub")  # noqa: F821 (Sphinx defines tags)
extensions = [
    "myst_parser",
    "breathe",
    "matplotlib.sphinxext.plot_directive",
    "sphinx.ext.imgmath",   # the EPUB's formulas (epub_math_renderer below)
    "actbook",
    "deepdive",   # "Deep dive: " sections: a class and a note (docs/_ext/deepdive.py)
    "explorer",   # interactive figures computed by the library in WebAssembly (docs/_ext/explorer.py)
] + ([] if PRINTED else ["sphinx_copybutton", "sphinx_tabs.tabs"])

# The chapters live at the top of the repository (chapters/<name>/); docs/chapters
# is a symbolic link to them so that one Sphinx source tree holds the book.
root_doc = "index"
exclude_patterns = ["_build", "**/plots/*.md", "chapters/README.md"]
language = "en"
nitpicky = True   # every cross-reference must resolve
# ... except the library's act::detail helpers (enable_if_real_t, same_t),
# which appear in signatures but are deliberately not documented.
# act:: in a qualified name is a namespace, which Sphinx's C++ domain does
# not declare; detail and core are internal (not in the reference); xt::
# (xtensor's types in act/softmax.hpp's signatures) is documented by xtensor.
nitpick_ignore_regex = [("cpp:identifier", r"(detail|core|xt)(::.*)?|act|functions::size")]

# MyST: $math$, $$display$$, ::: fences; keep Sphinx on MathJax 2, the version
# Debian packages (myst-parser would switch Sphinx to MathJax 3, and every
# formula would show as raw TeX).
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_update_mathjax = False
myst_heading_anchors = 3

# The site renders formulas with MathJax; the EPUB with images (below).
html_math_renderer = "mathjax"
# MathJax from the site itself (actbook copies Debian's MathJax 2 into
# _static/mathjax at the end of the build): the book works offline.
mathjax_path = "mathjax/MathJax.js?config=TeX-AMS_CHTML"
mathjax2_config = {
    "CommonHTML": {"linebreaks": {"automatic": True}},
    "messageStyle": "none",
}

breathe_projects = {"act": os.environ.get("ACT_DOXYGEN_XML", "../build/doxygen/xml")}
breathe_default_project = "act"
breathe_default_members = ("members",)
breathe_show_include = False   # the reference page names the header above each group
primary_domain = "cpp"
highlight_language = "cpp"

html_theme = "furo"
html_title = "Activation Functions in C++"
html_static_path = ["_static"]
html_favicon = "_static/favicon.svg"
html_css_files = ["book.css"]
html_show_sourcelink = False
html_theme_options = {"navigation_with_keys": True}

# Figures are drawn at build time from the listings' CSV (bookplot.py).
plot_basedir = "chapters"   # {plot} softplus/plots/curves.py, like {listing}
plot_html_show_source_link = False
plot_html_show_formats = False
plot_include_source = False
# SVG on the site; PNG in the PDF (Sphinx's LaTeX output cannot include
# SVG) and in the EPUB (matplotlib's SVG declares an external DTD, which
# EPUB 3 forbids).
plot_formats = [("png", 200)] if PRINTED else [("svg", 100)]
plot_rcparams = {"figure.figsize": (7.5, 4.2), "savefig.bbox": "tight", "font.size": 10}
plot_apply_rcparams = True

# The two blog articles the book grew from, as the chapters cite them
# ({article}`softplus`): by title, series and date. They were republished on
# several sites and have no one stable address, so the citation gives no link.
_series = ('the Chinese blog series 神经网络常见激活函数 ("Common activation '
           'functions of neural networks"), republished on several sites in July 2025')
act_source_articles = {
    "softplus": f'"Softplus函数" ("The Softplus function"), no. 13 of {_series}',
    "bsilu": f'"B-SiLU (Bounded Sigmoid Linear Unit)", a post of {_series}',
}

copybutton_prompt_text = r"\$ "
copybutton_prompt_is_regexp = True


# ---------------------------------------------------------------- the PDF
# ./book pdf: Sphinx's LaTeX builder, then XeLaTeX (latexmk), which typesets
# Unicode (the prime, the stars, the Chinese titles of the source articles)
# with system fonts: GNU FreeSerif and FreeSans for the text, DejaVu Sans Mono
# for code (both cover every character the book uses but the Chinese ones),
# WenQuanYi Micro Hei for those (actbook wraps them in \actcjk). The
# packages are in tools/debian-packages.txt, group [print].
latex_engine = "xelatex"
latex_use_xindy = False   # makeindex: the index is ASCII (the library's names)
latex_documents = [(root_doc, "activation-functions-in-cpp.tex", project, author, "manual")]
latex_show_urls = "footnote"
# The same book without the solutions: the .tex again, \actnosolutions defined.
latex_additional_files = ["_latex/activation-functions-in-cpp-no-solutions.tex"]
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "10pt",
    "extraclassoptions": "openany,oneside",   # no blank pages before chapters
    "fontpkg": r"""
\setmainfont{FreeSerif}[Extension=.otf, UprightFont=*, ItalicFont=*Italic,
  BoldFont=*Bold, BoldItalicFont=*BoldItalic]
\setsansfont{FreeSans}[Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique]
\setmonofont{DejaVu Sans Mono}[Scale=0.84]
\newfontfamily\actcjkfont{WenQuanYi Micro Hei}
\newcommand{\actcjk}[1]{{\actcjkfont #1}}
""",
    # Long code lines wrap, also inside a long word (a long literal).
    "sphinxsetup": "verbatimwrapslines=true, verbatimforcewraps=true, verbatimmaxunderfull=2",
    "preamble": r"""
% ./book pdf --no-solutions compiles the same .tex with \actnosolutions
% defined: the solutions appendix and the pointers to it are left out.
\newif\ifactsolutions
\ifdefined\actnosolutions\actsolutionsfalse\else\actsolutionstrue\fi
% The landing page's sections are front matter: unnumbered chapters (in the
% table of contents too) before the first chapter, where actbook.py's
% chapters_at_top puts \actmainmatter, which numbers chapters from 1.
\newcommand{\actfrontmatter}{\edef\actsecnumdepth{\the\value{secnumdepth}}\setcounter{secnumdepth}{-1}}
\newcommand{\actmainmatter}{\setcounter{secnumdepth}{\actsecnumdepth}}
\AtBeginDocument{\actfrontmatter}
\setlength{\emergencystretch}{3em}
% Tables in a smaller font (wide result tables: smaller still, actbook.py).
\newcommand{\acttablefont}{\small}
\let\actattablestart\sphinxattablestart
\def\sphinxattablestart{\actattablestart\acttablefont}
\let\actatlongtablestart\sphinxatlongtablestart
\def\sphinxatlongtablestart{\actatlongtablestart\acttablefont}
""",
}

# ---------------------------------------------------------------- the EPUB
# ./book epub: EPUB readers run no MathJax, so every formula is an SVG image
# (sphinx.ext.imgmath: latex, then dvisvgm), with its baseline (preview).
epub_basename = "activation-functions-in-cpp"
epub_theme = "epub"
epub_title = project
epub_author = author
epub_publisher = author
epub_copyright = copyright
epub_identifier = "activation-functions-in-cpp"
epub_uid = epub_identifier   # the NCX's identifier must be the package's
epub_scheme = "URL"
epub_show_urls = "no"
epub_math_renderer = "imgmath"
imgmath_image_format = "svg"
imgmath_use_preview = True
imgmath_font_size = 13
if tags.has("epub"):  # noqa: F821
    # furo's style sheet and favicon are the site's, not the EPUB's
    html_css_files = []
    html_static_path = []
    html_favicon = None
