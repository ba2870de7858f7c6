# type(x).__name__ for builtin values, and type() comparisons.
values = [None, True, 1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, frozenset(), range(1), slice(1),
          len, print, lambda: 0, iter([]), iter({}), (x for x in []), {}.keys(), {}.values(),
          {}.items(), zip(), map(abs, []), enumerate([]), reversed([]), int, type, object(), NotImplemented, ...]
for v in values:
    print(type(v).__name__, end=' ')
print()
class K: pass
print(type(K()).__name__, type(K).__name__, type(type).__name__, type(1) == int, type(True) == int)
print(type('x')('abc'), type(5)('7') + 1, type([])(), type(3.0).__name__)
print(int.__name__, str.__name__, dict.__name__, K.__name__, K.__qualname__)
def f():
    class Inner:
        pass
    return Inner
print(f().__name__, f().__qualname__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(type(None)(1))
except TypeError as e:
    print(type(e).__name__, e)
