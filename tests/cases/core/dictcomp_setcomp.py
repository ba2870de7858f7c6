# Dict and set comprehensions: key collisions, swapping, nested values.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3])}, {v: k for k, v in {'a': 1, 'b': 2}.items()})
print({n % 3: n for n in range(10)}, {len(w): w for w in ['aa', 'b', 'cc', 'ddd']})
print({c: 'hello'.count(c) for c in 'hello'}, {(i, i + 1): None for i in range(2)})
print({k: [j for j in range(k)] for k in range(4)})
print({i % 5 for i in range(20)}, {s.lower() for s in 'aAbB'} == {'a', 'b'})
calls = []
def key(v):
    calls.append(('k', v))
    return v
def val(v):
    calls.append(('v', v))
    return v
d = {key(i): val(i * 10) for i in range(2)}
print(d, calls)
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in ['ab', 'c']}
except ValueError as e:
    print(type(e).__name__, e)
