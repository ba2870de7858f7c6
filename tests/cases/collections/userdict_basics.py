# collections.UserDict: a MutableMapping over self.data, subclass hooks, |, copy, fromkeys.
from collections import UserDict
from collections.abc import MutableMapping
u = UserDict({'a': 1}, b=2)
print(u, len(u), u['a'], u.get('z'), 'a' in u, list(u), u.data, isinstance(u, MutableMapping), isinstance(u, dict))
u['c'] = 3
del u['a']
print(u, u.pop('b'), u.setdefault('d', 4), u, u == {'c': 3, 'd': 4}, repr(UserDict))
print(u | {'e': 5}, {'e': 5} | u, type(u | {}).__name__, UserDict.fromkeys('xy', 0), u.copy(), type(u.copy()).__name__)
u |= {'f': 6}
print(u, sorted(u.items()), list(u.keys()), list(u.values()))
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return 'missing:' + key
l = Lower({'A': 1})
l['B'] = 2
print(l, l['zz'], l.get('zz'), 'zz' in l, l.copy(), type(l.copy()).__name__)
try:
    UserDict()['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del u['nope']
except KeyError as e:
    print(type(e).__name__, e)
