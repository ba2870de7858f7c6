# OrderedDict: move_to_end, popitem(last), reversed, order-sensitive ==, |, views, repr, mutation errors.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
print(od, OrderedDict.fromkeys('xy', 0))
od.move_to_end('b')
od.move_to_end('d', last=False)
od.move_to_end('e', False)
print(list(od), od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {'x': 1, 'y': 2}, {'y': 2, 'x': 1} == a)
print(a.keys() == b.keys(), a.items() == b.items(), list(a.values()) == list(b.values()))
print(a | b, b | a, a | {'z': 3}, {'z': 3} | a, type(a | b).__name__)
a |= {'w': 0}
print(a)
e = OrderedDict()
print(e, repr(e), bool(e), len(e))
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
r = OrderedDict(a=1)
r['self'] = r
print(r)
n = OrderedDict(x=OrderedDict(y=1))
print(n, str(n))
try:
    for k in od:
        od['new'] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
o2 = OrderedDict(a=1, b=2)
try:
    for k in o2:
        del o2['b']
except RuntimeError as ex:
    print('RuntimeError', ex)
o3 = OrderedDict(a=1, b=2)
for k in o3:
    o3[k] = 5
print(o3)
print(o3.pop('a'), o3.pop('zz', None), o3.setdefault('q', 1), o3.setdefault('b'), o3)
o3.update([('m', 1)], n=2)
print(o3, o3.copy(), type(o3.copy()).__name__)
try:
    o3.pop('nothere')
except KeyError as ex:
    print('KeyError', ex)
class MyOD(OrderedDict):
    pass
m = MyOD(a=1)
m['b'] = 2
m.move_to_end('a')
print(m, repr(MyOD()), type(m | {'c': 3}).__name__)
print(OrderedDict(a=1) < OrderedDict(b=1) if False else 'skip')
try:
    OrderedDict(a=1) < OrderedDict(b=1)
except TypeError as ex:
    print(ex)
print(OrderedDict.__module__, repr(OrderedDict), isinstance(od, dict))
ks = od.keys()
print(type(ks).__name__, 'a' in ks, sorted(ks & {'a', 'c'}), len(ks), isinstance(ks, type({}.keys())))
print(OrderedDict([(1, 'a'), (True, 'b'), (1.0, 'c')]))
print(sorted(OrderedDict(b=1, a=2)))
d = OrderedDict(zip('abc', range(3)))
d.move_to_end('a'); d.move_to_end('a'); d.move_to_end('c', last=False)
print(d, list(d.items()))
print(OrderedDict(a=1).__eq__(OrderedDict(a=1)), OrderedDict(a=[1]) == OrderedDict(a=[1]))
for action in ['move', 'add', 'del', 'set', 'popadd']:
    od = OrderedDict(a=1, b=2, c=3)
    seen = []
    try:
        for k in od:
            seen.append(k)
            if action == 'move': od.move_to_end(k)
            elif action == 'add': od['z' + k] = 0
            elif action == 'del': del od['c']
            elif action == 'set': od[k] = 9
            elif action == 'popadd':
                od.pop('c', None); od['c'] = 3
    except RuntimeError as e:
        print(action, seen, e)
    else:
        print(action, seen, 'ok')
    try:
        print(list(reversed(od.items())))
    except RuntimeError as e:
        print(e)
od = OrderedDict(a=1, b=2)
try:
    for k in reversed(od):
        od.move_to_end('a', last=False)
except RuntimeError as e:
    print('rev', e)
