# Argument-count and keyword errors of builtin methods use CPython's wording per method kind.
tests = [
 ("''.upper(1)", lambda: ''.upper(1)),
 ("''.count()", lambda: ''.count()),
 ("''.find()", lambda: ''.find()),
 ("''.index()", lambda: ''.index()),
 ("''.startswith()", lambda: ''.startswith()),
 ("''.endswith()", lambda: ''.endswith()),
 ("''.replace('a')", lambda: ''.replace('a')),
 ("''.replace(1,2,3,4)", lambda: ''.replace(1,2,3,4)),
 ("''.split(1,2,3)", lambda: ''.split(1,2,3)),
 ("''.strip(1,2)", lambda: ''.strip(1,2)),
 ("''.join()", lambda: ''.join()),
 ("''.zfill()", lambda: ''.zfill()),
 ("''.center()", lambda: ''.center()),
 ("''.ljust(1,2,3)", lambda: ''.ljust(1,2,3)),
 ("''.encode(1,2,3)", lambda: ''.encode(1,2,3)),
 ("''.isdigit(1)", lambda: ''.isdigit(1)),
 ("''.partition()", lambda: ''.partition()),
 ("''.splitlines(1,2)", lambda: ''.splitlines(1,2)),
 ("''.expandtabs(1,2)", lambda: ''.expandtabs(1,2)),
 ("''.removeprefix()", lambda: ''.removeprefix()),
 ("''.format_map()", lambda: ''.format_map()),
 ('[].append(1,2)', lambda: [].append(1,2)),
 ('[].append()', lambda: [].append()),
 ('[].pop(1,2)', lambda: [].pop(1,2)),
 ('[].insert(1)', lambda: [].insert(1)),
 ('[].index()', lambda: [].index()),
 ('[].count()', lambda: [].count()),
 ('[].sort(1)', lambda: [].sort(1)),
 ('[].reverse(1)', lambda: [].reverse(1)),
 ('[].copy(1)', lambda: [].copy(1)),
 ('[].clear(1)', lambda: [].clear(1)),
 ('[].extend()', lambda: [].extend()),
 ('[].remove()', lambda: [].remove()),
 ('().count()', lambda: ().count()),
 ('().index()', lambda: ().index()),
 ('set().add()', lambda: set().add()),
 ('set().pop(1)', lambda: set().pop(1)),
 ('set().remove()', lambda: set().remove()),
 ('set().discard()', lambda: set().discard()),
 ('set().clear(1)', lambda: set().clear(1)),
 ('set().copy(1)', lambda: set().copy(1)),
 ("b''.upper(1)", lambda: b''.upper(1)),
 ("b''.decode(1,2,3)", lambda: b''.decode(1,2,3)),
 ("b''.hex(1,2,3)", lambda: b''.hex(1,2,3)),
 ('(1).bit_length(1)', lambda: (1).bit_length(1)),
 ('(1.0).is_integer(1)', lambda: (1.0).is_integer(1)),
 ("''.lower(x=1)", lambda: ''.lower(x=1)),
 ('[].append(x=1)', lambda: [].append(x=1)),
 ("''.split(x=1)", lambda: ''.split(x=1)),
]
for t, f in tests:
    try:
        f()
        print(t, "OK")
    except Exception as e:
        print(t, type(e).__name__, e)
for f in [lambda: sorted([], foo=1), lambda: print(foo=1), lambda: ''.split(foo=1), lambda: enumerate([], foo=1), lambda: zip(foo=1), lambda: min([1], foo=1), lambda: ''.encode(foo=1), lambda: iter([], foo=1), lambda: ''.expandtabs(foo=1), lambda: b''.decode(foo=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
