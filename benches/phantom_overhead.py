# Subscript-heavy program for measuring the phantom-key check (see benches/README.md).
from collections import defaultdict
d = defaultdict(int)
plain = {}
for i in range(20000):
    k = i % 97
    d[k] += 1
    plain[k] = d[k] + plain.get(k, 0)
    if d[k] > 3:
        plain[k] -= 1
print(sum(d.values()), sum(plain.values()))
