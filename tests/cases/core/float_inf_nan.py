# inf and nan: creation, arithmetic, comparisons, and conversions.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-inf), float('-NaN'), float('INF'), float('infinity'))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == float('inf'), max(1, inf), min(-inf, 0), sorted([1, -inf, inf, 0]))
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float('nan')
print(x == x, [x] == [x], x in [x], x in {x}, {x: 1}[x])
print(1e308 * 10, 1e308 + 1e308, -1e308 * 10, 10 ** 0.5, 1e-320 / 1e10)
print(round(2.5), abs(-inf), -(nan) != -(nan))
print(5 % inf, -5 % inf, 5 // inf)
for f in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: inf // 1 and round(nan)]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(inf % 5)
except ValueError as e:
    print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer(), (1.0).is_integer())
