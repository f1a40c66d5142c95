#!/bin/sh
# build_planted.sh PYTHON SOURCE OUT: the planted book (tests/print/planted,
# copied into the build tree with its figures by tests/planted_figures.py)
# as a site (OUT/html), a PDF (OUT/latex/planted.pdf, with its log) and an
# EPUB (OUT/epub/planted.epub), and OUT/broken.epub: that EPUB without one of
# its pages, as a damaged package would be. The checks of tools/check_print.py
# must fail on them (tests/CMakeLists.txt, label print).
set -eu
python=$1 src=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
"$python" -m sphinx -q -b html -d "$out/doctrees-html" "$src" "$out/html"
"$python" -m sphinx -q -b latex -d "$out/doctrees-latex" "$src" "$out/latex"
(cd "$out/latex" && LATEXOPTS="-interaction=nonstopmode" latexmk -pdf -dvi- -ps- planted.tex >latexmk.log 2>&1) || {
  tail -30 "$out/latex/planted.log"; exit 1; }
"$python" -m sphinx -q -b epub -d "$out/doctrees-epub" "$src" "$out/epub"
"$python" - "$out/epub/planted.epub" "$out/broken.epub" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w") as dst:
    for info in src.infolist():
        if info.filename == "index.xhtml":
            continue   # the planted damage: a page the manifest lists is gone
        dst.writestr(info, src.read(info))
PY
