# "takes N positional arguments but M were given" in its variations.
def f(a, b):
    return a
def g(a, b=0):
    return a
def h():
    return 0
def k(a, *, b):
    return a
class C:
    def m(self, x):
        return x
    def n(self):
        return 0
tests = [lambda: f(1, 2, 3), lambda: g(1, 2, 3), lambda: h(1), lambda: k(1, 2), lambda: k(1, 2, b=3),
         lambda: C().m(1, 2), lambda: C().n(1), lambda: C(1), lambda: len(1, 2), lambda: abs()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
