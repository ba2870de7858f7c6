# Sorting dicts by key and by value, ties, top-n, and rebuilding ordered dicts.
scores = {'ann': 88, 'bob': 95, 'cid': 88, 'dee': 70, 'eve': 95}
print(sorted(scores), sorted(scores.values()), sorted(scores.items()))
print(sorted(scores, key=scores.get), sorted(scores, key=scores.get, reverse=True))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
by_value = dict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(by_value, list(by_value)[:2])
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print({k: scores[k] for k in sorted(scores, key=lambda k: (scores[k], k))})
words = 'b a c b a b'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: kv[1], reverse=True)[:2])
mixed = {'x': 1, 'y': 'two'}
try:
    sorted(mixed.items(), key=lambda kv: kv[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted({1: 'a', 'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
