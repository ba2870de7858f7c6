from collections import Counter

a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(a=1, b=2, c=1, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+a, -a)
print(+Counter(), -Counter(x=-1))
print(a + Counter(), Counter() - a)
for op in ("+", "-", "&", "|"):
    try:
        eval("a " + op + " {'a': 1}")
    except TypeError as e:
        print(op, type(e).__name__, e)
print(type(a + b).__name__, (a + b) is a)
print(list((a | b).keys()), list((b | a).keys()))
print(list((a & b).keys()), list((b & a).keys()))
