from collections import defaultdict

class KeyEcho(defaultdict):
    def __missing__(self, key):
        return "missing:" + str(key)

k = KeyEcho(int)
print(k["a"], len(k), k.get("a"), "a" in k)

class Stores(defaultdict):
    def __missing__(self, key):
        v = self[key] = key * 2
        return v

s = Stores(None)
print(s[3], s["ab"], dict(s))

class Super(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)

sp = Super(list)
sp["x"].append(1)
print(sp)
sp2 = Super(None)
try:
    sp2["y"]
except KeyError as e:
    print(type(e).__name__, e)

class Raises(defaultdict):
    def __missing__(self, key):
        raise LookupError("no " + repr(key))
try:
    Raises(int)["q"]
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(k, dict), type(k.copy()).__name__, type(k | {}).__name__)
