# Ends with an uncaught KeyError from a defaultdict whose factory is None.
from collections import defaultdict
counts = defaultdict(int)
counts['a'] += 1
print(dict(counts))
counts.default_factory = None
try:
    counts['b'] += 1
except KeyError as e:
    print('caught:', type(e).__name__, e)
print(counts.get('b', 0), dict(counts))
counts['c'] += 1
