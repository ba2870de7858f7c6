# dict subclass overrides are not used by dict's own C methods (update, get, init, copy).
class Loud(dict):
    def __setitem__(self, k, v):
        print('setitem', k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
d = Loud(a=1)
d['b'] = 2
print(d.get('a'), 'a' in d)
d.update(c=3)
d.setdefault('e', 5)
print(d['c'])
print(dict(d), d.copy(), type(d.copy()).__name__, {**d})
print(list(d.items()), list(d.values()))
class Keys(dict):
    def keys(self):
        print('keys() called')
        return ['x']
k = Keys(x=1, y=2)
print(dict(k), {**k})
plain = {}
plain.update(k)
print(plain)
class Counting(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)
c = Counting({'a': 1})
c['b'] = 2
c |= {'z': 26}
print(c, c.sets, vars(c))
try:
    Loud()['missing']
except KeyError as e:
    print(type(e).__name__, e)
