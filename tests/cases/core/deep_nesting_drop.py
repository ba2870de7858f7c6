# Data nested 200000 deep is freed without running out of stack,
# whatever the nesting goes through (CPython's trashcan).
N = 200000

x = []
for i in range(N):
    x = [x]
print("list", len(x))
x = None

d = {}
for i in range(N):
    d = {"next": d, "i": i}
print("dict", d["i"], len(d))
del d

t = ()
for i in range(N):
    t = (i, t)
print("tuple", t[0])
t = 0

class Node:
    def __init__(self, nxt):
        self.next = nxt

n = None
for i in range(N):
    n = Node(n)
print("instances", type(n).__name__)
n = None

s = frozenset()
for i in range(N // 10):
    s = frozenset([s, i])
print("frozensets", len(s))
s = None

mixed = None
for i in range(N):
    mixed = [{"k": (mixed,)}]
print("mixed", len(mixed))
mixed = None

def chain(k):
    out = []
    for i in range(k):
        out = [out, {i: out}]
    return out

print("returned", len(chain(N // 2)))
print("done")
