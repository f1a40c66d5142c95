#!/bin/sh
# The printable editions' steps that are not Sphinx's (docs/CMakeLists.txt):
#
#   print_build.sh tools BUILDER       the tools BUILDER (latex, epub) needs
#                                      are installed, else exit 1 naming them
#   print_build.sh pdf LATEXDIR NAME OUTDIR
#                                      XeLaTeX (latexmk, as Sphinx's Makefile
#                                      runs it) on LATEXDIR/NAME.tex, stopping
#                                      at the first error; copies NAME.pdf to
#                                      OUTDIR and prints its page count
set -eu

missing=""
need() {  # COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}

case "${1:-}" in
  tools)
    case "${2:-}" in
      latex) need xelatex texlive-xetex; need latexmk latexmk; need pdfinfo poppler-utils
             fc-list | grep -q FreeSerif || missing="$missing fonts-freefont-otf" ;;
      epub) need latex texlive-latex-recommended; need dvisvgm dvisvgm; need epubcheck epubcheck ;;
      *) echo "usage: print_build.sh tools latex|epub" >&2; exit 2 ;;
    esac
    if [ -n "$missing" ]; then
      echo "The printable editions need Debian packages that are not installed:$missing." >&2
      echo "./book pdf, ./book epub and ./book test install them (./book deps print)." >&2
      exit 1
    fi ;;
  pdf)
    [ $# -eq 4 ] || { echo "usage: print_build.sh pdf LATEXDIR NAME OUTDIR" >&2; exit 2; }
    dir=$2 name=$3 out=$4
    start=$(date +%s)
    # latexmkrc (Sphinx's, in LATEXDIR) makes latexmk -pdf run xelatex;
    # LATEXOPTS reaches xelatex's command line.
    if ! (cd "$dir" && LATEXOPTS="-interaction=nonstopmode -halt-on-error" \
            latexmk -pdf -dvi- -ps- "$name.tex" >"$name.latexmk.log" 2>&1); then
      echo "XeLaTeX failed on $dir/$name.tex; the end of its log ($dir/$name.log):" >&2
      tail -40 "$dir/$name.log" >&2 || tail -40 "$dir/$name.latexmk.log" >&2
      exit 1
    fi
    mkdir -p "$out"
    cp "$dir/$name.pdf" "$out/$name.pdf"
    pages=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Pages: *//p')
    echo "$out/$name.pdf: $pages pages ($(( $(date +%s) - start )) s of XeLaTeX)" ;;
  *)
    echo "usage: print_build.sh tools BUILDER | pdf LATEXDIR NAME OUTDIR" >&2; exit 2 ;;
esac
