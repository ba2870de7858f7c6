# One call site, receivers of many builtin types in turn: each call must
# reach its own type's method (the site caches the last builtin it called).
from collections import defaultdict, OrderedDict, Counter

class MyDict(dict):
    def copy(self):
        return "MyDict.copy"

class Shadow:
    def copy(self):
        return "Shadow.copy"

def copies(objs):
    out = []
    for o in objs:
        c = o.copy()
        out.append(type(c).__name__ if not isinstance(c, str) else c)
    return out

objs = [{1: 2}, [1], {1}, frozenset([1]), defaultdict(int), OrderedDict(a=1),
        Counter("ab"), MyDict(), Shadow(), {1: 2}, frozenset(), set()]
print(copies(objs))
print(copies(list(reversed(objs))))
s = Shadow()
s.copy = lambda: "instance attribute"
print(copies([s, {}, s]))

def pops(objs):
    return [o.pop() if not isinstance(o, dict) else o.pop(1, "missing") for o in objs]
print(pops([[1, 2], {1: "one"}, {5}, OrderedDict([(1, "o")]), [3], {2: 0}]))

def gets(objs, k):
    return [o.get(k) for o in objs]
print(gets([{1: "a"}, defaultdict(list, {1: "b"}), Counter({1: 3}), OrderedDict({1: "d"}), {}], 1))
# the same name on str, bytes, tuple, list and int receivers
def counts(objs):
    return [o.count(1) if not isinstance(o, (str, bytes)) else o.count(o[:1]) for o in objs]
print(counts([(1, 1), [1, 2, 1], "aab", b"xxy", (2,)]))
print([x.bit_length() for x in (1, 255, -4, 2 ** 70)])
