from collections import ChainMap

class Dflt(ChainMap):
    def __missing__(self, key):
        return "<%s>" % key

d = Dflt({"a": 1})
print(d["a"], d["b"], d.get("b"), "b" in d)
try:
    ChainMap({1: 1})["missing key"]
except KeyError as e:
    print(type(e).__name__, e, repr(e.args))

class DeepWrite(ChainMap):
    def __setitem__(self, key, value):
        for m in self.maps:
            if key in m:
                m[key] = value
                return
        self.maps[0][key] = value

dw = DeepWrite({"a": 1}, {"b": 2})
dw["b"] = 20
dw["c"] = 3
print(dw.maps)
print(repr(DeepWrite({1: 2})), type(dw.new_child()).__name__, type(dw.parents).__name__)
print(type(dw.copy()).__name__, type(dw | {}).__name__)
try:
    dw.popitem(); dw.popitem(); dw.popitem()
except KeyError as e:
    print(type(e).__name__, e)
