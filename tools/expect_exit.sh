#!/bin/sh
# expect_exit.sh STATUS COMMAND [ARGS...]
# Runs COMMAND and succeeds only if it exits with STATUS and, for a non-zero
# STATUS, prints a message on standard error (a bad option must be explained).
want=$1; shift
err=$(mktemp)
"$@" >/dev/null 2>"$err"
got=$?
msg=$(cat "$err"); rm -f "$err"
if [ "$got" -ne "$want" ]; then
  echo "expected exit status $want, got $got from: $*" >&2
  [ -n "$msg" ] && echo "$msg" >&2
  exit 1
fi
if [ "$want" -ne 0 ] && [ -z "$msg" ]; then
  echo "exit status $got but no message on stderr from: $*" >&2
  exit 1
fi
exit 0
