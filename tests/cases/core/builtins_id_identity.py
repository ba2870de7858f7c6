# id() is only meaningful in comparisons: same object, same id.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
d = {}
def same(x):
    return x
print(id(same(d)) == id(d), id(d.setdefault('k', a)) == id(a))
s = {}
key = (1, 2)
s[key] = 'v'
print(id(next(iter(s))) == id(key))
x = [1]
y = x
x.append(2)
print(id(x) == id(y), y)
x = x + [3]
print(id(x) == id(y), y, x)
class K:
    pass
k = K()
print(id(k) == id(k), type(id(k)).__name__, id(k) > 0)
objs = [K() for _ in range(5)]
print(len({id(o) for o in objs}))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
