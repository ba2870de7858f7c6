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
export PYENV_VERSION="${PYENV_VERSION:-3.12.1}"
PY="${PYTHON:-python3}"
FILTER="${1:-}"

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.12" ]; then
    echo "regen: $PY is Python $ver, expected 3.12 (set PYENV_VERSION=3.12.1)" >&2
    exit 2
fi

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
