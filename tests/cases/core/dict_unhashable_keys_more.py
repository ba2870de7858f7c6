# Unhashable keys fail in every operation that hashes; values may be anything.
d = {'ok': [1, 2], 'set': {3}, 'dict': {'n': {}}}
print(d)
ops = {
    'setitem': lambda k: d.__setitem__(k, 1),
    'getitem': lambda k: d[k],
    'in': lambda k: k in d,
    'get': lambda k: d.get(k),
    'pop': lambda k: d.pop(k, None),
    'setdefault': lambda k: d.setdefault(k),
    'fromkeys': lambda k: dict.fromkeys([k]),
    'del': lambda k: d.__delitem__(k),
    'display': lambda k: {k: 1},
    'keys_in': lambda k: k in d.keys(),
}
for name, op in ops.items():
    for key in [[1], {2}, {'a': 1}]:
        try:
            op(key)
            print(name, 'no error')
        except TypeError as e:
            print(name, type(e).__name__, e)
print('ok' in d, ('ok', [1, 2]) in d.items())
try:
    d[(1, [2])] = 'tuple with list'
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[slice(1, 2)] = 'slices are hashable in 3.12'
    print(len(d))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(d, key=str))
