# Generator expressions as arguments and their one-shot nature.
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), min((x for x in [3, 1]), default=0))
print(any(x > 5 for x in [1, 7]), all(x > 0 for x in []), list(x for x in 'ab'), tuple(i for i in range(3)))
print(sorted((x % 3, x) for x in range(6)), dict((k, len(k)) for k in ['aa', 'b']), set(c for c in 'aab') == {'a', 'b'})
g = (x for x in range(3))
print(type(g).__name__, list(g), list(g))
print(' '.join(str(n) for n in range(5)), ''.join(c.upper() for c in 'abc' if c != 'b'))
nested = ((i, j) for i in range(2) for j in range(2) if i != j)
print(list(nested))
total = 0
for v in (x * 2 for x in [1, 2, 3]):
    total += v
print(total)
print(sum(1 for _ in 'hello'), next((i for i, c in enumerate('hello') if c == 'l'), -1))
print(next((i for i, c in enumerate('abc') if c == 'z'), -1))
try:
    next(x for x in [])
except StopIteration as e:
    print(type(e).__name__)
try:
    sum(x for x in [1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
