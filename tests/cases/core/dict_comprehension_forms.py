# Dict comprehensions: filters, nested loops, zip, enumerate, transforms and key collisions.
words = ['apple', 'banana', 'cherry', 'avocado', 'blueberry']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({i: w for i, w in enumerate(words) if i % 2 == 0})
print({k: v for k, v in zip('abc', range(10))})
print({(r, c): r * c for r in range(3) for c in range(3) if r <= c})
print({k: v * 2 for k, v in {'x': 1, 'y': 2}.items()}, {v: k for k, v in {'x': 1, 'y': 1}.items()})
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(5)})
print({c: [w for w in words if w.startswith(c)] for c in sorted({w[0] for w in words})})
print({x: {y: x * y for y in range(1, 3)} for x in range(1, 3)})
print({k: sum(v) for k, v in {'a': [1, 2], 'b': []}.items()})
d = {k: None for k in range(3)}
print(d, {**d, **{k: 'x' for k in range(2, 5)}})
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {{}: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
