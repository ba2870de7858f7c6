from collections import OrderedDict

a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
d = {2: "y", 1: "x"}
print(a == b, a != b, a == d, d == a, b == d)
print(dict(a) == dict(b))
print(a.keys() == b.keys(), a.items() == b.items())
print(list(a.values()) == list(b.values()))
b.move_to_end(2)
print(a == b, b)
class Sub(OrderedDict):
    pass
s = Sub([(1, "x"), (2, "y")])
print(s == a, a == s, s == b)
from collections import defaultdict, Counter
print(a == defaultdict(None, {2: "y", 1: "x"}))
print(OrderedDict(a=1, b=2) == Counter(b=2, a=1))
print(OrderedDict() == {}, OrderedDict() == OrderedDict())
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == [(1, "x"), (2, "y")], a != 3)
