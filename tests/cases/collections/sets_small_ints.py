s = {5, 3, 9, 1, 7, 0, 2}
print(s)
print({100, 10, 1, 1000, 0})
print(set(range(20, 0, -3)))
print({-1, -2, -3, 1, 2, 3})
print({8, 16, 32, 64, 128})
t = {31, 63, 95, 127}
print(t, list(t))
t.add(7)
print(t)
u = set()
for i in (33, 1, 65, 97):
    u.add(i)
print(u)
print(frozenset([40, 8, 24]))
print({1, 2, 3} | {35, 67}, {4, 36} ^ {68, 4})
try:
    {1, 2}.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
