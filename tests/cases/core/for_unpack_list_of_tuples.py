# `for a, b in list_or_tuple`: the items of each tuple go straight to the
# targets; other shapes and lengths take the general unpacking.
pairs = [("a", 1), ("b", 2), ("c", 3)]
for k, v in pairs:
    print(k, v)
print(k, v)

# Targets that are not plain locals.
d = {}
class O:
    pass
o = O()
for d["key"], o.attr in [(1, 2), (3, 4)]:
    print(d, o.attr)

# Nested and starred targets, lists as items, a tuple of tuples.
for (a, b), c in ((("x", "y"), 1), (("z", "w"), 2)):
    print(a, b, c)
for first, *rest in [(1, 2, 3), [4, 5], (6,)]:
    print(first, rest)
for a, b in [[1, 2], "xy", {3: 0, 4: 0}]:
    print(a, b)

# The old values are released as the loop rebinds them.
def f():
    for x, y in [(i, [i]) for i in range(3)]:
        pass
    return x, y
print(f())

# The list grows during the loop: the loop sees the new items.
grow = [(0, 0)]
for i, j in grow:
    if i < 3:
        grow.append((i + 1, j - 1))
print(grow)

# A length mismatch is the usual error, raised at the right item.
try:
    for a, b in [(1, 2), (1, 2, 3)]:
        print("ok", a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b, c in [(1, 2)]:
        pass
except ValueError as e:
    print("ValueError:", e)
for a, b in [(1, 2), (3,)]:
    print(a, b)
