# math exp/log/trig/hypot/fsum/prod.
import math
print(math.exp(0), math.exp(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.pow(2, 10), math.pow(2, 0.5), math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.tan(0))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.asin(1), math.acos(1), math.atan(1))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=3))
print(math.log(2 ** 1000) / math.log(2), math.exp(-math.inf), math.sqrt(math.inf))
for f in [lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.log(10, 1)]:
    try:
        print(f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
