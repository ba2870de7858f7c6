from collections.abc import MutableMapping

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self._d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
print(s.setdefault("a", 9), s.setdefault("d", 4))
print(s.pop("b"), s.pop("zz", None))
try:
    s.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(s.popitem())
print(list(s.items()))
s.clear()
print(len(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, e)
s["x"] = 1
print(s == {"x": 1}, s.get("x"), "x" in s)
