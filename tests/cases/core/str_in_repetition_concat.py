# Membership, repetition and concatenation of strings.
s = 'hello world'
print('lo' in s, 'low' in s, '' in s, '' in '', 'H' in s, 'hello world!' in s, 'o w' not in s)
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, repr('' * 5), '-' * 20)
print('a' + 'b' + 'c', 'x' + '', s + '!' * 3)
t = 'ab'
t *= 2
t += 'c'
print(t, len(t))
print(''.join(['x'] * 4), 'na' * 4 + ' batman')
parts = []
for i in range(4):
    parts.append(str(i) * i)
print(parts, '+'.join(parts))
try:
    'ab' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    'ab' * 'c'
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + None
except TypeError as e:
    print(type(e).__name__, e)
