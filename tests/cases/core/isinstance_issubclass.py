# isinstance/issubclass with tuples, builtin types and user hierarchies.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance(b's', str), isinstance([], (list, tuple)), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(b, object))
print(issubclass(bool, int), issubclass(int, float), issubclass(dict, object), issubclass(type, object))
print(isinstance(b, (int, (str, (A,)))), isinstance(3, (str, (int,))))
def kind(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, (list, tuple)):
        return 'sequence'
    return type(x).__name__
print([kind(v) for v in [True, 3, 2.5, [1], (1,), 'x', None, {}]])
for args in [(b, 'A'), (b, [A])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
