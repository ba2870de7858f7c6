# range with negative steps and slicing of ranges.
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, 10, -1)), list(range(-1, -10, -4)))
r = range(20, 2, -3)
print(r, len(r), list(r), r[0], r[-1], r[2:4], list(r[2:4]), 11 in r, 12 in r)
s = range(10)
print(s[2:8], s[::2], s[::-1], s[8:2:-2], s[-3:], s[:100], s[100:])
print(list(s[::-1]), list(s[8:2:-2]), s[::-1][0], range(0, 10, 2)[::-1])
print(range(1, 10, 2)[1::2], list(range(1, 10, 2)[1::2]), len(s[::3]))
for i in range(3, -1, -1):
    print(i, end=' ')
print()
print([i for i in range(100, 0, -25)], sum(range(10, 0, -2)))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
