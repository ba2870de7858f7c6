# Filters (if clauses) and conditional expressions inside comprehensions.
nums = range(-5, 6)
print([n for n in nums if n > 0], [n for n in nums if n % 2 if n > 0], [n for n in nums if n > 0 and n % 2 == 0])
print([n if n >= 0 else -n for n in nums], ['fizz' if n % 3 == 0 else n for n in range(1, 7)])
print([c for c in 'Hello World' if c.isupper()], [w for w in 'a bb ccc'.split() if len(w) > 1])
print({k: v for k, v in {'a': 1, 'b': None, 'c': 3}.items() if v is not None})
print({n % 3 for n in range(10) if n > 4}, sum(x for x in range(10) if x % 3 == 0))
people = [('ann', 31), ('bob', 17), ('cid', 45), ('dee', 12)]
adults = [name.title() for name, age in people if age >= 18]
print(adults, [name for name, age in people if not age >= 18])
print([x for x in [0, 1, '', 'a', None, [], [0]] if x])
def check(v):
    if v == 3:
        raise ValueError(f'bad value {v}')
    return v % 2 == 0
try:
    print([v for v in range(5) if check(v)])
except ValueError as e:
    print(type(e).__name__, e)
