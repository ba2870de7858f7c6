from collections import Counter

c = Counter("abc")
print(c["z"], "z" in c, len(c))
c["z"] += 0
print("z" in c, c["z"], c)
c["q"] -= 2
print(c, c["q"])
print(c.get("nope"), c.get("nope", 7), c.setdefault("s", 4), c)
del c["a"]
print(c)
try:
    del c["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(c.pop("b"), c)
try:
    c.pop("b")
except KeyError as e:
    print(type(e).__name__, e)
c["n"] = None
try:
    c["n"] += 1
except TypeError as e:
    print(type(e).__name__, e)
print(c.__missing__("w"), "w" in c)
