#!/usr/bin/env bash
# Regenerates tests/tracebacks/NAME.out and NAME.err with CPython 3.12.
#
#   tests/tracebacks/regen.sh [FILTER]
#
# Each program runs from inside this directory as `python3 NAME.py` (stdin
# from /dev/null). NAME.out gets its stdout and NAME.err its whole stderr,
# with this directory's absolute path removed from the `File "..."` lines
# (CPython names the script by its absolute path; dictpy as given).
# tests/diagnostics.rs compares dictpy's stdout and stderr with them
# exactly. PYTHON overrides the interpreter command.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FILTER="${1:-}"
. "$HERE/../cpython312.sh"

cd "$HERE" || exit 2
n=0
for f in *.py; do
    name="${f%.py}"
    if [ -n "$FILTER" ] && [[ "$name" != *"$FILTER"* ]]; then continue; fi
    "$PY" "$f" </dev/null >"$name.out" 2>"$name.err.tmp"
    sed "s|File \"$HERE/|File \"|" "$name.err.tmp" >"$name.err"
    rm -f "$name.err.tmp"
    n=$((n + 1))
done
echo "regenerated $n tracebacks with $PY ($ver)"
