# Counter arithmetic: + - & | drop non-positive counts; unary +/-; in-place forms.
from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b, a - b, b - a, a & b, a | b)
print(+a, -a, Counter() + Counter())
x = Counter(p=2)
x += Counter(p=-5, q=1)
print(x)
y = Counter(p=2, r=1)
y -= Counter(p=1)
print(y)
z = Counter(a=5)
z &= Counter(a=2, b=9)
print(z)
w = Counter(a=1)
w |= Counter(a=3, b=-1)
print(w)
print(sum([Counter('ab'), Counter('bc')], Counter()))
for bad in [lambda: a + {'a': 1}, lambda: a - 1, lambda: a & [1]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
