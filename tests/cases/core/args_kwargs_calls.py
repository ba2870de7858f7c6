# Unpacking iterables and mappings into calls; mixing with explicit arguments.
def show(a, b, c=0, *rest, **kw):
    return f'a={a} b={b} c={c} rest={rest} kw={kw}'
print(show(*[1, 2]))
print(show(*(1, 2, 3, 4, 5)))
print(show(**{'a': 1, 'b': 2}))
print(show(1, *[2], **{'c': 3, 'z': 26}))
print(show(*'xy', *'z', k=1, **{'j': 2}))
print(show(1, **{'b': 2}, c=3))
args, kwargs = (10,), {'b': 20, 'extra': True}
print(show(*args, **kwargs))
print(max(*[3, 1, 2]), print(*['a', 'b'], sep='-'), dict(**{'a': 1}, b=2))
d1, d2 = {'a': 1}, {'b': 2}
print(show(**d1, **d2))
try:
    show(**d1, **{'a': 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 'int key'})
except TypeError as e:
    print(type(e).__name__, e)
