#!/bin/sh
# expect_caught.sh LOG PATTERN... -- COMMAND [ARGS...]
# A check run on something planted to fail it: succeeds only if COMMAND
# fails (exit status not 0) and its output (kept in LOG) matches every
# PATTERN (grep -E), that is, if the check failed for each planted reason.
log=$1; shift
patterns=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  patterns="$patterns$1
"; shift
done
if [ $# -lt 2 ]; then
  echo "usage: expect_caught.sh LOG PATTERN... -- COMMAND [ARGS...]" >&2
  exit 2
fi
shift
if "$@" >"$log" 2>&1; then
  echo "expected a failure, but it passed: $*" >&2
  cat "$log" >&2
  exit 1
fi
status=0
printf '%s' "$patterns" | while IFS= read -r pattern; do
  if ! grep -q -E -e "$pattern" "$log"; then
    echo "failed, but without '$pattern': $*" >&2
    exit 1
  fi
done || status=1
[ $status -eq 0 ] || cat "$log" >&2
exit $status
