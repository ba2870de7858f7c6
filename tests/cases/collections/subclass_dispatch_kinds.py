# Subclasses of dict/OrderedDict/Counter/defaultdict: which methods call overridden dunders.
from collections import defaultdict, OrderedDict, Counter
class D(dict):
    def __missing__(self, k):
        return 'miss-' + repr(k)
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
d = D(a=1)
d.update(b=2)
d.update({'c': 3})
print(d.get('a'), d.get('q'), d['a'], d['q'], 'q' in d, d.setdefault('s', 0), d)
print(dict(d), {**d}, d | {'z': 0}, type(d | {}).__name__, d.pop('a'), d.copy(), type(d.copy()).__name__)
class R(dict):
    def __repr__(self):
        return 'R!'
print(R(a=1), [R()], {'k': R()}, str(R()))
class OD(OrderedDict):
    def __setitem__(self, k, v):
        print('od set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('od get', k)
        return super().__getitem__(k)
o = OD()
o['x'] = 1
o.update(y=2)
o.setdefault('z', 3)
print(o, o.get('x'), o['y'], list(o.items()))
class C(Counter):
    def __missing__(self, k):
        return 100
    def __setitem__(self, k, v):
        print('c set', k, v)
        super().__setitem__(k, v)
c = C()
print(c['q'])
c.update('ab')
c.update({'a': 2})
print(c, c.get('zz'), c['zz'])
class DD(defaultdict):
    def __getitem__(self, k):
        print('dd get', k)
        return super().__getitem__(k)
dd = DD(list)
dd['a'].append(1)
print(dd, dd.get('a'), dd.get('b'), dict(dd))
class Missing(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
m = Missing()
print(m['a'], m['b'], m['a'], m, m.get('c'), 'c' in m)
class DDR(defaultdict):
    def __repr__(self):
        return 'DDR' + dict.__repr__(self)
print(DDR(int, a=1), repr(DDR(int)))
class CR(Counter):
    def __repr__(self):
        return 'CR' + super().__repr__()
print(CR('aab'))
class DM(defaultdict):
    def __missing__(self, k):
        r = super().__missing__(k)
        print('missing called', k, r)
        return r
dm = DM(int)
dm['x'] += 1
print(dm)
