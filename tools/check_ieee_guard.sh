#!/bin/sh
# check_ieee_guard.sh COMPILER FLAG INCLUDE_DIR
#
# The library refuses to be compiled with a flag that drops IEEE semantics
# (-ffast-math, -ffinite-math-only): its NaN checks and infinite limits
# would silently give wrong results. This try-compile succeeds only if
#   1. a file that includes "act/act.hpp" compiles without FLAG (so that a
#      failure below is FLAG's doing), and
#   2. the same file does NOT compile with FLAG, and the compiler's message
#      comes from the library's own #error (it contains "act:", not
#      just "act::" of a name in some other error).
# Exit status 0 if so, 1 if not (with the compiler's output), 2 on bad usage.
set -u
if [ $# -ne 3 ]; then
  echo "usage: check_ieee_guard.sh COMPILER FLAG INCLUDE_DIR" >&2
  exit 2
fi
cxx=$1 flag=$2 include=$3
if [ ! -f "$include/act/act.hpp" ]; then
  echo "check_ieee_guard: no act/act.hpp under '$include'" >&2
  exit 2
fi
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
printf '#include "act/act.hpp"\nint main() { return 0; }\n' > "$dir/guard.cpp"

if ! "$cxx" -std=c++17 -fsyntax-only -I "$include" "$dir/guard.cpp" > "$dir/plain.txt" 2>&1; then
  echo "check_ieee_guard: act/act.hpp does not compile even without $flag:" >&2
  cat "$dir/plain.txt" >&2
  exit 1
fi
if "$cxx" -std=c++17 -fsyntax-only "$flag" -I "$include" "$dir/guard.cpp" > "$dir/flag.txt" 2>&1; then
  echo "check_ieee_guard: act/act.hpp compiles with $flag: it must stop with an #error \"act: ...\"" >&2
  exit 1
fi
if ! grep -Eq 'error.*act:([^:]|$)' "$dir/flag.txt"; then
  echo "check_ieee_guard: with $flag the compile fails, but not with the library's #error \"act: ...\":" >&2
  cat "$dir/flag.txt" >&2
  exit 1
fi
echo "$cxx $flag: refused by the library:"
grep -E 'error.*act:([^:]|$)' "$dir/flag.txt" | head -1
exit 0
