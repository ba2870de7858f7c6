# dict subclasses: __missing__ runs only for d[k]; overridden methods are bypassed by builtins.
class Default(dict):
    def __missing__(self, key):
        print('missing', repr(key))
        return len(str(key))
d = Default(a=1)
print(d['a'], d['xyz'], d)
print(d.get('xyz'), 'xyz' in d, d.get('q', 'dflt'), d.setdefault('s', 5), d)
try:
    d.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
class Auto(dict):
    def __missing__(self, key):
        self[key] = value = Auto()
        return value
tree = Auto()
tree['a']['b']['c'] = 1
tree['a']['x'] = 2
print(tree, type(tree['a']).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u['b'] = 2
u.update(c=3)
print(u, sorted(u))
class Raises(dict):
    def __missing__(self, key):
        raise KeyError(f'custom: {key}')
try:
    Raises()['k']
except KeyError as e:
    print(type(e).__name__, e)
class Both(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
b = Both(x=5)
print(b['x'], b.get('x'), dict(b), list(b.values()))
print(isinstance(d, dict), type(d).__name__, Default.__mro__[1].__name__)
