# Dict displays are built as CPython 3.12 compiles them: runs of up to 16
# pairs are evaluated whole before any key is hashed, longer runs in chunks
# of 17 stored one by one, `**` merged in; sizes follow CPython's.
import sys

def trace(tag, value):
    print("eval", tag)
    return value

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name

d = {trace("k1", Key("a")): trace("v1", 1), trace("k2", Key("b")): trace("v2", 2)}
print(d)
try:
    d = {"a": 1, []: 2, "b": trace("after", 3)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {"a": trace("first", 1), **trace("bad", 5), "b": trace("never", 2)}
except TypeError as e:
    print("TypeError:", e)

# Seventeen pairs and more: the first chunk is stored as it is evaluated.
src = ", ".join("%d: trace(%d, %d)" % (i, i, i) for i in range(16)) + ", []: trace('v', 0), 99: trace('late', 1)"
try:
    eval("{" + src + "}")
except TypeError as e:
    print("TypeError:", e)
src = ", ".join("%d: trace(%d, %d)" % (i, i, i) for i in range(20)) + ", []: trace('tail', 0)"
try:
    eval("{" + src + "}")
except TypeError as e:
    print("TypeError:", e)

# Duplicate keys: the first key object stays, the last value wins.
d = {1: "a", 1.0: "b", True: "c"}
print(d, type(list(d)[0]).__name__)
print({**{"x": 1}, "x": 2, **{"x": 3}})

# Sizes match CPython's for displays of every length and key mix.
for n in [0, 1, 2, 5, 6, 8, 11, 16, 17, 20, 33, 40]:
    strs = eval("{" + ", ".join("'k%d': %d" % (i, i) for i in range(n)) + "}")
    ints = eval("{" + ", ".join("%d: %d" % (i, i) for i in range(n)) + "}")
    mixed = eval("{" + ", ".join(("'k%d': %d" if i % 3 else "%d: %d") % (i, i) for i in range(n)) + "}")
    last_int = eval("{" + ", ".join(("'k%d': %d" if i < n - 1 else "%d: %d") % (i, i) for i in range(n)) + "}")
    print(n, sys.getsizeof(strs), sys.getsizeof(ints), sys.getsizeof(mixed), sys.getsizeof(last_int))
    strs["new"] = 1
    ints[-1] = 1
    print(n, len(strs), len(ints), sys.getsizeof(strs), sys.getsizeof(ints))
with_unpack = {"a": 1, **{"b": 2, "c": 3}, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
print(with_unpack, sys.getsizeof(with_unpack))
