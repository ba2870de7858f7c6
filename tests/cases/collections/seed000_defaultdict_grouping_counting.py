# Seed 000, "defaultdict — No More KeyError": grouping words and counting with and without defaultdict.
from collections import defaultdict

# Group words by their first letter
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']

# Without defaultdict — verbose
groups = {}
for word in words:
    if word[0] not in groups:   # check before every append
        groups[word[0]] = []
    groups[word[0]].append(word)
print(groups)

# With defaultdict — clean
groups = defaultdict(list)     # list() called for every new key
for word in words:
    groups[word[0]].append(word)  # KeyError impossible

print(dict(groups))
# {'a': ['apple', 'avocado', 'apricot'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}

# Count occurrences
counts = defaultdict(int)     # int() returns 0
for word in words:
    counts[word[0]] += 1
print(dict(counts))  # {'a': 3, 'b': 2, 'c': 1}

# The factory runs only on bracket access, not on get() or `in`
print(counts.get('z'), 'z' in counts, len(counts))
print(counts['z'], 'z' in counts, len(counts))
print(groups)
try:
    plain = {}
    plain['a'].append('x')
except KeyError as e:
    print(type(e).__name__, e)
