# range objects: repr, len, indexing, in, equality, iteration.
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), repr(range(0)), str(range(1, 2)))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)), len(range(5, 0)))
print(list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(-3)), list(range(-3, 0)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(5, 0, -1)[1])
print(3 in r, 10 in r, -1 in r, 9 in range(0, 10, 3), 6 in range(0, 10, 3), 3.0 in r, 'a' in r)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 10, 2).index(5), range(10).count(3), sum(range(101)))
print(range(10 ** 20)[-1], len(range(10 ** 10)), 10 ** 19 in range(10 ** 20))
print(min(range(4, 9)), max(range(4, 9)), sorted(range(3), reverse=True), list(reversed(range(3))))
for bad in ['idx', 'step0', 'float', 'index']:
    try:
        if bad == 'idx':
            r[10]
        elif bad == 'step0':
            range(1, 2, 0)
        elif bad == 'float':
            range(1.5)
        else:
            r.index(42)
    except (IndexError, ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
