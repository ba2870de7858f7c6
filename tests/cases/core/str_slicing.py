# String slicing: bounds are clamped, steps can be negative.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1], s[2::-1], s[:2:-1])
print(repr(s[100:]), s[-100:3], s[3:100], s[::100], s[10:0:-3], repr(s[0:0]))
print(s[slice(2, 8, 3)], s[slice(None, None, -3)], s[slice(4)])
print('hello'[1:-1], 'racecar' == 'racecar'[::-1], 'x'[::-1], ''[::-1] == '')
i, j = 2, 6
print(s[i:j], s[:i] + s[i:] == s, len(s[i:j]) == j - i)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
