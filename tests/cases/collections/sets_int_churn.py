s = set(range(10))
for i in range(0, 10, 2):
    s.discard(i)
for i in (40, 20, 100):
    s.add(i)
print(s)
g = set()
for i in range(50):
    g.add(i * 7)
for i in range(0, 350, 14):
    g.discard(i)
print(g)
r = {i * 8 for i in range(12)}
r -= {0, 32, 64}
r |= {1, 9, 17}
print(r)
print({3, 11, 19} & {19, 11, 27, 3}, {3, 11, 19} - {11})
p = {1, 2, 3}
while p:
    print(p.pop(), end=" ")
print()
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
print(sorted({5, 1, 3}), list({300, 200, 100}))
