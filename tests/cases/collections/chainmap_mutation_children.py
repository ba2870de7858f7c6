# ChainMap writes and deletes affect only the first map; new_child and parents.
from collections import ChainMap
base = {'a': 1, 'b': 2}
cm = ChainMap({}, base)
cm['a'] = 100
cm['c'] = 3
print(cm.maps, cm['a'], base)
del cm['a']
print(cm['a'], cm.maps)
try:
    del cm['b']
except KeyError as e:
    print(type(e).__name__, e)
child = cm.new_child()
child['b'] = 'child b'
print(child['b'], cm['b'], len(child.maps), child.parents.maps == cm.maps)
child2 = cm.new_child({'z': 26})
print(child2.maps[0], child2['z'], child2.parents['c'])
print(cm.pop('c'), cm.maps)
try:
    cm.pop('b')
except KeyError as e:
    print(type(e).__name__, e)
cm['x'] = 1
print(cm.popitem(), cm.maps)
try:
    cm.popitem()
except KeyError as e:
    print(type(e).__name__, e)
cm.clear()
print(cm.maps, dict(cm))
scopes = ChainMap({'x': 'global'})
local = scopes.new_child({'x': 'local', 'y': 1})
print(local['x'], local.parents['x'], sorted(local))
