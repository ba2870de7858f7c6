# Inverting dicts: one-to-one, many-to-one grouping, and unhashable values.
colors = {'red': '#f00', 'green': '#0f0', 'blue': '#00f'}
inv = {v: k for k, v in colors.items()}
print(inv, inv['#0f0'])
print(dict(zip(colors.values(), colors.keys())) == inv)
grades = {'ann': 'A', 'bob': 'B', 'cid': 'A', 'dee': 'C', 'eve': 'B'}
lossy = {v: k for k, v in grades.items()}
print(lossy)
groups = {}
for name, g in grades.items():
    groups.setdefault(g, []).append(name)
print(groups, {g: len(n) for g, n in groups.items()})
print(dict(sorted(groups.items())))
double = {k: v for k, v in inv.items()}
back = {v: k for k, v in double.items()}
print(back == colors)
tags = {'post1': ['py', 'rust'], 'post2': ['py']}
by_tag = {}
for post, ts in tags.items():
    for t in ts:
        by_tag.setdefault(t, []).append(post)
print(by_tag)
try:
    {v: k for k, v in tags.items()}
except TypeError as e:
    print(type(e).__name__, e)
print({tuple(v): k for k, v in tags.items()})
