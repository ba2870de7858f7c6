# dict() and update() reject malformed sequences with precise messages.
cases = [
    [(1, 2, 3)],
    [(1, 2), 'abc'],
    ['ab', 'cd', 'e'],
    [1],
    [(1, 2), None],
    [[1]],
    'ab',
    [{'a': 1}],
    [set([1, 2])],
]
for c in cases:
    try:
        print(dict(c))
    except (TypeError, ValueError) as e:
        print(repr(c), type(e).__name__, e)
for bad in [5, 3.5, object]:
    try:
        dict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dict({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
d = {'keep': 1}
try:
    d.update([('new', 1), ('bad',)])
except ValueError as e:
    print(type(e).__name__, e, d)
print(dict(['ab', 'cd']), dict([[1, 2], (3, 4)]), dict([(1, 1)]))
