#!/bin/sh
# Student mode works for exercise 1 of CHAPTER (CTest exercises:<chapter>-student-mode):
#   1. tools/exercise.py open stubs it into a scratch copy STUB_DIR/CHAPTER/exercises.hpp;
#   2. the target exercise_stub_CHAPTER (CHAPTER's test file, STUB_DIR first on
#      its include path) builds, and its "exercise 1:" test fails with the
#      stub's message "CHAPTER exercise 1: not written yet";
#   3. tools/exercise.py restore puts the solution back: the copy is then the
#      reference byte for byte, so it is removed;
#   4. act_tests, built from the reference, passes the same test.
# usage: check_student_mode.sh PYTHON SOURCE_DIR BUILD_DIR STUB_DIR CHAPTER ACT_TESTS
set -u
python=$1 src=$2 build=$3 stubs=$4 chapter=$5 act_tests=$6
suite="--test-suite=$chapter exercises"
case1="--test-case=exercise 1:*"
log=$stubs/$chapter.log
mkdir -p "$stubs"
rm -f "$stubs/$chapter/exercises.hpp" "$stubs/$chapter/exercises.hpp.bak"

"$python" "$src/tools/exercise.py" open "$chapter" 1 --dir "$stubs" || exit 1
start=$(date +%s)
cmake --build "$build" --target "exercise_stub_$chapter" > "$log" 2>&1 ||
  { cat "$log"; echo "FAIL: the stubbed $chapter exercises do not compile"; exit 1; }
echo "built $chapter's test file against the stub in $(( $(date +%s) - start )) s"
if "$build/tests/exercise_stub_$chapter" "$suite" "$case1" > "$log" 2>&1; then
  cat "$log"; echo "FAIL: $chapter exercise 1 passes with the stub"; exit 1
fi
grep -q "$chapter exercise 1: not written yet" "$log" ||
  { cat "$log"; echo "FAIL: $chapter exercise 1 failed, but not with the stub's message"; exit 1; }
echo "with the stub, $chapter exercise 1 fails:"
grep -m1 "not written yet" "$log"

"$python" "$src/tools/exercise.py" restore "$chapter" 1 --dir "$stubs" || exit 1
if [ -e "$stubs/$chapter/exercises.hpp" ]; then
  diff "$src/code/examples/$chapter/exercises.hpp" "$stubs/$chapter/exercises.hpp"
  echo "FAIL: the restored copy is not the reference"; exit 1
fi
"$act_tests" "$suite" "$case1" > "$log" 2>&1 ||
  { cat "$log"; echo "FAIL: $chapter exercise 1 fails with the solution"; exit 1; }
grep -q "test cases: *[1-9]" "$log" || { cat "$log"; echo "FAIL: no 'exercise 1:' test in $chapter"; exit 1; }
echo "with the solution restored, $chapter exercise 1 passes"
