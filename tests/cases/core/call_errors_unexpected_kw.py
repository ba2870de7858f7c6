# Unexpected keyword arguments and keyword/positional mismatches.
def f(x, y=1):
    return x + y
class A:
    def __init__(self, a):
        self.a = a
    def method(self, b):
        return b
tests = [lambda: f(1, z=3), lambda: f(x=1, yy=2), lambda: A(1).method(c=1), lambda: A(b=2),
         lambda: f(1, 2, **{'w': 0}), lambda: (lambda: 0)(q=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(x=1, y=2), f(y=5, x=1), A(a=3).a)
