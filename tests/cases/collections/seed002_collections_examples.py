# Seed 002 §7.4 and §11.8–11.12: the collections and typing examples, with CPython's output.
from collections import defaultdict, Counter, ChainMap
from typing import TypedDict
data = [("Alice", 90), ("Bob", 85), ("Alice", 95), ("Bob", 88)]
groups2 = defaultdict(list)
for name, score in data:
    groups2[name].append(score)
print(dict(groups2))
word_count = defaultdict(int)
for word in "the quick brown fox jumps over the lazy dog".split():
    word_count[word] += 1
print(dict(word_count))
grouped = defaultdict(list)
for subject, score in [("math", 90), ("eng", 85), ("math", 92), ("eng", 88)]:
    grouped[subject].append(score)
print(dict(grouped))   # {'math': [90, 92], 'eng': [85, 88]}
c = Counter("mississippi")
print(c)                        # ties keep first-seen order: i before s
print(c.most_common(2))
print(c["s"], c["z"])
class Movie(TypedDict):
    title: str
    year: int
    rating: float
m: Movie = {"title": "Inception", "year": 2010, "rating": 8.8}
print(m["title"], isinstance(m, dict), type(m).__name__)
defaults = {"color": "blue", "user": "guest"}
environ = {"user": "alice"}
config = ChainMap(environ, defaults)
print(config["user"], config["color"])
print(list(config.keys()))      # iteration goes from the last map to the first
try:
    config["missing"]
except KeyError as e:
    print(type(e).__name__, e)
