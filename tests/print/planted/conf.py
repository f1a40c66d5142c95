# A planted book for the printable editions' checks (tools/check_print.py):
# tests/print/build_planted.sh builds it as a site, a PDF and an EPUB, and
# each check must fail on it for its planted reason (tests/CMakeLists.txt).
project = "A planted book"
author = "nobody"
copyright = "2026, nobody"
version = release = "0"
extensions = ["myst_parser"]
myst_enable_extensions = ["dollarmath"]
latex_engine = "xelatex"
latex_use_xindy = False
latex_documents = [("index", "planted.tex", project, author, "manual")]
epub_basename = "planted"
# epub_math_renderer is not set: the EPUB keeps MathJax's raw TeX.
