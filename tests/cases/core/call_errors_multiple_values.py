# "got multiple values for argument" and related.
def f(a, b=2):
    return a, b
class C:
    def m(self, x):
        return x
tests = [lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: f(*[1, 2], **{'a': 0}), lambda: C().m(1, x=2),
         lambda: C().m(self=1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(f(b=3, a=1), f(1, b=3))
