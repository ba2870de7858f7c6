# Typical defaultdict uses: adjacency lists, index building, counting pairs, set grouping.
from collections import defaultdict
edges = [('a', 'b'), ('a', 'c'), ('b', 'c'), ('c', 'a'), ('d', 'a')]
graph = defaultdict(list)
for src, dst in edges:
    graph[src].append(dst)
print(dict(graph), graph['z'], sorted(graph))
indeg = defaultdict(int)
for _, dst in edges:
    indeg[dst] += 1
print(sorted(indeg.items()))
def reachable(start):
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, []))
    return sorted(seen)
print(reachable('d'), reachable('q'))
text = 'one two three two one two'
positions = defaultdict(list)
for i, w in enumerate(text.split()):
    positions[w].append(i)
print(dict(positions))
anagrams = defaultdict(list)
for w in ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat']:
    anagrams[''.join(sorted(w))].append(w)
print([g for g in anagrams.values() if len(g) > 1])
letters = defaultdict(set)
for w in ['apple', 'avocado', 'banana']:
    letters[w[0]].update(w)
print({k: sorted(v) for k, v in letters.items()})
try:
    graph.default_factory = 5
    graph['new']
except TypeError as e:
    print(type(e).__name__, e)
