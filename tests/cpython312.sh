# Sourced by tests/cases/regen.sh and tests/tracebacks/regen.sh: sets PY to
# a CPython 3.12 command (PYENV_VERSION defaults to 3.12.1; PYTHON overrides
# the command) and stops the script when it is another version.
export PYENV_VERSION="${PYENV_VERSION:-3.12.1}"
PY="${PYTHON:-python3}"
ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.12" ]; then
    echo "regen: $PY is Python $ver, expected 3.12 (set PYENV_VERSION=3.12.1)" >&2
    exit 2
fi
