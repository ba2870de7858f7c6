# Seed 000 interview question: grouping without defaultdict (setdefault, get, try/except).
records = [('eng', 'ann'), ('ops', 'bob'), ('eng', 'cid'), ('hr', 'dee'), ('ops', 'eve')]
g1 = {}
for dept, name in records:
    g1.setdefault(dept, []).append(name)
g2 = {}
for dept, name in records:
    g2[dept] = g2.get(dept, []) + [name]
g3 = {}
for dept, name in records:
    try:
        g3[dept].append(name)
    except KeyError:
        g3[dept] = [name]
print(g1)
print(g1 == g2 == g3)
from collections import defaultdict
g4 = defaultdict(list)
for dept, name in records:
    g4[dept].append(name)
print(g4 == g1, g4)
by_len = {}
for dept, names in g1.items():
    by_len.setdefault(len(names), []).append(dept)
print(by_len)
try:
    g1['finance'].append('x')
except KeyError as e:
    print(type(e).__name__, e)
