# map and filter are lazy iterators; filter(None, ...) keeps truthy values.
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(map(int, '123')), sum(map(int, '1 2 3'.split())), list(map(str.upper, 'ab')))
m = map(lambda x: print('mapping', x) or x * 10, [1, 2])
print('map created', type(m).__name__)
print(next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2')
print(type(f).__name__, list(f))
print(list(map(max, [1, 5], [4, 2], [3, 3])), dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())))
print(list(map(abs, filter(lambda v: v < 0, [-3, 1, -2]))))
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
