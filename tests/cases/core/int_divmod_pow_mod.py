# divmod and three-argument pow, including modular inverse.
for a in [17, -17, 0, 5, 100]:
    for b in [5, -5, 1]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 3))
print(pow(3, 4, 5), pow(3, -1, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, 10 ** 6, 1000), pow(0, 0, 7), pow(5, 1, 1))
print(pow(-3, 3, 10), pow(-3, 3, -10))
print(type(divmod(7, 2)).__name__, divmod(True, 2))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
