# len() of builtins, enumerate with start, range in loops.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 2}), len(range(0, 10, 3)), len(b'xy'), len(''))
for i, ch in enumerate('abc'):
    print(i, ch, end='; ')
print()
print(list(enumerate(['x', 'y'], start=1)), list(enumerate('ab', 10)), list(enumerate([], 5)))
print(list(enumerate(range(3), -1)), dict(enumerate('xyz')))
e = enumerate('pq')
print(type(e).__name__, next(e), list(e))
for idx, (k, v) in enumerate({'a': 1, 'b': 2}.items(), start=1):
    print(idx, k, v)
total = 0
for i in range(1, 11):
    total += i
print(total, list(range(3)), [i * 2 for i in range(-2, 3)])
for bad in [5, None, 3.5]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate('a', start='1')
except TypeError as e:
    print(type(e).__name__, e)
