from collections import OrderedDict

o = OrderedDict(a=1)
print(o.setdefault("b", 2), o.setdefault("a", 100), o.setdefault("c"))
print(o)
print(o.pop("b"), o.pop("zz", "dflt"), o)
try:
    o.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
o["b"] = 22
print(list(o), o.get("b"), o.get("q", -1))
print(o.update([("a", 0)], d=4), o)
o.clear()
print(o, len(o), bool(o))
try:
    o.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
p = OrderedDict.fromkeys("xyz", 0)
for k in list(p):
    p[k] += ord(k)
print(p)
print(p.copy(), type(p.copy()).__name__, p.copy() is p)
del p["y"]
try:
    del p["y"]
except KeyError as e:
    print(type(e).__name__, e)
print(p)
