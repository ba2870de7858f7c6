# Indexing strings with positive and negative indices; immutability.
s = 'python'
print(s[0], s[5], s[-1], s[-6], s[len(s) - 1], s[-len(s)])
print([s[i] for i in range(-1, -7, -1)], ''.join(s[i] for i in range(0, 6, 2)))
print(type(s[0]).__name__, len(s[0]), s[0] == 'p', s[True])
for i in [6, -7, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    s[0] = 'P'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
t = 'P' + s[1:]
print(t, s)
