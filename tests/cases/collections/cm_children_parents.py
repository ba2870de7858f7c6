from collections import ChainMap

root = ChainMap({"a": 1})
child = root.new_child()
print(child, len(child.maps))
child["a"] = 2
print(child["a"], root["a"])
grand = child.new_child({"b": 3})
print(grand, grand["a"])
print(grand.parents, grand.parents.parents)
print(grand.parents.parents.parents)
print(type(grand.parents).__name__, grand.parents.maps[0] is child.maps[0])
kw = root.new_child(c=5)
print(kw)
both = root.new_child({"m": 1}, n=2)
print(both)
try:
    root.new_child(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
e = ChainMap()
print(e, e.maps, e.parents, len(e), bool(e))
print(bool(ChainMap({}, {})), bool(ChainMap({}, {"k": 0})))
