# `d[k] op= x` on dicts: the read finds the entry and the store goes back to
# it when the dict kept its shape; any change in between takes the full path.
import sys
from collections import defaultdict, Counter, OrderedDict

d = {"a": 1, "b": 2, 3: 30}
d["a"] += 10
d[3] *= 2
d["b"] -= 5
print(d)

# The right-hand side inserts a key: the store still lands on "a".
d = {"a": 1}
def grow():
    for i in range(20):
        d[f"k{i}"] = i
    return 100
d["a"] += grow()
print(d["a"], len(d), list(d)[:3])

# The right-hand side deletes the key: the store re-inserts it at the end.
d = {"a": 1, "b": 2}
def drop():
    del d["a"]
    return 5
d["a"] += drop()
print(d)

# The right-hand side rebinds the value: the old value was already read.
d = {"a": 1}
def rebind():
    d["a"] = 1000
    return 1
d["a"] += rebind()
print(d)

# The right-hand side clears and refills the dict.
d = {"a": 1, "b": 2}
def refill():
    d.clear()
    d["b"] = 3
    d["a"] = 4
    return 10
d["a"] += refill()
print(d)

# A key that equals a str key but is not a str, in a str-only dict.
class Key:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        return other == self.s
d = {"x": 1, "y": 2}
before = sys.getsizeof(d)
d[Key("x")] += 5
print(d, type(list(d)[0]).__name__, sys.getsizeof(d) == before)

# Missing keys: KeyError, __missing__ of defaultdict and Counter.
d = {}
try:
    d["nope"] += 1
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(int)
for w in "abracadabra":
    dd[w] += 1
print(sorted(dd.items()))
dl = defaultdict(list)
dl["x"] += [1]
dl["x"] += [2]
print(dict(dl))
c = Counter()
c["z"] += 3
c["z"] += 4
print(c)

# OrderedDict keeps positions; strings and lists grow in place.
od = OrderedDict([("p", "a"), ("q", "b")])
od["p"] += "x"
print(list(od.items()))
d = {"l": [1]}
alias = d["l"]
d["l"] += [2, 3]
print(d, alias is d["l"])

# A dict subclass's __setitem__ still runs.
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
ld = Loud(a=1)
ld["a"] += 1
print(ld)

# Errors from the operator leave the entry as it was.
d = {"a": "s"}
try:
    d["a"] += 1
except TypeError as e:
    print("TypeError", e)
print(d)

# Unhashable key.
try:
    d[[1]] += 1
except TypeError as e:
    print("TypeError", e)
