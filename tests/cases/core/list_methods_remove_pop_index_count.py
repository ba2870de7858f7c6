# remove/pop/index/count.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(1), a.count(7), a.index(5), a.index(5, 5), a.index(5, 5, 9), a.index(3, -2))
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ['a', 'b'].index('b'))
b = ['x']
print(b.pop(), b)
for name, f in [('pop_empty', lambda: b.pop()), ('pop_range', lambda: a.pop(50)),
                ('remove_missing', lambda: a.remove(42)), ('index_missing', lambda: a.index(42)),
                ('index_bounds', lambda: a.index(3, 0, 0)), ('pop_str', lambda: a.pop('1'))]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
c = [1, 2, 3, 2, 1]
while 2 in c:
    c.remove(2)
print(c)
