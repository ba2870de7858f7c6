# str.count: non-overlapping, bounds, empty substring.
s = 'mississippi'
print(s.count('s'), s.count('ss'), s.count('issi'), s.count('x'), s.count(''), ''.count(''))
print(s.count('s', 4), s.count('s', 4, 6), s.count('i', -4), s.count('p', 0, -1))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'abab'.count('ab', 1), 'hello'.count('l', 10))
text = 'to be or not to be that is the question'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({c: s.count(c) for c in sorted(set(s))})
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count('s', 'a')
except TypeError as e:
    print(type(e).__name__, e)
