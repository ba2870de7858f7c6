# Arbitrary precision ints: growth past 64 bits, mixed small/big arithmetic.
big = 2 ** 100
print(big, big + 1, big - 2 ** 99, big * big)
print(2 ** 64, 2 ** 63 - 1, -2 ** 63, 2 ** 64 - 1 + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
print(abs(-9223372036854775808), -(-9223372036854775808))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(f // 10 ** 20, f % 10 ** 20, divmod(f, 7 ** 20))
print(big // -3, big % -3, -big // 3, -big % 3)
print(big == 2 ** 100, big > 2 ** 99, big < -big, big != big + 1)
print(big >> 90, big << 3, big & (big - 1), big | 1, big ^ big)
print(~big, -big >> 1, (-big) & 0xFF)
print(int('123456789012345678901234567890') * 3)
print(10 ** 30 // 7, 10 ** 30 / 4)
print(pow(3, 200) % 1000, pow(3, 200, 1000))
print(hex(big), oct(2 ** 70), bin(2 ** 70 + 1))
print(str(-(10 ** 25)), repr(10 ** 25))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
x = 1
for _ in range(200):
    x = x * 3 + 1
print(x % 1000000007, x > 10 ** 95)
print(sum([2 ** 62] * 8), max(2 ** 70, 2 ** 69), sorted([2 ** 65, -2 ** 65, 0]))
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == 2.0 ** 53 + 1, float(2 ** 80))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7)
