# Method calls are cached per call site; every way of changing a class
# (or an instance attribute shadowing the method) must be seen at once.
class A:
    def m(self):
        return "A.m"

class B(A):
    pass

objs = [A(), B()]

def call_all():
    return [o.m() for o in objs]

print(call_all())
A.m = lambda self: "patched"
print(call_all())
B.m = lambda self: "B own"
print(call_all())
del B.m
print(call_all())
b = B()
b.m = lambda: "instance"
print(b.m(), [o.m() for o in objs])
del b.m
print(b.m())
setattr(A, "m", lambda self: "setattr")
print(call_all())
delattr(A, "m")
for o in objs:
    try:
        o.m()
    except AttributeError as e:
        print("AttributeError:", e)

# Builtin receivers, and a dict subclass overriding a method at the same site.
class D(dict):
    def get(self, k, default=None):
        return ("D.get", k)

for x in [{}, D(), {"k": 1}, D(k=2)]:
    print(x.get("k"))

# A base class changed while a loop calls through a subclass instance.
class Base:
    def f(self):
        return 1

class Sub(Base):
    pass

s = Sub()
r = []
for i in range(4):
    r.append(s.f())
    if i == 1:
        Base.f = lambda self: 2
print(r)

# New classes made at one site, each with its own method.
def make(n):
    class K:
        def v(self):
            return n
    return K()

print([make(i).v() for i in range(5)])

# Changing a class through a method of its own.
class Counter2:
    def tick(self):
        Counter2.tick = lambda self: "replaced"
        return "first"

c = Counter2()
print([c.tick() for _ in range(3)])

# Attribute lookups are cached per (class, name) too.
class P:
    x = "class x"

p = P()
seen = []
for i in range(6):
    seen.append(p.x)
    if i == 1:
        p.x = "instance x"
    if i == 2:
        del p.x
    if i == 3:
        P.x = property(lambda self: "property x")
    if i == 4:
        p.__dict__["x"] = "shadowed?"
print(seen)

class G:
    pass

g = G()
out = []
for i in range(3):
    try:
        out.append(g.missing)
    except AttributeError:
        out.append("AttributeError")
    if i == 0:
        G.__getattr__ = lambda self, name: "getattr " + name
    if i == 1:
        del G.__getattr__
print(out)

class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

class T(S):
    pass

t = T()
t.v = 1
print(t.v)
del S.__setattr__
t.v = 1
print(t.v)

# Global and builtin names are cached per read site; shadowing a builtin,
# rebinding and deleting globals must be seen at once.
def size(x):
    return len(x)

out = []
for i in range(5):
    out.append(size("abc"))
    if i == 1:
        len = lambda x: -1
    if i == 3:
        del len
print(out)

counter = 0
def read():
    return counter

seen = []
for i in range(4):
    seen.append(read())
    counter = i * 10
del counter
try:
    read()
except NameError as e:
    print("NameError:", e)
counter = "back"
print(seen, read())
# New globals grow (rebuild) the module's table under the cached positions.
g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = g10 = g11 = g12 = g13 = g14 = 1
g15 = g16 = g17 = g18 = g19 = g20 = g21 = g22 = g23 = g24 = g25 = g26 = 2
print(read(), size([1, 2]), g26)

# Instance attributes read and written while the class gains and loses
# properties and attribute hooks (on itself or on a base).
class Base:
    pass
class Point(Base):
    kind = "class attr"
    def __init__(self, x):
        self.x = x
p = Point(1)
def read(obj):
    out = []
    for name in ["x", "kind"]:
        try:
            out.append(getattr(obj, name))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out
for step in range(6):
    if step == 1:
        def set_x(self, v):
            print("property setter", v)
            self.__dict__["x"] = v
        Point.x = property(lambda self: "property x", set_x)
    elif step == 2:
        del Point.x
    elif step == 3:
        def hook(self, name, value):
            print("setattr hook", name, value)
            object.__setattr__(self, name, value)
        Base.__setattr__ = hook
    elif step == 4:
        del Base.__setattr__
        Base.__getattr__ = lambda self, name: "getattr " + name
    elif step == 5:
        del Base.__getattr__
    p.x = step * 10
    p.kind = "instance " + str(step)
    print(step, p.x, p.kind, read(p), p.__dict__)
    del p.kind
    print(step, p.kind, getattr(p, "missing", "default"))
class Frozen(Point):
    @property
    def y(self):
        return self.x + 1
f = Frozen(5)
try:
    f.y = 3
except AttributeError as e:
    print("AttributeError:", e)
print(f.x, f.y)
