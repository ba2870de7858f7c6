# defaultdict repr, default_factory attribute, constructor forms, and copies.
from collections import defaultdict
print(defaultdict(list), defaultdict(int, {'a': 1}), defaultdict(None), defaultdict())
print(defaultdict(lambda: 0, x=1).default_factory is not None, defaultdict(str, [('k', 'v')]))
def factory():
    return 'made'
d = defaultdict(factory, a='b')
print(repr(d).startswith('defaultdict(<function factory at '), d['z'], dict(d))
dd = defaultdict(list, {'x': [1]})
cp = dd.copy()
cp['x'].append(2)
cp['y'].append(3)
print(type(cp).__name__, cp.default_factory, dict(dd), dict(cp))
print(dd == {'x': [1, 2]}, {'x': [1, 2]} == dd, isinstance(dd, dict))
nested = defaultdict(dict)
nested['a']['b'] = 1
print(nested, defaultdict(set, a={1}), defaultdict(tuple)['t'])
dd2 = defaultdict(int, [('a', 1)], b=2)
print(dd2, len(dd2), sorted(dd2.items()))
print(defaultdict(list) | {'a': 1}, {'a': 1} | defaultdict(list, b=[2]))
for bad in [5, 'str', [list]]:
    try:
        defaultdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
