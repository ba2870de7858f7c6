# len, truthiness, membership tests (keys only) and reversed iteration of dicts.
d = {'a': 1, 'b': 2, 'c': None}
print(len(d), bool(d), bool({}), not {}, len({}))
print('a' in d, 1 in d, 'z' not in d, None in d, None in d.values(), ('a', 1) in d.items())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), next(reversed(d)), type(reversed(d)).__name__)
if d:
    print('non-empty dict is truthy')
d.clear()
print('empty' if not d else 'full', len(d))
e = {i: i for i in range(5)}
del e[4]
del e[0]
print(list(reversed(e)), [k for k in reversed(e) if k % 2])
r = reversed(e)
e[99] = 99
try:
    next(r)
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    [] in e
except TypeError as err:
    print(type(err).__name__, err)
try:
    e[0]
except KeyError as err:
    print(type(err).__name__, err)
