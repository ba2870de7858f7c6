# del with indexes and slices, including extended slices.
a = list(range(10))
del a[0]; print(a)
del a[-1]; print(a)
del a[2:4]; print(a)
del a[::2]; print(a)
del a[100:]; print(a)
del a[:]; print(a, len(a))
b = list('abcdefgh')
del b[::-3]; print(b)
del b[1:-1]; print(b)
c = [1, 2, 3]
del c[5:10]
print(c)
x = [1, 2]
y = x
del x
print(y)
try:
    del c[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del c['a']
except TypeError as e:
    print(type(e).__name__, e)
