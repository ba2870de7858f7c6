# Float arithmetic, mixed int/float, and methods.
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 2.5 * 4, 7.0 // 2, 7.5 % 2)
print(1 / 3 * 3, 10 / 4, -10 / 4, 3 + 4.0, 3 * 1.0, 6 / 3, 2 ** 0.5 * 2 ** 0.5)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 0.1 + 0.7)
print(abs(-2.5), -(-0.0), -0.0 == 0.0, 0.0 - 0.0, -0.0 + 0.0, -0.0 * 1)
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.5).hex())
print(float.fromhex('0x1.8p1'), (3.0).real, (1.5).conjugate())
x = 1.0
for _ in range(10):
    x += 0.1
print(x, round(x, 10), x == 2.0)
print(sum([0.1] * 10), 1e-3 * 1e3, 3.0 * 0.1)
print(int(2.9999999999999996), int(1e20), int(-1e-10))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
y = 10
y /= 4
print(y, type(y).__name__)
y //= 1.0
print(y)
try:
    (1.5).as_integer_ratio() and float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 + None)
except TypeError as e:
    print(type(e).__name__, e)
