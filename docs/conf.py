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

extensions = [
    "myst_parser",
    "breathe",
    "sphinx_copybutton",
    "sphinx_tabs.tabs",
    "matplotlib.sphinxext.plot_directive",
    "actbook",
    "deepdive",   # "Deep dive: " sections: a class and a note (docs/_ext/deepdive.py)
]

# The chapters live at the top of the repository (chapters/<name>/); docs/chapters
# is a symbolic link to them so that one Sphinx source tree holds the book.
root_doc = "index"
exclude_patterns = ["_build", "**/plots/*.md", "chapters/README.md"]
language = "en"
nitpicky = True   # every cross-reference must resolve
# ... except the library's act::detail helpers (enable_if_real_t, same_t),
# which appear in signatures but are deliberately not documented.
# act:: in a qualified name is a namespace, which Sphinx's C++ domain does
# not declare; detail and core are internal (not in the reference).
nitpick_ignore_regex = [("cpp:identifier", r"(detail|core)(::.*)?|act|functions::size")]

# MyST: $math$, $$display$$, ::: fences; keep Sphinx on MathJax 2, the version
# Debian packages (myst-parser would switch Sphinx to MathJax 3, and every
# formula would show as raw TeX).
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_update_mathjax = False
myst_heading_anchors = 3

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
plot_formats = [("svg", 100)]
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
