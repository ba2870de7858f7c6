from collections import defaultdict, OrderedDict

a = defaultdict(list, x=[1])
b = a.copy()
b["x"].append(2)
print(type(b).__name__, b.default_factory is list, a["x"])

c = a.copy()
print(c == a, c is a)
u = a | {"y": [3]}
print(type(u).__name__, u.default_factory is list, u)
r = {"y": [3]} | a
print(type(r).__name__, r)
v = a | defaultdict(int, z=0)
print(type(v).__name__, v.default_factory)
a |= [("w", [9])]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__, e)
print(a == dict(a), dict(a) == a)
o = OrderedDict(p=1)
print(type(a | o).__name__, type(o | a).__name__)
print(defaultdict(int, a=1) == defaultdict(str, a=1))
