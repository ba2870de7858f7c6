# OrderedDict equality: order-sensitive between two OrderedDicts only.
from collections import OrderedDict
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
plain = {'y': 2, 'x': 1}
print(a == b, a != b, a == plain, plain == a, b == plain)
print(a.keys() == b.keys(), a.items() == b.items(), list(a.items()) == list(b.items()))
print(a == OrderedDict(x=1, y=2), a == OrderedDict(x=1, y=2.0), a == OrderedDict(x=1))
c = a.copy()
c.move_to_end('x')
print(c == b, c == a, dict(c) == dict(a))
print(OrderedDict() == {}, OrderedDict() == OrderedDict(), {} == OrderedDict())
print(sorted([OrderedDict(a=2), OrderedDict(a=1)], key=lambda o: o['a']))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
