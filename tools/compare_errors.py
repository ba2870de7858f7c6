"""Compares dictpy's syntax errors with CPython 3.12's.

Usage: PYENV_VERSION=3.12.1 python3 tools/compare_errors.py SNIPPETS_FILE [DICTPY_SYNTAX_CHECK_BIN]
Snippets are separated by lines '===='. Prints each mismatch.
"""
import os, subprocess, sys, tempfile

def cpython(src):
    try:
        compile(src, 't.py', 'exec')
        return 'OK'
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} (line {e.lineno})'
    except Exception as e:
        return f'{type(e).__name__}: {e}'

def main():
    snippets = [s.strip('\n') + '\n' for s in open(sys.argv[1]).read().split('\n====\n') if s.strip()]
    binary = sys.argv[2] if len(sys.argv) > 2 else 'target/debug/examples/syntax_check'
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, s in enumerate(snippets):
            p = os.path.join(d, f'{i}.py')
            with open(p, 'w') as f:
                f.write(s)
            paths.append(p)
        out = subprocess.run([binary] + paths, capture_output=True, text=True).stdout.splitlines()
    bad = 0
    for s, got in zip(snippets, out):
        want = cpython(s)
        got_cmp = got.replace(' [incomplete]', '')
        if want != got_cmp:
            bad += 1
            print(f'--- {s!r}\n  cpython: {want}\n  dictpy:  {got}')
    print(f'{len(snippets) - bad} same, {bad} different')

main()
