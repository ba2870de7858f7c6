from collections import ChainMap

a = {"x": 1}
b = {"y": 2, "x": 0}
cm = ChainMap(a, b)
u = cm | {"z": 3, "y": 20}
print(type(u).__name__, u, a)
r = {"z": 3, "x": 100} | cm
print(type(r).__name__, r)
cm |= {"w": 4}
print(cm, a)
cm |= [("v", 5)]
print(a)
try:
    cm | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    cm | 1
except TypeError as e:
    print(type(e).__name__, e)
cp = cm.copy()
cp["new"] = 1
print("new" in cm, cp.maps[1] is b, cp.maps[0] is a)
cp2 = cm.__copy__()
print(type(cp2).__name__, cp2 == cm)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == {"a": 1})
print(ChainMap() == ChainMap({}), ChainMap({1: 1}) != {1: 2})
x = ChainMap({"k": 1}, {"k": 2})
print(x.maps, x.fromkeys(["a", "b"]), ChainMap.fromkeys("ab", 0))
