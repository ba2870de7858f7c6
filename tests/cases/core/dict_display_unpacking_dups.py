# Dict displays: duplicate keys (last value wins, first key object and position kept), ** unpacking order.
d = {'a': 1, 'b': 2, 'a': 3}
print(d, len(d), list(d))
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b', 0.0: 'c'})
print({True: 'bool first', 1: 'int second'}, {1.0: 'x', 1: 'y'})
base = {'x': 1, 'y': 2}
print({**base, 'y': 20, 'z': 30}, {'y': 0, **base}, {**base, **{'x': 'over'}}, {**{}, **{}})
print({**base, **base}, {'k': 0, **{'k': 1}, 'k': 2}, {**dict(a=1), **{'b': 2}})
order = []
def k(name):
    order.append('key ' + name)
    return name
def v(val):
    order.append('value ' + str(val))
    return val
d2 = {k('p'): v(1), k('q'): v(2), k('p'): v(3)}
print(d2, order)
nested = {'outer': {'inner': {'deep': [1, {'x': None}]}}, (1, 2): {frozenset({3}): 'fz'}}
print(nested, nested['outer']['inner']['deep'][1]['x'], nested[(1, 2)][frozenset({3})])
print({}, {'trailing': 1,}, {(): 'empty tuple key', '': 'empty str key', None: 'none key'})
try:
    {**[('a', 1)]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**None}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {'ok': 1, ['bad']: 2}
except TypeError as e:
    print(type(e).__name__, e)
