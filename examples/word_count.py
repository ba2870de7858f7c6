# Counts words with a dict, then shows the most frequent ones.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over the hill"""

counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>6} {n}")

by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
print({k: sorted(v) for k, v in sorted(by_length.items())})
