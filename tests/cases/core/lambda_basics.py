# Lambdas: defaults, closures, immediate calls, as keys, in data structures.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'called')(), (lambda *a, **k: (a, k))(1, x=2))
print(sq.__name__, type(sq).__name__, callable(sq))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda v: v + 1, [1, 2])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
kw = lambda *, k: k
print(kw(k=5))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(5)
except TypeError as e:
    print(type(e).__name__, e)
