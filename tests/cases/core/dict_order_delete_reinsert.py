# Insertion order: updates keep position, delete + reinsert moves to end; many deletions.
d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 100
print(list(d))
del d['a']
d['a'] = 1
print(list(d))
d.pop('b')
d['b'] = 2
print(d)
big = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-3:])
for i in range(0, 100, 3):
    big[i] = -i
print(list(big)[60:70], list(big)[-3:])
ordered = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    ordered[w] = ordered.get(w, 0) + 1
print(ordered)
e = {}
for i in range(20):
    e[i] = i
    if i % 2:
        del e[i - 1]
print(e)
f = dict.fromkeys('abcdef')
for k in 'bdf':
    f.pop(k)
f.update(dict.fromkeys('zb'))
print(list(f))
g = {5: 'five', 1: 'one', 3: 'three'}
print(list(g), list(g.items())[0], next(iter(g)), next(reversed(g)))
try:
    del g[2]
except KeyError as e:
    print(type(e).__name__, e)
