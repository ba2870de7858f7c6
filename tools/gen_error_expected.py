"""Writes tests/data/error_expected.txt: CPython 3.12's verdict on each snippet
of tests/data/error_snippets.txt (`OK` or `Kind: message (line N)`), except
where dictpy deliberately differs (features outside the subset), listed in
DIFFERENT below.

Run: PYENV_VERSION=3.12.1 python3 tools/gen_error_expected.py
"""
import sys

DIFFERENT = {
    "async def f(): pass\n": "SyntaxError: 'async def' is not supported by dictpy (line 1)",
    "async for x in y: pass\n": "SyntaxError: 'async for' is not supported by dictpy (line 1)",
    "def f():\n    await x\n": "SyntaxError: 'await' expressions are not supported by dictpy (line 2)",
    "match x:\n    case 1: pass\n": "SyntaxError: 'match' statements are not supported by dictpy (line 1)",
    "type X = int\n": "SyntaxError: 'type' statements are not supported by dictpy (line 1)",
    "try:\n    pass\nexcept* ValueError:\n    pass\n": "SyntaxError: 'except*' is not supported by dictpy (line 3)",
    'x = f"{x#}"\n': "SyntaxError: f-string: expecting '}' (line 1)",
}

def cpython(src):
    try:
        compile(src, 't.py', 'exec')
        return 'OK'
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} (line {e.lineno})'

import warnings
warnings.simplefilter('ignore')
snippets = [s.strip('\n') + '\n' for s in open('tests/data/error_snippets.txt').read().split('\n====\n') if s.strip()]
with open('tests/data/error_expected.txt', 'w') as f:
    for s in snippets:
        f.write((DIFFERENT.get(s) or cpython(s)).replace('\n', ' ') + '\n')
print(len(snippets), 'snippets')
