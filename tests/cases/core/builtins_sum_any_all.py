# sum with start, any/all short-circuit and empty-iterable results.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 3), sum([True, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2]), sum([], start=0.0), sum(x for x in range(4)))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 5]), all(isinstance(x, int) for x in [1, True]), any('abc'), all(''))
seen = []
def check(v):
    seen.append(v)
    return v > 1
print(any(check(v) for v in [0, 2, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 0, 5]), seen)
for args in [(['a', 'b'],), (['a'], ''), ([1, 'x'],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
