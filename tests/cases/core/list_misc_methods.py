# copy, reverse, clear, list() constructor, len, in, nested lists.
a = [3, 1, 2]
b = a.copy()
b.append(4)
print(a, b)
a.reverse(); print(a, a.reverse(), a)
c = a
a.clear()
print(a, c, len(c))
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'k': 1, 'j': 2}), list({'k': 1}.items()))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(list([1])))
print(2 in [1, 2, 3], 4 not in [1, 2], [1] in [[1], [2]], 'a' in ['abc'])
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, len(m), len(m[0]), sum(len(r) for r in m), [x for r in m for x in r])
print([1, 2, 3][-1], [[1, 2], [3]][0][-1], [None] * 2)
print(list.__name__, type([]).__name__, isinstance([], list))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].no_such()
except AttributeError as e:
    print(type(e).__name__, e)
