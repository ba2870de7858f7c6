from collections import ChainMap

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = {"z": 300, "w": 400}
cm = ChainMap(a, b, c)
print(cm["x"], cm["y"], cm["z"], cm["w"])
cm["z"] = -1
print(a, b, c)
cm["y"] = 0
print(a, b)
del cm["y"]
print(cm["y"], a, b)
try:
    del cm["w"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(cm.pop("x"), a)
try:
    cm.pop("w")
except KeyError as e:
    print(type(e).__name__, e)
print(cm.pop("w", "dflt"))
cm.update(q=9)
print(a)
a.clear(); a["only"] = 1
try:
    cm.popitem(); cm.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(a, len(cm))
cm.clear()
print(a, b, c)
