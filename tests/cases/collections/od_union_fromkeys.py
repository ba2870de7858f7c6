from collections import OrderedDict

a = OrderedDict(x=1, y=2)
b = a | {"z": 3, "x": 10}
print(type(b).__name__, b)
c = {"z": 3, "x": 10} | a
print(type(c).__name__, c)
a |= [("w", 0), ("y", 20)]
print(a)
a |= {"x": -1}
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 3
except TypeError as e:
    print(type(e).__name__, e)
print(OrderedDict.fromkeys("cab"))
print(OrderedDict.fromkeys([3, 1, 2], "v"))
print(OrderedDict.fromkeys(range(3), []) == {0: [], 1: [], 2: []})
class O2(OrderedDict):
    pass
print(type(O2.fromkeys("ab")).__name__, O2.fromkeys("ab"))
print(type(O2(a=1) | {"b": 2}).__name__)
try:
    OrderedDict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
