# Operator precedence and associativity.
print(2 + 3 * 4 ** 2, (2 + 3) * 4, 2 ** -1, -2 ** 2, not 1 == 2, 1 + 2 == 3)
print(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 & 2, 1 << 2 + 1, 10 - 2 - 3, 2 ** 2 ** 3, 100 // 10 // 3)
print(5 > 3 and 2 > 1 or False, not True and False, not (True and False), True or False and False)
print(-3 % 5, -(3 % 5), ~1 + 1, ~(1 + 1), 3 * -1, 2 * 3 // 4, 2 * (3 // 4))
print(1 if 0 else 2 + 3, (1 if 0 else 2) + 3, 'a' 'b' * 2, ('a' + 'b') * 2)
print([1, 2] * 2 + [3], 4 in [1, 4] == True, (4 in [1, 4]) == True, not 0 in [1])
x = 3
print(x == 3 or x == 4, x in (3, 4), x > 2 == True, -x ** 2, (-x) ** 2)
print((lambda: 0 if False else 1)(), (lambda x: x or 5)(0))
try:
    print(1 + 2 * 'a')
except TypeError as e:
    print(type(e).__name__, e)
