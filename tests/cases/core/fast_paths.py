# Behaviour the evaluator's fast paths must keep: list/tuple loops that see
# mutation, tuple unpacking errors, argument evaluation order, small-int
# arithmetic overflowing into big ints, comparisons of mixed types.
import sys

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3:
        items.append(x * 10)
print(seen, items)

items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)

total = 0
for x in (1, 2, 3):
    total += x
else:
    total += 100
print(total)

for x in []:
    print("never")
else:
    print("empty else")

for i, x in enumerate([5, 6]):
    if x == 6:
        break
else:
    print("not printed")
print(i, x)

pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for bad in [(1, 2, 3), (1,), "ab", [7, 8]]:
    try:
        p, q = bad
        print("unpacked", p, q)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

order = []
def arg(v):
    order.append(v)
    return v
def four(a, b, c, d):
    return a + b + c + d
print(four(arg(1), arg(2), arg(3), arg(4)), order)
def five(a, b, c, d, e):
    return a + b + c + d + e
print(five(1, 2, 3, 4, 5))
print([].__class__.__name__, "x".join(["a", "b", "c"]))

big = 2 ** 62
n = big
n += big
print(n, type(n).__name__, big + big, big * 4, -big - big - big)
i = 9223372036854775807
i += 1
print(i)
print(1 < 2.5, 2 == 2.0, 3 >= True, None is None, 1 is not None, (1 < 2) < 3)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
x = 5
print(0 < x < 10, 0 < x > 10, not x, not 0)
d = {}
d["k" + str(1)] = 1
d |= {"k1": 2, "k2": 3}
print(d, dict(d) == d, {**d, "k3": 4})
print(sys.getsizeof({}), sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d | {"z": 0}))
a = {"k" + str(i): i for i in range(600)}
b = {"k" + str(i): i for i in range(300, 900)}
m = a | b
e = dict(a)
e.update(b)
print(len(m), sys.getsizeof(a), sys.getsizeof(m), sys.getsizeof(e), sys.getsizeof({**a}), sys.getsizeof(dict(b)))
g = {}
g.update(a)
print(sys.getsizeof(g), list(g)[:3], list(m)[-2:])

# for k, v in d.items() walks the dict without pair tuples, with the same
# errors when the dict changes under the loop.
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v, end="; ")
print()
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d[k]
        d[k + "x"] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
from collections import OrderedDict
od = OrderedDict(x=1, y=2)
try:
    for k, v in od.items():
        od.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError:", e)
for (k, v) in {1: 2}.items():
    print(k, v)
for k, *rest in {"ab": 1}.items():
    print(k, rest)
for k, v in {}.items():
    print("never")
else:
    print("empty")
it = iter({"p": 1, "q": 2}.items())
for k, v in it:
    print(k, v, next(it, None))

# Str keys meet keys of other types that compare equal to them.
class Name:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        print("eq called")
        return self.s == (other.s if isinstance(other, Name) else other)

d = {"alpha": 1, "beta": 2}
print(d[Name("alpha")], Name("beta") in d)
d[Name("gamma")] = 3
print("gamma" in d, d["gamma"], len(d))
d[Name("alpha")] = 10
print(d["alpha"], type(list(d)[0]).__name__, type(list(d)[2]).__name__)

# Builtin methods called from a call site's cache, with receivers of
# several types at the same site, and subscripts of every mapping kind.
from collections import defaultdict, OrderedDict, Counter
class MyDict(dict):
    def get(self, k, default=None):
        return ("mine", k, default)
class Missing(dict):
    def __missing__(self, k):
        return k * 2
receivers = [{"a": 1}, OrderedDict(a=2), defaultdict(int, a=3), Counter("aab"), MyDict(a=5), {"a": 6}]
for r in receivers:
    print(type(r).__name__, r.get("a"), r.get("zz", 0))
for r in [[1, 2], {"x": 1}, [3]]:
    try:
        r.append(9)
        print(r)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get("k", default=1)
except TypeError as e:
    print("TypeError:", e)
dd = defaultdict(list)
for w in ["x", "y", "x"]:
    dd[w].append(len(dd))
print(dict(dd))
c = Counter()
print(c["nope"], len(c))
m = Missing(a=1)
print(m["a"], m["bc"], len(m))
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
mixed = {"s": 1, 2: "two"}
mixed["s"] = 3
mixed["t"] = 4
print(mixed["s"], mixed[2], mixed["t"], mixed)
for k in ["s", "t", "u"]:
    print(k, mixed.get(k), k in mixed)
del mixed[2]
mixed["v"] = 5
print(mixed, mixed.setdefault("v", 0), mixed.setdefault("w", 7), mixed)

# List indexing by ints of every kind.
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[True], xs[False])
for bad in [3, -4, 2**63, -2**63, 2**100]:
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError:", e, bad)
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)

# Augmented assignment on attributes and items, through int overflow.
class Box:
    pass
b = Box()
b.n = 2**62
b.n += 2**62
b.n -= 1
d = {"k": 2**63 - 1}
d["k"] += 1
lst = [1]
lst[0] <<= 70
print(b.n, d["k"], lst[0])
from collections import defaultdict
dd = defaultdict(int)
for ch in "abracadabra":
    dd[ch] += 1
print(sorted(dd.items()))

# One method call site seeing three classes in turn.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(B):
    pass
print("".join(o.who() for o in [A(), B(), C(), C(), A(), B()] * 2))
B.who = lambda self: "B2"
print("".join(o.who() for o in [A(), B(), C()]))

# Frames with cells: closures over parameters, generators with cells.
def make_adders(n):
    def add(x):
        return x + n
    return add
def gen_cells(k):
    def inner():
        return k
    yield inner()
    k += 1
    yield inner()
print(make_adders(3)(4), list(gen_cells(5)))

# Int keys meet stored keys of other types that compare equal to them.
class IntLike:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        print("IntLike eq", other)
        return self.n == other
d = {1.0: "float", True: "bool?", 2: "two", IntLike(3): "intlike", "4": "str"}
print(d[1], d[True], d[2], d.get(3), d.get(4), 1 in d, 3 in d, 4 in d)
d[1] = "int one"
d[3] = "replaced"
print([v for v in d.values()], len(d))
counts = {}
for k in [5, 5, -1, 2**40, 5, -1, 0, False]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
