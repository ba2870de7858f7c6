# del on names, list items, dict keys, attributes and slices.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
a = b = [1]
del a
print(b)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
