# ChainMap: lookup order, writes to maps[0], new_child/parents, |, repr, iteration order, errors.
from collections import ChainMap, defaultdict, OrderedDict, Counter
import collections, collections.abc
a, b, c = {'x': 1}, {'x': 2, 'y': 3}, {'z': 4, 'y': 5}
cm = ChainMap(a, b, c)
print(cm, cm.maps, len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm['x'], cm['y'], cm['z'], cm.get('w'), cm.get('w', 0), 'z' in cm, 'w' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
cm['w'] = 9
print(a, cm.maps[0] is a)
del cm['w']
try:
    del cm['y']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('x'), cm.pop('x', 'd'), cm)
try:
    cm.pop('y')
except KeyError as e:
    print('KeyError', e)
cm['x'] = 10
print(cm.popitem(), cm)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['q'] = 1
print(child, child.parents, child.parents.parents, cm.new_child({'m': 1}), cm.new_child(k=2))
print(ChainMap(), ChainMap({}), ChainMap.fromkeys('ab', 0), ChainMap.fromkeys(['k']))
x = ChainMap({'a': 1}, {'b': 2})
y = x.copy()
y['c'] = 3
print(x, y, x == y, x == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == x, x != {'a': 1})
print(x | {'b': 20}, {'z': 0} | x, type({'z': 0} | x).__name__)
x |= {'n': 5}
print(x)
try:
    x | 5
except TypeError as e:
    print(e)
x.clear()
print(x, len(x))
dd = defaultdict(list)
cd = ChainMap(dd, {'k': 'v'})
print(cd['k'], dict(dd), cd['new'] if False else '', len(cd))
e = ChainMap({'a': 1})
e.maps.append({'b': 2})
print(e, e['b'], repr(e))
r = ChainMap({'a': 1})
r.maps[0]['self'] = r
print(r)
print(isinstance(cm, collections.abc.MutableMapping), isinstance(cm, dict), ChainMap.__module__, type(cm).__name__)
nested = ChainMap(ChainMap({'a': 1}), {'b': 2})
print(nested, nested['a'], list(nested))
print(sorted(ChainMap({3: 'c', 1: 'a'}, {2: 'b'})), ChainMap(Counter('ab'), {'c': 1}))
print(ChainMap({'a': 1}, OrderedDict(b=2)).keys(), ChainMap({'a': 1}).items())
it = iter(ChainMap({'a': 1}, {'b': 2}))
print(next(it), next(it))
class MyCM(ChainMap):
    def __missing__(self, key):
        return 'default'
m = MyCM({'a': 1})
print(m['a'], m['b'], m.get('b'), m, type(m.new_child()).__name__, type(m.copy()).__name__)
print(ChainMap({'a': 1}).keys() == {'a'}, 'a' in ChainMap({'a': 1}).keys(), ('a', 1) in ChainMap({'a': 1}).items(), 1 in ChainMap({'a': 1}).values())
try:
    hash(ChainMap())
except TypeError as e:
    print(e)
