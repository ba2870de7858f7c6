# defaultdict's factory runs only in __getitem__ (d[k], d[k] += ...), never for get/in/pop/setdefault.
from collections import defaultdict
calls = []
def make():
    calls.append('factory')
    return len(calls)
d = defaultdict(make)
print(d.get('a'), 'a' in d, d.pop('a', None), d.setdefault('s', 's-default'), calls)
print(d['a'], d['a'], d['b'], calls)
d['c'] += 10
print(dict(d), calls)
print(list(d.keys()), d.keys() >= {'a', 'b'}, len(d))
d2 = defaultdict(list)
print(d2.__getitem__('via dunder'), dict(d2))
d3 = defaultdict(list)
for k in ['x', 'y', 'x']:
    d3[k]
print(dict(d3))
d4 = defaultdict(lambda: 'v')
print({**d4}, dict(d4), [d4[k] for k in 'ab'], dict(d4))
class Weird(defaultdict):
    def __getitem__(self, k):
        return 'overridden'
w = Weird(list)
print(w['q'], dict(w))
def boom():
    raise RuntimeError('factory failed')
bad = defaultdict(boom)
try:
    bad['k']
except RuntimeError as e:
    print(type(e).__name__, e, dict(bad))
