# Floor division and modulo follow the sign of the divisor (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(-1 // 3, -1 % 3, 5 % -3, -5 % -3)
print(10 ** 20 // -3, -(10 ** 20) % 7)
print(-9 // 4.0, -9 % 4.0, divmod(-9, 4.0))
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(3 % 1, 3.5 % 1, -3.5 % 1, -0.0 % 5)
print((-3) % 256, 255 % -256)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5.0 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5.0, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
