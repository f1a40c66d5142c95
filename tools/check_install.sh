#!/bin/sh
# check_install.sh MODE SOURCE_DIR WORK_DIR [BUILD_DIR]
#
# Checks that a reader's project can use the act library: builds and runs
# tests/external (a program that checks softplus and sigmoid against exact
# values) in one of the ways README.md shows. CTest runs every mode (label
# `install`); each takes seconds, and none needs the book to be built.
#
#   install        cmake --install BUILD_DIR --prefix WORK_DIR/prefix, then
#                  check the installed files (every header of
#                  code/include/act, the CMake package, act.pc)
#   library-only   README's recipe: configure SOURCE_DIR with
#                  -DACT_BUILD_BOOK=OFF (no book dependency is looked up) and
#                  install that into WORK_DIR/library-only/prefix
#   package        find_package(act) of WORK_DIR/prefix (run `install` first)
#   subdirectory   add_subdirectory(SOURCE_DIR): only the library is configured
#   fetchcontent   FetchContent of SOURCE_DIR: the same
#   pkg-config     $CXX -std=c++17 $(pkg-config --cflags act) with
#                  PKG_CONFIG_PATH in WORK_DIR/prefix (run `install` first)
#
# Environment: CMAKE (default cmake), CXX (default c++), PKG_CONFIG (default
# pkg-config). Exits 0 if the mode's checks pass, 1 with a message if not,
# 2 on bad usage.
set -u

