# Set displays and comprehensions; {} is a dict, set() is the empty set.
s = {x % 4 for x in range(20)}
print(s, type({}).__name__, type(set()).__name__, set(), {1, 2, 2, 3})
print({x * x for x in range(-3, 4)}, {c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'})
print({1, True, 1.0}, {0, False}, {(1, 2), (1, 2)}, len({None, None}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens, sorted(evens, reverse=True))
print({*range(3), *[10, 11]}, {*'aa'} == {'a'})
print(set([3, 2, 1]) == {1, 2, 3}, set('ab') | set('bc') == {'a', 'b', 'c'})
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
try:
    {x for x in 5}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
