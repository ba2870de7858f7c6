# min/max with iterables, multiple args, key=, default=; ties return the first.
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min('hello'), max('apple', 'banana'), max(range(5)))
words = ['pear', 'fig', 'banana', 'kiwi', 'plum']
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([], default='empty'), min((), default=None), max([5], default=0), max([1, 2], key=lambda x: -x))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(max([2, 3, 3.0], key=lambda v: v), max([3.0, 3]), min([0, False]), max(True, 1))
ties = [('a', 1), ('b', 2), ('c', 2), ('d', 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: t[1]))
print(max(-1, -5, key=abs), min(x * x for x in range(-3, 3)), max('b', 'B', key=str.lower))
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, 'a']), lambda: max(1, 2, default=0)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