usage() { sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p;}' "$0" >&2; exit 2; }
[ $# -ge 3 ] || usage
mode=$1 src=$2 work=$3 build=${4:-}
CMAKE=${CMAKE:-cmake} CXX=${CXX:-c++} PKG_CONFIG=${PKG_CONFIG:-pkg-config}
prefix=$work/prefix
# What the checks look for must come from act alone, not from the caller's
# environment: no CXXFLAGS, and an empty build type (CMake >= 3.22 reads a
# default one from the environment).
unset CXXFLAGS CMAKE_BUILD_TYPE
demo=$src/tests/external

fail() { echo "check_install $mode: FAILED: $*" >&2; exit 1; }
run() {  # run COMMAND...: echo it, run it, fail if it fails
  echo "+ $*"
  "$@" || fail "exit status $? from: $*"
}

# The installed tree has exactly the source tree's headers, and the package
# files.
check_installed() {  # check_installed PREFIX
  want=$(cd "$src/code/include" && find act -name '*.hpp' | LC_ALL=C sort)
  got=$(cd "$1/include" 2>/dev/null && find act -type f | LC_ALL=C sort)
  [ -n "$want" ] || fail "no headers under $src/code/include/act"
  if [ "$want" != "$got" ]; then
    echo "$want" > "$work/headers.want"; echo "$got" > "$work/headers.got"
    diff "$work/headers.want" "$work/headers.got" >&2
    fail "the headers under $1/include differ from code/include (< missing, > extra)"
  fi
  for f in share/cmake/act/actConfig.cmake share/cmake/act/actConfigVersion.cmake \
           share/cmake/act/actTargets.cmake share/pkgconfig/act.pc; do
    [ -f "$1/$f" ] || fail "$1/$f was not installed"
  done
  echo "installed: $(echo "$got" | wc -l) headers, the CMake package and act.pc in $1"
}

# The book's own lookups (doctest, Python, MPFR, libtorch, Benchmark,
# Doxygen, CTest) and options must not reach a cache that asked for the
# library alone, nor its forced Release build type.
check_library_only() {  # check_library_only CMakeCache.txt
  book=$(grep -E '^(doctest_DIR|ACT_PYTHON|ACT_MPFR_LIBRARY|Torch_DIR|benchmark_DIR|DOXYGEN_EXECUTABLE|BUILD_TESTING|ACT_SANITIZE|ACT_BENCH_FLAGS|ACT_BUILD_DOCS)[:=]' "$1")
  [ -z "$book" ] || fail "the book was configured, not only the library ($1):
$book"
  grep -q '^ACT_BUILD_BOOK:BOOL=OFF$' "$1" || fail "ACT_BUILD_BOOK is not OFF in $1"
  grep -q '^CMAKE_BUILD_TYPE:STRING=$' "$1" || fail "the build type was changed: $(grep '^CMAKE_BUILD_TYPE' "$1")"
  echo "only the library was configured: no doctest, Python, MPFR, libtorch, Benchmark or Doxygen lookup"
}

# Configure, build and run tests/external with -DACT_VIA=$1.
build_demo() {  # build_demo VIA [cmake options...]
  via=$1; shift
  dir=$work/$mode
  rm -rf "$dir"
  run "$CMAKE" -S "$demo" -B "$dir" -DACT_VIA="$via" -DCMAKE_CXX_COMPILER="$CXX" \
      -DCMAKE_BUILD_TYPE= -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "$@"
  if grep -E -e '-march=|-mtune=|-fsanitize' "$dir/compile_commands.json"; then
    fail "the demo inherited the book's -march or sanitizer flags"
  fi
  run "$CMAKE" --build "$dir"
  run "$dir/demo"
}

case $mode in
  install)
    [ -n "$build" ] || fail "install needs BUILD_DIR"
    rm -rf "$prefix"
    run "$CMAKE" --install "$build" --prefix "$prefix"
    check_installed "$prefix" ;;
  library-only)
    dir=$work/library-only
    rm -rf "$dir"
    run "$CMAKE" -S "$src" -B "$dir/build" -DACT_BUILD_BOOK=OFF -DCMAKE_CXX_COMPILER="$CXX" \
        -DCMAKE_BUILD_TYPE=
    check_library_only "$dir/build/CMakeCache.txt"
    run "$CMAKE" --install "$dir/build" --prefix "$dir/prefix"
    check_installed "$dir/prefix" ;;
  package)
    [ -f "$prefix/share/cmake/act/actConfig.cmake" ] || fail "nothing installed in $prefix: run the install mode first"
    build_demo package -DCMAKE_PREFIX_PATH="$prefix"
    found=$(sed -n 's/^act_DIR:PATH=//p' "$work/$mode/CMakeCache.txt")
    [ "$found" = "$prefix/share/cmake/act" ] || fail "find_package(act) found '$found', not $prefix/share/cmake/act" ;;
  subdirectory|fetchcontent)
    build_demo "$mode" -DACT_SOURCE_DIR="$src"
    check_library_only "$work/$mode/CMakeCache.txt" ;;
  pkg-config)
    [ -f "$prefix/share/pkgconfig/act.pc" ] || fail "nothing installed in $prefix: run the install mode first"
    command -v "$PKG_CONFIG" >/dev/null || fail "no $PKG_CONFIG (Debian package pkgconf)"
    PKG_CONFIG_PATH=$prefix/share/pkgconfig; export PKG_CONFIG_PATH
    run "$PKG_CONFIG" --exists --print-errors 'act >= 0.1'
    cflags=$("$PKG_CONFIG" --cflags act) || fail "pkg-config --cflags act failed"
    echo "pkg-config --cflags act: $cflags"
    for flag in $cflags; do
      case $flag in
        -I*) ;;
        *) fail "act.pc gives '$flag'; it should give include directories only" ;;
      esac
    done
    case " $cflags " in
      *" -I$prefix/share/pkgconfig/../../include "*|*" -I$prefix/include "*) ;;
      *) fail "act.pc does not point to $prefix/include" ;;
    esac
    dir=$work/$mode
    rm -rf "$dir"; mkdir -p "$dir"
    strict=""  # GCC: the headers must be warning-clean (see tests/external)
    if "$CXX" -dM -E -x c++ /dev/null | grep -q '__GNUC__' &&
       ! "$CXX" -dM -E -x c++ /dev/null | grep -q '__clang__'; then
      strict="-Wall -Wextra -Wpedantic -Werror"
    fi
    # shellcheck disable=SC2086  # $strict and $cflags are lists of flags
    run "$CXX" -std=c++17 $strict $cflags "$demo/main.cpp" -o "$dir/demo"
    run "$dir/demo" ;;
  *) echo "check_install: unknown mode '$mode'" >&2; usage ;;
esac
echo "check_install $mode: passed"
