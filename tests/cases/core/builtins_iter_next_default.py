# next() with defaults; iter() with a sentinel callable.
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, 'again'))
vals = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(lambda: next(vals), 'STOP')), next(vals))
state = {'n': 0}
def tick():
    state['n'] += 1
    return state['n']
print(list(iter(tick, 4)))
def first(iterable, pred, default=None):
    return next((x for x in iterable if pred(x)), default)
print(first(range(10), lambda x: x > 6), first([], bool, 'none'), first('abc', str.isupper))
g = (i * i for i in range(3))
print(next(g), next(g), next(g), next(g, 'exhausted'))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, e.args)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
