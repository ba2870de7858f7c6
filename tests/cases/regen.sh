#!/usr/bin/env bash
# Regenerates every tests/cases/*/NAME.out (and NAME.err) with CPython 3.12.
#
#   tests/cases/regen.sh [FILTER]
#
# Each case runs from inside its own directory as `python3 NAME.py` (stdin from
# /dev/null, 10 s limit), exactly as tests/conformance.rs runs the interpreter.
# NAME.out gets the whole stdout. NAME.err gets the last non-empty stderr line
# when the exit status is 1, and is removed when it is 0; any other status is
# reported as an error (cases must exit 0 or 1). FILTER keeps only the cases
# whose `dir/NAME` contains it. PYTHON overrides the interpreter command.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FILTER="${1:-}"
. "$HERE/../cpython312.sh"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
n=0
bad=0
for f in "$HERE"/*/*.py; do
    dir="$(dirname "$f")"
    name="$(basename "$f" .py)"
    id="$(basename "$dir")/$name"
    if [ -n "$FILTER" ] && [[ "$id" != *"$FILTER"* ]]; then continue; fi
    (cd "$dir" && timeout -k 2 10 "$PY" "$name.py" </dev/null >"$TMP/out" 2>"$TMP/err")
    rc=$?
    cp "$TMP/out" "$dir/$name.out"
    if [ "$rc" -eq 0 ]; then
        rm -f "$dir/$name.err"
    elif [ "$rc" -eq 1 ]; then
        # last non-empty stderr line, trailing whitespace removed
        grep -v '^[[:space:]]*$' "$TMP/err" | tail -n 1 | sed 's/[[:space:]]*$//' >"$dir/$name.err"
    else
        echo "regen: $id exited with status $rc (cases must exit 0 or 1)" >&2
        bad=$((bad + 1))
    fi
    n=$((n + 1))
done
echo "regenerated $n cases with $PY ($ver)"
[ "$bad" -eq 0 ]
