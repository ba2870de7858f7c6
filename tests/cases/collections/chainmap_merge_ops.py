# ChainMap | dict, |= , copy, fromkeys, equality and repr.
from collections import ChainMap
cm = ChainMap({'a': 1}, {'b': 2})
merged = cm | {'c': 3}
print(type(merged).__name__, merged, cm)
rmerged = {'z': 0} | cm
print(type(rmerged).__name__, rmerged)
cm |= {'d': 4}
print(cm)
cp = cm.copy()
cp['e'] = 5
print(cm, cp, cp.maps[1] is cm.maps[1])
print(ChainMap.fromkeys('xy', 0), ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == {'a': 1})
print(ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
try:
    cm | 5
except TypeError as e:
    print(type(e).__name__, e)
