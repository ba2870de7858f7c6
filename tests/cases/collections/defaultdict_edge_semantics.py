# defaultdict: factories, default_factory, __missing__ only on d[k], copy, |, reprs, errors.
from collections import defaultdict, OrderedDict, Counter
import collections
d = defaultdict(list)
d['a'].append(1)
print(d, d.default_factory, type(d).__name__, repr(type(d)))
print(d.get('zz'), 'zz' in d, d.pop('zz', 'dflt'), len(d))
d.default_factory = int
d['n'] += 5
print(d)
d.default_factory = None
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, e.args)
for f in [1, 'x', [1]]:
    try:
        defaultdict(f)
    except TypeError as e:
        print(type(e).__name__, e)
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(int, a=1, b=2), defaultdict(list, [('k', [1])]))
class Fac:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
fac = Fac()
dd = defaultdict(fac)
dd['x']; dd['y']; dd['x']
print(dict(dd))
class Thing:
    pass
dt = defaultdict(Thing)
print(type(dt['q']).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
nested['a']['c'] += 2
print({k: dict(v) for k, v in nested.items()})
c = d.copy()
print(type(c).__name__, c.default_factory, c)

d2 = defaultdict(set, {'s': {1}})
d3 = d2 | {'t': {2}}
d4 = {'u': 1} | d2
print(d3, d4)
d2 |= {'v': set()}
print(d2)
try:
    d2 | [1]
except TypeError as e:
    print(e)
try:
    d2.nope
except AttributeError as e:
    print(e)
print(d2 == {'s': {1}, 'v': set()}, isinstance(d2, dict), issubclass(defaultdict, dict))
print(defaultdict.__name__, defaultdict.__module__)
dd5 = defaultdict(list)
print(dd5.setdefault('k', 7), dd5.get('k'), dd5.__missing__('m'), dd5)
try:
    defaultdict(list).__missing__()
except TypeError as e:
    print(e)
class MyDD(defaultdict):
    def __missing__(self, key):
        return 'custom ' + str(key)
m = MyDD(list)
print(m['x'], m, m.get('x'), repr(m))
class LogDD(defaultdict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
ld = LogDD(int)
ld['a'] += 1
print(ld, ld.copy(), type(ld.copy()).__name__)
dd6 = defaultdict(list)
dd6['self'] = dd6
print(dd6)
def fn():
    return 'v'
dd7 = defaultdict(fn)
print(repr(dd7)[:30])
print(defaultdict(lambda: 0).default_factory.__name__)
del dd7
dd8 = defaultdict(int, {'b': 1})
print(list(reversed(dd8)), dd8.popitem(), dd8)
print(sorted(defaultdict(int, {3: 1, 1: 2}).items()))
print(defaultdict(int).fromkeys('ab', 0))
