# Messages for missing arguments, including methods (qualified names).
def f(x):
    return x
def g(a, b, c):
    return a
def k(*, key, other):
    return key
class C:
    def m(self, v):
        return v
    @staticmethod
    def s(v):
        return v
tests = [lambda: f(), lambda: g(1), lambda: g(), lambda: k(), lambda: k(key=1),
         lambda: C().m(), lambda: C.m(C()), lambda: C.s(), lambda: C.m(), lambda: C()(1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def outer():
    def inner(q):
        return q
    return inner
try:
    outer()()
except TypeError as e:
    print(type(e).__name__, e)
