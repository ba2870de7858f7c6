# Exponentiation: int results, negative exponents give floats, right associativity.
print(2 ** 0, 2 ** 1, 2 ** 10, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -2, type(2 ** -1).__name__)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1 ** 2)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3), 2.0 ** 10, 1.5 ** 2)
print(pow(2, 10), pow(2, -1), pow(7, 2, 5), pow(-7, 2, 5), pow(7, -1, 5))
print(pow(3, 0, 1), pow(123456789, 987654321, 1000000007))
print(pow(2, 100, 10 ** 9), pow(5, 3, -7), pow(True, 5))
print(10 ** 18, 10 ** 19, 3 ** 40)
x = 3
x **= 4
print(x)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
try:
    print(0 ** -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
