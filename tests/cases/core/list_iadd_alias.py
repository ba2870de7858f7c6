# += on lists mutates in place (aliases see it); + creates a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
def add_item(lst):
    lst += ['added']
    return lst
x = ['orig']
y = add_item(x)
print(x, y, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = 'ab'
s2 = s
s += 'c'
print(s, s2)
n = [0]
m = n
n = n * 2
print(n, m)
n2 = [0]
m2 = n2
n2 *= 2
print(n2, m2)
try:
    lst = [1]
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
