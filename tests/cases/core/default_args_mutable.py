# Default values are evaluated once at definition time: the mutable default gotcha.
def append_bad(v, lst=[]):
    lst.append(v)
    return lst
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst
print(append_good(1), append_good(2))
n = 10
def show(v=n):
    return v
n = 20
print(show(), show(5))
calls = []
def make_default():
    calls.append('made')
    return 'D'
def f(a=make_default()):
    return a
print(calls, f(), f(), calls)
def memo(k, cache={}):
    if k not in cache:
        cache[k] = k * k
    return cache
memo(2); memo(3)
print(memo(4))
print(append_bad.__defaults__, f.__defaults__)
def g(a, b=2, c=3):
    return a, b, c
print(g(1), g(1, c=30), g(1, 20), g(c=0, a=-1))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
