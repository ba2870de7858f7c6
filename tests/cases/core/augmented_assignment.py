# Augmented assignment on names, attributes, subscripts; evaluation order.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7; x |= 8; x &= 12; x ^= 5; x <<= 2; x >>= 1
print(x)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 2
print(b.v)
d = {'a': 1}
d['a'] += 1
d.setdefault('b', 0)
d['b'] -= 5
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print(lst)
calls = []
def key():
    calls.append('key')
    return 'n'
counts = {'n': 0}
counts[key()] += 1
print(counts, calls)
s = 'a'
s += 'b'; s *= 2
print(s)
f = 1.5
f += 1; f /= 2
print(f)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    d['missing'] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    t = (1,)
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
