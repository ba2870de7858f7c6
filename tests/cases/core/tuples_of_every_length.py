# Pairs are stored inside the tuple object and other lengths apart: tuples of
# every length, however they were made, must behave alike.
made = [
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    tuple([]), tuple([1]), tuple([1, 2]), tuple(range(1, 4)),
    tuple("ab"), tuple({"a": 1, "b": 2}), tuple(x for x in (1, 2)),
    (1, 2)[:2], (1, 2, 3)[:2], (0, 1, 2)[1:], (1,) + (2,), () + (1, 2),
    (1, 2) * 1, (1,) * 2, divmod(7, 2), next(iter({1: 2}.items())),
    next(enumerate("x")), next(zip("a", "b")), next(zip("a", "b", "c")),
    {"k": 1}.popitem(), (1.5).as_integer_ratio(), "a=b".partition("="),
]
for t in made:
    print(repr(t), len(t), list(t), t == tuple(list(t)), hash(t) == hash(tuple(list(t))))
pairs = [t for t in made if len(t) == 2]
print(sorted(pairs, key=repr))
print((1, 2) == tuple([1, 2]), (1, 2) < (1, 2, 3), (1, 3) > (1, 2, 9), (1, 2) in {tuple([1, 2]): 0})
a, b = (x for x in "xy")
c, d = tuple(["p", "q"])
(e, f), g = (1, 2), 3
print(a, b, c, d, e, f, g)
d2 = {(i, i * i): i for i in range(4)}
print(d2[(2, 4)], d2[tuple([3, 9])], (1, 1) in d2, list(d2))
for k, v in [(1, "one"), tuple([2, "two"]), (3, "three")[:2]]:
    print(k, v, end="; ")
print()
t = (1, [2])
t[1].append(3)
print(t, t.count(1), t.index([2, 3]), t[-1], t[0:1], t[::-1])
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
nested = ((1, 2), ((3, 4), (5, 6)))
print(nested, nested[1][0][1], len(nested[1]))
print(max((1, 2), (1, 3)), min([(2, "b"), (2, "a")]), sorted({(2, 1), (1, 2)}))
