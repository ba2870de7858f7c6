# bool is a subclass of int: arithmetic, repr, comparisons and conversions.
t, f = True, False
print(t, f, repr(t), str(f), type(t).__name__)
print(t + t, t * 10, t - f, -t, t / 2, t // 2, t % 2, t ** 5)
print(t & f, t | f, t ^ t, type(t & f).__name__, type(t + f).__name__)
print(t == 1, f == 0, t is True, 1.0 == t, isinstance(t, int), issubclass(bool, int))
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(''), bool(' '), bool([]), bool([0]))
print(bool({}), bool({0: 0}), bool(()), bool(None), bool(range(0)), bool(range(1)))
print(int(True), float(False), str(True).upper(), hex(True))
print(True < 2, False < True, sorted([True, 0, -1, False, 1]))
print([10, 20][True], 'ab'[False])
print(not 0, not 'x', not [], not not 5)
print(t and 'yes', f and 'yes', f or 'no', t or 'no', 0 or '' or None, 1 and 2 and 3)
print(True.real, True.imag, True.numerator, (5 > 3) + (2 > 1))
print({True: 'a', 1: 'b'}, {False: 'x', 0.0: 'y'})
try:
    print(True / False)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool('False'), bool('0'))
