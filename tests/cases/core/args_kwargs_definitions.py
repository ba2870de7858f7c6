# *args and **kwargs in definitions: what they collect.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(c=0, a=-1, z='z'))
def collect(*args, **kwargs):
    return args, sorted(kwargs.items()), type(args).__name__, type(kwargs).__name__
print(collect(), collect(1, 'two', x=1, y=[2]))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def mutate(**kw):
    kw['added'] = True
    return kw
opts = {'x': 1}
print(mutate(**opts), opts)
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(start=10), total(1, 2, start=100))
def varargs_only(*args):
    return len(args)
print(varargs_only(), varargs_only(*range(50)), varargs_only([1, 2]))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    varargs_only(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(1, start=1, end=2)
except TypeError as e:
    print(type(e).__name__, e)
