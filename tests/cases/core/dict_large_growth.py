# Many insertions, deletions and re-insertions keep exact insertion order and lookups right.
d = {}
for i in range(2000):
    d[i * 7 % 2003] = i
print(len(d), list(d)[:8], d[7], d[14], d[1999 * 7 % 2003])
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:8], sum(d.values()))
for i in range(500):
    d[f's{i}'] = i
print(len(d), list(d)[-3:], d['s250'], 's500' in d)
for i in range(10000):
    d['tmp'] = i
    del d['tmp']
print(len(d), 'tmp' in d)
keys = [(i, str(i)) for i in range(300)]
t = dict.fromkeys(keys, 0)
for k in keys[::2]:
    t[k] += 1
print(sum(t.values()), t[(298, '298')], t[(299, '299')])
big = {10 ** 18 + i: i for i in range(100)}
print(big[10 ** 18 + 42], len(big), min(big) - 10 ** 18)
neg = {-i: i for i in range(-50, 50)}
print(neg[-1], neg[49], len(neg), list(neg)[:3])
try:
    d[2003]
except KeyError as e:
    print(type(e).__name__, e)
